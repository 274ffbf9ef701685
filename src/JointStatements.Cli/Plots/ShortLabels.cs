namespace JointStatements.Cli.Plots;

/// <summary>A party's label in a picture: its short name, else its name with the words every such name has abbreviated
/// (<c>Communist Party of Britain</c> → <c>CP Britain</c>), and cut to a length a label can have.</summary>
internal static class ShortLabels
{
    /// <summary>The most characters a label keeps (an ellipsis ends a longer one).</summary>
    public const int MaxLength = 24;

    /// <summary>The abbreviations, as a picture's key explains them.</summary>
    public const string Key = "CP: Communist Party, WP: Workers' Party";

    // Longest first, so "Communist Party of the" wins over "Communist Party".
    private static readonly (string Long, string Short)[] Abbreviations =
    {
        ("Communist Party of the ", "CP "),
        ("Communist Party of ", "CP "),
        ("Communist Party", "CP"),
        ("Workers' Party of ", "WP "),
        ("Workers Party of ", "WP "),
        ("Workers' Party", "WP"),
        ("Workers Party", "WP"),
        (" and ", " & "),
    };

    public static string Of(Party party)
    {
        if (party.ShortName is { } shortName) return Cut(shortName);
        var label = party.Name;
        foreach (var (full, abbreviation) in Abbreviations) label = label.Replace(full, abbreviation, StringComparison.Ordinal);
        return Cut(label);
    }

    private static string Cut(string label) => label.Length <= MaxLength ? label : label[..(MaxLength - 1)].TrimEnd() + "…";
}
