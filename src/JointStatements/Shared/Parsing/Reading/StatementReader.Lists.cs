using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Signatories;

namespace JointStatements.Parsing;

// Where the list of organisations stands (FindList, in the order of what says most): under a heading in any language, or as the run of lines with the most evidence of being entries; lists written in sentences are in .ProseLists.cs, the parties named at the head of the page in .Opening.cs.
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
    private sealed record FoundList(ListSource Source, int? HeadingIndex, int ListStart, int BodyEnd,
        SignatoryHeading? Heading = null, SignatoryRole? Role = null, (int Index, List<string> Names)? Named = null);

    private enum ListSource
    {
        None,
        Heading,
        Run,
        Letterhead,
        Sentence,
        ClosingPair,
        NamedInOpening,
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
        if (FindHeadlessList(bodyStart, bodyEnd) is { } run)
        {
            if (letterhead is { } head) UnmarkLetterhead(head);
            var end = ReadFooter(bodyStart, run.Start);
            // "Partiti Solidnet firmatari di questa Dichiarazione Congiunta": a heading with no colon opens the run.
            if (IsRunHeading(run.Start, out var said))
            {
                _roles[run.Start] = LineRole.SignatoryHeading;
                return new FoundList(ListSource.Run, null, run.Start + 1, end, Role: said ?? HeadlessRole(bodyStart, run.Start));
            }
            return new FoundList(ListSource.Run, null, run.Start, end, Role: HeadlessRole(bodyStart, run.Start));
        }
        if (letterhead is { } parties) return new FoundList(ListSource.Letterhead, null, parties.Start, bodyEnd, Role: SignatoryRole.Signatory);
        if (FindProseList(bodyStart, bodyEnd) is { } prose) return new FoundList(ListSource.Sentence, prose.Index, prose.Index, prose.Index, prose.Heading);
        if (FindHeadlessList(bodyStart, bodyEnd, closingPair: true) is { } pair)
        {
            return new FoundList(ListSource.ClosingPair, null, pair.Start, ReadFooter(bodyStart, pair.Start), Role: SignatoryRole.Signatory);
        }
        if (FindNamesInOpening(title, titleLine, bodyStart, bodyEnd) is { } named)
        {
            return new FoundList(ListSource.NamedInOpening, null, _lines.Count, bodyEnd, Role: named.Role, Named: (named.Index, named.Names));
        }
        return new FoundList(ListSource.None, null, _lines.Count, bodyEnd);
    }

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
            if (EntryScore(i) > 0) return true;
            if (EntryEvidence.IsProse(WithoutMarker(i))) return false;
            seen++;
        }
        return seen == 0;
    }

    /// <summary>A list under no heading: the run of entry-like lines with the most evidence (<see cref="ListFinder"/>),
    /// after the header, wherever it stands in the body.</summary>
    private ListRun? FindHeadlessList(int bodyStart, int bodyEnd, bool closingPair = false) =>
        ListFinder.Best(bodyStart, bodyEnd, EntryScore,
            open: i => _roles[i] == LineRole.None,
            skippable: i => _roles[i] is LineRole.Blank or LineRole.Boilerplate,
            introducedAt: i => IntroductionBefore(i) is not null,
            closingPair);

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
            _entryScores[index] = _roles[index] is LineRole.Blank or LineRole.Boilerplate
                ? 0
                : EntryEvidence.Score(WithoutMarker(index), _lines[index].Raw, _markers[index].Length > 0);
        }
        return _entryScores[index];
    }

    private const int NotScored = -1;

    /// <summary>Whether a list's first line is the heading of the rest, written without a colon: the organisations'
    /// plural noun, no list marker, and either entries with markers after it or a word of signing, attending or
    /// subscribing and no country of its own (<c>Partiti Solidnet firmatari di questa Dichiarazione Congiunta</c>,
    /// <c>Communist and workers' parties</c> above bullets); <paramref name="said"/> is the role its words give.</summary>
    private bool IsRunHeading(int index, out SignatoryRole? said)
    {
        said = null;
        var words = Lexicons.Lexicons.Words(WithoutMarker(index));
        var noun = false;
        foreach (var word in words) noun |= Lexicons.Lexicons.IsListNoun(word);
        if (!noun || _markers[index].Length > 0) return false;
        said = Lexicons.Lexicons.RoleIn(words);
        for (var i = index + 1; i < _lines.Count; i++)
        {
            if (_roles[i] is LineRole.Blank or LineRole.Boilerplate) continue;
            // Entries with markers under a line without one; or a word of signing and no country of the line's own.
            return _markers[i].Length > 0 || (said is not null && Countries.CountryLookup.Default.FindFirst(_lines[index].Text) is null);
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

    private int[]? _entryScores;
}
