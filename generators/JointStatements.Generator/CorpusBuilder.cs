using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using JointStatements.Generator.Model;
using JointStatements.Generator.Naming;
using JointStatements.Parsing.Issues;

namespace JointStatements.Generator;

/// <summary>The cross-statement step: orders the parsed statements by path (ordinal, so the output never depends
/// on the order files arrive in), names their members and reports duplicate ids.</summary>
internal static class CorpusBuilder
{
    public static CorpusModel Build(ImmutableArray<ParsedFile> files, GeneratorSettings settings)
    {
        var parsed = files.Where(f => f.Statement is not null).OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var statements = parsed.ConvertAll(f => f.Statement!);
        var names = MemberNames.Assign(statements, settings.ClassName);
        var diagnostics = new List<DiagnosticInfo>(settings.Diagnostics);
        var firstById = new Dictionary<string, ParsedFile>(System.StringComparer.Ordinal);
        var named = new NamedStatement[parsed.Count];
        for (var i = 0; i < parsed.Count; i++)
        {
            var statement = statements[i];
            if (firstById.TryGetValue(statement.Id, out var first))
            {
                var issue = IssueCatalog.DuplicateStatementId.At(0, 0, 0, statement.Id, first.Statement!.SourceFile, names[i]);
                diagnostics.Add(new DiagnosticInfo(issue.Id, issue.Message, new LocationInfo(parsed[i].Path, default, default)));
            }
            else
            {
                firstById.Add(statement.Id, parsed[i]);
            }
            named[i] = new NamedStatement(names[i], statement);
        }
        return new CorpusModel(settings, new ValueList<NamedStatement>(named), new ValueList<DiagnosticInfo>(diagnostics));
    }
}
