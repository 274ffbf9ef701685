using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JointStatements;

/// <summary>Writes statements as JSON: the fields and shapes of the expected-parse files, plus the rest of the model.</summary>
/// <remarks>
/// <para>Each statement is one object with, in this order: <c>id</c>; <c>file</c>, <c>issuer</c> (<c>ICOR</c>, <c>ICMLPO</c>,
/// <c>IMCWP</c> or <see langword="null"/>), <c>kind</c>, <c>title</c>, <c>meeting</c>, <c>place</c>, <c>date</c>
/// (<c>{ "start", "end", "precision" }</c> or <see langword="null"/>), <c>signatoriesAsOf</c>, <c>signatoryRole</c>,
/// <c>signatories</c> and <c>boilerplate</c> (an array of strings); then <c>body</c>, <c>unplaced</c>, <c>lines</c>
/// (the line each value was read from), <c>boilerplateLines</c> (the line of each <c>boilerplate</c> entry) and
/// <c>sourceUrl</c> (the web page's address, or <see langword="null"/> where it is not known).</para>
/// <para>Dates are <c>yyyy-MM-dd</c>, enums are written by name, lines end with <c>\n</c>, and non-ASCII letters are written
/// as themselves rather than as <c>\u</c> escapes. The output is UTF-8 without a byte order mark and is the same
/// whatever the current culture.</para>
/// </remarks>
public static partial class StatementJson
{
    /// <summary>The statements as one JSON array, in the order given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statements"/> is <see langword="null"/>.</exception>
    public static string Serialize(IEnumerable<Statement> statements)
    {
        if (statements is null) throw new ArgumentNullException(nameof(statements));
        return JsonText.Write(writer => WriteArray(writer, statements, partyOf: null));
    }

    /// <summary>The statements as one JSON array, each signatory also with <c>party</c>: the <see cref="Party.Key"/> of
    /// the party <paramref name="parties"/> joins it to (<see cref="PartyCollection.PartyOf"/>), or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statements"/> or <paramref name="parties"/> is <see langword="null"/>.</exception>
    public static string Serialize(IEnumerable<Statement> statements, PartyCollection parties)
    {
        if (statements is null) throw new ArgumentNullException(nameof(statements));
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        return JsonText.Write(writer => WriteArray(writer, statements, parties.PartyOf));
    }

    /// <summary>One statement as a JSON object.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is <see langword="null"/>.</exception>
    public static string Serialize(Statement statement)
    {
        if (statement is null) throw new ArgumentNullException(nameof(statement));
        return JsonText.Write(writer => WriteStatement(writer, statement, partyOf: null));
    }

    /// <summary>Writes the statements to <paramref name="stream"/> as one JSON array of UTF-8 text, in the order given;
    /// the bytes are those of <see cref="Serialize(IEnumerable{Statement})"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="statements"/> is <see langword="null"/>.</exception>
    public static void Write(Stream stream, IEnumerable<Statement> statements)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (statements is null) throw new ArgumentNullException(nameof(statements));
        using var writer = JsonText.Writer(stream);
        WriteArray(writer, statements, partyOf: null);
    }

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable<Statement> statements, Func<Signatory, Party?>? partyOf)
    {
        writer.WriteStartArray();
        foreach (var statement in statements)
        {
            WriteStatement(writer, statement ?? throw new ArgumentException("The statements include a null.", nameof(statements)), partyOf);
        }
        writer.WriteEndArray();
    }

    private static void WriteStatement(Utf8JsonWriter writer, Statement statement, Func<Signatory, Party?>? partyOf)
    {
        writer.WriteStartObject();
        writer.WriteString("id", statement.Id);
        writer.WriteString("file", statement.SourceFile);
        writer.WriteNullableString("issuer", statement.Issuer?.Acronym());
        writer.WriteString("kind", statement.Kind.ToString());
        writer.WriteNullableString("title", statement.Title);
        writer.WriteNullableString("meeting", statement.Meeting);
        writer.WriteNullableString("place", statement.Place);
        WriteDate(writer, statement.Date);
        writer.WriteNullableString("signatoriesAsOf", statement.SignatoriesAsOf is { } asOf ? FormatDay(asOf) : null);
        writer.WriteNullableString("signatoryRole", statement.SignatoryRole?.ToString());

        writer.WriteStartArray("signatories");
        foreach (var signatory in statement.Signatories) WriteSignatory(writer, signatory, partyOf, withStatementId: false);
        writer.WriteEndArray();

        writer.WriteStrings("boilerplate", statement.Boilerplate.Select(line => line.Text));

        writer.WriteObjects("body", statement.Body, block =>
        {
            writer.WriteString("kind", block.Kind.ToString());
            writer.WriteString("text", block.Text);
            writer.WriteNumber("line", block.Line);
        });

        writer.WriteObjects("unplaced", statement.Unplaced, line =>
        {
            writer.WriteString("text", line.Text);
            writer.WriteNumber("line", line.Line);
        });

        WriteLines(writer, statement.Lines);

        // The schema's boilerplate is plain strings; their lines travel beside them so nothing of the model is lost.
        writer.WriteStartArray("boilerplateLines");
        foreach (var line in statement.Boilerplate) writer.WriteNumberValue(line.Line);
        writer.WriteEndArray();
        writer.WriteNullableString("sourceUrl", statement.SourceUrl);

        writer.WriteEndObject();
    }

    /// <summary>One signatory as the statement export writes it; on its own it also names its statement.</summary>
    internal static void WriteSignatory(Utf8JsonWriter writer, Signatory signatory, Func<Signatory, Party?>? partyOf, bool withStatementId)
    {
        writer.WriteStartObject();
        if (withStatementId) writer.WriteString("statementId", signatory.StatementId);
        writer.WriteNumber("position", signatory.Position);
        writer.WriteNullableString("shortName", signatory.ShortName);
        writer.WriteString("name", signatory.Name);
        writer.WriteNullableString("englishName", signatory.EnglishName);
        writer.WriteNullableString("country", signatory.Country?.Code);
        writer.WriteBoolean("late", signatory.IsLate);
        writer.WriteNumber("line", signatory.Line);
        if (partyOf is not null) writer.WriteNullableString("party", partyOf(signatory)?.Key);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, DateSpan? date)
    {
        if (date is null)
        {
            writer.WriteNull("date");
            return;
        }
        writer.WriteStartObject("date");
        writer.WriteString("start", FormatDay(date.Start));
        writer.WriteString("end", FormatDay(date.End));
        writer.WriteString("precision", date.Precision.ToString());
        writer.WriteEndObject();
    }

    private static void WriteLines(Utf8JsonWriter writer, StatementLines lines)
    {
        writer.WriteStartObject("lines");
        writer.WriteNullableNumber("title", lines.Title);
        writer.WriteNullableNumber("issuer", lines.Issuer);
        writer.WriteNullableNumber("kind", lines.Kind);
        writer.WriteNullableNumber("meeting", lines.Meeting);
        writer.WriteNullableNumber("place", lines.Place);
        writer.WriteNullableNumber("date", lines.Date);
        writer.WriteNullableNumber("signatoriesAsOf", lines.SignatoriesAsOf);
        writer.WriteNullableNumber("signatoryRole", lines.SignatoryRole);
        writer.WriteEndObject();
    }

    private static string FormatDay(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
