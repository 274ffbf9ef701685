using System;
using System.Collections.Generic;
using System.Linq;

namespace JointStatements;

/// <summary>Statements from several sources — the bundled corpus, a project's own statement files typed by the
/// generator, files parsed at run time — with one set of parties resolved across all of them, by the same rules and
/// with every source's curated alias table. Start with <see cref="Corpus.With(PartyCollection)"/>.</summary>
/// <remarks>
/// <para>Statements keep the order they are added in: the bundled ones first. A statement whose <see cref="Statement.Id"/>
/// is already in the corpus is decided as the generator decides it: the same statement again (equal but for its file
/// name) is left out, since every signature would count twice, and listed in <see cref="Duplicates"/> (<c>JST022</c>);
/// a different statement gets the next free numbered id, <c>…-2</c> (<c>JST007</c>).</para>
/// <para>Party keys are those of the combined resolution. They equal the bundled keys except where a new party shares a
/// key's base: then both get their country code (<c>pct-do</c>, <c>pct-tg</c>), as within one collection.</para>
/// </remarks>
public sealed class StatementCorpus
{
    private StatementCorpus(IReadOnlyList<Statement> statements, string aliasTable, IReadOnlyList<Statement> duplicates)
    {
        Statements = statements;
        Signatories = new ValueList<Signatory>(statements.SelectMany(statement => statement.Signatories));
        Parties = new ResolvedParties(statements, aliasTable);
        Duplicates = duplicates;
    }

    /// <summary>The statements, in the order they were added.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>Every signatory of every statement, statement by statement.</summary>
    public IReadOnlyList<Signatory> Signatories { get; }

    /// <summary>The parties across all the statements, one per organisation, in order of first appearance.</summary>
    public PartyCollection Parties { get; }

    /// <summary>The statements left out because the same statement was added before them.</summary>
    public IReadOnlyList<Statement> Duplicates { get; }

    /// <summary>This corpus with the statements of <paramref name="parties"/> added, and its alias table: pass a
    /// generated party collection (<c>Parties.All</c>), which carries its project's statements and aliases.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> is <see langword="null"/>.</exception>
    public StatementCorpus With(PartyCollection parties)
    {
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        return With(parties.Statements, parties.AliasTable);
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
        var aliases = Parties.AliasTable;
        return new StatementCorpus(new ValueList<Statement>(combined), aliases.Length == 0 ? aliasTable : aliases + "\n" + aliasTable,
            new ValueList<Statement>(duplicates));
    }

    /// <summary>The co-signature network of all the statements: party pairs weighted by the statements they signed together.</summary>
    public IReadOnlyList<CoSignature> CoSignatureNetwork() => Parties.CoSignatureNetwork();

    /// <summary>Statements, signatures and parties per issuer.</summary>
    public IReadOnlyList<IssuerCount> CountByIssuer() => Parties.CountByIssuer(Statements);

    /// <summary>The statements of one collection, with its alias table.</summary>
    internal static StatementCorpus From(PartyCollection parties) =>
        new(new ValueList<Statement>(parties.Statements), parties.AliasTable, new ValueList<Statement>(Array.Empty<Statement>()));

    private sealed class ResolvedParties(IReadOnlyList<Statement> statements, string aliasTable) : PartyCollection(statements, aliasTable);
}
