using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using JointStatements.Generator.Model;
using JointStatements.Generator.Naming;
using JointStatements.Identity;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis.Text;

namespace JointStatements.Generator;

/// <summary>The cross-statement step: orders the parsed statements by path (ordinal, so the output never depends
/// on the order files arrive in), names their members, reports duplicate ids, and resolves parties with the curated
/// aliases, reporting alias entries that match nothing.</summary>
internal static class CorpusBuilder
{
    public static CorpusModel Build(ImmutableArray<ParsedFile> files, ImmutableArray<AliasFile> aliasFiles, GeneratorSettings settings)
    {
        var parsed = files.Where(f => f.Statement is not null).OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var statements = parsed.ConvertAll(f => f.Statement!);
        var diagnostics = new List<DiagnosticInfo>(settings.Diagnostics);
        var named = NameStatements(parsed, statements, settings, diagnostics);

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

    private static NamedStatement[] NameStatements(List<ParsedFile> parsed, List<Statement> statements, GeneratorSettings settings, List<DiagnosticInfo> diagnostics)
    {
        var names = MemberNames.ForStatements(statements, settings.ClassName);
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
        return named;
    }

    private static List<PartyAlias> ReadAliases(List<AliasFile> files, List<DiagnosticInfo> diagnostics,
        out Dictionary<PartyAlias, (string Path, SourceText Text)> sources)
    {
        var aliases = new List<PartyAlias>();
        sources = new Dictionary<PartyAlias, (string, SourceText)>();
        foreach (var file in files)
        {
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
