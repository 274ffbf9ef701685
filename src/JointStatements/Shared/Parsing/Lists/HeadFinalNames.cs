using System;
using System.Collections.Generic;
using System.Globalization;
using JointStatements.Parsing.Signatories;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Lists;

/// <summary>Organisations named one after another in a sentence of a script with no capitals whose names end with their
/// organisation's word (Bengali, Hindi and the other Indian scripts: <c>বাম দলগুলি – ভারতের কমিউনিস্ট পার্টি (মার্কসবাদী),
/// ভারতের কমিউনিস্ট পার্টি, রেভোল্যুশনারি সোশ্যালিস্ট পার্টি এবং সারা ভারত ফরোয়ার্ড ব্লক একযোগে …</c>), where no capital
/// says where a name begins or ends. The names between two separators (a comma, or a conjunction of the lexicons
/// standing as a word) are whole when they are a name's length and close with an organisation's word or are a short
/// name spelled by its letters' names; the first name is what follows the dash or colon of a head before it, or the
/// piece itself when it is a name, and the last ends with its first run of organisation words and the parenthesis
/// after it (the words after that are the sentence's). Chinese, Japanese and Korean write a name as one run of signs
/// closing with its organisation's word and the sentence's particles onto it (<c>노동당·녹색당·정의당·진보당이</c>,
/// <c>民進党、日本共産党、自由党、社民党の野党4党は</c>): a name is then a word, the first the last word of its piece and
/// the last the shortest opening of its piece's first word that closes with an organisation's word. Arabic, whose names
/// open with their organisation's word, is read by <see cref="UncasedNames"/>.</summary>
internal static class HeadFinalNames
{
    /// <summary>Whether a sentence is one this reading is for: its first letter is of a script other than Latin, Greek,
    /// Cyrillic, Arabic and Hebrew, with no capitals, and it writes spaces between its words.</summary>
    public static bool Applies(string sentence)
    {
        foreach (var c in sentence)
        {
            if (!char.IsLetter(c)) continue;
            return TextShape.IsCaselessLetter(c) && Scripts.Of(c.ToString()) == Script.Other;
        }
        return false;
    }

    /// <summary>The longest run of names in <paramref name="sentence"/>: three or more, or two, each naming an
    /// organisation by its words or a spelled short name (two of them at least, and half the run); empty when there is
    /// none.</summary>
    public static List<string> Enumeration(string sentence)
    {
        var pieces = Pieces(sentence);
        var best = new List<string>();
        for (var start = 0; start + 1 < pieces.Count; start++)
        {
            if (FirstName(pieces[start]) is not { } first) continue;
            var run = new List<string> { first };
            for (var next = start + 1; next < pieces.Count; next++)
            {
                if (IsWholeName(pieces[next]) || IsNameAlike(pieces[next]))
                {
                    run.Add(pieces[next]);
                    continue;
                }
                if (LeadingName(pieces[next]) is { } last) run.Add(last);
                break;
            }
            if (IsList(run) && run.Count > best.Count) best = run;
        }
        return best;
    }

    // The longest name of a list (a qualifier in parentheses counts as its words).
    private const int MostWordsOfName = 7;

    private static bool IsList(List<string> run)
    {
        var named = 0;
        foreach (var name in run)
        {
            if (ClosesWithOrganisationWord(name) || IsSpelledShortName(name)) named++;
        }
        return run.Count >= 3 ? named >= 2 && named * 2 >= run.Count : run.Count == 2 && named == 2;
    }

    // A piece that is a name and nothing else: a name's length, closing with an organisation's word (a qualifier in
    // parentheses after it) or a short name spelled by its letters' names ("সিপিআই(এম)").
    private static bool IsWholeName(string piece) =>
        piece.Length > 0 && TextShape.WordCount(piece) <= (IsEastAsian(piece) ? 1 : MostWordsOfName) && TextShape.IsCaselessLetter(FirstLetter(piece))
        && (ClosesWithOrganisationWord(piece) || IsSpelledShortName(piece));

    private static bool IsEastAsian(string text) => Scripts.IsEastAsianSign(FirstLetter(text));

    // A piece of a word or two with no organisation's word and no digit ("भाकपा", "भाकपा-माले", short names of the
    // page's own making): a name between the run's names, which the run must have enough of (IsList).
    private static bool IsNameAlike(string piece)
    {
        if (piece.Length == 0 || !TextShape.IsCaselessLetter(FirstLetter(piece))) return false;
        if (IsEastAsian(piece) ? piece.IndexOf(' ') >= 0 || piece.Length > MostSignsOfNameAlike : TextShape.WordCount(piece) > MostWordsOfNameAlike) return false;
        foreach (var c in piece)
        {
            if (char.IsDigit(c) || !(char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || c is ' ' or '-' or '(' or ')')) return false;
        }
        return true;
    }

    private const int MostWordsOfNameAlike = 2;

    // "국민모임": a name in signs with no organisation's word is a few signs.
    private const int MostSignsOfNameAlike = 6;

    private static char FirstLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return c;
        }
        return ' ';
    }

    private static bool ClosesWithOrganisationWord(string name)
    {
        var words = Lexicons.Lexicons.Words(WithoutClosingParenthesis(name));
        return words.Count > 0 && Lexicons.Lexicons.IsOrganisationWord(words[words.Count - 1]);
    }

    private static bool IsSpelledShortName(string name)
    {
        var bare = WithoutClosingParenthesis(name);
        return bare.IndexOf(' ') < 0 && Acronyms.IsShortName(bare);
    }

    // "ভারতের কমিউনিস্ট পার্টি ( মার্কসবাদী – লেনিনবাদী)", "সিপিআই(এম)": the name without the qualifier closing it.
    private static string WithoutClosingParenthesis(string name)
    {
        var trimmed = name.TrimEnd();
        if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] != ')') return trimmed;
        var open = trimmed.LastIndexOf('(');
        return open > 0 ? trimmed.Substring(0, open).TrimEnd() : trimmed;
    }

    // The first name: after a head's dash or colon ("বাম দলগুলি – …", the left parties), or the piece when it is a name.
    private static string? FirstName(string piece)
    {
        // ("'정의당-녹색당-미래당 …'": a quotation mark opening the sentence's words is no sign of the name.)
        piece = piece.TrimStartChars(OpeningMarks);
        var head = Math.Max(Math.Max(piece.LastIndexOf(" – ", StringComparison.Ordinal), piece.LastIndexOf(" — ", StringComparison.Ordinal)),
            piece.LastIndexOf(": ", StringComparison.Ordinal));
        // (A dash inside a name's qualifier opens no head: "( মার্কসবাদী – লেনিনবাদী)".)
        if (head > 0 && piece.IndexOf('(') is >= 0 and var open && open < head && piece.IndexOf(')', open) is var close && (close < 0 || close > head)) head = -1;
        // ("4野党が共通政策 日本共産党": a name of signs is the piece's last word.)
        if (head <= 0 && IsEastAsian(piece) && piece.LastIndexOf(' ') is > 0 and var space) piece = piece.Substring(space + 1);
        if (head <= 0) return IsWholeName(piece) || IsNameAlike(piece) ? piece : null;
        // (The head announces names: the one right after it may be a short name of its own making,
        // "भाकपा(माले)-लिबरेशन".)
        var name = piece.Substring(head + 2).Trim();
        return IsWholeName(name) || (name.Length > 0 && name.IndexOf(' ') < 0 && TextShape.IsCaselessLetter(FirstLetter(name))) ? name : null;
    }

    private const string OpeningMarks = "'\"‘“「『《〈«";

    // The last name: the piece's words up to their first run of organisation words and the parenthesis right after it
    // ("সারা ভারত ফরোয়ার্ড ব্লক একযোগে …"); null when no organisation word stands within a name's length.
    private static string? LeadingName(string piece)
    {
        if (IsEastAsian(piece)) return LeadingSigns(piece);
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(piece);
        var last = -1;
        for (var w = 0; w < words.Count && w < MostWordsOfName; w++)
        {
            if (Lexicons.Lexicons.IsOrganisationWord(words[w])) last = w;
            else if (last >= 0) break;
        }
        // ("आरएसपी के राज्य नेतृत्व ने …": a short name spelled by its letters' names, then the sentence.)
        if (last < 0) return words.Count > 1 && IsSpelledShortName(piece.Substring(0, spans[0].End)) ? piece.Substring(0, spans[0].End) : null;
        var end = spans[last].End;
        var rest = piece.Substring(end).TrimStart();
        if (rest.StartsWith("(", StringComparison.Ordinal) && rest.IndexOf(')') is > 0 and var close) end = piece.Length - rest.Length + close + 1;
        var name = piece.Substring(0, end).Trim();
        return TextShape.IsCaselessLetter(FirstLetter(name)) ? name : null;
    }

    // The last name in signs: the shortest opening of the piece's first word that closes with an organisation's word
    // ("진보당" of "진보당이", "社民党" of "社民党の野党4党は").
    private static string? LeadingSigns(string piece)
    {
        var word = piece.IndexOf(' ') is > 0 and var space ? piece.Substring(0, space) : piece;
        for (var end = MinSignsOfName; end <= word.Length && end <= MostSignsOfName; end++)
        {
            if (Lexicons.Lexicons.IsOrganisationWord(NameFolding.Fold(word.Substring(0, end)))) return word.Substring(0, end);
        }
        return null;
    }

    // "自由党", "노동정치연대": a name in signs is two signs or more and a dozen at most.
    private const int MinSignsOfName = 2;

    private const int MostSignsOfName = 12;

    // The sentence cut at its commas outside parentheses and at the conjunctions standing as words.
    private static List<string> Pieces(string sentence)
    {
        var pieces = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var c = i < sentence.Length ? sentence[i] : ',';
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            // (The ideographic comma and the middle dot part names in Chinese, Japanese and Korean.)
            if (depth > 0 || c is not (',' or '،' or ';' or '、' or '，' or '·')) continue;
            AddAtConjunctions(sentence.Substring(from, i - from), pieces);
            from = i + 1;
        }
        return pieces;
    }

    private static void AddAtConjunctions(string part, List<string> pieces)
    {
        var from = 0;
        var start = 0;
        for (var i = 0; i <= part.Length; i++)
        {
            if (i < part.Length && part[i] != ' ') continue;
            if (i > start && Lexicons.Lexicons.IsConjunction(NameFolding.Fold(part.Substring(start, i - start))))
            {
                pieces.Add(part.Substring(from, start - from).Trim());
                from = i;
            }
            start = i + 1;
        }
        pieces.Add(part.Substring(from).Trim());
    }
}
