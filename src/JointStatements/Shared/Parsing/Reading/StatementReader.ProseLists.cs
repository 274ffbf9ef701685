using System;
using System.Collections.Generic;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Signatories;

namespace JointStatements.Parsing;

// Lists written in a sentence of the body: after a word of signing or attending, after a colon, between dashes or numbered and run together.
internal sealed partial class StatementReader
{
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
                // "… attended by the following: A, B" (a colon closing the sentence introduces nothing here).
                if (colon >= 0 && sentence.Substring(colon + 1).Trim().Length > 0) from = colon + 1;
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
    private static int ProseListItems(string items) => MostlyOrganisations(new List<string>(SplitInlineItems(items.TrimEnd('.', ' '))));

    // The items of a prose list up to the first that does not look like an organisation, when at least three do.
    private static List<string> OrganisationsUpToProse(string items)
    {
        var leading = new List<string>();
        foreach (var item in SplitInlineItems(items.TrimEnd('.', ' ')))
        {
            if (item.Length > 120 || !(EntryEvidence.Score(item, item, hasMarker: false) >= 2
                || Signatories.Acronyms.IsShortNameWithQualifiers(Signatories.Tokens.Split(item)))) break;
            leading.Add(item);
        }
        return leading.Count >= 3 ? leading : new List<string>();
    }

    // How many items there are when at least two and three in four of them look like organisations (an excerpt may cut
    // the last one off), else 0.
    private static int MostlyOrganisations(List<string> items)
    {
        if (items.Count < 2) return 0;
        var strong = 0;
        foreach (var item in items)
        {
            if (item.Length > 120) return 0;
            if (EntryEvidence.Score(item, item, hasMarker: false) >= 2 || Signatories.Acronyms.IsShortNameWithQualifiers(Signatories.Tokens.Split(item))) strong++;
        }
        return strong >= 2 && strong * 4 >= items.Count * 3 ? items.Count : 0;
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
                if (MostlyOrganisations(numbered.ConvertAll(entry => entry.Item)) > 0) return (i, new SignatoryHeading(before ?? SignatoryRole.Signatory, Late: false, "", items));
            }
            // Names in one paragraph between dashes or bullets ("A – B – C"), under an introduction ending in a colon or none.
            if (SeparatedItems(text) is { } separated && ProseListItems(separated) >= 3)
            {
                var role = IntroductionBefore(i) is { } intro ? Lexicons.Lexicons.RoleIn(Lexicons.Lexicons.Words(_lines[intro].Text)) : null;
                return (i, new SignatoryHeading(role ?? SignatoryRole.Signatory, Late: false, "", separated));
            }
            if (text.IndexOf(',') < 0 && text.IndexOf(';') < 0 && text.IndexOf(ArabicComma) < 0) continue;
            (string Items, SignatoryRole Role, int Count)? best = null;
            foreach (var (candidate, role) in ProseListCandidates(text))
            {
                var items = candidate;
                var count = ProseListItems(items);
                if (count == 0)
                {
                    // The sentence goes on after the last name: the names read by their shape ("… and the CP of Nepal
                    // (Mashal) held on 4th September"), or the items up to the first that names no organisation
                    // ("…: A, Партия на българските комунисти, C, проведохме среща …"), whichever holds more.
                    var names = ProseNames.Enumeration(items, acronymsAlone: true);
                    var leading = OrganisationsUpToProse(items);
                    var more = leading.Count > names.Count ? leading : names;
                    if (more.Count > 0)
                    {
                        items = string.Join("; ", more);
                        count = more.Count;
                    }
                }
                if (count > (best?.Count ?? 0)) best = (items, role, count);
            }
            if (best is { } found) return (i, new SignatoryHeading(found.Role, Late: false, "", found.Items));
        }
        return null;
    }
}
