using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using JointStatements.Packing;

namespace JointStatements.Packing;

/// <summary>Packs statements in the layout of <see cref="PackedFormat"/>, which the run-time library's
/// <c>PackedStatements</c> reads back one statement at a time: each part as its records and, apart, its bodies. The
/// bytes are valid UTF-8 by construction.</summary>
internal sealed class PackedStatementWriter : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string OffsetFormat = "X" + PackedFormat.OffsetDigits.ToString(CultureInfo.InvariantCulture);

    private readonly MemoryStream _records = new();
    private readonly MemoryStream _names = new();
    private readonly MemoryStream _bodies = new();
    private readonly List<long> _recordOffsets = new();
    private readonly List<long> _nameOffsets = new();
    private readonly Dictionary<string, int> _nameNumbers = new(StringComparer.Ordinal);

    // Texts are encoded here rather than into an array each: a corpus has hundreds of thousands of them.
    private byte[] _utf8 = new byte[1024];

    private PackedStatementWriter()
    {
    }

    /// <summary>All the statements in one part.</summary>
    public static PackedPart Write(IReadOnlyList<Statement> statements) => WriteParts(statements, int.MaxValue)[0];

    /// <summary>The statements in consecutive parts, each a layout of its own, closed once it reaches
    /// <paramref name="partBytes"/>; at least one part.</summary>
    public static List<PackedPart> WriteParts(IReadOnlyList<Statement> statements, int partBytes)
    {
        var parts = new List<PackedPart>();
        var writer = new PackedStatementWriter();
        try
        {
            foreach (var statement in statements)
            {
                writer._recordOffsets.Add(writer._records.Length);
                writer.WriteStatement(statement);
                if (writer._records.Length + writer._names.Length + writer._bodies.Length < partBytes) continue;
                parts.Add(writer.Finish());
                writer.Dispose();
                writer = new PackedStatementWriter();
            }
            if (writer._recordOffsets.Count > 0 || parts.Count == 0) parts.Add(writer.Finish());
        }
        finally
        {
            writer.Dispose();
        }
        return parts;
    }

    private PackedPart Finish()
    {
        // The reader keeps positions in an int.
        if (_records.Length + _names.Length + _bodies.Length > int.MaxValue / 2) throw new InvalidOperationException("The statements take more than 1 GB packed.");
        using var packed = new MemoryStream();
        WriteAscii(packed, PackedFormat.Header);
        WriteInt(packed, _recordOffsets.Count);
        WriteInt(packed, _nameOffsets.Count);
        WriteInt(packed, checked((int)_names.Length));
        foreach (var offset in _recordOffsets) WriteAscii(packed, offset.ToString(OffsetFormat, CultureInfo.InvariantCulture));
        foreach (var offset in _nameOffsets) WriteAscii(packed, offset.ToString(OffsetFormat, CultureInfo.InvariantCulture));
        _names.WriteTo(packed);
        _records.WriteTo(packed);
        return new PackedPart(packed.ToArray(), _bodies.ToArray());
    }

    public void Dispose()
    {
        _records.Dispose();
        _names.Dispose();
        _bodies.Dispose();
    }

    private void WriteStatement(Statement statement)
    {
        var output = _records;
        WriteText(output, statement.Id);
        WriteText(output, statement.SourceFile);
        WriteOptionalInt(output, (int?)statement.Issuer);
        WriteInt(output, (int)statement.Kind);
        WriteText(output, statement.Title);
        WriteName(output, statement.Meeting);
        WriteName(output, statement.Place);
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
            WriteName(output, signatory.ShortName);
            WriteName(output, signatory.Name);
            WriteName(output, signatory.EnglishName);
            if (signatory.Country is null)
            {
                WriteAscii(output, PackedFormat.Missing);
            }
            else
            {
                WriteAscii(output, signatory.Country.Code);
                WriteName(output, signatory.Country.Name);
            }
            WriteAscii(output, signatory.IsLate ? "1" : "0");
            WriteInt(output, signatory.Line);
        }

        // The body goes apart from the record, so reading statements loads none of the body text until it is read.
        var bodyStart = _bodies.Length;
        WriteInt(_bodies, statement.Body.Count);
        foreach (var block in statement.Body)
        {
            WriteInt(_bodies, (int)block.Kind);
            WriteText(_bodies, block.Text);
            WriteInt(_bodies, block.Line);
        }
        WriteInt(output, checked((int)bodyStart));
        WriteInt(output, checked((int)(_bodies.Length - bodyStart)));

        WriteTextLines(output, statement.Boilerplate);
        WriteTextLines(output, statement.Unplaced);
        var lines = statement.Lines;
        foreach (var line in new[] { lines.Title, lines.Issuer, lines.Kind, lines.Meeting, lines.Place, lines.Date, lines.SignatoriesAsOf, lines.SignatoryRole })
        {
            WriteOptionalInt(output, line);
        }
        WriteText(output, statement.SourceUrl);
    }

    /// <summary>A recurring text: written once to the names, referred to by its number.</summary>
    private void WriteName(Stream output, string? name)
    {
        if (name is null)
        {
            WriteOptionalInt(output, null);
            return;
        }
        if (!_nameNumbers.TryGetValue(name, out var number))
        {
            number = _nameOffsets.Count;
            _nameNumbers.Add(name, number);
            _nameOffsets.Add(_names.Length);
            WriteText(_names, name);
        }
        WriteInt(output, number);
    }

    private void WriteTextLines(Stream output, ValueList<TextLine> lines)
    {
        WriteInt(output, lines.Count);
        foreach (var line in lines)
        {
            WriteText(output, line.Text);
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
        if (value is { } number) WriteNumber(output, number);
        WriteAscii(output, PackedFormat.End);
    }

    // Decimal digits written as they are made, not through a string: packing writes about a million numbers at 10,000 statements.
    private static void WriteNumber(Stream output, int number)
    {
        if (number < 0)
        {
            WriteAscii(output, number.ToString(CultureInfo.InvariantCulture));
            return;
        }
        if (number >= 10) WriteNumber(output, number / 10);
        output.WriteByte((byte)('0' + (number % 10)));
    }

    private void WriteText(Stream output, string? text)
    {
        if (text is null)
        {
            WriteAscii(output, PackedFormat.Missing);
            return;
        }
        if (IsWellFormed(text))
        {
            var maxBytes = Utf8.GetMaxByteCount(text.Length);
            if (_utf8.Length < maxBytes) _utf8 = new byte[Math.Max(maxBytes, _utf8.Length * 2)];
            var length = Utf8.GetBytes(text, 0, text.Length, _utf8, 0);
            WriteNumber(output, length);
            WriteAscii(output, PackedFormat.Utf8Text);
            output.Write(_utf8, 0, length);
            return;
        }
        // A lone surrogate has no UTF-8 form: such text travels as UTF-16 code units in hexadecimal.
        WriteNumber(output, text.Length);
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

/// <summary>One part of packed statements: its records (with the header, offsets and names) and its bodies.</summary>
internal sealed record PackedPart(byte[] Records, byte[] Bodies);
