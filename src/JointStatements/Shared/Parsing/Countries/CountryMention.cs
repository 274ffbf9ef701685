namespace JointStatements.Parsing.Countries;

/// <summary>A country named inside a text.</summary>
/// <param name="Code">The ISO 3166-1 alpha-2 code.</param>
/// <param name="Start">Where the name starts in the original (unfolded) text.</param>
/// <param name="Length">How long the name is in the original text.</param>
internal readonly record struct CountryMention(string Code, int Start, int Length)
{
    public int End => Start + Length;
}
