using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using JointStatements.Parsing.Dates;
using JointStatements.Parsing.Issues;
using JointStatements.Parsing.Naming;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

// The statement's fields from the lines read: issuer, kind, meeting, place, dates and the list's as-of date, each with its line.
internal sealed partial class StatementReader
{
    // Each lexicon's verbs of adopting; a heading's verb of signing names no date of adoption ("Signed by … (as of 5 May)").
    private static readonly Regex Adoption = new(
        @"\b(?:" + Lexicons.Lexicons.Pattern(l => System.Linq.Enumerable.Where(l.AdoptionWords, word => !System.Linq.Enumerable.Contains(l.SignWords, word))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private Statement Assemble(string? title, int? titleLine, List<Signatory> signatories, SignatoryHeading? heading, int? headingIndex)
    {
        _fields.Sort((a, b) => a.Index.CompareTo(b.Index));
        if (title is not null) title = Rules.BoilerplateRules.WithoutLanguageTags(title);
        // "… wave of repression in the Philippines 28 January 2021", "… SEÇİM AÇIKLAMASI - 4 Ekim 2002": a day closing the
        // title is no word of it, and dates the statement when no line of its own does.
        var titleDate = title is null ? null : DayClosing(title);
        if (titleDate is { } closingDay) title = title!.Substring(0, closingDay.Index).TrimEndChars(" -–—,");
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
        if (date is null && titleDate is not null) (date, dateLine) = (titleDate, titleLine);
        // A line that dates the meeting at its place ("Izmir, Turquie / 18 au 20 octobre 2019") dates the statement
        // rather than a date alone above it, which is most often the page's post date.
        if (dateLine is { } dateAt && !PlaceOnLine(dateAt))
        {
            foreach (var (index, field) in _fields)
            {
                if (field.Date is null || field.Place is null || _lines[index].Number <= dateAt) continue;
                (date, dateLine) = (field.Date, _lines[index].Number);
                break;
            }
        }
        // "7 dicembre 2005" above the title, "18-20 novembre 2005" under its kicker: a date alone above the title is the
        // page's post date where a date line under the title dates the statement.
        if (dateLine is { } postedAt && titleLine is { } titledAt && postedAt < titledAt && !PlaceOnLine(postedAt))
        {
            foreach (var (index, field) in _fields)
            {
                if (field.Date is null || _lines[index].Number <= titledAt) continue;
                (date, dateLine) = (field.Date, _lines[index].Number);
                break;
            }
        }

        // A meeting of the IMCWP's working group is the meeting, whatever later meeting it prepares.
        if (meeting is null && WorkingGroupMeeting(title) is { } group)
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
            // (Speed only: a line is not searched for what has been found already.)
            var meetingHere = meeting is null || issuer is null ? MeetingRules.FindIn(text) : null;
            Take(ref meeting, ref meetingLine, meetingHere, number);
            if (issuer is null && (meetingHere is not null || index == headingIndex)) Take(ref issuer, ref issuerLine, IssuerRules.FindIn(text), number);
            if (place is null && PlaceRules.HeldInSentence(text) is { } heldIn && !FirstHeldIsAnotherEvent(text))
            {
                Take(ref place, ref placeLine, heldIn.Place, number);
                // The date written right after the place, else the sentence's own ("On 8 July 2022, … was held in Athens").
                Take(ref date, ref dateLine, heldIn.Date ?? DateReader.FindFirst(text), number);
            }
            // "Adopted by the XXIV Plenary Session of the ICMLPO, October 2018, and signed by the following …:"
            // (Not a date after an as-of word: "… have signed so far (as of 3 March 2024):" dates the list, not the statement.)
            if (index == headingIndex && Adoption.IsMatch(text) && DateReader.FindFirst(text) is { } adopted
                && !(AsOf.Match(text) is { Success: true } asOfWord && asOfWord.Index < adopted.Index))
            {
                Take(ref date, ref dateLine, adopted, number);
            }
        }
        // The body named in any language, or a meeting only one body holds, anywhere in the statement's own text.
        if (issuer is null) (issuer, issuerLine) = IssuerAnywhere(title, titleLine);
        if (meeting is null) (meeting, meetingLine) = MeetingAnywhere(title, titleLine);
        // The IMCWP is a meeting by its very name: named with no number ("the parties that took part in the International
        // Meeting of Communist and Workers' Parties …"), it is still the meeting, as the other bodies' names are not.
        if (meeting is null && issuer == Issuer.Imcwp) (meeting, meetingLine) = MeetingBodyNamed();
        if (place is null)
        {
            (place, placeLine) = HeldInAnywhere();
            // The date of the line that names the meeting, when it is another ("… Treffen …, Athen, 23.-25. November 2018"
            // above "Wir, teilnehmende Parteien des … Treffens … in Athen, fordern … die Grenzen vom 4. Juni 1967 …"),
            // else of the sentence that says where the meeting was held ("… 2021 Ekim ayında Avrupa’da yapıldı").
            if (date is null && meetingLine is { } named && named != placeLine && DateReader.FindFirst(_lines[named - 1].Text) is { } namedOn) (date, dateLine) = (namedOn, named);
            if (date is null && placeLine is { } heldLine && DateOfPlaceSentence(_lines[heldLine - 1].Text, place!) is { } heldOn) (date, dateLine) = (heldOn, heldLine);
        }

        if (title is not null && kind is null && KindRules.FromTitle(title) is { } titleKind)
        {
            kind = titleKind;
            kindLine = titleLine;
        }
        if (kind is null) (kind, kindLine) = KindInOpening();
        // No date of its own: the date of the sentence that names the meeting ("svolto a Smirne …, 18-20 ottobre 2019"), else
        // of the line in the opening that names the document ("Gemeinsame Erklärung … vom 8. Mai 2007").
        if (date is null && meetingLine is { } meetingAt && DateReader.FindFirst(_lines[meetingAt - 1].Text) is { } meetingOn) (date, dateLine) = (meetingOn, meetingAt);
        // The title names the meeting, the text's first sentence about it says when it was held ("La XXIXe Session plénière
        // … s'est tenue en novembre 2025").
        if (date is null && meeting is not null && meetingLine == titleLine && DatedMentionOf(meeting, titleLine) is { } mentioned) (date, dateLine) = mentioned;
        if (date is null && kindLine is { } kindAt && kindAt != titleLine && DateReader.FindFirst(_lines[kindAt - 1].Text) is { } kindOn) (date, dateLine) = (kindOn, kindAt);
        // Else the date that closes the title after a separator ("Resolutions of the Fifth Conference … - October 1996",
        // "Declaration of the ICMLPO, Mexico, November 2018").
        if (date is null && title is not null && DateClosingTitle(title) is { } titled) (date, dateLine) = (titled, titleLine);
        // Or the day that opens it before a colon or a dash ("1 May 2020: Joint statement of …", "1. máj 2020: Společné
        // prohlášení …").
        if (date is null && title is not null && DateOpeningTitle(title) is { } titleOpening) (date, dateLine) = (titleOpening, titleLine);
        // Else the date of the first sentence that speaks of the meeting or the document ("El día 27 de enero de 2014 se
        // celebró la reunión …", "All'Incontro di Salonicco il 22 gennaio 2011, i seguenti Partiti …").
        if (date is null && DateOfMeetingSentence() is { } meetingSentence) (date, dateLine) = meetingSentence;
        // Else a place-and-date line that stands as a paragraph of its own inside the text: the line that closes the
        // statement's own part where the page goes on with another text ("U Skopju 10. VI 2017." above a party's report).
        if (date is null && PlaceAndDateParagraph() is { } closing)
        {
            (date, dateLine) = (closing.Date, closing.Line);
            if (place is null && !PlaceRules.IsSourceName(closing.Place)) (place, placeLine) = (closing.Place, closing.Line);
        }
        // Else the date of a byline that names the statement's authors ("23 juillet 2011 --- Par APK, …"): the day it was
        // posted by them.
        if (date is null && _bylineLine is { } byline && DateReader.FindFirst(_lines[byline].Text) is { } posted)
        {
            (date, dateLine) = (posted, _lines[byline].Number);
        }
        // Else the date that opens the text before a dash ("25 January 2019 — We, the undersigned organisations, …"): its
        // dateline.
        if (date is null && DatelineOpeningText() is { } dateline) (date, dateLine) = dateline;
        // Else a day written alone on the line under the text's lead paragraph ("15 de fevereiro de 2018"): a news item's
        // date, set under its lead.
        if (date is null && DateAloneUnderLead() is { } alone) (date, dateLine) = alone;
        // Else a whole day alone on a line that opens the text, under a kicker or two at most ("Joint declaration" /
        // "8 September 2023"): the document's date, set under its heading.
        if (date is null && DateAloneOpeningText() is { } opening) (date, dateLine) = opening;
        // Else a whole date that closes the text's last paragraph after its last sentence ("… vă vom sluji cu devotament.
        // 24 iunie 2016" above the signatures): the day the text was signed, written under it as a letter's is.
        if (date is null && DateAfterLastSentence() is { } signedOn) (date, dateLine) = signedOn;
        // A page's month ("December 2023" above the title) with the day in the title or the meeting's sentence ("… meeting
        // regarding Palestine on 20th of December 2023"): the day.
        if (date is { FirstDay: null, Month: not null } month && (DayIn(title, titleLine) ?? DateOfMeetingSentence()) is { } day
            && day.Date is { FirstDay: not null } && day.Date.Month == month.Month && (day.Date.Year ?? month.Year) == month.Year)
        {
            (date, dateLine) = (day.Date with { Year = day.Date.Year ?? month.Year }, day.Line);
        }

        // "3rd to 5th December 2010" above "Tshwane – South Africa": a city and its country alone on the line beside the
        // header's date line is where the statement was adopted.
        if (place is null && dateLine is { } datedAt && CityAndCountryBeside(datedAt) is { } beside) (place, placeLine) = beside;

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

    // The day, month and year a title closes with, after a space or a dash, with three words of the title at least before
    // it; null for any other title.
    private static DateMention? DayClosing(string title)
    {
        if (title.Length == 0 || !char.IsDigit(title[title.Length - 1]) || Dates.DateReader.Closing(title, title.Length) is not { } found) return null;
        var index = found.Index;
        if (found is not { FirstDay: not null, Month: not null, Year: not null } || found.LastDay is { } lastDay && lastDay != found.FirstDay
            || index == 0 || title[index - 1] != ' ') return null;
        // ("… IN BRÜSSEL VOM 28. JANUAR 1974", "… meeting regarding Palestine on 20th of December 2023", "…, 3-5 november
        // 2007": a day the title's words lead to, or after a comma, is part of its phrase.)
        var before = title.Substring(0, index).TrimEnd();
        var words = Lexicons.Lexicons.Words(before);
        if (words.Count < LeastTitleWordsBeforeDay || before.EndsWith(",", StringComparison.Ordinal)) return null;
        // (A small word, in any language, leads to it: "dem", "VOM", "del".)
        var leading = words[words.Count - 1];
        return leading.Length <= MostLettersOfASmallWord || Lexicons.Lexicons.IsDatePreposition(leading) || Lexicons.Lexicons.IsConnector(leading)
            ? null : found;
    }

    private const int LeastTitleWordsBeforeDay = 3;

    private const int MostLettersOfASmallWord = 4;

    // The city and country on the line right under or above the line numbered `number`, that no other step placed (or
    // placed in the body); the line is then the statement's place line.
    private (string Place, int Line)? CityAndCountryBeside(int number)
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].Number != number) continue;
            foreach (var beside in new[] { i + 1, i - 1 })
            {
                if (beside < 0 || beside >= _lines.Count || _roles[beside] is not (LineRole.None or LineRole.Body)) continue;
                if (Rules.PlaceRules.CityAndCountry(_lines[beside].Text) is not { } place) continue;
                _roles[beside] = LineRole.Field;
                return (place, _lines[beside].Number);
            }
            break;
        }
        return null;
    }

    private bool PlaceOnLine(int number)
    {
        foreach (var (index, field) in _fields)
        {
            if (_lines[index].Number == number && field.Place is not null) return true;
        }
        return false;
    }

    private static DateMention? DateOpeningTitle(string title)
    {
        if (title.Length == 0 || !char.IsDigit(title[0]) || DateReader.FindFirst(title) is not { Index: 0, FirstDay: not null, Year: not null } found) return null;
        var after = title.Substring(found.End).TrimStart();
        if (after.Length <= 1 || !(after[0] == ':' || (after[0] is '-' or '–' or '—' && after[1] == ' '))) return null;
        // ("9 May 1945 - Victory over fascism", "1 May 1886: the Haymarket martyrs": a day the title recalls; the day of the
        // document opens a title that names the document.)
        var rest = after.Substring(1).TrimStart();
        return Text.TextShape.WordCount(rest) >= LeastTitleWordsAfterDay && KindRules.OpensTitle(rest) ? found : null;
    }

    private const int LeastTitleWordsAfterDay = 3;

    private static DateMention? DateClosingTitle(string title)
    {
        var trimmed = title.TrimEndChars(".) ");
        if (!DateReader.MayEndWithDate(trimmed) || DateReader.FindFirst(trimmed) is not { Year: not null } found || found.End != trimmed.Length) return null;
        var before = trimmed.Substring(0, found.Index).TrimEndChars(" ");
        return before.Length > 0 && before[before.Length - 1] is ',' or '-' or '–' or '—' or '(' ? found : null;
    }

    // A statement whose title gives no kind is often called by it in its first lines ("Riportiamo il testo della
    // dichiarazione congiunta …"); later lines are more likely to speak of other documents.
    private (StatementKind?, int?) KindInOpening()
    {
        var seen = 0;
        foreach (var i in OwnLines())
        {
            if (_roles[i] != LineRole.Body) continue;
            if ((KindRules.NamedIn(_lines[i].Text) ?? KindRules.SignedIn(_lines[i].Text)) is { } named) return (named, _lines[i].Number);
            if (++seen == OpeningLines) break;
        }
        return (null, null);
    }

    private const int OpeningLines = 4;

    // The lines whose words belong to the statement (not furniture, not the list's entries), in order.
    // The first body line that is a place and a date alone, with a blank line (or the text's edge) above and below it.
    private (string Place, DateMention Date, int Line)? PlaceAndDateParagraph()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] != LineRole.Body || _lines[i].Text.Length > MostPlaceAndDateLength) continue;
            var alone = (i == 0 || _roles[i - 1] == LineRole.Blank) && (i + 1 == _lines.Count || _roles[i + 1] == LineRole.Blank);
            // ("Resolución de la ICOR, 15 de abril de 2021": the document's word and its author before the date are no place.)
            if (alone && PlaceRules.PlaceAndDateLine(_lines[i].Text) is { } line && KindRules.KindAndAuthor(line.Place) is null)
            {
                return (line.Place, line.Date, _lines[i].Number);
            }
        }
        return null;
    }

    private const int MostPlaceAndDateLength = 80;

    // Fewer words before the date make a page's dateline ("• vin. iul. 12th, 2024"), not a paragraph.
    private const int SentenceBeforeDateWords = 8;

    // The date with its day and year that closes the text's last paragraph, standing after a sentence's closing mark with
    // nothing after it: "… cu devotament. 24 iunie 2016", not "… was held on 24 June 2016." (the date inside a sentence,
    // read by the meeting's rules), nor a date closing a paragraph in the middle of the text (a quotation's, a caption's).
    private (DateMention, int)? DateAfterLastSentence()
    {
        for (var i = _lines.Count - 1; i >= 0; i--)
        {
            if (_roles[i] != LineRole.Body) continue;
            var text = _lines[i].Text.TrimEnd();
            // (The lines under the last paragraph may be its signers' names and offices.)
            if (TextShape.WordCount(text) < SentenceBeforeDateWords) continue;
            if (!char.IsLetterOrDigit(text[text.Length - 1])) return null;
            if (DateReader.Closing(text, text.Length) is not { Year: not null, FirstDay: not null } closing || closing.Index < 2) return null;
            var before = text.Substring(0, closing.Index).TrimEnd();
            return before.Length > 0 && before[before.Length - 1] is '.' or '!' or '?' && TextShape.WordCount(before) >= SentenceBeforeDateWords
                ? (closing, _lines[i].Number) : null;
        }
        return null;
    }

    private IEnumerable<int> OwnLines()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] is LineRole.Field or LineRole.Body or LineRole.SignatoryHeading) yield return i;
        }
    }

    // The first full name of the IMCWP in the statement's own lines, as written (a line in capitals only when no other
    // names it: a heading in capitals is the page's, the sentence the text's); not its working group.
    private (string?, int?) MeetingBodyNamed()
    {
        (string Name, int Line)? inCapitals = null;
        foreach (var i in OwnLines())
        {
            var text = JoinedWithNextLine(i) ?? _lines[i].Text;
            if (Lexicons.MeetingNames.FindIn(text) is { } named && IsWorkingGroup(named.Name)) continue;
            var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
            for (var w = 0; w < words.Count; w++)
            {
                if (Lexicons.Lexicons.IssuerNameAt(words, w) is not { Issuer: Issuer.Imcwp } body) continue;
                var name = text.Substring(spans[w].Start, spans[w + body.Words - 1].End - spans[w].Start);
                if (!Text.TextShape.IsInCapitals(name)) return (name, _lines[i].Number);
                inCapitals ??= (name, _lines[i].Number);
                break;
            }
        }
        return inCapitals is var (capitals, line) ? (capitals, line) : (null, null);
    }

    private static bool IsWorkingGroup(string meeting) => Lexicons.Lexicons.WorkingGroupAt(Lexicons.Lexicons.Words(meeting), 0) > 0;

    private static Issuer? IssuerIn(string text) =>
        IssuerRules.FindIn(text) ?? Lexicons.Lexicons.FindIssuer(Lexicons.Lexicons.Words(text))?.Issuer ?? Lexicons.MeetingNames.FindIn(text)?.Issuer;

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
            // "… du meeting commun du 12 décembre …" above "… du 12 décembre 2010 …": the same day, written with its year.
            var (sameDay, ofMonth) = YearsWrittenElsewhere(found);
            if (sameDay is { } daysYear) return found.ToSpan(daysYear);
            var reference = _printStamp ?? asOf;
            if (reference is { } r)
            {
                var span = found.ToSpan(r.Year);
                if (span is not null && span.Start > r) span = found.ToSpan(r.Year - 1);
                if (span is not null) return span;
            }
            // Else its month written with its year and no day ("… in September 2016" over "on 17th and 18th September"; a
            // page's print stamp or its list's as-of date comes first, since a text may cite a month of its history).
            if (ofMonth is { } monthsYear) return found.ToSpan(monthsYear);
            // Else the year that puts it nearest the page's post date ("Thursday, November 16, 2023" above "… to be founded on
            // Saturday 18 November in Athens"; a report's day before it, an announcement's after it).
            if (PostDate() is { } posted && NearestYear(found, posted) is { } near) return near;
            _issues.Add(IssueCatalog.DateWithoutYear.At(dateLine ?? 0, 1, 0, Describe(found)));
            resolvedLine = null;
            return null;
        }
        resolvedLine = null;
        return asOf is { } list ? DateSpan.Month(list.Year, list.Month) : null;
    }

    // The page's post date: the first line set apart as one (a weekday and a whole date, or a date and the minute it was
    // posted at), as a day.
    private DateTime? PostDate()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] != LineRole.Boilerplate || !DateReader.HasDigit(_lines[i].Text) || !Lexicons.Lexicons.IsPostDate(_lines[i].Text)) continue;
            if (DateReader.FindFirst(_lines[i].Text) is { Year: { } year, Month: { } month, FirstDay: { } day } && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateTime(year, month, day);
            }
        }
        return null;
    }

    // Of the post date's year and the years on either side, the one that puts a date with no year nearest it, within half a
    // year; else null.
    private static DateSpan? NearestYear(DateMention date, DateTime posted)
    {
        DateSpan? nearest = null;
        var distance = double.MaxValue;
        for (var year = posted.Year - 1; year <= posted.Year + 1; year++)
        {
            if (date.ToSpan(year) is not { } span) continue;
            var days = Math.Abs((span.Start - posted).TotalDays);
            if (days < distance) (nearest, distance) = (span, days);
        }
        return distance <= MostDaysFromPostDate ? nearest : null;
    }

    private const double MostDaysFromPostDate = 183;

    // The year of the first date of the statement's own lines that names the same day of the same month with a year, and of
    // the first that names the same month with a year and no day.
    private (int? SameDay, int? OfMonth) YearsWrittenElsewhere(DateMention date)
    {
        if (date.FirstDay is null) return (null, null);
        int? ofMonth = null;
        foreach (var i in OwnLines())
        {
            var text = _lines[i].Text;
            if (!DateReader.HasDigit(text)) continue;
            for (var from = 0; from < text.Length && DateReader.FindFirst(text.Substring(from)) is { } mention; from += Math.Max(1, mention.End))
            {
                if (mention is not { Year: { } year } || mention.Month != date.Month) continue;
                if (mention.FirstDay == date.FirstDay) return (year, ofMonth);
                if (mention.FirstDay is null) ofMonth ??= year;
            }
        }
        return (null, ofMonth);
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

    private DateTime? AsOfDate(string qualifier, int lineNumber)
    {
        var marker = AsOf.Match(qualifier);
        var from = marker.Success ? qualifier.Substring(marker.Index + marker.Length) : qualifier;
        return DateReader.FindFirst(from) is { FirstDay: not null } found && Exists(found, lineNumber, "the list's as-of date")
            && found.ToSpan() is { } span ? span.Start : null;
    }

    // A sentence of the body that reports a meeting of the working group ("The Working Group … met in Lisbon"); the
    // group as a statement's author ("Statement of the Working Group of the IMCWP") is no meeting.
    private (string Name, int Line)? WorkingGroupMeeting(string? title)
    {
        // "18th International Meeting … held in Hanoi" as the title above "the Working Group met twice during the
        // meeting": the numbered meeting the title names is the meeting.
        if (title is not null && MeetingRules.FindIn(title) is not null) return null;
        (string Name, int Line)? bare = null;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] is not (LineRole.Body or LineRole.None or LineRole.SignatoryHeading)) continue;
            var text = _lines[i].Text;
            var words = Lexicons.Lexicons.Words(text);
            // Most lines name no working group: asked first, the cheap question spares them the search for meetings.
            if (!Lexicons.Lexicons.NamesWorkingGroup(words) || !Lexicons.Lexicons.SpeakOfMeeting(words))
            {
                // "A delegation … participated in the 21st International Meeting …" above "A working group of the IMCWP …
                // held a meeting last June": the numbered meeting the text opens with is its meeting.
                if (bare is null && _roles[i] is LineRole.Body or LineRole.SignatoryHeading && MeetingRules.FindIn(text) is not null) return null;
                continue;
            }
            // (A group of another body's, "Working Group of the Forum of …", works for no body of ours.)
            if (Lexicons.MeetingNames.FindIn(text) is not { Issuer: not null } found || !IsWorkingGroup(found.Name)) continue;
            // The group named with the body it works for, rather than a later mention of "the Working Group" alone.
            if (Lexicons.Lexicons.Words(found.Name).Count > 3) return (found.Name, _lines[i].Number);
            bare ??= (found.Name, _lines[i].Number);
        }
        return bare;
    }

    private (Issuer?, int?) IssuerAnywhere(string? title, int? titleLine)
    {
        if (title is not null && IssuerIn(title) is { } fromTitle) return (fromTitle, titleLine);
        foreach (var i in OwnLines())
        {
            if (IssuerIn(_lines[i].Text) is { } found) return (found, _lines[i].Number);
        }
        // A hard-wrapped paragraph may break the body's name over two lines ("… Encuentro Internacional de los PP CC y" /
        // "OO que se reúne …").
        foreach (var i in OwnLines())
        {
            if (JoinedWithNextLine(i) is { } joined && IssuerIn(joined) is { } found) return (found, _lines[i].Number);
        }
        return (null, null);
    }

    // A line and the next one of the same hard-wrapped paragraph, joined; null when the line's sentence does not go on.
    private string? JoinedWithNextLine(int index)
    {
        if (index + 1 >= _lines.Count || _roles[index + 1] != _roles[index] || _lines[index + 1].IsBlank) return null;
        var text = _lines[index].Text;
        return BreaksOffInsideSentence(text, orHyphen: false) ? text + " " + _lines[index + 1].Text : null;
    }

    private (string?, int?) MeetingAnywhere(string? title, int? titleLine)
    {
        if (title is not null && Lexicons.MeetingNames.FindIn(title) is { } fromTitle && !IsWorkingGroup(fromTitle.Name)) return (fromTitle.Name, titleLine);
        (string Name, int Line)? first = null;
        foreach (var i in OwnLines())
        {
            if (Lexicons.MeetingNames.FindIn(_lines[i].Text) is not { } found || IsWorkingGroup(found.Name)) continue;
            if (first is null) first = (found.Name, _lines[i].Number);
            // A heading names "the International Communist Seminar", the text "the 22nd International Communist Seminar":
            // the same meeting, the later mention with its number.
            else if (found.Name.Length > first.Value.Name.Length && found.Name.EndsWith(first.Value.Name, StringComparison.OrdinalIgnoreCase)) return (found.Name, _lines[i].Number);
        }
        if (first is { } named) return named;
        foreach (var i in OwnLines())
        {
            if (JoinedWithNextLine(i) is { } joined && Lexicons.MeetingNames.FindIn(joined) is { } found && !IsWorkingGroup(found.Name)) return (found.Name, _lines[i].Number);
        }
        return (null, null);
    }

    /// <summary>The date (with a year) of the first own line that speaks of a meeting (a meeting word or name, a phrase
    /// of holding) or of the document's adoption ("the following joint statement was published on …"); with its line.</summary>
    // A day with its year: "… zum 1. Mai" names the occasion, not the day the statement was made.
    private static (DateMention Date, int Line)? DayIn(string? text, int? line) =>
        text is not null && line is { } at && DateReader.FindFirst(text) is { FirstDay: not null, Year: not null } found ? (found, at) : null;

    // The first paragraph of the text when it opens with a whole date, its year and day, and a dash after it.
    // The statement's second body line when it is a full date and nothing else (a full stop aside) and the first is a
    // paragraph, not a headline: a headline with a date under it is another post's, listed beside the statement.
    private (DateMention, int)? DateAloneUnderLead()
    {
        int? lead = null;
        foreach (var i in OwnLines())
        {
            if (_roles[i] != LineRole.Body) continue;
            if (lead is null)
            {
                if (TextShape.WordCount(_lines[i].Text) < LeadParagraphWords) return null;
                lead = i;
                continue;
            }
            var text = _lines[i].Text.TrimEndChars(". ");
            return DateReader.FindFirst(text) is { Index: 0, Year: not null, FirstDay: not null } date && date.End == text.Length ? (date, _lines[i].Number) : null;
        }
        return null;
    }

    // Fewer words make a headline or a kicker.
    private const int LeadParagraphWords = 25;

    private (DateMention, int)? DateAloneOpeningText()
    {
        var kickers = 0;
        var namesDocument = false;
        foreach (var i in OwnLines())
        {
            if (_roles[i] != LineRole.Body) continue;
            var text = _lines[i].Text.TrimEndChars(". ");
            // (A kicker names the document: "Save the date" / "International Conference" / "15 March 2025" announces an
            // event's day.)
            if (DateReader.HasDigit(text) && DateReader.Whole(text) is { Year: not null, FirstDay: not null } date) return namesDocument ? (date, _lines[i].Number) : null;
            if (++kickers > MostKickersAboveDate || TextShape.WordCount(text) > MostKickerWords || _lines[i].Text.EndsWith(".", StringComparison.Ordinal)) return null;
            namesDocument = namesDocument || KindRules.FromTitle(text) is not null;
        }
        return null;
    }

    // ("Joint declaration", "Communiqué de presse commun": a line or two that say what the text is, not a sentence of it.)
    private const int MostKickersAboveDate = 2;
    private const int MostKickerWords = 6;

    private (DateMention, int)? DatelineOpeningText()
    {
        foreach (var i in OwnLines())
        {
            if (_roles[i] != LineRole.Body) continue;
            var text = _lines[i].Text;
            if (text.Length == 0 || !char.IsDigit(text[0]) && !char.IsLetter(text[0])) return null;
            if ((DateReader.FindFirst(text) is { Index: 0, Year: not null, FirstDay: not null } found ? found : ShortYearDateline(text)) is not { } date
                || date.End + 3 > text.Length) return null;
            var rest = text.Substring(date.End).TrimStart();
            return rest.Length > 2 && rest[0] is '—' or '–' or '-' && rest[1] == ' ' ? (date, _lines[i].Number) : null;
        }
        return null;
    }

    // "20.11.15 - Im Münzenbergsaal … fand heute …": a news item's dateline of day, month and a year of two digits, which
    // only that place before the dash makes a date (a year of two digits read from 1950 to 2049).
    private static DateMention? ShortYearDateline(string text)
    {
        if (text.Length < ShortYearDateLength + 3 || text[2] != '.' || text[5] != '.' || text[8] != ' ') return null;
        foreach (var at in ShortYearDateDigits)
        {
            if (text[at] is < '0' or > '9') return null;
        }
        var (day, month, year) = ((text[0] - '0') * 10 + text[1] - '0', (text[3] - '0') * 10 + text[4] - '0', (text[6] - '0') * 10 + text[7] - '0');
        if (day is < 1 or > 31 || month is < 1 or > 12) return null;
        return new DateMention(0, ShortYearDateLength, year < 50 ? 2000 + year : 1900 + year, month, day, null);
    }

    private const int ShortYearDateLength = 8;

    // Where the digits of "dd.mm.yy" stand.
    private static readonly int[] ShortYearDateDigits = { 0, 1, 3, 4, 6, 7 };

    private (DateMention, int)? DateOfMeetingSentence()
    {
        foreach (var i in OwnLines())
        {
            if (DateOfMeetingIn(_lines[i].Text) is { } date) return (date, _lines[i].Number);
        }
        // A hard-wrapped paragraph may break the date over two lines ("… met in Athens on 26-27" / "January 2002.").
        foreach (var i in OwnLines())
        {
            if (JoinedWithNextLine(i) is { } joined && DateOfMeetingIn(joined) is { } date) return (date, _lines[i].Number);
        }
        return null;
    }

    // The first date with a year of a text, when its sentence speaks of a meeting or of the document's adoption.
    private static DateMention? DateOfMeetingIn(string text)
    {
        if (DateReader.FindFirst(text) is not { Year: not null } date) return null;
        // The date's own sentence: "… where Nepal, India and China meet." speaks of no meeting of the date before it.
        var sentence = SentenceAround(text, date.Index, date.End);
        var sentenceWords = Lexicons.Lexicons.Words(sentence);
        // (A "held in" phrase is a verb of holding and its preposition: SpeakOfHolding finds it too.)
        var speaksOfMeeting = Lexicons.Lexicons.SpeakOfMeeting(sentenceWords) || Lexicons.Lexicons.SpeakOfHolding(sentenceWords)
            || Lexicons.MeetingNames.FindIn(sentence) is not null || Lexicons.Lexicons.PlaceBeforeHeld(sentence) is not null
            || (KindRules.NamedIn(sentence) is not null && Adoption.IsMatch(sentence));
        return speaksOfMeeting ? date : null;
    }

    // The sentence of text that holds [start, end): from the full stop before it to the full stop after it.
    // Whether the words just before a "held in" phrase ending at <end> name another event than a meeting: "… the
    // parliamentary election, which will be held in Serbia on …", "the elections that were held in Kuwait" give no place
    // of the statement.
    private static bool HeldIsAnotherEvent(string text, int end)
    {
        var words = Lexicons.Lexicons.Words(text.Substring(0, end));
        var last = new List<string>(WordsBeforeHeldIn);
        for (var i = Math.Max(0, words.Count - WordsBeforeHeldIn); i < words.Count; i++) last.Add(words[i]);
        return Lexicons.Lexicons.NameOtherEvent(last);
    }

    // The event's noun, a relative pronoun, an auxiliary, the verb and its preposition: "election, which will be held in".
    private const int WordsBeforeHeldIn = 7;

    // The same of a line's first "held in" phrase.
    private static bool FirstHeldIsAnotherEvent(string text)
    {
        foreach (var end in Lexicons.Lexicons.EndsOfHeldInPhrases(text)) return HeldIsAnotherEvent(text, end);
        return false;
    }

    // The date of the sentence that names the place ("На 2. март 2019 г. в София се проведе среща …", its full stops
    // after a number or a short abbreviation ending no sentence): another sentence of the paragraph dates something else.
    private static DateMention? DateOfPlaceSentence(string text, string place)
    {
        var at = text.IndexOf(place, StringComparison.Ordinal);
        if (at < 0) return DateReader.FindFirst(text);
        foreach (var (start, sentence) in Sentences(text))
        {
            if (start + sentence.Length < at + place.Length) continue;
            return DateReader.FindFirst(sentence) is { } date ? date with { Index = date.Index + start } : null;
        }
        return null;
    }

    private static string SentenceAround(string text, int start, int end)
    {
        var from = start > 0 ? text.LastIndexOf(". ", start - 1, StringComparison.Ordinal) : -1;
        var to = end < text.Length ? text.IndexOf(". ", end, StringComparison.Ordinal) : -1;
        var first = from < 0 ? 0 : from + 2;
        return text.Substring(first, (to < 0 ? text.Length : to + 1) - first);
    }

    /// <summary>The date of the first own line that names <paramref name="meeting"/> again and holds a date, with its line.</summary>
    private (DateMention, int)? DatedMentionOf(string meeting, int? titleLine)
    {
        foreach (var i in OwnLines())
        {
            var text = _lines[i].Text;
            if (_lines[i].Number == titleLine || text.IndexOf(meeting, StringComparison.OrdinalIgnoreCase) < 0) continue;
            if (DateReader.FindFirst(text) is { } date) return (date, _lines[i].Number);
        }
        return null;
    }

    // "… se reúne en Beirut, Líbano, …": a "held in" phrase of any lexicon, and the place after it.
    private (string?, int?) HeldInAnywhere()
    {
        foreach (var i in OwnLines())
        {
            var text = _lines[i].Text;
            foreach (var end in Lexicons.Lexicons.EndsOfHeldInPhrases(text))
            {
                if (PlaceRules.PlaceOpening(text.Substring(end).Trim()) is { } found && !HeldIsAnotherEvent(text, end)) return (found, _lines[i].Number);
            }
            if (Lexicons.Lexicons.PlaceBeforeHeld(text) is { } locative) return (locative, _lines[i].Number);
        }
        // No verb of holding: a place right after the meeting's date or after the meeting's or body's name, or a news
        // dateline's.
        foreach (var i in OwnLines())
        {
            var text = _lines[i].Text;
            if ((PlaceRules.PlaceAfterDate(text)?.Place ?? PlaceAfterMeetingName(text) ?? PlaceRules.PlaceBeforeDate(text)?.Place
                ?? PlaceRules.DatelinePlace(text)) is { } place) return (place, _lines[i].Number);
        }
        return (null, null);
    }

    // "the International Meeting of the Communist and Workers' Parties in Athens", "… Workers' Parties (IMCWP) in Moscow".
    private static string? PlaceAfterMeetingName(string text)
    {
        // (A numbered meeting too: "… closed its Second Conference in La Paz on …".)
        if ((Lexicons.MeetingNames.FindIn(text)?.Name ?? MeetingRules.FindIn(text)) is { } meeting && text.IndexOf(meeting, StringComparison.Ordinal) is >= 0 and var at
            && PlaceRules.PlaceAfterPreposition(text, AfterParenthesis(text, at + meeting.Length)) is { } afterMeeting)
        {
            return afterMeeting;
        }
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        return Lexicons.Lexicons.FindIssuer(words) is { } body
            ? PlaceRules.PlaceAfterPreposition(text, AfterParenthesis(text, spans[body.Word + body.Words - 1].End)) : null;
    }

    // Where the text goes on after a parenthesis that follows index ("… Parties (IMCWP) in …"), else index.
    private static int AfterParenthesis(string text, int index)
    {
        var open = index;
        while (open < text.Length && text[open] == ' ') open++;
        if (open >= text.Length || text[open] != '(') return index;
        var close = text.IndexOf(')', open);
        return close < 0 ? index : close + 1;
    }

    /// <summary>The latest as-of date of the list's headings (later waves usually bring the list up to date) and its line.</summary>
    private (DateTime? Date, int? Line) LatestAsOf()
    {
        (DateTime? Date, int? Line) latest = (null, null);
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] != LineRole.SignatoryHeading || SignatoryHeadingRules.Match(_lines[i].Text) is not { } heading) continue;
            // "The following parties have signed the statement so far (as of 3 March 2024):": an as-of word anywhere in a
            // heading that is a sentence.
            var asOf = DateReader.HasDigit(heading.Qualifier) ? AsOfDate(heading.Qualifier, _lines[i].Number)
                : AsOf.Match(_lines[i].Text) is { Success: true } marker ? AsOfDate(_lines[i].Text.Substring(marker.Index), _lines[i].Number) : null;
            if (asOf is { } date && (latest.Date is null || date > latest.Date)) latest = (date, _lines[i].Number);
        }
        return latest;
    }

    private static readonly Regex AsOf = new(@"\b(?:" + Lexicons.Lexicons.Pattern(l => l.AsOfWords) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
