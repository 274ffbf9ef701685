using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsvHelper;
using JointStatements.Cli;
using JointStatements.Cli.Commands;
using Xunit;

namespace JointStatements.Tests.Cli;

/// <summary>export, network, and the own-statement options every command takes.</summary>
public sealed class CommandTests : IDisposable
{
    private static readonly string OwnStatements = Path.Combine(AppContext.BaseDirectory, "OwnStatements");
    private static readonly string OwnAliases = Path.Combine(OwnStatements, "party-aliases.tsv");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jointstatements-commands-" + Guid.NewGuid().ToString("N"));

    public CommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_statements_json_export_reads_back_to_the_corpus()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("export", "statements");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.EndsWith("]\n", stdout, StringComparison.Ordinal);
        Assert.Equal(Corpus.Statements.ToList(), StatementJson.Deserialize(stdout));
    }

    [Theory]
    [InlineData("statements", "id,file,issuer,kind,title,meeting,place,dateStart,dateEnd,datePrecision,signatoriesAsOf,signatoryRole,signatories,sourceUrl", 5)]
    [InlineData("signatories", "statementId,position,shortName,name,englishName,country,late,line,party", 134)]
    [InlineData("parties", "key,name,shortName,country,basis,issuers,appearances,statements", 109)]
    [InlineData("network", "source,target,weight,statements", 2296)]
    public void Every_csv_export_has_its_header_and_one_row_per_item(string table, string header, int rows)
    {
        var (exitCode, stdout, _) = CliRunner.Run("export", table, "--format", "csv");

        Assert.Equal(0, exitCode);
        var (headers, cells) = ReadCsv(stdout);
        Assert.Equal(header, string.Join(",", headers));
        Assert.Equal(rows, cells.Count);
    }

    [Fact]
    public void The_signatories_csv_reads_back_to_the_corpus_signatories_and_their_parties()
    {
        var (_, stdout, _) = CliRunner.Run("export", "signatories", "--format", "csv");

        var (_, rows) = ReadCsv(stdout);
        var read = rows.Select(cells => new Signatory(cells[0]!, Number(cells[1]), cells[2], cells[3]!, cells[4],
            cells[5] is { } code ? Country.FromCode(code) : null, cells[6] switch { "true" => true, "false" => false, var other => throw new FormatException(other) },
            Number(cells[7])));
        Assert.Equal(Corpus.Signatories, read);
        Assert.Equal(Corpus.Signatories.Select(s => Corpus.Parties.PartyOf(s)?.Key), rows.Select(cells => cells[8]));
    }

    [Fact]
    public void The_parties_and_network_csv_read_back_to_their_values()
    {
        var (_, parties, _) = CliRunner.Run("export", "parties", "--format", "csv");
        var (_, network, _) = CliRunner.Run("export", "network", "--format", "csv");

        Assert.Equal(Corpus.Parties.Select(p => (p.Key, p.Name, p.ShortName, p.Country?.Code, PartyJson.BasisLabel(p.Basis),
                string.Join(" ", p.Issuers.Select(i => i.Acronym())), p.Appearances.Count)),
            ReadCsv(parties).Rows.Select(c => (c[0]!, c[1]!, c[2], c[3], c[4]!, c[5]!, Number(c[6]))));
        Assert.Equal(Corpus.CoSignatureNetwork().Select(e => (e.First.Key, e.Second.Key, e.Weight, string.Join(" ", e.StatementIds))),
            ReadCsv(network).Rows.Select(c => (c[0]!, c[1]!, Number(c[2]), c[3]!)));
    }

    [Fact]
    public void Csv_cells_with_commas_quotes_line_breaks_and_formula_marks_read_back_exactly()
    {
        var title = "=SUM(A1), \"quoted\"\nsecond line; -1 +2 @x";
        var statement = StatementParser.Parse("A title\n\nSome body.\n", "hostile.txt") with { Title = title, Meeting = " padded " };

        var csv = ExportCommand.Render(Corpus.With(new[] { statement }), "statements", "csv");

        var row = ReadCsv(csv).Rows[^1];
        Assert.Equal(title, row[4]);
        Assert.Equal(" padded ", row[5]);
    }

    [Fact]
    public void Graph_formats_are_only_for_the_network()
    {
        var (exitCode, _, stderr) = CliRunner.Run("export", "parties", "--format", "dot");

        Assert.Equal(App.UsageErrorExitCode, exitCode);
        Assert.Contains("--format dot is for the network; use json or csv for parties.", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">")]
    [InlineData("dot", "graph \"co-signatures\" {")]
    [InlineData("json", "\"nodes\": [")]
    public void Out_writes_the_same_text_to_a_file(string format, string expected)
    {
        var path = Path.Combine(_folder, "network." + format);

        var (fileExit, stdoutWithFile, _) = CliRunner.Run("export", "network", "--format", format, "--out", path);
        var (_, stdout, _) = CliRunner.Run("export", "network", "--format", format);

        Assert.Equal(0, fileExit);
        Assert.Equal("", stdoutWithFile);
        Assert.Equal(stdout, File.ReadAllText(path));
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_prints_the_strongest_pairs()
    {
        var (exitCode, stdout, _) = CliRunner.Run("network", "--top", "3");

        Assert.Equal(0, exitCode);
        Assert.Equal("""
            Statements  Party  Party
            ----------  -----  ------
                     2  BDP    БКП
                     2  BDP    CPA/ML
                     2  BDP    CPB

            3 of 2296 pairs

            """, stdout);
    }

    [Fact]
    public void Own_statements_join_the_summary_and_their_warnings_go_to_stderr_with_file_and_line()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("summary", "--statements", OwnStatements);

        Assert.Equal(0, exitCode);
        Assert.Contains("\nStatements          7\n", stdout, StringComparison.Ordinal);
        Assert.Contains("ICOR    2024-05-03             Solidarity with the dockers of Piraeus!", stdout, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(OwnStatements, "asturias.txt")}(9,1): warning JST003: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_take_a_file_as_well_as_a_folder()
    {
        var (exitCode, stdout, _) = CliRunner.Run("summary", "--statements", Path.Combine(OwnStatements, "piraeus.txt"));

        Assert.Equal(0, exitCode);
        Assert.Contains("\nStatements          6\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Solidarity with the dockers of Piraeus!", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_alias_tables_join_own_spellings_to_bundled_parties()
    {
        var (_, withoutAliases, _) = CliRunner.Run("export", "parties", "--statements", OwnStatements);
        var (exitCode, withAliases, _) = CliRunner.Run("export", "parties", "--statements", OwnStatements, "--aliases", OwnAliases);

        Assert.Equal(0, exitCode);
        // The rules join the MLPD's English name by its short name and country; the entry makes the join curated.
        Assert.Equal(3, Appearances(withoutAliases, "mlpd"));
        Assert.Equal(3, Appearances(withAliases, "mlpd"));
        Assert.Equal(111, Count(withAliases));
    }

    [Fact]
    public void Parse_links_signatories_to_the_parties_of_bundled_and_own_statements()
    {
        var piraeus = Path.Combine(OwnStatements, "piraeus.txt");

        var (exitCode, stdout, _) = CliRunner.Run("parse", piraeus, "--statements", OwnStatements, "--aliases", OwnAliases);

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(new[] { "mlpd", "kol", "dkp" },
            document.RootElement[0].GetProperty("signatories").EnumerateArray().Select(s => s.GetProperty("party").GetString()));
    }

    [Fact]
    public void A_missing_folder_or_alias_table_fails_the_run_but_the_rest_is_still_shown()
    {
        var missing = Path.Combine(_folder, "missing");

        var (exitCode, stdout, stderr) = CliRunner.Run("network", "--top", "1", "--statements", missing, "--aliases", missing + ".tsv");

        Assert.Equal(1, exitCode);
        Assert.Contains($"jointstatements: {missing}: no such file or folder\n", stderr, StringComparison.Ordinal);
        Assert.Contains($"jointstatements: {missing}.tsv: no such file\n", stderr, StringComparison.Ordinal);
        Assert.EndsWith("1 of 2296 pairs\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundled_statement_given_again_is_left_out_with_a_warning()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Seeds", "001_06bc98f3d293d295.txt"), Path.Combine(_folder, "copy.txt"));

        var (exitCode, stdout, stderr) = CliRunner.Run("--statements", _folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("\nStatements          5\n", stdout, StringComparison.Ordinal);
        Assert.Equal("jointstatements: copy.txt: warning: statement 'icor-2020-01-17-us-imperialism-endangers-world-peace' is already in the corpus; left out\n", stderr);
    }

    private static (IReadOnlyList<string> Headers, List<string?[]> Rows) ReadCsv(string csv)
    {
        // An empty cell is no value, as the export writes it.
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { NullValues = new[] { "" } });
        var rows = new List<string?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetStringOrNull).ToArray());
        return (reader.Headers, rows);
    }

    private static int Number(string? text) => int.Parse(text!, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Appearances(string partiesJson, string key)
    {
        using var document = JsonDocument.Parse(partiesJson);
        return document.RootElement.EnumerateArray().Single(p => p.GetProperty("key").GetString() == key).GetProperty("appearances").GetArrayLength();
    }

    private static int Count(string partiesJson)
    {
        using var document = JsonDocument.Parse(partiesJson);
        return document.RootElement.GetArrayLength();
    }
}
