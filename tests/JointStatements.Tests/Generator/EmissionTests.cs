using System.Linq;
using Xunit;

namespace JointStatements.Tests.Generator;

/// <summary>Whatever a statement file holds, the generated code compiles and its strings read back exactly.</summary>
public sealed class EmissionTests
{
    [Theory]
    [InlineData("Quotes \" and \"\"\" and \\ backslashes \\n")]
    [InlineData("Comment closers */ and /* and // and #error in a title")]
    [InlineData("Markup </summary> <see cref=\"X\"/> & more")]
    [InlineData("Braces {0} {{ }} and $\"{interpolation}\"")]
    [InlineData("Line\u2028separator and paragraph\u2029separator")]
    [InlineData("Bidi \u202Eoverride\u202C and zero\u200Bwidth and joiner\u200D")]
    [InlineData("Combining e\u0301 and emoji ✊🏽 and Ελληνικά и кириллица")]
    [InlineData("Next\u0085line, bell\u0007 and escape\u001B controls")]
    [InlineData("Verbatim @\"x\"\" and \\u0022 and /* unclosed and <!-- comment and #region")]
    public void Strings_round_trip_through_the_generated_code(string title) => AssertRoundTrip(title);

    // Apart from the theory: its arguments are serialised, which turns a lone surrogate into U+FFFD.
    [Fact]
    public void A_lone_surrogate_round_trips_through_the_generated_code() => AssertRoundTrip("Lone \uD800 surrogate and \uDC00 low one");

    private static void AssertRoundTrip(string title)
    {
        var text = title + "\n\nICOR Resolution, 1 May 2021\n\nA paragraph: " + title + "\n\nSignatories:\n1. MLPD " + title + "\n";
        var file = new GeneratorHarness.InMemoryAdditionalText("/project/statements/hostile.txt", text);

        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(new[] { file }, aliases: System.Array.Empty<Microsoft.CodeAnalysis.AdditionalText>()), GeneratorHarness.Compilation());

        Assert.Empty(GeneratorHarness.CompileErrors(output));
        Assert.Equal(StatementParser.Parse(text, "hostile.txt"), GeneratorHarness.Load(output).Single());
        // Only the bidirectional override and the lone surrogate are worth a warning; every other character is ordinary text.
        var suspicious = title.Contains('\u202E', System.StringComparison.Ordinal) || title.Contains('\uD800', System.StringComparison.Ordinal);
        var expected = suspicious ? new[] { "JST006", "JST006", "JST006" } : System.Array.Empty<string>();
        Assert.Equal(expected, result.Diagnostics.Select(d => d.Id));
    }
}
