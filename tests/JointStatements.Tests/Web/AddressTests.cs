using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using JointStatements.Tests.Cli;
using JointStatements.Tests.Parsing;
using Xunit;

namespace JointStatements.Tests.Web;

/// <summary><c>parse URL</c> and <c>fetch URL... --out DIR</c> against a local server on 127.0.0.1 that each test starts:
/// a page, a redirect, 404, 500, a server that does not answer in time, content that is no page, a body without end,
/// and charsets the server gets wrong. Each failure is one line and exit code 1; the other addresses are still read.</summary>
public sealed class AddressTests : IDisposable
{
    private static readonly byte[] Wordpress = File.ReadAllBytes(Path.Combine(StatementFixtures.Folder, "Pages", "wordpress-cipoml-declaration.html"));
    private static readonly byte[] Legacy = File.ReadAllBytes(Path.Combine(StatementFixtures.Folder, "Pages", "static-legacy-windows-1252-de.html"));

    private readonly string _folder = Directory.CreateTempSubdirectory("jointstatements-fetch-").FullName;
    private readonly LocalServer _server;

    static AddressTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public AddressTests()
    {
        const string Utf8Page = "<html><head><title>Grève</title></head><body><main><h1>Solidarité avec les grévistes</h1>"
            + "<p>Déclaration commune, Paris, 26 janvier 2023</p><p>Les organisations soutiennent la grève.</p></main></body></html>";
        _server = new LocalServer(new Dictionary<string, Answer>
        {
            ["/2023/03/declaration-rail-strikes-europe/"] = Answer.Page(Wordpress, "text/html; charset=UTF-8"),
            ["/old-address"] = Answer.Redirect("/2023/03/declaration-rail-strikes-europe/"),
            ["/error"] = Answer.Failing(500),
            ["/slow"] = Answer.Page("<h1>Late</h1>") with { Delay = TimeSpan.FromSeconds(30) },
            ["/leaflet.pdf"] = Answer.Page(new byte[] { 0x25, 0x50, 0x44, 0x46 }, "application/pdf"),
            ["/endless"] = Answer.Page(Encoding.ASCII.GetBytes(new string('x', 64 * 1024)), "text/html") with { Endless = true },
            ["/legacy-served-as-utf8"] = Answer.Page(Legacy, "text/html; charset=utf-8"),
            ["/utf8-served-as-latin1"] = Answer.Page(Encoding.UTF8.GetBytes(Utf8Page), "text/html; charset=ISO-8859-1"),
            ["/app"] = Answer.Page("<html><head><script src=\"/app.js\"></script></head><body><div id=\"root\"></div><script>render();</script></body></html>"),
            ["/statement.txt"] = Answer.Page(Encoding.UTF8.GetBytes(JointStatements.Tests.Robustness.SampleStatement.Text), "text/plain; charset=utf-8"),
        });
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Address(string path) => _server.Address(path);

    [Fact]
    public void Parse_of_an_address_gives_the_same_statement_as_the_page_fetch_saves()
    {
        var address = Address("/2023/03/declaration-rail-strikes-europe/");

        var fromAddress = CliRunner.Run("parse", address);
        var fetched = CliRunner.Run("fetch", address, "--out", _folder);
        var fromFile = CliRunner.Run("parse", Path.Combine(_folder, "declaration-rail-strikes-europe.html"));

        Assert.True(fromAddress.ExitCode == 0, fromAddress.Stderr);
        Assert.Equal(0, fetched.ExitCode);
        Assert.Equal(fromFile.Stdout, fromAddress.Stdout);
        var statement = JsonDocument.Parse(fromAddress.Stdout).RootElement[0];
        Assert.Equal("Declaration on the rail strikes in Europe", statement.GetProperty("title").GetString());
        Assert.Equal(6, statement.GetProperty("signatories").GetArrayLength());
        Assert.Equal(address, statement.GetProperty("sourceUrl").GetString());
    }

    [Fact]
    public void Fetch_saves_the_page_its_text_and_its_provenance_side_by_side_after_a_redirect()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("fetch", Address("/old-address"), "--out", _folder);

        Assert.True(exitCode == 0, stderr);
        var page = Path.Combine(_folder, "declaration-rail-strikes-europe.html");
        Assert.Equal($"{Address("/old-address")} -> {page}\n", stdout);
        Assert.Equal(new[] { "declaration-rail-strikes-europe.html", "declaration-rail-strikes-europe.source.json", "declaration-rail-strikes-europe.txt" },
            Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var provenance = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "declaration-rail-strikes-europe.source.json")));
        var root = provenance.RootElement;
        Assert.Equal(Address("/old-address"), root.GetProperty("url").GetString());
        Assert.Equal(Address("/2023/03/declaration-rail-strikes-europe/"), root.GetProperty("finalUrl").GetString());
        Assert.Equal(200, root.GetProperty("status").GetInt32());
        Assert.Equal("text/html; charset=UTF-8", root.GetProperty("contentType").GetString());
        Assert.Equal(Wordpress.Length, root.GetProperty("length").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Wordpress)), root.GetProperty("sha256").GetString());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("retrieved").GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
        Assert.StartsWith("Declaration on the rail strikes in Europe\n", File.ReadAllText(Path.Combine(_folder, "declaration-rail-strikes-europe.txt")), StringComparison.Ordinal);
        // The page keeps every line where the server had it, its address in a browser's mark at the start of the first.
        var saved = File.ReadAllText(page).Split('\n');
        Assert.Equal(Encoding.UTF8.GetString(Wordpress).Split('\n').Length, saved.Length);
        var final = Address("/2023/03/declaration-rail-strikes-europe/");
        Assert.Equal($"<!-- saved from url=({final.Length:D4}){final} --><!DOCTYPE html>", saved[0]);
        Assert.Contains(_server.Requests, request => request.UserAgent?.StartsWith("jointstatements/", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_address_already_saved_is_not_downloaded_again_unless_refresh_is_given()
    {
        var address = Address("/2023/03/declaration-rail-strikes-europe/");

        CliRunner.Run("fetch", address, "--out", _folder);
        var afterFirst = _server.Requests.Count;
        var again = CliRunner.Run("fetch", address, Address("/old-address"), "--out", _folder);
        var afterAgain = _server.Requests.Count;
        var refreshed = CliRunner.Run("fetch", address, "--out", _folder, "--refresh");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(new[]
        {
            $"{address} -> {Path.Combine(_folder, "declaration-rail-strikes-europe.html")} (saved before; --refresh downloads it again)",
            $"{Address("/old-address")} -> {Path.Combine(_folder, "declaration-rail-strikes-europe.html")} (saved before; --refresh downloads it again)",
        }, again.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // The address saved is not asked for again; the one that redirects to it is (only the answer tells where it leads).
        Assert.Equal(1, afterFirst);
        Assert.Equal(3, afterAgain);
        Assert.Equal(0, refreshed.ExitCode);
        Assert.Equal(4, _server.Requests.Count);
        Assert.Single(Directory.GetFiles(_folder, "*.html"));
    }

    [Theory]
    [InlineData("/missing", "HTTP 404 Not Found")]
    [InlineData("/error", "HTTP 500 Internal Server Error")]
    [InlineData("/leaflet.pdf", "the server sent application/pdf, not a web page or a text")]
    [InlineData("/endless", "the page is larger than 8 MB")]
    public void A_failure_is_one_line_and_exit_code_1_and_the_other_addresses_are_still_read(string path, string reason)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("parse", Address(path), Address("/2023/03/declaration-rail-strikes-europe/"));

        Assert.Equal(1, exitCode);
        Assert.Equal($"jointstatements: {Address(path)}: {reason}\n", stderr);
        Assert.Single(JsonDocument.Parse(stdout).RootElement.EnumerateArray());
    }

    [Fact]
    public void A_server_that_does_not_answer_in_time_is_one_line()
    {
        var (exitCode, _, stderr) = CliRunner.Run("fetch", Address("/slow"), "--out", _folder, "--timeout", "1");

        Assert.Equal(1, exitCode);
        Assert.Equal($"jointstatements: {Address("/slow")}: no answer within 1 s\n", stderr);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_legacy_page_the_server_calls_utf8_is_read_in_windows_1252_saved_as_utf8_and_reported()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("fetch", Address("/legacy-served-as-utf8"), "--out", _folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("warning JST027: 'legacy-served-as-utf8.html' declares the charset utf-8 but is not valid UTF-8; it was read as windows-1252", stderr, StringComparison.Ordinal);
        var saved = File.ReadAllBytes(Path.Combine(_folder, "legacy-served-as-utf8.html"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, saved.Take(3));
        Assert.Equal("Gemeinsame Erklärung zum Bergarbeiterstreik", StatementFiles.Load(Path.Combine(_folder, "legacy-served-as-utf8.html")).Statement.Title);
        Assert.Contains("legacy-served-as-utf8.html", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_page_the_server_calls_iso_8859_1_is_read_as_utf8_and_reported()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("parse", Address("/utf8-served-as-latin1"));

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("warning JST027: 'utf8-served-as-latin1.html' declares the charset ISO-8859-1 but its bytes are UTF-8; it was read as utf-8", stderr, StringComparison.Ordinal);
        Assert.Equal("Solidarité avec les grévistes", JsonDocument.Parse(stdout).RootElement[0].GetProperty("title").GetString());
    }

    [Fact]
    public void A_page_without_text_is_saved_with_its_provenance_and_a_warning_but_no_text()
    {
        var (exitCode, _, stderr) = CliRunner.Run("fetch", Address("/app"), "--out", _folder);

        Assert.Equal(0, exitCode);
        Assert.Equal($"{Path.Combine(_folder, "app.html")}: warning JST025: 'app.html' is a web page with no text outside its scripts and styles; it was skipped\n", stderr);
        Assert.Equal(new[] { "app.html", "app.source.json" }, Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var provenance = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "app.source.json")));
        Assert.Equal(JsonValueKind.Null, provenance.RootElement.GetProperty("text").ValueKind);
    }

    [Fact]
    public void A_statement_served_as_plain_text_is_parsed_as_a_statement_file_with_its_address()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("parse", Address("/statement.txt"));

        Assert.True(exitCode == 0, stderr);
        var statement = JsonDocument.Parse(stdout).RootElement[0];
        Assert.Equal("Solidarity with the dockers of Piraeus!", statement.GetProperty("title").GetString());
        Assert.Equal(Address("/statement.txt"), statement.GetProperty("sourceUrl").GetString());
    }

    [Fact]
    public void A_folder_of_fetched_pages_reads_each_page_once_not_its_text_beside_it()
    {
        CliRunner.Run("fetch", Address("/2023/03/declaration-rail-strikes-europe/"), "--out", _folder);

        var (exitCode, stdout, stderr) = CliRunner.Run("export", "statements", "--format", "csv", "--statements", _folder);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("", stderr);
        Assert.Contains($"declaration-rail-strikes-europe.html,ICMLPO,Declaration,Declaration on the rail strikes in Europe,,,2023-03-12,2023-03-12,Day,,Signatory,6,{Address("/2023/03/declaration-rail-strikes-europe/")}\n",
            stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_of_something_that_is_no_address_is_a_usage_error()
    {
        var (exitCode, _, stderr) = CliRunner.Run("fetch", "statements/page.html", "--out", _folder);

        Assert.Equal(2, exitCode);
        Assert.Equal(new[] { "jointstatements: 'statements/page.html' is not an http or https address.", "Run 'jointstatements fetch --help' for its usage." },
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
