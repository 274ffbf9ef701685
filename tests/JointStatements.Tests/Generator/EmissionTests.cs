using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

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
    };

    /// <summary>Every hostile title as code (C# 7.3), as packed data in a string literal (C# 7.3) and in a UTF-8 literal (C# 11).</summary>
    public static TheoryData<string, string, LanguageVersion> HostileTitlesInEveryEmission()
    {
        var data = new TheoryData<string, string, LanguageVersion>();
        foreach (var title in HostileTitles)
        {
            data.Add(title, "code", LanguageVersion.CSharp7_3);
            data.Add(title, "data", LanguageVersion.CSharp7_3);
            data.Add(title, "data", LanguageVersion.CSharp11);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileTitlesInEveryEmission))]
    public void Strings_round_trip_through_the_generated_code(string title, string emission, LanguageVersion languageVersion)
    {
        var text = title + "\n\nICOR Resolution, 1 May 2021\n\nA paragraph: " + title + "\n\nSignatories:\n1. MLPD " + title + "\n";
        var file = new GeneratorHarness.InMemoryAdditionalText("/project/statements/hostile.txt", text);
        var settings = new Dictionary<string, string>(GeneratorHarness.LibrarySettings) { ["JointStatementsEmission"] = emission };
        var parseOptions = new CSharpParseOptions(languageVersion);

        var (_, result, output) = GeneratorHarness.Run(
            GeneratorHarness.Driver(new[] { file }, settings, aliases: System.Array.Empty<AdditionalText>(), parseOptions: parseOptions),
            GeneratorHarness.Compilation(parseOptions: parseOptions));

        Assert.Empty(GeneratorHarness.CompileErrors(output));
        var compiled = GeneratorHarness.LoadCollection(output).Single();
        Assert.Equal(StatementParser.Parse(text, "hostile.txt"), compiled);
        // Only the bidirectional override is worth a warning; every other character is ordinary text.
        var expected = title.Contains('\u202E', System.StringComparison.Ordinal) ? new[] { "JST006", "JST006", "JST006" } : System.Array.Empty<string>();
        Assert.Equal(expected, result.Diagnostics.Select(d => d.Id));
    }
}
