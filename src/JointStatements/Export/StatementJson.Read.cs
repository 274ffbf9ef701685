using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace JointStatements;

public static partial class StatementJson
{
    /// <summary>Reads statements back from the JSON <see cref="Serialize(IEnumerable{Statement})"/> writes: the result
    /// equals the statements that were written, value for value (a signatory's <c>party</c> key, if present, is ignored).
    /// The one loss is text UTF-8 cannot hold: a lone surrogate is written, and so read back, as U+FFFD.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not JSON, or not an array of statements in the export's shape; the
    /// message names the statement and the field.</exception>
    public static IReadOnlyList<Statement> Deserialize(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        using var document = JsonDocument.Parse(json);
        return ReadArray(document.RootElement);
    }

    /// <summary>Reads statements from a stream of UTF-8 JSON, as <see cref="Deserialize"/> does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not an array of statements in the export's shape.</exception>
    public static IReadOnlyList<Statement> Read(Stream stream)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using var document = JsonDocument.Parse(stream);
        return ReadArray(document.RootElement);
    }

    private static ValueList<Statement> ReadArray(JsonElement root)
    {
        var statements = new List<Statement>();
        foreach (var element in Items(root, "the statements"))
        {
            statements.Add(ReadStatement(new JsonFields(element, "statement " + (statements.Count + 1).ToString(CultureInfo.InvariantCulture))));
        }
        return new ValueList<Statement>(statements);
    }

    private static Statement ReadStatement(JsonFields fields)
    {
        var id = fields.String("id");
        var boilerplate = fields.List("boilerplate", (item, _) => item.GetString() ?? throw fields.Invalid("boilerplate", "holds a null"));
        var boilerplateLines = fields.List("boilerplateLines", (item, _) => item.GetInt32());
        if (boilerplateLines.Count != boilerplate.Count) throw fields.Invalid("boilerplateLines", "does not have one line per boilerplate entry");
        var lines = fields.Object("lines");
        return new Statement(
            id,
            fields.String("file"),
            fields.NullableString("issuer") is { } acronym
                ? IssuerNames.FromAcronym(acronym) ?? throw fields.Invalid("issuer", $"'{acronym}' is not an issuer acronym")
                : null,
            fields.Enum<StatementKind>("kind"),
            fields.NullableString("title"),
            fields.NullableString("meeting"),
            fields.NullableString("place"),
            fields.NullableObject("date") is { } date
                ? new DateSpan(date.Day("start"), date.Day("end"), date.Enum<DatePrecision>("precision"))
                : null,
            fields.NullableDay("signatoriesAsOf"),
            fields.NullableString("signatoryRole") is null ? null : fields.Enum<SignatoryRole>("signatoryRole"),
            new ValueList<Signatory>(fields.List("signatories", (item, path) => ReadSignatory(new JsonFields(item, path), id))),
            new ValueList<BodyBlock>(fields.List("body", (item, path) =>
            {
                var block = new JsonFields(item, path);
                return new BodyBlock(block.Enum<BodyBlockKind>("kind"), block.String("text"), block.Int("line"));
            })),
            new ValueList<TextLine>(ZipLines(boilerplate, boilerplateLines)),
            new ValueList<TextLine>(fields.List("unplaced", (item, path) =>
            {
                var line = new JsonFields(item, path);
                return new TextLine(line.String("text"), line.Int("line"));
            })),
            new StatementLines(lines.NullableInt("title"), lines.NullableInt("issuer"), lines.NullableInt("kind"), lines.NullableInt("meeting"),
                lines.NullableInt("place"), lines.NullableInt("date"), lines.NullableInt("signatoriesAsOf"), lines.NullableInt("signatoryRole")),
            // Exports written before statements had addresses have no sourceUrl: the address is then not known.
            fields.Has("sourceUrl") ? fields.NullableString("sourceUrl") : null);
    }

    private static Signatory ReadSignatory(JsonFields fields, string statementId) => new(
        statementId,
        fields.Int("position"),
        fields.NullableString("shortName"),
        fields.String("name"),
        fields.NullableString("englishName"),
        fields.NullableString("country") is { } code
            ? Country.TryFromCode(code) ?? throw fields.Invalid("country", $"'{code}' is not an ISO 3166-1 alpha-2 code")
            : null,
        fields.Bool("late"),
        fields.Int("line"));

    private static IEnumerable<TextLine> ZipLines(List<string> texts, List<int> lines)
    {
        for (var i = 0; i < texts.Count; i++) yield return new TextLine(texts[i], lines[i]);
    }

    private static JsonElement.ArrayEnumerator Items(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw new JsonException($"Expected {what} as a JSON array.");

    /// <summary>The fields of one JSON object, read strictly: a missing field or a value of the wrong kind is a
    /// <see cref="JsonException"/> that names the object and the field.</summary>
    private readonly struct JsonFields
    {
        private readonly JsonElement _element;
        private readonly string _path;

        public JsonFields(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object) throw new JsonException($"{path}: expected a JSON object.");
            _element = element;
            _path = path;
        }

        public string String(string name) => NullableString(name) ?? throw Invalid(name, "is null");

        public string? NullableString(string name)
        {
            var value = Field(name);
            return value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                _ => throw Invalid(name, "is not a string"),
            };
        }

        public int Int(string name) => NullableInt(name) ?? throw Invalid(name, "is null");

        public int? NullableInt(string name)
        {
            var value = Field(name);
            if (value.ValueKind == JsonValueKind.Null) return null;
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw Invalid(name, "is not a whole number");
        }

        public bool Bool(string name) => Field(name).ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(name, "is not true or false"),
        };

        public DateTime Day(string name) => NullableDay(name) ?? throw Invalid(name, "is null");

        public DateTime? NullableDay(string name) => NullableString(name) is { } text
            ? DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw Invalid(name, $"'{text}' is not a yyyy-MM-dd date")
            : null;

        public TEnum Enum<TEnum>(string name) where TEnum : struct
        {
            var text = String(name);
            // By name only: TryParse alone would also take numbers and comma lists.
            return System.Enum.IsDefined(typeof(TEnum), text) && System.Enum.TryParse<TEnum>(text, out var value)
                ? value
                : throw Invalid(name, $"'{text}' is not a {typeof(TEnum).Name}");
        }

        public JsonFields Object(string name) => NullableObject(name) ?? throw Invalid(name, "is null");

        public JsonFields? NullableObject(string name)
        {
            var value = Field(name);
            return value.ValueKind == JsonValueKind.Null ? null : new JsonFields(value, _path + "." + name);
        }

        public List<T> List<T>(string name, Func<JsonElement, string, T> read)
        {
            var items = new List<T>();
            var value = Field(name);
            if (value.ValueKind != JsonValueKind.Array) throw Invalid(name, "is not an array");
            foreach (var item in value.EnumerateArray())
            {
                try
                {
                    items.Add(read(item, _path + "." + name + "[" + items.Count.ToString(CultureInfo.InvariantCulture) + "]"));
                }
                catch (Exception exception) when (exception is InvalidOperationException or FormatException)
                {
                    // JsonElement's own getters throw these on a value of the wrong kind or size.
                    throw Invalid(name, "holds a value of the wrong kind: " + exception.Message);
                }
            }
            return items;
        }

        public bool Has(string name) => _element.TryGetProperty(name, out _);

        public JsonException Invalid(string name, string problem) => new($"{_path}: '{name}' {problem}.");

        private JsonElement Field(string name) =>
            _element.TryGetProperty(name, out var value) ? value : throw new JsonException($"{_path}: '{name}' is missing.");
    }
}
