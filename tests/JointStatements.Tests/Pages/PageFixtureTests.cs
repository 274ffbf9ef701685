using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using JointStatements.Html;
using JointStatements.Tests.Parsing;
using Xunit;

namespace JointStatements.Tests.Pages;

/// <summary>Web pages constructed in the layouts joint statements are published in (WordPress, Plone, Drupal, SPIP, an old
/// static page in windows-1252), under <c>Statements/Pages/</c>: each page is read as its expected JSON says (the same
/// comparison as the text fixtures', boilerplate included), gives the same statement as its text twin (the statement as a
/// reader would select and paste it from the browser) except for the boilerplate and the lines, and every value keeps the
/// line of the HTML source it was read from.</summary>
public sealed class PageFixtureTests
{
    private static string Folder => Path.Combine(StatementFixtures.Folder, "Pages");

    public static TheoryData<string> Pages => new(Directory.GetFiles(Folder, "*.html").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_page_has_its_expected_parse_and_its_text_twin()
    {
        var pages = Directory.GetFiles(Folder, "*.html");

        Assert.True(pages.Length >= 5, $"only {pages.Length} pages");
        Assert.All(pages, page =>
        {
            Assert.True(File.Exists(Path.ChangeExtension(page, ".json")), page + " has no expected parse");
            Assert.True(File.Exists(Path.ChangeExtension(page, ".txt")), page + " has no text twin");
        });
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_is_read_as_its_expected_json_says(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Path.Combine(Folder, file), ".json")));
        var statement = StatementFiles.Load(Path.Combine(Folder, file)).Statement;

        var mismatches = JointStatements.Tests.Acceptance.ExpectedParse.Differences(document.RootElement, statement);

        Assert.True(mismatches.Count == 0, $"{file}: {mismatches.Count} field(s) differ:\n  " + string.Join("\n  ", mismatches));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_and_its_text_twin_give_the_same_statement_boilerplate_aside(string file)
    {
        var page = StatementFiles.Load(Path.Combine(Folder, file)).Statement;
        var twin = StatementFiles.Load(Path.ChangeExtension(Path.Combine(Folder, file), ".txt")).Statement;

        Assert.Equal(Comparable(twin), Comparable(page));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_title_the_body_and_every_signatory_keep_their_line_of_the_html_source(string file)
    {
        var source = SourceLines(file);
        var statement = StatementFiles.Load(Path.Combine(Folder, file)).Statement;

        Assert.Contains(FirstWord(statement.Title!), source[statement.Lines.Title!.Value - 1], StringComparison.Ordinal);
        Assert.All(statement.Signatories, s => Assert.Contains(FirstWord(s.Name), source[s.Line - 1], StringComparison.Ordinal));
        Assert.All(statement.Body, b => Assert.Contains(FirstWord(b.Text), source[b.Line - 1], StringComparison.Ordinal));
        Assert.All(statement.Boilerplate, b => Assert.Contains(FirstWord(b.Text), source[b.Line - 1], StringComparison.Ordinal));
    }

    // The statement as the twin can give it: everything but the source file, the lines, the boilerplate and the address.
    private static string Comparable(Statement statement) => StatementJson.Serialize(new[]
    {
        statement with
        {
            SourceFile = "",
            Signatories = new ValueList<Signatory>(statement.Signatories.Select(s => s with { Line = 0 }).ToArray()),
            Body = new ValueList<BodyBlock>(statement.Body.Select(b => b with { Line = 0 }).ToArray()),
            Boilerplate = new ValueList<TextLine>(Array.Empty<TextLine>()),
            Unplaced = new ValueList<TextLine>(statement.Unplaced.Select(u => u with { Line = 0 }).ToArray()),
            Lines = new StatementLines(null, null, null, null, null, null, null, null),
            SourceUrl = null,
        },
    });

    // The page's source lines as a reader sees them: decoded by its charset, entities decoded.
    private static List<string> SourceLines(string file)
    {
        var text = PageDecoder.Decode(File.ReadAllBytes(Path.Combine(Folder, file)), null).Text;
        return text.Replace("\r\n", "\n").Split('\n').Select(line => WebUtility.HtmlDecode(line).Replace('\u00A0', ' ')).ToList();
    }

    private static string FirstWord(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].TrimStart('•', ' ');
}
