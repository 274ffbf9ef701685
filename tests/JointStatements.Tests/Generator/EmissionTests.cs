using System.IO;
using System.Linq;
using System.Reflection;
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
    public void Strings_round_trip_through_the_generated_code(string title)
    {
        var text = title + "\n\nICOR Resolution, 1 May 2021\n\nA paragraph: " + title + "\n\nSignatories:\n1. MLPD " + title + "\n";
        var file = new GeneratorHarness.InMemoryAdditionalText("/project/statements/hostile.txt", text);

        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(new[] { file }, aliases: System.Array.Empty<Microsoft.CodeAnalysis.AdditionalText>()), GeneratorHarness.Compilation());

        Assert.Empty(GeneratorHarness.CompileErrors(output));
        using var image = new MemoryStream();
        Assert.True(output.Emit(image).Success);
        var type = Assembly.Load(image.ToArray()).GetType("JointStatements.BundledStatements")!;
        var compiled = ((StatementCollection)type.GetProperty("All")!.GetValue(null)!).Single();
        Assert.Equal(StatementParser.Parse(text, "hostile.txt"), compiled);
        // Only the bidirectional override is worth a warning; every other character is ordinary text.
        var expected = title.Contains('\u202E', System.StringComparison.Ordinal) ? new[] { "JST006", "JST006", "JST006" } : System.Array.Empty<string>();
        Assert.Equal(expected, result.Diagnostics.Select(d => d.Id));
    }
}
