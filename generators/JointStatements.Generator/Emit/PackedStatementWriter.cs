using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using JointStatements.Packing;

namespace JointStatements.Generator.Emit;

/// <summary>Packs statements in the layout of <see cref="PackedFormat"/>, which the run-time library's
/// <c>PackedStatements</c> reads back one statement at a time. The bytes are valid UTF-8 by construction.</summary>
internal static class PackedStatementWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string OffsetFormat = "X" + PackedFormat.OffsetDigits.ToString(CultureInfo.InvariantCulture);

    public static byte[] Write(IReadOnlyList<Statement> statements)
    {
        using var records = new MemoryStream();
        var offsets = new long[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            offsets[i] = records.Length;
            WriteStatement(records, statements[i]);
        }
        // The reader keeps offsets in an int.
        if (records.Length > int.MaxValue) throw new InvalidOperationException("The statements take more than 2 GB packed.");

        using var packed = new MemoryStream();
        WriteAscii(packed, PackedFormat.Header);
        WriteInt(packed, statements.Count);
        foreach (var offset in offsets) WriteAscii(packed, offset.ToString(OffsetFormat, CultureInfo.InvariantCulture));
        records.WriteTo(packed);
        return packed.ToArray();
    }

    private static void WriteStatement(Stream output, Statement statement)
    {
        WriteString(output, statement.Id);
        WriteString(output, statement.SourceFile);
        WriteOptionalInt(output, (int?)statement.Issuer);
        WriteInt(output, (int)statement.Kind);
        WriteString(output, statement.Title);
        WriteString(output, statement.Meeting);
        WriteString(output, statement.Place);
        if (statement.Date is { } date)
        {
            WriteDay(output, date.Start);
            WriteDay(output, date.End);
            WriteInt(output, (int)date.Precision);
        }
        else
        {
            WriteOptionalInt(output, null);
        }
        if (statement.SignatoriesAsOf is { } asOf) WriteDay(output, asOf);
        else WriteOptionalInt(output, null);
        WriteOptionalInt(output, (int?)statement.SignatoryRole);

        WriteInt(output, statement.Signatories.Count);
        foreach (var signatory in statement.Signatories)
        {
            WriteInt(output, signatory.Position);
            WriteString(output, signatory.ShortName);
            WriteString(output, signatory.Name);
            WriteString(output, signatory.EnglishName);
            WriteCountry(output, signatory.Country);
            WriteAscii(output, signatory.Late ? "1" : "0");
            WriteInt(output, signatory.Line);
        }
        WriteInt(output, statement.Body.Count);
        foreach (var block in statement.Body)
        {
            WriteInt(output, (int)block.Kind);
            WriteString(output, block.Text);
            WriteInt(output, block.Line);
        }
        WriteTextLines(output, statement.Boilerplate);
        WriteTextLines(output, statement.Unplaced);
        var lines = statement.Lines;
        foreach (var line in new[] { lines.Title, lines.Issuer, lines.Kind, lines.Meeting, lines.Place, lines.Date, lines.SignatoriesAsOf, lines.SignatoryRole })
        {
            WriteOptionalInt(output, line);
        }
    }

    private static void WriteTextLines(Stream output, ValueList<TextLine> lines)
    {
        WriteInt(output, lines.Count);
        foreach (var line in lines)
        {
            WriteString(output, line.Text);
            WriteInt(output, line.Line);
        }
    }

    private static void WriteDay(Stream output, DateTime day) => WriteInt(output, (day.Year * 10000) + (day.Month * 100) + day.Day);

    private static void WriteInt(Stream output, int value)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "Packed numbers are never negative.");
        WriteOptionalInt(output, value);
    }

    private static void WriteOptionalInt(Stream output, int? value)
    {
        if (value is { } number) WriteAscii(output, number.ToString(CultureInfo.InvariantCulture));
        WriteAscii(output, PackedFormat.End);
    }

    private static void WriteCountry(Stream output, Country? country)
    {
        if (country is null) WriteAscii(output, PackedFormat.Missing);
        else WriteAscii(output, country.Code);
    }

    private static void WriteString(Stream output, string? text)
    {
        if (text is null)
        {
            WriteAscii(output, PackedFormat.Missing);
            return;
        }
        if (IsWellFormed(text))
        {
            var bytes = Utf8.GetBytes(text);
            WriteAscii(output, bytes.Length.ToString(CultureInfo.InvariantCulture));
            WriteAscii(output, PackedFormat.Utf8Text);
            output.Write(bytes, 0, bytes.Length);
            return;
        }
        // A lone surrogate has no UTF-8 form: such text travels as UTF-16 code units in hexadecimal.
        WriteAscii(output, text.Length.ToString(CultureInfo.InvariantCulture));
        WriteAscii(output, PackedFormat.Utf16Text);
        foreach (var c in text) WriteAscii(output, ((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }

    private static void WriteAscii(Stream output, char c) => output.WriteByte((byte)c);

    private static void WriteAscii(Stream output, string text)
    {
        foreach (var c in text) output.WriteByte((byte)c);
    }
}
