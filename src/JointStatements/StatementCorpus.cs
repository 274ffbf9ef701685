using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace JointStatements;

/// <summary>Statements and their parties, and the questions researchers ask of them. The bundled corpus is one
/// (<see cref="Corpus.Bundled"/>, whose members <see cref="Corpus"/> repeats as static shortcuts); <see cref="With(StatementCollection)"/>
/// adds a project's own statement files, typed by the generator, or files parsed at run time, and resolves one set of
/// parties across all of them, by the same rules and with every source's curated alias table.</summary>
/// <remarks>
/// <para>Statements keep the order they are added in: the bundled ones first. A statement whose <see cref="Statement.Id"/>
/// is already in the corpus is decided as the generator decides it: the same statement again (equal but for its file
/// name) is left out, since every signature would count twice, and listed in <see cref="Duplicates"/> (<c>JST022</c>);
/// a different statement gets the next free numbered id, <c>…-2</c> (<c>JST007</c>).</para>
/// <para>Party keys are those of the combined resolution. They equal the bundled keys except where a new party shares a
/// key's base: then both get their country code (<c>pct-do</c>, <c>pct-tg</c>), as within one collection.</para>
/// <para>Instances never change and are safe to use from several threads; signatories and countries are gathered the
/// first time they are read.</para>
/// </remarks>
public sealed class StatementCorpus
{
    private static readonly ValueList<Statement> NoStatements = new(Array.Empty<Statement>());

    private static readonly StatementCorpus Empty = new(NoStatements, new ResolvedParties(NoStatements, ""), "", NoStatements);

    private readonly string _aliasTable;
    private IReadOnlyList<Signatory>? _signatories;
    private IReadOnlyList<Country>? _countries;

    private StatementCorpus(IReadOnlyList<Statement> statements, PartyCollection parties, string aliasTable, IReadOnlyList<Statement> duplicates)
    {
        Statements = statements;
        Parties = parties;
        _aliasTable = aliasTable;
        Duplicates = duplicates;
    }

    /// <summary>The statements, in the order they were added.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>Every signatory of every statement, statement by statement; <see cref="Signatory.StatementId"/> names its statement.</summary>
    public IReadOnlyList<Signatory> Signatories => Gathered(ref _signatories, () => Statements.SelectMany(statement => statement.Signatories));

    /// <summary>The parties across all the statements, one per organisation, in order of first appearance.</summary>
    public PartyCollection Parties { get; }

    /// <summary>The countries the signatories work in, by English name.</summary>
    public IReadOnlyList<Country> Countries => Gathered(ref _countries,
        () => Signatories.Select(s => s.Country).OfType<Country>().Distinct().OrderBy(c => c.Name, StringComparer.Ordinal));

    /// <summary>The statements left out because the same statement was added before them.</summary>
    public IReadOnlyList<Statement> Duplicates { get; }

    /// <summary>A corpus of a project's own statements alone, without the bundled ones: pass its generated statement
    /// collection (<c>Statements.All</c>), which brings the project's curated alias table.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statements"/> is <see langword="null"/>.</exception>
    public static StatementCorpus Of(StatementCollection statements)
    {
        if (statements is null) throw new ArgumentNullException(nameof(statements));
        return Of(statements, statements.AliasTable);
    }

    /// <summary>A corpus of <paramref name="statements"/> alone (e.g. parsed by <see cref="StatementFiles.Load"/>),
    /// without the bundled ones, their parties also joined by the entries of <paramref name="aliasTable"/> (lines of
    /// <c>key | short name | name</c>).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="statements"/> includes a <see langword="null"/>.</exception>
    public static StatementCorpus Of(IEnumerable<Statement> statements, string aliasTable = "") =>
        Empty.With(statements, aliasTable);

    /// <summary>This corpus with a project's own statements added: pass its generated statement collection
    /// (<c>Statements.All</c>), which brings the project's curated alias table, so its spellings join these parties too.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statements"/> is <see langword="null"/>.</exception>
    public StatementCorpus With(StatementCollection statements)
    {
        if (statements is null) throw new ArgumentNullException(nameof(statements));
        return With(statements, statements.AliasTable);
    }

    /// <summary>This corpus with <paramref name="statements"/> added (e.g. parsed by <see cref="StatementFiles.Load"/>),
    /// and the entries of <paramref name="aliasTable"/> (lines of <c>key | short name | name</c>, as in a
    /// <c>JointStatementAliases</c> file) to join their parties by.</summary>
    /// <remarks>An entry may use a key of this corpus's parties, so a spelling no rule can see joins that party.</remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="statements"/> includes a <see langword="null"/>.</exception>
    public StatementCorpus With(IEnumerable<Statement> statements, string aliasTable = "")
    {
        if (statements is null) throw new ArgumentNullException(nameof(statements));
        if (aliasTable is null) throw new ArgumentNullException(nameof(aliasTable));
        var added = new List<Statement>();
        foreach (var statement in statements)
        {
            added.Add(statement ?? throw new ArgumentException("The statements include a null.", nameof(statements)));
        }
        var combined = new List<Statement>(Statements);
        var duplicates = new List<Statement>(Duplicates);
        // The one decision on duplicate ids, shared with the generator: a copy is left out, a different statement renumbered.
        var verdicts = Inputs.DuplicateStatements.Decide(Statements, added);
        for (var i = 0; i < verdicts.Count; i++)
        {
            if (verdicts[i].Statement is { } kept) combined.Add(kept);
            else duplicates.Add(added[i]);
        }
        var aliases = _aliasTable.Length == 0 ? aliasTable : aliasTable.Length == 0 ? _aliasTable : _aliasTable + "\n" + aliasTable;
        var all = new ValueList<Statement>(combined);
        return new StatementCorpus(all, new ResolvedParties(all, aliases), aliases, new ValueList<Statement>(duplicates));
    }

    /// <summary>The parties that signed at least one statement with <paramref name="party"/>, most shared statements first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<(Party Party, int SharedStatements)> CoSigners(Party party) => Parties.CoSigners(party);

    /// <summary>The co-signature network: every pair of parties that signed a statement together, weighted by how many
    /// statements they signed together; heaviest first, then by the parties' keys.</summary>
    public IReadOnlyList<CoSignature> CoSignatureNetwork() => Parties.CoSignatureNetwork();

    /// <summary>The parties that appear under statements of more than one issuer.</summary>
    public IEnumerable<Party> PartiesWithSeveralIssuers() => Parties.WithSeveralIssuers();

    /// <summary>Parties, signatures and statements per country, most parties first, then by name.</summary>
    public IReadOnlyList<CountryCount> CountByCountry() => Parties.CountByCountry();

    /// <summary>Statements, signatures and distinct parties per issuer, in the order of <see cref="Issuer"/>, joint
    /// statements naming no issuer last.</summary>
    public IReadOnlyList<IssuerCount> CountByIssuer() => Parties.CountByIssuer(Statements);

    /// <summary>The corpus of a generated collection and its parties, which it already resolved.</summary>
    internal static StatementCorpus Over(StatementCollection statements, PartyCollection parties) =>
        new(statements, parties, statements.AliasTable, NoStatements);

    // Two threads may both gather a list; the lists are equal, and one of them stays.
    private static IReadOnlyList<T> Gathered<T>(ref IReadOnlyList<T>? field, Func<IEnumerable<T>> items)
    {
        var list = Volatile.Read(ref field);
        if (list is not null) return list;
        return Interlocked.CompareExchange(ref field, new ValueList<T>(items()), null) ?? field!;
    }

    private sealed class ResolvedParties(IReadOnlyList<Statement> statements, string aliasTable) : PartyCollection(statements, aliasTable);
}
