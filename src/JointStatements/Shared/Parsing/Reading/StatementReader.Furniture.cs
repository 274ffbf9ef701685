using System;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

// Furniture: the page's menus, share blocks, bylines, post dates and print stamps, marked before anything else is read.
internal sealed partial class StatementReader
{
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
            // A page's date stamp ("date 2021-07") is the page's, and so is the furniture after it.
            var text = WithoutDateStamp(WithoutMarker(i));
            if (string.IsNullOrWhiteSpace(text))
            {
                _roles[i] = LineRole.Boilerplate;
            }
            else if (BoilerplateRules.PrintStampDate(text) is { } stamp)
            {
                _printStamp ??= stamp;
                _roles[i] = LineRole.Boilerplate;
            }
            else if (BoilerplateRules.IsFurniture(text, previous) || (seenText < 6 && BoilerplateRules.IsLanguageTag(text))
                || (seenText < 2 && BoilerplateRules.IsIssueLine(text)) || (seenText < MostLinesAboveArchiveIssue && BoilerplateRules.IsArchiveIssueLine(text)))
            {
                _roles[i] = LineRole.Boilerplate;
            }
            previous = line.Text;
            seenText++;
        }
        // "Réttur" above "Réttur - 01.04.1968, Blaðsíða 32": the periodical's name above the archive's citation of its issue.
        for (int i = 0, seen = 0; i < _lines.Count && seen < MostLinesAboveArchiveIssue; i++)
        {
            if (_lines[i].IsBlank) continue;
            seen++;
            if (_roles[i] != LineRole.Boilerplate || !BoilerplateRules.IsArchiveIssueLine(_lines[i].Text)) continue;
            for (var j = 0; j < i; j++)
            {
                if (_roles[j] == LineRole.None && _lines[i].Text.StartsWith(_lines[j].Text, StringComparison.Ordinal)) _roles[j] = LineRole.Boilerplate;
            }
        }
        // "Neueste Beiträge" / "Yazarın Diğer Yazıları" and the titles of the posts under it, up to a blank line or a
        // line of running text: the page's.
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] != LineRole.Boilerplate || !Lexicons.Lexicons.IsPostListHeading(_lines[i].Text.Trim())) continue;
            for (var j = i + 1; j < _lines.Count && !_lines[j].IsBlank && _roles[j] is LineRole.None or LineRole.Boilerplate && IsPostTitle(_lines[j].Text); j++)
            {
                _roles[j] = LineRole.Boilerplate;
            }
        }
        // "From La Forge" / "Organ of the Communist Party of the Workers of France": the periodical a page was copied
        // from, its name above its tagline at the top of the page.
        for (int i = 0, above = 0; i < _lines.Count && above <= MostLinesAbovePeriodicalTagline; i++)
        {
            if (_lines[i].IsBlank) continue;
            above++;
            if (_roles[i] is not (LineRole.None or LineRole.Boilerplate) || !Lexicons.Lexicons.IsPeriodicalTagline(_lines[i].Text)) continue;
            for (var j = 0; j <= i; j++)
            {
                if (_roles[j] == LineRole.None) _roles[j] = LineRole.Boilerplate;
            }
            // "No. 46" below it: the periodical's issue.
            for (int j = i + 1, seen = 0; j < _lines.Count && seen < MostLinesBelowPeriodicalTagline; j++)
            {
                if (_lines[j].IsBlank) continue;
                seen++;
                if (_roles[j] == LineRole.None && (BoilerplateRules.IsIssueLine(_lines[j].Text) || BoilerplateRules.IsIssueNumberAlone(_lines[j].Text)))
                {
                    _roles[j] = LineRole.Boilerplate;
                }
            }
            break;
        }
        MarkBulletedMenus();
        MarkMenuColumn();
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

    // A site's menu copied as bullets, one item a line and sub-menus indented ("• Home", "• Party", "  • Programme",
    // "• Contact"): a run of short bulleted lines, two or more of them and at least a fifth of them the page's furniture,
    // is the menu, every item of it; a list of organisations names no "Home" or "Contact".
    private void MarkBulletedMenus()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (!IsMenuItemShaped(i)) continue;
            var end = i;
            var furniture = 0;
            while (end < _lines.Count && IsMenuItemShaped(end))
            {
                if (_roles[end] == LineRole.Boilerplate) furniture++;
                end++;
            }
            if (furniture >= 2 && furniture * MenuShareOfFurniture >= end - i)
            {
                for (var j = i; j < end; j++) _roles[j] = LineRole.Boilerplate;
            }
            i = end - 1;
        }
    }

    // "Резонанс" / "Лучшее" / "Обсуждаемое" / "+2" above the headline: a site's menu copied one item a line with no
    // bullets, a run of three one-word lines or more that opens the page (the marks and counts of a vote's buttons among
    // them, and no blank line between): the page's. Words in capitals alone ("KKE", "TKP") may be short names, no menu.
    private void MarkMenuColumn()
    {
        int start = -1, end = -1, words = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].IsBlank)
            {
                if (start >= 0) break;
                continue;
            }
            if (_roles[i] is not (LineRole.None or LineRole.Boilerplate)) break;
            var text = _lines[i].Text.Trim();
            // (A document's word alone, "Communiqué", opens a header of one word a line, no menu.)
            // (Nor does a country's name, "Venezuela", nor a salutation, "Comrades,".)
            var isWord = text.Length <= MostLettersOfMenuWord && text.IndexOf(' ') < 0 && Text.TextShape.HasLetter(text) && !Text.TextShape.IsInCapitals(text)
                && !KindRules.IsKindWord(NameFolding.Fold(text.TrimEndChars(".:"))) && char.IsLetterOrDigit(text[text.Length - 1])
                && Countries.CountryLookup.Default.Exact(text) is null;
            // (A mark is a vote's button or count, a few signs: a date in digits is no mark.)
            if (!isWord && (Text.TextShape.HasLetter(text) || text.Length > MostSignsOfMenuMark)) break;
            if (start < 0) start = i;
            end = i;
            if (isWord) words++;
        }
        if (words < LeastMenuColumnWords || !HeadlineBelow(end)) return;
        for (var j = start; j <= end; j++) _roles[j] = LineRole.Boilerplate;
    }

    private const int LeastMenuColumnWords = 3;

    // Whether the first line with text below a line is shaped as a headline: short, closing no sentence with a full stop
    // ("Solidarity" / "Peace" / "Bread" above the text's first paragraph are its slogans, and the first one its title).
    private bool HeadlineBelow(int index)
    {
        for (var i = index + 1; i < _lines.Count; i++)
        {
            if (_lines[i].IsBlank) continue;
            var text = _lines[i].Text.Trim();
            return text.Length <= MostHeadlineLength && !text.EndsWith(".", StringComparison.Ordinal);
        }
        return false;
    }

    private const int MostHeadlineLength = 160;

    private const int MostSignsOfMenuMark = 4;

    // (A line of a script written without spaces is one "word" however long: a menu's item is short.)
    private const int MostLettersOfMenuWord = 24;

    private bool IsMenuItemShaped(int index) =>
        !_lines[index].IsBlank && _markers[index].Length > 0 && _markers[index].Number is null
        && Text.TextShape.WordCount(WithoutMarker(index)) <= MostWordsOfMenuItem;

    private const int MostWordsOfMenuItem = 8;

    // One item in this many, at least, is the page's furniture in a menu.
    private const int MenuShareOfFurniture = 5;

    // A post's title in a list of posts: a short line that closes no sentence with a full stop.
    private static bool IsPostTitle(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && trimmed.Length <= MostPostTitleLength && !trimmed.EndsWith(".", System.StringComparison.Ordinal);
    }

    private const int MostPostTitleLength = 120;

    // The lines with text above an archive's citation of the issue: the periodical's name, the issue's date.
    private const int MostLinesAboveArchiveIssue = 3;

    // The lines with text a periodical's tagline may have above it: its name, a line of the page's.
    private const int MostLinesAbovePeriodicalTagline = 2;

    // The lines with text below a periodical's tagline where its issue's number may stand.
    private const int MostLinesBelowPeriodicalTagline = 2;
}
