using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using JointStatements.Tests.Cli;
using JointStatements.Tests.Parsing;
using Xunit;

namespace JointStatements.Tests.Pages;

/// <summary>The command line reads saved web pages wherever it reads statement files.</summary>
public sealed class PageCommandLineTests
{
    private static string Page(string name) => Path.Combine(StatementFixtures.Folder, "Pages", name);

    [Fact]
    public void Parse_reads_a_saved_page_with_its_html_lines()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("parse", Page("plone-icor-resolution.html"));

        Assert.True(exitCode == 0, stderr);
        var statement = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Single();
        Assert.Equal("Stop the deportations across the Mediterranean!", statement.GetProperty("title").GetString());
        Assert.Equal(61, statement.GetProperty("lines").GetProperty("title").GetInt32());
        Assert.Equal("mlpd", statement.GetProperty("signatories")[3].GetProperty("party").GetString());
    }

    [Fact]
    public void A_statements_folder_includes_its_saved_pages_and_a_page_s_text_twin_is_the_same_statement()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("export", "statements", "--format", "csv", "--statements", Path.Combine(StatementFixtures.Folder, "Pages"));

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("drupal-solidnet-joint-statement.html", stdout, StringComparison.Ordinal);
        // The twin has the same id but not the same source lines, so it is kept under a numbered id, as the build keeps it.
        Assert.Contains("drupal-solidnet-joint-statement.txt: warning JST007: Statement id 'joint-2019-11-07-statement-communist-workers-parties-blockade-cuba' is also the id of 'drupal-solidnet-joint-statement.html', a different statement",
            stderr, StringComparison.Ordinal);
    }
}
