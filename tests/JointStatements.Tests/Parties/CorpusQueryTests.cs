using System.Text;
using JointStatements.Tests.Snapshots;

namespace JointStatements.Tests.Parties;

public sealed class CorpusQueryTests
{
    [Fact]
    public void Co_signature_network_matches_its_snapshot()
    {
        var network = Corpus.CoSignatureNetwork();
        var text = new StringBuilder();
        foreach (var edge in network) text.Append(edge.First.Key).Append(" -- ").Append(edge.Second.Key).Append(' ').Append(edge.Weight).Append('\n');

        Assert.Equal(2, network[0].Weight);
        Snapshot.Verify(text.ToString(), "CoSignatureNetwork");
    }

    [Fact]
    public void Parties_export_matches_its_snapshot()
    {
        Snapshot.Verify(PartyJson.Serialize(Corpus.Parties), "Parties", "json");
    }

    [Fact]
    public void Network_weights_count_the_statements_signed_together()
    {
        var network = Corpus.CoSignatureNetwork();
        // 001 and 004 share 24 ICOR signatories (the curated UC included): every pair of them signed both.
        var shared = Corpus.Parties.Where(p => p.Appearances.Any(a => a.SourceFile.StartsWith("001", StringComparison.Ordinal))
            && p.Appearances.Any(a => a.SourceFile.StartsWith("004", StringComparison.Ordinal))).Count();
        Assert.Equal(24, shared);
        Assert.Equal(shared * (shared - 1) / 2, network.Count(e => e.Weight == 2));
        // Each statement with n parties contributes n(n-1)/2 pairs; pairs in two statements are counted once.
        var pairs = Corpus.Statements.Sum(s => s.Signatories.Count * (s.Signatories.Count - 1) / 2);
        Assert.Equal(pairs, network.Sum(e => e.Weight));
    }

    [Fact]
    public void Co_signers_of_a_party_are_everyone_it_signed_with()
    {
        var coSigners = Corpus.CoSigners(Corpus.Parties.Cpb);

        // ICOR's 001 and 004 (39 parties in all, 24 of them in both) and IMCWP's 003 (55), CPB itself left out.
        Assert.Equal(38 + 54, coSigners.Count);
        Assert.Equal("mlpd", coSigners.First(c => c.SharedStatements == 2 && c.Party.Key == "mlpd").Party.Key);
        Assert.DoesNotContain(coSigners, c => c.Party.Key == "cpb");
    }

    [Fact]
    public void Only_the_Communist_Party_of_Bangladesh_appears_with_two_issuers()
    {
        var party = Assert.Single(Corpus.PartiesWithSeveralIssuers());

        Assert.Equal("cpb", party.Key);
        Assert.Equal(new[] { Issuer.Icor, Issuer.Imcwp }, party.Issuers);
    }

    [Fact]
    public void Counts_per_issuer_and_per_country()
    {
        Assert.Equal(new[]
        {
            new IssuerCount(Issuer.Icor, 2, 63, 39),
            new IssuerCount(Issuer.Icmlpo, 2, 16, 16),
            new IssuerCount(Issuer.Imcwp, 1, 55, 55),
        }, Corpus.CountByIssuer());

        var countries = Corpus.CountByCountry();
        Assert.Equal(Corpus.Countries.Count, countries.Count);
        Assert.Equal(Corpus.Parties.Count(p => p.Country is not null), countries.Sum(c => c.Parties));
        var spain = countries.Single(c => c.Country.Code == "ES");
        Assert.Equal(new CountryCount(Country.FromCode("ES"), 5, 5, 2), spain);
    }

    [Fact]
    public void Date_ranges_respect_each_statements_precision()
    {
        var october2005 = Corpus.Statements.Icmlpo200510MessageIraqiResistance;

        Assert.Contains(october2005, Corpus.Statements.CertainlyBetween(new DateTime(2005, 10, 1), new DateTime(2005, 10, 31)));
        Assert.DoesNotContain(october2005, Corpus.Statements.CertainlyBetween(new DateTime(2005, 10, 1), new DateTime(2005, 10, 15)));
        Assert.Contains(october2005, Corpus.Statements.PossiblyBetween(new DateTime(2005, 10, 1), new DateTime(2005, 10, 15)));
        Assert.Equal(new[] { "003_4a69241d24af206f.txt", "001_06bc98f3d293d295.txt" },
            Corpus.Statements.CertainlyBetween(new DateTime(2019, 1, 1), new DateTime(2021, 12, 31)).OrderBy(s => s.Date!.Start).Select(s => s.SourceFile));
    }

    [Fact]
    public void Countries_present_are_typed_and_sorted_by_name()
    {
        Assert.Equal(Corpus.Signatories.Where(s => s.Country is not null).Select(s => s.Country!.Code).Distinct().Count(), Corpus.Countries.Count);
        Assert.Equal(Corpus.Countries.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal), Corpus.Countries.Select(c => c.Name));
        Assert.Contains(Country.FromCode("BF"), Corpus.Countries);
    }
}
