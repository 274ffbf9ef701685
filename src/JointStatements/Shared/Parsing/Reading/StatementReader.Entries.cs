using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using JointStatements.Parsing.Issues;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Signatories;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

// The list's entries: later waves and group headings inside it, running text after it, items of prose lists, and each entry read into its parts.
internal sealed partial class StatementReader
{
    private List<Signatory> ReadList(FoundList list, SignatoryHeading? heading)
    {
        switch (list.Source)
        {
            case ListSource.Letterhead:
                return ReadLetterhead(list.ListStart);
            case ListSource.NamedInOpening:
                var (index, names) = list.Named!.Value;
                _issues.Add(IssueCatalog.NamesFromText.At(_lines[index].Number, 1, _lines[index].Raw.Length, names.Count));
                return WithCountryOfSharedHead(WithAcronymsGivenElsewhere(ReadNamedOrganisations(index, Lists.ProseNames.WithAppositiveNames(names).ConvertAll(NameGivenElsewhere))),
                    index, string.Join("; ", names));
            case ListSource.WrappedCells:
                return ReadWrappedCells(list);
            case ListSource.Sentence:
                return WithAcronymsGivenElsewhere(ReadSignatories(list.HeadingIndex, list.ListStart, heading, list.InWrappedText, list.LaterWave));
            default:
                return WithAcronymsGivenElsewhere(ReadSignatories(list.HeadingIndex, list.ListStart, heading));
        }
    }

    /// <summary>A party a title names by its acronym alone (<c>DECLARACION CONJUNTA DEL PCCC Y DEL PCM</c>) with the name the
    /// text writes before that acronym in parentheses (<c>… del Partido Comunista Clandestino de Colombia (PCCC)</c>), or
    /// else the name of an organisation the text names whose capitals the acronym is (<c>… y del Partido Comunista de
    /// México</c>), as <c>Name (ACRONYM)</c>; else as it was.</summary>
    private string NameGivenElsewhere(string name)
    {
        if (!Acronyms.IsShortName(name)) return name;
        var given = " (" + name + ")";
        foreach (var line in _lines)
        {
            var at = line.Text.IndexOf(given, StringComparison.Ordinal);
            // (The name an organisation's: "Carlos Siqueira (PSB)" gives the party's president, not its name.)
            if (at > 0 && ProseNames.Trailing(line.Text.Substring(0, at)) is { } full && !Acronyms.IsShortName(full)
                && (Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(full)) || ProseNames.Abbreviates(name, full))) return WithoutLeadIn(full) + given;
        }
        foreach (var line in _lines)
        {
            // (Speed only: a line that names the organisation in full holds the acronym's capitals in their order.)
            if (!HoldsCapitalsInOrder(line.Text, name) || NameOfInitials(line.Text, name) is not { } named) continue;
            if (Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(named))) return named + given;
        }
        return name;
    }

    // The first run of words in a text whose capitalised words' initials are the short name's capitals, the small words
    // in lower case between them aside ("Partido Comunista de México" for "PCM"); null for none.
    internal static string? NameOfInitials(string text, string shortName)
    {
        var capitals = new System.Text.StringBuilder(shortName.Length);
        foreach (var c in shortName)
        {
            if (char.IsUpper(c)) capitals.Append(c);
        }
        // (A short name in a script with no capitals has no initials to follow.)
        if (capitals.Length == 0) return null;
        var words = text.Split(' ');
        for (var first = 0; first < words.Length; first++)
        {
            if (words[first].Length == 0 || words[first][0] != capitals[0]) continue;
            var matched = 0;
            var last = first;
            for (var w = first; w < words.Length && matched < capitals.Length; w++)
            {
                var word = words[w].TrimEndChars(".,;:");
                if (word.Length == 0) break;
                if (char.IsUpper(word[0]))
                {
                    if (word[0] != capitals[matched]) break;
                    matched++;
                    last = w;
                }
                else if (Text.NameFolding.Fold(word) is var folded && !Lexicons.Lexicons.IsNameLink(folded) && !Lexicons.Lexicons.IsArticle(folded)) break;
                // (The name ends where its last word's sentence mark stands.)
                if (word.Length < words[w].Length && matched < capitals.Length) break;
            }
            if (matched == capitals.Length) return string.Join(" ", words, first, last - first + 1).TrimEndChars(".,;:");
        }
        return null;
    }

    // Whether the capitals of a short name stand among a text's capitals in their order ("PCM" in "… del Partido
    // Comunista de México").
    private static bool HoldsCapitalsInOrder(string text, string shortName)
    {
        var next = 0;
        while (next < shortName.Length && !char.IsUpper(shortName[next])) next++;
        foreach (var c in text)
        {
            if (next >= shortName.Length) break;
            if (c != shortName[next]) continue;
            next++;
            while (next < shortName.Length && !char.IsUpper(shortName[next])) next++;
        }
        return next >= shortName.Length;
    }

    // "Delegations of the Communist Party of Venezuela": a sentence's first word, no organisation word, and the link
    // after it are the sentence's, not the name's.
    private static string WithoutLeadIn(string name)
    {
        var words = Lexicons.Lexicons.WordsWithSpans(name);
        if (words.Words.Count < 4 || Lexicons.Lexicons.IsOrganisationWord(words.Words[0]) || !Lexicons.Lexicons.IsNameLink(words.Words[1])) return name;
        var next = Lexicons.Lexicons.IsArticle(words.Words[2]) ? 3 : 2;
        return name.Substring(words.Spans[next].Start);
    }

    /// <summary>A party named in running text without its acronym is often given it where the statement names it again
    /// (the title's <c>Partido Comunista de México (PCM)</c>, a later <c>… Clandestino de Colombia (PCCC)</c>): the
    /// acronym in parentheses right after the same name, the first time the text writes one.</summary>
    private List<Signatory> WithAcronymsGivenElsewhere(List<Signatory> signatories)
    {
        for (var s = 0; s < signatories.Count; s++)
        {
            // Two parties of one name ("Partido Comunista Maoista (PCM) (Estado Francês), Partido Comunista Maoista (Estado
            // Espanhol)"): the acronym written after the name may be the other's.
            if (signatories[s].ShortName is not null || SharesItsName(signatories, s)) continue;
            var named = signatories[s].Name + " (";
            foreach (var line in _lines)
            {
                var at = line.Text.IndexOf(named, StringComparison.Ordinal);
                var close = at < 0 ? -1 : line.Text.IndexOf(')', at + named.Length);
                if (close < 0) continue;
                var acronym = line.Text.Substring(at + named.Length, close - at - named.Length);
                if (!Acronyms.IsShortName(acronym)) continue;
                signatories[s] = signatories[s] with { ShortName = acronym };
                break;
            }
        }
        return signatories;
    }

    // Whether a blank line stands between the entries and line `index`, and every line above that gave entries gave
    // several, names between commas or dashes.
    private bool IsApartFromInlineList(int index, List<(int Index, string Text, string Raw, int? Number, bool Late)> entries)
    {
        var last = entries[entries.Count - 1].Index;
        if (last >= index - 1 || !_lines[index - 1].IsBlank) return false;
        // (The entries stand in the order of their lines: a line's entries are one run.)
        var run = 0;
        for (var e = 0; e < entries.Count; e++)
        {
            run = e > 0 && entries[e].Index == entries[e - 1].Index ? run + 1 : 1;
            if (run < MostPartsOfAnEntry && (e + 1 == entries.Count || entries[e + 1].Index != entries[e].Index)) return false;
        }
        return true;
    }

    private static bool SharesItsName(List<Signatory> signatories, int index)
    {
        for (var other = 0; other < signatories.Count; other++)
        {
            if (other != index && string.Equals(signatories[other].Name, signatories[index].Name, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private List<Signatory> ReadSignatories(int? headingIndex, int listStart, SignatoryHeading? heading, bool inWrappedText = false,
        (int Index, string Items)? laterWave = null)
    {
        var entries = new List<(int Index, string Text, string Raw, int? Number, bool Late)>();
        var late = heading?.Late ?? false;
        var closingText = false;
        // The list's lines that carry a list marker ("- ", "3.", "•") and that carry none.
        var markedLines = 0;
        var unmarkedLines = 0;
        // A list written in a paragraph's sentence goes on only on lines that look like entries.
        var inProse = heading is { Qualifier.Length: 0, InlineItems.Length: > 0 } && headingIndex is { } at
            && (inWrappedText || EntryEvidence.IsProse(_lines[at].Text));
        // A sentence that names its organisations and ends ("… were the following: A; B; and C.") is the whole list:
        // the lines after it are text (a resolution's own heading), up to a later wave's heading.
        var closedInHeading = heading is { InlineItems.Length: > 0 } && headingIndex is { } closing
            && _lines[closing].Text.EndsWith(".", StringComparison.Ordinal);
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
            var wave = SignatoryHeadingRules.Match(text);
            // "Besides the parties present, greetings came from the following:": those who sent greetings below it
            // neither signed nor attended; the list ends above them.
            if ((wave is not null || text.EndsWith(":", StringComparison.Ordinal)) && OnlyGreeted(Lexicons.Lexicons.Words(text))) break;
            if (wave is not null)
            {
                _roles[i] = LineRole.SignatoryHeading;
                late = late || wave.Late || entries.Count > 0;
                AddInlineItems(entries, i, wave.InlineItems, late);
                closingText = false;
                closedInHeading = false;
                (markedLines, unmarkedLines) = (0, 0);
                continue;
            }
            // A group's heading inside the list ("SolidNet Parties", "Also the parties,", "Altri partiti:"): a few words
            // ending in the organisations' plural noun, that say nothing of signing, subscribing or attending.
            if ((IsGroupHeading(text) || HeadsMarkedEntries(i)) && Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(text)) is null)
            {
                _roles[i] = LineRole.SignatoryHeading;
                (markedLines, unmarkedLines) = (0, 0);
                continue;
            }
            // A short line ending in a colon that speaks of signing, subscribing or attending heads a later wave
            // ("Later subscribers:", "Weitere Unterzeichner:").
            if (entries.Count > 0 && WaveHeading(text) is not null)
            {
                _roles[i] = LineRole.SignatoryHeading;
                late = true;
                closingText = false;
                closedInHeading = false;
                (markedLines, unmarkedLines) = (0, 0);
                continue;
            }
            // "***" under the entries: a separator line closes the list, and what follows it is another part of the page.
            if (Rules.BoilerplateRules.IsSeparatorLine(text))
            {
                _roles[i] = LineRole.Body;
                closingText = entries.Count > 0;
                continue;
            }
            // "Partidos participantes" / "Na reunião participaram os seguintes partidos: A, B, C, …": a sentence under the
            // heading that announces its items after a colon holds the list.
            if (entries.Count == 0 && _markers[i].Length == 0 && AfterAnnouncingColon(text) is { } announced
                && CommaSeparated(announced) is { } announcedItems && MostlyOrganisations(new List<string>(SplitInlineItems(announcedItems)), introduced: true) >= 3)
            {
                AddInlineItems(entries, i, announcedItems, late);
                _roles[i] = LineRole.Signatory;
                continue;
            }
            // "Signed:" / "A, B, C, D" / (blank) / "The press office": a line apart, after a list given on lines of names
            // between commas, is no name of it but the text's sign-off.
            if (entries.Count > 0 && IsApartFromInlineList(i, entries) && CommaSeparated(text) is null && SeparatedItems(text) is null)
            {
                _roles[i] = LineRole.Body;
                closingText = true;
                continue;
            }
            // Running text after the list (a closing paragraph, an invitation to sign) is the statement's, up to a later wave.
            if (closingText || closedInHeading || (IsRunningText(i) && !IsEntryEndedAsInList(i)) || (inProse && EntryScore(i) == 0) || (inWrappedText && WrapsOnto(i)))
            {
                _roles[i] = LineRole.Body;
                closingText = entries.Count > 0;
                continue;
            }
            if (FieldLineRules.Read(text) is { } field)
            {
                _roles[i] = LineRole.Field;
                _fields.Add((i, field));
                // A date or place line under the entries closes the list ("März 1984" above the text that follows it).
                closingText = entries.Count > 0;
                continue;
            }
            if (SignatoryHeadingRules.IsTableHeader(_lines[i].Raw))
            {
                _roles[i] = LineRole.SignatoryHeading;
                continue;
            }
            var (markerLength, number) = _markers[i];
            // "- Partido Comunista da Ucrânia" / "In Declaração sobre o Kosovo": a line with no marker after entries that
            // each had one ends the list, unless marked entries follow it (a stray entry that lost its marker) or it opens
            // with "and" ("وتحالف وطن النيابي.": the list's last entry) or a number (an entry numbered past what a marker
            // holds).
            if (text.Length > 0 && markerLength == 0 && markedLines >= LeastMarkedLinesOfList && unmarkedLines == 0 && !MarkedLineFollows(i)
                && !Lists.ProseNames.OpensWithConjunction(text) && !Lists.ProseNames.OpensWithConjunctionLetter(text) && !char.IsDigit(text[0]))
            {
                _roles[i] = LineRole.Body;
                closingText = true;
                continue;
            }
            if (text.Length > 0)
            {
                if (markerLength > 0) markedLines++;
                else unmarkedLines++;
            }
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
            // "Sénégal : PIT, LD", "Portugal – PCP, PEV": a country, a colon or a spaced dash, and its organisations between
            // commas: an entry each, with the country.
            if (OrganisationsOfCountry(item) is { } ofCountry)
            {
                var firstNumber = number;
                foreach (var organisation in ofCountry.Organisations)
                {
                    var entry = organisation + ", " + ofCountry.Country;
                    entries.Add((i, entry, entry, firstNumber, late));
                    firstNumber = null;
                }
                _roles[i] = LineRole.Signatory;
                continue;
            }
            // Names in one line between dashes or bullets under the heading ("A – B – C – D"): an entry each, when each
            // names an organisation by its words (a country and an acronym between dashes are one entry's parts).
            if (markerLength == 0 && (SeparatedItems(item) ?? CommaSeparated(item)) is { } separated && InlineOrganisations(i, separated) > 0)
            {
                AddInlineItems(entries, i, separated, late);
                _roles[i] = LineRole.Signatory;
                continue;
            }
            // "7-حزب الشيوعي الكردستاني. 8-حزب كادحين كردستان.": a numbered line that runs on into the next numbers, each
            // after a full stop, holds an entry each (a copy lost the line breaks between them).
            if (number is { } first && raw.IndexOf('\t') < 0 && NextNumberAfterFullStop(item, first + 1) is not null)
            {
                var next = first;
                while (NextNumberAfterFullStop(item, next + 1) is var (nextAt, nextMarker))
                {
                    var part = item.Substring(0, nextAt).Trim();
                    if (part.Length > 0) entries.Add((i, part, part, next, late));
                    item = item.Substring(nextAt + nextMarker);
                    next++;
                }
                entries.Add((i, item.Trim(), item.Trim(), next, late));
                _roles[i] = LineRole.Signatory;
                continue;
            }
            // "Partit Comunista d'AustràliaPartit Comunista Brasiler": two entries whose line break a copy lost.
            if (GluedEntryAt(item) is > 0 and var glued && raw.IndexOf('\t') < 0)
            {
                entries.Add((i, item.Substring(0, glued), item.Substring(0, glued), number, late));
                entries.Add((i, item.Substring(glued), item.Substring(glued), null, late));
            }
            // (A delegate of the entry above is the list's line, and no entry: it carries the entry above on.)
            else if (entries.Count > 0 && IsDelegateOfEntryAbove(item))
            {
                _roles[i] = LineRole.SignatoryContinued;
                continue;
            }
            else entries.Add((i, item, raw, number, late));
            _roles[i] = LineRole.Signatory;
        }
        // A later wave written in a sentence of its own below the list ("Since then, A and B have joined."): its line was
        // set aside as a heading when the list was found.
        if (laterWave is { } later) AddInlineItems(entries, later.Index, later.Items, late: true);
        // (A number alone closing the list, its name cut off, gives no entry: the line is left unplaced, with a warning.)
        var numbered = WithoutBareNumbers(entries);
        for (var k = numbered.Count; k < entries.Count; k++) _roles[entries[k].Index] = LineRole.None;
        var signatories = BuildSignatories(numbered);
        return headingIndex is { } named && heading is { InlineItems.Length: > 0 } inline ? WithCountryOfSharedHead(signatories, named, inline.InlineItems) : signatories;
    }

    /// <summary>"Four organisations of the Indian left - A, B, C and D - formed …", "Os cinco principais partidos de
    /// esquerda do Brasil, PT, PDT, PSB, PCdoB e PSOL, …": the words that head a sentence's items name their country
    /// beside the organisations' plural noun, and every item the sentence names is of it. Items of another country, or
    /// a head naming two, say the country is no item's.</summary>
    private List<Signatory> WithCountryOfSharedHead(List<Signatory> signatories, int index, string items)
    {
        if (SentenceBeforeFirstItem(_lines[index].Text, items) is not { } head || CountryBesideListNoun(head) is not { } code) return signatories;
        foreach (var signatory in signatories)
        {
            if (signatory.Line == _lines[index].Number && signatory.Country is { } own && own.Code != code) return signatories;
        }
        var country = Country.FromCode(code);
        return signatories.ConvertAll(s => s.Country is null && s.Line == _lines[index].Number ? s with { Country = country } : s);
    }

    // The one country a head names, within a few words after the organisations' plural noun ("partidos de esquerda do
    // Brasil", "organisations of the Indian left") or right before it ("Brazilian parties"); null for none or several.
    private static string? CountryBesideListNoun(string head)
    {
        var countries = Countries.CountryLookup.Default;
        if (countries.FindFirst(head) is not { } first) return null;
        var rest = head.Substring(first.End);
        if (countries.FindFirst(rest) is { } second && second.Code != first.Code) return null;
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(head);
        for (var w = 0; w < words.Count; w++)
        {
            if (!Lexicons.Lexicons.IsListNoun(words[w])) continue;
            var nounEnd = spans[w].End;
            var nounStart = spans[w].Start;
            // After the noun, a few words on; or the word right before it.
            if (first.Start >= nounEnd && Text.TextShape.WordCount(head.Substring(nounEnd, first.Start - nounEnd).Trim()) <= MostWordsFromNounToCountry) return first.Code;
            if (first.End <= nounStart && head.Substring(first.End, nounStart - first.End).Trim().Length == 0) return first.Code;
        }
        return null;
    }

    // "partidos de esquerda do Brasil": the noun's qualifier and a link or two.
    private const int MostWordsFromNounToCountry = 4;

    // Where the printed number <paramref name="number"/> opens a next entry after a full stop and a space ("… الكردستاني.
    // 8-حزب …"), read as a line's list marker is (ReadMarker): the index of its first digit and the marker's length;
    // null when it does not. The marker is followed by a letter (the entry's name), and the full stop closes a word, not
    // an abbreviation ("Dec. 3.", "est. 3) in Lima").
    private static (int At, int MarkerLength)? NextNumberAfterFullStop(string item, int number)
    {
        var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var at = item.IndexOf(". " + digits, StringComparison.Ordinal); at > 0; at = item.IndexOf(". " + digits, at + 1, StringComparison.Ordinal))
        {
            if (!ClosesWord(item, at)) continue;
            var start = at + 2;
            var (length, read) = ReadMarker(item.Substring(start));
            if (read == number && start + length < item.Length && char.IsLetter(item[start + length])) return (start, length);
        }
        return null;
    }

    // Whether the full stop at <paramref name="stop"/> closes a word of more letters than an abbreviation has, or a short
    // name in capitals.
    private static bool ClosesWord(string item, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(item[start - 1])) start--;
        var word = item.Substring(start, stop - start);
        return word.Length > MostLettersOfAnAbbreviationBeforeNumber || (word.Length >= 2 && Text.TextShape.IsInCapitals(word));
    }

    private const int MostLettersOfAnAbbreviationBeforeNumber = 4;

    // Where a second entry starts inside a word of an entry that a copy ran into it: a lower-case letter, then a capital
    // that opens the entry's own first word or an organisation word ("Partit Comunista d'AustràliaPartit Comunista …"),
    // each side a name of two words at least, outside parentheses; else 0.
    private static int GluedEntryAt(string item)
    {
        var depth = 0;
        for (var k = 1; k < item.Length; k++)
        {
            if (item[k - 1] == '(') depth++;
            else if (item[k - 1] == ')' && depth > 0) depth--;
            if (depth > 0 || !char.IsUpper(item[k]) || !char.IsLower(item[k - 1])) continue;
            // Two words at least on either side: a single organisation word is no name ("…GermanyParty").
            var end = item.IndexOf(' ', k);
            var space = item.LastIndexOf(' ', k - 1);
            if (end < 0 || space <= 0) continue;
            // Two organisation words that lost their hyphen are one word of a name ("MarxistLeninist").
            if (Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(item.Substring(space + 1, k - space - 1)))) continue;
            var word = item.Substring(k, end - k);
            // The word opens the entry too ("Partit … Partit …"), or is an organisation word of some lexicon.
            var first = item.Substring(0, item.IndexOf(' '));
            if (string.Equals(word, first, StringComparison.Ordinal) || Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(word))) return k;
        }
        return 0;
    }

    // "Κομμουνιστικό Κόμμα Αλβανίας, Κόμμα Εργασίας Αυστρίας, …": names between commas or semicolons on one line.
    // What follows the colon of a short sentence with no comma before it, for a sentence that announces the items after
    // it; null for a line with no such colon.
    private static string? AfterAnnouncingColon(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || text.IndexOf(',', 0, colon) >= 0 || text.IndexOf(';', 0, colon) >= 0) return null;
        var words = Text.TextShape.WordCount(text.Substring(0, colon));
        return words is >= LeastAnnouncingWords and <= MostAnnouncingWords ? text.Substring(colon + 1).Trim() : null;
    }

    // Fewer words before a colon label what follows ("Grecia: KKE, …"); more make a paragraph of the text.
    private const int LeastAnnouncingWords = 3;
    private const int MostAnnouncingWords = 12;

    private static string? CommaSeparated(string text) =>
        text.IndexOf(',') >= 0 || text.IndexOf(';') >= 0 || text.IndexOf(ArabicComma) >= 0 ? text.TrimEndChars(". ") : null;

    // How many items there are when each names an organisation (three at least), else 0: by its words or as a short name
    // alone ("TKP/ML, PKK, MKP, TİKB, DKP"); one item in capitals among short names may be a name without an organisation
    // word ("…, DEVRİMCİ KARARGAH, MLKP"). The last may be cut off by the excerpt's end ("…, Hollanda Yeni Komünist
    // Partisi, İrlanda İşç") after three that do.
    private static int OrganisationsEachNamed(string items)
    {
        int count = 0, shortNames = 0, inCapitals = 0;
        var cutOff = false;
        var split = new List<string>(SplitInlineItems(items));
        // A common noun among a party's words ("trabalhadores", "workers") does not make the sentence's last part a name.
        if (split.Count > 0 && SentenceGoesOn(split[split.Count - 1])) return 0;
        // "Ana Gómez e Luís Pereira, do Partido X; …": delegations name their organisations after their people.
        if (OrganisationsOfDelegations(split) is { } delegations) return delegations.Count;
        foreach (var item in split)
        {
            // "…, Partei der Arbeit BelgiensWir dokumentieren nachstehend …": a byline run into the text is no item.
            if (cutOff || Text.TextShape.WordCount(item) > EntryEvidence.MaxEntryWords) return 0;
            count++;
            var words = Lexicons.Lexicons.Words(item);
            if (Lexicons.Lexicons.HasOrganisationWord(words) || Lexicons.Lexicons.HasOrganisationAbbreviation(words)) continue;
            if (Acronyms.IsShortName(item)) shortNames++;
            // "PV in Danimarca": a short name and a few words after it.
            else if (Text.TextShape.WordCount(item) <= MostCutOffWords && SignatoryLineParser.OpensWithShortName(item, orLowerCase: true)) continue;
            else if (Text.TextShape.IsInCapitals(item)) inCapitals++;
            else if (count > 3 && Text.TextShape.WordCount(item) <= MostCutOffWords) cutOff = true;
            else return 0;
        }
        // (A slogan in capitals has few short names between its parts: beside many, a name in capitals is one more, one in
        // four of them at most, "…, PDES, REPARE, ALTERNATIVE POUR LE MALI, MALI KO YEREKO (USA), …".)
        return count >= 3 && inCapitals <= (shortNames >= 3 ? Math.Max(1, shortNames / ShortNamesPerNameInCapitals) : 0) ? count : 0;
    }

    private const int ShortNamesPerNameInCapitals = 4;

    private const int MostCutOffWords = 3;

    // The parties of a letterhead (FindLetterhead), one a line.
    private List<Signatory> ReadLetterhead(int start)
    {
        var entries = new List<(int Index, string Text, string Raw, int? Number, bool Late)>();
        for (var i = start; i < _lines.Count; i++)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            if (_roles[i] != LineRole.Signatory) break;
            if (SeparatedItems(WithoutDateStamp(WithoutMarker(i))) is { } separated)
            {
                AddInlineItems(entries, i, separated, late: false);
                continue;
            }
            entries.Add((i, WithoutMarker(i), _markers[i].Length > 0 ? StripMarker(_lines[i].Raw) : _lines[i].Raw, _markers[i].Number, false));
        }
        return BuildSignatories(entries);
    }

    // The organisations a paragraph or title names (FindNamesInOpening): its line stays the statement's.
    private List<Signatory> ReadNamedOrganisations(int index, List<string> names)
    {
        var entries = new List<(int Index, string Text, string Raw, int? Number, bool Late)>(names.Count);
        // ("Political spokesperson Mai Villadsen (Red Green Alliance, Denmark), party chair …": people named with their
        // organisations in parentheses stand for them, as in a list after a word of signing.)
        foreach (var name in OrganisationsOfPeople(names)) entries.Add((index, name, name, null, false));
        return BuildSignatories(entries, inline: true);
    }

    private static bool IsGroupHeading(string text)
    {
        if (text.Length > 40) return false;
        var words = Lexicons.Lexicons.Words(text);
        return words.Count is > 0 and <= 3 && Lexicons.Lexicons.IsListNoun(words[words.Count - 1]) && text.Length <= 40;
    }

    // "Socialist Bloc countries" over "- Bulgaria: Bulgarian Communist Party …": a short line with no marker, no country,
    // acronym or closing mark, right above an entry with a marker that opens with its country, heads a group of them.
    private bool HeadsMarkedEntries(int index)
    {
        if (_markers[index].Length > 0 || index + 1 >= _lines.Count || _markers[index + 1].Length == 0) return false;
        var text = _lines[index].Text;
        if (text.Length > MostGroupHeadingLength || !char.IsLetter(text[text.Length - 1])) return false;
        // (An organisation's name ends with its noun, "Kommunistische Partei" above "- Kolumbien …", which a heading does not.)
        var words = Lexicons.Lexicons.Words(text);
        return words.Count is > 0 and <= MostGroupHeadingWords && !Lexicons.Lexicons.IsOrganisationWord(words[words.Count - 1])
            && Countries.CountryLookup.Default.FindFirst(text) is null
            && !Signatories.Tokens.Split(text).Exists(Acronyms.IsShortName) && SignatoryLineParser.OpensWithCountryName(WithoutMarker(index + 1));
    }

    private const int MostGroupHeadingLength = 40;

    private const int MostGroupHeadingWords = 4;

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

    /// <summary>Whether a line is running text rather than an entry: prose by its shape and no evidence of an entry, or
    /// a paragraph of more words than two names with their countries, however it ends (an excerpt may cut it off).</summary>
    private bool IsRunningText(int index)
    {
        var text = WithoutMarker(index);
        // A line of names between commas, each naming an organisation, is the list written on one line, however long.
        if (OrganisationsOnLine(index) > 1) return false;
        // (Chinese and Japanese close a sentence with "。", the scripts of India and Bangladesh with the danda "।": no entry.)
        if (text.Length > 0 && text[text.Length - 1] is IdeographicFullStop or Danda) return true;
        if (text.Length > EntryEvidence.MaxEntryLength && Lexicons.Lexicons.Words(text).Count > EntryEvidence.MaxEntryWords * 2) return true;
        if (Text.TextShape.WordCount(text) >= SentenceWords && EndsASentenceInside(text)) return true;
        // More words than any entry, most of them in lower case beyond a name's small words: a sentence, though the page
        // or the excerpt left it without its full stop ("Ved stiftelsen i 1994 vedtoges principerklæringen … og skabte
        // rammerne for den videre virksomhed …").
        if (Text.TextShape.WordCount(text) > EntryEvidence.MaxEntryWords && MostlyInLowerCase(text)) return true;
        // ("9 мая 2023 года" under the entries: a date alone, its month in lower case, is a field line, no sentence.)
        if (Dates.DateReader.Whole(text) is not null) return false;
        // (A half of an entry broken over two lines, "of Chile (Marxist-Leninist)", is no running text.)
        return text.Length > 0 && EntryEvidence.IsProse(text) && (HalfEntryScore(index) == 0 && !IsMarkedAsItsNeighbours(index) || text.Length > 160 || text.EndsWith(":", StringComparison.Ordinal));
    }

    // More words than a name with its country and acronym.
    private const int SentenceWords = 8;

    // "comité mondial contre le fascisme et la guerre (Amsterdam-Pleyel)," among "Ligue des Droits de l’Homme," and
    // "Mouvement d’Action combattante,": a line of a few words that opens with an organisation's word and ends with a comma
    // or a semicolon, as no sentence does, and holds no other, is an entry, however it is written, beside a line that is
    // one by its own evidence (the nearest line of text above or below it). A hard-wrapped sentence's line of names holds
    // several commas ("flokks Póllands, Verkamannaflokks Rúmeníu, Kommúnistaflokks"); demands and a poem's lines ending
    // with commas ("union rights for all workers,") stand among lines of the same kind.
    private bool IsEntryEndedAsInList(int index)
    {
        var text = _lines[index].Text;
        if (text.Length == 0 || text[text.Length - 1] is not (',' or ';' or ArabicComma) || text.IndexOfAny(InlineSeparators) != text.Length - 1
            || Text.TextShape.WordCount(text) > EntryEvidence.MaxEntryWords
            || Lexicons.Lexicons.Words(text) is not { Count: > 0 } words || !Lexicons.Lexicons.IsOrganisationWord(words[0])) return false;
        return NearestTextLine(index, -1) is { } above && EntryScore(above) > 0 || NearestTextLine(index, 1) is { } below && EntryScore(below) > 0;
    }

    // The nearest line that is not blank in a direction (-1 up, 1 down), or null.
    private int? NearestTextLine(int index, int step)
    {
        for (var i = index + step; i >= 0 && i < _lines.Count; i += step)
        {
            if (!_lines[i].IsBlank) return i;
        }
        return null;
    }

    // Whether more than half of a line's words open in lower case and are none of the small words that link a name's
    // words (a script with no capitals has none).
    private static bool MostlyInLowerCase(string text)
    {
        int words = 0, lower = 0;
        foreach (var word in text.Split(' '))
        {
            if (word.Length == 0) continue;
            words++;
            var bare = word.TrimStartChars("(\"«“„‘’'");
            if (bare.Length == 0 || !char.IsLower(bare[0])) continue;
            var folded = Text.NameFolding.Fold(bare.TrimEndChars(")\"»”’,;."));
            if (!Lexicons.Lexicons.IsNameLink(folded) && !Lexicons.Lexicons.IsConnector(folded)) lower++;
        }
        return lower * 2 > words;
    }

    // A sentence ends inside the line and another begins ("… bir değerlendirme yaptı. Yani,"): a word in lower case, a
    // full stop and a capital. A name's abbreviations ("U.S. Communist Party", "Dr. Md. Yunus") are written otherwise.
    private static bool EndsASentenceInside(string text)
    {
        for (var at = text.IndexOf(". ", StringComparison.Ordinal); at > 0 && at + 2 < text.Length; at = text.IndexOf(". ", at + 1, StringComparison.Ordinal))
        {
            if (!char.IsUpper(text[at + 2])) continue;
            var letters = 0;
            for (var i = at - 1; i >= 0 && char.IsLetter(text[i]); i--)
            {
                if (!char.IsLower(text[i])) { letters = 0; break; }
                letters++;
            }
            if (letters >= ShortestSentenceEndWord) return true;
        }
        return false;
    }

    private const int ShortestSentenceEndWord = 3;

    // The comma and the country that close an item (", da África do Sul", ", Greece"), or null.
    private static string? CountryAfterComma(string item)
    {
        var comma = item.LastIndexOf(',');
        if (comma <= 0) return null;
        var after = item.Substring(comma + 1).Trim().TrimEndChars(".");
        var words = after.Split(' ');
        var country = words.Length > 1 && Lexicons.Lexicons.IsNameLink(Text.NameFolding.Fold(words[0])) ? after.Substring(words[0].Length + 1) : after;
        return country.Length > 0 && Countries.CountryLookup.Default.Exact(country) is not null ? item.Substring(comma) : null;
    }

    // An organisation's word in lower case opening an item whose capitalised rest is a country's name.
    private static bool IsLowerCaseHeadOfCountry(string item, string name) =>
        char.IsLower(item[0]) && Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(item.Substring(0, item.IndexOf(' ') is > 0 and var space ? space : item.Length)))
        && Countries.CountryLookup.Default.FindFirst(name) is not null;

    private static void AddInlineItems(List<(int Index, string Text, string Raw, int? Number, bool Late)> entries, int index, string items, bool late)
    {
        if (NumberedItems(items) is { } numbered)
        {
            foreach (var (number, item) in numbered) entries.Add((index, item, item, number, late));
            return;
        }
        var first = true;
        // "Unterzeichner: MLPD (Deutschland) · PdA (Österreich) · …": items between bullets or dashes, no comma.
        foreach (var split in OrganisationsOfPeople(Lists.ProseNames.WithAppositiveNames(new List<string>(SplitInlineItems(SeparatedItems(items) ?? items))), items))
        {
            // "Communist Party of Greece - Comrades N. Zachariadis and V. Bartziotas": the delegates after the name are
            // no part of the item, and their "and" joins no names of the list.
            var item = SignatoryLineParser.WithoutTrailingPerson(split);
            // "Delegierte von revolutionären Parteien … wie die NCP (Mashal), CPN (Unified), …": the sentence before the
            // first name is no part of it.
            // "Hanno partecipato alla Riunione il Partito Comunista Sudafricano, …": so are a few words of it that hold
            // a word in lower case before the name.
            // ("компартия Белоруссии", "communist party of Greece": a shared head in lower case given to a country is the
            // name, not a sentence before it.)
            // ("… nível do Congresso Nacional Africano (ANC), da África do Sul": the name before the country that closes the
            // item, which keeps its country.)
            // ("MLKP - Marksist Leninist Komünist Parti …": a short name and a dash open the entry, no sentence.)
            var country = first ? CountryAfterComma(item) : null;
            var named = country is null ? item : item.Substring(0, item.Length - country.Length);
            if (first && SignatoryLineParser.ShortNameBeforeDash(Signatories.Tokens.Split(named)) is null
                && Lists.ProseNames.Trailing(named) is { } name && name.Length < named.Length
                && (Text.TextShape.WordCount(named) > LongestOpeningItem || HasLowerCaseWord(named.Substring(0, named.Length - name.Length)))
                && !IsLowerCaseHeadOfCountry(named, name)) item = name + country;
            first = false;
            // "عدد من قيادة الحزب الشيوعي اللبناني" (several leaders of the Lebanese CP): in a script with no capitals, the
            // organisation named inside the item.
            if (Text.Scripts.Of(item) == Text.Script.Arabic && Lists.UncasedNames.FirstName(item) is { } inside) item = inside;
            foreach (var party in PartiesOfCountry(item)) entries.Add((index, party, party, null, late));
        }
    }

    /// <summary>The organisations of a list of people, each written with their organisation in parentheses
    /// (<c>The signatories were Ana Gómez (PCU), Luis Pereira (Left Collective) and …</c>) or after it (<c>PCU (Ana
    /// Gómez), …</c>): the organisations, when three in four items, and two at least, are so written with a person's
    /// name; the items as they are otherwise. A name whose capitals the parenthesis abbreviates (<c>Patria Para Todos
    /// (PPT)</c>) is the organisation's own.</summary>
    private static List<string> OrganisationsOfPeople(List<string> items, string? written = null)
    {
        if (OrganisationsOfDelegations(items) is { } delegations) return delegations;
        if (written is not null && OrganisationsAfterPeople(items, written) is { } alternating) return alternating;
        var organisations = new List<string>(items.Count);
        var people = 0;
        var offices = new HashSet<string>(StringComparer.Ordinal);
        var leaders = new HashSet<string>(StringComparer.Ordinal);
        var officesHeld = 0;
        var holders = 0;
        foreach (var item in items)
        {
            if (OrganisationOfPerson(item) is { } organisation)
            {
                organisations.Add(organisation);
                people++;
            }
            // "Cidadania (Roberto Freire), PCdoB (Luciana Santos), …": the organisation first, its leader in parentheses.
            else if (WithoutPersonInParentheses(item) is { } led)
            {
                organisations.Add(led);
                people++;
            }
            // "Ancora Italia di Francesco Toscano, Azione Civile di Antonio Ingroia, …": each organisation by the person who
            // leads it, after a link word.
            else if (SignatoryLineParser.WithoutLeaderAfterLink(item) is { } ledBy)
            {
                organisations.Add(ledBy);
                people++;
                // ("Rifondazione Comunista di Reggio Emilia, … di Ascoli Piceno": the same name again is one party's
                // sections by their places, no leaders.)
                if (!leaders.Add(ledBy)) return items;
            }
            else if (OfficeHolder(item) is var (isHolder, holderOf) && isHolder)
            {
                // "Ruhin Hossain, its general secretary": a second person of an organisation already named adds none.
                if (holderOf is not null)
                {
                    organisations.Add(holderOf);
                    offices.Add(holderOf);
                    officesHeld++;
                }
                people++;
                holders++;
            }
            else organisations.Add(item);
        }
        // "Ana Gómez, member of the Secretariat of the CC; Luis Pereira, member of the CC and of the International
        // Section; …": people whose offices mostly name no organisation, or the same few bodies, are one party's
        // delegation, not the list.
        if (offices.Count * 4 < officesHeld * 3 || officesHeld * 2 < holders) return items;
        return people >= 2 && people * 4 >= items.Count * 3 ? organisations : items;
    }

    /// <summary>The organisations of a list whose items alternate a person's name and the organisation the person speaks
    /// for (<c>António Costa, PS, Catarina Martins, BE, Jerónimo de Sousa, PCP, e Heloísa Apolónia, PEV</c>): the second
    /// item of each pair, where there are two pairs or more, the list's conjunction opens the last pair (not its last
    /// item: <c>Sinn Féin, Workers' Party, People Before Profit, Socialist Party</c> is a list of four) and each
    /// organisation's item opens with a capital and is no person's name, office or country (<c>John Smith, chair, Mary
    /// Jones, secretary, …</c> names people); else null.</summary>
    /// <param name="items">The list's items.</param>
    /// <param name="written">The list as written, its conjunctions kept.</param>
    private static List<string>? OrganisationsAfterPeople(List<string> items, string written)
    {
        if (items.Count < LeastAlternatingItems || items.Count % 2 != 0) return null;
        var lastPerson = StripOpeningConjunction(items[items.Count - 2].Trim());
        var at = lastPerson.Length > 0 ? written.LastIndexOf(lastPerson, StringComparison.Ordinal) : -1;
        if (at <= 0) return null;
        var before = written.Substring(0, at).TrimEnd(' ', ',');
        if (!Lexicons.Lexicons.IsConjunction(Text.NameFolding.Fold(before.Substring(before.LastIndexOf(' ') + 1)))) return null;
        var organisations = new List<string>(items.Count / 2);
        for (var i = 0; i < items.Count; i += 2)
        {
            var person = StripOpeningConjunction(items[i].Trim());
            var organisation = items[i + 1].Trim();
            if (!IsPersonsName(person.Split(' ')) || organisation.Length == 0 || !char.IsUpper(organisation[0]) || IsPersonsName(organisation.Split(' '))
                || Lexicons.Lexicons.IsOffice(Text.NameFolding.Fold(organisation)) || Countries.CountryLookup.Default.Exact(organisation) is not null) return null;
            organisations.Add(organisation);
        }
        return organisations;
    }

    // Two pairs of a person and an organisation.
    private const int LeastAlternatingItems = 4;

    /// <summary>The organisations of a list of delegations, each its people and then the organisation they came from
    /// (<c>Ana Gómez e Luís Pereira, do Partido Comunista X, da Bolívia; Rui Costa do Partido Y; …</c>), when three in four
    /// items read so and three organisations at least; else null. The people are no part of the list.</summary>
    private static List<string>? OrganisationsOfDelegations(List<string> items)
    {
        if (items.Count < 2) return null;
        var organisations = new List<string>();
        var delegations = 0;
        var others = 0;
        foreach (var item in items)
        {
            if (DelegationsIn(item) is { } named)
            {
                organisations.AddRange(named);
                delegations++;
            }
            // "…; Ana Gómez e Rui Costa, do Partido Y": people the list's last conjunction parted from their organisation.
            else if (AreOnlyPeople(item)) delegations++;
            else
            {
                organisations.Add(item);
                // (Speed only: a list that already has more than a quarter of other items is none.)
                if (++others * 4 > items.Count) return null;
            }
        }
        return delegations * 4 >= items.Count * 3 && organisations.Count >= 3 ? organisations : null;
    }

    // The organisations an item names after their people, each with the place after it ("Partido A, da Alemanha"), when
    // every comma piece of the item is people, an organisation after a link word, or a place after an organisation; else
    // null.
    private static List<string>? DelegationsIn(string item)
    {
        var named = new List<string>();
        var people = false;
        foreach (var rawPiece in CommaPieces(item))
        {
            var piece = rawPiece;
            if (piece.Length == 0) return null;
            // ("do Partido A, da Alemanha": the place, written in parentheses, says where the organisation is.)
            if (named.Count > 0 && !people && Lists.ProseNames.IsPlaceQualifier(piece) && piece.IndexOf(' ') is > 0 and var space)
            {
                named[named.Count - 1] += " (" + piece.Substring(space + 1) + ")";
                continue;
            }
            if (AreOnlyPeople(piece))
            {
                people = true;
                continue;
            }
            // "do Partido Comunista da Bolívia" after its people, or "Rui Costa do Partido Y" in one piece.
            if (OrganisationAfterPeople(piece, people) is not { } organisation) return null;
            named.Add(organisation);
            people = false;
        }
        return named.Count > 0 && !people ? named : null;
    }

    // The organisation a piece names after a link word ("do", "of", "from") that opens it where people stood before it,
    // or that follows the people the piece opens with; else null.
    private static string? OrganisationAfterPeople(string piece, bool afterPeople)
    {
        var words = piece.Split(' ');
        for (var w = afterPeople ? 0 : 1; w < words.Length - 1 && w <= MostPersonWords * 2; w++)
        {
            var folded = Text.NameFolding.Fold(words[w]);
            if (words[w].Length == 0 || !char.IsLower(words[w][0]) || !(Lexicons.Lexicons.IsNameLink(folded) || Lexicons.Lexicons.IsOriginPreposition(folded))) continue;
            // ("Blagoj Hristov i Dimitar Vlahov iz KP Makedonije": a link of one language, "i", is another's "and"
            // between two people.)
            if (Lexicons.Lexicons.IsConjunction(folded) && !Lexicons.Lexicons.IsOriginPreposition(folded)) continue;
            if (w > 0 && !AreOnlyPeople(string.Join(" ", words, 0, w))) return null;
            var rest = string.Join(" ", words, w + 1, words.Length - w - 1);
            // ("do Partido Argelino pela Democracia e o Socialismo": the piece ends where the name does, whatever small
            // words stand inside it.)
            if (Lists.ProseNames.Leading(rest, out var whole) is { } name && whole && NamesOrganisation(name)) return name;
            return rest.Length > 0 && char.IsUpper(rest[0]) && NamesOrganisation(rest) ? rest : null;
        }
        return null;
    }

    // Whether a piece names people only: one or more names of one to four capitalised words (with a name's small words
    // inside: "Artur da Silva"), parted by conjunctions, perhaps after one.
    private static bool AreOnlyPeople(string piece)
    {
        var names = 0;
        foreach (var name in Lists.ProseNames.PartsAtConjunctions(StripOpeningConjunction(piece)))
        {
            if (!IsPersonsName(name.Split(' '))) return false;
            names++;
        }
        return names > 0;
    }

    private static string StripOpeningConjunction(string piece)
    {
        var space = piece.IndexOf(' ');
        return space > 0 && Lexicons.Lexicons.IsConjunction(Text.NameFolding.Fold(piece.Substring(0, space))) ? piece.Substring(space + 1) : piece;
    }

    // A text's pieces between commas outside parentheses and between conjunctions ("A, B y C": A, B, C).
    private static List<string> PiecesAtCommasAndConjunctions(string text)
    {
        var pieces = new List<string>();
        foreach (var part in CommaPieces(text)) pieces.AddRange(Lists.ProseNames.PartsAtConjunctions(part));
        return pieces;
    }

    // An item's pieces between commas outside parentheses, trimmed.
    private static List<string> CommaPieces(string item) => Text.Separated.OutsideParentheses(item, ",");

    /// <summary>Whether an item is a person followed by their office (<c>Shah Alam, president of the Communist Party of
    /// Bangladesh (CPB)</c>: two to four capitalised words, a comma, and an office among the next few words), and the
    /// organisation the office is held in, when the item ends with one's name.</summary>
    private static (bool IsHolder, string? Organisation) OfficeHolder(string item)
    {
        var comma = item.IndexOf(',');
        if (comma <= 0) return (false, null);
        if (!IsPersonsName(item.Substring(0, comma).Trim().Split(' '))) return (false, null);
        var office = item.Substring(comma + 1).Trim();
        var words = Lexicons.Lexicons.Words(office);
        var holds = false;
        // ("executive president", "its general secretary": an office's word comes after a word or two that qualify it.)
        for (var w = 0; w < words.Count && w < WordsBeforeOffice + 1 && !holds; w++) holds = Lexicons.Lexicons.IsOffice(words[w]);
        // (An office may be written in capitals: "Harkishan Singh Surjeet, Secretario General".)
        if (!holds || office.Length == 0) return (false, null);
        // ("…, member of the International Section": a part of one party names none of the list.)
        return (true, Lists.ProseNames.Trailing(office) is { } name && NamesOrganisation(name) && Lists.ProseNames.SaysWhichOrganisation(name) ? name : null);
    }

    private const int WordsBeforeOffice = 2;

    // "- Li Yang, secretario jefe del departamento internacional" under "- Cuba: partido comunista de Cuba": a person of
    // the delegation above, by an office that names no organisation, or only a party's organ ("Secretary of the Central
    // Committee").
    // ("Dipankar Bhattacharya, General Secretary, CPI(ML)-Liberation": a signer's office, then the short name of the
    // party they sign for, is that party's signature.)
    private static bool IsDelegateOfEntryAbove(string item) =>
        OfficeHolder(item) is (true, var heldIn) && (heldIn is null || IsOrganOnly(heldIn))
        && !(SignatoryLineParser.WithoutSignerAndOffice(item) is var party && party.Length < item.Length && Signatories.Acronyms.IsShortNameWithWordOnto(party));

    // "the Central Committee": a party's organ and nothing else, which says no party.
    private static bool IsOrganOnly(string name)
    {
        var words = Lexicons.Lexicons.Words(name);
        var at = words.Count > 0 && Lexicons.Lexicons.IsArticle(words[0]) ? 1 : 0;
        return at < words.Count && Lexicons.Lexicons.OrganAt(words, at) == words.Count - at;
    }

    // An item without the parenthesis closing it when that holds a person's name (two to four capitalised words, perhaps
    // with a name's small words between them: "Paulinho da Força") and something stands before it; else null. Read after
    // a country only ("Белоруссии (Игорь Карпенко)"): after a party's name, two capitalised words may as well be its
    // qualifier ("CPN (Unity Centre)").
    private static string? WithoutPersonInParentheses(string item)
    {
        if (ClosingParenthesis(item) is not var (before, inside)) return null;
        return IsPersonsName(inside.Split(' ')) && before.Length > 0 && !Lists.ProseNames.Abbreviates(inside, before) ? before : null;
    }

    // A text without the relative clause that closes it ("Revolutionary Socialist Party which added in a note"); the text
    // when no relative word stands in it after its first word.
    private static string BeforeRelativeClause(string text)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        for (var w = 1; w < words.Count; w++)
        {
            if (Lexicons.Lexicons.IsRelativeWord(words[w]) && char.IsLower(text[spans[w].Start])) return text.Substring(0, spans[w].Start).TrimEnd(' ', ',');
        }
        return text;
    }

    // Whether a name runs up to the text's end: its last word is capitalised, a short name, or closes a parenthesis ("…
    // Revolutionary Socialist Party", not "… Revolutionary Socialist Party which added in a note").
    private static bool NameRunsToEnd(string text)
    {
        var last = text.Substring(text.LastIndexOf(' ') + 1);
        // (A script with no capitals has no lower-case letters either: "… الحزب الشيوعي:".)
        return last.Length > 0 && (char.IsUpper(last[0]) || last[last.Length - 1] == ')' || !Text.TextShape.HasLowerCaseLetter(last));
    }

    // Whether words are a person's name (SignatoryLineParser.IsPersonsNameOfWords).
    private static bool IsPersonsName(string[] words) => SignatoryLineParser.IsPersonsNameOfWords(words);

    // An item's one parenthesis, closing it, and what stands before it, when the parenthesis holds something other than a
    // country's name; else null.
    private static (string Before, string Inside)? ClosingParenthesis(string item)
    {
        var text = item.Trim().TrimEndChars(".,;");
        var open = text.LastIndexOf('(');
        if (!text.EndsWith(")", StringComparison.Ordinal) || open <= 0 || text.IndexOf('(') != open) return null;
        var inside = text.Substring(open + 1, text.Length - open - 2).Trim();
        if (inside.Length == 0 || Countries.CountryLookup.Default.Exact(inside) is not null) return null;
        return (text.Substring(0, open).Trim(), inside);
    }

    // What a parenthesis closing the item names, when the words before it end with a person's name: two to four
    // capitalised words or initials that name no organisation, country or short name, after the item's start or a word in
    // lower case.
    private static string? OrganisationOfPerson(string item)
    {
        if (ClosingParenthesis(item) is not var (before, inside)) return null;
        var words = before.Split(' ');
        var run = 0;
        for (var w = words.Length - 1; w >= 0 && run <= MostPersonWords; w--)
        {
            var word = words[w];
            if (word.Length == 0 || !char.IsUpper(word[0])) break;
            // ("K S Hariharan": an initial may be written without its full stop.)
            var initial = word.Length == 1 || (word.Length == 2 && word[1] == '.');
            if (!initial && (!SignatoryLineParser.IsWordOfPersonsName(word, initialAllowed: false) || Countries.CountryLookup.Default.Exact(word) is not null)) return null;
            run++;
        }
        if (run is < 2 or > MostPersonWords) return null;
        var name = string.Join(" ", words, words.Length - run, run);
        return Lists.ProseNames.Abbreviates(inside, name) ? null : inside;
    }

    private const int MostPersonWords = SignatoryLineParser.MostWordsOfPersonsName;

    /// <summary>The parties of an item that names a country first and its parties in parentheses (<c>Bulgaria (Union of
    /// Communists in Bulgaria, Communist Party of Bulgaria)</c>, <c>Turkey (Communist Party, Turkey)</c>): each party, the
    /// country written after those that do not name it; any other item as it is.</summary>
    private static IEnumerable<string> PartiesOfCountry(string item)
    {
        var open = item.IndexOf('(');
        var countries = Countries.CountryLookup.Default;
        if (open <= 0 || !item.EndsWith(")", StringComparison.Ordinal) || item.IndexOf('(', open + 1) >= 0
            || countries.Exact(item.Substring(0, open).Trim()) is null)
        {
            yield return item;
            yield break;
        }
        var country = item.Substring(0, open).Trim();
        var inner = item.Substring(open + 1, item.Length - open - 2);
        var parties = new List<string>();
        foreach (var piece in inner.Split(','))
        {
            var party = piece.Trim();
            if (party.Length == 0) continue;
            // "Communist Party, Turkey": a country alone is the previous party's.
            if (parties.Count > 0 && countries.Exact(party) is not null) parties[parties.Count - 1] += ", " + party;
            else parties.Add(party);
        }
        if (parties.Count == 0 || !parties.TrueForAll(p => Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(p))))
        {
            yield return item;
            yield break;
        }
        foreach (var party in parties) yield return countries.FindFirst(party) is null ? party + ", " + country : party;
    }

    // More words than a name with its country: the first item of a list in a sentence still holds the sentence.
    private const int LongestOpeningItem = 10;

    private static bool HasLowerCaseWord(string text)
    {
        foreach (var word in text.Split(' '))
        {
            if (word.Length > 0 && char.IsLower(word[0])) return true;
        }
        return false;
    }

    // "1. A 2. B", "1) A 2)B", "1- A 2- B" (as a list's lines are numbered in Arabic and Spanish pages, "1- ").
    private static readonly Regex InlineNumber = new(@"(?:^|(?<=\s))(?<n>\d{1,3})(?:\.\s|\)\s?|[-–]\s)", RegexOptions.CultureInvariant);

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
            var end = i + 1 < markers.Count ? markers[i + 1].Start : SentenceGoesOn(text, markers[i].End, CutNextNumber(text, markers[i].Number + 1));
            var item = text.Substring(markers[i].End, end - markers[i].End).Trim().TrimEndChars(",;");
            if (item.Length > 0) items.Add((markers[i].Number, item));
        }
        return items;
    }

    // Where a name closed by its short name in parentheses ends when another name, opening with a capital and naming an
    // organisation, runs on right after it; 0 when none does.
    private static int RunOnAfterShortName(string part)
    {
        for (var close = part.IndexOf(") ", StringComparison.Ordinal); close > 0; close = part.IndexOf(") ", close + 1, StringComparison.Ordinal))
        {
            var open = part.LastIndexOf('(', close);
            if (open <= 0) continue;
            var inside = part.Substring(open + 1, close - open - 1);
            var after = part.Substring(close + 1).Trim();
            if (after.Length == 0 || !char.IsUpper(after[0]) || !Acronyms.IsShortName(inside)) continue;
            if (Lists.ProseNames.Trailing(part.Substring(0, open)) is not { } before || !Lists.ProseNames.Abbreviates(inside, before)) continue;
            if (Lists.ProseNames.Leading(after, out _) is { } next && NamesOrganisation(next) && !next.StartsWith("(", StringComparison.Ordinal)) return close + 1;
        }
        return 0;
    }

    // Where the last item ends when the sentence goes on after it ("… 7) CPN (Maoist) [Nepal], with two parties from …")
    // or a new one starts (". The parties that …"): a comma before a word in lower case, or a full stop after a word or a
    // bracket and before a capital, outside brackets; else at end.
    private static int SentenceGoesOn(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i + 2 < end; i++)
        {
            var c = text[i];
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']' && depth > 0) depth--;
            if (depth > 0 || text[i + 1] != ' ') continue;
            if (c == ',' && char.IsLower(text[i + 2])) return i;
            if (c == '.' && char.IsUpper(text[i + 2]) && i > start && (char.IsLower(text[i - 1]) || text[i - 1] is ')' or ']')) return i;
        }
        return end;
    }

    // Where the text ends, or where the next item's number stands when an excerpt cut it off before its full stop
    // ("… 7. الحزب الشيوعي الألماني 8").
    private static int CutNextNumber(string text, int next)
    {
        var number = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(" " + number, StringComparison.Ordinal) ? trimmed.Length - number.Length : text.Length;
    }

    /// <summary>Splits "A, B (Germany), C and D." into items; a lone country item belongs to the item before it.</summary>
    /// <remarks>The candidates for a prose list are each split by several steps (the shared link, the items' evidence, the
    /// organisations up to the prose): read once a parse.</remarks>
    private static string[] SplitInlineItems(string items) => RecentInlineItems.Get(items);

    private static readonly Text.RecentAnswers<string, string[]> RecentInlineItems = new(items => new List<string>(ReadInlineItems(items)).ToArray());

    private static IEnumerable<string> ReadInlineItems(string items)
    {
        if (items.Length == 0) yield break;
        items = Lists.ProseNames.BeforeQuotedSlogan(SignatoryLineParser.WithoutBreakHyphens(items));
        // "A, B ainsi que C": a joining phrase parts the last two items as "and" does.
        items = Lexicons.Lexicons.WithJoiningPhrasesAsCommas(items);
        // Arabic writes its own comma, Chinese and Japanese theirs (the enumeration comma "、" and the full-width "，"), and
        // their full stop ("。").
        items = items.Replace(ArabicComma, ',').Replace(IdeographicComma, ',').Replace(FullWidthComma, ',').TrimEnd(IdeographicFullStop);
        items = WithAndOntoAfterParenthesesAsCommas(items);
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
            // ("A, — B, — C": a dash or a bullet after the comma opens the next item, and is no part of it; "…, Z…": an
            // ellipsis after the last says the list goes on, and is no part of it either.)
            var part = items.Substring(start, i - start).Trim().TrimEndChars(".…").TrimStart(ItemOpeners).TrimStart();
            start = i + 1;
            // ("…, le Parti Communiste des Ouvriers de France, […]": a mark of words left out names nothing.)
            if (part.Length == 0 || IsElision(part)) continue;
            // "Communist Party of Kenya (CPK) Shirikisho Party": a name closed by the short name that abbreviates it, and the
            // next name run on after it with no separator.
            while (RunOnAfterShortName(part) is > 0 and var runOn)
            {
                parts.Add(ItemWithoutArticle(part.Substring(0, runOn).Trim()));
                part = part.Substring(runOn).Trim();
            }
            // "A; B; C, D y E": a semicolon list whose writer ends it with commas, or slipped a comma in between two of its
            // names ("A; B, C; D"). (A text with one semicolon-free part is no semicolon list: its commas are left alone.)
            if (separator == ';' && (parts.Count > 0 || i < items.Length) && CommaItems(part) is { } tail)
            {
                for (var k = 0; k < tail.Length - 1; k++) parts.Add(ItemWithoutArticle(tail[k]));
                part = tail[tail.Length - 1];
            }
            // "… C and D": the last pair is joined by a conjunction.
            var and = LastConjunction(part);
            // "Communist and Workers' Parties": one word alone before the conjunction of a pair is a name's adjective, not
            // a name ("KKE and PCP" are two).
            if (parts.Count == 0 && and > 0 && part.Substring(0, and).Trim() is var lone && lone.IndexOf(' ') < 0
                && !Signatories.Acronyms.IsAcronymLike(lone)) and = -1;
            // "… Κόμμα για την Ειρήνη και τον Σοσιαλισμό - Φινλανδία": a conjunction that parts no two names joins words of
            // one name.
            if (parts.Count > 0 && and > 0 && !PartsTwoNames(part, and)) and = -1;
            // "Partido Comunista y la Unión de Juventudes Comunistas de España, …": within the list, a conjunction, an article
            // and an organisation word in capitals open a second name.
            if (i < items.Length && SecondNameAfterConjunction(part) is > 0 and var second)
            {
                parts.Add(ItemWithoutArticle(part.Substring(0, second).Trim()));
                part = ItemWithoutArticle(part.Substring(second).Trim());
            }
            // "…, Lebanese CP and KKE and by representatives of CP of Canada, …": within the list, names joined by a
            // conjunction, each a name of its own, perhaps after a few words in lower case that carry the list on.
            // ("Föderation der ArbeiterInnen und Jugend aus der Türkei in Österreich (ATIGF)", "Front für Rechte und Freiheiten
            // (HÖC)": an item that its short name in parentheses closes is one name, whatever conjunction it holds.)
            else if (i < items.Length && !ClosedByShortName(part))
            {
                while (NamesJoinedInside(part) is { } joined)
                {
                    parts.Add(ItemWithoutArticle(WithSharedOrigin(joined.First, joined.Others)));
                    part = joined.Others;
                }
            }
            if (parts.Count == 0 && WithoutBodyOfMembers(part) is var members && members.Length < part.Length)
            {
                // (The conjunction found before stands as far to the left now as the body's name was long.)
                and = and - (part.Length - members.Length) is > 0 and var moved ? moved : -1;
                part = members;
            }
            if (i == items.Length && and > 0)
            {
                var firstOfPair = part.Substring(0, and).Trim();
                part = part.Substring(and).Trim();
                part = part.Substring(part.IndexOf(' ') + 1);
                parts.Add(ItemWithoutArticle(WithSharedOrigin(firstOfPair, part)));
            }
            // "…、智利共产党和希腊共产党": Chinese writes its "and" between the last two names with no space.
            else if (i == items.Length && parts.Count > 0 && ConjunctionBetweenSigns(part) is > 0 and var sign)
            {
                parts.Add(part.Substring(0, sign));
                part = part.Substring(sign + 1);
            }
            // "…، رابطة اليسار العمالي وحزب البعث": Arabic writes its "and" onto the last name's first word, the noun a
            // party's name opens with.
            else if (i == items.Length && parts.Count > 0 && AndWrittenOnto(part) is > 0 and var onto)
            {
                parts.Add(part.Substring(0, onto).Trim());
                part = part.Substring(onto + 1);
            }
            // "…, ما يلي:" ("the following:"): what introduces the text after the list is no item of it.
            // ("… – League of the Workers’ Left (Tunisia):": a name closed by its country is the last item, its colon the
            // line's, which introduces the text below.)
            // ("… and the Youth Front declare:": the name the introducing sentence goes on after is the last item.)
            var closingWordsRead = false;
            if (i == items.Length && part.EndsWith(":", StringComparison.Ordinal))
            {
                var introducing = part.TrimEndChars(":");
                if (SignatoryLineParser.EndsWithCountryInParentheses(introducing)) part = introducing;
                // (Only a name shorter than the item: the words between it and the colon are the sentence's.)
                else if (parts.Count > 0 && WithoutClosingWords(introducing) is var named && named.Length < introducing.Length && NamesOrganisation(named))
                {
                    part = named;
                    closingWordsRead = true;
                }
                // ("…, All India Forward Bloc, Revolutionary Socialist Party:" above the text they issued: the last name, whose
                // colon introduces the text.)
                else if (parts.Count > 0 && !Lexicons.Lexicons.HoldsFollowingWord(Lexicons.Lexicons.Words(introducing))
                    && BeforeRelativeClause(introducing) is var name && NamesOrganisation(name) && NameRunsToEnd(name))
                {
                    part = name;
                }
                else continue;
            }
            if (i == items.Length && parts.Count > 0 && !closingWordsRead) part = WithoutClosingWords(part);
            // "…, Party of Labour, Turkey (EMEP), …": a country alone, perhaps with the short name, is the name's before it.
            // (Written "Party of Labour (EMEP), Turkey", the way an entry gives its short name and country.)
            if (parts.Count > 0 && WithoutShortName(part) is var country && Countries.CountryLookup.Default.Exact(country) is not null)
            {
                parts[parts.Count - 1] += part.Length > country.Length ? " " + part.Substring(country.Length).Trim() + ", " + country : ", " + part;
            }
            // "…, Red Aid International Spain, France and Italy, …": countries joined by a conjunction inside the list are
            // where the name before them works, not a name of their own.
            else if (parts.Count > 0 && i < items.Length && SignatoryLineParser.CountriesAlone(part) >= 2
                && SignatoryLineParser.CountriesAlone(parts[parts.Count - 1]) == 0)
            {
                parts[parts.Count - 1] += ", " + part;
            }
            // "…, Frente Popular Venezuelana (FPV), de Venezuela e de Colômbia, e o …": where the names before it are from.
            else if (parts.Count > 0 && Lists.ProseNames.IsPlaceQualifier(part)) continue;
            else if (part.Length > 0) parts.Add(ItemWithoutArticle(part));
        }
        foreach (var part in WithoutPersons(parts)) yield return part;
    }

    // Whether one of the next two lines with text carries a list marker.
    private bool MarkedLineFollows(int index)
    {
        var seen = 0;
        for (var j = index + 1; j < _lines.Count && seen < 2; j++)
        {
            if (_lines[j].Text.Length == 0) continue;
            if (_markers[j].Length > 0) return true;
            seen++;
        }
        return false;
    }

    private const int LeastMarkedLinesOfList = 3;

    /// <summary>The items of a list of organisations without the persons among them: an item that opens with a personal
    /// title (<c>Dr. Hisham Bustani</c>), and the items right after it that say what the person is (<c>Sekretär des
    /// Sozialistischen Gedankenforums - Jordanien</c>: an office in its first two words and a name's link). Persons who sign as such are no
    /// organisation's signature; the list's line keeps their text.</summary>
    private static List<string> WithoutPersons(List<string> parts)
    {
        List<string>? kept = null;
        var afterPerson = false;
        for (var i = 0; i < parts.Count; i++)
        {
            // (Most items open with a word longer than any title and follow no person: they are passed over unsplit.)
            var space = parts[i].IndexOf(' ');
            if (space < 0 || (!afterPerson && space > LongestPersonalTitle))
            {
                afterPerson = false;
                kept?.Add(parts[i]);
                continue;
            }
            var words = parts[i].Split(' ');
            var first = Text.NameFolding.Fold(words[0].TrimEndChars("."));
            // ("DR Congo": a title is not written in capitals.)
            var isPerson = words.Length <= MostWordsOfTitledPerson && Lexicons.Lexicons.IsPersonalTitle(first) && !Text.TextShape.IsInCapitals(words[0])
                && !Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(parts[i]));
            var isOffice = afterPerson && (IsOfficeOf(words, 0) || IsOfficeOf(words, 1));
            if (isPerson || isOffice)
            {
                kept ??= parts.GetRange(0, i);
                afterPerson = true;
                continue;
            }
            afterPerson = false;
            kept?.Add(parts[i]);
        }
        return kept is { Count: >= 2 } ? kept : parts;
    }

    // An office at a word and a name's link or an article after it ("secretary of", "Sekretär des", "founding member of").
    private static bool IsOfficeOf(string[] words, int at) =>
        at + 2 < words.Length && Lexicons.Lexicons.IsOffice(Text.NameFolding.Fold(words[at]))
        && Text.NameFolding.Fold(words[at + 1]) is var link && (Lexicons.Lexicons.IsNameLink(link) || Lexicons.Lexicons.IsArticle(link));

    // The longest personal title of the lexicons, with its full stop ("Professor").
    private const int LongestPersonalTitle = 10;

    // "Prof. Dr. Maria Anna von Berg": a title, perhaps a second, and a name of a few words.
    private const int MostWordsOfTitledPerson = 6;

    // "Turkey (EMEP)" without its parenthesis when that holds a short name; else as it is.
    private static string WithoutShortName(string part)
    {
        if (!part.EndsWith(")", StringComparison.Ordinal)) return part;
        var open = Tokens.OpeningOfFinalGroup(part);
        if (open <= 0) return part;
        return Acronyms.IsShortName(part.Substring(open + 1, part.Length - open - 2)) ? part.Substring(0, open).TrimEnd() : part;
    }

    // An item of a list without the words, conjunction and article that are the sentence's: "et le PCR", "l’Alliance pour
    // la Patrie (APP)" (an article elided onto a word in lower case; "L’Aurora", capitalised, may be a name's own), "ainsi
    // que des organisations sociales : le Mouvement des Femmes (MF)".
    private static string ItemWithoutArticle(string part) =>
        Lists.ProseNames.WithoutElidedArticle(Lists.ProseNames.WithoutArticle(AfterIntroducingColon(part)));

    // "…, ainsi que des organisations sociales : le Mouvement des Femmes (MF), …": words in lower case and a colon inside a
    // list introduce the names after them, which go on the list; the words are the sentence's.
    private static string AfterIntroducingColon(string part)
    {
        var colon = part.IndexOf(':');
        if (colon <= 0 || colon + 1 == part.Length || !char.IsLower(part[0])) return part;
        for (var i = 0; i < colon; i++)
        {
            if (char.IsUpper(part[i]) || char.IsDigit(part[i])) return part;
        }
        return part.Substring(colon + 1).Trim();
    }

    // "[…]", "(...)", "…": brackets and dots alone, the mark of words an excerpt or a teaser left out.
    private static bool IsElision(string part)
    {
        foreach (var c in part)
        {
            if (c is not ('[' or ']' or '(' or ')' or '.' or '…' or ' ')) return false;
        }
        return true;
    }

    private const int ShortestLowerCaseRunOfASentence = 4;

    // The last item of a list in a sentence without the sentence's words after the name ("… Communist Party of Spain
    // jointly", Turkish "… İlerici Partisi tarafından"): words in lower case that name no organisation or country.
    private static string WithoutClosingWords(string item)
    {
        // A quotation that the sentence goes on after ("Partizan “Faşizme Karşı …” şiarlı bir deklarasyonla …") is the
        // sentence's, not the name's.
        item = Lists.ProseNames.BeforeQuotedSlogan(item);
        if (UpToOrganisationWords(item) is { } uncased) return uncased;
        if (Lists.ProseNames.Leading(Lists.ProseNames.WithoutArticle(item), out var whole) is not { } name || whole) return item;
        var at = item.LastIndexOf(name, StringComparison.Ordinal);
        if (at < 0) return item;
        var rest = item.Substring(at + name.Length).Trim();
        if (rest.Length == 0 || !char.IsLower(rest[0])) return item;
        // "… the German Communist Party (DKP) met on 5 March in Brussels and": an acronym's parenthesis closes the name,
        // and the sentence's words after it are the sentence's.
        if (name.EndsWith(")", StringComparison.Ordinal) && Tokens.OpeningOfFinalGroup(name) is > 0 and var open
            && Acronyms.IsShortName(name.Substring(open + 1, name.Length - open - 2))) return item.Substring(0, at + name.Length).TrimEnd();
        var lowerRun = 0;
        var wordStart = 0;
        foreach (var word in rest.Split(' '))
        {
            var wordAt = wordStart;
            wordStart += word.Length + 1;
            if (word.Length == 0) continue;
            if (char.IsLower(word[0]))
            {
                // ("Abdul Ali, executive president of the Socialist Party": an office leads to the name after it; "Partito
                // progressista del popolo lavoratore di Cipro": a name's link carries the name on in lower case.)
                var folded = Text.NameFolding.Fold(word.TrimEndChars(",;"));
                if (Lexicons.Lexicons.IsOffice(folded) || Lexicons.Lexicons.IsNameLink(folded)) return item;
                lowerRun++;
                continue;
            }
            // "… Brazilian Communist Party made speeches at the meeting with the GS of CPV": a run of four words or more in
            // lower case before the next capital is the sentence's, whatever it names after.
            if (lowerRun < ShortestLowerCaseRunOfASentence) return item;
            rest = rest.Substring(0, wordAt).TrimEnd();
            break;
        }
        var restWords = Lexicons.Lexicons.Words(rest);
        // ("Coordination des comités de santé", "Parti des travailleurs": a name goes on in lower case after its link; the
        // sentence goes on with a verb.)
        return Lexicons.Lexicons.HasOrganisationWord(restWords) || Countries.CountryLookup.Default.FindFirst(rest) is not null
            || (restWords.Count > 1 && Lexicons.Lexicons.IsNameLink(restWords[0]) && !Lexicons.Lexicons.IsArticle(restWords[1]))
            ? item : item.Substring(0, at + name.Length).TrimEnd();
    }

    // "… বাংলাদেশ শ্রমিক পার্টি ঐক্যবদ্ধভাবে কাজ করার বিষয়ে একমত হয়েছি": in a script with no capitals (other than Arabic,
    // read by UncasedNames) no capital tells where the last name ends; it ends with its first run of organisation words
    // ("কমিউনিস্ট পার্টি") and the parenthesis right after it, and the words after that are the sentence's (which may
    // hold such a word again: "… একসাথে আন্দোলন চালিয়ে যাবে"). Null for an item of another script, or one that ends so.
    private static string? UpToOrganisationWords(string item)
    {
        if (Text.Scripts.Of(item) != Text.Script.Other || !Text.TextShape.IsCaselessLetter(item[0])) return null;
        var end = Lists.HeadFinalNames.EndOfFirstOrganisationWords(item, int.MaxValue);
        return end > 0 && end < item.TrimEnd().Length ? item.Substring(0, end) : null;
    }

    // The comma pieces of a part of a semicolon list when each names an organisation (not "Name, Country"), else null:
    // commas inside parentheses part no pieces, and a country after a comma stays with the name before it ("BP (NK-T)
    // Bolşevik Parti (…) , KSRD Koordinazionnyj Sowjet (…), Ukraine": two entries).
    private static string[]? CommaItems(string part)
    {
        if (part.IndexOf(',') < 0) return null;
        var pieces = new List<string>();
        foreach (var piece in CommaPieces(part))
        {
            if (piece.Length == 0) return null;
            if (pieces.Count > 0 && IsCountryWithShortName(piece)) pieces[pieces.Count - 1] += ", " + piece;
            // ("… (PCTE), Spagna e Partito Comunista Portoghese, Portogallo": a piece that opens with a country's name
            // carries on the entry before it.)
            else if (pieces.Count > 0 && Countries.CountryLookup.Default.Exact(SignatoryLineParser.FirstWord(piece)) is not null) return null;
            else pieces.Add(piece);
        }
        if (pieces.Count < 2) return null;
        foreach (var piece in pieces)
        {
            if (!Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(piece))) return null;
        }
        return pieces.ToArray();
    }

    // A country's name, perhaps with a short name in parentheses after it ("Turkey (EMEP)").
    private static bool IsCountryWithShortName(string text)
    {
        if (text.EndsWith(")", StringComparison.Ordinal) && text.IndexOf('(') is > 0 and var open) text = text.Substring(0, open).TrimEnd();
        return Countries.CountryLookup.Default.Exact(text) is not null;
    }

    // "… Zanu-PF (Zimbabwe) e Frelimo (Moçambique)", "… Rede (Wesley Diógenes) e Solidariedade (Paulinho da Força)": a
    // parenthesis closing what stands on each side of the conjunction, a country's name or a person's in both, makes two
    // names of the list's shape, whatever their words.
    private static bool BothCloseAlike(string part, int and) =>
        ClosingCountryOrPerson(part.Substring(0, and)) is { } before && ClosingCountryOrPerson(part.Substring(and)) == before;

    // Whether a text closes on a parenthesis that holds a country's name (true) or a person's (false); null otherwise.
    private static bool? ClosingCountryOrPerson(string text)
    {
        text = text.TrimEndChars(" .");
        if (SignatoryLineParser.EndsWithCountryInParentheses(text)) return true;
        return ClosingParenthesis(text) is var (_, inside) && IsPersonsName(inside.Split(' ')) ? false : null;
    }

    // Whether the words after a list's last conjunction name an organisation: an organisation word or an acronym.
    private static bool NamesAnOrganisationAfter(string rest) =>
        Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(rest)) || HoldsShortName(rest, "(),.");

    // Whether a sentence names an organisation of its own: a short name, or a capitalised organisation's word that is no
    // plural noun of organisations ("The Communist Party of Britain … salute …", not "Fünf kommunistische Parteien …").
    private static bool NamesAnOrganisation(string sentence)
    {
        if (HoldsShortName(sentence, "(),.;:\"'«»“”")) return true;
        foreach (var token in Tokens.Split(sentence))
        {
            var word = token.TrimChars("(),.;:\"'«»“”");
            if (word.Length == 0) continue;
            var folded = Text.NameFolding.Fold(word);
            if (char.IsUpper(word[0]) && Lexicons.Lexicons.IsOrganisationWord(folded) && !Lexicons.Lexicons.IsListNoun(folded)) return true;
        }
        return false;
    }

    // Whether a token of the text, the given marks trimmed off, is a short name.
    private static bool HoldsShortName(string text, string marks)
    {
        foreach (var token in Tokens.Split(text))
        {
            if (Acronyms.IsShortName(token.TrimChars(marks))) return true;
        }
        return false;
    }

    // The first name and the rest of an item inside a list where a conjunction joins two names, each a name by its shape
    // with an organisation word or an acronym, the second perhaps after a few words in lower case ("and by representatives
    // of CP of Canada"); null where no conjunction does. A single word before it is a name's adjective ("Communist and
    // Workers' Party"), and a word after it that names nothing closes the name ("… of Bohemia and Moravia").
    private static (string First, string Others)? NamesJoinedInside(string part)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(part);
        for (var w = 1; w + 1 < words.Count; w++)
        {
            if (!Lexicons.Lexicons.IsConjunction(words[w]) || char.IsUpper(part[spans[w].Start]) || InsideCountryName(part, spans[w].Start)) continue;
            var first = part.Substring(0, spans[w].Start).Trim();
            var next = w + 1;
            while (next < words.Count && next - w <= CarryOnWords && !char.IsUpper(part[spans[next].Start])) next++;
            if (next >= words.Count || next - w > CarryOnWords) continue;
            var rest = part.Substring(spans[next].Start).Trim();
            if (IsNameOfItsOwn(first) && IsNameOfItsOwn(FirstNameOf(rest))) return (first, rest);
        }
        return null;
    }

    // "MLPD und REBELL aus Deutschland": a country of origin after the second of two names joined by a conjunction is the
    // first's too, when the first names no country of its own.
    private static string WithSharedOrigin(string first, string others) =>
        SignatoryLineParser.TrailingOrigin(others) is { } origin && SignatoryLineParser.TrailingOrigin(first) is null
        && Countries.CountryLookup.Default.FindFirst(first) is null ? first + origin : first;

    // (One parenthesis only; no second name after a conjunction and its article, "A y el Partido B (PB)"; and a short
    // name that does not spell the words after the conjunction alone: "Kommunistische Partei und Sozialistische Jugend
    // (SJ)" are two names.)
    // Whether the list's last conjunction, at `and`, parts two names: what follows it names an organisation (an organisation
    // word, an acronym); both close alike (a country's or a person's parenthesis each); or a name its short name in
    // parentheses closes stands before it, whole, and what follows is shaped as a name ("… Türkiye İşçi Partisi (TİP) ve
    // Halkevleri"; not "… (PCM) y numerosos simpatizantes").
    private static bool PartsTwoNames(string part, int and) =>
        NamesAnOrganisationAfter(part.Substring(and)) || BothCloseAlike(part, and)
        || (ClosedByShortName(part.Substring(0, and).TrimEnd()) && NameShapedAfterConjunction(part.Substring(and)));

    // What follows a conjunction, the conjunction left out, is shaped as a name ("ve Halkevleri", "e Cambiare Rotta").
    private static bool NameShapedAfterConjunction(string fromConjunction)
    {
        var trimmed = fromConjunction.Trim();
        var space = trimmed.IndexOf(' ');
        return space > 0 && Lists.EntryEvidence.IsNameShaped(trimmed.Substring(space + 1).TrimEndChars(".,;"));
    }

    private static bool ClosedByShortName(string part)
    {
        if (!part.EndsWith(")", StringComparison.Ordinal) || part.IndexOf('(') is not (> 0 and var open) || part.IndexOf('(', open + 1) >= 0) return false;
        var shortName = part.Substring(open + 1, part.Length - open - 2).Trim();
        if (!Signatories.Acronyms.IsShortName(shortName)) return false;
        if (SecondNameAfterConjunction(part) >= 0) return false;
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(part);
        for (var w = words.Count - 1; w >= 1; w--)
        {
            if (spans[w].Start < open && Lexicons.Lexicons.IsConjunction(words[w]) && !char.IsUpper(part[spans[w].Start]))
            {
                return !Lists.ProseNames.Abbreviates(shortName, part.Substring(spans[w].End, open - spans[w].End).Trim());
            }
        }
        return true;
    }

    // Whether a country's name holds the conjunction at this place ("Saveza komunista Bosne i Hercegovine", "Trinidad and
    // Tobago").
    private static bool InsideCountryName(string text, int at)
    {
        for (var from = 0; from < text.Length && Countries.CountryLookup.Default.FindFirst(text.Substring(from)) is { } country; )
        {
            var start = from + country.Start;
            if (start <= at && at < start + country.Length) return true;
            if (start > at) return false;
            from = start + Math.Max(country.Length, 1);
        }
        return false;
    }

    // Words in lower case that carry a list on after its conjunction ("and by representatives of").
    private const int CarryOnWords = 4;

    // The text up to its next conjunction in lower case: the first of the names it may join.
    private static string FirstNameOf(string text)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        for (var w = 1; w < words.Count; w++)
        {
            if (Lexicons.Lexicons.IsConjunction(words[w]) && !char.IsUpper(text[spans[w].Start])) return text.Substring(0, spans[w].Start).Trim();
        }
        return text;
    }

    private static bool IsNameOfItsOwn(string text)
    {
        var tokens = Tokens.Split(text);
        if (tokens.Count == 1) return Acronyms.IsShortName(tokens[0].TrimChars("()."));
        return tokens.Count > 1 && Lists.ProseNames.IsWholeName(text) && NamesAnOrganisationAfter(text);
    }

    // "members of the Working Group CP of Brazil": a list's first item may open with the body its organisations belong to,
    // after a word for their people, which names none of them.
    private static string WithoutBodyOfMembers(string item)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(item);
        var at = 0;
        if (words.Count > 2 && Lexicons.Lexicons.IsDelegateWord(words[0]) && Lexicons.Lexicons.IsNameLink(words[1])) at = 2;
        if (at < words.Count && Lexicons.Lexicons.IsArticle(words[at])) at++;
        if (at >= words.Count) return item;
        var body = Lexicons.Lexicons.WorkingGroupAt(words, at);
        if (body == 0 || at + body >= words.Count) return item;
        var rest = item.Substring(spans[at + body].Start);
        return char.IsUpper(rest[0]) && NamesAnOrganisationAfter(rest) ? rest : item;
    }

    // Where a conjunction, an article and a capitalised organisation word stand inside an item ("… y la Unión …"), else -1.
    private static int SecondNameAfterConjunction(string part)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(part);
        for (var w = 1; w + 2 < words.Count; w++)
        {
            if (!Lexicons.Lexicons.IsConjunction(words[w]) || char.IsUpper(part[spans[w].Start]) || !Lexicons.Lexicons.IsArticle(words[w + 1])) continue;
            if (char.IsUpper(part[spans[w + 2].Start]) && Lexicons.Lexicons.IsOrganisationWord(words[w + 2])) return spans[w].Start;
        }
        return -1;
    }

    // Where the last item of a prose list is joined by a conjunction of some lexicon ("… B and C", "… B og C").
    private static int LastConjunction(string part)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(part);
        // (Where a second name opens after an earlier conjunction, looked for once, when a conjunction asks.)
        int? secondName = null;
        for (var w = words.Count - 2; w >= 1; w--)
        {
            if (!Lexicons.Lexicons.IsConjunction(words[w]) || char.IsUpper(part[spans[w].Start])) continue;
            // "Kommunistiskt Parti i Danmark": a word that joins names in one language ("i", Polish "and") and a name to
            // its country in another, before a country alone, is the name's.
            if (Lexicons.Lexicons.IsNameLink(words[w])
                && Countries.CountryLookup.Default.Exact(part.Substring(spans[w + 1].Start).Trim()) is not null) continue;
            // "СК Босне и Херцеговине": the conjunction inside a country's name of two words ("Bosnia and Herzegovina").
            if (Countries.CountryLookup.Default.Exact(part.Substring(spans[w - 1].Start, spans[w + 1].End - spans[w - 1].Start)) is not null) continue;
            if (ShortNameAcrossConjunction(part, words, spans, w)) continue;
            // "… Vive e o Movimento de Ação e Integração Solidária": where an earlier conjunction opens a second name with an
            // article and an organisation's word, and this one is followed by no article, the earlier parts the names and
            // this one joins a name's words ("Campaign for Homes and the Right to Housing and …" is no such name).
            if (!Lexicons.Lexicons.IsArticle(words[w + 1]) && (secondName ??= SecondNameAfterConjunction(part)) is >= 0 and var second && second < spans[w].Start) continue;
            return spans[w].Start - 1;
        }
        return -1;
    }

    // "… y la Unión de Trabajo y Tierra-Libre (UTT-L)": the short name in parentheses after the words that follow the
    // conjunction abbreviates the words on both sides of it, from the conjunction before (or the part's start), and not
    // those after it alone: the conjunction is inside the name.
    private static bool ShortNameAcrossConjunction(string part, IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, int conjunction)
    {
        if (ParenthesisAfter(part, spans[conjunction].End) is not var (open, shortName)
            || part.IndexOf(',', spans[conjunction].End, open - spans[conjunction].End) >= 0 || !Signatories.Acronyms.IsShortName(shortName)) return false;
        var start = 0;
        for (var w = conjunction - 1; w >= 0; w--)
        {
            if (Lexicons.Lexicons.IsConjunction(words[w]) && !char.IsUpper(part[spans[w].Start]))
            {
                start = spans[w].End;
                break;
            }
        }
        return Lists.ProseNames.AbbreviatesAcrossConjunction(shortName, part.Substring(start, spans[conjunction].Start - start),
            part.Substring(spans[conjunction].End, open - spans[conjunction].End));
    }

    internal const char ArabicComma = '\u060C';
    internal const char IdeographicComma = '、';
    internal const char FullWidthComma = '，';
    internal const char IdeographicFullStop = '。';

    private const char Danda = '।';

    private static readonly char[] ItemOpeners = { '—', '–', '■', '•', '▪', '·', ' ' };

    // Where a conjunction of one sign stands between two names written in Chinese or Japanese signs, each closed by its
    // organisation word ("智利共产党和希腊共产党"); 0 for none.
    private static int ConjunctionBetweenSigns(string part)
    {
        for (var i = 1; i + 1 < part.Length; i++)
        {
            if (!Text.Scripts.IsEastAsianSign(part[i]) || !Lexicons.Lexicons.IsConjunction(part[i].ToString())) continue;
            if (Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(part.Substring(0, i)))
                && Lexicons.Lexicons.IsOrganisationWord(Text.NameFolding.Fold(part.Substring(i + 1)))) return i;
        }
        return 0;
    }

    // Where the one word of a part that is "و" (and) written onto a noun a party's name opens with ("وحزب", "والحركة")
    // stands, after the first word; else 0. (Several such words chain names with no commas, read by UncasedNames.)
    private static int AndWrittenOnto(string part)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(part);
        var at = 0;
        for (var w = 1; w < words.Count; w++)
        {
            if (!Lists.UncasedNames.IsHeadAfterConjunction(words[w])) continue;
            if (at > 0) return 0;
            at = spans[w].Start;
        }
        return at;
    }

    // A country before a colon or a spaced dash, then two organisations or more between commas (Arabic commas too), each
    // a short name or a name ("Türkiye: TKP, EMEP, ESP", "العراق: الحزب الشيوعي العراقي، الحزب الشيوعي الكردستاني"): the
    // country as written and the organisations; null for any other line.
    private static (string Country, List<string> Organisations)? OrganisationsOfCountry(string item)
    {
        var separator = item.IndexOf(':');
        var length = 1;
        if (separator <= 0)
        {
            foreach (var dash in SpacedDashSeparators)
            {
                separator = item.IndexOf(dash, StringComparison.Ordinal);
                length = dash.Length;
                if (separator > 0) break;
            }
        }
        if (separator <= 0) return null;
        var country = item.Substring(0, separator).Trim();
        var rest = item.Substring(separator + length).Trim();
        if ((rest.IndexOf(',') < 0 && rest.IndexOf(ArabicComma) < 0) || Countries.CountryLookup.Default.Exact(country) is null) return null;
        var organisations = new List<string>(SplitInlineItems(rest));
        if (organisations.Count < 2) return null;
        foreach (var organisation in organisations)
        {
            if (!Signatories.Acronyms.IsShortNameWithQualifiers(Signatories.Tokens.Split(organisation)) && !NamesOrganisation(organisation)) return null;
        }
        return (country, organisations);
    }

    private static readonly string[] SpacedDashSeparators = { " – ", " - ", " — " };

    // "حزب العمال (تونس) وحزب التحالف الشعبي الاشتراكي (مصر)، وحركة نستطيع (موريتانيا) وحزب …": Arabic names each closed by
    // a parenthesis (a country, a short name) and joined by the "and" written onto the next one's noun: where two such
    // joins or more stand in the items, each parts two items as a comma does.
    private static string WithAndOntoAfterParenthesesAsCommas(string items)
    {
        if (items.IndexOf(')') < 0) return items;
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(items);
        List<int>? joins = null;
        for (var w = 1; w < words.Count; w++)
        {
            if (!Lists.UncasedNames.IsHeadAfterConjunction(words[w])) continue;
            var before = spans[w].Start - 1;
            while (before >= 0 && char.IsWhiteSpace(items[before])) before--;
            if (before >= 0 && items[before] == ')') (joins ??= new List<int>()).Add(spans[w].Start);
        }
        if (joins is not { Count: >= 2 }) return items;
        var written = new System.Text.StringBuilder(items.Length + joins.Count);
        var from = 0;
        foreach (var at in joins)
        {
            written.Append(items, from, at - from).Append(", ");
            from = at + 1;
        }
        return written.Append(items, from, items.Length - from).ToString();
    }

    /// <summary>A list copied from a print layout breaks most entries over two lines ("Kommunistische Partei" / "der Türkei
    /// / Marxistisch – Leninistisch", "Revolutionär" / "Kommunistische Partei USA"): when at least three pairs of lines,
    /// and most of the list, read as one entry's two halves, each pair is one entry. A half is a single word that is no
    /// acronym or country, or a name with an organisation word and no country before a line with no organisation word of
    /// its own that opens with no short name.</summary>
    private static List<(int Index, string Text, string Raw, int? Number, bool Late)> JoinBrokenEntries(List<(int Index, string Text, string Raw, int? Number, bool Late)> entries)
    {
        var pairs = new List<int>();
        for (var i = 0; i + 1 < entries.Count; i++)
        {
            var (first, second) = (entries[i], entries[i + 1]);
            if (second.Index != first.Index + 1 || first.Number is not null || second.Number is not null || first.Late != second.Late
                || first.Raw.IndexOf('\t') >= 0 || second.Raw.IndexOf('\t') >= 0) continue;
            if (!IsFirstHalf(first.Text, second.Text)) continue;
            pairs.Add(i);
            i++;
        }
        if (pairs.Count < LeastBrokenEntries || pairs.Count * 2 * 10 < entries.Count * MostlyBroken) return entries;
        var joined = new List<(int Index, string Text, string Raw, int? Number, bool Late)>(entries.Count - pairs.Count);
        var next = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (next < pairs.Count && pairs[next] == i)
            {
                var (first, second) = (entries[i], entries[i + 1]);
                joined.Add((first.Index, first.Text + " " + second.Text, first.Raw.TrimEnd() + " " + second.Raw.TrimStart(), null, first.Late));
                i++;
                next++;
                continue;
            }
            joined.Add(entries[i]);
        }
        return joined;
    }

    // The lines of the entries that the joined list no longer opens an entry on: each the second half of the entry above.
    private void MarkSecondHalves(List<(int Index, string Text, string Raw, int? Number, bool Late)> entries, List<(int Index, string Text, string Raw, int? Number, bool Late)> joined)
    {
        var opening = new HashSet<int>();
        foreach (var entry in joined) opening.Add(entry.Index);
        foreach (var entry in entries)
        {
            if (!opening.Contains(entry.Index) && _roles[entry.Index] == LineRole.Signatory) _roles[entry.Index] = LineRole.SignatoryContinued;
        }
    }

    private static bool IsFirstHalf(string text, string next)
    {
        var countries = Countries.CountryLookup.Default;
        if (text.IndexOf(' ') < 0)
        {
            return TextShape.HasLetter(text) && !Acronyms.IsAcronymLike(text) && countries.Exact(text) is null && char.IsUpper(text[0]);
        }
        // "Arbetarklassen har inget intresse av krig." above "Sveriges kommunistiska parti (SKP)": a sentence closes where
        // its full stop does, and the line below opens something else.
        if (ClosesSentenceAfterWord(text)) return false;
        var words = Lexicons.Lexicons.Words(text);
        if (!Lexicons.Lexicons.HasOrganisationWord(words) || countries.FindFirst(text) is not null) return false;
        var nextTokens = Tokens.Split(next);
        if (nextTokens.Count == 0 || SignatoryLineParser.OpensWithShortName(next) || Acronyms.IsShortNameWithQualifiers(nextTokens)) return false;
        // The second half names no organisation of its own, or carries the first on: in lower case ("der Türkei / …"),
        // after a dash ("- Kolumbien (…) …"), or with the country ("Indien (Marxistisch – Leninistisch) …").
        return !Lexicons.Lexicons.HasOrganisationWord(Lexicons.Lexicons.Words(next)) || char.IsLower(next[0]) || Tokens.IsDash(nextTokens[0])
            || countries.Exact(nextTokens[0].TrimEndChars(",")) is not null;
    }

    // A line that closes with a sentence's mark after a word of lower-case letters (not an abbreviation's full stop:
    // "Dr.", "K.P.").
    private static bool ClosesSentenceAfterWord(string text)
    {
        var end = text.Length - 1;
        if (end < 4 || text[end] is not ('.' or '!' or '?')) return false;
        var letters = 0;
        for (var i = end - 1; i >= 0 && char.IsLetter(text[i]); i--)
        {
            if (!char.IsLower(text[i])) return false;
            letters++;
        }
        return letters >= 3;
    }

    // At least three entries broken in two, and the pairs' lines eight in ten of the list's.
    private const int LeastBrokenEntries = 3;
    private const int MostlyBroken = 8;

    private const int LeastCountryColumnEntries = 3;

    // How many entries open with a country's name (SignatoryLineParser.OpensWithCountryName); asked only of a list that
    // gives the country first in one entry at least.
    private static int CountryNamesOpen(List<(int Index, string Text, string Raw, int? Number, bool Late)> entries)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            if (SignatoryLineParser.OpensWithCountryName(entry.Text)) count++;
        }
        return count;
    }

    private List<Signatory> BuildSignatories(List<(int Index, string Text, string Raw, int? Number, bool Late)> entries, bool inline = false)
    {
        if (!inline)
        {
            var whole = JoinBrokenEntries(entries);
            // (The second half of a broken entry gives no signatory of its own: the line above gives the entry's.)
            if (whole.Count < entries.Count) MarkSecondHalves(entries, whole);
            entries = whole;
        }
        int shortFirst = 0, countryFirst = 0, countryInParentheses = 0;
        // Lines that hold several entries between commas or dashes: their entries are read as a sentence's items.
        var sharedLines = new HashSet<int>();
        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i].Index == entries[i - 1].Index) sharedLines.Add(entries[i].Index);
        }
        foreach (var entry in entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (SignatoryLineParser.OpensWithShortName(entry.Text)) shortFirst++;
            else if (!inline && SignatoryLineParser.LeadingCountryColumn(entry.Text) > 0) countryFirst++;
            if (SignatoryLineParser.EndsWithCountryInParentheses(entry.Text.TrimEnd())) countryInParentheses++;
        }
        // One "Communist Party (Italia)" is a name that says its country; several such entries are a list's way of
        // writing the country.
        var countriesInParentheses = countryInParentheses >= LeastCountryColumnEntries;
        entries = WithPartiesOfPersons(entries);
        // A country opening one entry may be the name's own word ("Palestine Liberation Organization"); opening most of
        // a list's entries, it is a column.
        var shape = shortFirst * 2 > entries.Count ? ListShape.ShortNameFirst
            : countryFirst >= LeastCountryColumnEntries && countryFirst * 2 > entries.Count ? ListShape.CountryFirst
            // "Δανία Αντιιμπεριαλιστική Δράση // Γαλλία Ένωση Κομμουνιστών // … // Βραζιλία Κομμουνιστικό Κόμμα Βραζιλίας":
            // entries that nearly all open with a country's name (no adjective: "Jordanian Communist Party") before a
            // capitalised name give it first, where one of them at least names it again or gives an acronym after it.
            // (Turkish names open with their country: "Almanya Komünist Partisi", "Hollanda Yeni Komünist Partisi".)
            : countryFirst > 0 && CountryNamesOpen(entries) * 4 >= entries.Count * 3 && entries.Count >= LeastCountryColumnEntries ? ListShape.CountryFirst
            : ListShape.NameFirst;
        var signatories = new List<Signatory>(entries.Count);
        var position = 0;
        foreach (var entry in entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var inSentence = inline || _roles[entry.Index] == LineRole.SignatoryHeading || sharedLines.Contains(entry.Index);
            var parts = SignatoryLineParser.Parse(entry.Text, entry.Raw, shape, inSentence, inSentence || countriesInParentheses);
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

    // "de partijvoorzitters Hans Spekman (PvdA), Jan Marijnissen (SP) en Heleen Weening (GL)": where most entries are a
    // person and an organisation in parentheses that is not the person's initials, or an organisation and the person who
    // leads it after a leader's link ("… Party led by Upendra Yadav"), the list names its parties by the people who speak
    // for them, and each such entry is its party ("EFF Liberia", "Socialist Movement of Ghana").
    private static List<(int Index, string Text, string Raw, int? Number, bool Late)> WithPartiesOfPersons(
        List<(int Index, string Text, string Raw, int? Number, bool Late)> entries)
    {
        var parties = new string?[entries.Count];
        int found = 0, countryCodes = 0;
        bool[]? ledAfterComma = null;
        // ("… (APR) de Dr Amadou Ba, … (PS) d’Ousmane Tanor Dieng": a person with a personal title after a short name and a
        // one-word link says the list names its organisations' leaders so; see ProseNames.ReplaceLedPieces.)
        var oneWordLinks = entries.Exists(entry => SignatoryLineParser.ClosesWithTitledLeaderAfterShortName(entry.Text));
        for (var i = 0; i < entries.Count; i++)
        {
            // (The whole entry the person and the parenthesis, as OrganisationOfPerson reads a person closing a longer item:
            // "Los partidos de la Unidad Popular (PUP)" is no person's; not an office after a person: "Hans Müller (MEP)".)
            if (ClosingParenthesis(entries[i].Text) is var (person, _) && IsPersonsName(person.Split(' '))
                && OrganisationOfPerson(entries[i].Text) is { } inside && NamesOrganisation(inside)
                && !Lexicons.Lexicons.IsOffice(Text.NameFolding.Fold(inside)))
            {
                parties[i] = inside;
                found++;
                if (inside.Length == 2 && Country.TryFromCode(inside) is not null) countryCodes++;
            }
            // "Janata Samajbadi Party led by Upendra Yadav": the organisation, then the person who leads it after a leader's
            // link of two words; "Communist Party of Austria, led by comrade Franz Muhri, chairman of the party": the same
            // after a comma, the person's office after the person.
            else if (LedParty(entries[i].Text, oneWordLinks, out var afterComma) is { } led)
            {
                // ("Rifondazione Comunista di Reggio Emilia", "… di Ascoli Piceno": the same name again is one party's
                // sections by their places, no leaders.)
                if (Array.IndexOf(parties, led) >= 0) return entries;
                parties[i] = led;
                found++;
                if (afterComma) (ledAfterComma ??= new bool[entries.Count])[i] = true;
            }
        }
        // (People by their countries' codes, "Hans Müller (DE), Ana Lima (PT)", name no parties; one party's short name may
        // be written as a code is: "Heleen Weening (GL)".)
        if (found < LeastPartiesOfPersons || found * 2 <= entries.Count || countryCodes * 2 >= found)
        {
            // "Communist Party of Turkey, led by comrade Ali Demir, general secretary" among entries that name no one: the
            // comma and the leader's link of two words part the party from its leader however few entries name theirs.
            if (ledAfterComma is null) return entries;
            for (var i = 0; i < entries.Count; i++)
            {
                if (!ledAfterComma[i]) parties[i] = null;
            }
        }
        var named = new List<(int Index, string Text, string Raw, int? Number, bool Late)>(entries.Count);
        for (var i = 0; i < entries.Count; i++) named.Add(parties[i] is { } party ? entries[i] with { Text = party } : entries[i]);
        return named;
    }

    private const int LeastPartiesOfPersons = 2;

    // The organisation of an entry that names its leader after a link, and whether a comma parts them.
    private static string? LedParty(string text, bool oneWordLinks, out bool afterComma)
    {
        var beforeComma = SignatoryLineParser.BeforeCommaAndLeaderLink(text);
        afterComma = beforeComma is not null;
        return beforeComma ?? SignatoryLineParser.WithoutLeaderAfterLink(text, pairsOnly: !oneWordLinks);
    }

    /// <summary>The entries without the numbers they open with, where every entry opens with a number and a space alone
    /// and the numbers count up by one (<c>1 Communist Party of Greece</c>, <c>۲ اتحاد چپ …</c>): a list's numbering
    /// with no mark after it, which a single line cannot tell from a name that opens with a number. The next number
    /// alone at the end is an entry the copy cut off.</summary>
    private static List<(int Index, string Text, string Raw, int? Number, bool Late)> WithoutBareNumbers(
        List<(int Index, string Text, string Raw, int? Number, bool Late)> entries)
    {
        if (entries.Count < 2) return entries;
        var numbered = new List<(int Index, string Text, string Raw, int? Number, bool Late)>(entries.Count);
        int? previous = null;
        foreach (var entry in entries)
        {
            if (entry.Number is not null || BareNumber(entry.Text) is not var (number, length)) return entries;
            if (previous is { } before && number != before + 1) return entries;
            previous = number;
            if (length == entry.Text.Length)
            {
                // Only the last entry may be a number alone.
                if (numbered.Count + 1 < entries.Count) return entries;
                continue;
            }
            numbered.Add((entry.Index, entry.Text.Substring(length), StripBareNumber(entry.Raw), number, entry.Late));
        }
        return numbered.Count >= 2 ? numbered : entries;
    }

    // The number (up to three digits of any script) a text opens with and the length of it and the white space after it,
    // when a letter, or nothing, follows.
    private static (int Number, int Length)? BareNumber(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsDigit(text[digits])) digits++;
        if (digits is < 1 or > 3) return null;
        var end = digits;
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        if (end < text.Length && (end == digits || !char.IsLetter(text[end]))) return null;
        return (DecimalDigits.Parse(text.Substring(0, digits)), end);
    }

    private static string StripBareNumber(string raw)
    {
        var trimmed = raw.TrimStart();
        return BareNumber(trimmed) is var (_, length) ? trimmed.Substring(length) : raw;
    }

    private static (int Number, int Length)? NumberCell(string raw)
    {
        var tab = raw.IndexOf('\t');
        if (tab <= 0) return null;
        var cell = raw.Substring(0, tab).Trim().TrimEndChars(".)");
        if (cell.Length == 0 || cell.Length > 4) return null;
        foreach (var c in cell)
        {
            if (!char.IsDigit(c)) return null;
        }
        return (DecimalDigits.Parse(cell), tab + 1);
    }
}
