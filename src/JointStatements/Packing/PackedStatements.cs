using System;
using System.Globalization;
using System.Text;
using JointStatements.Packing;

namespace JointStatements;

/// <summary>Reads the statements that the generator packs into one block of UTF-8 for large corpora (a long literal
/// compiles and loads far faster than code that builds every statement). Each statement is decoded on its own, so a
/// generated collection decodes a statement the first time it is read.</summary>
/// <remarks>The layout is versioned; data from a generator with another layout version is refused with a
/// <see cref="FormatException"/> rather than misread.</remarks>
public static class PackedStatements
{
    private static readonly int IssuerCount = Enum.GetValues(typeof(Issuer)).Length;
    private static readonly int KindCount = Enum.GetValues(typeof(StatementKind)).Length;
    private static readonly int PrecisionCount = Enum.GetValues(typeof(DatePrecision)).Length;
    private static readonly int RoleCount = Enum.GetValues(typeof(SignatoryRole)).Length;
    private static readonly int BlockKindCount = Enum.GetValues(typeof(BodyBlockKind)).Length;

    // One shared instance per country code: a corpus names few countries, and each signatory points at one.
    private static readonly Country?[] Countries = new Country?[26 * 26];

    /// <summary>The number of statements in <paramref name="data"/>.</summary>
    /// <exception cref="FormatException"><paramref name="data"/> is not packed statements of a layout this library reads.</exception>
    public static int Count(ReadOnlySpan<byte> data)
    {
        var cursor = new Cursor(data, 0);
        cursor.ReadHeader();
        return cursor.ReadCount();
    }

    /// <summary>Decodes the statement at <paramref name="index"/> of <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than the count.</exception>
    /// <exception cref="FormatException"><paramref name="data"/> is not packed statements of a layout this library reads.</exception>
    public static Statement Read(ReadOnlySpan<byte> data, int index)
    {
        var cursor = new Cursor(data, 0);
        cursor.ReadHeader();
        var count = cursor.ReadCount();
        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The data holds {count.ToString(CultureInfo.InvariantCulture)} statements.");
        }
        var table = cursor.Position;
        var records = table + ((long)count * PackedFormat.OffsetDigits);
        var offset = new Cursor(data, table + (index * PackedFormat.OffsetDigits)).ReadHex(PackedFormat.OffsetDigits);
        if (records + offset >= data.Length) throw Malformed(table, "a record offset points past the end");
        return new Cursor(data, (int)(records + offset)).ReadStatement();
    }

    private static FormatException Malformed(int position, string problem) =>
        new($"Packed statements are malformed at byte {position.ToString(CultureInfo.InvariantCulture)}: {problem}.");

    /// <summary>A read position in packed data; every read checks its bounds, so bad data is a <see cref="FormatException"/>.</summary>
    private ref struct Cursor
    {
        private readonly ReadOnlySpan<byte> _data;

        public Cursor(ReadOnlySpan<byte> data, int position)
        {
            _data = data;
            Position = position;
        }

        public int Position { get; private set; }

        public void ReadHeader()
        {
            foreach (var expected in PackedFormat.Header)
            {
                if (Position >= _data.Length || _data[Position] != expected)
                {
                    throw new FormatException("The data is not packed statements of layout " + PackedFormat.Header.TrimEnd(PackedFormat.End)
                        + " (a newer generator than this library, or not packed statements at all).");
                }
                Position++;
            }
        }

        public int ReadCount()
        {
            var count = ReadInt();
            if ((long)count * PackedFormat.OffsetDigits > _data.Length - Position) throw Malformed(Position, "the statement count exceeds the data");
            return count;
        }

        public Statement ReadStatement()
        {
            var id = ReadString();
            var sourceFile = ReadString();
            var issuer = (Issuer?)ReadOptionalEnum(IssuerCount);
            var kind = (StatementKind)ReadEnum(KindCount);
            var title = ReadOptionalString();
            var meeting = ReadOptionalString();
            var place = ReadOptionalString();
            var date = ReadDateSpan();
            var asOf = ReadOptionalDay();
            var role = (SignatoryRole?)ReadOptionalEnum(RoleCount);

            var signatories = new Signatory[ReadLength()];
            for (var i = 0; i < signatories.Length; i++)
            {
                signatories[i] = new Signatory(id, ReadInt(), ReadOptionalString(), ReadString(), ReadOptionalString(), ReadCountry(), ReadFlag(), ReadInt());
            }
            var body = new BodyBlock[ReadLength()];
            for (var i = 0; i < body.Length; i++) body[i] = new BodyBlock((BodyBlockKind)ReadEnum(BlockKindCount), ReadString(), ReadInt());
            var boilerplate = ReadTextLines();
            var unplaced = ReadTextLines();
            var lines = new StatementLines(ReadOptionalInt(), ReadOptionalInt(), ReadOptionalInt(), ReadOptionalInt(),
                ReadOptionalInt(), ReadOptionalInt(), ReadOptionalInt(), ReadOptionalInt());

            return new Statement(id, sourceFile, issuer, kind, title, meeting, place, date, asOf, role,
                new ValueList<Signatory>(signatories), new ValueList<BodyBlock>(body), boilerplate, unplaced, lines);
        }

        public int ReadHex(int digits)
        {
            var value = 0;
            for (var i = 0; i < digits; i++)
            {
                var c = Next();
                var digit = c is >= (byte)'0' and <= (byte)'9' ? c - '0' : c is >= (byte)'A' and <= (byte)'F' ? c - 'A' + 10 : -1;
                if (digit < 0) throw Malformed(Position - 1, "a hexadecimal digit was expected");
                value = (value << 4) | digit;
            }
            if (value < 0) throw Malformed(Position - digits, "an offset is out of range");
            return value;
        }

        private ValueList<TextLine> ReadTextLines()
        {
            var lines = new TextLine[ReadLength()];
            for (var i = 0; i < lines.Length; i++) lines[i] = new TextLine(ReadString(), ReadInt());
            return new ValueList<TextLine>(lines);
        }

        private DateSpan? ReadDateSpan()
        {
            if (ReadOptionalDay() is not { } start) return null;
            return new DateSpan(start, Day(ReadInt()), (DatePrecision)ReadEnum(PrecisionCount));
        }

        private DateTime? ReadOptionalDay() => ReadOptionalInt() is { } value ? Day(value) : null;

        private DateTime Day(int yyyymmdd)
        {
            int year = yyyymmdd / 10000, month = yyyymmdd / 100 % 100, day = yyyymmdd % 100;
            if (year is < 1 or > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                throw Malformed(Position, "a day is not a date");
            }
            return new DateTime(year, month, day);
        }

        private int ReadEnum(int count) => ReadOptionalEnum(count) ?? throw Malformed(Position, "a number was expected");

        private int? ReadOptionalEnum(int count)
        {
            var value = ReadOptionalInt();
            if (value >= count) throw Malformed(Position, "an enum value is out of range");
            return value;
        }

        // Every item takes at least a byte, so a count larger than the rest of the data is malformed, never a huge array.
        private int ReadLength()
        {
            var length = ReadInt();
            return length <= _data.Length - Position ? length : throw Malformed(Position, "a list is longer than the data");
        }

        private int ReadInt() => ReadOptionalInt() ?? throw Malformed(Position, "a number was expected");

        private int? ReadOptionalInt()
        {
            var start = Position;
            long value = 0;
            byte c;
            while ((c = Next()) is >= (byte)'0' and <= (byte)'9')
            {
                value = (value * 10) + (c - '0');
                if (value > int.MaxValue) throw Malformed(start, "a number is too large");
            }
            if (c != PackedFormat.End) throw Malformed(Position - 1, "a number must end with '" + PackedFormat.End + "'");
            return Position - start == 1 ? null : (int)value;
        }

        private bool ReadFlag() => Next() switch
        {
            (byte)'0' => false,
            (byte)'1' => true,
            _ => throw Malformed(Position - 1, "a flag must be 0 or 1"),
        };

        private Country? ReadCountry()
        {
            var first = Next();
            if (first == PackedFormat.Missing) return null;
            var second = Next();
            if (first is < (byte)'A' or > (byte)'Z' || second is < (byte)'A' or > (byte)'Z') throw Malformed(Position - 2, "a country code was expected");
            var slot = ((first - 'A') * 26) + (second - 'A');
            // Two threads may both create it; either instance is equal, and one of them stays.
            return Countries[slot] ??= Country.TryFromCode(((char)first).ToString() + (char)second)
                ?? throw Malformed(Position - 2, "a country code is not assigned");
        }

        private string ReadString() => ReadOptionalString() ?? throw Malformed(Position, "a text was expected");

        private string? ReadOptionalString()
        {
            if (Position < _data.Length && _data[Position] == PackedFormat.Missing)
            {
                Position++;
                return null;
            }
            var start = Position;
            var length = 0;
            byte c;
            while ((c = Next()) is >= (byte)'0' and <= (byte)'9')
            {
                length = (length * 10) + (c - '0');
                if (length > _data.Length) throw Malformed(start, "a text is longer than the data");
            }
            if (c == PackedFormat.Utf8Text) return Utf8(length);
            if (c == PackedFormat.Utf16Text) return Utf16(length);
            throw Malformed(Position - 1, "a text length must end with '" + PackedFormat.Utf8Text + "' or '" + PackedFormat.Utf16Text + "'");
        }

        private unsafe string Utf8(int length)
        {
            if (length == 0) return "";
            var bytes = Take(length);
            fixed (byte* first = bytes)
            {
                return Encoding.UTF8.GetString(first, length);
            }
        }

        private string Utf16(int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = (char)ReadHex(4);
            return new string(chars);
        }

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length > _data.Length - Position) throw Malformed(Position, "a text runs past the end");
            var taken = _data.Slice(Position, length);
            Position += length;
            return taken;
        }

        private byte Next()
        {
            if (Position >= _data.Length) throw Malformed(Position, "the data ends early");
            return _data[Position++];
        }
    }
}
