using System;
using System.Collections.Generic;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Lists;

/// <summary>Organisations named one after another in a sentence of a script with no capitals (Arabic: <c>عقد المكتبان
/// السياسيان للحزب الشيوعي العراقي والحزب الشيوعي الكردستاني – العراق اجتماعا</c>), where no capital letter says where a
/// name begins or ends. A name opens with an organisation's word (<c>الحزب</c>, <c>الجبهة</c>) and goes on over the words
/// that qualify it: words with the article (<c>الشيوعي العراقي</c>), a word in quotation marks, a short parenthesis, a
/// dash or a preposition before a country (<c>– العراق</c>, <c>لتحرير فلسطين</c>); any other word ends it. The next name
/// opens after a comma or with the conjunction written onto its first word (<c>والحزب</c>), which, like a preposition
/// written onto it (<c>للحزب</c>), belongs to no name.</summary>
internal static class UncasedNames
{
    /// <summary>The longest run of two names or more in <paramref name="sentence"/>, each as written without the letters
    /// written onto its first word; empty when no run holds two.</summary>
    public static List<string> Enumeration(string sentence)
    {
        var tokens = Tokenize(sentence);
        var best = new List<string>();
        var at = 0;
        while (at < tokens.Count)
        {
            if (NameAt(sentence, tokens, at, first: true) is not { } name)
            {
                at++;
                continue;
            }
            var run = new List<string> { name.Text };
            var next = name.End;
            while (next < tokens.Count && !tokens[next - 1].EndsSentence
                && NameAt(sentence, tokens, next, first: false, afterComma: tokens[next - 1].EndsItem) is { } following)
            {
                run.Add(following.Text);
                next = following.End;
            }
            if (run.Count >= 2 && run.Count > best.Count) best = run;
            at = next;
        }
        var governed = NamesOfPluralHead(sentence, tokens);
        if (governed.Count > best.Count) best = governed;
        var quoted = QuotedNames(sentence);
        if (quoted.Count > best.Count) best = quoted;
        return best.Count >= 2 ? best : NamesBetweenSeparators(tokens, sentence) ?? best;
    }

    // "حزب دمکرات کردستان ایران، حزب دمکرات کردستان، کومله انقلابی زحمتکشان کردستان ایران، کومله زحمتکشان کردستان و سازمان
    // "خبات" کردستان ایران در نشست …": Persian writes the words that qualify a name with no article, and its "and" as a
    // word of its own, so a name runs to the next comma or conjunction. The first name opens with the last organisation's
    // noun of its piece, the names between are whole pieces of a name's length, and the last ends before the sentence's
    // preposition; three names or more, half of them opening with an organisation's noun. Null when there is no such run.
    private static List<string>? NamesBetweenSeparators(List<Token> tokens, string sentence)
    {
        var names = new List<string>();
        var headed = 0;
        var start = -1;
        // (Whether a parenthesis opened by a token of its own, "( حزب …", is open: its close ends the run.)
        var inParenthesis = false;
        for (var at = 0; at <= tokens.Count; at++)
        {
            // ("این احزاب و نیروها ( حزب …، … و سازمان زحمتکشان کردستان) متشکل …": names in a parenthesis run from its opening
            // to its close; "(مبارز)", opened and closed in one token, qualifies the name it follows.)
            var closes = at < tokens.Count && inParenthesis && tokens[at].ClosesParenthesis;
            if (at < tokens.Count && tokens[at].OpensParenthesis && !tokens[at].ClosesParenthesis)
            {
                inParenthesis = true;
                if (start >= 0)
                {
                    if (EndRun() is { } run) return run;
                    start = at;
                }
            }
            if (closes) inParenthesis = false;
            var ends = at == tokens.Count || tokens[at].EndsSentence || IsStandingConjunction(tokens[at]) || closes;
            if (at < tokens.Count && !ends && !tokens[at].EndsItem)
            {
                if (start < 0) start = at;
                continue;
            }
            // (A piece's last token carries its comma; a standing conjunction is no token of a piece.)
            var end = at < tokens.Count && !IsStandingConjunction(tokens[at]) ? at + 1 : at;
            if (start < 0 && closes) start = at;
            if (start >= 0 && end > start)
            {
                var afterConjunction = (start > 0 && IsStandingConjunction(tokens[start - 1])) || closes;
                var from = names.Count == 0 ? LastHead(tokens, start, end) : start;
                var to = afterConjunction ? EndBeforePreposition(tokens, start, end) : end;
                if (from is null || to - from.Value > MostWordsOfSeparatedName || to <= from.Value)
                {
                    if (EndRun() is { } run) return run;
                }
                else
                {
                    var name = sentence.Substring(tokens[from.Value].WordStart, tokens[to - 1].End - tokens[from.Value].WordStart).TrimEndChars(",،.:;؛!?؟");
                    // (A name read inside a parenthesis ends before it closes; a qualifier's parenthesis stays: "(اکثریت)".)
                    names.Add(name.EndsWith(")", StringComparison.Ordinal) && name.IndexOf('(') < 0 ? name.TrimEndChars(")") : name);
                    if (IsHead(tokens[from.Value].Word)) headed++;
                    if (afterConjunction || to < end)
                    {
                        if (EndRun() is { } run) return run;
                    }
                }
            }
            start = -1;
            if (at < tokens.Count && tokens[at].EndsSentence)
            {
                if (EndRun() is { } run) return run;
            }
        }
        return null;

        // The run read so far when it is a list, else null, and a new run begins.
        List<string>? EndRun()
        {
            if (names.Count >= LeastSeparatedNames && headed * 2 >= names.Count) return names;
            names.Clear();
            headed = 0;
            return null;
        }
    }

    private const int LeastSeparatedNames = 3;

    private const int MostWordsOfSeparatedName = 7;

    // The conjunction written as a word of its own (Persian "و"), not onto the next word as Arabic writes it.
    private static bool IsStandingConjunction(Token token) => token.Word.Length is > 0 and <= 2 && Lexicons.Lexicons.IsConjunction(token.Word);

    // The last token from start to end that is an organisation's noun: where the piece's name opens.
    private static int? LastHead(List<Token> tokens, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (IsHead(tokens[i].Word)) return i;
        }
        return null;
    }

    // Where the last name of a run ends: before the first preposition of a place, a date or a matter after its first word
    // ("… کردستان ایران در نشست …").
    private static int EndBeforePreposition(List<Token> tokens, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            var folded = NameFolding.Fold(tokens[i].Word);
            if (IsPreposition(tokens[i].Word) || Lexicons.Lexicons.IsDatePreposition(folded) || Lexicons.Lexicons.IsKindPreposition(folded)) return i;
        }
        return end;
    }

    // "ويضم حزب "الطليعة" وحركتي "النهج الديموقراطي" و"الوفاء للديموقراطية" اضافة الى "المؤتمر الوطني الاتحادي" …": names
    // between quotation marks, one after another, the first right after an organisation's noun, with nothing between two
    // of them but a conjunction, a joining phrase and such a noun (in the dual too: "حركتي", two movements); the longest
    // run of three or more, each name as quoted; empty when there is none. (A verb between two quotations ends a run: "…
    // اسم "تجمع اليسار" ويضم …"; newspapers, slogans and titles in quotation marks follow no organisation's noun.)
    private static List<string> QuotedNames(string sentence)
    {
        var best = new List<string>();
        if (sentence.IndexOf('"') < 0 && sentence.IndexOf('«') < 0 && sentence.IndexOf('“') < 0) return best;
        var run = new List<string>();
        var afterLast = -1;
        var at = 0;
        while (QuotationAt(sentence, at) is var (open, close))
        {
            if (run.Count > 0 && !OnlyJoinsNames(Lexicons.Lexicons.WithJoiningPhrasesAsCommas(sentence.Substring(afterLast, open - afterLast))))
            {
                if (run.Count > best.Count) best = run;
                run = new List<string>();
            }
            if (run.Count == 0 && !AfterHead(sentence, open))
            {
                afterLast = at = close + 1;
                continue;
            }
            var name = sentence.Substring(open + 1, close - open - 1).Trim();
            if (name.Length == 0 || TextShape.WordCount(name) > MostWordsOfQuotedName || Scripts.Of(name) != Script.Arabic) run = new List<string>();
            else run.Add(name);
            afterLast = close + 1;
            at = close + 1;
        }
        if (run.Count > best.Count) best = run;
        return best.Count >= 3 ? best : new List<string>();
    }

    private const int MostWordsOfQuotedName = 6;

    // The next quotation from `from` on: where its mark opens and where its closing mark stands.
    private static (int Open, int Close)? QuotationAt(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (QuotationMarks.ClosersOf(text[i]) is not { } closers) continue;
            var close = text.IndexOfAny(closers, i + 1);
            return close > i ? (i, close) : null;
        }
        return null;
    }

    // Whether the word right before a quotation is an organisation's noun (singular, dual or plural), the conjunction
    // perhaps written onto it: "حزب "الطليعة"", "وحركتي "النهج …"".
    private static bool AfterHead(string text, int open)
    {
        var end = open;
        while (end > 0 && Whitespace.IsSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && !Whitespace.IsSpace(text[start - 1])) start--;
        var word = text.Substring(start, end - start);
        return IsJoiningNoun(word) || Lexicons.Lexicons.IsPluralOrganisationNoun(NameFolding.Fold(WithoutConjunctionLetter(word)));
    }

    // Whether the text between two quoted names holds only what joins them: commas, conjunctions (standing or written onto
    // the next word) and organisation nouns, the singular or the dual.
    private static bool OnlyJoinsNames(string between)
    {
        foreach (var raw in between.Split(' ', ',', '،', ';', '؛'))
        {
            var word = raw.Trim();
            if (word.Length == 0 || Lexicons.Lexicons.IsConjunction(word)) continue;
            if (!IsJoiningNoun(word)) return false;
        }
        return true;
    }

    // An organisation's noun, singular or dual, perhaps with the conjunction written onto it ("وحركتي").
    private static bool IsJoiningNoun(string word)
    {
        if (IsHead(word)) return true;
        var bare = WithoutConjunctionLetter(word);
        return bare.Length > 0 && (IsHead(bare) || IsDualOfHead(bare));
    }

    // A word without the conjunction written onto its front ("وحركتي": "حركتي"); the word itself when none is.
    private static string WithoutConjunctionLetter(string word) =>
        word.Length > 1 && Lexicons.Lexicons.IsConjunction(word.Substring(0, 1)) ? word.Substring(1) : word;

    // "حركتي" (two movements), "حزبي" (two parties), written before what they govern: the dual loses its ending's ن and
    // writes the feminine ة as ت.
    private static bool IsDualOfHead(string word) =>
        word.Length > 3 && word[word.Length - 1] == 'ي'
        && (IsHead(word.Substring(0, word.Length - 1)) || (word[word.Length - 2] == 'ت' && IsHead(word.Substring(0, word.Length - 2) + "ة")));

    // "ويضم الائتلاف أحزاب: الوحدة الشعبية (ماركسي) والشعب الديموقراطي (ماركسي) والشيوعي …": the names a plural
    // organisation's noun governs, the first right after it, each next one opening with the conjunction written onto its
    // first word (after a comma at most), none with a noun of its own; empty when fewer than two follow the noun.
    private static List<string> NamesOfPluralHead(string sentence, List<Token> tokens)
    {
        var names = new List<string>();
        for (var at = 0; at + 1 < tokens.Count; at++)
        {
            if (tokens[at].EndsItem || !Lexicons.Lexicons.IsPluralOrganisationNoun(NameFolding.Fold(tokens[at].Word))) continue;
            var start = at + 1;
            while (start < tokens.Count && (names.Count == 0 || OpensWithConjunction(tokens[start].Word)) && !tokens[start].Quoted)
            {
                var end = start + 1;
                while (end < tokens.Count && end - start < MostWordsOfGovernedName && !tokens[end - 1].EndsItem && !tokens[end - 1].EndsSentence
                    && !OpensWithConjunction(tokens[end].Word)) end++;
                // (The conjunction written onto the first word is no part of the name.)
                var from = tokens[start].WordStart + (names.Count == 0 ? 0 : 1);
                names.Add(sentence.Substring(from, tokens[end - 1].End - from).TrimEndChars(",،.:;؛!?؟"));
                if (tokens[end - 1].EndsSentence) break;
                start = end;
            }
            if (names.Count >= 2) return names;
            names.Clear();
        }
        return names;
    }

    // The most words of one name a plural noun governs ("الحركة القومية الديموقراطية المباشرة").
    private const int MostWordsOfGovernedName = 5;

    // A word with the conjunction written onto a word with the article or onto an organisation's noun ("والجمهوري",
    // "وائتلاف"), not a word that merely opens with its letter ("وحدة", unity).
    private static bool OpensWithConjunction(string word) =>
        word.Length > 3 && Lexicons.Lexicons.IsConjunction(word.Substring(0, 1))
        && (string.CompareOrdinal(word, 1, "ال", 0, 2) == 0 || IsHead(word.Substring(1)));

    /// <summary>The first organisation named in <paramref name="item"/>, an item of a list that may name it after the
    /// people who speak for it (<c>عدد من قيادة الحزب الشيوعي اللبناني</c>, "several leaders of the Lebanese Communist
    /// Party"); <see langword="null"/> when it names none, or when the item opens with the name (and may go on with
    /// words this reading would leave out).</summary>
    public static string? FirstName(string item)
    {
        var tokens = Tokenize(item);
        if (tokens.Count == 0 || NameAt(item, tokens, 0, first: true) is not null) return null;
        for (var at = 1; at < tokens.Count; at++)
        {
            if (NameAt(item, tokens, at, first: true) is { } name) return name.Text;
        }
        return null;
    }

    // A word of the sentence: where it stands, its letters without the punctuation around it, and what follows it.
    private sealed class Token
    {
        public int Start;
        public int End;
        public string Word = "";
        public int WordStart;
        public bool Quoted;
        public bool OpensQuotation;
        public bool ClosesQuotation;
        public bool EndsItem;
        public bool EndsSentence;
        public bool OpensParenthesis;
        public bool ClosesParenthesis;
        public bool IsDash;
    }

    private static List<Token> Tokenize(string sentence)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < sentence.Length)
        {
            if (Whitespace.IsSpace(sentence[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < sentence.Length && !Whitespace.IsSpace(sentence[i])) i++;
            var raw = sentence.Substring(start, i - start);
            var token = new Token { Start = start, End = i };
            token.IsDash = raw is "–" or "—" or "-";
            token.OpensParenthesis = raw[0] == '(';
            token.ClosesParenthesis = raw[raw.Length - 1] == ')' || (raw.Length > 1 && raw[raw.Length - 2] == ')');
            var last = raw[raw.Length - 1];
            token.EndsItem = last is ',' or '،' or ';' or '؛';
            token.EndsSentence = last is '.' or ':' or '!' or '?' or '؟';
            var bare = raw.Trim(Punctuation);
            token.Quoted = bare.Length < raw.Trim(NotQuotes).Length;
            token.OpensQuotation = raw.Length > 1 && QuotationMarks.IsQuotationMark(raw[0]);
            token.ClosesQuotation = raw.TrimEnd(NotQuotes) is { Length: > 1 } unpunctuated && QuotationMarks.IsQuotationMark(unpunctuated[unpunctuated.Length - 1]);
            token.Word = bare;
            token.WordStart = start + (raw.Length - raw.TrimStart(Punctuation).Length);
            tokens.Add(token);
        }
        return tokens;
    }

    private static readonly char[] Punctuation = { '"', '“', '”', '«', '»', '„', '\'', '(', ')', ',', '،', '.', ':', ';', '؛', '!', '?', '؟' };

    // The punctuation that is no quotation mark: what a quoted word has more of than these.
    private static readonly char[] NotQuotes = { '(', ')', ',', '،', '.', ':', ';', '؛', '!', '?', '؟' };

    // The name that opens at token at: its text as written from its first word's own letters (after any punctuation
    // before them), and the token after it.
    private static (string Text, int End)? NameAt(string sentence, List<Token> tokens, int at, bool first, bool afterComma = false)
    {
        var head = tokens[at];
        if ((head.Quoted && !OpensQuotationOfItems(tokens, at)) || head.OpensParenthesis || Scripts.Of(head.Word) != Script.Arabic) return null;
        if (HeadOffset(head.Word, conjunctionOnly: !first && !afterComma) is not { } offset) return null;
        var end = at + 1;
        while (end < tokens.Count && !tokens[end - 1].EndsItem && !tokens[end - 1].EndsSentence && QualifierEnd(tokens, end) is { } next) end = next;
        if (end == at + 1) return null;
        var text = sentence.Substring(head.WordStart, tokens[end - 1].End - head.WordStart).TrimEndChars(",،.:;؛!?؟");
        // A name read inside a parenthesis ends before it closes.
        if (text.EndsWith(")", StringComparison.Ordinal) && text.IndexOf('(') < 0) text = text.TrimEndChars(")");
        // "للحزب" (of the party): the preposition and the article's letter it takes the place of.
        return (offset.Letters.Length > 0 ? offset.Letters + text.Substring(offset.Skip) : text.Substring(offset.Skip), end);
    }

    // Whether the token at `at` opens a quotation of the names, '"التجمع الوطني …، المنبر …"' (which makes its word no
    // quoted word): a quotation mark opens it and no mark closes it before its item ends.
    private static bool OpensQuotationOfItems(List<Token> tokens, int at)
    {
        if (!tokens[at].OpensQuotation) return false;
        for (var i = at; i < tokens.Count; i++)
        {
            if (tokens[i].ClosesQuotation) return false;
            if (tokens[i].EndsItem || tokens[i].EndsSentence) return true;
        }
        return true;
    }

    /// <summary>Whether a word is a noun a name opens with, with the conjunction written onto it (<c>والحزب</c>, "and the
    /// party"): where the next name of a list begins.</summary>
    public static bool IsHeadAfterConjunction(string word) => HeadOffset(word, conjunctionOnly: true) is not null;

    // Where an organisation's word opens inside a word: directly, after the conjunction written onto it ("والحزب"), or
    // after a preposition ("للحزب", "لحزب", "بالحزب"), with the letters that restore the word's own article.
    private static (int Skip, string Letters)? HeadOffset(string word, bool conjunctionOnly)
    {
        if (!conjunctionOnly && IsHead(word)) return (0, "");
        if (word.Length > 3 && Lexicons.Lexicons.IsConjunction(word.Substring(0, 1)) && IsHead(word.Substring(1))) return (1, "");
        if (conjunctionOnly) return null;
        if (word.Length > 4 && word[0] == 'ل' && word[1] == 'ل' && IsHead("ا" + word.Substring(1))) return (1, "ا");
        if (word.Length > 3 && word[0] is 'ل' or 'ب' && IsHead(word.Substring(1))) return (1, "");
        return null;
    }

    private static bool IsHead(string word) => Lexicons.Lexicons.IsOrganisationNoun(NameFolding.Fold(word));

    // Where the qualifier that opens at index ends (the token after it), when the token goes on the name before it;
    // null when it does not. One method for both, so that what qualifies and how far it reaches cannot drift apart.
    private static int? QualifierEnd(List<Token> tokens, int index)
    {
        var token = tokens[index];
        // "والحزب": the next name.
        if (token.Word.Length > 3 && Lexicons.Lexicons.IsConjunction(token.Word.Substring(0, 1)) && IsHead(token.Word.Substring(1))) return null;
        // "(تونس)": a short parenthesis after the name.
        if (token.OpensParenthesis) return ParenthesisEnd(tokens, index);
        // "الحزب الشيوعي "الأمريكي"": a word in quotation marks.
        if (token.Quoted && token.Word.Length > 0) return index + 1;
        // "– العراق", "في روسيا": a dash or a preposition of place, then a country.
        if (token.IsDash || IsPreposition(token.Word)) return index + 1 < tokens.Count && IsCountry(tokens[index + 1].Word) ? index + 2 : null;
        if (IsDefinite(token.Word)) return index + 1;
        // "للسلم" (for peace, of "حزب الجزائر للسلم والديمقراطية"): the preposition and the article written onto a word;
        // "للحزب" (of the party) opens another organisation's name.
        if (token.Word.Length > 3 && token.Word.StartsWith("لل", StringComparison.Ordinal)) return IsHead("ا" + token.Word.Substring(1)) ? null : index + 1;
        // "لتحرير فلسطين" (for the liberation of Palestine): a word with a preposition written onto it, then a country.
        return token.Word.Length > 2 && token.Word[0] == 'ل' && index + 1 < tokens.Count && IsCountry(tokens[index + 1].Word) ? index + 2 : null;
    }

    // The token after a short parenthesis (three words at most) that opens at index.
    private static int? ParenthesisEnd(List<Token> tokens, int index)
    {
        for (var i = index; i < tokens.Count && i < index + MostParenthesisWords; i++)
        {
            if (tokens[i].ClosesParenthesis) return i + 1;
        }
        return null;
    }

    private const int MostParenthesisWords = 3;

    // A word with the article written onto it, or with "and" before the article ("والاشتراكية" of "حزب التقدم والاشتراكية").
    private static bool IsDefinite(string word) =>
        (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
        || (word.Length > 4 && Lexicons.Lexicons.IsConjunction(word.Substring(0, 1)) && string.CompareOrdinal(word, 1, "ال", 0, 2) == 0);

    // "في" (in) before a country: "الحزب الشيوعي في روسيا الاتحادية".
    private static bool IsPreposition(string word) => Lexicons.Lexicons.IsPlacePreposition(NameFolding.Fold(word));

    private static bool IsCountry(string word) => word.Length > 0 && Countries.CountryLookup.Default.Exact(word) is not null;
}
