using System.Collections.Generic;
using System.Linq;

namespace JointStatements;

/// <summary>The bundled corpus: the statements that ship with the library, compiled from its statement files,
/// and the parties and countries found in them. Start here: <c>Corpus.Statements.Where(s =&gt; s.Issuer == Issuer.Icor)</c>.</summary>
public static class Corpus
{
    /// <summary>The bundled statements, in file order, with one named property per statement
    /// (e.g. <c>Corpus.Statements.Icor20200117UsImperialismEndangersWorldPeace</c>).</summary>
    public static BundledStatements Statements => BundledStatements.All;

    /// <summary>Every signatory of every bundled statement; <see cref="Signatory.StatementId"/> names its statement.</summary>
    public static IReadOnlyList<Signatory> Signatories { get; } = new ValueList<Signatory>(Statements.Signatories);

    /// <summary>The bundled statements' parties, one per organisation across statements, with one named property
    /// per party (e.g. <c>Corpus.Parties.Mlpd</c>).</summary>
    public static BundledParties Parties => BundledParties.All;

    /// <summary>The parties that signed at least one bundled statement with <paramref name="party"/>, most shared statements first.</summary>
    public static IReadOnlyList<(Party Party, int SharedStatements)> CoSigners(Party party) => Parties.CoSigners(party);

    /// <summary>The co-signature network of the bundled statements: party pairs weighted by the statements they signed together.</summary>
    public static IReadOnlyList<CoSignature> CoSignatureNetwork() => Parties.CoSignatureNetwork();

    /// <summary>The parties that appear under statements of more than one issuer.</summary>
    public static IEnumerable<Party> PartiesWithSeveralIssuers() => Parties.WithSeveralIssuers();

    /// <summary>Parties, signatures and statements per country.</summary>
    public static IReadOnlyList<CountryCount> CountByCountry() => Parties.CountByCountry();

    /// <summary>Statements, signatures and parties per issuer.</summary>
    public static IReadOnlyList<IssuerCount> CountByIssuer() => Parties.CountByIssuer(Statements);

    /// <summary>The bundled statements together with a project's own: pass its generated party collection
    /// (<c>Parties.All</c>), which carries its statements and curated aliases. Parties are resolved once across both.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="parties"/> is <see langword="null"/>.</exception>
    public static StatementCorpus With(PartyCollection parties) => StatementCorpus.From(Parties).With(parties);

    /// <summary>The bundled statements together with <paramref name="statements"/> (e.g. parsed by
    /// <see cref="StatementFiles.Load"/>), their parties also joined by the entries of <paramref name="aliasTable"/>
    /// (lines of <c>key | short name | name</c>).</summary>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static StatementCorpus With(IEnumerable<Statement> statements, string aliasTable = "") =>
        StatementCorpus.From(Parties).With(statements, aliasTable);

    /// <summary>The countries the signatories work in, by English name.</summary>
    public static IReadOnlyList<Country> Countries => CountryList.All;

    // A class of its own, so that only a read of the countries gathers and sorts them, not the first read of the corpus.
    private static class CountryList
    {
        public static readonly ValueList<Country> All = new(
            Signatories.Select(s => s.Country).OfType<Country>().Distinct().OrderBy(c => c.Name, System.StringComparer.Ordinal));
    }
}
