extern alias generator;

using System.Text;
using JointStatements.Packing;
using GeneratorParser = generator::JointStatements.StatementParser;
using PackedPart = generator::JointStatements.Packing.PackedPart;
using PackedStatementWriter = generator::JointStatements.Packing.PackedStatementWriter;

namespace JointStatements.Tests.Packing;

/// <summary>What the generator packs, the run-time library reads back exactly, one statement at a time, bodies when
/// read (and their data only then) and each name once; anything else it refuses with a <see cref="FormatException"/>.</summary>
public sealed class PackedStatementsTests
{
    // Text UTF-8 cannot hold (lone surrogates), controls, quotes and empty values, as a file may bring them.
    private const string Hostile = "Lone \uD800 high and \uDC00 low ✊🏽 \"quoted\" \\ back\tslash\n\nICOR Resolution, 1 May 2021\n\n"
        + "A paragraph with a lone \uDBFF and \u202Ebidi\u202C.\n\nSignatories:\n1. MLPD Marxistisch-Leninistische Partei \uDFFF Deutschlands\n2. X\n";

    private const string Untitled = "ICOR Resolution\n\nNo title, no date, no list.\n";

    public static IEnumerable<object[]> Files() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Statements"), "*.txt"))
            .Select(path => new object[] { Path.GetRelativePath(AppContext.BaseDirectory, path) });

    [Theory]
    [MemberData(nameof(Files))]
    public void A_packed_statement_reads_back_equal_to_the_run_time_parse(string path)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path));
        var name = Path.GetFileName(path);

        var packed = Pack((text, name));

        Assert.Equal(StatementParser.Parse(text, name), packed.Read(0));
    }

    [Fact]
    public void The_layout_of_a_packed_statement_is_pinned_and_reads_back_equal()
    {
        // The writer (generator) and the reader (library) meet only in this layout: a change to either shows here first.
        var part = PackedBytes((JointStatements.Tests.Robustness.SampleStatement.Text, "piraeus.txt"));

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        JointStatements.Tests.Snapshots.Snapshot.Verify(
            "records:\n" + utf8.GetString(part.Records) + "\nbodies:\n" + utf8.GetString(part.Bodies) + "\n", "PackedLayout");
        Assert.Equal(StatementParser.Parse(JointStatements.Tests.Robustness.SampleStatement.Text, "piraeus.txt"), Read(part).Read(0));
    }

    [Fact]
    public void Text_that_UTF8_cannot_hold_reads_back_exactly_and_the_data_stays_valid_UTF8()
    {
        var part = PackedBytes(("", "empty-values.txt"), (Hostile, "hostile.txt"), (Untitled, "untitled.txt"));
        var packed = Read(part);

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.Equal(part.Records, strict.GetBytes(strict.GetString(part.Records)));
        Assert.Equal(part.Bodies, strict.GetBytes(strict.GetString(part.Bodies)));
        Assert.Equal(3, packed.Count);
        Assert.Equal(StatementParser.Parse(Hostile, "hostile.txt"), packed.Read(1));
        Assert.Equal(StatementParser.Parse(Untitled, "untitled.txt"), packed.Read(2));
        Assert.Equal(StatementParser.Parse("", "empty-values.txt"), packed.Read(0));
    }

    [Fact]
    public void Names_and_countries_are_decoded_once_and_signatories_share_their_statements_id()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "001_06bc98f3d293d295.txt"));
        var packed = Pack((text, "001.txt"), (text, "002.txt"));

        var first = packed.Read(0);
        var second = packed.Read(1);

        Assert.All(first.Signatories, s => Assert.Same(first.Id, s.StatementId));
        Assert.All(first.Signatories.Zip(second.Signatories), pair => Assert.Same(pair.First.Name, pair.Second.Name));
        var france = first.Signatories.Concat(second.Signatories).Where(s => s.Country?.Code == "FR").Select(s => s.Country).ToList();
        Assert.True(france.Count > 2);
        Assert.All(france, c => Assert.Same(france[0], c));
    }

    [Fact]
    public void A_body_is_decoded_when_it_is_first_read()
    {
        const string Plain = "Plain title\n\nICOR Resolution, 1 May 2021\n\nA plain paragraph.\n\nSignatories:\n1. MLPD Partei\n";
        var part = PackedBytes((Plain, "plain.txt"));
        // Damage the body's first text length ("18:A plain paragraph.").
        part.Bodies[part.Bodies.AsSpan().IndexOf("8:A plain paragraph."u8)] = (byte)'X';

        var statement = Read(part).Read(0);

        Assert.Equal(StatementParser.Parse(Plain, "plain.txt").Signatories, statement.Signatories);
        Assert.Throws<FormatException>(() => statement.Body.Count);
    }

    [Fact]
    public void Reading_statements_and_signatories_leaves_the_bodies_data_unread()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "001_06bc98f3d293d295.txt"));
        var part = PackedBytes((text, "001.txt"), (Untitled, "untitled.txt"));
        var bodiesRead = 0;
        var packed = new PackedStatements(() => part.Records, () =>
        {
            bodiesRead++;
            return part.Bodies;
        });

        var statements = Enumerable.Range(0, packed.Count).Select(packed.Read).ToList();

        Assert.Equal(StatementParser.Parse(text, "001.txt").Signatories, statements[0].Signatories);
        Assert.Equal(0, bodiesRead);
        Assert.Equal(StatementParser.Parse(text, "001.txt").Body, statements[0].Body);
        Assert.Equal(1, bodiesRead);
    }

    [Fact]
    public void A_part_without_its_bodies_is_refused()
    {
        var part = PackedBytes((Untitled, "untitled.txt"));

        Assert.Throws<ArgumentException>(() => new PackedStatements(() => part.Records));
    }

    [Fact]
    public void Parts_read_as_one_list_each_statement_at_its_index()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Statements"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Text: File.ReadAllText(path), Name: Path.GetFileName(path))).ToList();

        var parts = PackedStatementWriter.WriteParts(files.Select(f => GeneratorParser.Parse(f.Text, f.Name)).ToList(), partBytes: 4000);
        var packed = new PackedStatements(parts.SelectMany(part => new PackedData[] { () => part.Records, () => part.Bodies }).ToArray());

        Assert.InRange(parts.Count, 4, files.Count - 1);
        Assert.Equal(files.Select(f => StatementParser.Parse(f.Text, f.Name)), Enumerable.Range(0, packed.Count).Select(packed.Read));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("\u4A53\uD800\u0000\uFFFF")]
    public void Characters_hold_two_bytes_each_low_byte_first_on_any_machine(string packed)
    {
        var bytes = PackedStatements.ToBytes(packed);

        Assert.Equal(bytes, PackedStatements.FromChars(() => packed)().ToArray());
        Assert.Equal(packed, new string(Enumerable.Range(0, packed.Length).Select(i => (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8))).ToArray()));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void An_index_outside_the_data_is_out_of_range(int index)
    {
        var packed = Pack((Untitled, "a.txt"), (Untitled, "b.txt"));

        Assert.Throws<ArgumentOutOfRangeException>(() => packed.Read(index));
    }

    [Theory]
    [InlineData("")]
    [InlineData("JSPACK1;1;0;0;00000000")]
    [InlineData("{\"statements\": []}")]
    public void Data_of_another_layout_is_refused(string data)
    {
        var bytes = Encoding.UTF8.GetBytes(data);

        var exception = Assert.Throws<FormatException>(() => new PackedStatements(() => bytes, () => []));

        Assert.Equal("The data is not packed statements of layout JSPACK3 (a newer generator than this library, or not packed statements at all).", exception.Message);
    }

    [Fact]
    public void Cut_or_damaged_data_reads_a_statement_or_throws_a_FormatException_and_nothing_else()
    {
        var part = PackedBytes((Hostile, "hostile.txt"), (Untitled, "untitled.txt"), (Hostile, "again.txt"));
        var replacements = new[] { (byte)'0', (byte)'9', (byte)';', (byte)'~', (byte)':', (byte)'!', (byte)'Z', (byte)0xFF };

        foreach (var (data, rebuild) in new (byte[], Func<byte[], PackedPart>)[] { (part.Records, d => part with { Records = d }), (part.Bodies, d => part with { Bodies = d }) })
        {
            for (var length = 0; length < data.Length; length++) AssertReadsOrRefuses(rebuild(data.AsSpan(0, length).ToArray()));
            for (var position = 0; position < data.Length; position++)
            {
                foreach (var replacement in replacements)
                {
                    var damaged = (byte[])data.Clone();
                    damaged[position] = replacement;
                    AssertReadsOrRefuses(rebuild(damaged));
                }
            }
        }
    }

    private static void AssertReadsOrRefuses(PackedPart part)
    {
        try
        {
            var packed = Read(part);
            for (var index = 0; index < 3; index++)
            {
                try
                {
                    var statement = packed.Read(index);
                    Assert.True(statement.Body.Count >= 0);
                }
                catch (FormatException)
                {
                }
                catch (ArgumentOutOfRangeException exception) when (exception.ParamName == "index")
                {
                }
            }
        }
        catch (FormatException)
        {
        }
    }

    [Fact]
    public void A_web_page_s_address_reads_back()
    {
        var page = GeneratorParser.Parse(Untitled, "page.html") with { SourceUrl = "https://icor.example/en/resolution?id=7" };

        var packed = Read(PackedStatementWriter.Write(new[] { page }.ToList()));

        Assert.Equal("https://icor.example/en/resolution?id=7", packed.Read(0).SourceUrl);
        Assert.Null(Pack((Untitled, "page.txt")).Read(0).SourceUrl);
    }

    private static PackedStatements Pack(params (string Text, string Name)[] files) => Read(PackedBytes(files));

    private static PackedStatements Read(PackedPart part) => new(() => part.Records, () => part.Bodies);

    private static PackedPart PackedBytes(params (string Text, string Name)[] files) =>
        PackedStatementWriter.Write(files.Select(f => GeneratorParser.Parse(f.Text, f.Name)).ToList());
}
