namespace JointStatements.Packing;

/// <summary>The layout of packed statements: the generator writes it (large corpora compile to one UTF-8 literal),
/// <see cref="PackedStatements"/> reads it back one statement at a time. The whole of it is valid UTF-8, so it can be
/// written as a C# string literal.</summary>
/// <remarks>
/// <para>A part is two byte sequences, its records and its bodies, so that reading statements touches no body text.
/// The records: <see cref="Header"/>; the statement count, the name count and the byte length of the names; one
/// offset per statement record, then one per name, each <see cref="OffsetDigits"/> upper-case hexadecimal digits
/// counted from the start of the records and of the names; the names; the records.</para>
/// <para>Names are the texts that recur across statements (signatories' short names, names and English names,
/// countries' names, meetings, places): each is stored once, and a record refers to it by its number.</para>
/// <para>Values: an integer is its decimal digits and <see cref="End"/>, a missing integer <see cref="End"/> alone; a
/// text is its length, <see cref="Utf8Text"/> and that many bytes of UTF-8, or (for text that is not valid UTF-16,
/// which UTF-8 cannot hold) its length in UTF-16 code units, <see cref="Utf16Text"/> and four hexadecimal digits per
/// code unit; a missing text or country is <see cref="Missing"/>; a name is its number as an integer (missing: no
/// digits); a country is its two-letter code and its name; a flag is <c>0</c> or <c>1</c>; a day is the integer <c>yyyyMMdd</c>;
/// an enum value is its integer; a list is its count and its items.</para>
/// <para>A record: id, source file, issuer?, kind, title?, meeting name?, place name?, date start? (then, when present,
/// date end and precision), signatories-as-of?, signatory role?; the signatories (position, short name?, name,
/// English name?, country?, late flag, line); where the body starts in the bodies and its byte length, the body being
/// its blocks (kind, text, line), which a reader decodes when it is first read; the boilerplate and the unplaced lines (text, line); the eight
/// lines of <see cref="StatementLines"/>; the source URL?. A <c>?</c> marks a value that may be missing.</para>
/// </remarks>
internal static class PackedFormat
{
    /// <summary>What packed statements start with: a name and the format version. A change of layout gets a new
    /// version, and a reader refuses versions it does not know.</summary>
    public const string Header = "JSPACK3;";

    public const int OffsetDigits = 8;

    public const char End = ';';

    public const char Utf8Text = ':';

    public const char Utf16Text = '!';

    public const char Missing = '~';
}
