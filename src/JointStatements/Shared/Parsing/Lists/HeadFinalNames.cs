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
    /// Cyrillic, Arabic and Hebrew, with no capitals (the Indian scripts, Chinese, Japanese, Korean).</summary>
    public static bool Applies(string sentence) => Scripts.Of(sentence) == Script.Other && TextShape.IsCaselessLetter(FirstLetter(sentence));

    /// <summary>The longest run of names in <paramref name="sentence"/>: three or more, or two, that name organisations
    /// by their words or spelled short names (two of them at least, and half the run; no more than one of them the
    /// organisations' plural noun); empty when there is none.</summary>
    public static List<string> Enumeration(string sentence)
    {
        var pieces = Pieces(sentence);
        var best = new List<string>();
        if (pieces.Count < 2) return best;
        // Each piece is judged once, however many runs reach it (a sentence may have many pieces).
        var named = new bool[pieces.Count];
        var alike = new bool[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            named[i] = IsWholeName(pieces[i]);
            alike[i] = !named[i] && IsNameAlike(pieces[i]);
        }
        for (var start = 0; start + 1 < pieces.Count; start++)
        {
            // ("本日、日本共産党、…", "आज, …": the run opens with a name that says it names an organisation, or, in an Indian
            // script, with the sentence's first piece, a name of a word or two, when another such name follows it: "भाकपा,
            // माकपा, …".)
            if (FirstName(pieces[start], named[start] || (start == 0 && alike[0] && alike[1] && !IsEastAsian(pieces[0]))) is not { } first) continue;
            var run = new List<string> { first };
            var next = start + 1;
            for (; next < pieces.Count; next++)
            {
                if (named[next] || alike[next])
                {
                    run.Add(pieces[next]);
                    continue;
                }
                if (LeadingName(pieces[next]) is { } last) run.Add(last);
                break;
            }
            if (!IsList(run)) continue;
            if (run.Count > best.Count) best = run;
            // (A run starting inside this one ends where it does, shorter: the scan goes on after it.)
            start = next - 1;
        }
        return best;
    }

    // The longest name of a list (a qualifier in parentheses counts as its words).
    private const int MostWordsOfName = 7;

    // Two names or more that close with the organisations' plural noun are kinds of organisation, not names: "देश की
    // सभी लोकतांत्रिक पार्टियों, सामाजिक संगठनों और जनता से अपील" (an appeal to all the democratic parties, the social
    // organisations and the people).
    private static bool IsList(List<string> run)
    {
        int named = 0, kinds = 0;
        foreach (var name in run)
        {
            if (SaysOrganisation(name)) named++;
            if (ClosesWithListNoun(name)) kinds++;
        }
        if (kinds >= 2) return false;
        return run.Count >= 3 ? named >= 2 && named * 2 >= run.Count : run.Count == 2 && named == 2;
    }

    // A piece that is a name and nothing else: a name's length, closing with an organisation's word (a qualifier in
    // parentheses after it) or a short name spelled by its letters' names ("সিপিআই(এম)"); not a word of two signs
    // ("与党", "政党": the ruling party, a political party), nor signs that run on over a sentence's end.
    private static bool IsWholeName(string piece)
    {
        if (piece.Length == 0 || !TextShape.IsCaselessLetter(FirstLetter(piece))) return false;
        if (IsEastAsian(piece) ? piece.IndexOf(' ') >= 0 || piece.Length is < MinSignsOfName or > MostSignsOfName || piece.IndexOfAny(SentenceEnds) >= 0
            : TextShape.WordCount(piece) > MostWordsOfName) return false;
        return SaysOrganisation(piece);
    }

    // Whether a name closes with an organisation's word or is a spelled short name.
    private static bool SaysOrganisation(string name)
    {
        var words = Lexicons.Lexicons.Words(WithoutClosingParenthesis(name));
        return (words.Count > 0 && Lexicons.Lexicons.IsOrganisationWord(words[words.Count - 1])) || IsSpelledShortName(name);
    }

    // Whether a name closes with the organisations' plural noun (Hindi "… लोकतांत्रिक पार्टियों", democratic parties;
    // Bengali lists its singular "দল" too, which closes names).
    private static bool ClosesWithListNoun(string name)
    {
        var words = Lexicons.Lexicons.Words(WithoutClosingParenthesis(name));
        return words.Count > 0 && Lexicons.Lexicons.IsListNoun(words[words.Count - 1]);
    }

    private static readonly char[] SentenceEnds = { '。', '！', '？', '.', '!', '?' };

    private static bool IsEastAsian(string text) => Scripts.IsEastAsianSign(FirstLetter(text));

    // A piece of a word or two with no organisation's word and no digit ("भाकपा", "भाकपा-माले", short names of the
    // page's own making): a name between the run's names, which the run must have enough of (IsList).
    private static bool IsNameAlike(string piece)
    {
        if (piece.Length == 0 || !TextShape.IsCaselessLetter(FirstLetter(piece))) return false;
        if (IsEastAsian(piece) ? piece.IndexOf(' ') >= 0 || piece.Length is < MinSignsOfName or > MostSignsOfNameAlike : TextShape.WordCount(piece) > MostWordsOfNameAlike) return false;
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

    private static bool IsSpelledShortName(string name)
    {
        var bare = WithoutClosingParenthesis(name);
        return bare.IndexOf(' ') < 0 && Acronyms.IsShortName(bare);
    }

    // "ভারতের কমিউনিস্ট পার্টি ( মার্কসবাদী – লেনিনবাদী)", "সিপিআই(এম)": the name without the qualifier closing it.
    private static string WithoutClosingParenthesis(string name)
    {
        var trimmed = name.TrimEnd();
        return Tokens.OpeningOfFinalGroup(trimmed) is > 0 and var open ? trimmed.Substring(0, open).TrimEnd() : trimmed;
    }

    // The first name: after a head's dash or colon ("বাম দলগুলি – …", the left parties), or the piece when it is a name
    // that says it names an organisation (`named`: judged once by the caller).
    private static string? FirstName(string piece, bool named)
    {
        var head = Math.Max(Math.Max(piece.LastIndexOf(" – ", StringComparison.Ordinal), piece.LastIndexOf(" — ", StringComparison.Ordinal)),
            piece.LastIndexOf(": ", StringComparison.Ordinal));
        // (A dash inside a name's qualifier opens no head: "( মার্কসবাদী – লেনিনবাদী)".)
        if (head > 0 && piece.IndexOf('(') is >= 0 and var open && open < head && piece.IndexOf(')', open) is var close && (close < 0 || close > head)) head = -1;
        if (head <= 0)
        {
            if (named) return piece;
            // ("4野党が共通政策 日本共産党": a name of signs is the piece's last word.)
            if (!IsEastAsian(piece)) return TrailingName(piece);
            if (piece.LastIndexOf(' ') is not (> 0 and var space)) return null;
            var last = piece.Substring(space + 1);
            return IsWholeName(last) ? last : null;
        }
        // (The head announces names: the one right after it may be a short name of its own making,
        // "भाकपा(माले)-लिबरेशन".)
        var name = piece.Substring(head + 2).Trim();
        return IsWholeName(name) || (name.Length > 0 && name.IndexOf(' ') < 0 && TextShape.IsCaselessLetter(FirstLetter(name))) ? name : null;
    }

    // The first name at the end of a sentence's words: its closing run of organisation words and countries' names, the
    // parenthesis after them included ("… ঘোষণা দিয়েছে বাংলাদেশের কমিউনিস্ট পার্টি (সিপিবি)", … declared the Communist Party
    // of Bangladesh (CPB)); null when the piece does not close with an organisation's word or the run is one word.
    private static string? TrailingName(string piece)
    {
        var bare = WithoutClosingParenthesis(piece);
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(bare);
        if (words.Count < 2 || !Lexicons.Lexicons.IsOrganisationWord(words[words.Count - 1])) return null;
        var from = words.Count - 1;
        while (from > 0 && words.Count - from < MostWordsOfName
            && (Lexicons.Lexicons.IsOrganisationWord(words[from - 1]) || Countries.CountryLookup.Default.FindFirst(bare.Substring(spans[from - 1].Start, spans[from - 1].End - spans[from - 1].Start)) is not null)) from--;
        if (from == words.Count - 1) return null;
        var name = piece.Substring(spans[from].Start).Trim();
        return TextShape.IsCaselessLetter(FirstLetter(name)) ? name : null;
    }

    // The last name: the piece's words up to their first run of organisation words and the parenthesis right after it
    // ("সারা ভারত ফরোয়ার্ড ব্লক একযোগে …"); null when no organisation word stands within a name's length.
    private static string? LeadingName(string piece)
    {
        if (IsEastAsian(piece)) return LeadingSigns(piece);
        var end = EndOfFirstOrganisationWords(piece, MostWordsOfName);
        if (end < 0)
        {
            // ("आरएसपी के राज्य नेतृत्व ने …": a short name spelled by its letters' names, then the sentence.)
            var space = piece.IndexOf(' ');
            return space > 0 && IsSpelledShortName(piece.Substring(0, space)) ? piece.Substring(0, space) : null;
        }
        var name = piece.Substring(0, end).Trim();
        return TextShape.IsCaselessLetter(FirstLetter(name)) ? name : null;
    }

    /// <summary>Where the first run of organisation words among a text's first <paramref name="mostWords"/> words ends,
    /// with the parenthesis right after it (<c>… কমিউনিস্ট পার্টি (মার্কসবাদী)</c>, the name's qualifier); -1 when none
    /// stands there.</summary>
    internal static int EndOfFirstOrganisationWords(string text, int mostWords)
    {
        var (words, spans) = Lexicons.Lexicons.WordsWithSpans(text);
        var last = -1;
        for (var w = 0; w < words.Count && w < mostWords; w++)
        {
            if (Lexicons.Lexicons.IsOrganisationWord(words[w])) last = w;
            else if (last >= 0) break;
        }
        if (last < 0) return -1;
        var end = spans[last].End;
        var rest = text.Substring(end).TrimStart();
        return rest.StartsWith("(", StringComparison.Ordinal) && rest.IndexOf(')') is > 0 and var close ? text.Length - rest.Length + close + 1 : end;
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

    // "自由党", "노동정치연대": a name in signs is three signs or more and a dozen at most ("与党", "여당": the ruling
    // party, two signs, names none).
    private const int MinSignsOfName = 3;

    private const int MostSignsOfName = 12;

    // The sentence cut at its commas outside parentheses (the ideographic comma and the middle dot part names in
    // Chinese, Japanese and Korean) and at its conjunctions. Quotation marks and brackets around a piece are no signs of
    // its name ("「日本共産党」、「社民党」"); nor is the danda that ends an Indian script's sentence ("… বাম মোর্চা।").
    private static List<string> Pieces(string sentence)
    {
        var pieces = new List<string>();
        foreach (var part in Separated.OutsideParentheses(sentence, ",،;、，·"))
        {
            foreach (var piece in ProseNames.PartsAtConjunctions(part)) pieces.Add(piece.TrimChars(MarksAroundPiece).TrimEndChars("।॥").TrimEnd());
        }
        return pieces;
    }

    private const string MarksAroundPiece = "'\"‘’“”「」『』《》〈〉«» ";
}
