using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using JointStatements.Parsing.Dates;
using JointStatements.Parsing.Issues;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Naming;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Signatories;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

/// <summary>Reads one statement file. The page is read as regions: furniture anywhere; a header of short lines
/// (title and field lines) until the first line of running text; the body; a footer of field lines closing the body;
/// and the signatory list from its heading on. Every line gets exactly one <see cref="LineRole"/>, and a line no rule
/// places is kept in <see cref="Statement.Unplaced"/> and reported.</summary>
internal sealed class StatementReader
{
    private const int MaxTitleLength = 200;

    internal const string Bullets = "•-–—*·▪●◦‣○■□►+";
    internal static readonly Regex ListMarker = new(@"^(?:\(?(?<number>\d{1,4})[.)](?=\s|$)|[" + Bullets.Replace("-", @"\-") + @"])\s*", RegexOptions.CultureInvariant);
    private static readonly Regex Salutation = new(
        @"^(?:dear|to the|to all|comrades|estimad[oa]s|querid[oa]s|a l[oa]s|chers|ch[èe]res|aux|liebe|an die)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex AsOf = new(@"\b(?:as of|as at|status|stand|al|au|à la date du|con fecha)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Adoption = new(
        @"\b(?:adopted|approved|issued|adopt[ée]e?s?|approuv[ée]e?s?|adoptad[oa]s?|aprobad[oa]s?|beschlossen|verabschiedet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

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
        var headingIndex = FindSignatoryHeading();
        var listStart = headingIndex ?? _lines.Count;
        var (title, titleLine, bodyStart) = ReadHeader(listStart);
        var bodyEnd = ReadFooter(bodyStart, listStart);
        SignatoryRole? headlessRole = null;
        if (headingIndex is null && FindHeadlessList(bodyStart, bodyEnd) is { } headless)
        {
            bodyEnd = ReadFooter(bodyStart, headless.Start);
            listStart = headless.Start;
            headlessRole = HeadlessRole(bodyStart, headless.Start);
        }

        SignatoryHeading? proseList = null;
        if (headingIndex is null && headlessRole is null && FindProseList(bodyStart, bodyEnd) is { } prose)
        {
            headingIndex = prose.Index;
            listStart = prose.Index;
            bodyEnd = prose.Index;
            proseList = prose.Heading;
        }

        MarkBody(bodyStart, bodyEnd);
        var heading = proseList ?? (headingIndex is { } h ? HeadingAt(h) : null);
        var signatories = ReadSignatories(headingIndex, listStart, heading);
        if (heading is null && headlessRole is { } role) heading = new SignatoryHeading(role, Late: false, "", "");
        var statement = Assemble(title, titleLine, signatories, heading, headingIndex);
        if (statement is { Title: null, Issuer: null, Body.Count: 0, Signatories.Count: 0 }) _issues.Add(IssueCatalog.NoStatement.At(0, 1, 0, _fileName));
        else ReportWhatIsMissing(statement);
        return Result(statement);
    }

    /// <summary>Never silent: organisation-like lines left in the body get a warning at the first of them, so the build
    /// output says which statements to check; a missing title, issuer or date is information at the statement's first
    /// line (the same IDs at compile time and at run time).</summary>
    private void ReportWhatIsMissing(Statement statement)
    {
        if (ListFinder.Best(0, _lines.Count, EntryScores(), open: i => _roles[i] == LineRole.Body,
                skippable: i => _roles[i] is LineRole.Blank or LineRole.Boilerplate, introducedAt: _ => false) is { } leftOut)
        {
            var first = _lines[leftOut.Start];
            _issues.Add(IssueCatalog.ListNotRead.At(first.Number, 1, first.Raw.Length, leftOut.Entries));
        }
        var top = FirstTextLine();
        if (statement.Title is null) _issues.Add(IssueCatalog.NoTitle.At(top, 1, 0, _fileName));
        if (statement.Issuer is null) _issues.Add(IssueCatalog.NoIssuer.At(top, 1, 0, _fileName));
        if (statement.Date is null) _issues.Add(IssueCatalog.NoDate.At(top, 1, 0, _fileName));
    }

    // The first line of the statement's own text, where the reports of what it lacks point.
    private int FirstTextLine()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] is not (LineRole.Blank or LineRole.Boilerplate)) return _lines[i].Number;
        }
        return 1;
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

    // ---- furniture ----

    private void MarkBoilerplate()
    {
        string? previous = null;
        var seenText = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var line = _lines[i];
            if (line.IsBlank)
            {
                _roles[i] = LineRole.Blank;
                continue;
            }
            var text = WithoutMarker(i);
            if (BoilerplateRules.PrintStampDate(text) is { } stamp)
            {
                _printStamp ??= stamp;
                _roles[i] = LineRole.Boilerplate;
            }
            else if (BoilerplateRules.IsFurniture(text) || BoilerplateRules.IsMenu(text) || BoilerplateRules.IsLinkLabel(text, previous)
                || Lexicons.Lexicons.IsFurnitureLine(text) || Lexicons.Lexicons.IsPostDate(text) || Lexicons.Lexicons.OpensAsFurniture(text)
                || (seenText < 6 && BoilerplateRules.IsLanguageTag(text)))
            {
                _roles[i] = LineRole.Boilerplate;
            }
            previous = line.Text;
            seenText++;
        }
        // A site's name above its menu at the top of the page ("Red Horizon – news of …") is the site's, not the statement's.
        for (var i = 0; i < _lines.Count && i < 4; i++)
        {
            if (_roles[i] != LineRole.Boilerplate || !BoilerplateRules.IsMenu(_lines[i].Text)) continue;
            for (var j = 0; j < i; j++)
            {
                if (_roles[j] == LineRole.None) _roles[j] = LineRole.Boilerplate;
            }
        }
    }

    // ---- header: title and field lines until the first running text ----

    private (string? Title, int? TitleLine, int BodyStart) ReadHeader(int end)
    {
        string? title = null;
        int? titleLine = null;
        var i = 0;
        for (; i < end; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] != LineRole.None) continue;
            var text = _lines[i].Text;
            if (FieldLineRules.Read(text) is { } field)
            {
                _roles[i] = LineRole.Field;
                _fields.Add((i, field));
                if (title is null && field.Title is not null)
                {
                    title = field.Title;
                    titleLine = _lines[i].Number;
                }
                continue;
            }
            if (title is not null && FieldLineRules.ReadSubtitle(text) is { } subtitle)
            {
                _roles[i] = LineRole.Field;
                _fields.Add((i, subtitle));
                continue;
            }
            // A divider ("*****") or a kicker's lead-in ("Suivi de la") before the title is the page's text, not its title.
            if (title is null && (!HasLetter(text) || IsLeadIn(text, i, end)))
            {
                _roles[i] = LineRole.Body;
                continue;
            }
            if (title is not null || !IsTitleLike(text) || OpensRunInParagraph(i, end)) break;
            // A kicker above the title names the document and its meeting or body ("Resolution of the 5th World
            // Conference"): a field line, when a title follows it.
            if (FieldLineRules.ReadKicker(text) is { } kicker && NextTitleCandidate(i + 1, end) is not null)
            {
                _roles[i] = LineRole.Field;
                _fields.Add((i, kicker));
                continue;
            }
            title = text;
            titleLine = _lines[i].Number;
            _roles[i] = LineRole.Field;
            // A title wrapped over two lines: the next line carries on the phrase.
            if (i + 1 < end && _roles[i + 1] == LineRole.None && ContinuesTitle(title, _lines[i + 1].Text))
            {
                title += " " + _lines[i + 1].Text;
                _roles[++i] = LineRole.Field;
            }
        }
        return (title, titleLine, i);
    }

    // The next line a title could stand on, blank lines aside.
    private int? NextTitleCandidate(int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            var text = _lines[i].Text;
            return _roles[i] == LineRole.None && IsTitleLike(text) && FieldLineRules.Read(text) is null && !OpensRunInParagraph(i, end) ? i : null;
        }
        return null;
    }

    /// <summary>Whether a line opens a paragraph that the following lines carry on in lower case, over three lines or
    /// up to a colon: running text wrapped by the page, not a title.</summary>
    private bool OpensRunInParagraph(int index, int end)
    {
        var lines = 1;
        var last = _lines[index].Text;
        for (var i = index + 1; i < end && _roles[i] == LineRole.None; i++)
        {
            var next = _lines[i].Text;
            // The next line carries on the sentence: it opens in lower case, or this line stopped on an article or preposition.
            if (next.Length == 0 || !(char.IsLower(next[0]) || EndsWithConnector(last))) break;
            lines++;
            last = next;
        }
        return lines >= 3 || (lines == 2 && last.EndsWith(":", StringComparison.Ordinal));
    }

    // A few words ending in an article or preposition that run on into the next line: a kicker's lead-in.
    private bool IsLeadIn(string text, int index, int end) =>
        text.Length <= 30 && EndsWithConnector(text) && index + 1 < end && _roles[index + 1] == LineRole.None
        && FieldLineRules.ReadKicker(_lines[index + 1].Text) is not null;

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    private static bool IsTitleLike(string text) =>
        text.Length <= MaxTitleLength && !Salutation.IsMatch(text) && !ListMarker.IsMatch(text)
        && !(text.EndsWith(",", StringComparison.Ordinal) || text.EndsWith(";", StringComparison.Ordinal) || text.EndsWith(":", StringComparison.Ordinal))
        && !IsSentence(text);

    // A sentence of running text: it ends with a full stop and has more words than a title.
    private static bool IsSentence(string text)
    {
        if (!text.EndsWith(".", StringComparison.Ordinal)) return false;
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ') words++;
        }
        return words > 12;
    }

    private static bool ContinuesTitle(string title, string next)
    {
        if (next.Length == 0 || !IsTitleLike(next) || title.Length + next.Length > MaxTitleLength) return false;
        var last = title[title.Length - 1];
        if (last is '.' or '!' or '?' or '"' or '”') return false;
        return char.IsLower(next[0]) || last is '-' or '–' or ',' || EndsWithConnector(title);
    }

    private static bool EndsWithConnector(string text)
    {
        var space = text.LastIndexOf(' ');
        var word = Text.NameFolding.Fold(space < 0 ? text : text.Substring(space + 1));
        return word.Length > 0 && Lexicons.Lexicons.IsConnector(word);
    }

    // ---- footer: field lines that close the body ----

    private int ReadFooter(int bodyStart, int end)
    {
        var footerStart = end;
        for (var i = end - 1; i >= bodyStart; i--)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            if (_roles[i] != LineRole.None && _roles[i] != LineRole.Field) break;
            if (_roles[i] == LineRole.None)
            {
                if (FieldLineRules.Read(_lines[i].Text) is not { } field) break;
                _roles[i] = LineRole.Field;
                _fields.Add((i, field));
            }
            footerStart = i;
        }
        return footerStart;
    }

    // ---- body ----

    private void MarkBody(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] == LineRole.None) _roles[i] = LineRole.Body;
        }
    }

    private BodyBlock ToBlock(int index)
    {
        var line = _lines[index];
        var text = WithoutMarker(index);
        var kind = IsSlogan(text) ? BodyBlockKind.Slogan : _markers[index].Length > 0 ? BodyBlockKind.Point : BodyBlockKind.Paragraph;
        return new BodyBlock(kind, text, line.Number);
    }

    // A short exclamation: "Down with imperialism, enemy of the people!", "¡Viva la lucha!".
    private static bool IsSlogan(string text) =>
        text.Length <= 160 && text.TrimEnd(ClosingQuotes).EndsWith("!", StringComparison.Ordinal);

    private static readonly char[] ClosingQuotes = { '"', '”', '»', ')', ' ' };

    // ---- signatories ----

    private int? FindSignatoryHeading()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] == LineRole.None && HeadingAt(i) is not null) return i;
        }
        return null;
    }

    /// <summary>A list under no heading: the run of entry-like lines with the most evidence (<see cref="ListFinder"/>),
    /// after the header, wherever it stands in the body.</summary>
    private ListRun? FindHeadlessList(int bodyStart, int bodyEnd) =>
        ListFinder.Best(bodyStart, bodyEnd, EntryScores(),
            open: i => _roles[i] == LineRole.None,
            skippable: i => _roles[i] is LineRole.Blank or LineRole.Boilerplate,
            introducedAt: i => IntroductionBefore(i) is not null);

    private int[]? _entryScores;

    // Each line's evidence of being a list entry, read once.
    private int[] EntryScores()
    {
        if (_entryScores is not null) return _entryScores;
        _entryScores = new int[_lines.Count];
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            _entryScores[i] = EntryEvidence.Score(WithoutMarker(i), _lines[i].Raw, _markers[i].Length > 0);
        }
        return _entryScores;
    }

    /// <summary>The line right before <paramref name="index"/> (blank lines aside) when it is running text ending in a
    /// colon: a sentence that introduces the list (<c>… with the presence of the following delegations:</c>).</summary>
    private int? IntroductionBefore(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            var text = _lines[i].Text;
            return _roles[i] == LineRole.None && text.EndsWith(":", StringComparison.Ordinal) ? i : null;
        }
        return null;
    }

    /// <summary>What a list under no heading means: what its introduction says (attended, subscribed, signed); else
    /// subscribers when the statement opens by speaking for the parties that subscribe it; else signatories.</summary>
    private SignatoryRole HeadlessRole(int bodyStart, int listStart)
    {
        if (IntroductionBefore(listStart) is { } intro && Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(_lines[intro].Text)) is { } said) return said;
        for (var i = bodyStart; i < listStart; i++)
        {
            if (_roles[i] != LineRole.None) continue;
            return Lexicons.Lexicons.SaysSubscribe(Lexicons.Lexicons.Words(_lines[i].Text)) ? SignatoryRole.Subscriber : SignatoryRole.Signatory;
        }
        return SignatoryRole.Signatory;
    }

    /// <summary>A list written as prose in a paragraph of the body, in the sentence of a word of signing, subscribing
    /// or attending: after it (<c>The statement is signed by the A (Greece), the B (Portugal) and the C.</c>,
    /// <c>… took part in the meeting: A, B, C</c>) or before it (<c>The CP of Brazil, the CP of Cuba, AKEL and the KKE
    /// participated in the meeting.</c>). The last paragraph holding one wins.</summary>
    private (int Index, SignatoryHeading Heading)? FindProseList(int bodyStart, int bodyEnd)
    {
        for (var i = bodyEnd - 1; i >= bodyStart; i--)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] != LineRole.None) continue;
            var text = _lines[i].Text;
            // Numbered entries run together in one paragraph.
            if (NumberedItems(text) is { Count: >= 3 } numbered && InlineNumber.Match(text) is { Success: true } first)
            {
                var items = text.Substring(first.Index);
                var before = Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(text.Substring(0, first.Index)));
                var strong = 0;
                foreach (var (_, item) in numbered)
                {
                    if (EntryEvidence.Score(item, item, hasMarker: false) >= 2) strong++;
                }
                if (strong * 4 >= numbered.Count * 3) return (i, new SignatoryHeading(before ?? SignatoryRole.Signatory, Late: false, "", items));
            }
            // Names in one paragraph between dashes or bullets ("A – B – C"), under an introduction ending in a colon or none.
            if (SeparatedItems(text) is { } separated && ProseListItems(separated) >= 3)
            {
                var role = IntroductionBefore(i) is { } intro ? Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(_lines[intro].Text)) : null;
                return (i, new SignatoryHeading(role ?? SignatoryRole.Signatory, Late: false, "", separated));
            }
            if (text.IndexOf(',') < 0 && text.IndexOf(';') < 0) continue;
            (string Items, SignatoryRole Role, int Count)? best = null;
            foreach (var (items, role) in ProseListCandidates(text))
            {
                var count = ProseListItems(items);
                if (count > (best?.Count ?? 0)) best = (items, role, count);
            }
            if (best is { } found) return (i, new SignatoryHeading(found.Role, Late: false, "", found.Items));
        }
        return null;
    }

    // The stretches of a paragraph that may be a prose list: in each sentence with a word of signing, subscribing or
    // attending, what follows that word (after a colon, or after a short preposition such as "by") and what precedes it;
    // and what follows a colon, in the role the words before it give (signatories when they give none).
    private static IEnumerable<(string Items, SignatoryRole Role)> ProseListCandidates(string text)
    {
        foreach (var (sentenceStart, sentence) in Sentences(text))
        {
            var colonAt = sentence.IndexOf(':');
            if (colonAt > 0 && colonAt + 1 < sentence.Length)
            {
                yield return (sentence.Substring(colonAt + 1).Trim(),
                    Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(sentence.Substring(0, colonAt))) ?? SignatoryRole.Signatory);
            }
            var (words, spans) = Lexicons.Lexicons.WordsWithSpans(sentence);
            for (var w = 0; w < words.Count; w++)
            {
                var phrase = w + 1 < words.Count ? Lexicons.Lexicons.RoleOfPhrase(words[w], words[w + 1]) : null;
                var role = phrase ?? Lexicons.Lexicons.RoleIn(new[] { words[w] });
                if (role is null) continue;
                var from = spans[phrase is null ? w : w + 1].End;
                var colon = sentence.IndexOf(':', from);
                if (colon >= 0) from = colon + 1;
                else
                {
                    // "signed by", "attended by the members of", "unterzeichnet von": small words after the verb.
                    var next = w + 1;
                    while (next < words.Count && next <= w + 3 && words[next].Length <= 4 && !char.IsUpper(sentence[spans[next].Start])) from = spans[next++].End;
                }
                yield return (sentence.Substring(from).Trim(), role.Value);
                if (w > 0) yield return (sentence.Substring(0, spans[w].Start).Trim(), role.Value);
            }
        }
    }

    private static readonly string[] ItemSeparators = { " – ", " — ", " • ", " · ", " | " };

    // A paragraph of items between dashes or bullets and no comma, written as a semicolon list for SplitInlineItems.
    private static string? SeparatedItems(string text)
    {
        if (text.IndexOf(',') >= 0 || text.IndexOf(';') >= 0) return null;
        foreach (var separator in ItemSeparators)
        {
            var parts = text.Split(new[] { separator }, StringSplitOptions.None);
            if (parts.Length >= 3) return string.Join("; ", parts);
        }
        return null;
    }

    // A paragraph's sentences: a full stop and a space before a capital ends one, unless it closes a short abbreviation.
    private static IEnumerable<(int Start, string Sentence)> Sentences(string text)
    {
        var start = 0;
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] != '.' || text[i + 1] != ' ' || !char.IsUpper(text[i + 2])) continue;
            var wordStart = text.LastIndexOf(' ', i) + 1;
            if (i - wordStart <= 2) continue;
            yield return (start, text.Substring(start, i - start));
            start = i + 2;
        }
        yield return (start, text.Substring(start));
    }

    // How many items a prose list has when most of them look like organisations (an excerpt may cut the last one off),
    // else 0.
    private static int ProseListItems(string items)
    {
        var parts = new List<string>(SplitInlineItems(items.TrimEnd('.', ' ')));
        if (parts.Count < 2) return 0;
        var strong = 0;
        foreach (var part in parts)
        {
            if (part.Length > 120) return 0;
            if (EntryEvidence.Score(part, part, hasMarker: false) >= 2 || Signatories.Acronyms.IsShortNameWithQualifiers(Signatories.Tokens.Split(part))) strong++;
        }
        return strong >= 2 && strong * 4 >= parts.Count * 3 ? parts.Count : 0;
    }

    /// <summary>The heading a line is: a keyword heading (<see cref="SignatoryHeadingRules"/>) or a line of nothing but
    /// the organisations' plural noun (<c>The Parties</c>, <c>Partiler:</c>).</summary>
    private SignatoryHeading? HeadingAt(int index)
    {
        var text = _lines[index].Text;
        if (SignatoryHeadingRules.Match(text) is { } heading) return heading;
        if (text.Length > 40) return null;
        var words = Lexicons.Lexicons.Words(text);
        var nouns = 0;
        foreach (var word in words)
        {
            if (Lexicons.Lexicons.IsListNoun(word)) nouns++;
            else if (!Lexicons.Lexicons.IsArticle(word)) return null;
        }
        return nouns == 1 && char.IsUpper(text[0]) ? new SignatoryHeading(SignatoryRole.Signatory, Late: false, "", "") : null;
    }

    private List<Signatory> ReadSignatories(int? headingIndex, int listStart, SignatoryHeading? heading)
    {
        var entries = new List<(int Index, string Text, string Raw, int? Number, bool Late)>();
        var late = heading?.Late ?? false;
        var closingText = false;
        if (headingIndex is { } h)
        {
            _roles[h] = LineRole.SignatoryHeading;
            AddInlineItems(entries, h, heading!.InlineItems, late);
        }
        for (var i = headingIndex is { } start ? start + 1 : listStart; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] != LineRole.None) continue;
            var text = _lines[i].Text;
            if (SignatoryHeadingRules.Match(text) is { } wave)
            {
                _roles[i] = LineRole.SignatoryHeading;
                late = late || wave.Late || entries.Count > 0;
                AddInlineItems(entries, i, wave.InlineItems, late);
                closingText = false;
                continue;
            }
            // A short line ending in a colon that speaks of signing, subscribing or attending heads a later wave
            // ("Later subscribers:", "Weitere Unterzeichner:").
            if (entries.Count > 0 && WaveHeading(text) is not null)
            {
                _roles[i] = LineRole.SignatoryHeading;
                late = true;
                closingText = false;
                continue;
            }
            // A group's heading inside the list ("SolidNet Parties", "Also the parties,"): a few words ending in the
            // organisations' plural noun.
            if (IsGroupHeading(text))
            {
                _roles[i] = LineRole.SignatoryHeading;
                continue;
            }
            // Running text after the list (a closing paragraph, an invitation to sign) is the statement's, up to a later wave.
            if (closingText || IsRunningText(i))
            {
                _roles[i] = LineRole.Body;
                closingText = entries.Count > 0;
                continue;
            }
            if (FieldLineRules.Read(text) is { } field)
            {
                _roles[i] = LineRole.Field;
                _fields.Add((i, field));
                continue;
            }
            if (SignatoryHeadingRules.IsTableHeader(_lines[i].Raw))
            {
                _roles[i] = LineRole.SignatoryHeading;
                continue;
            }
            var (markerLength, number) = _markers[i];
            var item = text.Substring(markerLength);
            var raw = markerLength > 0 ? StripMarker(_lines[i].Raw) : _lines[i].Raw;
            // A table row whose first cell is the printed number ("1<TAB>KKE<TAB>Greece").
            if (markerLength == 0 && NumberCell(raw) is { } cell)
            {
                number = cell.Number;
                raw = raw.Substring(cell.Length);
                item = Whitespace.Fold(raw);
            }
            if (item.Length == 0) continue;
            entries.Add((i, item, raw, number, late));
            _roles[i] = LineRole.Signatory;
        }
        return BuildSignatories(entries);
    }

    private static bool IsGroupHeading(string text)
    {
        if (text.Length > 40) return false;
        var words = Lexicons.Lexicons.Words(text);
        return words.Count is > 0 and <= 3 && Lexicons.Lexicons.IsListNoun(words[words.Count - 1]) && text.Length <= 40;
    }

    // A heading of a later wave in any language: at most six words, ending in a colon, with a word of signing,
    // subscribing or attending or the organisations' plural noun.
    private static SignatoryRole? WaveHeading(string text)
    {
        if (!text.EndsWith(":", StringComparison.Ordinal) || text.Length > 60) return null;
        var words = Lexicons.Lexicons.Words(text);
        if (words.Count > 6) return null;
        if (Lexicons.Lexicons.RoleIn(words) is { } role) return role;
        foreach (var word in words)
        {
            if (Lexicons.Lexicons.IsListNoun(word)) return SignatoryRole.Signatory;
        }
        return null;
    }

    /// <summary>Whether a line is running text rather than an entry: prose by its shape and no evidence of an entry.</summary>
    private bool IsRunningText(int index)
    {
        var text = WithoutMarker(index);
        return text.Length > 0 && EntryEvidence.IsProse(text) && (EntryScores()[index] == 0 || text.Length > 160 || text.EndsWith(":", StringComparison.Ordinal));
    }

    private static (int Number, int Length)? NumberCell(string raw)
    {
        var tab = raw.IndexOf('\t');
        if (tab <= 0) return null;
        var cell = raw.Substring(0, tab).Trim().TrimEnd('.', ')');
        if (cell.Length == 0 || cell.Length > 4) return null;
        foreach (var c in cell)
        {
            if (!char.IsDigit(c)) return null;
        }
        return (DecimalDigits.Parse(cell), tab + 1);
    }

    private static void AddInlineItems(List<(int Index, string Text, string Raw, int? Number, bool Late)> entries, int index, string items, bool late)
    {
        if (NumberedItems(items) is { } numbered)
        {
            foreach (var (number, item) in numbered) entries.Add((index, item, item, number, late));
            return;
        }
        foreach (var item in SplitInlineItems(items))
        {
            entries.Add((index, item, item, null, late));
        }
    }

    private static readonly Regex InlineNumber = new(@"(?:^|(?<=\s))(?<n>\d{1,3})\.\s", RegexOptions.CultureInvariant);

    /// <summary>Entries run together in one paragraph with their printed numbers ("1. Algeria, PADS 2. Azerbaijan, …"):
    /// three or more numbers counting up by one, each item with its number; <see langword="null"/> for anything else.</summary>
    private static List<(int Number, string Item)>? NumberedItems(string text)
    {
        var markers = new List<(int Number, int Start, int End)>();
        foreach (Match match in InlineNumber.Matches(text))
        {
            var number = DecimalDigits.Parse(match.Groups["n"].Value);
            if (markers.Count == 0 ? number > 3 : number != markers[markers.Count - 1].Number + 1) continue;
            markers.Add((number, match.Index, match.Index + match.Length));
        }
        if (markers.Count < 3) return null;
        var items = new List<(int, string)>(markers.Count);
        for (var i = 0; i < markers.Count; i++)
        {
            var end = i + 1 < markers.Count ? markers[i + 1].Start : text.Length;
            var item = text.Substring(markers[i].End, end - markers[i].End).Trim().TrimEnd(',', ';');
            if (item.Length > 0) items.Add((markers[i].Number, item));
        }
        return items;
    }

    /// <summary>Splits "A, B (Germany), C and D." into items; a lone country item belongs to the item before it.</summary>
    private static IEnumerable<string> SplitInlineItems(string items)
    {
        if (items.Length == 0) yield break;
        var separator = items.IndexOf(';') >= 0 ? ';' : ',';
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= items.Length; i++)
        {
            var c = i < items.Length ? items[i] : separator;
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            if (c != separator || depth > 0) continue;
            var part = items.Substring(start, i - start).Trim().TrimEnd('.');
            start = i + 1;
            if (part.Length == 0) continue;
            // "… C and D": the last pair is joined by a conjunction.
            var and = LastConjunction(part);
            if (i == items.Length && and > 0)
            {
                parts.Add(WithoutArticle(part.Substring(0, and).Trim()));
                part = part.Substring(and).Trim();
                part = part.Substring(part.IndexOf(' ') + 1);
            }
            if (parts.Count > 0 && Countries.CountryLookup.Default.Exact(part) is not null) parts[parts.Count - 1] += ", " + part;
            else if (part.Length > 0) parts.Add(WithoutArticle(part));
        }
        foreach (var part in parts) yield return part;
    }

    // Where the last item of a prose list is joined by a conjunction of some lexicon ("… B and C", "… B og C").
    private static int LastConjunction(string part)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(part);
        for (var w = words.Count - 2; w >= 1; w--)
        {
            if (Lexicons.Lexicons.IsConjunction(words[w]) && !char.IsUpper(part[spans[w].Start])) return spans[w].Start - 1;
        }
        return -1;
    }

    // An item's leading conjunction and article ("and the Syrian CP", "die Partei der Arbeit …") belong to no name.
    private static string WithoutArticle(string item)
    {
        var space = item.IndexOf(' ');
        if (space > 0 && Lexicons.Lexicons.IsConjunction(Text.NameFolding.Fold(item.Substring(0, space))))
        {
            item = item.Substring(space + 1);
            space = item.IndexOf(' ');
        }
        return space > 0 && Lexicons.Lexicons.IsArticle(Text.NameFolding.Fold(item.Substring(0, space))) ? item.Substring(space + 1) : item;
    }

    private List<Signatory> BuildSignatories(List<(int Index, string Text, string Raw, int? Number, bool Late)> entries)
    {
        var shortFirst = 0;
        foreach (var entry in entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (SignatoryLineParser.OpensWithShortName(entry.Text)) shortFirst++;
        }
        var shape = shortFirst * 2 > entries.Count ? ListShape.ShortNameFirst : ListShape.NameFirst;
        var signatories = new List<Signatory>(entries.Count);
        var position = 0;
        foreach (var entry in entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var parts = SignatoryLineParser.Parse(entry.Text, entry.Raw, shape, inline: _roles[entry.Index] == LineRole.SignatoryHeading);
            var line = _lines[entry.Index];
            if (!parts.HasName) _issues.Add(IssueCatalog.UnsplitSignatory.At(line.Number, 1, line.Raw.Length, entry.Text));
            if (parts.UnknownCountry is { } place)
            {
                // The place is the line's last words (", Xyz") or its first ("Xyz: …").
                var column = line.Raw.TrimEnd().EndsWith(place, StringComparison.Ordinal)
                    ? line.Raw.LastIndexOf(place, StringComparison.Ordinal) : line.Raw.IndexOf(place, StringComparison.Ordinal);
                _issues.Add(IssueCatalog.UnknownCountry.At(line.Number, column < 0 ? 1 : column + 1, place.Length, place, parts.Name));
            }
            // Printed numbers are kept while they go up; a later wave numbered from 1 again continues the count.
            position = entry.Number is { } printed && printed > position ? printed : position + 1;
            var country = parts.CountryCode is { } code ? Country.FromCode(code) : null;
            signatories.Add(new Signatory("", position, parts.ShortName, parts.Name, parts.EnglishName, country, entry.Late, line.Number));
        }
        return signatories;
    }

    // ---- assembling the statement ----

    private Statement Assemble(string? title, int? titleLine, List<Signatory> signatories, SignatoryHeading? heading, int? headingIndex)
    {
        _fields.Sort((a, b) => a.Index.CompareTo(b.Index));
        Issuer? issuer = null;
        StatementKind? kind = null;
        string? meeting = null, place = null;
        DateMention? date = null;
        int? issuerLine = null, kindLine = null, meetingLine = null, placeLine = null, dateLine = null;
        foreach (var (index, field) in _fields)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var number = _lines[index].Number;
            if (field.UnknownIssuer is { } acronym) ReportUnknownIssuer(_lines[index], acronym);
            Take(ref issuer, ref issuerLine, field.Issuer, number);
            Take(ref kind, ref kindLine, field.Kind, number);
            Take(ref meeting, ref meetingLine, field.Meeting, number);
            Take(ref place, ref placeLine, field.Place, number);
            Take(ref date, ref dateLine, field.Date, number);
        }

        // A meeting of the IMCWP's working group is the meeting, whatever later meeting it prepares.
        if (meeting is null && WorkingGroupMeeting() is { } group)
        {
            Take(ref meeting, ref meetingLine, group.Name, group.Line);
            Take(ref issuer, ref issuerLine, Issuer.Imcwp, group.Line);
        }

        // A title of the form "Statement of the 18th International Meeting of …" names its author and meeting.
        if (title is not null && KindRules.KindAndAuthor(title) is { } authored)
        {
            Take(ref issuer, ref issuerLine, IssuerRules.FindIn(authored.Author), titleLine!.Value);
            Take(ref meeting, ref meetingLine, MeetingRules.FindIn(authored.Author), titleLine!.Value);
        }

        // Sentences that name the meeting, place and date: the list's heading first, then the body in order.
        foreach (var index in SentenceLines(headingIndex))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var text = _lines[index].Text;
            var number = _lines[index].Number;
            var meetingHere = MeetingRules.FindIn(text);
            Take(ref meeting, ref meetingLine, meetingHere, number);
            if (meetingHere is not null || index == headingIndex) Take(ref issuer, ref issuerLine, IssuerRules.FindIn(text), number);
            if (place is null && PlaceRules.HeldInSentence(text) is { } heldIn)
            {
                Take(ref place, ref placeLine, heldIn.Place, number);
                Take(ref date, ref dateLine, heldIn.Date, number);
            }
            // "Adopted by the XXIV Plenary Session of the ICMLPO, October 2018, and signed by the following …:"
            if (index == headingIndex && Adoption.IsMatch(text)) Take(ref date, ref dateLine, DateReader.FindFirst(text), number);
        }
        // The body named in any language, or a meeting only one body holds, anywhere in the statement's own text.
        if (issuer is null) (issuer, issuerLine) = IssuerAnywhere(title, titleLine);
        if (meeting is null) (meeting, meetingLine) = MeetingAnywhere(title, titleLine);
        if (place is null)
        {
            (place, placeLine) = HeldInAnywhere();
            // The date of the sentence that says where the meeting was held ("… 2021 Ekim ayında Avrupa’da yapıldı").
            if (date is null && placeLine is { } heldLine && DateReader.FindFirst(_lines[heldLine - 1].Text) is { } heldOn) (date, dateLine) = (heldOn, heldLine);
        }

        if (title is not null && kind is null && KindRules.FromTitle(title) is { } titleKind)
        {
            kind = titleKind;
            kindLine = titleLine;
        }

        var (asOf, asOfLine) = LatestAsOf();
        var span = ResolveDate(date, dateLine, asOf, ref dateLine);
        var finalKind = kind ?? StatementKind.Statement;
        var id = StatementIds.Create(issuer, span, finalKind, title, meeting);
        var role = signatories.Count > 0 ? heading?.Role ?? SignatoryRole.Signatory : (SignatoryRole?)null;
        var withIds = signatories.ConvertAll(s => s with { StatementId = id });

        var body = new List<BodyBlock>();
        var boilerplate = new List<TextLine>();
        var unplaced = new List<TextLine>();
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var line = _lines[i];
            switch (_roles[i])
            {
                case LineRole.Body:
                    body.Add(ToBlock(i));
                    break;
                case LineRole.Boilerplate:
                    boilerplate.Add(new TextLine(WithoutMarker(i), line.Number));
                    break;
                case LineRole.None:
                    _roles[i] = LineRole.Unplaced;
                    unplaced.Add(new TextLine(line.Text, line.Number));
                    _issues.Add(IssueCatalog.UnplacedLine.At(line.Number, 1, line.Raw.Length, line.Text));
                    break;
            }
        }

        var lines = new StatementLines(titleLine, issuerLine, kindLine, meetingLine, placeLine, dateLine,
            asOfLine, role is null ? null : Number(headingIndex));
        return new Statement(id, _fileName, issuer, finalKind, title, meeting, place, span,
            asOf, role, new ValueList<Signatory>(withIds), new ValueList<BodyBlock>(body),
            new ValueList<TextLine>(boilerplate), new ValueList<TextLine>(unplaced), lines);
    }

    // The lines whose words belong to the statement (not furniture, not the list's entries), in order.
    private IEnumerable<int> OwnLines()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] is LineRole.Field or LineRole.Body or LineRole.SignatoryHeading) yield return i;
        }
    }

    // A sentence of the body that reports a meeting of the working group ("The Working Group … met in Lisbon"); the
    // group as a statement's author ("Statement of the Working Group of the IMCWP") is no meeting.
    private (string Name, int Line)? WorkingGroupMeeting()
    {
        (string Name, int Line)? bare = null;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] is not (LineRole.Body or LineRole.None or LineRole.SignatoryHeading)) continue;
            var text = _lines[i].Text;
            if (Lexicons.MeetingNames.FindIn(text) is not { } found || !IsWorkingGroup(found.Name)
                || !Lexicons.Lexicons.SpeakOfMeeting(Lexicons.Lexicons.Words(text))) continue;
            // The group named with the body it works for, rather than a later mention of "the Working Group" alone.
            if (Lexicons.Lexicons.Words(found.Name).Count > 3) return (found.Name, _lines[i].Number);
            bare ??= (found.Name, _lines[i].Number);
        }
        return bare;
    }

    private static bool IsWorkingGroup(string meeting) => Lexicons.Lexicons.WorkingGroupAt(Lexicons.Lexicons.Words(meeting), 0) > 0;

    private (Issuer?, int?) IssuerAnywhere(string? title, int? titleLine)
    {
        if (title is not null && IssuerIn(title) is { } fromTitle) return (fromTitle, titleLine);
        foreach (var i in OwnLines())
        {
            if (IssuerIn(_lines[i].Text) is { } found) return (found, _lines[i].Number);
        }
        return (null, null);
    }

    private static Issuer? IssuerIn(string text) =>
        IssuerRules.FindIn(text) ?? Lexicons.Lexicons.FindIssuer(Lexicons.Lexicons.Words(text))?.Issuer ?? Lexicons.MeetingNames.FindIn(text)?.Issuer;

    private (string?, int?) MeetingAnywhere(string? title, int? titleLine)
    {
        if (title is not null && Lexicons.MeetingNames.FindIn(title) is { } fromTitle && !IsWorkingGroup(fromTitle.Name)) return (fromTitle.Name, titleLine);
        foreach (var i in OwnLines())
        {
            if (Lexicons.MeetingNames.FindIn(_lines[i].Text) is { } found && !IsWorkingGroup(found.Name)) return (found.Name, _lines[i].Number);
        }
        return (null, null);
    }

    // "… se reúne en Beirut, Líbano, …": a "held in" phrase of any lexicon, and the place after it.
    private (string?, int?) HeldInAnywhere()
    {
        foreach (var i in OwnLines())
        {
            var text = _lines[i].Text;
            var end = Lexicons.Lexicons.EndOfHeldInPhrase(text);
            if (end > 0 && PlaceRules.PlaceOpening(text.Substring(end).Trim()) is { } found) return (found, _lines[i].Number);
            if (Lexicons.Lexicons.PlaceBeforeHeld(text) is { } locative) return (locative, _lines[i].Number);
        }
        return (null, null);
    }

    private IEnumerable<int> SentenceLines(int? headingIndex)
    {
        if (headingIndex is { } h) yield return h;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] == LineRole.Body) yield return i;
        }
    }

    /// <summary>The statement's date: as read; a date without a year takes the year of the page's print stamp
    /// (the latest year that does not put it after the stamp) or of the list's as-of date; with no date at all,
    /// the month of the list's as-of date (a statement is issued no later than its list of signatories).</summary>
    private DateSpan? ResolveDate(DateMention? date, int? dateLine, DateTime? asOf, ref int? resolvedLine)
    {
        if (date is { } found)
        {
            if (!Exists(found, dateLine ?? 0, "the statement's date"))
            {
                resolvedLine = null;
                return null;
            }
            if (found.Year is not null) return found.ToSpan();
            var reference = _printStamp ?? asOf;
            if (reference is { } r)
            {
                var span = found.ToSpan(r.Year);
                if (span is not null && span.Start > r) span = found.ToSpan(r.Year - 1);
                if (span is not null) return span;
            }
            _issues.Add(IssueCatalog.DateWithoutYear.At(dateLine ?? 0, 1, 0, Describe(found)));
            resolvedLine = null;
            return null;
        }
        resolvedLine = null;
        return asOf is { } list ? DateSpan.Month(list.Year, list.Month) : null;
    }

    // The date as read, its missing year shown as ????: "2020-02-30", "????-10-18..20", "????-10".
    private static string Describe(DateMention date)
    {
        var year = date.Year is { } known ? known.ToString("0000", CultureInfo.InvariantCulture) : "????";
        if (date.FirstDay is not { } first) return string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}", year, date.Month);
        var days = date.LastDay is { } last && last != first
            ? string.Format(CultureInfo.InvariantCulture, "{0:00}..{1:00}", first, last)
            : first.ToString("00", CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}-{2}", year, date.Month, days);
    }

    /// <summary>Whether the days of <paramref name="date"/> exist in its month (in some year, when it gives none);
    /// when they do not, the date is reported as one that cannot be read, naming <paramref name="what"/> it would have been.</summary>
    private bool Exists(DateMention date, int lineNumber, string what)
    {
        if (date.Month is not { } month || date.LastDay is not { } last) return true;
        // 2000 is a leap year: with no year given, 29 February may exist.
        var days = DateTime.DaysInMonth(date.Year ?? 2000, month);
        if (last <= days) return true;
        var reason = date.Year is { } year
            ? string.Format(CultureInfo.InvariantCulture, "{0} {1} has {2} days", MonthNames.English(month), year, days)
            : string.Format(CultureInfo.InvariantCulture, "{0} never has {1} days", MonthNames.English(month), last);
        var length = lineNumber > 0 ? _lines[lineNumber - 1].Raw.Length : 0;
        _issues.Add(IssueCatalog.UnreadableDate.At(lineNumber, 1, length, Describe(date), reason, what));
        return false;
    }

    private void ReportUnknownIssuer(InputLine line, string acronym)
    {
        var column = line.Raw.IndexOf(acronym, StringComparison.Ordinal) + 1;
        _issues.Add(IssueCatalog.UnknownIssuer.At(line.Number, column, acronym.Length, acronym));
    }

    /// <summary>The latest as-of date of the list's headings (later waves usually bring the list up to date) and its line.</summary>
    private (DateTime? Date, int? Line) LatestAsOf()
    {
        (DateTime? Date, int? Line) latest = (null, null);
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] != LineRole.SignatoryHeading || SignatoryHeadingRules.Match(_lines[i].Text) is not { } heading) continue;
            if (AsOfDate(heading.Qualifier, _lines[i].Number) is { } date && (latest.Date is null || date > latest.Date)) latest = (date, _lines[i].Number);
        }
        return latest;
    }

    private DateTime? AsOfDate(string qualifier, int lineNumber)
    {
        var marker = AsOf.Match(qualifier);
        var from = marker.Success ? qualifier.Substring(marker.Index + marker.Length) : qualifier;
        return DateReader.FindFirst(from) is { FirstDay: not null } found && Exists(found, lineNumber, "the list's as-of date")
            && found.ToSpan() is { } span ? span.Start : null;
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

    private void ReportSuspiciousCharacters()
    {
        foreach (var line in _lines)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < line.Raw.Length; i++)
            {
                var c = line.Raw[i];
                var description = SuspiciousCharacters.Describe(line.Raw, i);
                if (description is null) continue;
                _issues.Add(IssueCatalog.SuspiciousCharacter.At(line.Number, i + 1, 1, description, (int)c));
                break;
            }
        }
    }

    // U+FFFD stands for bytes a decoder could not read (the compiler decodes invalid UTF-8 so): what they were is lost.
    private void ReportReplacementCharacters()
    {
        const char Replacement = '\uFFFD';
        InputLine? first = null;
        var count = 0;
        foreach (var line in _lines)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            foreach (var c in line.Raw)
            {
                if (c == Replacement) count++;
            }
            if (first is null && count > 0) first = line;
        }
        if (first is null) return;
        var reason = string.Format(CultureInfo.InvariantCulture,
            "{0} undecodable byte sequence{1} became U+FFFD, the first here", count, count == 1 ? "" : "s");
        _issues.Add(IssueCatalog.NotUtf8.At(first.Number, first.Raw.IndexOf(Replacement) + 1, 1, _fileName, reason));
    }

    /// <summary>The length and printed number of the list marker <paramref name="text"/> opens with; length 0 for none.</summary>
    internal static (int Length, int? Number) ReadMarker(string text)
    {
        // Speed only, same results: the marker pattern opens with '(', a digit (`\d`, as char.IsDigit) or a bullet.
        if (text.Length == 0 || !(text[0] == '(' || char.IsDigit(text[0]) || Bullets.IndexOf(text[0]) >= 0)) return (0, null);
        var marker = ListMarker.Match(text);
        if (!marker.Success) return (0, null);
        var number = marker.Groups["number"];
        return (marker.Length, number.Success ? DecimalDigits.Parse(number.Value) : null);
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
        var marker = ListMarker.Match(trimmed);
        return marker.Success ? trimmed.Substring(marker.Length) : trimmed;
    }
}
