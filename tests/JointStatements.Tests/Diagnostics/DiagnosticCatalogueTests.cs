extern alias generator;

using System.Text.RegularExpressions;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis;
using DiagnosticDescriptors = generator::JointStatements.Generator.Diagnostics.DiagnosticDescriptors;

namespace JointStatements.Tests.Diagnostics;

/// <summary>One truth for every diagnostic: the shared catalogue's ID, title and severity are those of the compiler's
/// descriptor, the analyzer release file, the docs page's table and its sections, whose example fits the message.</summary>
public sealed partial class DiagnosticCatalogueTests
{
    private sealed record Row(string Id, string Severity, string Title);

    public static TheoryData<string> CatalogueIds => new(IssueCatalog.All.Select(issue => issue.Id));

    [Fact]
    public void IDs_are_unique_and_in_order()
    {
        var ids = IssueCatalog.All.Select(issue => issue.Id).ToList();

        Assert.All(ids, id => Assert.Matches("^JST[0-9]{3}$", id));
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_catalogue_entry_has_a_descriptor_with_its_title_severity_category_and_help_link()
    {
        Assert.Equal(IssueCatalog.All.Select(issue => issue.Id), DiagnosticDescriptors.All.Select(d => d.Id));
        foreach (var issue in IssueCatalog.All)
        {
            var descriptor = DiagnosticDescriptors.ById(issue.Id);
            Assert.Equal(issue.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(issue.Severity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(IssueDescriptor.Category, descriptor.Category);
            Assert.Equal(DiagnosticDescriptors.HelpPage + "#" + issue.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void The_analyzer_release_files_list_every_descriptor_with_its_category_and_severity()
    {
        var released = ReleaseRows("AnalyzerReleases.Shipped.md").Concat(ReleaseRows("AnalyzerReleases.Unshipped.md"));

        Assert.Equal(CatalogueRows(), released);
    }

    [Fact]
    public void The_docs_table_lists_every_ID_with_its_severity_and_title_and_links_to_its_section()
    {
        var page = Repository.ReadText("docs", "diagnostics.md");
        var rows = TableRow().Matches(page).Select(m => new Row(m.Groups["id"].Value, m.Groups["severity"].Value, m.Groups["title"].Value.Trim())).ToList();

        Assert.All(TableRow().Matches(page), m => Assert.Equal(m.Groups["id"].Value.ToLowerInvariant(), m.Groups["anchor"].Value));
        Assert.Equal(CatalogueRows().Concat(BuildTargetRows()).OrderBy(r => r.Id, StringComparer.Ordinal), rows);
    }

    [Fact]
    public void The_docs_page_has_a_section_per_ID_with_the_same_title_and_severity()
    {
        var sections = DocsSections.Value.Select(s => new Row(s.Id, s.Severity, s.Title)).ToList();

        Assert.Equal(CatalogueRows().Concat(BuildTargetRows()).OrderBy(r => r.Id, StringComparer.Ordinal), sections);
    }

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void The_docs_example_of_an_ID_is_a_message_its_format_can_produce(string id)
    {
        var issue = IssueCatalog.All.Single(i => i.Id == id);
        var example = DocsSections.Value.Single(s => s.Id == id).Example;

        Assert.Matches(FormatPattern(issue.MessageFormat, @"\{\d+(?::[^}]*)?\}"), example);
    }

    [Fact]
    public void Every_build_targets_warning_has_its_docs_example_and_the_descriptors_help_page()
    {
        var warnings = TargetsWarning().Matches(Targets.Value);

        Assert.Equal(new[] { "JST023", "JST016", "JST024" }, warnings.Select(w => w.Groups["id"].Value));
        foreach (Match warning in warnings)
        {
            var example = DocsSections.Value.Single(s => s.Id == warning.Groups["id"].Value).Example;
            Assert.Equal(DiagnosticDescriptors.HelpPage + "#" + warning.Groups["id"].Value.ToLowerInvariant(), warning.Groups["link"].Value);
            Assert.Matches(FormatPattern(warning.Groups["text"].Value, @"%\([^)]*\)"), example);
        }
    }

    private static IEnumerable<Row> CatalogueRows() =>
        IssueCatalog.All.Select(issue => new Row(issue.Id, issue.Severity.ToString(), issue.Title));

    // MSBuild warnings of the package's targets: documented like the rest, but no Roslyn descriptor.
    private static IEnumerable<Row> BuildTargetRows()
    {
        return TargetsWarning().Matches(Targets.Value).Select(m => m.Groups["id"].Value)
            .Select(id => new Row(id, "Warning", DocsSections.Value.Single(s => s.Id == id).Title));
    }

    private static IEnumerable<Row> ReleaseRows(string fileName) =>
        ReleaseRow().Matches(Repository.ReadText("generators", "JointStatements.Generator", fileName))
            .Select(m =>
            {
                Assert.Equal(IssueDescriptor.Category, m.Groups["category"].Value);
                return new Row(m.Groups["id"].Value, m.Groups["severity"].Value, m.Groups["notes"].Value.Trim());
            });

    // The docs page and the build targets, each read once for all the tests.
    private static readonly Lazy<IReadOnlyList<(string Id, string Title, string Severity, string Example)>> DocsSections = new(() =>
        DocsSection().Matches(Repository.ReadText("docs", "diagnostics.md"))
            .Select(m => (m.Groups["id"].Value, m.Groups["title"].Value, m.Groups["severity"].Value, m.Groups["message"].Value))
            .ToList());

    private static readonly Lazy<string> Targets = new(() => Repository.ReadText("generators", "JointStatements.Generator", "build", "JointStatements.targets"));

    // The message part of a documented example line, as a pattern: the format's literal text, each placeholder any text.
    private static string FormatPattern(string format, string placeholder)
    {
        var parts = Regex.Split(format, placeholder);
        return "^" + string.Join(".+", parts.Select(Regex.Escape)) + "$";
    }

    [GeneratedRegex(@"^\| \[(?<id>JST\d{3})\]\(#(?<anchor>[^)]+)\) \| (?<severity>\w+) \| (?<title>[^|]+) \| [^\n]+ \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^(?<id>JST\d{3}) \| (?<category>\w+) \| (?<severity>\w+) \| (?<notes>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex ReleaseRow();

    [GeneratedRegex(@"^## (?<id>JST\d{3})\n\n\*\*(?<title>[^*]+)\*\* · (?<severity>\w+)[^\n]*\n.*?```text\n(?:[^\n]*?: )?(?:error|warning|info) \k<id>: (?<message>[^\n]+)\n```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex DocsSection();

    [GeneratedRegex(@"<Warning\b[^>]*\bCode=""(?<id>JST\d{3})""[^>]*\bHelpLink=""(?<link>[^""]+)""[^>]*\bText=""(?<text>[^""]+)""")]
    private static partial Regex TargetsWarning();
}
