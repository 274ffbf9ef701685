using System;
using System.IO;
using System.Linq;
using System.Text;
using JointStatements.Tests.Cli;
using Xunit;

namespace JointStatements.Tests.Pages;

/// <summary>Pages that are broken, empty, huge, absurdly nested or not pages at all: each gives a diagnostic naming the
/// file, never an exception the caller does not expect, and the other files are still read.</summary>
public sealed class BadPageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jointstatements-pages-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Malformed_markup_is_read_as_a_browser_repairs_it()
    {
        var path = Write("broken.html", "<html><body><div><p>Solidarity with the dockers!<p><b>ICOR Resolution, <i>3 May 2024</b></i>"
            + "<p>The ICOR salutes the strike.</span></div></div><p>Signatories:<ol><li>MLPD Marxistisch-Leninistische Partei Deutschlands<li>KOL Kommunistische Organisation Luxemburg</ol>");

        var statement = StatementFiles.Load(path).Statement;

        Assert.Equal("Solidarity with the dockers!", statement.Title);
        Assert.Equal(new DateTime(2024, 5, 3), statement.Date!.Start);
        Assert.Equal(new[] { "MLPD", "KOL" }, statement.Signatories.Select(s => s.ShortName));
    }

    [Theory]
    [InlineData("<html><head><script>document.write('<p>Solidarity</p>');</script><style>body{}</style></head><body><script>track();</script></body></html>", "outside its scripts and styles")]
    [InlineData("<html><body><nav><a href=\"/\">Home</a></nav><footer>Imprint</footer></body></html>", "outside its menus, banners, sidebars and footers")]
    public void A_page_without_text_is_skipped_with_JST025(string html, string where)
    {
        var path = Write("empty.html", html);

        var result = StatementFiles.Load(path);

        Assert.True(result.IsSkipped);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("JST025", $"'empty.html' is a web page with no text {where}; it was skipped"), (issue.Id, issue.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void An_empty_page_is_skipped_as_any_empty_file_is_with_JST002(string html)
    {
        var result = StatementFiles.Load(Write("empty.html", html));

        Assert.True(result.IsSkipped);
        Assert.Equal("JST002", Assert.Single(result.Issues).Id);
    }

    [Fact]
    public void A_page_with_text_but_no_statement_is_read_and_says_so()
    {
        var result = StatementFiles.Load(Write("home.html", "<html><body><main><p>Welcome to our website.</p></main></body></html>"));

        Assert.Empty(result.Statement.Signatories);
        Assert.Contains(result.Issues, issue => issue.Id == "JST020");
        Assert.Contains(result.Issues, issue => issue.Id == "JST021");
    }

    [Fact]
    public void Ten_megabytes_of_markup_are_skipped_before_parsing_with_JST026()
    {
        var html = new StringBuilder("<html><body>");
        while (html.Length < 10 * 1024 * 1024) html.Append("<div class=\"row\"><span>cell</span></div>\n");
        var path = Write("huge.html", html.ToString());

        var result = StatementFiles.Load(path);

        Assert.True(result.IsSkipped);
        Assert.StartsWith("'huge.html' could not be read as a web page: it is 10.0 MB, and a page may have 8 MB at most",
            Assert.Single(result.Issues, issue => issue.Id == "JST026").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_leaves_thousands_of_elements_open_is_skipped_with_JST026()
    {
        var path = Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Solidarity");

        var result = StatementFiles.Load(path);

        Assert.True(result.IsSkipped);
        Assert.Equal("'deep.html' could not be read as a web page: it leaves more than 4,096 elements open; it was skipped",
            Assert.Single(result.Issues, issue => issue.Id == "JST026").Message);
    }

    [Fact]
    public void A_binary_file_named_html_is_skipped_as_binary()
    {
        var path = Write("image.html", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 });

        var result = StatementFiles.Load(path);

        Assert.True(result.IsSkipped);
        Assert.Equal("JST001", Assert.Single(result.Issues).Id);
    }

    [Fact]
    public void The_command_line_reports_each_bad_page_on_one_line_and_still_parses_the_good_one()
    {
        var good = Write("good.html", "<html><body><main><h1>Solidarity with the dockers!</h1><p>ICOR Resolution, 3 May 2024</p><p>The ICOR salutes the strike.</p></main></body></html>");
        var empty = Write("empty.html", "");
        var binary = Write("binary.html", new byte[] { 0, 1, 2, 3 });

        var (exitCode, stdout, stderr) = CliRunner.Run("parse", empty, binary, good);

        // Skipped files are warnings, as in the build: the command still succeeds.
        Assert.Equal(0, exitCode);
        Assert.Equal(new[]
        {
            $"{empty}: warning JST002: 'empty.html' is empty or holds only white space; it was skipped",
            $"{binary}: warning JST001: 'binary.html' is not a text statement file (it holds NUL bytes, as binary files do); it was skipped",
        }, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"title\": \"Solidarity with the dockers!\"", stdout, StringComparison.Ordinal);
    }
}
