using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.ComponentModel;
using System.Text;

namespace JointStatements.Packing;

/// <summary>Where a part of packed statements is: a generated collection's literal, which costs nothing to get again.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> PackedData();

/// <summary>Reads the statements that the generator packs into literals for large corpora (long literals compile and
/// load far faster than code that builds every statement). A statement is decoded when it is first asked for, its
/// body text when the body is first read, and each recurring name (of an organisation, a meeting, a place) once per
/// part, however many statements name it.</summary>
/// <remarks>The data comes in parts, each holding the next statements in a layout of its own, as two sequences: the
/// records, read when the statements are first read, and the bodies, first asked for when a body is read. The layout is
/// versioned; data from a generator with another layout version is refused with a <see cref="FormatException"/>
/// rather than misread. Damage inside a statement's body is reported when the body is read. Instances are safe to use
/// from several threads. Generated collections use it; it is no part of what a user of the statements needs, and
/// editors hide it.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PackedStatements
{
    private static readonly int IssuerCount = Enum.GetValues(typeof(Issuer)).Length;
    private static readonly int KindCount = Enum.GetValues(typeof(StatementKind)).Length;
    private static readonly int PrecisionCount = Enum.GetValues(typeof(DatePrecision)).Length;
    private static readonly int RoleCount = Enum.GetValues(typeof(SignatoryRole)).Length;
    private static readonly int BlockKindCount = Enum.GetValues(typeof(BodyBlockKind)).Length;

    // MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name: a process's first read of a large
    // corpus otherwise runs the decoder as unoptimised code (tier 0) for its first hundred milliseconds or so, about
    // three times slower. Runtimes without tiered compilation ignore it.
    private const MethodImplOptions Optimized = (MethodImplOptions)512;

    // Most statements have no boilerplate and no unplaced lines: they share one empty list (a list never changes).
    private static readonly ValueList<TextLine> NoLines = ValueList<TextLine>.Of(Array.Empty<TextLine>());

    // One shared instance per country code: a corpus names few countries, and each signatory points at one.
    private static readonly Country?[] Countries = new Country?[26 * 26];

    private readonly Part[] _parts;

    /// <summary>Reads the layout of each part of the packed statements, given as its records and then its bodies.</summary>
    /// <exception cref="ArgumentException">A part's data is null, or a part lacks its bodies.</exception>
    /// <exception cref="FormatException">A part is not packed statements of a layout this library reads.</exception>
    public PackedStatements(params PackedData[] parts)
    {
        if (parts is null) throw new ArgumentNullException(nameof(parts));
        if (parts.Length % 2 != 0) throw new ArgumentException("Each part comes as its records and its bodies.", nameof(parts));
        _parts = new Part[parts.Length / 2];
        for (var i = 0; i < _parts.Length; i++)
        {
            _parts[i] = new Part(parts[2 * i] ?? throw new ArgumentException("A part is null.", nameof(parts)),
                parts[(2 * i) + 1] ?? throw new ArgumentException("A part is null.", nameof(parts)), Count);
            Count = checked(Count + _parts[i].Count);
        }
    }

    /// <summary>The number of statements.</summary>
    public int Count { get; }

    /// <summary>Packed data that the generator wrote as a string literal, two bytes to a character, the first byte in
    /// the low half: such literals compile fastest. <paramref name="packed"/> returns the literal, so that it is loaded
    /// only when its data is first read; reading it copies nothing on little-endian machines.</summary>
    public static PackedData FromChars(Func<string> packed)
    {
        if (packed is null) throw new ArgumentNullException(nameof(packed));
        if (BitConverter.IsLittleEndian) return () => MemoryMarshal.AsBytes(packed().AsSpan());
        byte[]? bytes = null;
        // Two threads may both convert it; either array is equal, and one of them stays.
        return () => bytes ??= ToBytes(packed());
    }

    /// <summary>Decodes the statement at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    /// <exception cref="FormatException">The statement's record is damaged.</exception>
    [MethodImpl(Optimized)]
    public Statement Read(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The data holds {Count.ToString(CultureInfo.InvariantCulture)} statements.");
        }
        var part = _parts.Length - 1;
        while (_parts[part].First > index) part--;
        return _parts[part].Read(index - _parts[part].First);
    }

    /// <summary>The bytes of a <see cref="FromChars"/> literal, in order whatever the machine's byte order.</summary>
    internal static byte[] ToBytes(string packed)
    {
        var bytes = new byte[packed.Length * 2];
        for (var i = 0; i < packed.Length; i++)
        {
            bytes[2 * i] = (byte)packed[i];
            bytes[(2 * i) + 1] = (byte)(packed[i] >> 8);
        }
        return bytes;
    }

    private static FormatException Malformed(int position, string problem) =>
        new($"Packed statements are malformed at byte {position.ToString(CultureInfo.InvariantCulture)}: {problem}.");

    /// <summary>One part: its header, offset tables, names and records, and its bodies.</summary>
    private sealed class Part
    {
        private readonly PackedData _data;
        private readonly PackedData _bodies;
        private readonly int _recordOffsets;
        private readonly int _nameOffsets;
        private readonly int _names;
        private readonly int _records;
        private readonly string?[] _nameCache;

        public Part(PackedData data, PackedData bodies, int first)
        {
            _data = data;
            _bodies = bodies;
            First = first;
            var bytes = data();
            var cursor = new Cursor(this, bytes, 0);
            cursor.ReadHeader();
            Count = cursor.ReadInt();
            var nameCount = cursor.ReadInt();
            var nameBytes = cursor.ReadInt();
            _recordOffsets = cursor.Position;
            var nameOffsets = _recordOffsets + ((long)Count * PackedFormat.OffsetDigits);
            var names = nameOffsets + ((long)nameCount * PackedFormat.OffsetDigits);
            if (names + nameBytes > bytes.Length) throw Malformed(_recordOffsets, "the counts exceed the data");
            _nameOffsets = (int)nameOffsets;
            _names = (int)names;
            _records = (int)(names + nameBytes);
            _nameCache = new string?[nameCount];
        }

        /// <summary>The index of the part's first statement in the whole.</summary>
        public int First { get; }

        public int Count { get; }

        public int NameCount => _nameCache.Length;

        [MethodImpl(Optimized)]
        public Statement Read(int index)
        {
            var bytes = _data();
            var offset = new Cursor(this, bytes, _recordOffsets + (index * PackedFormat.OffsetDigits)).ReadOffset();
            return new Cursor(this, bytes, Within(bytes, _records, offset)).ReadStatement();
        }

        [MethodImpl(Optimized)]
        public BodyBlock[] ReadBody(int start, int length)
        {
            var bodies = _bodies();
            if ((long)start + length > bodies.Length) throw Malformed(start, "a body runs past the end of the bodies");
            return new Cursor(this, bodies.Slice(0, start + length), start).ReadBody(start + length);
        }

        [MethodImpl(Optimized)]
        public string Name(ReadOnlySpan<byte> bytes, int number)
        {
            if (_nameCache[number] is { } cached) return cached;
            var offset = new Cursor(this, bytes, _nameOffsets + (number * PackedFormat.OffsetDigits)).ReadOffset();
            // Two threads may both decode a name; either copy is equal, and one of them stays.
            return _nameCache[number] = new Cursor(this, bytes, Within(bytes, _names, offset)).ReadText();
        }

        private static int Within(ReadOnlySpan<byte> bytes, int section, int offset) =>
            (long)section + offset < bytes.Length ? section + offset : throw Malformed(section, "an offset points past the end");
    }

    /// <summary>A read position in packed data; every read checks its bounds, so bad data is a <see cref="FormatException"/>.</summary>
    private ref struct Cursor
    {
        private readonly Part _part;
        private readonly ReadOnlySpan<byte> _data;

        public Cursor(Part part, ReadOnlySpan<byte> data, int position)
        {
            _part = part;
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

        [MethodImpl(Optimized)]
        public Statement ReadStatement()
        {
            var id = ReadText();
            var sourceFile = ReadText();
            var issuer = (Issuer?)ReadOptionalEnum(IssuerCount);
            var kind = (StatementKind)ReadEnum(KindCount);
            var title = ReadOptionalText();
            var meeting = ReadOptionalName();
            var place = ReadOptionalName();
            var date = ReadDateSpan();
            var asOf = ReadOptionalDay();
            var role = (SignatoryRole?)ReadOptionalEnum(RoleCount);

            var signatories = new Signatory[ReadLength()];
            for (var i = 0; i < signatories.Length; i++)
            {
                signatories[i] = new Signatory(id, ReadInt(), ReadOptionalName(), ReadName(), ReadOptionalName(), ReadCountry(), ReadFlag(), ReadInt());
            }
            var bodyStart = ReadInt();
            var bodyLength = ReadInt();
            var part = _part;
            var body = ValueList<BodyBlock>.Later(() => part.ReadBody(bodyStart, bodyLength));
            var boilerplate = ReadTextLines();
            var unplaced = ReadTextLines();
            var lines = new StatementLines(ReadOptionalInt(), ReadOptionalInt(), ReadOptionalInt(), ReadOptionalInt(),
                ReadOptionalInt(), ReadOptionalInt(), ReadOptionalInt(), ReadOptionalInt());
            var sourceUrl = ReadOptionalText();

            return new Statement(id, sourceFile, issuer, kind, title, meeting, place, date, asOf, role,
                ValueList<Signatory>.Of(signatories), body, boilerplate, unplaced, lines, sourceUrl);
        }

        [MethodImpl(Optimized)]
        public BodyBlock[] ReadBody(int end)
        {
            var body = new BodyBlock[ReadLength()];
            for (var i = 0; i < body.Length; i++) body[i] = new BodyBlock((BodyBlockKind)ReadEnum(BlockKindCount), ReadText(), ReadInt());
            return Position == end ? body : throw Malformed(Position, "a body does not end where its length says");
        }

        [MethodImpl(Optimized)]
        public int ReadOffset()
        {
            var value = 0;
            for (var i = 0; i < PackedFormat.OffsetDigits; i++)
            {
                var digit = HexDigit(Next());
                if (digit < 0) throw Malformed(Position - 1, "a hexadecimal digit was expected");
                value = (value << 4) | digit;
            }
            return value >= 0 ? value : throw Malformed(Position, "an offset is out of range");
        }

        public int ReadInt() => ReadOptionalInt() ?? throw Malformed(Position, "a number was expected");

        public string ReadText() => ReadOptionalText() ?? throw Malformed(Position, "a text was expected");

        [MethodImpl(Optimized)]
        private ValueList<TextLine> ReadTextLines()
        {
            var count = ReadLength();
            if (count == 0) return NoLines;
            var lines = new TextLine[count];
            for (var i = 0; i < lines.Length; i++) lines[i] = new TextLine(ReadText(), ReadInt());
            return ValueList<TextLine>.Of(lines);
        }

        [MethodImpl(Optimized)]
        private DateSpan? ReadDateSpan()
        {
            if (ReadOptionalDay() is not { } start) return null;
            return new DateSpan(start, Day(ReadInt()), (DatePrecision)ReadEnum(PrecisionCount));
        }

        private DateTime? ReadOptionalDay() => ReadOptionalInt() is { } value ? Day(value) : null;

        [MethodImpl(Optimized)]
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

        [MethodImpl(Optimized)]
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
            return length <= _data.Length - Position ? length : throw Malformed(Position, "a length exceeds the data");
        }

        private string ReadName() => ReadOptionalName() ?? throw Malformed(Position, "a name was expected");

        [MethodImpl(Optimized)]
        private string? ReadOptionalName()
        {
            var number = ReadOptionalInt();
            if (number >= _part.NameCount) throw Malformed(Position, "a name number is out of range");
            return number is { } found ? _part.Name(_data, found) : null;
        }

        // The hottest read (positions, lines, name numbers): a local index rather than Next() for each digit.
        [MethodImpl(Optimized)]
        private int? ReadOptionalInt()
        {
            var data = _data;
            var start = Position;
            var position = start;
            long value = 0;
            while (position < data.Length && (uint)(data[position] - '0') <= 9)
            {
                value = (value * 10) + (data[position++] - '0');
                if (value > int.MaxValue) throw Malformed(start, "a number is too large");
            }
            if (position >= data.Length) throw Malformed(position, "the data ends early");
            if (data[position] != PackedFormat.End) throw Malformed(position, "a number must end with '" + PackedFormat.End + "'");
            Position = position + 1;
            return position == start ? null : (int)value;
        }

        [MethodImpl(Optimized)]
        private bool ReadFlag() => Next() switch
        {
            (byte)'0' => false,
            (byte)'1' => true,
            _ => throw Malformed(Position - 1, "a flag must be 0 or 1"),
        };

        // The country's name travels with its code: building it needs no lookup in the country table, whose first use
        // costs milliseconds at a process's first access to a corpus.
        [MethodImpl(Optimized)]
        private Country? ReadCountry()
        {
            var first = Next();
            if (first == PackedFormat.Missing) return null;
            var second = Next();
            if (first is < (byte)'A' or > (byte)'Z' || second is < (byte)'A' or > (byte)'Z') throw Malformed(Position - 2, "a country code was expected");
            var name = ReadName();
            // Two threads may both create it; either instance is equal, and one of them stays.
            return Countries[((first - 'A') * 26) + (second - 'A')] ??= new Country(((char)first).ToString() + (char)second, name);
        }

        [MethodImpl(Optimized)]
        private string? ReadOptionalText()
        {
            if (Position < _data.Length && _data[Position] == PackedFormat.Missing)
            {
                Position++;
                return null;
            }
            var length = ReadLengthBefore(out var marker);
            if (marker == PackedFormat.Utf8Text) return Utf8(length);
            if (marker == PackedFormat.Utf16Text) return Utf16(length);
            throw Malformed(Position - 1, "a text length must end with '" + PackedFormat.Utf8Text + "' or '" + PackedFormat.Utf16Text + "'");
        }

        [MethodImpl(Optimized)]
        private int ReadLengthBefore(out byte marker)
        {
            var start = Position;
            var length = 0;
            while ((marker = Next()) is >= (byte)'0' and <= (byte)'9')
            {
                length = (length * 10) + (marker - '0');
                if (length > _data.Length) throw Malformed(start, "a text is longer than the data");
            }
            return length;
        }

        [MethodImpl(Optimized)]
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
            for (var i = 0; i < length; i++)
            {
                var unit = 0;
                for (var digit = 0; digit < 4; digit++)
                {
                    var value = HexDigit(Next());
                    if (value < 0) throw Malformed(Position - 1, "a hexadecimal digit was expected");
                    unit = (unit << 4) | value;
                }
                chars[i] = (char)unit;
            }
            return new string(chars);
        }

        private static int HexDigit(byte c) => c switch
        {
            >= (byte)'0' and <= (byte)'9' => c - '0',
            >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
            _ => -1,
        };

        [MethodImpl(Optimized)]
        private ReadOnlySpan<byte> Take(int length)
        {
            if (length > _data.Length - Position) throw Malformed(Position, "a value runs past the end");
            var taken = _data.Slice(Position, length);
            Position += length;
            return taken;
        }

        [MethodImpl(Optimized)]
        private byte Next()
        {
            if (Position >= _data.Length) throw Malformed(Position, "the data ends early");
            return _data[Position++];
        }
    }
}
