namespace JointStatements.Tests.Parties;

/// <summary>Identity rules on statements of our own: what joins and, as important, what never does.</summary>
public sealed class PartyIdentityTests
{
    private sealed class Parties(IReadOnlyList<Statement> statements, string aliases = "") : PartyCollection(statements, aliases);

    private static Statement Statement(string file, string date, params string[] signatories) => StatementParser.Parse(
        "Resolution on the day of action\n\nICOR Resolution, " + date + "\n\nThe ICOR calls for action.\n\nSignatories:\n"
        + string.Join("\n", signatories.Select((s, i) => (i + 1) + ". " + s)) + "\n", file);

    [Fact]
    public void Spellings_that_fold_alike_are_one_party()
    {
        var parties = new Parties(new[]
        {
            Statement("a.txt", "1 May 2020", "NPCH (ML) Nouveau Parti Communiste Haïtien (Marxiste-Léniniste)", "MLPD Marxistisch-Leninistische Partei Deutschlands"),
            // Greek iota with dialytika for the Latin ï, and upper case: the same party written differently.
            Statement("b.txt", "1 May 2021", "NPCH (ML) Nouveau Parti Communiste Ha\u03CAtien (Marxiste-Léniniste)", "MLPD MARXISTISCH–LENINISTISCHE PARTEI DEUTSCHLANDS"),
        });

        Assert.Equal(2, parties.Count);
        Assert.All(parties, p => Assert.Equal(PartyJoinBasis.SameShortNameAndName, p.Basis));
        Assert.Equal(new[] { "Nouveau Parti Communiste Haïtien (Marxiste-Léniniste)", "Nouveau Parti Communiste Ha\u03CAtien (Marxiste-Léniniste)" },
            parties.Single(p => p.Key == "npch-ml").Names);
    }

    [Fact]
    public void A_name_given_with_and_without_its_acronym_is_one_party_by_the_same_name()
    {
        var parties = new Parties(new[]
        {
            Statement("a.txt", "1 May 2020", "CPB Communist Party of Bangladesh"),
            Statement("b.txt", "1 May 2021", "Communist Party of Bangladesh", "Workers & Peasants Party, Bangladesh"),
            Statement("c.txt", "1 May 2022", "Workers and Peasants Party, Bangladesh"),
        });

        var cpb = parties["cpb"];
        Assert.Equal(PartyJoinBasis.SameName, cpb.Basis);
        Assert.Equal(2, cpb.Appearances.Count);
        // "&" and "and" fold alike.
        Assert.Equal(2, parties["workers-and-peasants-party"].Appearances.Count);
        Assert.Equal(2, parties.Count);
    }

    [Fact]
    public void Similar_names_a_shared_country_or_a_shared_acronym_never_join()
    {
        var parties = new Parties(new[]
        {
            Statement("a.txt", "1 May 2020", "Communist Party of India", "Communist Party of India (Marxist)", "CPI (ML) Red Star Communist Party of India (Marxist-Leninist) Red Star"),
            Statement("b.txt", "1 May 2021", "PCT Parti Comuniste du Togo, Togo", "PCT Communist Party of Labour, Dominican Republic"),
            // The same name in two countries is two parties.
            Statement("c.txt", "1 May 2022", "Workers' Party, Belgium", "Workers' Party, Tunisia"),
        });

        Assert.Equal(7, parties.Count);
        Assert.Equal(new[] { "communist-party-of-india", "communist-party-of-india-marxist", "cpi-ml-red-star", "pct-tg", "pct-do", "workers-party-be", "workers-party-tn" },
            parties.Select(p => p.Key));
        Assert.All(parties, p => Assert.Equal(PartyJoinBasis.SingleAppearance, p.Basis));
    }

    [Fact]
    public void A_curated_alias_joins_a_rename_and_the_party_takes_its_latest_name()
    {
        const string aliases = "# a renamed member, and a misspelling of it\nrote-front | RF Berlin | Roter Front Berlin\nrote-front | RF | Roter Front\nrote-front | RF | Rotter Front\n";
        var parties = new Parties(new[]
        {
            Statement("a.txt", "1 May 2020", "RF Berlin Roter Front Berlin, Germany"),
            Statement("b.txt", "1 May 2023", "RF Roter Front, Germany"),
            Statement("c.txt", "1 May 2024", "Roter Front, Germany"),
            Statement("d.txt", "1 May 2019", "RF Rotter Front, Germany"),
        }, aliases);

        var party = Assert.Single(parties);
        Assert.Equal("rote-front", party.Key);
        Assert.Equal(PartyJoinBasis.Curated, party.Basis);
        Assert.Equal("Roter Front", party.Name);
        Assert.Equal("RF", party.ShortName);
        Assert.Equal(new[] { "RF Berlin", "RF" }, party.ShortNames);
        Assert.Equal(new[] { "Roter Front Berlin", "Roter Front", "Rotter Front" }, party.Names);
        Assert.Equal("DE", party.Country?.Code);
    }

    [Fact]
    public void A_statement_parsed_at_run_time_links_to_the_corpus_parties_by_the_same_rules()
    {
        var later = Statement("later.txt", "1 May 2025",
            "MLPD Marxistisch-Leninistische Partei Deutschlands (Marxist-Leninist Party of Germany)",
            "UC Unité Communiste, France",
            "Communist Party of Bangladesh",
            "NEW A party never seen before, Chile");

        var parties = later.Signatories.Select(Corpus.Parties.PartyOf).ToList();

        Assert.Equal(new[] { "mlpd", "uc", "cpb", null }, parties.Select(p => p?.Key));
        var json = System.Text.Json.JsonDocument.Parse(StatementJson.Serialize(new[] { later }, Corpus.Parties));
        Assert.Equal(new[] { "mlpd", "uc", "cpb", null },
            json.RootElement[0].GetProperty("signatories").EnumerateArray().Select(s => s.GetProperty("party").GetString()));
    }

    [Fact]
    public void A_party_s_English_name_is_its_signatories_rendering_else_the_name_of_it_that_reads_as_English()
    {
        var parties = new Parties(new[]
        {
            Statement("a.txt", "1 May 2020", "БКП Българска Комунистическа Партия (Bulgarian Communist Party)",
                "KPD Almanya Komünist Partisi, Germany", "PCT Parti Communiste du Togo, Togo"),
            // The same KPD by its short name and country, named in English this time.
            Statement("b.txt", "1 May 2019", "БКП Българска Комунистическа Партия", "KPD Communist Party of Germany, Germany"),
        });

        Assert.Equal(
            new[] { ("БКП", "Bulgarian Communist Party"), ("KPD", "Communist Party of Germany"), ("PCT", (string?)null) },
            parties.Select(p => (p.Label, p.EnglishName)));
        // The preferred name stays the latest statement's, whatever its language.
        Assert.Equal("Almanya Komünist Partisi", parties[1].Name);
    }
}
