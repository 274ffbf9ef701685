using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using JointStatements.Generator.Model;
using JointStatements.Generator.Naming;
using JointStatements.Parsing.Issues;

namespace JointStatements.Generator;

/// <summary>The cross-statement step: orders the parsed statements by path (ordinal, so the output never depends
/// on the order files arrive in), names their members and keeps their ids unique.</summary>
internal static class CorpusBuilder
{
    public static CorpusModel Build(ImmutableArray<ParsedFile> files, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        var parsed = files.Where(f => f.Statement is not null).OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var statements = parsed.ConvertAll(f => f.Statement!);
        var names = MemberNames.Assign(statements, settings.ClassName, cancellationToken);
        var diagnostics = new List<DiagnosticInfo>(settings.Diagnostics);
        // Every id as parsed is taken first, so a renamed duplicate never takes another statement's own id.
        var taken = new HashSet<string>(statements.Select(s => s.Id), System.StringComparer.Ordinal);
        var firstById = new Dictionary<string, ParsedFile>(System.StringComparer.Ordinal);
        var named = new NamedStatement[parsed.Count];
        for (var i = 0; i < parsed.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var statement = statements[i];
            if (firstById.TryGetValue(statement.Id, out var first))
            {
                var id = FreeId(statement.Id, taken);
                var issue = IssueCatalog.DuplicateStatementId.At(0, 0, 0, statement.Id, first.Statement!.SourceFile, id, names[i]);
                diagnostics.Add(new DiagnosticInfo(issue.Id, issue.Message, parsed[i].StatementLocation));
                statement = WithId(statement, id);
            }
            else
            {
                firstById.Add(statement.Id, parsed[i]);
            }
            named[i] = new NamedStatement(names[i], statement);
        }
        return new CorpusModel(settings, new ValueList<NamedStatement>(named), new ValueList<DiagnosticInfo>(diagnostics));
    }

    // "icor-2020-01-17-…-2": the smallest numeric suffix no statement has, as member names get "_2".
    private static string FreeId(string id, HashSet<string> taken)
    {
        for (var suffix = 2; ; suffix++)
        {
            var candidate = id + "-" + suffix.ToString(CultureInfo.InvariantCulture);
            if (taken.Add(candidate)) return candidate;
        }
    }

    private static Statement WithId(Statement statement, string id) => statement with
    {
        Id = id,
        Signatories = new ValueList<Signatory>(statement.Signatories.Select(s => s with { StatementId = id }).ToArray()),
    };
}
