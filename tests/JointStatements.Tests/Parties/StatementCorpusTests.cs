using System.Reflection;
using JointStatements.Tests.Robustness;

namespace JointStatements.Tests.Parties;

public sealed class StatementCorpusTests
{
    // The sample statement with two more signatories: a section of a bundled party, and a party no bundled statement names.
    private static readonly string Piraeus = SampleStatement.Text.TrimEnd('\n')
        + "\n3. MLPD-LU Marxistisch-Leninistische Partei Deutschlands, Sektion Luxemburg"
        + "\n4. DKP Deutsche Kommunistische Partei, Germany";

    // The same statement with the MLPD under its English name only, a spelling no rule joins to the bundled MLPD, and the
    // alias entry that joins it.
    // The MLPD's English name without its short name: no rule joins it to the bundled German one.
    private static readonly string EnglishMlpd = Piraeus.Replace(
        "1. MLPD Marxistisch-Leninistische Partei Deutschlands (Marxist-Leninist Party of Germany)", "1. Marxist-Leninist Party of Germany",
        StringComparison.Ordinal);

    private const string EnglishMlpdAlias = "mlpd |  | Marxist-Leninist Party of Germany";

    private static Statement Parse(string text, string file = "piraeus.txt") => StatementParser.Parse(text, file);

    [Fact]
    public void Own_statements_come_after_the_bundled_ones_and_their_signatories_join_the_bundled_parties()
    {
        var all = Corpus.With(new[] { Parse(Piraeus) });

        Assert.Equal(6, all.Statements.Count);
        Assert.Equal(Corpus.Statements.Select(s => s.Id), all.Statements.Take(5).Select(s => s.Id));
        Assert.Equal(134 + 4, all.Signatories.Count);
        var mlpd = all.Parties["mlpd"];
        Assert.Equal(new[] { "001_06bc98f3d293d295.txt", "004_2db07f5f79c95b5e.txt", "piraeus.txt" }, mlpd.Appearances.Select(a => a.SourceFile));
        Assert.Equal(3, all.Parties["kol"].Appearances.Count);
        // A party no bundled statement names is new; one that differs in short name stays apart.
        Assert.Equal(Corpus.Parties.Count + 2, all.Parties.Count);
        Assert.Single(all.Parties["dkp"].Appearances);
        Assert.Same(all.Parties["mlpd"], all.Parties.PartyOf(all.Statements[5].Signatories[0]));
    }

    [Fact]
    public void The_bundled_parties_are_unchanged_by_an_empty_addition()
    {
        var all = Corpus.With(Array.Empty<Statement>());

        Assert.Equal(PartyJson.Serialize(Corpus.Parties), PartyJson.Serialize(all.Parties));
        Assert.Equal(Corpus.CountByIssuer(), all.CountByIssuer());
        Assert.Equal(Corpus.CoSignatureNetwork().Count, all.CoSignatureNetwork().Count);
    }

    [Fact]
    public void An_own_alias_entry_joins_a_spelling_no_rule_sees_to_a_bundled_party()
    {
        var withoutAlias = Corpus.With(new[] { Parse(EnglishMlpd) });
        var withAlias = Corpus.With(new[] { Parse(EnglishMlpd) }, EnglishMlpdAlias + "\n");

        // Without the entry the new spelling is a party of its own.
        Assert.Equal(2, withoutAlias.Parties["mlpd"].Appearances.Count);
        Assert.Single(withoutAlias.Parties, p => p.Name == "Marxist-Leninist Party of Germany");
        var mlpd = withAlias.Parties["mlpd"];
        Assert.Equal(3, mlpd.Appearances.Count);
        Assert.Equal(PartyJoinBasis.Curated, mlpd.Basis);
        // The bundled alias table still applies.
        Assert.Equal(2, withAlias.Parties["uc"].Appearances.Count);
    }

    [Fact]
    public void The_same_short_name_and_country_join_names_in_two_languages_but_not_across_countries()
    {
        var turkish = Parse("""
            Solidarity with the workers of Europe

            ICOR Resolution, 3 May 2024

            The ICOR salutes the strikes.

            Signatories:
            1. MLPD Marksist-Leninist Almanya Partisi, Almanya
            2. PCT Dominik Cumhuriyeti Emek Komünist Partisi, Dominik Cumhuriyeti
            """, "avrupa.txt");

        var all = Corpus.With(new[] { turkish });

        var mlpd = all.Parties.PartyOf(all.Statements[5].Signatories[0])!;
        Assert.Equal(("mlpd", PartyJoinBasis.SameShortNameAndCountry, 3), (mlpd.Key, mlpd.Basis, mlpd.Appearances.Count));
        // The bundled PCT of Togo shares the short name only: the Dominican PCT joins its Dominican namesake, not it.
        var pct = all.Parties.PartyOf(all.Statements[5].Signatories[1])!;
        Assert.Equal(("pct-do", PartyJoinBasis.SameShortNameAndCountry, 2), (pct.Key, pct.Basis, pct.Appearances.Count));
    }

    [Fact]
    public void An_alias_entry_may_use_a_key_with_its_country_code()
    {
        // "Communiste" spelt right and no short name: the bundled "PCT Parti Comuniste du Togo" has the typo, so no rule
        // joins the two.
        var togo = Parse("""
            Solidarity with the people of Togo

            ICOR Resolution, 1 June 2024

            The ICOR salutes the people of Togo.

            Signatories:
            1. Parti Communiste du Togo, Togo
            """);

        var all = Corpus.With(new[] { togo }, "pct-tg |  | Parti Communiste du Togo");

        Assert.Single(Corpus.With(new[] { togo }).Parties, p => p.Name == "Parti Communiste du Togo");

        Assert.Equal(new[] { "pct-do", "pct-tg" }, all.Parties.Where(p => p.ShortName == "PCT").Select(p => p.Key));
        Assert.Equal(3, all.Parties["pct-tg"].Appearances.Count);
        Assert.Single(all.Parties["pct-do"].Appearances);
    }

    [Fact]
    public void A_statement_whose_id_is_already_in_the_corpus_is_left_out_and_listed()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "Seeds", "001_06bc98f3d293d295.txt");
        var again = StatementFiles.Load(seed).Statement;

        var all = Corpus.With(new[] { again, Parse(Piraeus), Parse(Piraeus, "piraeus-copy.txt") });

        Assert.Equal(6, all.Statements.Count);
        Assert.Equal(new[] { "001_06bc98f3d293d295.txt", "piraeus-copy.txt" }, all.Duplicates.Select(s => s.SourceFile));
        Assert.Equal(2, all.Parties["mlpd"].Appearances.Count(a => a.SourceFile.StartsWith("00", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_generated_statement_collection_brings_its_aliases()
    {
        var own = new OwnStatements(new[] { Parse(EnglishMlpd) }, EnglishMlpdAlias);

        var all = Corpus.With(own);

        Assert.Equal(6, all.Statements.Count);
        Assert.Equal(3, all.Parties["mlpd"].Appearances.Count);
    }

    [Fact]
    public void A_corpus_of_own_statements_alone_has_their_parties_and_no_bundled_one()
    {
        var own = StatementCorpus.Of(new OwnStatements(new[] { Parse(Piraeus) }, ""));

        Assert.Equal(new[] { "piraeus.txt" }, own.Statements.Select(s => s.SourceFile));
        Assert.Equal(new[] { "mlpd", "kol", "mlpd-lu", "dkp" }, own.Parties.Select(p => p.Key));
        Assert.Equal(6, own.CoSignatureNetwork().Count);
        Assert.Equal(new[] { "DE", "LU" }, own.Countries.Select(c => c.Code));
    }

    [Fact]
    public void Corpora_chain_and_keep_earlier_additions()
    {
        var first = Corpus.With(new[] { Parse(Piraeus) });

        var second = first.With(new[] { Parse(Piraeus, "again.txt") });

        Assert.Equal(6, second.Statements.Count);
        Assert.Equal("again.txt", Assert.Single(second.Duplicates).SourceFile);
        Assert.Equal(first.Parties.Count, second.Parties.Count);
    }

    [Fact]
    public void Corpus_has_every_member_of_a_statement_corpus_as_a_static_shortcut_of_the_same_type_or_a_typed_one()
    {
        static Dictionary<string, Type> Members(Type type, BindingFlags kind) => type
            .GetMembers(BindingFlags.Public | BindingFlags.DeclaredOnly | kind)
            .Where(member => member is PropertyInfo || member is MethodInfo { IsSpecialName: false })
            .ToDictionary(
                member => member is MethodInfo method ? $"{member.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})" : member.Name,
                member => member is MethodInfo method ? method.ReturnType : ((PropertyInfo)member).PropertyType);
        var corpus = Members(typeof(StatementCorpus), BindingFlags.Instance);
        var shortcuts = Members(typeof(Corpus), BindingFlags.Static);

        // The generator gives a repeated id a numbered one, so the bundled corpus never has duplicates to list.
        Assert.Equal(corpus.Keys.Where(name => name != nameof(StatementCorpus.Duplicates)).Order(),
            shortcuts.Keys.Where(name => name != nameof(Corpus.Bundled)).Order());
        Assert.All(corpus.Where(member => shortcuts.ContainsKey(member.Key)),
            member => Assert.True(member.Value.IsAssignableFrom(shortcuts[member.Key]), member.Key));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Corpus.With((StatementCollection)null!));
        Assert.Throws<ArgumentNullException>(() => StatementCorpus.Of((StatementCollection)null!));
        Assert.Throws<ArgumentNullException>(() => Corpus.With((IEnumerable<Statement>)null!));
        Assert.Throws<ArgumentNullException>(() => Corpus.With(Array.Empty<Statement>(), null!));
        Assert.Throws<ArgumentException>(() => Corpus.With(new Statement[] { null! }));
    }

    // What the generator writes for a project's statement files, without the named properties.
    private sealed class OwnStatements(IReadOnlyList<Statement> statements, string aliasTable)
        : StatementCollection(statements.Count, index => statements[index], aliasTable);
}
