using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using JointStatements.Generator.Model;
using JointStatements.Generator.Naming;
using JointStatements.Identity;
using JointStatements.Inputs;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis.Text;

namespace JointStatements.Generator;

/// <summary>The cross-statement step: orders the parsed statements by path (ordinal, so the output never depends
/// on the order files arrive in), names their members, keeps their ids unique, and resolves parties with the curated
/// aliases, reporting alias entries that match nothing.</summary>
internal static class CorpusBuilder
{
    public static CorpusModel Build(ImmutableArray<ParsedFile> files, ImmutableArray<AliasFile> aliasFiles, GeneratorSettings settings,
        CancellationToken cancellationToken)
    {
        var parsed = files.Where(f => f.Statement is not null).OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var diagnostics = new List<DiagnosticInfo>(settings.Diagnostics);
        var named = NameStatements(parsed, settings, diagnostics, cancellationToken);
        // Parties are resolved over the statements as compiled, so a renumbered duplicate's appearances carry its own id.
        var statements = System.Array.ConvertAll(named, n => n.Statement);

        var orderedAliasFiles = aliasFiles.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var aliases = ReadAliases(orderedAliasFiles, diagnostics, out var sources);
        var resolution = PartyResolver.Resolve(statements, aliases);
        foreach (var unmatched in resolution.UnmatchedAliases)
        {
            var (path, text) = sources[unmatched];
            var issue = IssueCatalog.UnusableAlias.At(unmatched.Line, 1, 0,
                unmatched.Key + " | " + unmatched.ShortName + " | " + unmatched.Name, "matches no signatory of the statements");
            diagnostics.Add(new DiagnosticInfo(issue.Id, issue.Message, LocationInfo.At(path, text, unmatched.Line, 1, int.MaxValue)));
        }
        var partyNames = MemberNames.ForParties(resolution.Parties, settings.PartiesClassName);
        var parties = resolution.Parties.Select((party, i) => new NamedParty(partyNames[i], party));

        // The run time needs only the entries, in the table's own format.
        var aliasTable = new StringBuilder();
        foreach (var alias in aliases) aliasTable.Append(alias.Key).Append(" | ").Append(alias.ShortName).Append(" | ").Append(alias.Name).Append('\n');
        return new CorpusModel(settings, new ValueList<NamedStatement>(named), new ValueList<NamedParty>(parties),
            aliasTable.ToString(), new ValueList<DiagnosticInfo>(diagnostics));
    }

    private static NamedStatement[] NameStatements(List<ParsedFile> parsed, GeneratorSettings settings, List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken)
    {
        // The one decision on duplicate ids, shared with StatementCorpus.With: a copy is left out, a different
        // statement under a taken id is renumbered.
        var verdicts = DuplicateStatements.Decide(System.Array.Empty<Statement>(), parsed.ConvertAll(f => f.Statement!));
        var kept = new List<Statement>(verdicts.Count);
        for (var i = 0; i < verdicts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var verdict = verdicts[i];
            if (verdict.Issue is { } issue) diagnostics.Add(new DiagnosticInfo(issue.Id, issue.Message, parsed[i].StatementLocation));
            if (verdict.Statement is { } statement) kept.Add(statement);
        }
        var names = MemberNames.ForStatements(kept, settings.ClassName, cancellationToken);
        var named = new NamedStatement[kept.Count];
        for (var i = 0; i < kept.Count; i++) named[i] = new NamedStatement(names[i], kept[i]);
        return named;
    }

    private static List<PartyAlias> ReadAliases(List<AliasFile> files, List<DiagnosticInfo> diagnostics,
        out Dictionary<PartyAlias, (string Path, SourceText Text)> sources)
    {
        var aliases = new List<PartyAlias>();
        sources = new Dictionary<PartyAlias, (string, SourceText)>();
        foreach (var file in files)
        {
            if (file.Failure is not null)
            {
                var failure = IssueCatalog.UnexpectedFailure.At(0, 0, 0, System.IO.Path.GetFileName(file.Path), file.Failure);
                diagnostics.Add(new DiagnosticInfo(failure.Id, failure.Message, new LocationInfo(file.Path, default, default)));
                continue;
            }
            var text = SourceText.From(file.Text);
            var (entries, malformed) = PartyAliasTable.Read(file.Text);
            foreach (var (line, content) in malformed)
            {
                var issue = IssueCatalog.UnusableAlias.At(line, 1, 0, content, "is not of the form 'key | short name | name'");
                diagnostics.Add(new DiagnosticInfo(issue.Id, issue.Message, LocationInfo.At(file.Path, text, line, 1, int.MaxValue)));
            }
            foreach (var entry in entries) sources[entry] = (file.Path, text);
            aliases.AddRange(entries);
        }
        return aliases;
    }
}
