using System.Collections.Generic;
using System.Text.RegularExpressions;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Lexicons;

/// <summary>Meetings named in the words of any lexicon, as written: an ordinal and a meeting's name
/// (<c>5ème Conférence mondiale</c>), an ordinal and a body's name (<c>11.Uluslararası Marksist-Leninist Parti ve
/// Örgütler Konferansı</c>, the body's eleventh meeting), or a meeting's name alone (<c>Weltkonferenz</c>,
/// <c>regionale møte</c>).</summary>
internal static class MeetingNames
{
    // Arabic numerals with each lexicon's ordinal endings ("5th", "5ème") or a full stop ("20."), or Roman numerals ("XIV",
    // "XIV.", "XXIXe").
    private static readonly Regex Ordinal = new(
        @"^(?:\d{1,3}(?:" + Lexicons.Pattern(l => l.OrdinalEndings) + @"|\.)?|" + Rules.MeetingRules.RomanOrdinal + @"\.?)$",
        RegexOptions.CultureInvariant);

    /// <summary>The first meeting <paramref name="text"/> names with an ordinal, else the first it names without one;
    /// with the body that holds such meetings, where only one does.</summary>
    public static (string Name, Issuer? Issuer)? FindIn(string text) => Recent.Get(text);

    // The meeting a line names is asked for by the rules of the issuer, the meeting, the place and the date: read once.
    private static readonly RecentAnswers<string, (string Name, Issuer? Issuer)?> Recent = new(Find);

    private static (string Name, Issuer? Issuer)? Find(string text)
    {
        var (words, spans) = Lexicons.WordsWithSpans(text);
        (string, Issuer?)? bare = null;
        for (var i = 0; i < words.Count; i++)
        {
            // "Working Group of the International Meeting of …": the group with the body it works for.
            if (Lexicons.WorkingGroupAt(words, i) is > 0 and var group)
            {
                var groupEnd = spans[i + group - 1].End;
                var named = false;
                for (var j = i + group; j < words.Count && j <= i + group + 3; j++)
                {
                    // Only small words between: "Grupo de Trabalho, preparatória do próximo Encontro …" names no group of it.
                    if (j > i + group && !Lexicons.IsConnector(words[j - 1])) break;
                    var bodyWords = Lexicons.IssuerNameAt(words, j)?.Words ?? Lexicons.MeetingAt(words, j)?.Words
                        ?? (j == i + group && IsIssuerAcronym(text, spans[j]) ? 1 : j > i + group ? PartiesAt(words, j) : 0);
                    if (bodyWords > 0)
                    {
                        groupEnd = spans[j + bodyWords - 1].End;
                        named = true;
                        break;
                    }
                }
                // "Grupo de Trabajo del Foro de Sao Paulo": a group linked to a body of another name works for that body.
                var worksFor = named || !OfAnotherBody(text, words, spans, i + group) ? Issuer.Imcwp : (Issuer?)null;
                return (text.Substring(spans[i].Start, groupEnd - spans[i].Start), worksFor);
            }

            var meeting = Lexicons.MeetingAt(words, i);
            var body = meeting is null ? Lexicons.IssuerNameAt(words, i) : null;
            if (meeting is null && body is null) continue;
            var length = meeting?.Words ?? body!.Value.Words;
            var issuer = meeting is { } m ? m.Issuer : body!.Value.Issuer;
            var end = spans[i + length - 1].End;
            // "4th ICOR World Conference": the ordinal may stand before the body's acronym that precedes the name.
            var last = i > 1 && IsIssuerAcronym(text, spans[i - 1]) ? i - 2 : i - 1;
            // ("21-ый Международный …": an ending a hyphen joins to the number is the ordinal's, one written word with it.)
            var first = last > 0 && spans[last].Start == spans[last - 1].End + 1 && text[spans[last - 1].End] == '-' ? last - 1 : last;
            if (last >= 0 && Ordinal.IsMatch(text.Substring(spans[first].Start, spans[last].End - spans[first].Start)))
            {
                return (text.Substring(spans[first].Start, end - spans[first].Start), issuer);
            }
            // A body's name without an ordinal is the body, not a meeting.
            if (meeting is not null) bare ??= (text.Substring(spans[i].Start, end - spans[i].Start), issuer);
        }
        return bare;
    }

    // Whether the words at `at` link a name in capitals to what stands before them ("del Foro …", "of the Forum …").
    private static bool OfAnotherBody(string text, IReadOnlyList<string> words, IReadOnlyList<(int Start, int End)> spans, int at)
    {
        if (at >= words.Count || !Lexicons.IsNameLink(words[at])) return false;
        var name = at + 1 < words.Count && Lexicons.IsArticle(words[at + 1]) ? at + 2 : at + 1;
        return name < words.Count && char.IsUpper(text[spans[name].Start]);
    }

    // "Working Group of the communist and workers parties": the parties it works for, named by their kind, in up to five
    // words of organisations and conjunctions that end in the organisations' plural noun; 0 where no such words stand.
    private static int PartiesAt(IReadOnlyList<string> words, int at)
    {
        for (var k = at; k < words.Count && k < at + MostPartiesWords; k++)
        {
            if (k > at && Lexicons.IsListNoun(words[k])) return k - at + 1;
            if (!Lexicons.IsOrganisationWord(words[k]) && !Lexicons.IsConjunction(words[k])) return 0;
        }
        return 0;
    }

    private const int MostPartiesWords = 5;

    private static string WordAt(string text, (int Start, int End) span) => text.Substring(span.Start, span.End - span.Start);

    // A body's acronym as the text writes it, in capitals (ICOR, IMCWP, CIPOML).
    private static bool IsIssuerAcronym(string text, (int Start, int End) span)
    {
        var word = WordAt(text, span);
        return TextShape.IsInCapitals(word) && IssuerNames.FromAcronym(word) is not null;
    }
}
