using System.Globalization;
using System.Text;
using System.Text.Json;

namespace JointStatements.Tests.Export;

public sealed class StatementJsonTests
{
    private const string StatementId = "icor-2020-01-17-peace";

    [Fact]
    public void Serialize_writes_the_schema_fields_in_order_then_the_rest_of_the_model()
    {
        var json = StatementJson.Serialize(SmallStatement());

        Assert.Equal(
            """
            {
              "id": "icor-2020-01-17-peace",
              "file": "001_peace.txt",
              "issuer": "ICOR",
              "kind": "Resolution",
              "title": "Peace now!",
              "meeting": null,
              "place": "Izmir, Turkey",
              "date": {
                "start": "2020-01-17",
                "end": "2020-01-19",
                "precision": "Day"
              },
              "signatoriesAsOf": "2020-01-16",
              "signatoryRole": "Signatory",
              "signatories": [
                {
                  "position": 1,
                  "shortName": "MLPD",
                  "name": "Marxistisch-Leninistische Partei Deutschlands",
                  "englishName": "Marxist-Leninist Party of Germany",
                  "country": "DE",
                  "late": false,
                  "line": 12
                },
                {
                  "position": 2,
                  "shortName": null,
                  "name": "Workers' Party",
                  "englishName": null,
                  "country": null,
                  "late": true,
                  "line": 14
                }
              ],
              "boilerplate": [
                "Personal tools"
              ],
              "body": [
                {
                  "kind": "Paragraph",
                  "text": "We call for peace.",
                  "line": 5
                },
                {
                  "kind": "Slogan",
                  "text": "Peace now!",
                  "line": 9
                }
              ],
              "unplaced": [
                {
                  "text": "???",
                  "line": 7
                }
              ],
              "lines": {
                "title": 3,
                "issuer": null,
                "kind": 3,
                "meeting": null,
                "place": 4,
                "date": 4,
                "signatoriesAsOf": 11,
                "signatoryRole": 11
              },
              "boilerplateLines": [
                1
              ],
              "sourceUrl": "https://icor.example/en/peace"
            }
            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Serialize_writes_absent_values_as_null_and_empty_lists_as_empty_arrays()
    {
        var json = StatementJson.Serialize(EmptyStatement("untitled", "000_untitled.txt"));

        Assert.Equal(
            """
            {
              "id": "untitled",
              "file": "000_untitled.txt",
              "issuer": null,
              "kind": "Statement",
              "title": null,
              "meeting": null,
              "place": null,
              "date": null,
              "signatoriesAsOf": null,
              "signatoryRole": null,
              "signatories": [],
              "boilerplate": [],
              "body": [],
              "unplaced": [],
              "lines": {
                "title": null,
                "issuer": null,
                "kind": null,
                "meeting": null,
                "place": null,
                "date": null,
                "signatoriesAsOf": null,
                "signatoryRole": null
              },
              "boilerplateLines": [],
              "sourceUrl": null
            }
            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Serialize_of_several_statements_is_one_array_in_the_order_given()
    {
        var json = StatementJson.Serialize(new[] { EmptyStatement("b", "b.txt"), EmptyStatement("a", "a.txt") });

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Collection(
            document.RootElement.EnumerateArray(),
            statement => Assert.Equal("b", statement.GetProperty("id").GetString()),
            statement => Assert.Equal("a", statement.GetProperty("id").GetString()));
        Assert.Equal("[]", StatementJson.Serialize(Array.Empty<Statement>()));
    }

    [Fact]
    public void Write_puts_the_same_text_on_a_stream_as_utf8_without_a_byte_order_mark()
    {
        var statements = new[] { SmallStatement(), WithTitle(EmptyStatement("x", "x.txt"), "Türkiye Komünist Partisi") };
        using var stream = new MemoryStream();

        StatementJson.Write(stream, statements);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetBytes(StatementJson.Serialize(statements)), bytes);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Theory]
    [InlineData("Türkiye Komünist Partisi")]
    [InlineData("Коммунистическая партия Российской Федерации")]
    [InlineData("الحزب الشيوعي السوداني")]
    [InlineData("日本共产党")]
    [InlineData("Κομμουνιστικό Κόμμα Ελλάδας")]
    [InlineData("Workers' Party & <Friends>")]
    public void Serialize_writes_names_in_any_script_as_themselves(string name)
    {
        var json = StatementJson.Serialize(WithTitle(EmptyStatement("x", "x.txt"), name));

        Assert.Contains($"\"title\": \"{name}\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_escapes_quotes_backslashes_and_control_characters()
    {
        var title = "He said \"no\" \\ then\ttab\nnewline\u0001bell\u001F";

        var json = StatementJson.Serialize(WithTitle(EmptyStatement("x", "x.txt"), title));

        Assert.Contains(
            "\"title\": \"He said \\\"no\\\" \\\\ then\\ttab\\nnewline\\u0001bell\\u001F\"",
            json,
            StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(title, document.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Serialize_gives_the_same_text_whatever_the_current_culture(string cultureName)
    {
        var culture = SpecificCulture(cultureName);
        var statements = new[] { SmallStatement(), WithTitle(EmptyStatement("i", "i.txt"), "Işçi Partisi") };
        var expected = StatementJson.Serialize(statements);
        var original = CultureInfo.CurrentCulture;
        string actual;
        try
        {
            CultureInfo.CurrentCulture = culture;
            actual = StatementJson.Serialize(statements);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.Equal(expected, actual);
        Assert.Contains("\"start\": \"2020-01-17\"", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialized_text_parses_back_to_the_same_field_values()
    {
        var statement = SmallStatement();

        using var document = JsonDocument.Parse(StatementJson.Serialize(statement));

        var root = document.RootElement;
        Assert.Equal(statement.Id, root.GetProperty("id").GetString());
        Assert.Equal(statement.SourceFile, root.GetProperty("file").GetString());
        Assert.Equal("ICOR", root.GetProperty("issuer").GetString());
        Assert.Equal(statement.Kind.ToString(), root.GetProperty("kind").GetString());
        Assert.Equal(statement.Title, root.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("meeting").ValueKind);
        Assert.Equal(statement.Place, root.GetProperty("place").GetString());
        var date = root.GetProperty("date");
        Assert.Equal(statement.Date!.Start, ParseDay(date.GetProperty("start").GetString()));
        Assert.Equal(statement.Date.End, ParseDay(date.GetProperty("end").GetString()));
        Assert.Equal(statement.Date.Precision.ToString(), date.GetProperty("precision").GetString());
        Assert.Equal(statement.SignatoriesAsOf, ParseDay(root.GetProperty("signatoriesAsOf").GetString()));
        Assert.Equal(statement.SignatoryRole.ToString(), root.GetProperty("signatoryRole").GetString());

        var signatories = root.GetProperty("signatories").EnumerateArray().ToList();
        Assert.Equal(statement.Signatories.Count, signatories.Count);
        foreach (var (expected, actual) in statement.Signatories.Zip(signatories))
        {
            Assert.Equal(expected.Position, actual.GetProperty("position").GetInt32());
            Assert.Equal(expected.ShortName, actual.GetProperty("shortName").GetString());
            Assert.Equal(expected.Name, actual.GetProperty("name").GetString());
            Assert.Equal(expected.EnglishName, actual.GetProperty("englishName").GetString());
            Assert.Equal(expected.Country?.Code, actual.GetProperty("country").GetString());
            Assert.Equal(expected.IsLate, actual.GetProperty("late").GetBoolean());
            Assert.Equal(expected.Line, actual.GetProperty("line").GetInt32());
        }

        Assert.Equal(statement.Boilerplate.Select(line => line.Text), root.GetProperty("boilerplate").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(statement.Boilerplate.Select(line => line.Line), root.GetProperty("boilerplateLines").EnumerateArray().Select(item => item.GetInt32()));
        Assert.Equal(
            statement.Body,
            root.GetProperty("body").EnumerateArray().Select(block => new BodyBlock(
                Enum.Parse<BodyBlockKind>(block.GetProperty("kind").GetString()!),
                block.GetProperty("text").GetString()!,
                block.GetProperty("line").GetInt32())));
        Assert.Equal(
            statement.Unplaced,
            root.GetProperty("unplaced").EnumerateArray().Select(line => new TextLine(line.GetProperty("text").GetString()!, line.GetProperty("line").GetInt32())));
        var lines = root.GetProperty("lines");
        Assert.Equal(
            statement.Lines,
            new StatementLines(
                LineOrNull(lines, "title"),
                LineOrNull(lines, "issuer"),
                LineOrNull(lines, "kind"),
                LineOrNull(lines, "meeting"),
                LineOrNull(lines, "place"),
                LineOrNull(lines, "date"),
                LineOrNull(lines, "signatoriesAsOf"),
                LineOrNull(lines, "signatoryRole")));
        Assert.False(root.TryGetProperty("notes", out _));
    }

    private static Statement SmallStatement() => new(
        Id: StatementId,
        SourceFile: "001_peace.txt",
        Issuer: Issuer.Icor,
        Kind: StatementKind.Resolution,
        Title: "Peace now!",
        Meeting: null,
        Place: "Izmir, Turkey",
        Date: new DateSpan(new DateTime(2020, 1, 17), new DateTime(2020, 1, 19), DatePrecision.Day),
        SignatoriesAsOf: new DateTime(2020, 1, 16),
        SignatoryRole: SignatoryRole.Signatory,
        Signatories: new ValueList<Signatory>(new[]
        {
            new Signatory(StatementId, 1, "MLPD", "Marxistisch-Leninistische Partei Deutschlands", "Marxist-Leninist Party of Germany", new Country("DE", "Germany"), IsLate: false, Line: 12),
            new Signatory(StatementId, 2, null, "Workers' Party", null, null, IsLate: true, Line: 14),
        }),
        Body: new ValueList<BodyBlock>(new[]
        {
            new BodyBlock(BodyBlockKind.Paragraph, "We call for peace.", 5),
            new BodyBlock(BodyBlockKind.Slogan, "Peace now!", 9),
        }),
        Boilerplate: new ValueList<TextLine>(new[] { new TextLine("Personal tools", 1) }),
        Unplaced: new ValueList<TextLine>(new[] { new TextLine("???", 7) }),
        Lines: new StatementLines(Title: 3, Issuer: null, Kind: 3, Meeting: null, Place: 4, Date: 4, SignatoriesAsOf: 11, SignatoryRole: 11),
        SourceUrl: "https://icor.example/en/peace");

    private static ValueList<T> EmptyList<T>() => new(Array.Empty<T>());

    private static Statement EmptyStatement(string id, string file) => new(
        id, file, null, StatementKind.Statement, null, null, null, null, null, null,
        EmptyList<Signatory>(), EmptyList<BodyBlock>(), EmptyList<TextLine>(), EmptyList<TextLine>(),
        new StatementLines(null, null, null, null, null, null, null, null));

    private static Statement WithTitle(Statement statement, string title) => statement with { Title = title };

    private static DateTime ParseDay(string? text) => DateTime.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? LineOrNull(JsonElement lines, string name) =>
        lines.GetProperty(name) is { ValueKind: JsonValueKind.Number } line ? line.GetInt32() : null;

    private static CultureInfo SpecificCulture(string name)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException exception)
        {
            throw new InvalidOperationException(
                $"Culture {name} is unavailable: the test project must run with InvariantGlobalization=false (and ICU installed).", exception);
        }
        // The culture must really differ where it could matter (ar-SA counts years in its own calendar, tr-TR upper-cases
        // i to İ), or the test would pass without testing anything.
        Assert.True(
            !string.Equals(new DateTime(2020, 1, 17).ToString("yyyy-MM-dd", culture), "2020-01-17", StringComparison.Ordinal)
            || !string.Equals("i".ToUpper(culture), "I", StringComparison.Ordinal),
            $"Culture {name} formats and cases like the invariant culture.");
        return culture;
    }
}
