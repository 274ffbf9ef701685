using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace JointStatements.Parsing.Text;

/// <summary>
/// The comparison form of a name, so that the spellings of one name compare equal ordinally. In order:
/// <list type="number">
/// <item>letters lose their diacritics: canonical decomposition (NFD) with the combining marks dropped
/// (<c>Côte</c> → <c>cote</c>, Greek <c>ϊ</c> → <c>ι</c>), from a table built in here rather than
/// <see cref="string.Normalize(NormalizationForm)"/>, which does nothing under invariant globalization and so would
/// fold differently at compile time and at run time; combining marks already separate in the text are dropped too;</item>
/// <item>Arabic letters in a presentation form of the Forms-B block (a letter's shape for its place in a word, the
/// ligature <c>ﻷ</c>) are the letters they stand for (their compatibility decomposition without marks), and the alef
/// maqsura <c>ى</c> is the yeh <c>ي</c> that Egyptian pages write with it at a word's end;</item>
/// <item>letters with no decomposition are spelled in plain Latin: <c>ß</c> → <c>ss</c>, <c>æ</c> → <c>ae</c>,
/// <c>œ</c> → <c>oe</c>, <c>þ</c> → <c>th</c>, <c>ø</c> → <c>o</c>, <c>ł</c> → <c>l</c>, <c>đ</c>/<c>ð</c> → <c>d</c>,
/// dotless <c>ı</c> → <c>i</c>;</item>
/// <item>look-alike letters: in a word with at least as many Latin letters as Greek and Cyrillic ones, Greek and
/// Cyrillic look-alikes become Latin (<c>ι ο α</c> → <c>i o a</c>, Cyrillic <c>а е о р с х і</c> → <c>a e o p c x i</c>,
/// so <c>Haϊtien</c> → <c>haitien</c>); in a word that is mostly Cyrillic, or whose only letters of one script alone
/// are Cyrillic (<c>KП</c> with a Latin K), Latin look-alikes become Cyrillic;
/// a word in one script only is left alone;</item>
/// <item>letters are lower-cased (invariant) and Greek final <c>ς</c> becomes <c>σ</c>;</item>
/// <item>apostrophe-like characters (<c>’ ‘ ʼ ʻ ` ´ ′</c>) become <c>'</c>; <c>&amp;</c> becomes <c> and </c>;
/// full stops and middle dots are dropped (<c>U.S.A.</c> → <c>usa</c>), and so are format characters (soft hyphens,
/// zero-width characters); every other punctuation mark or symbol, every dash and <c>/</c> among them, becomes a space
/// (<c>Kurdistan-Iraq</c> → <c>kurdistan iraq</c>);</item>
/// <item>runs of white space, non-breaking spaces included, become one space, and the ends are trimmed.</item>
/// </list>
/// Digits and the letters of other scripts are kept. No culture is involved: the result is the same everywhere.
/// </summary>
internal static class NameFolding
{
    /// <summary>The comparison form of <paramref name="text"/>.</summary>
    public static string Fold(string text) => Fold(text, null, null);

    /// <summary>The comparison form of <paramref name="text"/>, with where each of its characters came from:
    /// folded character <c>i</c> stands for <c>text[starts[i]..ends[i]]</c> (the end exclusive; a dropped accent
    /// belongs to the letter before it).</summary>
    public static string Fold(string text, out int[] starts, out int[] ends)
    {
        var from = new List<int>(text?.Length ?? 0);
        var to = new List<int>(text?.Length ?? 0);
        var folded = Fold(text!, from, to);
        starts = from.ToArray();
        ends = to.ToArray();
        return folded;
    }

    /// <summary>The comparison form of <paramref name="text"/>, with where each of its characters came from added to
    /// <paramref name="starts"/> and <paramref name="ends"/> (as <see cref="Fold(string, out int[], out int[])"/> gives them).</summary>
    internal static string FoldKeepingPositions(string text, List<int> starts, List<int> ends) => Fold(text, starts, ends);

    private static string Fold(string text, List<int>? starts, List<int>? ends)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (IsAscii(text)) return FoldAscii(text, starts, ends);
        if (IsLatinAndPunctuation(text)) return FoldLatin(text, starts, ends);
        return FoldByGeneralPasses(text, starts, ends);
    }

    /// <summary>The comparison form by the general passes below, whatever the text: what the one-pass folds of ASCII and
    /// Latin text must equal (their tests compare them).</summary>
    internal static string FoldByGeneralPasses(string text, out int[] starts, out int[] ends)
    {
        var from = new List<int>(text.Length);
        var to = new List<int>(text.Length);
        var folded = FoldByGeneralPasses(text, from, to);
        starts = from.ToArray();
        ends = to.ToArray();
        return folded;
    }

    private static string FoldByGeneralPasses(string text, List<int>? starts, List<int>? ends)
    {

        // Pass 1: decompose, drop marks, classify; positions are kept only when asked for. (Every line in another script
        // is folded here, most of them more than once: the builders and the lists of places are the thread's, emptied, as
        // the one-pass folds' builder is, and only a text longer than most lines gets its own.)
        var kept = text.Length <= LongestKeptText;
        var buffer = kept ? (t_passBuffer ??= new StringBuilder(LongestKeptText + 8)).Clear() : new StringBuilder(text.Length + 8);
        var from = starts is null ? null : kept ? Emptied(ref t_passStarts) : new List<int>(text.Length + 8);
        var to = starts is null ? null : kept ? Emptied(ref t_passEnds) : new List<int>(text.Length + 8);

        void Add(char c, int start, int end)
        {
            buffer.Append(c);
            from?.Add(start);
            to?.Add(end);
        }

        void AddText(string s, int start, int end)
        {
            foreach (var c in s) Add(c, start, end);
        }

        // A dropped accent still belongs to its letter: the letter's span grows over it.
        void Absorb(int end)
        {
            if (to is not null && buffer.Length > 0 && buffer[buffer.Length - 1] != ' ' && to[to.Count - 1] < end)
                to[to.Count - 1] = end;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Outside the BMP: kept as is when a letter, digit or spacing mark, else a separator.
                switch (CharUnicodeInfo.GetUnicodeCategory(text, i))
                {
                    case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                        Absorb(i + 2);
                        break;
                    case UnicodeCategory.Format:
                        break;
                    case var category when IsWordCategory(category):
                        Add(c, i, i + 2);
                        Add(text[i + 1], i, i + 2);
                        break;
                    default:
                        Add(' ', i, i + 2);
                        break;
                }
                i++;
                continue;
            }

            if (c < Bases.Length && Bases[c] != '\0') c = Bases[c];
            if (IsApostrophe(c))
            {
                Add('\'', i, i + 1);
                continue;
            }
            switch (c)
            {
                case '&':
                    AddText(" and ", i, i + 1);
                    continue;
                case '.' or '\u00B7':
                    continue;
            }
            var kind = CharUnicodeInfo.GetUnicodeCategory(c);
            switch (kind)
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                    Absorb(i + 1);
                    break;
                case UnicodeCategory.Format:
                    break;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                    if (SpelledOut(c) is { } spelled) AddText(spelled, i, i + 1);
                    else if (PresentationForm(c) is { } letters) AddText(letters, i, i + 1);
                    else Add(PlainLetter(c), i, i + 1);
                    break;
                case var category when IsWordCategory(category):
                    Add(c, i, i + 1);
                    break;
                default:
                    Add(' ', i, i + 1);
                    break;
            }
        }

        // Pass 2: look-alike letters, word by word, then lower case.
        var w = 0;
        while (w < buffer.Length)
        {
            if (!char.IsLetter(buffer[w]))
            {
                w++;
                continue;
            }
            var end = w;
            int latin = 0, greek = 0, cyrillic = 0, ownLatin = 0, ownCyrillic = 0;
            while (end < buffer.Length && char.IsLetter(buffer[end]))
            {
                var c = buffer[end];
                if (IsLatin(c))
                {
                    latin++;
                    if (CyrillicLookAlike(c) == '\0') ownLatin++;
                }
                else if (IsGreek(c)) greek++;
                else if (IsCyrillic(c))
                {
                    cyrillic++;
                    if (LatinLookAlike(c) == '\0') ownCyrillic++;
                }
                end++;
            }
            // "KП" (a Latin K, a Cyrillic П): only the Cyrillic letters are the script's own, so the Latin ones are slips.
            if (latin > 0 && greek == 0 && ownCyrillic > 0 && ownLatin == 0)
            {
                for (var k = w; k < end; k++)
                    if (CyrillicLookAlike(buffer[k]) is var l && l != '\0') buffer[k] = l;
            }
            else if (latin > 0 && latin >= greek + cyrillic && greek + cyrillic > 0)
            {
                for (var k = w; k < end; k++)
                    if (LatinLookAlike(buffer[k]) is var l && l != '\0') buffer[k] = l;
            }
            else if (latin > 0 && cyrillic > latin + greek)
            {
                for (var k = w; k < end; k++)
                    if (CyrillicLookAlike(buffer[k]) is var l && l != '\0') buffer[k] = l;
            }
            w = end;
        }
        for (var k = 0; k < buffer.Length; k++)
        {
            var lower = InvariantCase.Lower(buffer[k]);
            buffer[k] = lower == 'ς' ? 'σ' : lower;
        }

        // Pass 3: one space between words, none at the ends.
        var result = kept ? (t_passResult ??= new StringBuilder(LongestKeptText + 8)).Clear() : new StringBuilder(buffer.Length);
        var pendingSpace = false;
        var spaceAt = 0;
        for (var k = 0; k < buffer.Length; k++)
        {
            var c = buffer[k];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                if (!pendingSpace) spaceAt = k;
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                result.Append(' ');
                starts?.Add(from![spaceAt]);
                ends?.Add(to![spaceAt]);
                pendingSpace = false;
            }
            result.Append(c);
            starts?.Add(from![k]);
            ends?.Add(to![k]);
        }
        return result.ToString();
    }

    [ThreadStatic]
    private static StringBuilder? t_passBuffer;
    [ThreadStatic]
    private static StringBuilder? t_passResult;
    [ThreadStatic]
    private static List<int>? t_passStarts;
    [ThreadStatic]
    private static List<int>? t_passEnds;

    private const int LongestKeptText = 4096;

    private static List<int> Emptied(ref List<int>? list)
    {
        list ??= new List<int>(LongestKeptText + 8);
        list.Clear();
        return list;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80) return false;
        }
        return true;
    }

    // Speed only, the same result as the passes below for text of ASCII alone, in one pass: no ASCII character decomposes,
    // is a mark or a format character, or is a look-alike of another script's letter, so each is lower-cased (a letter),
    // kept (a digit), made an apostrophe (' and `), " and " (&) or nothing (a full stop), or else a space; then one space
    // between words and none at the ends, each space standing where the first of its run stood.
    private static string FoldAscii(string text, List<int>? starts, List<int>? ends)
    {
        var result = new OnePass(text.Length, starts, ends);
        for (var i = 0; i < text.Length; i++) AddAscii(ref result, text[i], i);
        return result.ToString();
    }

    // The fold of one ASCII character, text[i].
    private static void AddAscii(ref OnePass result, char c, int i)
    {
        if (c is >= 'A' and <= 'Z') result.Add((char)(c + ('a' - 'A')), i, i + 1);
        else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) result.Add(c, i, i + 1);
        else if (c is '\'' or '`') result.Add('\'', i, i + 1);
        else if (c == '&') foreach (var a in " and ") result.Add(a, i, i + 1);
        else if (c != '.') result.Add(' ', i, i + 1);
    }

    // Text whose every character is below the combining marks (ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing
    // modifiers) or general punctuation (quotes, dashes, spaces, format characters): no character of it is a mark, and
    // no word of it has a Greek or Cyrillic letter, so the look-alike pass changes nothing.
    private static bool IsLatinAndPunctuation(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && (c < '\u2000' || c > '\u206F')) return false;
        }
        return true;
    }

    // Speed only, the same result as the general passes for such text (IsLatinAndPunctuation), in one pass: each
    // character decomposed to its base letter, then made an apostrophe, " and ", nothing, a plain letter, kept or a space
    // as in pass 1, a letter lower-cased as in pass 2 (nothing else in such text has a case), and spaced as in pass 3.
    private static string FoldLatin(string text, List<int>? starts, List<int>? ends)
    {
        var result = new OnePass(text.Length, starts, ends);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Speed only, same result: an ASCII character (most of such text) folds as FoldAscii folds it, without the
            // table of bases and the Unicode category.
            if (c < 0x80)
            {
                AddAscii(ref result, c, i);
                continue;
            }
            if (c < Bases.Length && Bases[c] != '\0') c = Bases[c];
            if (IsApostrophe(c))
            {
                result.Add('\'', i, i + 1);
                continue;
            }
            if (c == '&')
            {
                foreach (var a in " and ") result.Add(a, i, i + 1);
                continue;
            }
            if (c is '.' or '\u00B7') continue;
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Format:
                    break;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                    if (SpelledOut(c) is { } spelled) foreach (var letter in spelled) result.Add(InvariantCase.Lower(letter), i, i + 1);
                    else result.Add(InvariantCase.Lower(PlainLetter(c)), i, i + 1);
                    break;
                case var category when IsWordCategory(category):
                    result.Add(c, i, i + 1);
                    break;
                default:
                    result.Add(' ', i, i + 1);
                    break;
            }
        }
        return result.ToString();
    }

    // A fold written in one pass: one space between words, none at the ends, each space standing where the first of its
    // run stood (pass 3 of the general passes), with each character's place in the text when asked for.
    private struct OnePass
    {
        private readonly StringBuilder _result;
        private readonly List<int>? _starts;
        private readonly List<int>? _ends;
        private bool _pendingSpace;
        private int _spaceStart;
        private int _spaceEnd;

        public OnePass(int capacity, List<int>? starts, List<int>? ends)
        {
            // Every line is folded, most of them more than once: the builder is the thread's, emptied (a fold does not
            // fold again before it is done), and only a text longer than most lines gets one of its own.
            _result = capacity > LongestKeptBuilder ? new StringBuilder(capacity) : (t_builder ??= new StringBuilder(LongestKeptBuilder)).Clear();
            _starts = starts;
            _ends = ends;
            _pendingSpace = false;
            _spaceStart = _spaceEnd = 0;
        }

        public void Add(char c, int start, int end)
        {
            if (c == ' ')
            {
                if (!_pendingSpace) (_spaceStart, _spaceEnd) = (start, end);
                _pendingSpace = _result.Length > 0;
                return;
            }
            if (_pendingSpace)
            {
                _result.Append(' ');
                _starts?.Add(_spaceStart);
                _ends?.Add(_spaceEnd);
                _pendingSpace = false;
            }
            _result.Append(c);
            _starts?.Add(start);
            _ends?.Add(end);
        }

        public override string ToString() => _result.ToString();

        [ThreadStatic]
        private static StringBuilder? t_builder;

        private const int LongestKeptBuilder = 4096;
    }

    private static bool IsWordCategory(UnicodeCategory category) => category
        is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static bool IsApostrophe(char c) => c
        is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '\u2032' or '\uFF07';

    private static bool IsLatin(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7')
        || (c >= '\u1E00' && c <= '\u1EFF');

    private static bool IsGreek(char c) => (c >= '\u0370' && c <= '\u03FF') || (c >= '\u1F00' && c <= '\u1FFF');

    private static bool IsCyrillic(char c) => c >= '\u0400' && c <= '\u052F';

    // Ligatures and letters that have no canonical decomposition but are plain Latin letters to a reader.
    private static string? SpelledOut(char c) => c switch
    {
        'ß' => "ss",
        'ẞ' => "SS",
        'Æ' => "AE",
        'æ' => "ae",
        'Œ' => "OE",
        'œ' => "oe",
        'Þ' => "TH",
        'þ' => "th",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        _ => null,
    };

    // An Arabic letter in a presentation form (a shape of the letter for its place in a word, or a ligature: "ﻷ" for
    // "لأ"), as the letters it stands for, without their marks and with their plain letters (as Bases gives them); null
    // for any other character.
    private static string? PresentationForm(char c)
    {
        if (c is < '\uFE70' or > '\uFEFC') return null;
        var at = (c - '\uFE70') * 2;
        var first = PresentationFormsB[at];
        // (A mark's isolated form is dropped as the mark is.)
        if (first == '\0') return "";
        var second = PresentationFormsB[at + 1];
        return second == '\0' ? BaseOf(first).ToString() : new string(new[] { BaseOf(first), BaseOf(second) });
    }

    // A letter's base letter where it has a canonical decomposition (Bases), else the letter.
    private static char BaseOf(char c) => c < Bases.Length && Bases[c] != '\0' ? Bases[c] : c;

    // Arabic Presentation Forms-B (U+FE70 to U+FEFC), two characters each: the compatibility decomposition (Unicode
    // NFKD) without its combining marks, '\0' where none is left (generated by tools/unicode/presentation_forms.py).
    private const string PresentationFormsB =
        ""
        + "\0\0\u0640\0\0\0\uFE73\0\0\0\0\0\0\0\u0640\0"
        + "\0\0\u0640\0\0\0\u0640\0\0\0\u0640\0\0\0\u0640\0"
        + "\u0621\0\u0627\0\u0627\0\u0627\0\u0627\0\u0648\0\u0648\0\u0627\0"
        + "\u0627\0\u064A\0\u064A\0\u064A\0\u064A\0\u0627\0\u0627\0\u0628\0"
        + "\u0628\0\u0628\0\u0628\0\u0629\0\u0629\0\u062A\0\u062A\0\u062A\0"
        + "\u062A\0\u062B\0\u062B\0\u062B\0\u062B\0\u062C\0\u062C\0\u062C\0"
        + "\u062C\0\u062D\0\u062D\0\u062D\0\u062D\0\u062E\0\u062E\0\u062E\0"
        + "\u062E\0\u062F\0\u062F\0\u0630\0\u0630\0\u0631\0\u0631\0\u0632\0"
        + "\u0632\0\u0633\0\u0633\0\u0633\0\u0633\0\u0634\0\u0634\0\u0634\0"
        + "\u0634\0\u0635\0\u0635\0\u0635\0\u0635\0\u0636\0\u0636\0\u0636\0"
        + "\u0636\0\u0637\0\u0637\0\u0637\0\u0637\0\u0638\0\u0638\0\u0638\0"
        + "\u0638\0\u0639\0\u0639\0\u0639\0\u0639\0\u063A\0\u063A\0\u063A\0"
        + "\u063A\0\u0641\0\u0641\0\u0641\0\u0641\0\u0642\0\u0642\0\u0642\0"
        + "\u0642\0\u0643\0\u0643\0\u0643\0\u0643\0\u0644\0\u0644\0\u0644\0"
        + "\u0644\0\u0645\0\u0645\0\u0645\0\u0645\0\u0646\0\u0646\0\u0646\0"
        + "\u0646\0\u0647\0\u0647\0\u0647\0\u0647\0\u0648\0\u0648\0\u0649\0"
        + "\u0649\0\u064A\0\u064A\0\u064A\0\u064A\0\u0644\u0627\u0644\u0627\u0644\u0627"
        + "\u0644\u0627\u0644\u0627\u0644\u0627\u0644\u0627\u0644\u0627";

    private static char PlainLetter(char c) => c switch
    {
        'Ø' => 'O',
        'ø' => 'o',
        'Ł' => 'L',
        'ł' => 'l',
        'Đ' or 'Ð' => 'D',
        'đ' or 'ð' => 'd',
        'ı' => 'i',
        'Ħ' => 'H',
        'ħ' => 'h',
        'Ŧ' => 'T',
        'ŧ' => 't',
        'Ŀ' => 'L',
        'ŀ' => 'l',
        'ſ' => 's',
        _ => c,
    };

    // Greek and Cyrillic letters that look like a Latin one; '\0' for none.
    private static char LatinLookAlike(char c) => c switch
    {
        // Greek
        'Α' => 'A', 'Β' => 'B', 'Ε' => 'E', 'Ζ' => 'Z', 'Η' => 'H', 'Ι' => 'I', 'Κ' => 'K', 'Μ' => 'M',
        'Ν' => 'N', 'Ο' => 'O', 'Ρ' => 'P', 'Τ' => 'T', 'Υ' => 'Y', 'Χ' => 'X',
        'α' => 'a', 'ι' => 'i', 'κ' => 'k', 'ν' => 'v', 'ο' => 'o', 'ρ' => 'p', 'τ' => 't', 'υ' => 'u', 'χ' => 'x',
        // Cyrillic
        'А' => 'A', 'В' => 'B', 'Е' => 'E', 'К' => 'K', 'М' => 'M', 'Н' => 'H', 'О' => 'O', 'Р' => 'P',
        'С' => 'C', 'Т' => 'T', 'Х' => 'X', 'Ѕ' => 'S', 'І' => 'I', 'Ј' => 'J',
        'а' => 'a', 'е' => 'e', 'о' => 'o', 'р' => 'p', 'с' => 'c', 'х' => 'x', 'у' => 'y', 'і' => 'i',
        'ј' => 'j', 'ѕ' => 's', 'ԁ' => 'd', 'һ' => 'h', 'ӏ' => 'l',
        _ => '\0',
    };

    // Latin letters that look like a Cyrillic one, for a Latin slip inside a Cyrillic word; '\0' for none.
    private static char CyrillicLookAlike(char c) => c switch
    {
        'A' => 'А', 'B' => 'В', 'E' => 'Е', 'K' => 'К', 'M' => 'М', 'H' => 'Н', 'O' => 'О', 'P' => 'Р',
        'C' => 'С', 'T' => 'Т', 'X' => 'Х', 'I' => 'І',
        'a' => 'а', 'e' => 'е', 'o' => 'о', 'p' => 'р', 'c' => 'с', 'x' => 'х', 'y' => 'у', 'i' => 'і',
        _ => '\0',
    };

    // The base letter of each letter with a canonical decomposition into a letter and combining marks
    // (Unicode 14 NFD, generated): pairs of (precomposed, base), indexed by the precomposed letter.
    private static readonly char[] Bases = BuildBases();

    private static char[] BuildBases()
    {
        var bases = new char[0x2200];
        for (var i = 0; i + 1 < DecompositionPairs.Length; i += 2) bases[DecompositionPairs[i]] = DecompositionPairs[i + 1];
        // Not a decomposition: the alef maqsura is the yeh that Egyptian pages write without its dots at a word's end
        // ("الشيوعى اللبنانى" for "الشيوعي اللبناني"); its presentation forms come here through BaseOf too.
        bases['\u0649'] = '\u064A';
        return bases;
    }

    private const string DecompositionPairs =
        // Latin-1 Supplement, Latin Extended-A and -B, IPA
        "ÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOÙUÚUÛUÜUÝYàaáaâaãaäaåa"
        + "çcèeéeêeëeìiíiîiïiñnòoóoôoõoöoùuúuûuüuýyÿyĀAāaĂAăaĄAąaĆCćcĈCĉcĊC"
        + "ċcČCčcĎDďdĒEēeĔEĕeĖEėeĘEęeĚEěeĜGĝgĞGğgĠGġgĢGģgĤHĥhĨIĩiĪIīiĬIĭiĮI"
        + "įiİIĴJĵjĶKķkĹLĺlĻLļlĽLľlŃNńnŅNņnŇNňnŌOōoŎOŏoŐOőoŔRŕrŖRŗrŘRřrŚSśs"
        + "ŜSŝsŞSşsŠSšsŢTţtŤTťtŨUũuŪUūuŬUŭuŮUůuŰUűuŲUųuŴWŵwŶYŷyŸYŹZźzŻZżzŽZ"
        + "žzƠOơoƯUưuǍAǎaǏIǐiǑOǒoǓUǔuǕUǖuǗUǘuǙUǚuǛUǜuǞAǟaǠAǡaǢÆǣæǦGǧgǨKǩkǪO"
        + "ǫoǬOǭoǮƷǯʒǰjǴGǵgǸNǹnǺAǻaǼÆǽæǾØǿøȀAȁaȂAȃaȄEȅeȆEȇeȈIȉiȊIȋiȌOȍoȎOȏo"
        + "ȐRȑrȒRȓrȔUȕuȖUȗuȘSșsȚTțtȞHȟhȦAȧaȨEȩeȪOȫoȬOȭoȮOȯoȰOȱoȲYȳy"
        // Greek and Coptic
        + "ʹʹΆΑΈΕΉΗΊΙΌΟΎΥΏΩΐιΪΙΫΥάαέεήηίιΰυϊιϋυόούυώωϓϒϔϒ"
        // Cyrillic
        + "ЀЕЁЕЃГЇІЌКЍИЎУЙИйиѐеёеѓгїіќкѝиўуѶѴѷѵӁЖӂжӐАӑаӒАӓаӖЕӗеӚӘӛәӜЖӝжӞЗӟз"
        + "ӢИӣиӤИӥиӦОӧоӪӨӫөӬЭӭэӮУӯуӰУӱуӲУӳуӴЧӵчӸЫӹы"
        // Arabic, Devanagari, Bengali, Gurmukhi, Oriya, Tibetan, Myanmar, Balinese (escaped: marks would render on the quotes)
        + "\u0622\u0627\u0623\u0627\u0624\u0648\u0625\u0627\u0626\u064A\u06C0\u06D5\u06C2\u06C1\u06D3\u06D2"
        + "\u0929\u0928\u0931\u0930\u0934\u0933\u0958\u0915\u0959\u0916\u095A\u0917\u095B\u091C\u095C\u0921"
        + "\u095D\u0922\u095E\u092B\u095F\u092F\u09DC\u09A1\u09DD\u09A2\u09DF\u09AF\u0A33\u0A32\u0A36\u0A38"
        + "\u0A59\u0A16\u0A5A\u0A17\u0A5B\u0A1C\u0A5E\u0A2B\u0B5C\u0B21\u0B5D\u0B22\u0B94\u0B92\u0F43\u0F42"
        + "\u0F4D\u0F4C\u0F52\u0F51\u0F57\u0F56\u0F5C\u0F5B\u0F69\u0F40\u1026\u1025\u1B06\u1B05\u1B08\u1B07"
        + "\u1B0A\u1B09\u1B0C\u1B0B\u1B0E\u1B0D\u1B12\u1B11"
        // Latin Extended Additional
        + "ḀAḁaḂBḃbḄBḅbḆBḇbḈCḉcḊDḋdḌDḍdḎDḏdḐDḑdḒDḓdḔEḕeḖEḗeḘEḙeḚEḛeḜEḝeḞFḟf"
        + "ḠGḡgḢHḣhḤHḥhḦHḧhḨHḩhḪHḫhḬIḭiḮIḯiḰKḱkḲKḳkḴKḵkḶLḷlḸLḹlḺLḻlḼLḽlḾMḿm"
        + "ṀMṁmṂMṃmṄNṅnṆNṇnṈNṉnṊNṋnṌOṍoṎOṏoṐOṑoṒOṓoṔPṕpṖPṗpṘRṙrṚRṛrṜRṝrṞRṟr"
        + "ṠSṡsṢSṣsṤSṥsṦSṧsṨSṩsṪTṫtṬTṭtṮTṯtṰTṱtṲUṳuṴUṵuṶUṷuṸUṹuṺUṻuṼVṽvṾVṿv"
        + "ẀWẁwẂWẃwẄWẅwẆWẇwẈWẉwẊXẋxẌXẍxẎYẏyẐZẑzẒZẓzẔZẕzẖhẗtẘwẙyẛſẠAạaẢAảaẤA"
        + "ấaẦAầaẨAẩaẪAẫaẬAậaẮAắaẰAằaẲAẳaẴAẵaẶAặaẸEẹeẺEẻeẼEẽeẾEếeỀEềeỂEểeỄE"
        + "ễeỆEệeỈIỉiỊIịiỌOọoỎOỏoỐOốoỒOồoỔOổoỖOỗoỘOộoỚOớoỜOờoỞOởoỠOỡoỢOợoỤU"
        + "ụuỦUủuỨUứuỪUừuỬUửuỮUữuỰUựuỲYỳyỴYỵyỶYỷyỸYỹy"
        // Greek Extended
        + "ἀαἁαἂαἃαἄαἅαἆαἇαἈΑἉΑἊΑἋΑἌΑἍΑἎΑἏΑἐεἑεἒεἓεἔεἕεἘΕἙΕἚΕἛΕἜΕἝΕἠηἡηἢηἣη"
        + "ἤηἥηἦηἧηἨΗἩΗἪΗἫΗἬΗἭΗἮΗἯΗἰιἱιἲιἳιἴιἵιἶιἷιἸΙἹΙἺΙἻΙἼΙἽΙἾΙἿΙὀοὁοὂοὃο"
        + "ὄοὅοὈΟὉΟὊΟὋΟὌΟὍΟὐυὑυὒυὓυὔυὕυὖυὗυὙΥὛΥὝΥὟΥὠωὡωὢωὣωὤωὥωὦωὧωὨΩὩΩὪΩὫΩ"
        + "ὬΩὭΩὮΩὯΩὰαάαὲεέεὴηήηὶιίιὸοόοὺυύυὼωώωᾀαᾁαᾂαᾃαᾄαᾅαᾆαᾇαᾈΑᾉΑᾊΑᾋΑᾌΑᾍΑ"
        + "ᾎΑᾏΑᾐηᾑηᾒηᾓηᾔηᾕηᾖηᾗηᾘΗᾙΗᾚΗᾛΗᾜΗᾝΗᾞΗᾟΗᾠωᾡωᾢωᾣωᾤωᾥωᾦωᾧωᾨΩᾩΩᾪΩᾫΩᾬΩᾭΩ"
        + "ᾮΩᾯΩᾰαᾱαᾲαᾳαᾴαᾶαᾷαᾸΑᾹΑᾺΑΆΑᾼΑιιῂηῃηῄηῆηῇηῈΕΈΕῊΗΉΗῌΗῐιῑιῒιΐιῖιῗιῘΙ"
        + "ῙΙῚΙΊΙῠυῡυῢυΰυῤρῥρῦυῧυῨΥῩΥῪΥΎΥῬΡῲωῳωῴωῶωῷωῸΟΌΟῺΩΏΩῼΩ"
        // Letterlike symbols (Ohm, Kelvin, Angstrom)
        + "\u2126\u03A9\u212A\u004B\u212B\u0041";
}
