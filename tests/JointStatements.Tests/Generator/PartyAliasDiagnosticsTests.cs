using System.Globalization;

namespace JointStatements.Tests.Generator;

/// <summary>An alias table is data users edit by hand: an entry that matches nothing, or a line that is no entry, is a warning at its line.</summary>
public sealed class PartyAliasDiagnosticsTests
{
    [Fact]
    public void An_alias_entry_that_matches_no_signatory_and_a_malformed_line_are_reported_at_their_lines()
    {
        var aliases = new InMemoryAdditionalText("/project/aliases.tsv",
            "# aliases\nuc | UCLyon | Unité Communiste Lyon\nuc | UC | Unité Communiste\nkke | KKE | Communist Party of Greece\nthis line has no bars\n");
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds(), aliases: new[] { aliases }), GeneratorHarness.Compilation());

        var diagnostics = GeneratorHarness.Reported(result).OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("JST011", d.Id));
        Assert.Equal("/project/aliases.tsv", diagnostics[0].Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostics[0].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("Alias entry \"kke | KKE | Communist Party of Greece\" matches no signatory of the statements",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(4, diagnostics[1].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("Alias entry \"this line has no bars\" is not of the form 'key | short name | name'", diagnostics[1].GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void A_country_in_a_countrys_place_that_names_no_country_is_reported_and_never_guessed()
    {
        var text = "Statement on Kurdistan\n\nICOR Resolution, 1 May 2021\n\nThe ICOR calls for solidarity.\n\nSignatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n2. PAK Partiya Azadiya Kurdistan, Kurdistan\n";
        var file = new InMemoryAdditionalText("/project/statements/kurdistan.txt", text);

        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Driver(new[] { file }, aliases: System.Array.Empty<Microsoft.CodeAnalysis.AdditionalText>()), GeneratorHarness.Compilation());

        var diagnostic = Assert.Single(GeneratorHarness.Reported(result));
        Assert.Equal("JST010", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((8, 34), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal("\"Kurdistan\" reads like the country of signatory \"Partiya Azadiya Kurdistan, Kurdistan\" but names no known country; the country is left empty and the text kept in the name",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var signatory = StatementParser.Parse(text, "kurdistan.txt").Signatories[1];
        Assert.Null(signatory.Country);
        Assert.Equal("PAK", signatory.ShortName);
    }
}
