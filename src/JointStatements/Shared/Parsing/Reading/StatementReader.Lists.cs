using System;
using System.Collections.Generic;
using System.Linq;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

// Where the list of organisations stands (FindList, in the order of what says most): under a heading in any language, as the run of lines with the most evidence of being entries, or written in a sentence; the parties named at the head of the page are in .Opening.cs.
internal sealed partial class StatementReader
{
    /// <summary>Where a statement names its organisations, and where its body ends.</summary>
    /// <param name="Source">How the list was found.</param>
    /// <param name="HeadingIndex">The line heading the list: a heading, or the paragraph of a list written in a sentence.</param>
    /// <param name="ListStart">The first line the list's entries may stand on.</param>
    /// <param name="BodyEnd">The index after the body's last line.</param>
    /// <param name="Heading">A list written in a sentence, as its heading carries it.</param>
    /// <param name="Role">The list's meaning where no heading line gives it.</param>
    /// <param name="Named">The line and the names of organisations named one after another in the title or opening.</param>
    /// <param name="InWrappedText">Whether a list written in a sentence was read from a hard-wrapped paragraph, so that
    /// the text after it is wrapped too.</param>
    /// <param name="LaterWave">The paragraph and items of a later wave written in a sentence below a list written in one.</param>
    /// <param name="Cells">The cells of a wrapped table, each with the line it opens on.</param>
    /// <param name="ListEnd">The last line of a wrapped table.</param>
    private sealed record FoundList(ListSource Source, int? HeadingIndex, int ListStart, int BodyEnd,
        SignatoryHeading? Heading = null, SignatoryRole? Role = null, (int Index, List<string> Names)? Named = null,
        bool InWrappedText = false, (int Index, string Items)? LaterWave = null, List<(int Index, string Text)>? Cells = null, int ListEnd = 0);

    private enum ListSource
    {
        None,
        Heading,
        Run,
        Letterhead,
        Sentence,
        ClosingPair,
        NamedInOpening,
        WrappedCells,
    }

    /// <summary>The list, in the order of what says most: under a heading; the run of lines that look like entries
    /// (its heading perhaps written without a colon); the parties of a letterhead; a list written in a sentence; the two
    /// signatures closing a statement of two parties; the organisations the title or opening names one after another.</summary>
    private FoundList FindList(int? headingIndex, (int Start, int End)? letterhead, string? title, int? titleLine, int bodyStart)
    {
        if (headingIndex is { } heading)
        {
            if (letterhead is { } head) UnmarkLetterhead(head);
            return new FoundList(ListSource.Heading, heading, heading, ReadFooter(bodyStart, heading));
        }
        var bodyEnd = ReadFooter(bodyStart, _lines.Count);
        // (Before the run of entry-like lines: a wrapped table's lines each hold pieces of several entries.)
        if (FindWrappedCells(bodyStart, bodyEnd) is { } wrapped)
        {
            if (letterhead is { } head) UnmarkLetterhead(head);
            return new FoundList(ListSource.WrappedCells, null, wrapped.Start, ReadFooter(bodyStart, wrapped.Start),
                Role: HeadlessRole(bodyStart, wrapped.Start), Cells: wrapped.Cells, ListEnd: wrapped.End);
        }
        // "37 Grußworte von … an den Parteitag" over its senders: those who sent greetings are the list only where no
        // sentence names those who came ("3 Schwesterparteien (A, B, C) sandten Vertreter zum Parteitag.").
        // "… fulltrúar frá þessum flokkum: Kommúnista-" / "flokki Ástralíu, — Kommúnistaflokki Austurríkis, — …": lines that
        // carry on a hard-wrapped sentence are pieces of the sentence's list, however like entries some of them look.
        if (FindHeadlessList(bodyStart, bodyEnd) is { } headless && (headless.Greeted || (headless.Start > bodyStart && WrapsOnto(headless.Start - 1)))
            && FindProseList(bodyStart, bodyEnd) is { } instead)
        {
            return new FoundList(ListSource.Sentence, instead.Index, instead.Index, instead.Index, instead.Heading, InWrappedText: instead.Wrapped, LaterWave: instead.Later);
        }
        if (FindHeadlessList(bodyStart, bodyEnd) is { } found)
        {
            var run = found with { Start = AfterParagraphTail(found.Start, found.End) };
            if (letterhead is { } head) UnmarkLetterhead(head);
            // "Partier og organisationer i" / "CIPOML/IKMLPO": a heading wrapped onto the run's first line. (The run may hold
            // the heading's first line too: with the line below, it reads as an entry broken in two.)
            int? wrappedHeading = run.Start > 0 && IsHeadingWrappedOnNext(run.Start - 1) ? run.Start - 1
                : IsHeadingWrappedOnNext(run.Start) ? run.Start : null;
            var end = ReadFooter(bodyStart, wrappedHeading ?? run.Start);
            if (wrappedHeading is { } headingStart)
            {
                _roles[headingStart] = _roles[headingStart + 1] = LineRole.SignatoryHeading;
                var words = Lexicons.Lexicons.Words(_lines[headingStart].Text + " " + _lines[headingStart + 1].Text);
                return new FoundList(ListSource.Run, null, headingStart + 2, end, Role: Lexicons.Lexicons.RoleIn(words) ?? HeadlessRole(bodyStart, headingStart));
            }
            // "Partiti Solidnet firmatari di questa Dichiarazione Congiunta": a heading with no colon opens the run.
            if (IsRunHeading(run.Start, out var said))
            {
                _roles[run.Start] = LineRole.SignatoryHeading;
                return new FoundList(ListSource.Run, null, run.Start + 1, end, Role: said ?? HeadlessRole(bodyStart, run.Start));
            }
            return new FoundList(ListSource.Run, null, run.Start, end, Role: HeadlessRole(bodyStart, run.Start));
        }
        if (letterhead is { } parties) return new FoundList(ListSource.Letterhead, null, parties.Start, bodyEnd, Role: SignatoryRole.Signatory);
        if (FindProseList(bodyStart, bodyEnd) is { } prose)
        {
            return new FoundList(ListSource.Sentence, prose.Index, prose.Index, prose.Index, prose.Heading, InWrappedText: prose.Wrapped, LaterWave: prose.Later);
        }
        if (FindBylineList(bodyStart, bodyEnd) is { } byline)
        {
            _bylineLine = byline.Index;
            return new FoundList(ListSource.Sentence, byline.Index, byline.Index, byline.Index,
                new SignatoryHeading(SignatoryRole.Signatory, Late: false, "", byline.Items));
        }
        if (FindHeadlessList(bodyStart, bodyEnd, closingPair: true) is { } pair)
        {
            return new FoundList(ListSource.ClosingPair, null, pair.Start, ReadFooter(bodyStart, pair.Start), Role: SignatoryRole.Signatory);
        }
        if (FindNamesInOpening(title, titleLine, bodyStart, bodyEnd) is { } named)
        {
            return new FoundList(ListSource.NamedInOpening, null, _lines.Count, bodyEnd, Role: named.Role, Named: (named.Index, named.Names));
        }
        // "… konnte die Vertreterinnen und Vertreter der A, der B, … begrüßen": the organisations whose representatives came,
        // in a sentence that says nothing of signing or attending, and those a meeting was between, where nothing else makes
        // a list.
        if (FindProseList(bodyStart, bodyEnd, ofRepresentatives: true) is { } represented)
        {
            return new FoundList(ListSource.Sentence, represented.Index, represented.Index, represented.Index, represented.Heading,
                InWrappedText: represented.Wrapped, LaterWave: represented.Later);
        }
        return new FoundList(ListSource.None, null, _lines.Count, bodyEnd);
    }

    /// <summary>A byline that names organisations as the post's authors: a date, a run of dashes, a lexicon's byline
    /// word and two organisations or more (<c>23 juillet 2011 --- Par APK, La Voie Démocratique (MAROC), PCE-ML, …</c>);
    /// the line and its items. A byline that names a person names no signatories.</summary>
    private (int Index, string Items)? FindBylineList(int bodyStart, int bodyEnd)
    {
        for (var i = bodyStart; i < bodyEnd; i++)
        {
            if (_roles[i] != LineRole.None) continue;
            var text = _lines[i].Text;
            if (text.IndexOf("--", StringComparison.Ordinal) < 0 && text.IndexOf('—') < 0) continue;
            if (Dates.DateReader.FindFirst(text) is not { Index: 0 } date) continue;
            var afterDate = text.Substring(date.End);
            var rest = afterDate.TrimStartChars(" -—–");
            var space = rest.IndexOf(' ');
            if (space <= 0 || rest.Length == afterDate.Length || !Lexicons.Lexicons.IsBylineWord(Text.NameFolding.Fold(rest.Substring(0, space)))) continue;
            var items = rest.Substring(space + 1).Trim();
            if (ProseListItems(items) >= 2) return (i, items);
        }
        return null;
    }

    /// <summary>Where a list found by its shape starts once the end of a hard-wrapped paragraph above it is left out:
    /// "… der marxistisch-leninistischen Parteien und" / "Organisationen, welche die Revolutionäre Internationalistische"
    /// / "Bewegung gebildet haben." are the sentence's last lines, not entries. The line above must stop on a word in lower
    /// case, and the sentence end within three lines.</summary>
    private int AfterParagraphTail(int start, int end)
    {
        if (start == 0 || _roles[start - 1] != LineRole.None || !WrapsOnto(start - 1)) return start;
        var above = _lines[start - 1].Text;
        if (!char.IsLower(above[above.Length - 1])) return start;
        for (var i = start; i < end && i < start + MostTailLines; i++)
        {
            var text = _lines[i].Text;
            if (text.EndsWith(".", StringComparison.Ordinal) || text.EndsWith(":", StringComparison.Ordinal)) return i + 1 < end ? i + 1 : start;
            if (i + 1 < end && !WrapsOnto(i)) return start;
        }
        return start;
    }

    private const int MostTailLines = 3;

    private int? FindSignatoryHeading()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] == LineRole.None && HeadingAt(i) is { } heading
                && (heading.InlineItems.Length > 0 || Text.TextShape.WordCount(_lines[i].Text) <= ShortHeadingWords || EntryFollows(i))) return i;
        }
        return null;
    }

    // A heading of a few words ("Signataires :", "The undersigned parties:") heads a list whatever its entries look like.
    private const int ShortHeadingWords = 6;

    // Whether a sentence that reads as a list's heading is followed by an entry: among the next three lines of text, one
    // with evidence of naming an organisation before running text resumes. A sentence "… sent to the organisations for
    // their signature:" above resolutions heads no list.
    private bool EntryFollows(int heading)
    {
        var seen = 0;
        for (var i = heading + 1; i < _lines.Count && seen < 3; i++)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate || _lines[i].IsBlank) continue;
            // (A line of names between commas is longer than any one entry: "A, B, C, …" under "… şu partiler yer aldı:".)
            if (EntryScore(i) > 0 || OrganisationsOnLine(i) > 1 || IsEntryEndedAsInList(i)) return true;
            if (EntryEvidence.IsProse(WithoutMarker(i))) return false;
            seen++;
        }
        // A sentence that ends the text heads nothing: the list of a page cut off after it is read from its heading
        // only when the heading is a few words ("Signatories:").
        return false;
    }

    // Whether the lines right after a line name organisations plainly: the first line of text names several between
    // commas or dashes, or it and the next are both entries. One entry-like line ("1. The Land Question Today") may be a
    // numbered point of the text.
    private bool NamesFollow(int index)
    {
        var entries = 0;
        for (var i = index + 1; i < _lines.Count; i++)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate || _lines[i].IsBlank) continue;
            // ("From: the Council of …, … and …" under "The three parties declare:": a letter's address, not its names.)
            if (entries == 0 && OrganisationsOnLine(i) > 1) return !Lexicons.Lexicons.IsLetterFieldLine(_lines[i].Text);
            if (EntryScore(i) <= 0 && !IsEntryEndedAsInList(i)) return false;
            if (++entries == 2) return true;
        }
        return false;
    }

    /// <summary>A list under no heading: the run of entry-like lines with the most evidence (<see cref="ListFinder"/>),
    /// after the header, wherever it stands in the body.</summary>
    private ListRun? FindHeadlessList(int bodyStart, int bodyEnd, bool closingPair = false) =>
        ListFinder.Best(bodyStart, bodyEnd, HalfEntryScore,
            open: i => _roles[i] == LineRole.None,
            skippable: i => _roles[i] is LineRole.Blank or LineRole.Boilerplate,
            introducedAt: i => IntroductionBefore(i) is not null,
            closingPair, itemsOn: OrganisationsOnLine, nameShaped: i => (EntryEvidence.IsNameShaped(WithoutMarker(i)) && !Lexicons.Lexicons.IsLetterClosing(_lines[i].Text)) || IsMarkedAsItsNeighbours(i),
            greetedAt: i => (IntroductionBefore(i) ?? HeadingLineAbove(i)) is { } intro && OnlyGreeted(Lexicons.Lexicons.Words(_lines[intro].Text)));

    // "– Le conseil sectoriel de la culture et de l’information." between dashed lines of organisations: a short line
    // marked as the lines on either side of it (bullets all, or numbers all), the one below an entry, is an item of their
    // list, though its words say less than theirs and read as a sentence's.
    private bool IsMarkedAsItsNeighbours(int index)
    {
        var marker = _markers[index];
        if (marker.Length == 0 || Text.TextShape.WordCount(WithoutMarker(index)) > MostWordsOfMarkedItem || _lines[index].Text.EndsWith(":", StringComparison.Ordinal)) return false;
        return NearestTextLine(index, -1) is { } a && NearestTextLine(index, 1) is { } b && MarkedAlike(marker, _markers[a]) && MarkedAlike(marker, _markers[b]) && EntryScore(b) > 0;
    }

    private static bool MarkedAlike((int Length, int? Number) one, (int Length, int? Number) other) =>
        other.Length > 0 && (one.Number is null) == (other.Number is null);

    // An entry's longest names ("L’Association des femmes tunisiennes pour la recherche sur le développement").
    private const int MostWordsOfMarkedItem = 14;

    // The line right above a run (blank lines aside) when it is a heading of the body's: no sentence's end closes it
    // ("37 Grußworte von Kommunistischen und Arbeiterparteien aus der ganzen Welt an den Parteitag").
    private int? HeadingLineAbove(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_roles[i] is LineRole.Blank) continue;
            var text = _lines[i].Text;
            return text.Length > 0 && !text.EndsWith(".", StringComparison.Ordinal) && Text.TextShape.WordCount(text) <= MostWordsOfGreetingHeading ? i : null;
        }
        return null;
    }

    private const int MostWordsOfGreetingHeading = 16;

    // A line's entry evidence; a half of an entry broken over two lines ("Revolutionary" / "Workers Party of Mexico",
    // "Communist Party" / "of Chile (Marxist-Leninist)") has the whole entry's, so that the run goes on over it.
    private int HalfEntryScore(int index)
    {
        var score = EntryScore(index);
        if (score > 0 || _markers[index].Length > 0) return score;
        var text = _lines[index].Text;
        if (Lexicons.Lexicons.IsLetterClosing(text)) return 0;
        // A line of more names between commas than an entry has words, announced as the signatures below ("Biz aşağıda
        // imzası olan …"): the list on one line.
        if (SignaturesAnnouncedAbove(index) && OrganisationsOnLine(index) > 2) return MinimumEvidence;
        // "… parti ve hareketler şöyle:" above "Azadî Hareketi, Demokratik Bölgeler Partisi (DBP), … ve Kürdistan Demokrat
        // Partisi-Türkiye (PDK-T).": a line of names between commas under an introduction ending in a colon is the list on
        // one line, its closing full stop and all.
        // (Names between dashes on one line are read as the sentence's items, ProseListItems.)
        if (IntroducedByColon(index) && SeparatedItems(text) is null && OrganisationsOnLine(index) > 2) return MinimumEvidence;
        // "Ana Gómez e Luís Pereira, do Partido X, da Bolívia; Rui Costa, do Partido Y; …": a paragraph of delegations is
        // longer than any entry, and its items name their organisations after their people.
        if (IsParagraphOfDelegations(text)) return DelegationsEvidence;
        if (IsEntryEndedAsInList(index)) return MinimumEvidence;
        // (The line above may already be read as an entry: the list's reading asks too.)
        if (index > 0 && _roles[index - 1] is LineRole.None or LineRole.Signatory && !_lines[index - 1].IsBlank && IsFirstHalf(_lines[index - 1].Text, text))
        {
            return JoinedScore(index - 1);
        }
        // (A line with a list marker opens an entry of its own: "Fraternally," above "1. …" is no half of it.)
        return index + 1 < _lines.Count && _roles[index + 1] == LineRole.None && !_lines[index + 1].IsBlank && _markers[index + 1].Length == 0
            && IsFirstHalf(text, _lines[index + 1].Text) ? JoinedScore(index) : 0;
    }

    private const int MinimumEvidence = 2;

    // "Name, Place, Country": the most comma parts of one entry.
    private const int MostPartsOfAnEntry = 3;

    // (Three delegations at least: two semicolons, looked for before the paragraph is split.)
    private static bool IsParagraphOfDelegations(string text) =>
        text.IndexOf(';') is >= 0 and var first && text.IndexOf(';', first + 1) >= 0
        && OrganisationsOfDelegations(new List<string>(SplitInlineItems(text))) is not null;

    // A paragraph of delegations counts as its organisations' entries (ListFinder's itemsOn), each with the evidence of
    // naming one.
    private const int DelegationsEvidence = 2;

    // The entry evidence of a line and the next one read as one entry.
    private int JoinedScore(int first) =>
        EntryEvidence.Score(_lines[first].Text + " " + _lines[first + 1].Text, _lines[first].Raw + " " + _lines[first + 1].Raw, false);

    // How many organisations a line names between commas or dashes, each by its words or a short name; 1 otherwise.
    private int OrganisationsOnLine(int index)
    {
        if (_markers[index].Length > 0) return 1;
        // ("أولا …", "Firstly, …": a point of the text names the parties it speaks of, however many.)
        if (Lexicons.Lexicons.OpensWithPointOpener(_lines[index].Text)) return 0;
        var text = WithoutMarker(index);
        return (SeparatedItems(text) ?? CommaSeparated(text)) is { } separated && InlineOrganisations(index, separated) is > 0 and var count
            ? count : 1;
    }

    // How many items a line's separated items are when each names an organisation; under an introduction ending in a
    // colon ("The following parties, organisations and persons have signed:" above "A (KOE), Dr. B, secretary of C, D, …"),
    // when two in three of them do, persons and all; else 0.
    private int InlineOrganisations(int index, string separated)
    {
        if (OrganisationsEachNamed(separated) is > 0 and var count) return count;
        if (!IntroducedByColon(index) && !SignaturesAnnouncedAbove(index)) return 0;
        var items = new List<string>(SplitInlineItems(separated));
        return MostlyOrganisations(items, introduced: true) is >= 3 and var most ? most : NamesUnderIntroduction(items);
    }

    // "Signed:" above "ANTARSYA, EEK, Red Thread, NAR for Communist Liberation, Xekinima, OKDE Spartakos": more comma
    // parts than one entry has (name, place, country), each a few words that open as a name does, two of them naming an
    // organisation by its words or as a short name, are the introduction's names, whatever the others' words; 0 otherwise.
    private static int NamesUnderIntroduction(List<string> items)
    {
        if (items.Count <= MostPartsOfAnEntry || SentenceGoesOn(items[items.Count - 1])) return 0;
        int named = 0, lower = 0;
        foreach (var item in items)
        {
            var name = item.TrimStartChars("«“\"' ");
            if (name.Length == 0 || Text.TextShape.WordCount(name) > EntryEvidence.MaxEntryWords) return 0;
            if (!(char.IsUpper(name[0]) || Text.TextShape.IsCaselessLetter(name[0]) || char.IsDigit(name[0])) && ++lower > 1) return 0;
            if (NamesOrganisation(item)) named++;
        }
        return named >= 2 ? items.Count : 0;
    }

    // "Biz aşağıda imzası olan devrimci, sosyalist grup ve partiler, …" (we, whose signatures are below, …) opening the
    // text, above a line of names between commas with no full stop: a sentence above that speaks of signing and of the
    // signatures below announces the line as the signatures.
    private bool SignaturesAnnouncedAbove(int index)
    {
        var text = _lines[index].Text.TrimEnd();
        if (text.Length == 0 || _markers[index].Length > 0 || text[text.Length - 1] is '.' or ':' or '!' or '?' or ',' or ';' || text.IndexOf(',') < 0) return false;
        // (Speed only, same results: the first line that announces them is looked for once a parse.)
        if (FirstSignaturesAnnouncement() is not { } announced || announced >= index) return false;
        // (Four names or more between commas, each opening with a capital or a letter of a script with none: an entry
        // may write its country or its parts between commas or dashes.)
        if (SeparatedItems(text) is not null || SplitInlineItems(text) is not { Length: >= MostPartsOfAnEntry + 1 } items) return false;
        foreach (var item in items)
        {
            if (item.Length == 0 || !(char.IsUpper(item[0]) || Text.TextShape.IsCaselessLetter(item[0]) || char.IsDigit(item[0]))) return false;
        }
        for (var i = index - 1; i >= 0; i--)
        {
            // (Asked when the list is looked for, and again when it is read, the body's lines marked by then.)
            if (_roles[i] is not (LineRole.None or LineRole.Body) || _lines[i].IsBlank) continue;
            if (AnnouncesSignaturesBelow(_lines[i].Text)) return true;
        }
        return false;
    }

    // The first line that speaks of signing and of the signatures below, read once a parse (-1: none).
    private int? FirstSignaturesAnnouncement()
    {
        if (_firstSignaturesAnnouncement == NotLookedFor)
        {
            _firstSignaturesAnnouncement = NoAnnouncement;
            for (var i = 0; i < _lines.Count; i++)
            {
                if (!_lines[i].IsBlank && AnnouncesSignaturesBelow(_lines[i].Text))
                {
                    _firstSignaturesAnnouncement = i;
                    break;
                }
            }
        }
        return _firstSignaturesAnnouncement >= 0 ? _firstSignaturesAnnouncement : null;
    }

    private int _firstSignaturesAnnouncement = NotLookedFor;

    private const int NotLookedFor = -2;

    private const int NoAnnouncement = -1;

    private static bool AnnouncesSignaturesBelow(string text)
    {
        var words = Lexicons.Lexicons.Words(text);
        return Lexicons.Lexicons.SayBelow(words) && System.Linq.Enumerable.Any(words, word => Lexicons.Lexicons.RoleOfWord(word) == SignatoryRole.Signatory);
    }

    // Whether the line right above (blank lines and furniture aside) ends in a colon and is running text or the list's
    // heading: read as an introduction when the list is looked for, as the heading once it is found.
    private bool IntroducedByColon(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            return _roles[i] is LineRole.None or LineRole.SignatoryHeading && _lines[i].Text.EndsWith(":", StringComparison.Ordinal);
        }
        return false;
    }

    // A line's evidence of being a list entry, read once and only when a step asks: most steps ask about a few lines.
    private int EntryScore(int index)
    {
        if (_entryScores is null)
        {
            _entryScores = new int[_lines.Count];
            for (var i = 0; i < _entryScores.Length; i++) _entryScores[i] = NotScored;
        }
        if (_entryScores[index] == NotScored)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            // ("From: the Council of …", "To: the Workers' Association …": a letter's address lines are no entries; nor is its
            // closing formula above the signatures, "Yours in the revolution,".)
            _entryScores[index] = _roles[index] is LineRole.Blank or LineRole.Boilerplate || EndsInsideName(_lines[index].Text) || WrapsOntoLowerCase(index)
                || Lexicons.Lexicons.IsLetterFieldLine(_lines[index].Text) || Lexicons.Lexicons.OpensWithPointOpener(_lines[index].Text)
                || Lexicons.Lexicons.IsLetterClosing(_lines[index].Text)
                ? 0
                : EntryEvidence.Score(WithoutMarker(index), _lines[index].Raw, _markers[index].Length > 0);
        }
        return _entryScores[index];
    }

    private const int NotScored = -1;

    // A long line of a hard-wrapped paragraph whose sentence goes on in lower case on the next line ("Attending the meeting
    // were the Marxist Platform of the Bulgarian Socialist" / "Party, the …, the Communist Party" / "of Bulgaria, …"):
    // running text, not an entry, whatever names it holds.
    // So is such a line that names organisations with their articles between commas ("… the Socialist Party of Latvia, the
    // Communist" / "Party of Lithuania, the …"), whatever the next line opens with: entries of a list name no article.
    private bool WrapsOntoLowerCase(int index)
    {
        if (index + 1 >= _lines.Count || _lines[index + 1].IsBlank || _markers[index + 1].Length > 0) return false;
        var text = _lines[index].Text;
        if (text.Length < WrappedLineLength || text[text.Length - 1] is ',' or ';' or '.' or ':' or '!' or '?') return false;
        var next = _lines[index + 1].Text;
        return (next.Length > 0 && char.IsLower(next[0]) && BreaksOffInsideSentence(text, orHyphen: false)) || HasArticleAfterComma(text);
    }

    // ", the ", ", die ": an article opening an item after a comma.
    private static bool HasArticleAfterComma(string text)
    {
        for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var start = comma + 2;
            var space = text.IndexOf(' ', start);
            if (space > start && Lexicons.Lexicons.IsArticle(Text.NameFolding.Fold(text.Substring(start, space - start)))) return true;
        }
        return false;
    }

    /// <summary>Whether a list's first line is the heading of the rest, written without a colon: the organisations'
    /// plural noun, no list marker, and either entries with markers after it or a word of signing, attending or
    /// subscribing and no country of its own (<c>Partiti Solidnet firmatari di questa Dichiarazione Congiunta</c>,
    /// <c>Communist and workers' parties</c> above bullets); <paramref name="said"/> is the role its words give.</summary>
    private bool IsRunHeading(int index, out SignatoryRole? said)
    {
        said = null;
        var words = Lexicons.Lexicons.Words(WithoutMarker(index));
        if (!NamesListNoun(words) || _markers[index].Length > 0) return false;
        said = Lexicons.Lexicons.RoleIn(words);
        for (var i = index + 1; i < _lines.Count; i++)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            // Entries with markers under a line without one; or a word of signing, or the noun closing the line
            // ("Stuttgart Efrîn’i Sahiplenme Platformu Bileşenleri", the platform's member organisations), and no country
            // or acronym of the line's own.
            return _markers[i].Length > 0
                || ((said is not null || Lexicons.Lexicons.IsListNoun(words[words.Count - 1]))
                    && Countries.CountryLookup.Default.FindFirst(_lines[index].Text) is null && !HoldsAcronym(_lines[index].Text));
        }
        return false;
    }

    /// <summary>Whether a line is a short heading that breaks off inside a name and goes on on the next line, with no blank
    /// line between them (<c>Partier og organisationer i</c>, "Parties and organisations in", above <c>CIPOML/IKMLPO</c>):
    /// it names the organisations by their plural noun and ends on a small word, so the next line ends the heading,
    /// whatever it looks like.</summary>
    private bool IsHeadingWrappedOnNext(int index)
    {
        if (index + 1 >= _lines.Count || _roles[index] != LineRole.None || _lines[index + 1].IsBlank || _roles[index + 1] != LineRole.None
            || _markers[index].Length > 0 || _markers[index + 1].Length > 0) return false;
        var text = _lines[index].Text;
        return text.Length > 0 && Text.TextShape.WordCount(text) <= MostWordsOfLineAbove && EndsInsideName(text) && NamesListNoun(Lexicons.Lexicons.Words(text));
    }

    private static bool HoldsAcronym(string text)
    {
        foreach (var token in Signatories.Tokens.Split(text))
        {
            if (Signatories.Acronyms.IsShortName(token.TrimChars("(),;"))) return true;
        }
        return false;
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

    /// <summary>The role a short line right above <paramref name="index"/> (blank lines aside) gives the organisations
    /// named below it, when it names them by their plural noun and says what they did, with no colon and no full stop
    /// (<c>Strany, které se zúčastnily jednání konference</c>, "Parties that took part in the conference"): a title or a
    /// heading of a list written as a paragraph.</summary>
    private SignatoryRole? RoleOfLineAbove(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            var text = _lines[i].Text;
            if (_roles[i] is not (LineRole.None or LineRole.Field) || Text.TextShape.WordCount(text) > MostWordsOfLineAbove
                || text.EndsWith(".", StringComparison.Ordinal) || text.EndsWith(":", StringComparison.Ordinal)) return null;
            var words = Lexicons.Lexicons.Words(text);
            return NamesListNoun(words) ? Lexicons.Lexicons.RoleIn(words) : null;
        }
        return null;
    }

    private const int MostWordsOfLineAbove = 10;

    // "Ortak bildiriye imza atan kurum ve kuruluşlar şöyle." right above the list: a sentence that says the names follow
    // (a word of following) and what they did, closed by a full stop rather than a colon.
    private SignatoryRole? RoleOfSentenceAnnouncing(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            if (_roles[i] != LineRole.None || !_lines[i].Text.EndsWith(".", StringComparison.Ordinal)) return null;
            var words = Lexicons.Lexicons.Words(_lines[i].Text);
            return Lexicons.Lexicons.HoldsFollowingWord(words) ? Lexicons.Lexicons.RoleIn(words) : null;
        }
        return null;
    }

    private static IEnumerable<T> Prepend<T>(T first, IEnumerable<T> rest)
    {
        yield return first;
        foreach (var item in rest) yield return item;
    }

    /// <summary>What a list under no heading means: what its introduction says (attended, subscribed, signed); else
    /// subscribers when the statement opens by speaking for the parties that subscribe it; else signatories.</summary>
    private SignatoryRole HeadlessRole(int bodyStart, int listStart)
    {
        if (IntroductionBefore(listStart) is { } intro && Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(_lines[intro].Text)) is { } said) return said;
        if (RoleOfSentenceAnnouncing(listStart) is { } announced) return announced;
        // Delegations, each its people and their organisation, came to the meeting: they attended it.
        if (IsParagraphOfDelegations(_lines[listStart].Text)) return SignatoryRole.Attendee;
        for (var i = bodyStart; i < listStart; i++)
        {
            if (_roles[i] != LineRole.None) continue;
            return Lexicons.Lexicons.SaysSubscribe(Lexicons.Lexicons.Words(_lines[i].Text)) ? SignatoryRole.Subscriber : SignatoryRole.Signatory;
        }
        return SignatoryRole.Signatory;
    }

    // Whether the words name the organisations by their plural noun ("parties", "partiti", "Parteien").
    private static bool NamesListNoun(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (Lexicons.Lexicons.IsListNoun(word)) return true;
        }
        return false;
    }

    /// <summary>The heading a line is: a keyword heading (<see cref="SignatoryHeadingRules"/>) or a line of nothing but
    /// the organisations' plural noun (<c>The Parties</c>, <c>Partiler:</c>).</summary>
    private SignatoryHeading? HeadingAt(int index)
    {
        var text = _lines[index].Text;
        var words = Lexicons.Lexicons.Words(text);
        // "… greetings came to the congress from the following:": those who sent greetings neither signed nor attended.
        if (OnlyGreeted(words)) return null;
        if (SignatoryHeadingRules.Match(text) is { } heading) return heading;
        if (HeadingInSigns(text) is { } inSigns) return inSigns;
        // "The 62 Parties supporting the statement include:": a line ending in a colon that counts the organisations heads
        // their list when one follows; "The three parties declare:" above their text heads none.
        if (text.EndsWith(":", StringComparison.Ordinal) && Lexicons.Lexicons.CountOfNamed(words) is not null && NamesFollow(index))
        {
            return new SignatoryHeading(Lexicons.Lexicons.RoleIn(words) ?? SignatoryRole.Signatory, Late: false, "", "");
        }
        if (text.Length > 40) return null;
        var nouns = 0;
        foreach (var word in words)
        {
            if (Lexicons.Lexicons.IsListNoun(word)) nouns++;
            else if (!Lexicons.Lexicons.IsArticle(word)) return null;
        }
        return nouns == 1 && char.IsUpper(text[0]) ? new SignatoryHeading(SignatoryRole.Signatory, Late: false, "", "") : null;
    }

    /// <summary>A heading written in Chinese or Japanese signs, with no spaces: a word of attending or signing before a
    /// colon (full-width or not), and the list after it between enumeration commas (<c>出席会议的有：A、B、C和D。</c>, those
    /// present at the meeting were …); null for any other line.</summary>
    private static SignatoryHeading? HeadingInSigns(string text)
    {
        var colon = text.IndexOfAny(Colons);
        if (colon <= 0 || colon > MostSignsBeforeColon || Text.Scripts.EastAsianSigns(text.Substring(0, colon)) == 0) return null;
        if (Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(text.Substring(0, colon))) is not { } role) return null;
        var items = text.Substring(colon + 1).Trim();
        return items.IndexOf(IdeographicComma) >= 0 || items.IndexOf(FullWidthComma) >= 0 || items.Length == 0
            ? new SignatoryHeading(role, Late: false, "", items) : null;
    }

    private static readonly char[] Colons = { ':', '：' };

    private const int MostSignsBeforeColon = 16;

    // Words that speak of greetings sent and of no signing or subscribing ("have sent greetings or signed the call" names
    // signers too).
    private static bool OnlyGreeted(IReadOnlyList<string> words) =>
        Lexicons.Lexicons.SpeakOfGreetings(words) && Lexicons.Lexicons.RoleIn(words) is not (SignatoryRole.Signatory or SignatoryRole.Subscriber);

    private int[]? _entryScores;

    // The byline whose authors are the list (FindList), whose date is the statement's when the text gives none else.
    private int? _bylineLine;

    // A line that ends on a small word ("… Communist Party of") breaks a sentence, a hard-wrapped line: no entry ends so.
    // A word in parentheses closes what it is written after ("Alternativa Zdola (AZ)", whose short name folds to the
    // Hungarian article "az").
    private static bool EndsInsideName(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space < 0 || text[text.Length - 1] == ')') return false;
        var last = Text.NameFolding.Fold(text.Substring(space + 1));
        return Lexicons.Lexicons.IsNameLink(last) || Lexicons.Lexicons.IsConnector(last);
    }

    // The stretches of a paragraph that may be a prose list: in each sentence with a word of signing, subscribing or
    // attending, what follows that word (after a colon, or after a short preposition such as "by") and what precedes it;
    // and what follows a colon, in the role the words before it give (signatories when they give none).
    private static IEnumerable<(string Items, SignatoryRole Role, bool Announced)> ProseListCandidates(string text)
    {
        string? previousSentence = null;
        foreach (var (sentenceStart, sentence) in Sentences(text))
        {
            // "… adopted by the participants of the Meeting …, in Athens on 26-27 January 2002 (AKEL- Cyprus, Egyptian
            // Communist Party, …)": the names in parentheses, in the role the sentence gives. A sentence that gives none
            // holds an aside in its parentheses ("atrocities … ( DIR YASSIN, SABRA CHATILA, JENIN …)"), not its signers.
            // "Representatives of the parties that make it up (A, B, …) discussed …": the parties' representatives attended.
            var sentenceWords = Lexicons.Lexicons.Words(sentence);
            var before = previousSentence;
            previousSentence = sentence;
            // "Plusieurs partis et mouvements … ont fait une déclaration commune. Il s’agit de la A, la B, … et du C.": a
            // sentence that opens with a namely phrase names the organisations the sentence before spoke of and named
            // none of, in the role that sentence gave. ("Le PRCF et le PCRF saluent les syndicats … Il s’agit de la CGT, …":
            // those who named others are the authors.)
            if (before is not null && sentenceWords.Count > 0 && Lexicons.Lexicons.NamelyPhraseLength(sentenceWords, 0) is > 0 and var namely
                && Lexicons.Lexicons.Words(before) is var beforeWords && SpeaksOfOrganisations(beforeWords) && !NamesAnOrganisation(before))
            {
                var (namelyWords, namelySpans) = Lexicons.Lexicons.WordsWithSpans(sentence);
                yield return (ItemsAfterWord(sentence, namelyWords, namelySpans, 0, namely - 1, out _),
                    Lexicons.Lexicons.RoleIn(beforeWords) ?? SignatoryRole.Signatory, true);
            }
            // "The communist parties of the Arab countries (the A, the B, …) held a meeting on …": those who held it attended it.
            if ((Lexicons.Lexicons.RoleIn(sentenceWords)
                ?? (Lexicons.Lexicons.NameDelegates(sentenceWords) || Lexicons.Lexicons.SpeakOfHolding(sentenceWords) ? SignatoryRole.Attendee : null)) is { } parenthesisedRole)
            {
                // ("Die … Initiativgruppe (PDS, FKP, …, KPÖ) wurde um 4 osteuropäische Parteien (A, B, C und D) erweitert":
                // the sentence's groups together too.)
                string? together = null;
                foreach (var (_, group) in ParenthesisedLists(sentence))
                {
                    yield return (group, parenthesisedRole, false);
                    together = together is null ? group : together + ", " + group;
                }
                if (together is not null) yield return (together, parenthesisedRole, false);
            }
            // "Ces douze organisations (PS, PCF, PG, …) «ont décidé de rendre public un communiqué commun»", "Six organisations
            // of the radical left (A, B, …) take the initiative …": a parenthesis after the organisations' plural noun and
            // the few words that say which organisations they are names them, whatever the sentence says they did.
            else
            {
                foreach (var (open, group) in ParenthesisedLists(sentence))
                {
                    if (FollowsQualifiedListNoun(sentence, open, group)) yield return (group, SignatoryRole.Signatory, true);
                }
            }
            var colonAt = IntroducingMark(sentence);
            if (colonAt > 0 && colonAt + 1 < sentence.Length)
            {
                // "Dois novos partidos tiveram seu ingresso aprovado: o … e a …": two names after a colon, and no word of
                // signing or attending before it, are what the sentence speaks of, not a list of signatories.
                var introduction = Lexicons.Lexicons.Words(sentence.Substring(0, colonAt));
                var said = Lexicons.Lexicons.RoleIn(introduction);
                // "In June representatives of the … met in Madrid: A, B, …": those whose representatives met attended.
                var attended = said is null && (Lexicons.Lexicons.NameDelegates(introduction) && Lexicons.Lexicons.SpeakOfHolding(introduction)
                    || Lexicons.Lexicons.SpeakOfMeeting(introduction));
                var items = sentence.Substring(colonAt + 1).Trim();
                // "… under the theme: “The Communist Party of Greece and the Portuguese Communist Party in the struggle …”":
                // a quotation after the colon is a theme, a title or a slogan, whatever names it holds.
                if (!IsOneQuotation(items) && (said is not null || ProseListItems(items) != 2))
                {
                    // ("… dass mindestens 17 Organisationen mit Delegationen vertreten waren: TiKB, MLPD, Partizan, …": an
                    // introduction that counts the organisations announces them, whatever its verb; with their delegations,
                    // they attended.)
                    var counts = said is null && Lexicons.Lexicons.CountOfNamed(introduction) is not null;
                    attended = attended || (counts && Lexicons.Lexicons.NameDelegates(introduction));
                    yield return (items, said ?? (attended ? SignatoryRole.Attendee : SignatoryRole.Signatory), said is not null || counts);
                }
            }
            var (words, spans) = Lexicons.Lexicons.WordsWithSpans(sentence);
            var includes = Lexicons.Lexicons.HoldsIncludingPhrase(sentenceWords);
            // ("… opgericht door 12 communistische partijen uit Europa, namelijk tussen de A, B, …": after a word of a role, a
            // namely phrase opens the items as an including phrase does; with no such word the organisations it names are
            // what the sentence speaks of, "… condemned the parties of big business, namely …".)
            var namesAfterPhrase = includes || Lexicons.Lexicons.HoldsNamelyPhrase(sentenceWords);
            // "Les partis qui ont pris part aux luttes de l’hiver, le PCF, LFI et le PS, signent cet appel": a word of a role in
            // a relative clause says what the organisations did besides; its readings come after the sentence's own, which
            // win where both name as many organisations.
            List<(string Items, SignatoryRole Role, bool Announced)>? inRelativeClauses = null;
            for (var w = 0; w < words.Count; w++)
            {
                var phrase = w + 1 < words.Count ? Lexicons.Lexicons.RoleOfPhrase(words[w], words[w + 1]) : null;
                var role = phrase ?? Lexicons.Lexicons.RoleOfWord(words[w]);
                if (role is null || (phrase is null && IsWordOfAName(sentence, words, spans, w))) continue;
                // (An aside between dashes that holds the word and its items says no more than them: "–firmada por A, B y C–".)
                var after = ItemsAfterWord(sentence, words, spans, w, phrase is null ? w : w + 1, out var inAside);
                var announced = inAside || AnnouncesList(words, w, phrase is null ? w : w + 1, sentence, spans, after);
                var afterWord = (WithOrganisationBesides(sentence, words, spans, w, namesAfterPhrase ? AfterIncludingPhrase(after) : after), role.Value, announced);
                if (IsInRelativeClause(sentence, words, spans, w))
                {
                    (inRelativeClauses ??= new List<(string, SignatoryRole, bool)>()).Add(afterWord);
                    if (w > 0) inRelativeClauses.Add((sentence.Substring(0, spans[w].Start).Trim(), role.Value, false));
                    continue;
                }
                yield return afterWord;
                if (w > 0) yield return (WithoutOpeningRelativeClause(sentence.Substring(0, spans[w].Start).Trim()), role.Value, false);
            }
            if (inRelativeClauses is not null)
            {
                foreach (var candidate in inRelativeClauses) yield return candidate;
            }
            // "The 27 organisations are a coalition of unions, … and parties, among them A, B (C) and D": after a word that
            // names some of the organisations the sentence spoke of, in the role it gives (signatories when none).
            var spokeOfOrganisations = false;
            for (var w = 0; includes && w + 1 < words.Count; w++)
            {
                if (spokeOfOrganisations && Lexicons.Lexicons.IncludingPhraseLength(words, w) is > 0 and var length)
                {
                    yield return (ItemsAfterWord(sentence, words, spans, w, w + length - 1, out _).TrimStartChars(", "), Lexicons.Lexicons.RoleIn(sentenceWords) ?? SignatoryRole.Signatory, false);
                    break;
                }
                spokeOfOrganisations = spokeOfOrganisations || Lexicons.Lexicons.IsListNoun(words[w]) || Lexicons.Lexicons.IsOrganisationWord(words[w]);
            }
            // "… compartió el ‘Manifiesto Unitario’ de los partidos políticos A, B y C": a document's word, then the
            // organisations' plural noun after the preposition of its authors, names its signatories, whatever the sentence
            // says was done with it (the sentence's other readings first: the same names in another role win).
            if (Lexicons.Lexicons.RoleIn(sentenceWords) is null && AuthorsOfDocument(words) is { } authors)
            {
                yield return (ItemsAfterWord(sentence, words, spans, authors, authors, out _), SignatoryRole.Signatory, false);
            }
        }
    }

    // Whether folded words speak of organisations: the organisations' plural noun or an organisation's word.
    private static bool SpeaksOfOrganisations(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (Lexicons.Lexicons.IsListNoun(word) || Lexicons.Lexicons.IsOrganisationWord(word)) return true;
        }
        return false;
    }

    // "On 8 July a quadripartite meeting between the Communist parties of Greece (KKE), Mexico and Turkey and the … was
    // held in Athens": those a meeting was between attended it; asked where nothing else makes a list.
    private static IEnumerable<(string Items, SignatoryRole Role, bool Announced)> MeetingBetweenCandidates(string text)
    {
        foreach (var (_, sentence) in Sentences(text))
        {
            var (words, spans) = Lexicons.Lexicons.WordsWithSpans(sentence);
            if (MeetingBetween(words) is { } between)
            {
                yield return (ItemsAfterWord(sentence, words, spans, between, between, out _), SignatoryRole.Attendee, false);
            }
        }
    }

    // The word for "between" a few words after a meeting's word ("a quadripartite meeting between", "das Treffen zwischen",
    // "la réunion bilatérale entre"), or null.
    private static int? MeetingBetween(IReadOnlyList<string> words)
    {
        for (var w = 1; w + 1 < words.Count; w++)
        {
            if (!Lexicons.Lexicons.IsBetweenWord(words[w])) continue;
            for (var m = w - 1; m >= 0 && m >= w - MostWordsBetweenMeetingAndItsParties; m--)
            {
                if (Lexicons.Lexicons.IsMeetingWord(words[m])) return w;
            }
        }
        return null;
    }

    // ("la réunion bilatérale entre": a qualifier or two of the meeting between them.)
    private const int MostWordsBetweenMeetingAndItsParties = 3;

    // Whether the word at `w` stands in a relative clause: a relative word ("qui", "that", a lexicon's [relative words])
    // before it since the last comma, semicolon or colon.
    private static bool IsInRelativeClause(string sentence, IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, int w)
    {
        var clauseStart = spans[w].Start > 0 ? sentence.LastIndexOfAny(ClauseBreaks, spans[w].Start - 1) + 1 : 0;
        for (var k = w - 1; k >= 0 && spans[k].Start >= clauseStart; k--)
        {
            if (Lexicons.Lexicons.IsRelativeWord(words[k])) return true;
        }
        return false;
    }

    private static readonly char[] ClauseBreaks = { ',', ';', ':' };

    // "Les partis qui ont pris part aux luttes de l’hiver, le PCF, …": the subject's opening clause up to its comma, where a
    // relative word stands in it, says which organisations the names after it are, and is none of them.
    private static string WithoutOpeningRelativeClause(string text)
    {
        var end = text.IndexOfAny(ClauseBreaks);
        if (end <= 0 || end + 1 >= text.Length) return text;
        foreach (var word in Lexicons.Lexicons.Words(text.Substring(0, end)))
        {
            if (Lexicons.Lexicons.IsRelativeWord(word)) return text.Substring(end + 1).Trim();
        }
        return text;
    }

    // The preposition of a document's authors ("de" of "el ‘Manifiesto Unitario’ de los partidos …", a lexicon's [author
    // prepositions]: not "a message to the parties"): a document's word, a few words after it the preposition, then the
    // organisations' plural noun, an article perhaps before it; else null.
    private static int? AuthorsOfDocument(IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (!KindRules.IsKindWord(words[w])) continue;
            for (var p = w + 1; p <= w + MostWordsBetweenDocumentAndAuthors && p + 1 < words.Count; p++)
            {
                if (!Lexicons.Lexicons.IsAuthorPreposition(words[p])) continue;
                var noun = Lexicons.Lexicons.IsArticle(words[p + 1]) ? p + 2 : p + 1;
                if (noun < words.Count && Lexicons.Lexicons.IsListNoun(words[noun])) return p;
                break;
            }
        }
        return null;
    }

    // ("Manifiesto Unitario de": the document's qualifier or title between its word and the preposition.)
    private const int MostWordsBetweenDocumentAndAuthors = 3;

    // "El Movimiento de Participación Popular (MPP), …": a word written with its capital between a capitalised word and its
    // link word before it and a capitalised word after it, all of them abbreviated by the short name in parentheses after
    // them, is a word of a name, not the sentence's doing. (German writes its nouns with a capital: "Im Namen der
    // Unterzeichner MLPD (Deutschland), …" is the sentence's.)
    private static bool IsWordOfAName(string sentence, IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, int w)
    {
        if (w < 2 || w + 1 >= words.Count || !char.IsUpper(sentence[spans[w].Start]) || !char.IsUpper(sentence[spans[w + 1].Start])) return false;
        if (!char.IsLower(sentence[spans[w - 1].Start]) || !Lexicons.Lexicons.IsNameLink(words[w - 1]) || !char.IsUpper(sentence[spans[w - 2].Start])) return false;
        return ParenthesisAfter(sentence, spans[w + 1].End) is var (open, inside)
            && ProseNames.Abbreviates(inside, sentence.Substring(spans[w - 2].Start, open - spans[w - 2].Start));
    }

    // Whether the words right before a parenthesis are the organisations' plural noun, or that noun and a few words that
    // say which organisations they are, opened by a link, an article or a relative word and with no mark between them
    // ("organisations of the wider radical left", "as organizações que compõem o Polo"; not "parties oppose the military
    // alliances (NATO, …)"); or any such words where the noun's count is the parenthesis's count of items ("aus sieben
    // westeuropäischen linken Parteien bestehende Initiativgruppe (A, B, C, D, E, F, G)").
    private static bool FollowsQualifiedListNoun(string sentence, int open, string group)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(sentence.Substring(0, open));
        for (var w = words.Count - 1; w >= 0 && w >= words.Count - 1 - MostWordsQualifyingNoun; w--)
        {
            if (!Lexicons.Lexicons.IsListNoun(words[w])) continue;
            if (w == words.Count - 1) return true;
            if (sentence.IndexOfAny(QualifierBreaks, spans[w].End, open - spans[w].End) >= 0) return false;
            var next = words[w + 1];
            if (Lexicons.Lexicons.IsNameLink(next) || Lexicons.Lexicons.IsArticle(next) || Lexicons.Lexicons.IsRelativeWord(next)) return true;
            var countFrom = Math.Max(0, w - MostWordsBetweenCountAndNoun);
            return CountIn(sentence.Substring(spans[countFrom].Start, spans[w].End - spans[countFrom].Start)) is { } count && count == group.Split(ItemCommas).Length;
        }
        return false;
    }

    // ("of the wider radical left", "que compõem o Polo": more words say something else of them.)
    private const int MostWordsQualifyingNoun = 6;

    private static readonly char[] QualifierBreaks = { ',', ';', ':', '.', '(', ')', '!', '?' };

    // The commas that part a parenthesis's items: the Latin and the Arabic.
    private static readonly char[] ItemCommas = { ',', ArabicComma };

    // ("sieben westeuropäischen linken Parteien": the count, then the noun's adjectives.)
    private const int MostWordsBetweenCountAndNoun = 3;

    // The first parenthesis at or after <from>: where it opens, and what it holds, trimmed.
    private static (int Open, string Inside)? ParenthesisAfter(string text, int from)
    {
        var open = text.IndexOf('(', from);
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        return close > open ? (open, text.Substring(open + 1, close - open - 1).Trim()) : null;
    }

    // "… foram convidadas formações políticas não pertencentes ao Grupo de Trabalho, tais como o A, o B …", "attended by
    // many parties, including A, B and C", "…, namelijk tussen de A, B, …": after a comma, a phrase that names some or all
    // of what the words before it spoke of opens the items; the items as they are when they hold none. (Asked only of a
    // sentence that holds such a phrase.)
    private static string AfterIncludingPhrase(string items)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(items);
        for (var w = 1; w + 1 < words.Count; w++)
        {
            if (PhraseNamingItemsLength(words, w) is > 0 and var length && AfterComma(items, spans[w].Start))
            {
                return ItemsAfterWord(items, words, spans, w, w + length - 1, out _);
            }
        }
        return items;
    }

    // How many words from `w` on are an including phrase ("tais como") or, failing one, a namely phrase ("namelijk"), or 0.
    private static int PhraseNamingItemsLength(IReadOnlyList<string> words, int w) =>
        Lexicons.Lexicons.IncludingPhraseLength(words, w) is > 0 and var including ? including : Lexicons.Lexicons.NamelyPhraseLength(words, w);

    // Whether a comma, spaces aside, stands right before `at`.
    private static bool AfterComma(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        return before >= 0 && text[before] == ',';
    }

    // "Além do Partido Comunista do Vietnã, anfitrião do evento, participam o A, o B …", "Besides the A, the host, the
    // meeting was attended by B, C …": the organisation a besides word opens the sentence with, up to its first comma (or
    // the two joined by a conjunction before the sentence's own words: PairOpening), is the first of the items after the
    // word of attending or signing; the items as they are when the sentence opens otherwise.
    private static string WithOrganisationBesides(string sentence, IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, int roleWord, string items)
    {
        if (BesidesPhrase(sentence, words, spans, roleWord) is not var (start, length) || start + length >= roleWord || items.Length == 0) return items;
        var end = start + length;
        var between = sentence.Substring(spans[end - 1].End, spans[roleWord].Start - spans[end - 1].End);
        var comma = between.IndexOf(',');
        var opening = comma > 0 ? between.Substring(0, comma) : between;
        if (ProseNames.Leading(opening, out var whole) is not { } name || !NamesOrganisation(name)) return items;
        // ("Apart from the Labour Party, which refused to sign, …": a relative clause after the name says what it did, not
        // that it did as the list's did; "Aside from NATO and the European Union, …": an institution is no signatory.)
        if (comma > 0 && Lexicons.Lexicons.Words(between.Substring(comma + 1)) is { Count: > 0 } next && Lexicons.Lexicons.IsRelativeWord(next[0])) return items;
        if (Lexicons.Lexicons.IsInstitution(Text.NameFolding.Fold(name))) return items;
        // ("Hosted by A, B and C, the meeting …": a host or two is read, not a part of a longer list of them; and "… an dem
        // Treffen in Berlin die …" after the word of attending: items that open with the sentence's words keep them first.)
        if (comma > 0 && ProseNames.Leading(between.Substring(comma + 1), out _) is { } more && NamesOrganisation(more)) return items;
        if (!OpensWithName(items)) return items;
        // ("Hosted by the A, the meeting was attended by the A, the B …": a host the list names already is named once.)
        if (items.IndexOf(name, StringComparison.Ordinal) >= 0) return items;
        // "Organizado por el A y el B (C) sesionó en Lima …, al que acudieron …": two organisations joined by a conjunction,
        // the sentence going on after them.
        if (!whole)
        {
            if (PairOpening(opening, name) is not { } second) return items;
            name += ", " + second;
        }
        // ("Освен БСП, в коалицията участват партиите Политически клуб …": the plural noun that opens the items, before names
        // that need no head of it, is no part of the first, now that a name stands before it.)
        if (NamesAfterListNoun(items, out var noun) is { } named && Lexicons.Lexicons.SingularOfHeadNoun(noun) is null) items = named;
        return JoinedItems(name, items);
    }

    // The besides phrase's first word and its length in words: opening the sentence, or right after the sentence's opening
    // words and their comma ("Στην τηλεδιάσκεψη, εκτός του ΚΚΕ, συμμετείχαν …", "At the meeting, besides the host, … took
    // part"); null where none stands so before the word of attending or signing.
    private static (int Start, int Words)? BesidesPhrase(string sentence, IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, int roleWord)
    {
        if (Lexicons.Lexicons.BesidesPhraseLength(words, 0) is > 0 and var opening) return (0, opening);
        // (Only where the sentence announces the list that follows, "… τα εξής κόμματα:", "… the following parties:": after an
        // opening, "apart from the A, all other parties signed …" excepts the organisation rather than adding it.)
        if (!Lexicons.Lexicons.HoldsFollowingWord(words)) return null;
        for (var w = 1; w < roleWord; w++)
        {
            if (sentence.IndexOf(',', spans[w - 1].End, spans[w].Start - spans[w - 1].End) < 0) continue;
            return Lexicons.Lexicons.BesidesPhraseLength(words, w) is > 0 and var length ? (w, length) : null;
        }
        return null;
    }

    // Whether items open with a name, whole up to the first separator, or with the organisations' plural noun before them
    // ("партиите Политически клуб …").
    private static bool OpensWithName(string items)
    {
        var opened = items.TrimStart();
        if (opened.Length == 0) return false;
        if (Lexicons.Lexicons.IsListNoun(Text.NameFolding.Fold(opened.Split(' ')[0]))) return true;
        var end = opened.IndexOfAny(InlineSeparators);
        return ProseNames.Leading(end > 0 ? opened.Substring(0, end) : opened, out var whole) is not null && whole;
    }

    // The second of two organisations a text opens with, joined to the first by a conjunction and perhaps an article, the
    // sentence going on after it; null when the text opens otherwise.
    private static string? PairOpening(string text, string first)
    {
        var at = text.IndexOf(first, StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = text.Substring(at + first.Length);
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(rest);
        if (words.Count < 2 || !Lexicons.Lexicons.IsConjunction(words[0]) || rest.Substring(0, spans[0].Start).Trim().Length > 0) return null;
        var second = ProseNames.Leading(rest.Substring(spans[1].Start), out _);
        return second is not null && NamesOrganisation(second) ? second : null;
    }

    // Whether all of a text is one quotation, its full stop aside.
    private static bool IsOneQuotation(string text) => Text.QuotationMarks.Encloses(text.TrimEndChars(". "));

    // "Els partits signants són A, B, …", "Los partidos firmantes son …": the organisations' plural noun with the word of
    // signing or attending (or that word a plural noun itself: "signatories"), then only the short words of "are" before
    // the items: the sentence announces its list, and every item is an organisation by its word, whatever its own words.
    private static bool AnnouncesList(IReadOnlyList<string> words, int w, int last, string sentence, IReadOnlyList<(int Start, int End)> spans, string items)
    {
        if (items.Length == 0) return false;
        var nounBefore = Lexicons.Lexicons.IsListNoun(words[w]) || (w > 0 && Lexicons.Lexicons.IsListNoun(words[w - 1]))
            || (w > 1 && Lexicons.Lexicons.IsListNoun(words[w - 2]));
        if (!nounBefore) return false;
        var between = sentence.Substring(spans[last].End, sentence.Length - items.Length - spans[last].End).Trim();
        return between.Length > 0 && between.Length <= 4 && between.IndexOf(' ') < 0 && char.IsLower(between[0]);
    }

    // Where a sentence's colon stands, or the hyphen that Bengali and Hindi pages write for one, glued to the word before it
    // ("৭ টি দল- A, B, …", "আটটি দল হলো- A, B"); -1 for none.
    private static int IntroducingMark(string sentence)
    {
        // (The colon of a clock time introduces nothing: "Днес в 11:00 часа … ще подпишат …".)
        var colon = sentence.IndexOf(':');
        while (colon > 0 && colon + 1 < sentence.Length && char.IsDigit(sentence[colon - 1]) && char.IsDigit(sentence[colon + 1])) colon = sentence.IndexOf(':', colon + 1);
        if (colon >= 0) return colon;
        for (var i = 1; i + 1 < sentence.Length; i++)
        {
            if (sentence[i] == '-' && sentence[i + 1] == ' ' && EndsCaselessWord(sentence[i - 1])) return i;
        }
        return -1;
    }

    // A letter of a script with no capitals, or a vowel sign closing a word of such a script ("হলো").
    private static bool EndsCaselessWord(char c) =>
        Text.TextShape.IsCaselessLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.NonSpacingMark;

    // "… konnte die Vertreterinnen und Vertreter der Kommunistischen Partei Britanniens, der KP Chiles, … begrüßen": in a
    // sentence with no word of signing or attending, what follows the word for those who speak for the organisations and
    // its link to them ("der", "of", "de") or their preposition of origin ("The delegates from the A, B and C made
    // speeches at the meeting"): they attended, whatever the verb. (A meeting the sentence speaks of bars none: a sentence
    // that says the meeting was held with them was read before, when it names them so.)
    private static IEnumerable<(string Items, SignatoryRole Role, bool Announced)> RepresentedListCandidates(string text)
    {
        foreach (var (_, sentence) in Sentences(text))
        {
            var (words, spans) = Lexicons.Lexicons.WordsWithSpans(sentence);
            if (Lexicons.Lexicons.RoleIn(words) is not null) continue;
            for (var w = 0; w + 1 < words.Count; w++)
            {
                if (!Lexicons.Lexicons.IsDelegateWord(words[w])) continue;
                if (Lexicons.Lexicons.IsNameLink(words[w + 1]) || Lexicons.Lexicons.IsOriginPreposition(words[w + 1]))
                {
                    yield return (ItemsAfterWord(sentence, words, spans, w, w, out _), SignatoryRole.Attendee, false);
                }
                // "dos secretários-gerais do MPLA (Angola), …", "les secrétaires généraux du …": one word in lower case
                // qualifies them before the link.
                else if (w + 2 < words.Count && Lexicons.Lexicons.IsNameLink(words[w + 2]) && char.IsLower(sentence[spans[w + 1].Start]))
                {
                    yield return (ItemsAfterWord(sentence, words, spans, w + 1, w + 1, out _), SignatoryRole.Attendee, false);
                }
            }
        }
    }

    // What a sentence names after its word at `w` (a phrase's last word at `last`): after a colon that introduces more,
    // else after the small words that follow the word; up to the closing dash when the word stands in an aside between
    // dashes (`inAside`).
    private static string ItemsAfterWord(string sentence, IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, int w, int last, out bool inAside)
    {
        inAside = false;
        var from = spans[last].End;
        var colon = sentence.IndexOf(':', from);
        // "… attended by the following: A, B" (a colon closing the sentence introduces nothing here).
        if (colon >= 0 && sentence.Substring(colon + 1).Trim().Length > 0) from = colon + 1;
        else
        {
            // "signed by", "attended by the members of", "unterzeichnet von", "firmada además por": small words after the
            // verb, and a word that adds to the organisations named before. (In a script with no capitals, a short
            // organisation's noun opens the first name: "الموقعين حزب العمال".)
            var next = w + 1;
            while (next < words.Count && next <= w + 3 && (words[next].Length <= 4 || Lexicons.Lexicons.IsAlsoWord(words[next]))
                && !char.IsUpper(sentence[spans[next].Start]) && !Lexicons.Lexicons.IsOrganisationNoun(words[next]))
            {
                from = spans[next++].End;
                // (A word elided onto the first name: an article is the name's, "… ont pris part l’Union …"; a preposition
                // with its article is the sentence's, "sottoscritto dall’Unione Popolare".)
                if (!IsElidedOntoNext(sentence, from)) continue;
                if (Lexicons.Lexicons.IsArticle(words[next - 1])) from = spans[next - 1].Start;
                else from++;
                break;
            }
        }
        // "La declaración –firmada además por A, B y C– asegura …": a word inside an aside between dashes names the
        // aside's items; the sentence resumes after its closing dash.
        if (AsideDashBefore(sentence, spans[w].Start) is { } dash && sentence.IndexOf(dash, from) is > 0 and var closing)
        {
            inAside = true;
            return sentence.Substring(from, closing - from).Trim();
        }
        return sentence.Substring(from).Trim();
    }

    private static bool IsElidedOntoNext(string sentence, int end) =>
        end + 1 < sentence.Length && Text.TextShape.IsApostrophe(sentence[end]) && char.IsLetter(sentence[end + 1]);

    // The dash that opens an aside holding the word at `at`: an en or em dash glued to the word after it ("–firmada"),
    // with no other such dash between it and the word.
    private static char? AsideDashBefore(string sentence, int at)
    {
        var open = sentence.LastIndexOfAny(AsideDashes, Math.Max(0, at - 1));
        return open >= 0 && open + 1 < sentence.Length && char.IsLetter(sentence[open + 1]) && (open == 0 || sentence[open - 1] == ' ')
            ? sentence[open] : null;
    }

    private static readonly char[] AsideDashes = { '–', '—' };

    /// <summary>The parties a list names with one plural head and their countries, each with the singular head, as
    /// items parted by semicolons (<c>die Kommunistischen Parteien der USA, Frankreichs, der Russischen Föderation und
    /// Britanniens sowie aus Deutschland die DKP</c>: <c>Kommunistische Partei der USA; Kommunistische Partei Frankreichs;
    /// …; die DKP</c>); <see langword="null"/> when the list opens with no such head. The preposition after the head
    /// ("of", "de") goes before each country that has none of its own; an article ("der") stays the country's own.</summary>
    private static string? PartiesOfSharedHead(string items)
    {
        if (!Lexicons.Lexicons.MayHoldSharedHead(items)) return null;
        var countries = Countries.CountryLookup.Default;
        foreach (var (singular, plural) in Lexicons.Lexicons.SharedHeads)
        {
            var at = items.IndexOf(plural, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            // "the CP of Argentina, the Brazilian CP, the Communist Parties of Bolivia, Chile … and Venezuela, and the …":
            // the head may open an item inside the list, after a comma and an article at most; the items before it are
            // the list's too.
            string? before = null;
            // "HAVANA, Cuba, Oct 26 (ACN) Representatives of the communist parties of Greece, …": after those who speak
            // for the parties, the head opens the list whatever stands before them.
            if (at > MostWordsBeforeHead * 12 && !EndsWithThoseWhoSpeakForTheHead(items.Substring(0, at)))
            {
                var comma = items.LastIndexOf(',', at);
                // ("… o Partido dos Comunistas da Catalunha e os partidos comunistas do Brasil, …": or after the
                // conjunction that adds the last item, an article at most after it.)
                var end = comma > 0 && ProseNames.IsArticleAtMost(items.Substring(comma + 1, at - comma - 1)) ? comma : ConjunctionBefore(items, at);
                if (end <= 0) continue;
                before = items.Substring(0, end);
            }
            var rest = items.Substring(at + plural.Length).Trim().TrimEndChars(".");
            // Commas only: the items keep their articles ("der USA") and a country alone is an item here.
            // (A country's parties in parentheses stay with it: "Brasil (PC brasileiro e PC do Brasil)".)
            var parts = CommaPieces(rest);
            if (parts.Count < 2) return null;
            // "… und Britanniens sowie aus Deutschland die DKP": the countries up to the first piece that is none, the
            // conjunctions parting pieces as commas do; that piece and the rest are items of their own.
            var pieces = new List<string>();
            // "главы компартий Белоруссии (Игорь Карпенко), России (…)": a leader's name in parentheses after a country.
            // "Itália (Refundação Comunista)": a country with the parties that stand for it (kept whole, its parentheses
            // may hold a conjunction), read once a piece.
            var partiesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                if (CountryWithAside(part, countries) is var (alone, times))
                {
                    for (var time = 0; time < times; time++) pieces.Add(alone);
                    continue;
                }
                foreach (var piece in CountryWithParties(part, countries) is null ? ProseNames.PartsAtConjunctions(part) : new List<string> { part })
                {
                    var kept = WithoutPersonInParentheses(piece) ?? piece;
                    if (CountryWithParties(kept, countries) is { } withParties) partiesOf[kept] = withParties;
                    pieces.Add(kept);
                }
            }
            var named = new List<string>();
            while (named.Count < pieces.Count && (partiesOf.ContainsKey(pieces[named.Count]) || IsCountryItem(pieces[named.Count], countries))) named.Add(pieces[named.Count]);
            // "… of Latvia, Lithuania and Estonia met in Riga on …": the last country with the sentence going on after it
            // ends the list.
            var lastCountry = named.Count >= 1 && named.Count < pieces.Count ? CountryBeforeSentence(pieces[named.Count], countries) : null;
            var goesOn = lastCountry is not null;
            if (lastCountry is not null) named.Add(lastCountry);
            if (named.Count < 2) return null;
            // The preposition after the head goes before each country with none, an article does not: told apart in the
            // list's language (Spanish "de Bolivia, Chile": "de Chile", though "de" is a Dutch article).
            var first = Text.NameFolding.Fold(named[0].Split(' ')[0]);
            var link = Lexicons.Lexicons.IsPrepositionOfNames(first, Lexicons.Lexicons.LanguagesOf(Lexicons.Lexicons.Words(items))) ? named[0].Split(' ')[0] : null;
            var result = before is null ? new List<string>() : new List<string>(SplitInlineItems(before));
            foreach (var country in named)
            {
                // "… de Grèce, d'Italie et d'Espagne (PCPE)": a short name alone in the parentheses is the short name of the
                // country's party the head names.
                if (ShortNameOfCountry(country) is var (alone, shortName)) result.Add(WithSharedHead(singular, link, new List<string> { alone })[0] + " (" + shortName + ")");
                else if (partiesOf.TryGetValue(country, out var parties)) result.AddRange(parties);
                // "… Brasil, Colombiano, Cuba …": an adjective of a country goes after the head ("Partido Comunista
                // Colombiano"), with no link.
                else if (Countries.CountryLookup.IsAdjectiveOnly(country)) result.Add(singular + " " + country);
                else result.AddRange(WithSharedHead(singular, link, new List<string> { country }));
            }
            for (var i = named.Count; i < pieces.Count && !goesOn; i++) result.Add(pieces[i]);
            return string.Join("; ", result);
        }
        return null;
    }

    // The country a piece opens with when the sentence goes on after it ("Estonia met in Riga on 4"), else null.
    private static string? CountryBeforeSentence(string piece, Countries.CountryLookup countries) =>
        ProseNames.Leading(piece, out var whole) is { } opening && !whole && IsCountryItem(opening, countries)
        && piece.IndexOf(opening, StringComparison.Ordinal) is >= 0 and var at
        && SentenceGoesOn(piece.Substring(at + opening.Length).Trim()) ? opening : null;

    // How many items a shared head's reading holds when each of them is a country given the head, with nothing before
    // or after them (the rest of the sentence, items of other shapes), else 0.
    private static int AllGivenTheHead(string shared)
    {
        var items = new List<string>(SplitInlineItems(shared));
        foreach (var (singular, _) in Lexicons.Lexicons.SharedHeads)
        {
            if (items.TrueForAll(item => item.StartsWith(singular + " ", StringComparison.Ordinal))) return items.Count;
        }
        return 0;
    }

    // Nothing but white space and an article ("the", "die").
    // Where the conjunction stands that the text before `at` ends with, an article at most after it; -1 when it ends
    // otherwise.
    private static int ConjunctionBefore(string text, int at)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text.Substring(0, at));
        var last = words.Count - 1;
        if (last >= 0 && Lexicons.Lexicons.IsArticle(words[last])) last--;
        return last > 0 && Lexicons.Lexicons.IsConjunction(words[last]) && text.Substring(spans[last].End, at - spans[last].End).Trim().Length <= 3
            ? spans[last].Start : -1;
    }


    // "The representatives of the", "Delegations of the", "The Northern organisations of the": the people or the
    // bodies that speak for the parties of a shared head, before it (delegate words, organs, organisation words, their
    // articles and links, and one word of their own at most), rather than a sentence that only mentions the parties.
    private static bool SpeaksForTheHead(string text)
    {
        var words = Lexicons.Lexicons.Words(text);
        if (words.Count > MostWordsSpeakingForTheHead || words.Count == 0 || !Lexicons.Lexicons.IsNameLink(words[words.Count - 1])
            && !(words.Count > 1 && Lexicons.Lexicons.IsArticle(words[words.Count - 1]) && Lexicons.Lexicons.IsNameLink(words[words.Count - 2])))
        {
            return false;
        }
        int speakers = 0, others = 0;
        for (var w = 0; w < words.Count; w++)
        {
            if (Lexicons.Lexicons.IsArticle(words[w]) || Lexicons.Lexicons.IsNameLink(words[w])) continue;
            if (Lexicons.Lexicons.IsDelegateWord(words[w]) || Lexicons.Lexicons.IsOrganisationWord(words[w])) speakers++;
            else if (Lexicons.Lexicons.OrganAt(words, w) is > 0 and var organ)
            {
                speakers++;
                w += organ - 1;
            }
            else if (++others > 1) return false;
        }
        return speakers > 0;
    }

    private const int MostWordsSpeakingForTheHead = 8;

    // Whether a text ends with those who speak for the parties of a shared head, from its last delegate word on
    // ("… Oct 26 (ACN) Representatives of the").
    private static bool EndsWithThoseWhoSpeakForTheHead(string text)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        for (var w = words.Count - 1; w >= 0 && w >= words.Count - MostWordsSpeakingForTheHead; w--)
        {
            if (Lexicons.Lexicons.IsDelegateWord(words[w])) return SpeaksForTheHead(text.Substring(spans[w].Start));
        }
        return false;
    }

    /// <summary>The parties a sentence opens with as its subject, one plural head and their countries (<c>Los Partidos
    /// Comunistas de Argentina, Brasil, … y Cuba analizaron …</c>, <c>The Communist Parties of Greece and Turkey
    /// declare …</c>), each with the singular head (<c>Partido Comunista de Argentina</c>); the countries end where a
    /// piece is none, and the last may have the sentence's verb after it. <see langword="null"/> when the sentence opens
    /// otherwise (an article at most before the head) or names fewer than two countries.</summary>
    private static List<string>? PartiesOfSharedHeadSubject(string sentence)
    {
        if (!Lexicons.Lexicons.MayHoldSharedHead(sentence)) return null;
        var countries = Countries.CountryLookup.Default;
        foreach (var (singular, plural) in Lexicons.Lexicons.SharedHeads)
        {
            var at = sentence.IndexOf(plural, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            if (!ProseNames.IsArticleAtMost(sentence.Substring(0, at)) && !SpeaksForTheHead(sentence.Substring(0, at))) return null;
            var pieces = new List<string>();
            foreach (var part in sentence.Substring(at + plural.Length).Split(',')) pieces.AddRange(ProseNames.PartsAtConjunctions(part.Trim()));
            var named = new List<string>();
            foreach (var piece in pieces)
            {
                if (IsCountryItem(piece, countries))
                {
                    named.Add(piece);
                    continue;
                }
                if (ProseNames.Leading(piece, out _) is { } opening && IsCountryItem(opening, countries)) named.Add(opening);
                break;
            }
            if (named.Count < 2) return null;
            // The preposition after the head goes before each country with none ("de Argentina, Brasil": "de Brasil"), an
            // article ("der USA, Frankreichs") does not: told apart in the sentence's language.
            var first = Text.NameFolding.Fold(named[0].Split(' ')[0]);
            var languages = Lexicons.Lexicons.LanguagesOf(Lexicons.Lexicons.Words(sentence));
            var link = Lexicons.Lexicons.IsPrepositionOfNames(first, languages) ? named[0].Split(' ')[0] : null;
            return WithSharedHead(singular, link, named);
        }
        return null;
    }

    // Each country with the singular head, and the link before it when it has none of its own.
    private static List<string> WithSharedHead(string singular, string? link, List<string> countries)
    {
        var parties = new List<string>();
        foreach (var country in countries)
        {
            var own = Text.NameFolding.Fold(country.Split(' ')[0]);
            var hasLink = Lexicons.Lexicons.IsNameLink(own) || Lexicons.Lexicons.IsArticle(own) || ElidedLinkLength(country) > 0;
            parties.Add(singular + " " + (hasLink || link is null ? country : link + " " + country));
        }
        return parties;
    }

    // The words a list may open with before its shared head ("die", "the", "signed by the").
    private const int MostWordsBeforeHead = 4;

    /// <summary>The parties a list names with one singular head and its link repeated before each country (<c>the CP of
    /// Greece, of Turkey, of Spain and of Cuba</c>, <c>do PC da Grécia, da Turquia e de Cuba</c>): each with the head,
    /// the items before them as they are; <see langword="null"/> when the list has no such run of two countries at least
    /// after the head, closing it.</summary>
    private static string? PartiesOfRepeatedLink(string items)
    {
        var countries = Countries.CountryLookup.Default;
        // (Speed only: the text after the last comma opens with the link of one of the countries, "of Spain and of Cuba".)
        if (items.LastIndexOf(',') is var comma && (comma < 0 || !ProseNames.OpensWithLink(items.Substring(comma + 1).TrimStart()))) return null;
        // (Commas and conjunctions part the pieces; the list's reading would fold "of Turkey" into the name before it.)
        var pieces = PiecesAtCommasAndConjunctions(items.TrimEndChars(". "));
        var first = pieces.Count - 1;
        while (first > 0 && ProseNames.OpensWithLink(pieces[first]) && IsCountryItem(pieces[first], countries)) first--;
        if (pieces.Count - 1 - first < 2) return null;
        // The head's own item ends with its first country after the link: "representantes do PC da Grécia".
        var headItem = pieces[first];
        var words = headItem.Split(' ');
        for (var w = words.Length - 2; w >= 1; w--)
        {
            if (!Lexicons.Lexicons.IsNameLink(Text.NameFolding.Fold(words[w]))) continue;
            if (!IsCountryItem(string.Join(" ", words, w, words.Length - w), countries)) return null;
            if (ProseNames.Trailing(string.Join(" ", words, 0, w)) is not { } head || !NamesOrganisation(head + " " + string.Join(" ", words, w, words.Length - w))) return null;
            var result = pieces.GetRange(0, first);
            result.Add(head + " " + string.Join(" ", words, w, words.Length - w));
            for (var i = first + 1; i < pieces.Count; i++) result.Add(head + " " + pieces[i]);
            return string.Join("; ", result);
        }
        return null;
    }

    /// <summary>The parties a list names after the organisations' plural noun, each by what follows the noun's link
    /// (<c>Los partidos de la Revolución Democrática (PRD), del Trabajo (PT) y Movimiento Ciudadano (MC)</c>: <c>Partido de
    /// la Revolución Democrática (PRD); Partido del Trabajo (PT); Movimiento Ciudadano (MC)</c>): an item that opens with a
    /// link takes the noun's singular (from the lexicons' shared heads), an item that opens with a capital names itself,
    /// and a sentence may go on after the last; <see langword="null"/> when the list opens otherwise or fewer than two
    /// items open with a link.</summary>
    private static List<string>? PartiesOfPluralNounWithLinks(string items)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(items);
        var w = words.Count > 0 && Lexicons.Lexicons.IsArticle(words[0]) ? 1 : 0;
        if (w + 2 >= words.Count || !char.IsLower(items[spans[w].Start]) || !Lexicons.Lexicons.IsListNoun(words[w]) || !Lexicons.Lexicons.IsNameLink(words[w + 1])
            || Lexicons.Lexicons.SingularOfHeadNoun(words[w]) is not { } singular) return null;
        var parties = new List<string>();
        var linked = 0;
        foreach (var piece in PiecesAtCommasAndConjunctions(items.Substring(spans[w + 1].Start).TrimEndChars(". ")))
        {
            var opensWithLink = ProseNames.OpensWithLink(piece);
            if (!opensWithLink && (piece.Length == 0 || !char.IsUpper(piece[0]))) return null;
            // (The sentence may go on after the last name: "… y Movimiento Ciudadano (MC) anunciaron la creación …".)
            if (ProseNames.Leading(opensWithLink ? singular + " " + piece : piece, out var whole) is not { } party) return null;
            parties.Add(party);
            if (opensWithLink) linked++;
            if (!whole) break;
        }
        return linked >= 2 ? parties : null;
    }

    // A country as a list item: a country's name, with an article or a name's link before it ("der USA", "of Greece").
    /// <summary>The parties a country of a shared head's list names in parentheses after it (<c>Brasil (PC brasileiro e PC
    /// do Brasil)</c>, <c>Itália (Refundação Comunista)</c>), each naming an organisation or by a short name; else
    /// <see langword="null"/>.</summary>
    /// <summary>A list of countries each with its parties in parentheses (<c>Argentina (A, B, C); Brasil (D, E), Perú
    /// (F)</c>), one item a country, and how many parties it names, when it opens with such a country and three in four of
    /// its items, and two at least, are so written; null otherwise. Items of another shape stay as they are.</summary>
    private static (string Items, int Parties)? CountriesWithParties(string items)
    {
        if (items.IndexOf('(') < 0) return null;
        var countries = Countries.CountryLookup.Default;
        var kept = new List<string>();
        var parties = 0;
        var ofCountries = 0;
        foreach (var part in CommaPieces(items.Replace(';', ',')))
        {
            if (part.Length == 0) continue;
            var piece = part.TrimEndChars(".");
            // (The list's last country after a conjunction: "…, y Uruguay (Partido Socialista del Uruguay)".)
            if ((CountryWithParties(piece, countries) is null ? StripOpeningConjunction(piece) : piece) is var country
                && CountryWithParties(country, countries) is { } withParties)
            {
                kept.Add(country);
                parties += withParties.Count;
                ofCountries++;
                continue;
            }
            if (kept.Count == 0) return null;
            kept.Add(piece);
            parties++;
        }
        return ofCountries >= 2 && ofCountries * 4 >= kept.Count * 3 ? (string.Join("; ", kept), parties) : null;
    }

    private static List<string>? CountryWithParties(string item, Countries.CountryLookup countries)
    {
        var open = item.IndexOf('(');
        // ("d'Italie (PCI) et de Grèce (KKE)": two countries, each with its parenthesis, are no country with its parties.)
        if (open <= 0 || !item.EndsWith(")", StringComparison.Ordinal) || item.IndexOf('(', item.IndexOf(')') + 1) >= 0
            || !IsCountryItem(item.Substring(0, open).Trim(), countries)) return null;
        // Each party with its country after a comma, as an entry gives it ("Refundação Comunista, Itália").
        var country = WithoutLeadingLink(item.Substring(0, open).Trim());
        var parties = new List<string>();
        foreach (var part in item.Substring(open + 1, item.Length - open - 2).Split(',', ';'))
        {
            foreach (var party in ProseNames.PartsAtConjunctions(part.Trim()))
            {
                if (!NamesOrganisation(party) && !Signatories.Acronyms.IsShortName(party)) return null;
                parties.Add(party + ", " + country);
            }
        }
        return parties.Count > 0 ? parties : null;
    }

    // A country with one short name alone in parentheses after it ("d'Espagne (PCPE)"): the country and the short name.
    // (ClosingParenthesis takes no country's own short name, "Congo (DRC)".)
    private static (string Country, string ShortName)? ShortNameOfCountry(string item) =>
        ClosingParenthesis(item) is var (country, inside) && Signatories.Acronyms.IsShortName(inside) && inside.IndexOf(' ') < 0 ? (country, inside) : null;

    // "Siria (due formazioni)" after a shared head: a country with an aside in parentheses that names no organisation,
    // for as many parties as the aside counts (one when it counts none).
    private static (string Country, int Times)? CountryWithAside(string item, Countries.CountryLookup countries)
    {
        if (ClosingParenthesis(item) is not var (country, inside) || !IsCountryItem(country, countries)) return null;
        var words = Lexicons.Lexicons.Words(inside);
        // (Words in lower case and no organisation's word: no party of the country, as CountryWithParties reads them.)
        if (words.Count is 0 or > MostWordsOfAside || !char.IsLower(inside[0]) || Lexicons.Lexicons.HasOrganisationWord(words)) return null;
        return (country, Lexicons.Lexicons.CountOf(words[0]) is { } count and <= MostPartiesOfAside ? count : 1);
    }

    private const int MostWordsOfAside = 3;

    private const int MostPartiesOfAside = 4;

    // "de Bolivia", "der USA": the country without the link or article a list gives it.
    private static string WithoutLeadingLink(string item)
    {
        if (ElidedLinkLength(item) is > 0 and var elided) return item.Substring(elided);
        var space = item.IndexOf(' ');
        return space > 0 && Text.NameFolding.Fold(item.Substring(0, space)) is var first && (Lexicons.Lexicons.IsNameLink(first) || Lexicons.Lexicons.IsArticle(first))
            ? item.Substring(space + 1) : item;
    }

    // The length of a link elided onto an item's first word ("d'" of "d'Italie", "d’Espagne"), or 0. (A lexicon writes it
    // with its apostrophe, "d'", which its words leave out.)
    private static int ElidedLinkLength(string item) =>
        Text.TextShape.OpensWithElision(item) && Lexicons.Lexicons.IsNameLink(Text.NameFolding.Fold(item.Substring(0, 1))) ? 2 : 0;

    private static bool IsCountryItem(string item, Countries.CountryLookup countries)
    {
        item = WithoutLeadingLink(item);
        // "Russischen Föderation": a country's name of capitalised words, inflected.
        return countries.Exact(item) is not null || (Text.TextShape.WordCount(item) <= 3 && countries.FindFirst(item) is not null
            && Array.TrueForAll(item.Split(' '), word => word.Length > 0 && char.IsUpper(word[0])));
    }

    // The top-level parentheses of a sentence that hold two commas or more, and its asides between dashes that do ("los
    // partidos políticos presentes en el acuerdo -A, B, C, D e F- se señala …", "… fins a 12 forces polítiques –A, B, …-.").
    private static IEnumerable<(int Open, string Content)> ParenthesisedLists(string sentence)
    {
        var depth = 0;
        var open = -1;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] == '(' && depth++ == 0) open = i;
            else if (sentence[i] == ')' && depth > 0 && --depth == 0)
            {
                var content = sentence.Substring(open + 1, i - open - 1);
                if (content.Split(ItemCommas).Length >= 3) yield return (open, content);
            }
        }
        foreach (var aside in DashedAsides(sentence)) yield return aside;
    }

    // An aside between dashes: one that opens after a space, glued to the word after it or spaced, and one that closes
    // before a space, a mark or the end, glued to the word before it or spaced, outside parentheses; a hyphen between two
    // letters ("Gira Madrid-Los Verdes") neither opens nor closes one. Only asides that hold two commas or more.
    private static IEnumerable<(int Open, string Content)> DashedAsides(string sentence)
    {
        for (var open = 1; open + 1 < sentence.Length; open++)
        {
            if (!IsAsideDash(sentence[open]) || sentence[open - 1] != ' ' || !(char.IsLetter(sentence[open + 1]) || sentence[open + 1] == ' ')) continue;
            // (A dash inside parentheses within the aside closes nothing: "CPI (ML- Liberation)".)
            var depth = 0;
            for (var close = open + 2; close < sentence.Length; close++)
            {
                if (sentence[close] == '(') depth++;
                else if (sentence[close] == ')' && depth > 0) depth--;
                if (depth > 0 || !IsAsideDash(sentence[close])) continue;
                var before = sentence[close - 1];
                var after = close + 1 < sentence.Length ? sentence[close + 1] : ' ';
                if (char.IsLetter(before) && char.IsLetter(after)) continue;
                if (!(char.IsLetter(before) || before == ' ') || char.IsLetterOrDigit(after)) break;
                var content = sentence.Substring(open + 1, close - open - 1);
                if (content.Split(',').Length >= 3) yield return (open, content);
                open = close;
                break;
            }
        }
    }

    private static bool IsAsideDash(char c) => c is '-' or '–' or '—';

    // "… attended by delegations of 12 parties, A, B, …", "Os quatro partidos de esquerda do Brasil, PT, PSB, …": the
    // first item that counts the parties (a number, or a number word before the organisations' plural noun, and no short
    // name) introduces the others.
    private static string WithoutCountBefore(string items)
    {
        var separator = items.IndexOfAny(InlineSeparators);
        if (separator <= 0) return items;
        var first = items.Substring(0, separator);
        // "… с 12 политически и граждански организации — A; B; …": a spaced dash after the counted plural noun introduces
        // the items as a colon would (the first item may hold a dash of its own).
        if (CountedNounBeforeDash(first) is > 0 and var dash) return items.Substring(dash).TrimStart();
        // (A number word in lower case: "Nove komunističke partije" is a name, though Portuguese "nove" counts nine.)
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(first);
        var counts = Lexicons.Lexicons.CountWordOfNamed(words) is { } at && !char.IsUpper(first[spans[at].Start]);
        foreach (var token in Signatories.Tokens.Split(first))
        {
            if (Signatories.Acronyms.IsAcronymLike(token)) return items;
            counts |= token.Length is > 0 and <= 3 && AllDigits(token);
        }
        return counts ? items.Substring(separator + 1).Trim() : items;
    }

    // Where the items start after the first spaced dash whose words before it end with the organisations' plural noun and
    // hold a number ("12 политически и граждански организации — "); 0 for none.
    private static readonly string[] SpacedLongDashes = { " — ", " – " };

    private static int CountedNounBeforeDash(string first)
    {
        foreach (var dash in SpacedLongDashes)
        {
            var at = first.IndexOf(dash, StringComparison.Ordinal);
            if (at <= 0) continue;
            var before = Lexicons.Lexicons.Words(first.Substring(0, at));
            if (before.Count < 2 || !Lexicons.Lexicons.IsListNoun(before[before.Count - 1])) continue;
            foreach (var token in Signatories.Tokens.Split(first.Substring(0, at)))
            {
                if (token.Length is > 0 and <= 3 && AllDigits(token)) return at + dash.Length;
            }
        }
        return 0;
    }

    // The number a text counts its organisations with: its first number or number word.
    private static int? CountIn(string text)
    {
        foreach (var word in Lexicons.Lexicons.Words(text))
        {
            if (Lexicons.Lexicons.CountOf(word) is { } count) return count;
        }
        return null;
    }

    private static bool AllDigits(string token)
    {
        foreach (var c in token)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }

    private static readonly char[] InlineSeparators = { ',', ';', ArabicComma };

    private static readonly string[] ItemSeparators = { " – ", " — ", " • ", " · ", " | ", " // " };

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

    // A paragraph's sentences: a full stop, an exclamation or a question mark and a space before a capital ends one,
    // unless a full stop closes a short abbreviation. A page whose heading ran into its first paragraph when it was
    // copied ("… hayır!Yunanistan Komünist Partisi …") has the mark right before the capital, after a lower-case word.
    // Whether the two letters at `at` are two different capitals: "SP", not the doubled "EE" of a Spanish plural
    // abbreviation.
    private static bool IsShortNameOfTwoCapitals(string text, int at) =>
        at + 1 < text.Length && char.IsUpper(text[at]) && char.IsUpper(text[at + 1]) && text[at] != text[at + 1];

    private static IEnumerable<(int Start, string Sentence)> Sentences(string text)
    {
        var start = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            var mark = text[i];
            // (The danda "।" closes a sentence in Bengali and Hindi.)
            if (mark is not ('.' or '!' or '?' or '।')) continue;
            int next;
            // A script with no capitals (Arabic) opens its sentences with any letter.
            if (text[i + 1] == ' ' && i + 2 < text.Length && (char.IsUpper(text[i + 2]) || Text.TextShape.IsCaselessLetter(text[i + 2]))) next = i + 2;
            else if (char.IsUpper(text[i + 1]) && char.IsLower(text[i - 1])) next = i + 1;
            else continue;
            var wordStart = text.LastIndexOf(' ', i) + 1;
            // (A word of two letters or less before a full stop is an abbreviation, "Dr.", "J.", "EE. UU.", "CC. OO.", unless it
            // is a short name of two different capitals: "… aan de zijde van PvdA en SP. De drie partijen …".)
            if (mark == '.' && i - wordStart <= 2 && !IsShortNameOfTwoCapitals(text, wordStart)) continue;
            // "…, Partido Demócrata, Mov. Avancemos, …": a capitalised word right after a comma, closed by a full stop, is a
            // name's abbreviation, not a sentence of one word.
            if (mark == '.' && wordStart >= 2 && text[wordStart - 2] == ',' && char.IsUpper(text[wordStart])) continue;
            yield return (start, text.Substring(start, i - start));
            start = next;
        }
        yield return (start, text.Substring(start));
    }

    // How many items a prose list has when most of them look like organisations (an excerpt may cut the last one off),
    // else 0.
    private static int ProseListItems(string items)
    {
        var split = new List<string>(SplitInlineItems(items.TrimEndChars(". ")));
        if (ProseNames.QualifiesPluralNoun(split)) return 0;
        // People each with their organisation in parentheses: the parentheses name organisations by the list's shape.
        var organisations = OrganisationsOfPeople(split, items);
        return organisations != split ? organisations.Count : MostlyOrganisations(split);
    }

    // The items of a prose list up to the first that does not look like an organisation, when at least three do.
    private static List<string> OrganisationsUpToProse(string items)
    {
        var leading = new List<string>();
        var sentenceGoesOn = false;
        foreach (var item in SplitInlineItems(items.TrimEndChars(". ")))
        {
            if (item.Length > 120 || !NamesOrganisation(item))
            {
                sentenceGoesOn = true;
                break;
            }
            leading.Add(item);
        }
        // "…, the CP of the Dominican Republic and the Workers' Party of Jamaica, who discussed …": where the sentence goes
        // on after the list, its last two names are joined by the conjunction in what was not the text's last part.
        if (sentenceGoesOn && leading.Count > 0 && LastConjunction(leading[leading.Count - 1]) is > 0 and var and)
        {
            var pair = leading[leading.Count - 1];
            var first = pair.Substring(0, and).Trim();
            var rest = pair.Substring(and).Trim();
            var second = ProseNames.WithoutArticle(rest.Substring(rest.IndexOf(' ') + 1));
            if (NamesOrganisation(first) && NamesOrganisation(second))
            {
                leading[leading.Count - 1] = first;
                leading.Add(second);
            }
        }
        return leading.Count >= 3 ? leading : new List<string>();
    }

    // The text after its opening plural noun (and the article before it) when a name in capitals follows the noun in lower
    // case ("los partidos Comunista Peruano (PCP) y …"); null otherwise.
    private static string? NamesAfterListNoun(string text, out string noun)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        var w = words.Count > 0 && Lexicons.Lexicons.IsArticle(words[0]) ? 1 : 0;
        noun = w < words.Count ? words[w] : "";
        if (w + 1 >= words.Count || !Lexicons.Lexicons.IsListNoun(words[w]) || !char.IsLower(text[spans[w].Start])) return null;
        // ("los partidos y movimientos políticos Polo Democrático, …": the noun joined to another and a few words in
        // lower case that qualify them.)
        var next = w + 1;
        while (next < words.Count && next <= w + MostWordsQualifyingListNoun && char.IsLower(text[spans[next].Start])) next++;
        return next < words.Count && char.IsUpper(text[spans[next].Start]) ? text.Substring(spans[next].Start) : null;
    }

    private const int MostWordsQualifyingListNoun = 3;

    // "los partidos Comunista; Socialista; Humanista; Acción Popular …": the one-word items that open the list after the
    // plural noun are its adjectives, each taking the noun's singular before it (Partido Comunista); from the first item
    // of more words on, each names itself.
    private static void WithSingularHead(List<string> items, string folded)
    {
        if (Lexicons.Lexicons.SingularOfHeadNoun(folded) is not { } singular) return;
        for (var i = 0; i < items.Count && items[i].IndexOf(' ') < 0; i++) items[i] = singular + " " + items[i];
    }

    private static bool OpensWithListNoun(string text)
    {
        foreach (var word in Lexicons.Lexicons.Words(text))
        {
            if (Lexicons.Lexicons.IsArticle(word)) continue;
            return Lexicons.Lexicons.IsListNoun(word);
        }
        return false;
    }

    // "…, who discussed the defence of …", "…, saúdam os trabalhadores …": an item that names no organisation and opens
    // in lower case with no article is the sentence going on after a list, not a name cut off.
    private static bool SentenceGoesOn(string item) =>
        !NamesOrganisation(item) && item.Length > 0 && char.IsLower(item[0])
        && !Lexicons.Lexicons.IsArticle(Text.NameFolding.Fold(item.Split(' ')[0]));

    // ("سازمان ها ونهادهای چپ": an organisation's noun in the plural speaks of a kind of organisations.)
    private static bool NamesOrganisation(string item) =>
        (EntryEvidence.Score(item, item, hasMarker: false) >= 2 && !NamesCountriesOnly(item)
            && !Lexicons.Lexicons.SpeaksOfPluralOrganisations(Lexicons.Lexicons.Words(item)))
        || Signatories.Acronyms.IsShortNameWithQualifiers(Signatories.Tokens.Split(item));

    // "seven guest delegations (France, Iran, Turkey, …)": countries alone, parted by commas or a conjunction, name
    // where delegations came from, no organisation.
    private static bool NamesCountriesOnly(string item) => Signatories.SignatoryLineParser.CountriesAlone(item) > 0 || CountriesWithCaseEndings(item);

    // "Burkina Faso’dan Ekvador’a" ("from Burkina Faso to Ecuador"): countries each with the case ending an apostrophe
    // joins to it, and nothing else.
    private static bool CountriesWithCaseEndings(string item)
    {
        var tokens = Signatories.Tokens.Split(item.Trim());
        var start = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (Lexicons.Lexicons.ApostropheEnding(tokens[t]) is not var (stem, ending)) continue;
            if (!TextShape.IsLowerCaseWord(ending)) return false;
            var country = Signatories.Tokens.Join(tokens, start, t - start) + (t > start ? " " : "") + stem;
            if (Countries.CountryLookup.Default.Exact(country) is null) return false;
            start = t + 1;
        }
        return start > 0 && start == tokens.Count;
    }

    // How many items there are when at least two and three in four of them look like organisations (an excerpt may cut
    // the last one off), else 0.
    private static int MostlyOrganisations(List<string> items) => MostlyOrganisations(items, introduced: false);

    // Under an introduction that announces the list, two in three of its items naming organisations are enough.
    private static int MostlyOrganisations(List<string> items, bool introduced)
    {
        if (items.Count < 2) return 0;
        // The sentence going on after the list is no cut-off name: the list is read up to it instead.
        if (SentenceGoesOn(items[items.Count - 1])) return 0;
        var strong = 0;
        foreach (var item in items)
        {
            if (item.Length > 120) return 0;
            if (NamesOrganisation(item)) strong++;
        }
        return strong >= 2 && (introduced ? strong * 3 >= items.Count * 2 : strong * 4 >= items.Count * 3) ? items.Count : 0;
    }

    /// <summary>A list written as prose in a paragraph of the body, in the sentence of a word of signing, subscribing
    /// or attending: after it (<c>The statement is signed by the A (Greece), the B (Portugal) and the C.</c>,
    /// <c>… took part in the meeting: A, B, C</c>) or before it (<c>The CP of Brazil, the CP of Cuba, AKEL and the KKE
    /// participated in the meeting.</c>). The last paragraph holding one wins, unless its sentence says its
    /// organisations came later (<c>Since then, A and B have joined the appeal.</c>) and a paragraph above holds a list:
    /// that one is the list, and the later one its later wave. Asked <paramref name="ofRepresentatives"/>, the sentence
    /// is one that names the organisations' representatives (<see cref="RepresentedListCandidates"/>).</summary>
    private (int Index, SignatoryHeading Heading, bool Wrapped, (int Index, string Items)? Later)? FindProseList(int bodyStart, int bodyEnd, bool ofRepresentatives = false)
    {
        (int Index, SignatoryHeading Heading, int Last)? later = null;
        (int Index, SignatoryHeading Heading, int Last)? also = null;
        (int Index, SignatoryHeading Heading, int Last)? pair = null;
        // The lowest list, when no word of a role names it, and how many organisations it names.
        ((int Index, SignatoryHeading Heading, int Last) List, int Items)? roleless = null;
        for (var i = bodyEnd - 1; i >= bodyStart; i--)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_roles[i] != LineRole.None) continue;
            // A line that carries on the hard-wrapped paragraph above it is read with that paragraph.
            if (i > bodyStart && WrapsOnto(i - 1)) continue;
            // ("أولا …", "Firstly, …": a point of the text names the parties it speaks of, not those who signed or came.)
            if (Lexicons.Lexicons.OpensWithPointOpener(_lines[i].Text)) continue;
            var text = WrappedParagraph(i, bodyEnd, out var last);
            // (The paragraph's words, folded once for the rules below that ask them.)
            IReadOnlyList<string>? paragraphWords = null;
            IReadOnlyList<string> Words() => paragraphWords ??= Lexicons.Lexicons.Words(text);
            // (Above a list no word of a role names, only a paragraph with a word of signing may take its place: speed only.)
            if (roleless is not null && !Lexicons.Lexicons.SpeaksOfSigning(Words())) continue;
            if (FindProseListIn(i, text, ofRepresentatives) is not { } found) continue;
            // "Els partits signants són A, B, C." above "També hi eren presents el diputat X (B), Y (D) …": a paragraph
            // that says its organisations were there too adds to a list above it, which is the list; in the same role
            // its organisations join it, in another they are none of its signatories.
            if (later is null && also is null && SaysAlsoBefore(text, found.InlineItems))
            {
                also = (i, found, last);
                continue;
            }
            if (also is { } added && added.Heading.Role == found.Role)
            {
                for (var j = added.Index; j <= added.Last; j++) _roles[j] = LineRole.SignatoryHeading;
                found = found with { InlineItems = JoinedItems(found.InlineItems, added.Heading.InlineItems) };
            }
            if (later is null && SaysLater(text, found.InlineItems))
            {
                later = (i, found, last);
                continue;
            }
            // (How many organisations the list names, counted once for the rules below that ask it.)
            int? foundItems = null;
            int FoundItems() => foundItems ??= ProseListItems(found.InlineItems);
            // "… from the RMT, PCS and other unions to take part" under "Participating organisations included the A, the B,
            // C, …": two names that close the text are the list only where no paragraph above names three. Two that a word
            // of signing names are the list, whatever the paragraphs above name ("… is signed by A and B").
            if (later is null && also is null && (pair is not null || !SaysSigned(Words())) && FoundItems() < LeastItemsOverPair)
            {
                pair ??= (i, found, last);
                continue;
            }
            // "… apoiado no parlamento pelos restantes partidos da esquerda: BE, PCP e PEV" under "… foram assinados pelos
            // respetivos líderes (António Costa, PS, …, PEV)": a list whose paragraph holds no word of signing, subscribing,
            // attending or membership yields to the nearest list above it that a word of signing names, where that one
            // names more organisations. (A list that a word of attending names is what happened, whatever an upper
            // paragraph says was signed: "The meeting … was attended by A, B and C" under "the agreement signed in 1998 by …".)
            if (later is null && also is null)
            {
                if (roleless is { } below)
                {
                    if (FoundItems() <= below.Items) return TakeList(below.List);
                }
                else if (Lexicons.Lexicons.RoleIn(Words()) is null)
                {
                    roleless = ((i, found, last), FoundItems());
                    continue;
                }
            }
            (int, string)? wave = null;
            if (later is { } l)
            {
                for (var j = l.Index; j <= l.Last; j++) _roles[j] = LineRole.SignatoryHeading;
                wave = (l.Index, l.Heading.InlineItems);
            }
            for (var j = i + 1; j <= last; j++) _roles[j] = LineRole.SignatoryHeading;
            return (i, found, last > i, wave);
        }
        if (roleless is { } lowest) return TakeList(lowest.List);
        if (later is null && also is null && pair is { } two) return TakeList(two);
        if (later is null && also is { } only) return TakeList(only);
        return later is { } alone ? TakeList(alone) : null;
    }

    private const int LeastItemsOverPair = 3;

    // The list a paragraph holds, its following lines marked as read with it.
    private (int Index, SignatoryHeading Heading, bool Wrapped, (int Index, string Items)? Later) TakeList((int Index, SignatoryHeading Heading, int Last) list)
    {
        for (var j = list.Index + 1; j <= list.Last; j++) _roles[j] = LineRole.SignatoryHeading;
        return (list.Index, list.Heading, list.Last > list.Index, null);
    }

    private static bool SaysSigned(IReadOnlyList<string> words) => Lexicons.Lexicons.RoleIn(words) is SignatoryRole.Signatory or SignatoryRole.Subscriber;

    // Whether the sentence that opens a paragraph's list says its organisations were there too: an also word in the text
    // before the first item, since its last full stop.
    private static bool SaysAlsoBefore(string text, string items) =>
        SentenceBeforeFirstItem(text, items) is { } before && Lexicons.Lexicons.SaysAlso(Lexicons.Lexicons.Words(before));

    // The text of a paragraph before its list's first item, since its last full stop; null when the item is not found.
    private static string? SentenceBeforeFirstItem(string text, string items)
    {
        var first = SplitInlineItems(items) is { Length: > 0 } split ? split[0] : "";
        var at = first.Length > 0 ? text.IndexOf(first, StringComparison.Ordinal) : -1;
        if (at < 0) return null;
        var before = text.Substring(0, at);
        var sentence = before.LastIndexOf(". ", StringComparison.Ordinal);
        return sentence >= 0 ? before.Substring(sentence + 2) : before;
    }

    // Whether the sentence that opens a paragraph's list says its organisations came later ("Até à data, e além dos
    // subscritores iniciais, associaram-se ao Apelo: o A; o B e o C."): a later word in the text before the first item,
    // since its last full stop.
    private static bool SaysLater(string text, string items) =>
        SentenceBeforeFirstItem(text, items) is { } before && Lexicons.Lexicons.SaysLater(Lexicons.Lexicons.Words(before));

    // Hard-wrapped text (a mail archive, an old page) breaks a paragraph's sentences over lines of about the same
    // length, each ending inside a sentence: a list written in a sentence is read from the whole paragraph.
    private string WrappedParagraph(int first, int bodyEnd, out int last)
    {
        last = first;
        var text = _lines[first].Text;
        while (last + 1 < bodyEnd && WrapsOnto(last))
        {
            last++;
            text = JoinWrapped(text, _lines[last].Text);
        }
        return text;
    }

    // A word broken at the line's end by a hyphen ("Kommúnista-" / "flokks") is one word again; a hyphen before a capital
    // joins two words of a compound ("Marxist-" / "Leninist") and stays.
    private static string JoinWrapped(string text, string next)
    {
        if (text.Length > 1 && text[text.Length - 1] == '-' && char.IsLetter(text[text.Length - 2]) && next.Length > 0)
        {
            return char.IsLower(next[0]) ? text.Substring(0, text.Length - 1) + next : text + next;
        }
        return text + " " + next;
    }

    // Whether a line's sentence goes on on the next line: a long line ending inside a sentence, and a line of text after it.
    private bool WrapsOnto(int index)
    {
        if (_roles[index] != LineRole.None || index + 1 >= _lines.Count || _roles[index + 1] != LineRole.None || _lines[index + 1].IsBlank) return false;
        return BreaksOffInsideSentence(_lines[index].Text, orHyphen: true) && !EndsWithDateAfterComma(_lines[index].Text);
    }

    // "Piano d'azione del 23° Incontro …, Izmir, Turchia, 26/10/2023": a line that closes on a date after a comma is a
    // dateline, whole, not a sentence going on.
    private static bool EndsWithDateAfterComma(string text)
    {
        var comma = text.LastIndexOf(',');
        return comma > 0 && char.IsDigit(text[text.Length - 1]) && Dates.DateReader.Whole(text.Substring(comma + 1).Trim(), allowYearAlone: false) is not null;
    }

    // A long line that ends inside a sentence: on a letter, a digit, an apostrophe, a comma or a semicolon, or (where a word or a
    // parenthesis breaks over the line's end) a hyphen, a dash or an opening parenthesis.
    private static bool BreaksOffInsideSentence(string text, bool orHyphen)
    {
        if (text.Length < WrappedLineLength) return false;
        var end = text[text.Length - 1];
        // (An apostrophe ends a word: "… the Communist Workers'" / "Party of Finland".)
        return char.IsLetterOrDigit(end) || end is ',' or ';' or '\'' or '’' || (orHyphen && end is '-' or '–' or '—' or '(');
    }

    private const int WrappedLineLength = 40;

    // Whether a conference body's name takes up most of the words of a text.
    private static bool MostlyBodyName(string text)
    {
        var words = Lexicons.Lexicons.Words(text);
        return Lexicons.Lexicons.FindIssuer(words) is { } body && body.Words * 2 > words.Count;
    }

    // A conference body's name is no run of names ("… participated in the International Meeting of the Communist and
    // Workers' Parties in Athens, denounce …"): it is read as a word of the sentence.
    private static string WithoutBodyName(string text)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        if (Lexicons.Lexicons.FindIssuer(words) is not { } body) return text;
        var start = spans[body.Word].Start;
        var end = spans[body.Word + body.Words - 1].End;
        return text.Substring(0, start) + "meeting" + text.Substring(end);
    }

    /// <summary>The list a paragraph writes in its text: numbered entries run together, names between dashes or
    /// bullets, or names separated by commas in a sentence of signing, subscribing or attending; asked
    /// <paramref name="ofRepresentatives"/>, those after the organisations' representatives only.</summary>
    private SignatoryHeading? FindProseListIn(int i, string text, bool ofRepresentatives)
    {
        if (ofRepresentatives)
        {
            return BestProseList(System.Linq.Enumerable.Concat(RepresentedListCandidates(text), MeetingBetweenCandidates(text))) is { } represented
                ? new SignatoryHeading(represented.Role, Late: false, "", represented.Items) : null;
        }
        // Numbered entries run together in one paragraph.
        if (NumberedItems(text) is { Count: >= 3 } numbered && InlineNumber.Match(text) is { Success: true } first)
        {
            var items = text.Substring(first.Index);
            var before = Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(text.Substring(0, first.Index)));
            if (MostlyOrganisations(numbered.ConvertAll(entry => entry.Item)) > 0) return new SignatoryHeading(before ?? SignatoryRole.Signatory, Late: false, "", items);
        }
        // Names in one paragraph between dashes or bullets ("A – B – C"), under an introduction ending in a colon or none.
        if (SeparatedItems(text) is { } separated && ProseListItems(separated) >= 3)
        {
            // "Uttalande av A (Egypt) – B (Syria) – …:": the document's word and its preposition of authors open the first
            // item, no part of its name.
            if (separated.IndexOf(';') is > 0 and var firstEnd && KindRules.KindAndAuthor(separated.Substring(0, firstEnd)) is { } byAuthor)
            {
                separated = byAuthor.Author + separated.Substring(firstEnd);
            }
            var role = IntroductionBefore(i) is { } intro ? Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(_lines[intro].Text)) : null;
            return new SignatoryHeading(role ?? SignatoryRole.Signatory, Late: false, "", separated);
        }
        // (No separator, no list; Arabic may part its names with the "and" written onto each after a parenthesis alone.)
        if (text.IndexOf(',') < 0 && text.IndexOf(';') < 0 && text.IndexOf(ArabicComma) < 0 && text.IndexOf(") و", StringComparison.Ordinal) < 0) return null;
        var candidates = ProseListCandidates(text);
        // "Parties that took part in the conference" above "A, B, C, …": a short line saying what the organisations did,
        // with no colon (a title or a heading), makes the paragraph's first sentence their list.
        if (RoleOfLineAbove(i) is { } above)
        {
            foreach (var (_, firstSentence) in Sentences(text))
            {
                // ("The International Conference of Marxist-Leninist Parties and Organizations salutes …": a sentence that
                // names a conference body speaks of the body, and its name's words are no organisations of a list.)
                if (IssuerIn(firstSentence) is null) candidates = Prepend((firstSentence, above, false), candidates);
                break;
            }
        }
        if (BestProseList(candidates) is not { } found) return null;
        var listed = found.Items;
        // "… with the participation of A, B, C. The meeting was also attended by D, E and F while …": the next sentence
        // adds to the list.
        if (NamedAlsoAfter(text, found.Items) is { } also) listed = JoinedItems(listed, also);
        // "… with the participation of A and B. The meeting was also attended by the parties of Togo: C, D, E and F.": the
        // longer list of the sentence that adds to the one before it is read with the list it adds to.
        else if (NamedBeforeAlso(text, found.Items) is { } before) listed = JoinedItems(before, listed);
        return new SignatoryHeading(found.Role, Late: false, "", listed);
    }

    // Two sentences' items as one list. Items parted by semicolons, which may hold commas, and items parted by commas join
    // with semicolons only, the second's items each on their own: a whole list of commas after a semicolon would be one
    // item of a semicolon list.
    private static string JoinedItems(string first, string second)
    {
        if (first.IndexOf(';') < 0 && second.IndexOf(';') < 0) return first + ", " + WithoutSentenceWordsBeforeFirst(second);
        return AsSemicolonList(first) + "; " + AsSemicolonList(WithoutSentenceWordsBeforeFirst(second));
    }

    private static string AsSemicolonList(string items) => items.IndexOf(';') >= 0 ? items : string.Join("; ", SplitInlineItems(items));

    // A sentence's items without the words of the sentence that open its first ("a protocol of cooperation with the
    // Communist Party of Cuba, …": the first name alone), which in the middle of a list nothing else takes off.
    private static string WithoutSentenceWordsBeforeFirst(string items)
    {
        var end = items.IndexOfAny(InlineSeparators);
        var first = end > 0 ? items.Substring(0, end) : items;
        if (ProseNames.Trailing(first) is not { } name || name.Length >= first.Length) return items;
        var words = 0;
        foreach (var word in first.Substring(0, first.Length - name.Length).Split(' '))
        {
            if (word.Length == 0) continue;
            if (!char.IsLower(word[0])) return items;
            words++;
        }
        return words >= LeastSentenceWordsBeforeFirst ? name + items.Substring(first.Length) : items;
    }

    private const int LeastSentenceWordsBeforeFirst = 2;

    // The items of the sentence right after the one that holds <paramref name="items"/>, where that sentence adds to them
    // with a word such as "also" and a word of the same doing ("attended", "signed"); null otherwise.
    private static string? NamedAlsoAfter(string text, string items)
    {
        var at = WhereItemsStand(text, items);
        if (at < 0) return null;
        foreach (var (start, sentence) in Sentences(text))
        {
            if (start <= at) continue;
            var words = Lexicons.Lexicons.Words(sentence);
            if (!Lexicons.Lexicons.SaysAlso(words) || Lexicons.Lexicons.RoleIn(words) is null) return null;
            return BestProseList(ProseListCandidates(sentence))?.Items;
        }
        return null;
    }

    // Where a paragraph's items stand in it, -1 for nowhere. (The items may have been read by their shape and joined anew:
    // the first one says where they stand.)
    private static int WhereItemsStand(string text, string items)
    {
        var separator = items.IndexOfAny(InlineSeparators);
        return text.IndexOf(separator > 0 ? items.Substring(0, separator) : items, StringComparison.Ordinal);
    }

    // The items of the sentence right before the one that holds <paramref name="items"/>, where that one adds to them with
    // a word such as "also" and a word of doing; null otherwise.
    private static string? NamedBeforeAlso(string text, string items)
    {
        var at = WhereItemsStand(text, items);
        if (at < 0) return null;
        string? previous = null;
        foreach (var (start, sentence) in Sentences(text))
        {
            if (start + sentence.Length <= at)
            {
                previous = sentence;
                continue;
            }
            // (The word "also" stands before the items: "…, and also B" after them adds to the sentence's own list. Both
            // sentences say what their organisations did, the same.)
            var words = Lexicons.Lexicons.Words(sentence.Substring(0, Math.Max(0, Math.Min(sentence.Length, at - start))));
            if (previous is null || !Lexicons.Lexicons.SaysAlso(words) || Lexicons.Lexicons.RoleIn(words) is not { } role
                || Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(previous)) != role) return null;
            return BestProseList(ProseListCandidates(previous))?.Items;
        }
        return null;
    }

    /// <summary>The items of a list that each open with the preposition linking them to the noun before the list, in
    /// lower case, each without it (<c>le delegazioni di 81 partiti: del Partito del lavoro albanese, della Lega …, e del
    /// Partito …</c>: <c>Partito del lavoro albanese; Lega …; Partito …</c>); the items as they are when fewer than three,
    /// or fewer than three in four of them, open so.</summary>
    private static string WithoutSharedLink(string items)
    {
        var split = new List<string>(SplitInlineItems(items));
        var linked = 0;
        for (var i = 0; i < split.Count; i++)
        {
            if (AfterLink(split[i]) is { } name)
            {
                split[i] = name;
                linked++;
            }
        }
        return linked >= 3 && linked * 4 >= split.Count * 3 ? string.Join("; ", split) : items;
    }

    // What follows an item's opening preposition of names and its article ("del Partito …", "de la Liga …", "of the
    // League …"), when a capital opens it; null for an item that opens otherwise.
    private static string? AfterLink(string item)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(item);
        if (words.Count < 2 || !char.IsLower(item[0]) || !Lexicons.Lexicons.IsNameLink(words[0])) return null;
        var next = Lexicons.Lexicons.IsArticle(words[1]) && words.Count > 2 ? 2 : 1;
        var start = spans[next].Start;
        return char.IsUpper(item[start]) ? item.Substring(start) : null;
    }

    // The items of an announced list (AnnouncesList) when each is a short name that opens with a capital, an acronym or a
    // letter of a script with no capitals, and one in three at least names an organisation by its words; the last two
    // parted at their conjunction when what follows it opens so ("Més per Mallorca i Més per Menorca"); else null.
    private static List<string>? AnnouncedItems(string items)
    {
        var split = new List<string>(SplitInlineItems(items.TrimEndChars(". ")));
        // ("…, PTC, y Unidad Democrática, saludaron con beneplácito …": the sentence going on after the items ends them.)
        for (var i = 3; i < split.Count; i++)
        {
            if (!SentenceGoesOn(split[i])) continue;
            split.RemoveRange(i, split.Count - i);
            break;
        }
        if (split.Count < 3) return null;
        var lastItem = split[split.Count - 1];
        if (LastConjunction(lastItem) is > 0 and var and && lastItem.Substring(and).Trim() is var rest && rest.IndexOf(' ') is > 0 and var space
            && ProseNames.WithoutArticle(rest.Substring(space + 1)) is { Length: > 0 } second && char.IsUpper(second[0]))
        {
            split[split.Count - 1] = lastItem.Substring(0, and).Trim();
            split.Add(second);
        }
        var named = 0;
        for (var i = 0; i < split.Count; i++)
        {
            var item = split[i] = ProseNames.WithoutArticle(StripOpeningConjunction(split[i]));
            // (A short name in parentheses after the name is no word of it: "Partido por la Victoria del Pueblo (PVP)".)
            var open = item.IndexOf(" (", StringComparison.Ordinal);
            var words = Text.TextShape.WordCount(open > 0 ? item.Substring(0, open) : item);
            if (item.Length == 0 || words > MostWordsOfAnnouncedItem || !(char.IsUpper(item[0]) || Text.TextShape.IsCaselessLetter(item[0]))) return null;
            if (NamesOrganisation(item)) named++;
        }
        return named * 3 >= split.Count ? split : null;
    }

    private const int MostWordsOfAnnouncedItem = 6;

    // Of a paragraph's candidate lists, the one that names the most organisations.
    private static (string Items, SignatoryRole Role, int Count)? BestProseList(IEnumerable<(string Items, SignatoryRole Role, bool Announced)> candidates)
    {
        (string Items, SignatoryRole Role, int Count)? best = null;
        foreach (var (candidate, role, announced) in candidates)
        {
            // "Argentina (A, B, C); Brasil (D, E), Perú (F)": one item a country, counted by its parties (the entries read
            // each country's parties: PartiesOfCountry).
            if (CountriesWithParties(candidate) is var (byCountry, parties))
            {
                if (parties > (best?.Count ?? 0)) best = (byCountry, role, parties);
                continue;
            }
            // "… delegazioni internazionali che partecipano al 18° Incontro Internazionale dei Partiti Comunisti e Operai
            // (IMCWP).": the conference body's name is no run of organisations.
            if (MostlyBodyName(candidate)) continue;
            var shared = PartiesOfSharedHead(candidate) ?? PartiesOfRepeatedLink(candidate) ?? (PartiesOfPluralNounWithLinks(candidate) is { } linked ? string.Join("; ", linked) : null);
            var uncounted = WithoutCountBefore(candidate);
            var items = shared ?? WithoutSharedLink(uncounted);
            // "los partidos Comunista Peruano (PCP) y Comunista Patria Roja (PC-PR), el Movimiento …": the plural noun right
            // before names in capitals is their shared head, and the names are read as written after it.
            string? afterNoun = null;
            if (shared is null && NamesAfterListNoun(items, out var noun) is { } named)
            {
                items = named;
                afterNoun = noun;
            }
            // "I Partiti Comunisti e Operai che hanno preso parte …": items that open with the organisations' plural noun
            // speak of them all, and name none.
            else if (shared is null && OpensWithListNoun(items)) continue;
            var count = ProseListItems(items);
            // "… с 12 политически и граждански организации — A; B; …; L": as many items as the words before them counted are
            // the organisations, whatever their own words say.
            if (count == 0 && shared is null && uncounted.Length < candidate.Length && CountIn(candidate.Substring(0, candidate.Length - uncounted.Length)) is >= 3 and var counted
                && SplitInlineItems(items).Length == counted) count = counted;
            // "главы компартий Белоруссии, России …", "the communist parties of Greece, Turkey …": a shared head in lower
            // case makes names that open in lower case; each is a party by the head it was given all the same.
            if (count == 0 && shared is not null && AllGivenTheHead(shared) is > 0 and var given) count = given;
            // ("rubricado por los partidos Comunista; Socialista; …; Comunes y Acción Humanista": the plural noun right
            // before them announces them as an announcing sentence does.)
            if (count == 0 && (announced || afterNoun is not null) && AnnouncedItems(items) is { } announcedItems)
            {
                if (afterNoun is not null) WithSingularHead(announcedItems, afterNoun);
                if (ProseNames.AcronymAfterPlace(announcedItems) is { } acronym) announcedItems[0] = acronym;
                items = string.Join("; ", announcedItems);
                count = announcedItems.Count;
            }
            if (count == 0)
            {
                // The sentence goes on after the last name: the names read by their shape ("… and the CP of Nepal
                // (Mashal) held on 4th September"), or the items up to the first that names no organisation
                // ("…: A, Партия на българските комунисти, C, проведохме среща …"), whichever holds more.
                var names = ProseNames.Enumeration(WithoutBodyName(items), acronymsAlone: true);
                // "I sottoscritti Partiti Comunisti e Operai, riuniti a L’Avana …": names that open with the organisations'
                // plural noun speak of them all, and what follows names none.
                if (names.Count > 0 && OpensWithListNoun(names[0])) names.Clear();
                var leading = OrganisationsUpToProse(items);
                var more = leading.Count > names.Count ? leading : names;
                if (more.Count > 0 && !ProseNames.QualifiesPluralNoun(more))
                {
                    items = string.Join("; ", more);
                    count = more.Count;
                }
            }
            if (count > (best?.Count ?? 0)) best = (items, role, count);
        }
        return best;
    }
}
