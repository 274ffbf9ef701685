using System.Globalization;
using System.Text.Json;
using CsvHelper;
using JointStatements.Cli;
using JointStatements.Cli.Commands;

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
    [InlineData("signatures", "statementId,dateStart,dateEnd,datePrecision,issuer,kind,title,position,party,partyName,englishName,shortName,country,countryName,late", 134)]
    [InlineData("parties", "key,name,englishName,shortName,country,countryName,basis,issuers,appearances,statements", 109)]
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

        Assert.Equal(Corpus.Parties.Select(p => (p.Key, p.Name, p.EnglishName, p.ShortName, p.Country?.Code, p.Country?.Name, PartyJson.BasisLabel(p.Basis),
                string.Join(" ", p.Issuers.Select(i => i.Acronym())), p.Appearances.Count)),
            ReadCsv(parties).Rows.Select(c => (c[0]!, c[1]!, c[2], c[3], c[4], c[5], c[6]!, c[7]!, Number(c[8]))));
        Assert.Equal(Corpus.CoSignatureNetwork().Select(e => (e.First.Key, e.Second.Key, e.Weight, string.Join(" ", e.StatementIds))),
            ReadCsv(network).Rows.Select(c => (c[0]!, c[1]!, Number(c[2]), c[3]!)));
    }

    [Fact]
    public void The_signatures_csv_has_a_row_per_signature_with_its_statement_party_and_country_in_English()
    {
        var (_, stdout, _) = CliRunner.Run("export", "signatures", "--format", "csv");

        var (headers, rows) = ReadCsv(stdout);
        var expected = Corpus.Statements.SelectMany(statement => statement.Signatories.Select(signatory => (statement, signatory, party: Corpus.Parties.PartyOf(signatory)!)))
            .Select(s => new[]
            {
                s.statement.Id, s.statement.Date is { } date ? date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                s.statement.Date?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.statement.Date?.Precision.ToString(),
                s.statement.Issuer?.Acronym(), s.statement.Kind.ToString(), s.statement.Title, s.signatory.Position.ToString(CultureInfo.InvariantCulture),
                s.party.Key, s.party.Name, s.party.EnglishName, s.party.ShortName,
                (s.signatory.Country ?? s.party.Country)?.Code, (s.signatory.Country ?? s.party.Country)?.Name, s.signatory.IsLate ? "true" : "false",
            });
        Assert.Equal(expected, rows);
        var bulgarian = rows.First(cells => cells[8] == "bkp");
        Assert.Equal(("Bulgarian Communist Party", "Bulgaria"), (bulgarian[10], bulgarian[13]));
    }

    [Theory]
    [InlineData("signatures")]
    [InlineData("parties")]
    public void A_csv_starts_with_a_UTF_8_byte_order_mark_in_a_file_and_on_stdout_unless_no_bom(string table)
    {
        var path = Path.Combine(_folder, table + ".csv");

        CliRunner.Run("export", table, "--format", "csv", "--out", path);
        var (_, stdout, _) = CliRunner.Run("export", table, "--format", "csv");
        var (_, withoutBom, _) = CliRunner.Run("export", table, "--format", "csv", "--no-bom");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(path)[..3]);
        Assert.Equal('\uFEFF', stdout[0]);
        Assert.Equal(stdout[1..], withoutBom);
        Assert.StartsWith(table == "parties" ? "key," : "statementId,", withoutBom, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_signatures_parquet_file_reads_back_to_the_csv_values_with_their_types()
    {
        var path = Path.Combine(_folder, "signatures.parquet");

        var (exitCode, stdout, _) = CliRunner.Run("export", "signatures", "--format", "parquet", "--out", path);
        var (_, csv, _) = CliRunner.Run("export", "signatures", "--format", "csv", "--no-bom");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stdout);
        var (headers, rows) = ReadCsv(csv);
        var columns = await ReadParquet(path);
        Assert.Equal(headers, columns.Select(c => c.Name));
        Assert.Equal(new[] { typeof(string), typeof(DateTime), typeof(DateTime), typeof(string), typeof(string), typeof(string), typeof(string), typeof(int),
            typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(bool) }, columns.Select(c => c.Type));
        for (var i = 0; i < headers.Count; i++)
        {
            Assert.Equal(rows.Select(cells => cells[i]), columns[i].Values.Select(Cell));
        }
    }

    [Theory]
    [InlineData("statements")]
    [InlineData("signatories")]
    [InlineData("parties")]
    [InlineData("network")]
    public async System.Threading.Tasks.Task Every_table_exports_to_parquet_with_the_csv_s_columns_and_rows(string table)
    {
        var path = Path.Combine(_folder, table + ".parquet");

        CliRunner.Run("export", table, "--format", "parquet", "--out", path);
        var (_, csv, _) = CliRunner.Run("export", table, "--format", "csv", "--no-bom");

        var (headers, rows) = ReadCsv(csv);
        var columns = await ReadParquet(path);
        Assert.Equal(headers, columns.Select(c => c.Name));
        Assert.Equal(rows.Select(cells => string.Join("|", cells)), Enumerable.Range(0, rows.Count).Select(r => string.Join("|", columns.Select(c => Cell(c.Values[r])))));
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
        Assert.Contains("--format dot is for the network; use json, csv or parquet for parties.", stderr, StringComparison.Ordinal);
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
    public void Network_with_an_issuer_counts_only_the_pairs_of_its_statements()
    {
        var (exitCode, stdout, _) = CliRunner.Run("network", "--issuer", "icmlpo", "--top", "1");

        Assert.Equal(0, exitCode);
        // The ICMLPO's one statement with signatories has 16: 16 × 15 / 2 pairs.
        Assert.EndsWith("1 of 120 pairs\n", stdout, StringComparison.Ordinal);
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
    public void A_bundled_statement_given_again_is_left_out_with_the_build_s_warning()
    {
        var copy = Path.Combine(_folder, "copy.txt");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Seeds", "001_06bc98f3d293d295.txt"), copy);

        var (exitCode, stdout, stderr) = CliRunner.Run("--statements", _folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("\nStatements          5\n", stdout, StringComparison.Ordinal);
        Assert.Equal($"{copy}: warning JST022: 'copy.txt' holds the same statement as '001_06bc98f3d293d295.txt' "
            + "(id 'icor-2020-01-17-us-imperialism-endangers-world-peace'); this copy was left out, so its signatures are not counted twice\n", stderr);
    }

    [Fact]
    public void A_different_statement_under_a_bundled_id_is_renumbered_as_the_build_renumbers_it()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "001_06bc98f3d293d295.txt"));
        var changed = Path.Combine(_folder, "changed.txt");
        File.WriteAllText(changed, seed.Replace("MLPD", "MLPD-X", StringComparison.Ordinal));

        var (exitCode, stdout, stderr) = CliRunner.Run("export", "statements", "--statements", _folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("icor-2020-01-17-us-imperialism-endangers-world-peace-2", StatementJson.Deserialize(stdout).Select(s => s.Id));
        Assert.Contains($"{changed}: warning JST007: ", stderr, StringComparison.Ordinal);
    }

    private static (IReadOnlyList<string> Headers, List<string?[]> Rows) ReadCsv(string csv)
    {
        if (csv.StartsWith('\uFEFF')) csv = csv[1..];
        // An empty cell is no value, as the export writes it.
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { NullValues = new[] { "" } });
        var rows = new List<string?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetStringOrNull).ToArray());
        return (reader.Headers, rows);
    }

    private sealed record ParquetColumn(string Name, Type Type, object?[] Values);

    // Read with Parquet.Net's own reader: every column of the one row group, with the .NET type its schema gives.
    private static async System.Threading.Tasks.Task<List<ParquetColumn>> ReadParquet(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
        Assert.Equal(1, reader.RowGroupCount);
        using var rowGroup = reader.OpenRowGroupReader(0);
        var rows = (int)rowGroup.RowCount;
        var columns = new List<ParquetColumn>();
        foreach (var field in reader.Schema.GetDataFields())
        {
            object?[] values;
            if (IsText(field))
            {
                var strings = new string?[rows];
                await rowGroup.ReadAsync(field, strings.AsMemory()!);
                values = strings;
            }
            else if (field.ClrType == typeof(int)) values = await Read<int>(rowGroup, field, rows);
            else if (field.ClrType == typeof(bool)) values = await Read<bool>(rowGroup, field, rows);
            else values = await Read<DateTime>(rowGroup, field, rows);
            columns.Add(new ParquetColumn(field.Name, IsText(field) ? typeof(string) : field.ClrType, values));
        }
        return columns;
    }

    // Parquet.Net gives a text column's type as ReadOnlyMemory<char>, and reads it as strings too.
    private static bool IsText(Parquet.Schema.DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static async System.Threading.Tasks.Task<object?[]> Read<T>(Parquet.ParquetRowGroupReader rowGroup, Parquet.Schema.DataField field, int rows) where T : struct
    {
        var values = new T?[rows];
        await rowGroup.ReadAsync<T>(field, values.AsMemory());
        return values.Select(v => (object?)v).ToArray();
    }

    // A Parquet value as the CSV writes it.
    private static string? Cell(object? value) => value switch
    {
        null => null,
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateTime day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => (string)other,
    };

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
