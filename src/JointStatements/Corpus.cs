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

    /// <summary>The countries the signatories work in, by English name.</summary>
    public static IReadOnlyList<Country> Countries { get; } = new ValueList<Country>(
        Signatories.Select(s => s.Country).OfType<Country>().Distinct().OrderBy(c => c.Name, System.StringComparer.Ordinal));
}
