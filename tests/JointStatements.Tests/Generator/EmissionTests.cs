using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JointStatements.Tests.Generator;

/// <summary>Whatever a statement file holds, the generated code compiles and its strings read back exactly.</summary>
public sealed class EmissionTests
{
    private static readonly string[] HostileTitles =
    {
        "Quotes \" and \"\"\" and \\ backslashes \\n",
        "Comment closers */ and /* and // and #error in a title",
        "Markup </summary> <see cref=\"X\"/> & more",
        "Braces {0} {{ }} and $\"{interpolation}\"",
        "Line\u2028separator and paragraph\u2029separator",
        "Bidi \u202Eoverride\u202C and zero\u200Bwidth and joiner\u200D",
        "Combining e\u0301 and emoji ✊🏽 and Ελληνικά и кириллица",
        "Next\u0085line, bell\u0007 and escape\u001B controls",
        "Verbatim @\"x\"\" and \\u0022 and /* unclosed and <!-- comment and #region",
    };

    private static readonly (string Emission, LanguageVersion Version)[] Emissions =
    {
        ("code", LanguageVersion.CSharp7_3), ("data", LanguageVersion.CSharp7_3), ("data", LanguageVersion.CSharp11),
    };

    /// <summary>Every hostile title as code (C# 7.3), as packed data in a string literal (C# 7.3) and in a UTF-8 literal (C# 11).</summary>
    public static TheoryData<string, string, LanguageVersion> HostileTitlesInEveryEmission()
    {
        var data = new TheoryData<string, string, LanguageVersion>();
        foreach (var title in HostileTitles)
        {
            foreach (var (emission, version) in Emissions) data.Add(title, emission, version);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileTitlesInEveryEmission))]
    public void Strings_round_trip_through_the_generated_code(string title, string emission, LanguageVersion languageVersion) =>
        AssertRoundTrip(title, emission, languageVersion);

    // Apart from the theory: its arguments are serialised, which turns a lone surrogate into U+FFFD.
    [Fact]
    public void A_lone_surrogate_round_trips_through_the_generated_code()
    {
        foreach (var (emission, version) in Emissions) AssertRoundTrip("Lone \uD800 surrogate and \uDC00 low one", emission, version);
    }

    private static void AssertRoundTrip(string title, string emission, LanguageVersion languageVersion)
    {
        var text = title + "\n\nICOR Resolution, 1 May 2021\n\nA paragraph: " + title + "\n\nSignatories:\n1. MLPD " + title + "\n";
        var file = new InMemoryAdditionalText("/project/statements/hostile.txt", text);
        var settings = new Dictionary<string, string>(GeneratorHarness.LibrarySettings) { ["JointStatementsEmission"] = emission };
        var parseOptions = new CSharpParseOptions(languageVersion);

        var (_, result, output) = GeneratorHarness.Run(
            GeneratorHarness.Driver(new[] { file }, settings, aliases: GeneratorHarness.NoAliases, parseOptions: parseOptions),
            GeneratorHarness.Compilation(parseOptions: parseOptions));

        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(StatementParser.Parse(text, "hostile.txt"), GeneratorHarness.LoadCollection(output).Single());
        // Only the bidirectional override and the lone surrogate are worth a warning; every other character is ordinary text.
        var suspicious = title.Contains('\u202E', System.StringComparison.Ordinal) || title.Contains('\uD800', System.StringComparison.Ordinal);
        var expected = suspicious ? new[] { "JST006", "JST006", "JST006" } : System.Array.Empty<string>();
        Assert.Equal(expected, GeneratorHarness.Reported(result).Select(d => d.Id));
    }
}
