using System;
using System.Text.RegularExpressions;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

// The header (title and field lines until the first running text), the footer of field lines that closes the body, and the body's blocks.
internal sealed partial class StatementReader
{
    private const int MaxTitleLength = 200;

    private const int MostSignsOfAStrayMark = 2;

    private static bool IsStrayMark(string text) => text.Length is > 0 and <= MostSignsOfAStrayMark && !TextShape.IsCaselessLetter(text[0]);

    // "setkani_kds_petrohrad", "IMG_2041": a picture's file name that the copy kept in place of the picture, words joined
    // by underscores with no space, is no title.
    private static bool IsFileName(string text) => text.IndexOf('_') > 0 && text.IndexOf(' ') < 0;

    // One word of letters in capitals, longer than most acronyms ("POLÍTICA", "INTERNACIONAL", "WORLD").
    private static bool IsSectionLabel(string text)
    {
        var word = text.Trim();
        if (word.Length < LeastSectionLabelLetters || word.IndexOf(' ') >= 0) return false;
        foreach (var c in word)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    // "Publicidade", "سياسة" (politics), "General" above "PSOL, PSTU e PCB acertam …": one capitalised word (or one of a
    // script with no capitals) above a headline of a few words is the page's section or an advertisement's label. A
    // document's word ("Pressemitteilung", "Kommuniké") titles the text, a country may be a title's place, and a name in
    // capitals an acronym; signs with no spaces between words may be a whole title.
    private static bool IsSectionWordAbove(string text, string headline)
    {
        var word = text.Trim();
        if (word.Length < LeastSectionWordLetters || word.IndexOf(' ') >= 0 || Scripts.Of(word) is Script.Other or Script.None) return false;
        if (!(char.IsUpper(word[0]) || TextShape.IsCaselessLetter(word[0])) || TextShape.IsInCapitals(word)) return false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)) return false;
        }
        var folded = NameFolding.Fold(word);
        return TextShape.WordCount(headline) >= LeastHeadlineWordsUnderSection && !Rules.KindRules.IsKindWord(folded)
            && Countries.CountryLookup.Default.Exact(word) is null && !Lexicons.Lexicons.IsOrganisationWord(folded);
    }

    private const int LeastSectionWordLetters = 4;

    private const int LeastHeadlineWordsUnderSection = 4;

    // "KKE", "MLPD", "ICMLPO": shorter words in capitals may be an organisation's acronym.
    private const int LeastSectionLabelLetters = 7;

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

    /// <summary>The line a few lines below <paramref name="index"/> whose title opens with the document's word, when
    /// the lines from <paramref name="index"/> down to it are the page's: the title under a site's name or its motto.
    /// A headline above a subtitle naming the document ("Hands off …!" / "Joint statement") is the title itself.</summary>
    private int? DocumentTitleBelow(int index, int end)
    {
        // "TROTZ ALLEDEM!": a periodical's name in capitals, exclaimed like a slogan, above a title that names the
        // document and more than the kind of its authors.
        var exclaimedName = IsExclaimedName(_lines[index].Text);
        if (!exclaimedName && !IsPagesLine(_lines[index].Text)) return null;
        var seen = 0;
        for (var i = index + 1; i < end && seen < MostLinesAboveTitle; i++)
        {
            if (_roles[i] != LineRole.None || _lines[i].IsBlank) continue;
            seen++;
            var text = _lines[i].Text;
            if (FieldLineRules.Read(text) is not null) continue;
            if (IsTitleLike(text) && NamesDocumentEarly(text)) return exclaimedName && IsGenericDocumentLine(text) ? null : i;
            // "[The following statement is reprinted from …": the editor's word on the document stays above it.
            if (!TextShape.HasLetter(text) || Rules.KindRules.NamedIn(text) is not null) continue;
            if (!IsPagesLine(text)) return null;
        }
        return null;
    }

    // The lines a title may have above it on a page: a site's name, its motto (a verse of two lines), a section.
    private const int MostLinesAboveTitle = 4;

    // "Joint statement of communist and workers' parties": a document's word and the kind of organisations it comes from,
    // which says less than the line above it ("Communiqué of the regional meeting of communist parties"), and no title
    // under a kicker.
    private static bool IsGenericDocumentLine(string text)
    {
        var words = Lexicons.Lexicons.Words(text);
        if (words.Count == 0) return false;
        foreach (var word in words)
        {
            if (!(Rules.KindRules.IsKindWord(word) || Lexicons.Lexicons.IsKindQualifier(word) || Lexicons.Lexicons.IsKindPreposition(word)
                || Lexicons.Lexicons.IsNameLink(word) || Lexicons.Lexicons.IsArticle(word) || Lexicons.Lexicons.IsConjunction(word)
                || Lexicons.Lexicons.IsOrganisationWord(word) || Lexicons.Lexicons.IsListNoun(word))) return false;
        }
        return true;
    }

    // A site's name ("Freedom Road Socialist Organization": an organisation's name and nothing else), or a motto: words
    // that are no title (a verse, a long line) and name no organisation, body, meeting or document.
    private static bool IsPagesLine(string text)
    {
        if (!TextShape.HasLetter(text)) return false;
        var words = Lexicons.Lexicons.Words(text);
        if (Rules.KindRules.FromTitle(text) is not null || Rules.KindRules.NamedIn(text) is not null || IssuerIn(text) is not null) return false;
        // "Meeting of communist parties" above "Joint statement": a headline of the event, not the site's.
        if (Lexicons.Lexicons.SpeakOfMeeting(words)) return false;
        // "Four Parties Hold Talks In Valletta": a headline that counts organisations speaks of them; no site is named so.
        if (Lexicons.Lexicons.CountOfNamed(words) is not null) return false;
        if (Lexicons.Lexicons.HasOrganisationWord(words)) return ProseNames.IsWholeName(text);
        // (Chinese and Japanese write no spaces and no capitals: a line of many signs is a headline, not a site's name.)
        if (Text.Scripts.EastAsianSigns(text) > MostSiteNameSigns) return false;
        // "This Site", "Congress Documents Archive", "PCP": a few capitalised words (a link, a logo's name) that end in no
        // headline's mark, above a title that names the document; a headline in sentence case ("Strengthening
        // anti-imperialist struggle") above "Joint statement of …" is the title.
        // (Written words: "Encyclopedia of Anti-Revisionism On-Line" is four, its hyphens no breaks.)
        return !IsTitleLike(text) || (TextShape.WordCount(text) <= MostSiteNameWords && EveryWordCapitalised(text) && !text.EndsWith("!", StringComparison.Ordinal)
            && !text.EndsWith("?", StringComparison.Ordinal) && !text.EndsWith(".", StringComparison.Ordinal));
    }

    // One capitalised word with no mark of a headline's end.
    private static bool IsSectionWord(string text) =>
        text.IndexOf(' ') < 0 && text.Length > 1 && char.IsUpper(text[0]) && char.IsLetter(text[text.Length - 1]) && !TextShape.IsInCapitals(text)
        // ("Statement", "Uttalelse", "Kommuniké": the document's word alone is its title, not the site's section.)
        && !Rules.KindRules.IsKindWord(NameFolding.Fold(text));

    // A headline: three words or more, no sentence of running text.
    private static bool IsHeadline(string text) => TextShape.WordCount(text) >= MinHeadlineWords && !IsSentence(text);

    private const int MinHeadlineWords = 3;

    private static bool IsExclaimedName(string text) =>
        text.EndsWith("!", StringComparison.Ordinal) && Lexicons.Lexicons.Words(text).Count is > 0 and <= MostSiteNameWords
        && TextShape.IsInCapitals(text);

    private static bool EveryWordCapitalised(string text)
    {
        foreach (var word in text.Split(' '))
        {
            // (Small words between, as names write them: "19th Congress of KKE".)
            if (word.Length > 0 && char.IsLower(word[0]) && !Lexicons.Lexicons.IsNameLink(NameFolding.Fold(word))) return false;
        }
        return true;
    }

    private const int MostSiteNameWords = 4;

    private const int MostSiteNameSigns = 6;

    // A title that opens with the document's word, or has it among its first words ("Solidarity resolution to …").
    private static bool NamesDocumentEarly(string text)
    {
        if (Rules.KindRules.OpensTitle(text)) return true;
        // Not an editor's note that announces the document ("[The following declaration was adopted …]").
        if (!char.IsLetterOrDigit(text[0])) return false;
        var words = Lexicons.Lexicons.Words(text);
        for (var i = 0; i < words.Count && i < KindWordAmongFirst; i++)
        {
            if (Rules.KindRules.IsKindWord(words[i])) return true;
        }
        return false;
    }

    private const int KindWordAmongFirst = 3;

    // Above the document's title: a divider, or a line announcing the statement ("[The following statement is reprinted
    // …"), stays its text; field lines are read as such; the rest is the page's.
    // A short line that opens in lower case with a conjunction or a name's link ("e Operários", "and Workers' Parties").
    private static bool IsCutLineEnd(string text)
    {
        if (text.Length == 0 || !char.IsLower(text[0]) || TextShape.WordCount(text) > MostWordsOfACutLineEnd) return false;
        var words = Lexicons.Lexicons.Words(text);
        return words.Count > 1 && (Lexicons.Lexicons.IsConjunction(words[0]) || Lexicons.Lexicons.IsNameLink(words[0]));
    }

    private const int MostWordsOfACutLineEnd = 5;

    private void MarkAboveTitle(int from, int title)
    {
        for (var i = from; i < title; i++)
        {
            if (_roles[i] != LineRole.None || _lines[i].IsBlank) continue;
            var text = _lines[i].Text;
            if (FieldLineRules.Read(text) is not null) continue;
            _roles[i] = !TextShape.HasLetter(text) || Rules.KindRules.NamedIn(text) is not null ? LineRole.Body : LineRole.Boilerplate;
        }
    }

    /// <summary>Whether a line opens a paragraph that the following lines carry on in lower case, over three lines or
    /// up to a colon: running text wrapped by the page, not a title. A page wraps its text at a width a few words do not
    /// reach: a title a layout broke into short lines ("Résolution finale de la" / "4ème conférence mondiale" /
    /// "de l’ICOR") is none.</summary>
    private bool OpensRunInParagraph(int index, int end)
    {
        if (_lines[index].Text.Length < WrappedLineLength && Rules.KindRules.OpensTitle(_lines[index].Text)) return false;
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
        text.Length <= 30 && EndsWithConnector(text) && !Rules.KindRules.OpensTitle(text) && index + 1 < end && _roles[index + 1] == LineRole.None
        && FieldLineRules.ReadKicker(_lines[index + 1].Text) is not null;

    /// <summary>Whether a line above a title announces the statement (<c>25 kommunistische und Arbeiterparteien
    /// Europas:</c>; <c>A continuación publicamos la Declaración conjunta del …</c>): a few words ending in a colon, or a
    /// sentence that names the document by its word, with a title-like line after it.</summary>
    private bool AnnouncesTitle(string text, int index, int end)
    {
        // ("The Left parties – CPI(M), CPI, … – have issued the following statement:": a sentence of any length that
        // names the document as the one that follows; one that says who attended or signed is read for its names.)
        var announces = text.EndsWith(":", StringComparison.Ordinal)
            ? TextShape.WordCount(text) <= AnnouncementWords || (Rules.KindRules.NamedIn(text) is not null && Lexicons.Lexicons.Words(text) is var words
                && Lexicons.Lexicons.HoldsFollowingWord(words) && Lexicons.Lexicons.RoleIn(words) is null)
            : text.EndsWith(".", StringComparison.Ordinal) && Rules.KindRules.NamedIn(text) is not null;
        return announces && NextTitleCandidate(index + 1, end) is not null;
    }

    private const int AnnouncementWords = 8;

    // (A line of a sign or two, "x", "Ok", "1", is a page's button or a stray mark, no title; in a script with no
    // capitals two signs may be a word: "宣言".)
    private static bool IsTitleLike(string text) =>
        text.Length <= MaxTitleLength && !IsStrayMark(text) && !IsFileName(text) && !IsSalutation(text) && (ReadMarker(text).Length == 0 || OpensWithNumberedMeeting(text) || OpensWithMeetingOrdinal(text))
        && !(text.EndsWith(",", StringComparison.Ordinal) || text.EndsWith(";", StringComparison.Ordinal) || text.EndsWith(":", StringComparison.Ordinal))
        && !IsSentence(text);

    // "23. Internationale Konferenz … erfolgreich abgeschlossen": the number is the meeting's ordinal, not a list's.
    private static bool OpensWithNumberedMeeting(string text) =>
        Lexicons.MeetingNames.FindIn(text) is { } meeting && text.StartsWith(meeting.Name, StringComparison.Ordinal);

    // "9. SEDNICA KOORDINACIONOG TELA …": a number and its full stop before a meeting's word is the meeting's ordinal, as
    // Slavic languages and German write ordinals, not a list's number.
    private static bool OpensWithMeetingOrdinal(string text)
    {
        var number = ListMarker.Match(text).Groups["number"];
        if (!number.Success || text[number.Index + number.Length] != '.') return false;
        var words = Lexicons.Lexicons.Words(text.Substring(number.Index + number.Length + 1));
        return words.Count > 1 && Lexicons.Lexicons.SpeakOfMeeting(new[] { words[0] });
    }

    // A sentence of running text: it ends with a full stop and has more words than a title. A line that opens with the
    // document's word is a title however long ("Erklæring fra det 17. plenumsmøtet i Den internasjonale konferansen av
    // … (IKMLPO).").
    private static bool IsSentence(string text)
    {
        return text.EndsWith(".", StringComparison.Ordinal) && TextShape.WordCount(text) > 12 && !Rules.KindRules.OpensTitle(text);
    }

    // The lines a title goes on over below its first.
    private const int MostWrappedTitleLines = 2;

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

    private int ReadFooter(int bodyStart, int end)
    {
        var footerStart = end;
        var signatures = 0;
        for (var i = end - 1; i >= bodyStart; i--)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            if (_roles[i] != LineRole.None && _roles[i] != LineRole.Field) break;
            if (_roles[i] == LineRole.None)
            {
                if (FieldLineRules.Read(_lines[i].Text) is not { } field)
                {
                    // "18 de abril de 2016 / Comitê Coordenador da CIPOML": the signature of whoever speaks closes the text
                    // under its date; it stays the body's, and the footer's fields above it are read.
                    if (footerStart == end && signatures < MostClosingSignatures && IsClosingSignature(_lines[i].Text))
                    {
                        signatures++;
                        continue;
                    }
                    break;
                }
                _roles[i] = LineRole.Field;
                _fields.Add((i, field));
                if (signatures > 0) continue;
            }
            footerStart = i;
        }
        return footerStart;
    }

    private const int MostClosingSignatures = 2;

    // A short line naming an organisation, with no sentence's end: a signature under a statement. A site's name under
    // its menu ends with the dash that joined it to the page's name ("Communist Party of Greece –").
    private static bool IsClosingSignature(string text) =>
        text.Length <= 160 && TextShape.WordCount(text) <= 16 && char.IsUpper(text[0])
        && (char.IsLetterOrDigit(text[text.Length - 1]) || text.EndsWith(")", StringComparison.Ordinal))
        && Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(text));

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

    // Each lexicon's openings of a salutation ("Dear comrades,", "Liebe Genossinnen und Genossen").
    // "Dear comrades,", "To the workers, the youth and the women of Sudan,": a salutation ends where the letter begins, or
    // is a few words; "To the Tunisian workers, to the Communist Party of the Workers of Tunisia (PCOT)", a heading that
    // goes on, is the title of a message.
    private static bool IsSalutation(string text) =>
        Salutation.IsMatch(text) && (text.EndsWith(",", StringComparison.Ordinal) || text.EndsWith(":", StringComparison.Ordinal)
            || text.EndsWith("!", StringComparison.Ordinal) || TextShape.WordCount(text) <= MostSalutationWords);

    private const int MostSalutationWords = 4;

    private static readonly Regex Salutation = new(
        @"^(?:" + Lexicons.Lexicons.Pattern(l => l.Salutations) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex DateStamp = new(@"^date \d{4}-\d{2}(?:-\d{2})?(?: |$)", RegexOptions.CultureInvariant);

    // The stamp stays when what follows reports who signs ("Το ΑΚΕΛ συνυπογράφει …"): news of the statement, whose names
    // the opening's reading takes, not its title.
    private static string WithoutDateStamp(string text) =>
        text.StartsWith("date ", StringComparison.Ordinal) && DateStamp.Match(text) is { Success: true } stamp
        && Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(text)) is null ? text.Substring(stamp.Length) : text;

    // Whether a line of the page's furniture above the line is a breadcrumb that ends with the line's text after one of
    // its separators.
    private bool EndsBreadcrumbAbove(int index, string text)
    {
        if (text.Length < ShortestHeadlineByBreadcrumb) return false;
        for (var i = 0; i < index; i++)
        {
            if (_roles[i] != LineRole.Boilerplate) continue;
            var above = _lines[i].Text.TrimEnd();
            if (above.Length <= text.Length || !above.EndsWith(text, StringComparison.Ordinal)) continue;
            var before = above.Substring(0, above.Length - text.Length).TrimEnd();
            if (before.Length > 0 && Array.IndexOf(BreadcrumbSeparators, before[before.Length - 1]) >= 0) return true;
        }
        return false;
    }

    private static readonly char[] BreadcrumbSeparators = { '/', '»', '›', '>', '|', ':' };

    // A headline shorter than this (in characters) is too short to be told by the breadcrumb it ends ("Home / News").
    private const int ShortestHeadlineByBreadcrumb = 20;

    // Whether the next line with text, blank lines aside, is this line's text without its marker.
    private bool IsRepeatedOnNextLine(int index, int end)
    {
        var text = WithoutMarker(index);
        for (var i = index + 1; i < end; i++)
        {
            if (_lines[i].IsBlank) continue;
            return _roles[i] == LineRole.None && string.Equals(_lines[i].Text, text, StringComparison.Ordinal);
        }
        return false;
    }

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
            // ("Long live the Paris Commune!" / "On 18 March 1871": a date after its preposition in the header is the
            // statement's only right under the document's word, read with it below.)
            if (FieldLineRules.Read(text) is { } field && FieldLineRules.DatePrepositionLine(text) is null)
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
            // ("Dichiarazione dell’Incontro Internazionale di Atene dei Partiti Comunisti e" / "Operai": a subtitle wrapped
            // onto the next line is read whole.)
            var wrapsOn = title is not null && i + 1 < end && _roles[i + 1] == LineRole.None && EndsWithConnector(text) && ContinuesTitle(text, _lines[i + 1].Text);
            if (title is not null && FieldLineRules.ReadSubtitle(wrapsOn ? text + " " + _lines[i + 1].Text : text) is { } subtitle)
            {
                _roles[i] = LineRole.Field;
                _fields.Add((i, subtitle));
                if (wrapsOn) _roles[++i] = LineRole.Field;
                continue;
            }
            // "Fermiamo la guerra in Ucraina!" / "Dichiarazione congiunta" / "Roma, 24 febbraio 2024": the document's word
            // alone (with its qualifiers) under the title says what the document is, and the header goes on under it; read
            // with the body, it and the line of place and date after it made one paragraph.
            if (title is not null && IsGenericDocumentLine(text) && Rules.KindRules.FromTitle(text) is { } kindUnderTitle)
            {
                _roles[i] = LineRole.Field;
                _fields.Add((i, new FieldLine(Kind: kindUnderTitle)));
                // ("… / Déclaration commune / Le 12 avril 2023": a date after its preposition right under the document's word
                // is the document's.)
                if (i + 1 < end && _roles[i + 1] == LineRole.None && FieldLineRules.DatePrepositionLine(_lines[i + 1].Text) is { } dated)
                {
                    _roles[++i] = LineRole.Field;
                    _fields.Add((i, new FieldLine(Date: dated)));
                }
                continue;
            }
            // A site's name, motto or section above a title that names the document ("Fight Back! News" / … /
            // "Resolution on Solidarity with Cuba"): the page's, not the statement's.
            if (title is null && DocumentTitleBelow(i, end) is { } documentTitle)
            {
                MarkAboveTitle(i, documentTitle);
                continue;
            }
            // "POLÍTICA" above "¡Declaración! Partido Progresista, …": one word in capitals above a headline is the page's
            // section, not the title.
            if (title is null && NextTitleCandidate(i + 1, end) is { } headlineBelow && (IsSectionLabel(text) || IsSectionWordAbove(text, _lines[headlineBelow].Text)))
            {
                _roles[i] = LineRole.Boilerplate;
                continue;
            }
            // A divider ("*****") or a kicker's lead-in ("Suivi de la") before the title is the page's text, not its title.
            if (title is null && (!TextShape.HasLetter(text) || IsLeadIn(text, i, end) || AnnouncesTitle(text, i, end)))
            {
                _roles[i] = LineRole.Body;
                continue;
            }
            // "e Operários" above "Grupo de Trabalho reuniu na Turquia": the end of a line the excerpt cut, opening with a
            // conjunction or a name's link in lower case, is no title; it fits nothing, and is left unplaced.
            if (title is null && IsCutLineEnd(text) && NextTitleCandidate(i + 1, end) is not null) continue;
            // "x" above the title: a page's button or a stray mark (a line with no letter was made the body's above).
            if (title is null && IsStrayMark(text) && TextShape.HasLetter(text))
            {
                _roles[i] = LineRole.Boilerplate;
                continue;
            }
            // "protest_nato_2019_web" above the title: a picture's file name, kept where the picture stood.
            if (title is null && IsFileName(text) && NextTitleCandidate(i + 1, end) is not null)
            {
                _roles[i] = LineRole.Boilerplate;
                continue;
            }
            // "• Home" / "• News" / "• Communists of many countries met …" above "Communists of many countries met …": a
            // breadcrumb's last item repeats the headline under it, and is the page's.
            if (title is null && _markers[i].Length > 0 && IsRepeatedOnNextLine(i, end))
            {
                _roles[i] = LineRole.Boilerplate;
                continue;
            }
            // " date 2026-01-07 DECLARACIÓN CONJUNTA …": a page's date stamp copied onto the title's line is no part of it.
            text = WithoutDateStamp(text);
            // "Usted está aquí: Inicio / 2021 / Primero de Mayo – ¡…! ¡…!" above "Primero de Mayo – ¡…! ¡…!": the headline
            // the page's breadcrumb ends with is the title, however long or exclaimed.
            var named = title is null && EndsBreadcrumbAbove(i, text);
            if (title is not null || (!named && (!IsTitleLike(text) || OpensRunInParagraph(i, end)))) break;
            // A kicker above the title names the document and its meeting or body ("Resolution of the 5th World
            // Conference"): a field line, when a title follows it.
            if (FieldLineRules.ReadKicker(text) is { } kicker && NextTitleCandidate(i + 1, end) is { } next && !IsGenericDocumentLine(_lines[next].Text))
            {
                _roles[i] = LineRole.Field;
                _fields.Add((i, kicker));
                continue;
            }
            // "País" above "VIII Encontro de Partidos Comunistas começa hoje em Lisboa": a site's section in one word, above
            // a headline of its own words, is the page's.
            if (IsSectionWord(text) && NextTitleCandidate(i + 1, end) is { } headline && IsHeadline(_lines[headline].Text))
            {
                _roles[i] = LineRole.Boilerplate;
                continue;
            }
            // "Dokumente zum Zeitgeschehen" above "MADRIDER ERKLÄRUNG DER …" / "=====": a plain-text page underlines its
            // title; a line above it that is not underlined is the page's rubric.
            if (IsAboveUnderlinedTitle(i, end))
            {
                _roles[i] = LineRole.Boilerplate;
                continue;
            }
            title = text;
            titleLine = _lines[i].Number;
            _roles[i] = LineRole.Field;
            // A title wrapped over two lines or three: the next line carries on the phrase ("Résolution finale de la" /
            // "4ème conférence mondiale" / "de l’ICOR").
            for (var wrapped = 0; wrapped < MostWrappedTitleLines && i + 1 < end && _roles[i + 1] == LineRole.None && !Rules.BoilerplateRules.IsUnderline(_lines[i + 1].Text)
                && ContinuesTitle(title, _lines[i + 1].Text); wrapped++)
            {
                title += " " + _lines[i + 1].Text;
                _roles[++i] = LineRole.Field;
            }
            // A plain-text page's title in capitals, underlined line by line ("POLITISCHE ERKLÄRUNG DER KONFERENZ …" /
            // "=====" / "PARTEIEN DER …" / "====="): one title.
            while (i + 2 < end && Rules.BoilerplateRules.IsUnderline(_lines[i + 1].Text) && _roles[i + 2] == LineRole.None
                && TextShape.IsInCapitals(title) && TextShape.IsInCapitals(_lines[i + 2].Text)
                // ("… AM 29. UND" / "30. JUNI IN BERLIN (DDR)", underlined too, carries on the title's phrase, though it opens as
                // a numbered item; a numbered section's heading under a whole title does not.)
                && (IsTitleLike(_lines[i + 2].Text) || (EndsWithConnector(title) && i + 3 < end && Rules.BoilerplateRules.IsUnderline(_lines[i + 3].Text)))
                && title.Length + _lines[i + 2].Text.Length < MaxTitleLength)
            {
                title += " " + _lines[i + 2].Text;
                _roles[i + 1] = LineRole.Boilerplate;
                i += 2;
                _roles[i] = LineRole.Field;
            }
            // (The underline is the page's layout, not a divider of the text.)
            if (i + 1 < end && _roles[i + 1] == LineRole.None && Rules.BoilerplateRules.IsUnderline(_lines[i + 1].Text)) _roles[++i] = LineRole.Boilerplate;
        }
        // "19. mezinárodní setkání komunistických a dělnických stran" heading a report, no other line a title: the
        // heading that names the meeting alone is the page's title as well as the meeting.
        if (title is null && HeadingNamingMeetingAlone(i) is { } heading) (title, titleLine) = (_lines[heading].Text.TrimEndChars(".,:"), _lines[heading].Number);
        return (title, titleLine, i);
    }

    // Whether the next line that is not blank is underlined ("=====") and could be a title in capitals, and the line at
    // `index` is not underlined.
    private bool IsAboveUnderlinedTitle(int index, int end)
    {
        if (index + 1 < end && Rules.BoilerplateRules.IsUnderline(_lines[index + 1].Text)) return false;
        var below = index + 1;
        while (below < end && _roles[below] == LineRole.Blank) below++;
        // (A plain-text archive's title in capitals, under a line that names no document: a page's underlined section
        // heading, "The International Situation", or date line below its title leaves the title where it is.)
        return below + 1 < end && _roles[below] == LineRole.None && !Rules.BoilerplateRules.IsUnderline(_lines[below].Text)
            && Rules.BoilerplateRules.IsUnderline(_lines[below + 1].Text) && IsTitleLike(_lines[below].Text)
            && TextShape.IsInCapitals(_lines[below].Text) && !TextShape.IsInCapitals(_lines[index].Text) && !NamesDocumentEarly(_lines[index].Text)
            && FieldLineRules.Read(_lines[below].Text) is null;
    }

    // The first of the header's field lines, above <paramref name="end"/>, that is a meeting's name and nothing else.
    private int? HeadingNamingMeetingAlone(int end)
    {
        foreach (var (index, field) in _fields)
        {
            if (index >= end) continue;
            if (field.Meeting is { } meeting && field.Place is null && field.Date is null
                && string.Equals(meeting, _lines[index].Text.TrimEndChars(".,:"), StringComparison.Ordinal)) return index;
        }
        return null;
    }
}
