using System.Text.Json;

namespace JointStatements.Tests.Acceptance;

/// <summary>Identity across statements: the compiled parties agree with the labels' <c>parties.json</c>.</summary>
public sealed class ExpectedPartiesTests
{
    private static readonly List<JsonElement> Labels = ExpectedLabels.Load("parties.json").EnumerateArray().ToList();

    [Fact]
    public void Party_count_and_the_parties_in_more_than_one_statement_come_out_exactly()
    {
        Assert.Equal(109, Labels.Count);
        Assert.Equal(Labels.Count, Corpus.Parties.Count);
        var labelledShared = Labels.Where(p => p.GetProperty("appearances").EnumerateArray().Select(a => a.GetProperty("file").GetString()).Distinct().Count() > 1)
            .Select(p => p.GetProperty("key").GetString()).ToList();
        Assert.Equal(24, labelledShared.Count);
        Assert.Equal(labelledShared, Corpus.Parties.Where(p => p.Appearances.Select(a => a.SourceFile).Distinct().Count() > 1).Select(p => p.Key));
    }

    [Fact]
    public void Every_party_agrees_with_its_label_field_by_field()
    {
        var differences = new List<string>();
        for (var i = 0; i < Labels.Count; i++)
        {
            var label = Labels[i];
            var key = label.GetProperty("key").GetString()!;
            var party = Corpus.Parties.Find(key);
            if (party is null)
            {
                differences.Add($"{key}: no such party");
                continue;
            }
            if (Corpus.Parties[i] != party) differences.Add($"{key}: at position {Corpus.Parties.ToList().IndexOf(party)}, label at {i}");
            if (party.Name != label.GetProperty("name").GetString()) differences.Add($"{key}: name {party.Name}");
            if (party.Country?.Code != label.GetProperty("country").GetString()) differences.Add($"{key}: country {party.Country?.Code}");
            if (PartyJson.BasisLabel(party.Basis) != label.GetProperty("basis").GetString()) differences.Add($"{key}: basis {party.Basis}");
            var expected = label.GetProperty("appearances").EnumerateArray().Select(a => (a.GetProperty("file").GetString(), a.GetProperty("position").GetInt32()));
            var actual = party.Appearances.Select(a => ((string?)a.SourceFile, a.Position));
            if (!expected.SequenceEqual(actual)) differences.Add($"{key}: appearances {string.Join(", ", actual)}");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void Every_signatory_is_in_exactly_one_party_and_PartyOf_finds_it()
    {
        var appearances = Corpus.Parties.SelectMany(p => p.Appearances.Select(a => (a.SourceFile, a.Position, p))).ToList();
        Assert.Equal(Corpus.Signatories.Count, appearances.Count);
        Assert.Equal(appearances.Count, appearances.Select(a => (a.SourceFile, a.Position)).Distinct().Count());

        foreach (var statement in Corpus.Statements)
        {
            foreach (var signatory in statement.Signatories)
            {
                var party = Corpus.Parties.PartyOf(signatory);
                Assert.NotNull(party);
                Assert.Contains(new PartyAppearance(statement.Id, statement.SourceFile, signatory.Position), party!.Appearances);
            }
        }
    }

    [Fact]
    public void Named_members_reach_the_parties()
    {
        Assert.Equal("mlpd", Corpus.Parties.Mlpd.Key);
        Assert.Equal("Parti Comuniste du Togo", Corpus.Parties.PctTg.Name);
        Assert.Equal("Communist Party of Labor of Dominican Republic", Corpus.Parties.PctDo.Name);
        Assert.Equal("Българска Комунистическа Партия", Corpus.Parties.Bkp.Name);
        Assert.Equal(new[] { "Unité Communiste Lyon", "Unité Communiste" }, Corpus.Parties.Uc.Names);
        Assert.Equal(new[] { Issuer.Icor, Issuer.Imcwp }, Corpus.Parties.Cpb.Issuers);
    }
}
