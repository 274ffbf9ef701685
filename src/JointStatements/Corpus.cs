using System.Collections.Generic;

namespace JointStatements;

/// <summary>The bundled corpus: the statements that ship with the library, compiled from its statement files, and the
/// parties and countries found in them. Start here: <c>Corpus.Statements.Where(s =&gt; s.Issuer == Issuer.Icor)</c>.</summary>
/// <remarks>Every member is a shortcut to the same member of <see cref="Bundled"/>, a <see cref="StatementCorpus"/> like
/// any other; <see cref="Statements"/> and <see cref="Parties"/> are typed, with a named property per statement and party.</remarks>
public static class Corpus
{
    /// <summary>The bundled corpus as a <see cref="StatementCorpus"/>, for code that takes any corpus.</summary>
    public static StatementCorpus Bundled { get; } = StatementCorpus.Over(BundledStatements.All, BundledParties.All);

    /// <summary>The bundled statements, in file order, with one named property per statement
    /// (e.g. <c>Corpus.Statements.Icor20200117UsImperialismEndangersWorldPeace</c>).</summary>
    public static BundledStatements Statements => BundledStatements.All;

    /// <summary>Every signatory of every bundled statement; <see cref="Signatory.StatementId"/> names its statement.</summary>
    public static IReadOnlyList<Signatory> Signatories => Bundled.Signatories;

    /// <summary>The bundled statements' parties, one per organisation across statements, with one named property
    /// per party (e.g. <c>Corpus.Parties.Mlpd</c>).</summary>
    public static BundledParties Parties => BundledParties.All;

    /// <summary>The countries the signatories work in, by English name.</summary>
    public static IReadOnlyList<Country> Countries => Bundled.Countries;

    /// <summary>The parties that signed at least one bundled statement with <paramref name="party"/>, most shared statements first.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="party"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<(Party Party, int SharedStatements)> CoSigners(Party party) => Bundled.CoSigners(party);

    /// <summary>The co-signature network of the bundled statements: party pairs weighted by the statements they signed together.</summary>
    public static IReadOnlyList<CoSignature> CoSignatureNetwork() => Bundled.CoSignatureNetwork();

    /// <summary>The parties that appear under statements of more than one issuer.</summary>
    public static IEnumerable<Party> PartiesWithSeveralIssuers() => Bundled.PartiesWithSeveralIssuers();

    /// <summary>Parties, signatures and statements per country.</summary>
    public static IReadOnlyList<CountryCount> CountByCountry() => Bundled.CountByCountry();

    /// <summary>Statements, signatures and parties per issuer.</summary>
    public static IReadOnlyList<IssuerCount> CountByIssuer() => Bundled.CountByIssuer();

    /// <summary>The bundled statements together with a project's own: pass its generated statement collection
    /// (<c>Statements.All</c>), which brings its curated alias table. Parties are resolved once across both.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="statements"/> is <see langword="null"/>.</exception>
    public static StatementCorpus With(StatementCollection statements) => Bundled.With(statements);

    /// <summary>The bundled statements together with <paramref name="statements"/> (e.g. parsed by
    /// <see cref="StatementFiles.Load"/>), their parties also joined by the entries of <paramref name="aliasTable"/>
    /// (lines of <c>key | short name | name</c>).</summary>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="statements"/> includes a <see langword="null"/>.</exception>
    public static StatementCorpus With(IEnumerable<Statement> statements, string aliasTable = "") => Bundled.With(statements, aliasTable);
}
