namespace JointStatements.Parsing.Text;

/// <summary>One line of a statement file.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Raw">The line as read (HTML entities decoded), without its line break.</param>
/// <param name="Text">The line trimmed, with every white-space run (non-breaking spaces too) folded to one space.</param>
internal sealed record InputLine(int Number, string Raw, string Text)
{
    public bool IsBlank => Text.Length == 0;
}
