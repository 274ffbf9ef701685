using System.Text;
using System.Text.Json;
using JointStatements.Tests.Parsing;

namespace JointStatements.Tests.Export;

/// <summary>The JSON export reads back to the same statements, value for value.</summary>
public sealed class StatementJsonRoundTripTests
{
    [Fact]
    public void The_bundled_corpus_reads_back_equal()
    {
        var json = StatementJson.Serialize(Corpus.Statements);

        var read = StatementJson.Deserialize(json);

        Assert.Equal(Corpus.Statements.ToList(), read);
        Assert.Equal(json, StatementJson.Serialize(read));
    }

    [Fact]
    public void Every_generalisation_statement_reads_back_equal()
    {
        var statements = StatementFixtures.Names.Select(name => StatementParser.Parse(StatementFixtures.Read(name), name)).ToList();

        Assert.Equal(statements, StatementJson.Deserialize(StatementJson.Serialize(statements)));
    }

    [Fact]
    public void The_export_with_party_keys_and_a_stream_read_back_equal()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(StatementJson.Serialize(Corpus.Statements, Corpus.Parties)));

        Assert.Equal(Corpus.Statements.ToList(), StatementJson.Read(stream));
    }

    [Fact]
    public void Hostile_text_reads_back_exactly()
    {
        const string Hostile = "\"quotes\" \\ back\\slash </script> \u0000 \u001f \u2028 \u202e bidi \ud83d\ude00 surrogate pair";
        var statement = StatementParser.Parse("A title\n\nSome body.\n\nSignatories:\n1. ABC Some Party, Germany\n", "hostile.txt") with
        {
            Title = Hostile,
            Place = Hostile,
            Body = new ValueList<BodyBlock>(new[] { new BodyBlock(BodyBlockKind.Slogan, Hostile, 3) }),
            Unplaced = new ValueList<TextLine>(new[] { new TextLine(Hostile, 9) }),
            Boilerplate = new ValueList<TextLine>(new[] { new TextLine(Hostile, 1), new TextLine("", 2) }),
        };

        var read = Assert.Single(StatementJson.Deserialize(StatementJson.Serialize(new[] { statement })));

        Assert.Equal(statement, read);
    }

    [Fact]
    public void A_web_page_s_address_reads_back_and_an_export_without_one_reads_as_unknown()
    {
        var statement = StatementParser.Parse("A title\n\nSome body.\n", "page.html") with { SourceUrl = "https://icor.example/en/a?b=c" };
        var json = StatementJson.Serialize(new[] { statement });
        var older = json.Replace(",\n    \"sourceUrl\": \"https://icor.example/en/a?b=c\"", "", StringComparison.Ordinal);

        Assert.Equal(statement, Assert.Single(StatementJson.Deserialize(json)));
        Assert.DoesNotContain("sourceUrl", older, StringComparison.Ordinal);
        Assert.Null(Assert.Single(StatementJson.Deserialize(older)).SourceUrl);
    }

    [Fact]
    public void A_lone_surrogate_reads_back_as_the_replacement_character_as_UTF_8_cannot_hold_it()
    {
        var statement = StatementParser.Parse("A title\n\nSome body.\n", "lone.txt") with { Title = "half \ud800 a pair" };

        var read = Assert.Single(StatementJson.Deserialize(StatementJson.Serialize(new[] { statement })));

        Assert.Equal("half \ufffd a pair", read.Title);
    }

    [Theory]
    [InlineData("{}", "Expected the statements as a JSON array.")]
    [InlineData("[1]", "statement 1: expected a JSON object.")]
    [InlineData("""[{"id": "x"}]""", "statement 1: 'boilerplate' is missing.")]
    public void Input_that_is_not_the_export_shape_names_the_place(string json, string message)
    {
        var exception = Assert.Throws<JsonException>(() => StatementJson.Deserialize(json));

        Assert.Equal(message, exception.Message);
    }

    [Theory]
    [InlineData("\"kind\": \"Resolution\"", "\"kind\": \"1\"", "statement 2: 'kind' '1' is not a StatementKind.")]
    [InlineData("\"issuer\": \"ICOR\"", "\"issuer\": \"XYZ\"", "statement 2: 'issuer' 'XYZ' is not an issuer acronym.")]
    [InlineData("\"start\": \"2020-01-17\"", "\"start\": \"17.01.2020\"", "statement 2.date: 'start' '17.01.2020' is not a yyyy-MM-dd date.")]
    [InlineData("\"country\": \"DE\"", "\"country\": \"ZZ\"", "statement 2.signatories[13]: 'country' 'ZZ' is not an ISO 3166-1 alpha-2 code.")]
    [InlineData("\"late\": false", "\"late\": 0", "statement 2.signatories[0]: 'late' is not true or false.")]
    public void A_wrong_value_names_the_statement_and_the_field(string written, string replacement, string message)
    {
        var json = StatementJson.Serialize(Corpus.Statements);
        var second = json.IndexOf("\"id\": \"icor-2020-01-17", StringComparison.Ordinal);
        var at = json.IndexOf(written, second, StringComparison.Ordinal);
        var broken = string.Concat(json.AsSpan(0, at), replacement, json.AsSpan(at + written.Length));

        var exception = Assert.Throws<JsonException>(() => StatementJson.Deserialize(broken));

        Assert.Equal(message, exception.Message);
    }
}
