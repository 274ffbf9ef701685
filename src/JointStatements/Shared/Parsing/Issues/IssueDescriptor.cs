namespace JointStatements.Parsing.Issues;

/// <summary>One entry of the diagnostics catalogue, shared by the run-time parser and the generator.</summary>
/// <param name="Id">The stable diagnostic ID; never reused for another meaning.</param>
/// <param name="Title">A short title, shown in the IDE's error list and the table of docs/diagnostics.md.</param>
/// <param name="MessageFormat">The message, with invariant <c>{0}</c>-style placeholders.</param>
/// <param name="Severity">The default severity.</param>
internal sealed record IssueDescriptor(string Id, string Title, string MessageFormat, IssueSeverity Severity)
{
    /// <summary>The catalogue's single category: every issue is about a statement file's content.</summary>
    public const string Category = "JointStatements";

    /// <summary>An issue at a line, with the message filled in; text arguments are quoted through <see cref="MessageText.Quote"/>.</summary>
    public ParseIssue At(int line, int column, int length, params object[] arguments)
    {
        var quoted = System.Array.ConvertAll(arguments, argument => argument is string text ? MessageText.Quote(text) : argument);
        return new(Id, Severity, line, column, length, string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, quoted));
    }
}
