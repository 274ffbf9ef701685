using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading;
using JointStatements.Parsing.Issues;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

/// <summary>Reads one statement file. The page is read as regions: furniture anywhere
/// (<c>StatementReader.Furniture.cs</c>); a header of short lines (title and field lines) until the first line of
/// running text, the body, and a footer of field lines closing the body (<c>.Header.cs</c>); the list of organisations,
/// wherever it stands (<c>.Lists.cs</c>; named at the head of the page, <c>.Opening.cs</c>) and its entries (<c>.Entries.cs</c>); then the statement's fields
/// (<c>.Fields.cs</c>) and what the parser reports (<c>.Issues.cs</c>). Every line gets exactly one
/// <see cref="LineRole"/>, and a line no rule places is kept in <see cref="Statement.Unplaced"/> and reported.</summary>
internal sealed partial class StatementReader
{
    internal const string Bullets = "•-–—*·▪●◦‣○■□►+";
    // Pictographs that pages set before each item as its bullet (`🇦🇷🚩 Communist Party of Argentina`, `☭ …`, `✅ …`),
    // white space between them or not:
    // arrows, geometric shapes, symbols and dingbats, the emoji of the planes above (as UTF-16 pairs), the emoji
    // variation selector and the joiner. Mathematical signs, box drawing and blocks are left out: they rule lines.
    private const string PictographClass = @"[\u2190-\u21FF\u25A0-\u27BF\u2B00-\u2BFF\uFE0F\u200D]|[\uD83C-\uD83E][\uDC00-\uDFFF]";
    // "1.", "(1)", "1)", or "1-" and "1–" as Arabic and Spanish pages number their lines, "1、" and "1．" as Chinese and
    // Japanese ones do; a run of pictographs; or a bullet.
    internal static readonly Regex ListMarker = new(@"^(?:\(?(?<number>\d{1,4})(?:[.)\-–](?=\s|$)|[\-–](?=\p{Lo})|[、．）])|(?:" + PictographClass + @")(?:\s*(?:" + PictographClass + @"))*|[" + Bullets.Replace("-", @"\-") + @"])\s*", RegexOptions.CultureInvariant);

    private readonly string _fileName;
    private readonly CancellationToken _cancellationToken;
    private readonly IReadOnlyList<InputLine> _lines;
    private readonly LineRole[] _roles;
    // Each line's list marker, read once: its length (0 for none) and its printed number.
    private readonly (int Length, int? Number)[] _markers;
    private readonly List<ParseIssue> _issues = new();
    private readonly List<(int Index, FieldLine Field)> _fields = new();
    private DateTime? _printStamp;

    private StatementReader(string text, string fileName, CancellationToken cancellationToken)
    {
        _fileName = fileName;
        RecentAnswers.StartParse();
        _cancellationToken = cancellationToken;
        _lines = LineSplitter.Split(text, cancellationToken);
        _roles = new LineRole[_lines.Count];
        _markers = new (int, int?)[_lines.Count];
        for (var i = 0; i < _markers.Length; i++) _markers[i] = ReadMarker(_lines[i].Text);
    }

    /// <summary>Parses one file; <paramref name="cancellationToken"/> is observed once per line in every pass.</summary>
    public static ParseResult Read(string text, string fileName, CancellationToken cancellationToken) =>
        new StatementReader(text, fileName, cancellationToken).Read();

    /// <summary>The parse and where each line ended up, in line order: the proof that nothing is lost.</summary>
    public static (ParseResult Result, IReadOnlyList<LineRole> Roles) ReadWithRoles(string text, string fileName)
    {
        var reader = new StatementReader(text, fileName, CancellationToken.None);
        return (reader.Read(), reader._roles);
    }

    private ParseResult Read()
    {
        ReportSuspiciousCharacters();
        ReportReplacementCharacters();
        if (AllBlank())
        {
            for (var i = 0; i < _roles.Length; i++) _roles[i] = LineRole.Blank;
            _issues.Add(IssueCatalog.EmptyFile.At(0, 1, 0, _fileName));
            return Result(Assemble(title: null, titleLine: null, new List<Signatory>(), null, null));
        }

        MarkBoilerplate();
        var letterhead = FindLetterhead();
        var headingIndex = FindSignatoryHeading();
        var (title, titleLine, bodyStart) = ReadHeader(headingIndex ?? _lines.Count);
        var list = FindList(headingIndex, letterhead, title, titleLine, bodyStart);
        MarkBody(bodyStart, list.BodyEnd);
        var heading = list.Heading ?? (list.HeadingIndex is { } h ? HeadingAt(h) : null);
        var signatories = ReadList(list, heading);
        if (heading is null && list.Role is { } role) heading = new SignatoryHeading(role, Late: false, "", "");
        headingIndex = list.HeadingIndex;
        var statement = Assemble(title, titleLine, signatories, heading, headingIndex);
        if (statement is { Title: null, Issuer: null, Body.Count: 0, Signatories.Count: 0 }) _issues.Add(IssueCatalog.NoStatement.At(0, 1, 0, _fileName));
        else ReportWhatIsMissing(statement);
        return Result(statement);
    }

    private ParseResult Result(Statement statement)
    {
        _issues.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Id, b.Id));
        return new ParseResult(statement, new ValueList<ParseIssue>(_issues));
    }

    private bool AllBlank()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!_lines[i].IsBlank) return false;
        }
        return true;
    }

    private int? Number(int? index) => index is { } i ? _lines[i].Number : null;

    private static void Take<T>(ref T? value, ref int? line, T? candidate, int number) where T : class
    {
        if (value is not null || candidate is null) return;
        value = candidate;
        line = number;
    }

    private static void Take<T>(ref T? value, ref int? line, T? candidate, int number) where T : struct
    {
        if (value is not null || candidate is null) return;
        value = candidate;
        line = number;
    }

    /// <summary>The length and printed number of the list marker <paramref name="text"/> opens with; length 0 for none.</summary>
    internal static (int Length, int? Number) ReadMarker(string text)
    {
        var length = MarkerLength(text, out var digits, out var count);
        // "1. máj 2020: Společné prohlášení …": a day written with its full stop opens a whole date and a headline after a
        // colon, no numbered item ("8. Mai 1945 – 8. Mai 2025" above a title stays no title).
        // (Speed only: the colon is sought first, since the marker is read on every line.)
        if (count is 1 or 2 && digits == 0 && text.IndexOf(':') > 0 && Dates.DateReader.FindFirst(text) is { Index: 0, Month: not null, Year: not null } opening
            && text.Substring(opening.End).TrimStart().StartsWith(":", StringComparison.Ordinal)) return (0, null);
        return (length, count > 0 ? DecimalDigits.Parse(text.Substring(digits, count)) : null);
    }

    /// <summary>The length of the match of <see cref="ListMarker"/> at the start of <paramref name="text"/>, 0 for none,
    /// with where the digits of its number stand (a count of 0 for a bullet). Speed only, the same match read by hand: the
    /// marker is asked for on every line, and the expression made a match and its groups for each list item.</summary>
    private static int MarkerLength(string text, out int digits, out int count)
    {
        digits = count = 0;
        if (text.Length == 0) return 0;
        int end;
        if (PictographLength(text, 0) > 0)
        {
            // Pictographs, white space between them allowed (`🇨🇱 ☭ Partido …`).
            end = 0;
            for (int next = 0, length; (length = PictographLength(text, next)) > 0;)
            {
                end = next + length;
                next = end;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            }
        }
        else if (Bullets.IndexOf(text[0]) >= 0)
        {
            end = 1;
        }
        else
        {
            // `\(?\d{1,4}`: a run of more than four digits leaves none of its prefixes followed by the mark, so the run is
            // read whole; `\d` is a decimal digit of any script, as char.IsDigit.
            var first = text[0] == '(' ? 1 : 0;
            var last = first;
            while (last < text.Length && char.IsDigit(text[last])) last++;
            if (last - first is < 1 or > 4 || last == text.Length || text[last] is not ('.' or ')' or '-' or '–' or '、' or '．' or '）')) return 0;
            // `(?=\s|$)`: white space, as char.IsWhiteSpace, or the end after the mark; Chinese and Japanese write their
            // marks ("1、", "2．") with no space after them.
            end = last + 1;
            // ("1-التيار الشعبي/ تونس": a hyphen glued to a letter of a script with no capitals is a mark too.)
            if (end < text.Length && !char.IsWhiteSpace(text[end]) && text[last] is not ('、' or '．' or '）')
                && !(text[last] is '-' or '–' && char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.OtherLetter)) return 0;
            (digits, count) = (first, last - first);
        }
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        return end;
    }

    // The length of the pictograph (PictographClass) at text[index]: 1, 2 for an emoji's pair, 0 for none.
    private static int PictographLength(string text, int index)
    {
        if (index >= text.Length) return 0;
        var c = text[index];
        if (c is >= '\u2190' and <= '\u21FF' or >= '\u25A0' and <= '\u27BF' or >= '\u2B00' and <= '\u2BFF' or '\uFE0F' or '\u200D') return 1;
        return c is >= '\uD83C' and <= '\uD83E' && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 0;
    }

    // The line without its list marker; a line that is nothing but a marker stays as it is.
    private string WithoutMarker(int index)
    {
        var text = _lines[index].Text;
        var length = _markers[index].Length;
        return length > 0 && length < text.Length ? text.Substring(length) : text;
    }

    private static string StripMarker(string raw)
    {
        var trimmed = raw.TrimStart();
        var length = MarkerLength(trimmed, out _, out _);
        return length > 0 ? trimmed.Substring(length) : trimmed;
    }
}
