using System.Text.RegularExpressions;
using CsCheck;
using JointStatements.Parsing;
using JointStatements.Parsing.Dates;
using JointStatements.Parsing.Rules;
using JointStatements.Parsing.Signatories;
using JointStatements.Parsing.Text;
using JointStatements.Synthetic;
using JointStatements.Tests.Generator;
using JointStatements.Tests.Parsing;

namespace JointStatements.Tests.Rules;

/// <summary>The parser's speed-only pre-checks and merged expressions never change a result: on every line of the
/// seeds, the generalisation statements and a synthetic corpus, and on random lines made of the words and characters
/// the rules react to, each guarded rule answers as the plain regular expression it stands in front of.</summary>
public sealed class PreCheckTests
{
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Lines no statement of ours has but pages may: a date without a year ending the line, a month's name last, a place
    // opening with a small word.
    private static readonly string[] EdgeLines =
    {
        "Izmir, Turkey, 18, 19 and 20 October", "Beschlossen am 1. Mai", "Hamburg – Germany, 7 Nov.", "Europe, 3 de MAYO",
        "17 janvier", "Montevideo, 5 setiembre.", "la Habana, Cuba", "upon Tyne",
    };

    /// <summary>Every line (as the parser sees it: white space folded) of the real, hand-written and synthetic statements.</summary>
    private static readonly Lazy<string[]> CorpusLines = new(() =>
        Directory.GetFiles(GeneratorHarness.SeedsFolder, "*.txt").Select(File.ReadAllText)
            .Concat(StatementFixtures.Names.Select(StatementFixtures.Read))
            .Concat(SyntheticCorpus.Create(300).Select(s => s.Text))
            .Concat(EdgeLines)
            .SelectMany(text => LineSplitter.Split(text, default))
            .Select(line => line.Text)
            .Where(text => text.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray());

    // Pieces of lines the rules react to, and characters that compare equal to letters in unusual ways.
    private static readonly Gen<string> Piece = Gen.Frequency(
        (3, Gen.OneOf("Signatories", "signed by", "Subsequent signatories", "Unterzeichner", "firmantes", "participating parties",
            "XI", "21st", "first", "Plenary Session", "International Meeting of Communist and Workers' Parties", "Weltkonferenz",
            "réunion plénière", "held in", "se celebró en", "a eu lieu à", "s'est tenue à", "réunis à", "took place in", "met in",
            "Adopted on", "Beschlossen am", "18 October 2019", "Oktober", "März", "Sept.", "MAYO", "mayor", "2019", "17.01.2020", "11/1/19, 3:19 PM", "Athens", "Greece", "Germany",
            "Communist Party", "(KPD)", "Share this", "Print this page", "Skip to content", "Copyright 2020", "Home", "1.", "(2)",
            "•", "– ", " - ", ", ", ": ", "(as of 17 January 2020)", " ", "Joint Statement", "Déclaration", "DECLARACIÓN",
            "gezamenlijke  verklaring", "Erklärung:", "Resolution–", "Statement of the", "the", "Κοινή ανακοίνωση", "l'", "ICOR",
            "Statement,", "11th ICMLPO", "ILPS", "ILPS Statement, 1 May 2020", "ABC-Declaration", "Fourth Plenary Session", "Athens / May 2019", "since 2019", "May. 2019", "mayo / junio 2020", "تشرين الأول 2019",
            "Oct 12 and 13, 2019", "the 2019", "The International Conference of Marxist-Leninist Parties and Organizations",
            "Mid-October 2019", "xMay 2020", "noviembre del 2012", "January 17, 2020", "Vormärz 1848")),
        (1, Gen.OneOf("\u212A", "\u2126", "\u1E9E", "ß", "ſ", "İ", "ı", "é", "É", "٢", "١٧", "\u00A0")),
        (2, Gen.Char['!', '~'].Select(c => c.ToString())));

    private static readonly Gen<string> RandomLine = Piece.Array[1, 8].Select(pieces => Whitespace.Fold(string.Concat(pieces)));

    /// <summary>Checks <paramref name="same"/> on every corpus line and on random lines.</summary>
    private static void OnEveryLine(Func<string, bool> same)
    {
        foreach (var line in CorpusLines.Value) Assert.True(same(line), line);
        RandomLine.Sample(line => same(line), iter: 20_000);
    }

    [Fact]
    public void The_corpus_has_lines_that_each_guarded_rule_matches()
    {
        // Without lines that pass the guards, the tests below would prove nothing.
        var lines = CorpusLines.Value;
        Assert.Contains(lines, line => MeetingRules.Phrase.IsMatch(line));
        Assert.Contains(lines, line => SignatoryHeadingRules.KeywordHeading.IsMatch(line));
        Assert.Contains(lines, line => StatementReader.ListMarker.IsMatch(line));
        Assert.Contains(lines, line => TrailingCountry.IsMatch(line));
        Assert.Contains(lines, line => SignatoryLineParser.LeadingCountry.IsMatch(line));
        Assert.Contains(lines, line => FieldLineRules.DatedLine.IsMatch(line));
        Assert.Contains(lines, line => MonthName.IsMatch(line));
        Assert.Contains(lines, line => PlaceRules.PlaceLike.IsMatch(line));
        Assert.Contains(lines, line => KindRules.TitleOpening.IsMatch(line));
        Assert.Contains(lines, line => KindRules.KindOfAuthor.IsMatch(line));
        Assert.Contains(lines, line => FieldLineRules.UnknownIssuerKindLine.IsMatch(line));
        Assert.Contains(lines, line => MeetingRules.PhraseAtStart.IsMatch(line));
        Assert.Contains(lines, line => IssuerRules.AnyName.IsMatch(line) && !IssuerRules.NameLine.IsMatch(line));
        Assert.Contains(lines, line => TitleEnding.IsMatch(line) && !KindRules.TitleOpening.IsMatch(line));
        Assert.Contains(lines, line => DateReader.FindFirst(line, allowYearAlone: true) is { Year: null } date && date.End == line.Length);
    }

    [Fact]
    public void Ordinal_ignore_case_equates_every_letter_pair_the_rules_do_but_the_two_the_keyword_check_allows_for()
    {
        // Keywords.MayBeIn relies on this: a letter that an IgnoreCase expression takes for a keyword's letter is
        // the same letter to OrdinalIgnoreCase, or the Kelvin sign or capital sharp s, which it treats as a "may".
        var letters = MeetingRules.NameWords!.Words.Concat(MonthNames.All).Concat(FieldLineRules.IssuerAcronyms.Words)
            .Concat(IssuerRules.NameLineWords!.Words).Concat(SignatoryHeadingRules.HeadingWords!.Words).SelectMany(word => word).Distinct();
        foreach (var letter in letters)
        {
            var pattern = new Regex("^" + Regex.Escape(letter.ToString()) + "$", IgnoreCase);
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                var text = c.ToString();
                if (!pattern.IsMatch(text) || c is '\u212A' or '\u1E9E' or '\u2126') continue;
                Assert.True(string.Equals(text, letter.ToString(), StringComparison.OrdinalIgnoreCase), $"U+{(int)c:X4} ~ {letter}");
            }
        }
    }

    [Fact]
    public void A_line_that_names_a_meeting_contains_one_of_the_meeting_words() =>
        OnEveryLine(line => !MeetingRules.Phrase.IsMatch(line) || MeetingRules.NameWords!.MayBeIn(line));

    [Fact]
    public void A_line_that_is_a_keyword_heading_ends_its_keyword_where_the_check_looks() =>
        OnEveryLine(line => !SignatoryHeadingRules.KeywordHeading.IsMatch(line) || SignatoryHeadingRules.MayEndWithKeyword(line));

    [Fact]
    public void A_line_that_holds_a_keyword_as_ordinal_ignore_case_finds_it_is_one_the_keywords_may_be_in()
    {
        var sets = new[] { MeetingRules.NameWords!, FieldLineRules.IssuerAcronyms, IssuerRules.NameLineWords!, SignatoryHeadingRules.HeadingWords!, DateReader.TwoWordMonthWords };
        OnEveryLine(line => sets.All(set => !set.Words.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase)) || set.MayBeIn(line)));
        // And the other way: a line the keywords may be in holds one, or a letter that the expressions or the upper-casing
        // of single letters equate unusually (the Kelvin, sharp s and ohm signs; dotless i and long s).
        OnEveryLine(line => sets.All(set => !set.MayBeIn(line) || set.Words.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase))
            || line.IndexOfAny(['\u212A', '\u1E9E', '\u2126', '\u0131', '\u017F']) >= 0));
    }

    [Fact]
    public void The_keywords_read_together_answer_as_each_set_alone() =>
        OnEveryLine(line => LineKeywords.Sets.Select((set, i) => LineKeywords.MayHold(line, 1 << i) == (set?.MayBeIn(line) ?? true)).All(same => same)
            && LineKeywords.MayHold(line, LineKeywords.IssuerAcronyms) == FieldLineRules.IssuerAcronyms.MayBeIn(line)
            && LineKeywords.MayHold(line, LineKeywords.IssuerNames) == IssuerRules.NameLineWords!.MayBeIn(line)
            && LineKeywords.MayHold(line, LineKeywords.MeetingNames) == MeetingRules.NameWords!.MayBeIn(line)
            && LineKeywords.MayHold(line, LineKeywords.HeadingWords) == SignatoryHeadingRules.HeadingWords!.MayBeIn(line)
            && LineKeywords.MayHold(line, LineKeywords.TwoWordMonths) == DateReader.TwoWordMonthWords.MayBeIn(line));

    [Fact]
    public void The_role_words_read_at_once_give_the_role_that_asking_each_role_in_turn_gives() =>
        OnEveryLine(line =>
        {
            var words = JointStatements.Parsing.Lexicons.Lexicons.Words(line);
            return JointStatements.Parsing.Lexicons.Lexicons.RoleIn(words) == JointStatements.Parsing.Lexicons.Lexicons.RoleInOneRoleAtATime(words)
                && words.All(word => JointStatements.Parsing.Lexicons.Lexicons.RoleOfWord(word) == JointStatements.Parsing.Lexicons.Lexicons.RoleInOneRoleAtATime(new[] { word }));
        });

    [Fact]
    public void A_heading_line_holds_one_of_the_heading_words() =>
        OnEveryLine(line => !SignatoryHeadingRules.KeywordHeading.IsMatch(line) || SignatoryHeadingRules.HeadingWords!.MayBeIn(line));

    [Fact]
    public void A_line_that_opens_with_a_meeting_opens_as_an_ordinal_may() =>
        OnEveryLine(line => !MeetingRules.PhraseAtStart.IsMatch(line) || MeetingRules.MayOpenWithOrdinal(line));

    [Fact]
    public void A_meeting_line_is_one_whose_first_meeting_phrase_starts_the_line_and_fills_it() =>
        OnEveryLine(line =>
        {
            var first = MeetingRules.Phrase.Match(line);
            var expected = first.Success && first.Index == 0 && first.Length == line.TrimEnd('.', ',', ':').Length;
            return MeetingRules.IsMeetingLine(line) == expected && MeetingRules.FindIn(line) == (first.Success ? first.Value : null);
        });

    [Fact]
    public void A_line_where_a_date_pattern_reads_a_month_name_is_one_where_a_month_name_may_stand() =>
        OnEveryLine(line => !MonthName.IsMatch(line) || MonthNames.MayStandIn(line));

    private static readonly Regex MonthName = new(DateReader.Month, IgnoreCase);

    [Fact]
    public void A_line_that_ends_with_a_date_is_one_where_a_date_may_end() =>
        OnEveryLine(line => DateReader.FindFirst(line, allowYearAlone: true) is not { } date || date.End != line.Length
            || DateReader.MayEndWithDate(line));

    [Fact]
    public void A_place_opens_as_the_held_in_rule_expects() =>
        OnEveryLine(line => !PlaceRules.PlaceLike.IsMatch(line) || PlaceRules.MayOpenPlace(line));

    [Fact]
    public void The_merged_heading_expression_finds_the_rule_and_groups_that_trying_each_rule_in_turn_finds() =>
        OnEveryLine(line =>
        {
            var expected = HeadingRuleByRule(line);
            var merged = SignatoryHeadingRules.KeywordHeading.IsMatch(line);
            return merged == expected is not null && (expected is null || SignatoryHeadingRules.Match(line) == expected);
        });

    [Fact]
    public void A_list_marker_is_read_as_the_marker_expression_reads_it() =>
        OnEveryLine(line =>
        {
            var match = StatementReader.ListMarker.Match(line);
            var expected = match.Success
                ? (match.Length, match.Groups["number"].Success ? DecimalDigits.Parse(match.Groups["number"].Value) : (int?)null)
                : (0, null);
            return StatementReader.ReadMarker(line) == expected;
        });

    [Fact]
    public void A_line_that_opens_with_a_document_word_has_one_among_its_first_words() =>
        OnEveryLine(line => (!KindRules.TitleOpening.IsMatch(line) || KindRules.MayOpenWithKind(line, words: 3))
            && (!KindRules.KindOfAuthor.IsMatch(line) || KindRules.MayOpenWithKind(line, words: 2)));

    // The document's word ending a title as one expression: of the matches that end the title, the leftmost has the
    // most words. (It was first read right to left, where the alternation's order chose among them: longest first.)
    private static readonly Regex TitleEnding = new(@"(?:^|\s)(?<kind>" + KindRules.AnyWord + @")\W*$", IgnoreCase);

    [Fact]
    public void The_document_word_ending_a_title_is_the_one_the_single_expression_finds() =>
        OnEveryLine(line => KindRules.KindEnding(line) == (TitleEnding.Match(line) is { Success: true } match ? match.Groups["kind"].Value : null));

    [Fact]
    public void A_word_character_is_one_to_expressions()
    {
        var wordCharacter = new Regex(@"^\w$", RegexOptions.CultureInvariant);
        for (var c = 0; c <= char.MaxValue; c++) Assert.Equal(wordCharacter.IsMatch(((char)c).ToString()), KindRules.IsWordCharacter((char)c));
    }

    [Fact]
    public void A_field_line_expression_matches_only_a_line_its_pre_check_lets_through()
    {
        Assert.NotNull(IssuerRules.NameLineWords);
        Assert.NotNull(SignatoryHeadingRules.HeadingWords);
        Assert.NotNull(MeetingRules.NameWords);
        OnEveryLine(line =>
            (!FieldLineRules.KindLine.IsMatch(line) || FieldLineRules.IssuerAcronyms.MayBeIn(line))
            && (!FieldLineRules.UnknownIssuerKindLine.IsMatch(line) || FieldLineRules.OpensWithAcronymAndKind(line))
            && (!FieldLineRules.IssuerWithTitle.IsMatch(line) || char.IsDigit(line[0]))
            && (!FieldLineRules.KindDateLine.IsMatch(line) || KindRules.MayOpenWithKind(line, words: 2))
            && (!IssuerRules.NameLine.IsMatch(line) || IssuerRules.NameLineWords!.MayBeIn(line))
            && (!IssuerRules.AnyName.IsMatch(line) || IssuerRules.NameLineWords!.MayBeIn(line)));
    }

    // The dates that open with the month's name, as they were first written: tried at every letter.
    private static readonly (Regex Everywhere, Regex AtWordStart)[] MonthFirstDates =
    {
        (new(DateReader.MonthWord + @"\s+" + DateReader.Day + "(?:" + DateReader.DayJoiner + DateReader.Day + @")*,?\s+" + DateReader.Year, IgnoreCase),
            new(DateReader.WordStart + DateReader.MonthWord + @"\s+" + DateReader.Day + "(?:" + DateReader.DayJoiner + DateReader.Day + @")*,?\s+" + DateReader.Year, IgnoreCase)),
        (new(DateReader.MonthWord + DateReader.SameMonthAgain + @"(?:\s+del?|,)?\s+" + DateReader.Year, IgnoreCase),
            new(DateReader.WordStart + DateReader.MonthWord + DateReader.SameMonthAgain + @"(?:\s+del?|,)?\s+" + DateReader.Year, IgnoreCase)),
    };

    private static IEnumerable<(int, string)> Matches(Regex expression, string line)
    {
        for (var match = expression.Match(line); match.Success; match = match.NextMatch()) yield return (match.Index, match.Value);
    }

    [Fact]
    public void A_date_that_opens_with_the_month_is_found_at_a_word_start_as_at_every_letter() =>
        OnEveryLine(line => MonthFirstDates.All(dates => Matches(dates.Everywhere, line).SequenceEqual(Matches(dates.AtWordStart, line))));

    [Fact]
    public void A_date_that_opens_with_the_month_is_the_one_the_search_at_every_word_finds() =>
        OnEveryLine(line =>
        {
            var joined = DateReader.JoinTwoWordMonths(line);
            return DateReader.MonthFirstPatterns.All(pattern =>
                DateReader.FirstAcceptedAtMonthWords(pattern.Anchored, joined) == DateReader.FirstAccepted(pattern.Expression, joined));
        });

    [Fact]
    public void A_month_after_a_word_an_abbreviation_point_and_a_slash_is_found_by_both_searches()
    {
        // A line the random search once found: the word before the slash ("amSept.") is tried, as the pattern's match at
        // it hides the month after the slash.
        const string line = "Beschlossen amSept./noviembre del 2012";
        var joined = DateReader.JoinTwoWordMonths(line);
        Assert.All(DateReader.MonthFirstPatterns, pattern =>
            Assert.Equal(DateReader.FirstAccepted(pattern.Expression, joined), DateReader.FirstAcceptedAtMonthWords(pattern.Anchored, joined)));
    }

    [Fact]
    public void A_numeric_date_holds_the_mark_its_pattern_needs() =>
        OnEveryLine(line => (!NumericDates[0].IsMatch(line) || line.Contains('-')) && (!NumericDates[1].IsMatch(line) || line.Contains('.'))
            && (!NumericDates[2].IsMatch(line) || line.Contains('/')) && (!NumericDates[3].IsMatch(line) || line.Contains('-')));

    // The numeric dates as DateReader writes them: 2020-01-17, 17.01.2020, 22/06/2025, 07-02-2023.
    private static readonly Regex[] NumericDates =
    {
        new(@"(?<![\d])" + DateReader.Year + @"-(?<mn>\d{2})-(?<d>\d{2})(?!\d)", IgnoreCase),
        new(@"(?<![\d.])(?<d>\d{1,2})\.(?<mn>\d{1,2})\.\s?" + DateReader.Year, IgnoreCase),
        new(@"(?<![\d/])(?<d>\d{1,2})/(?<mn>\d{1,2})/" + DateReader.Year + @"(?![\d/])", IgnoreCase),
        new(@"(?<![\d-])(?<d>\d{1,2})-(?<mn>\d{1,2})-" + DateReader.Year + @"(?![\d-])", IgnoreCase),
    };

    [Fact]
    public void A_date_pattern_that_opens_with_a_digit_rules_out_a_digit_before_it()
    {
        // FirstAcceptedAtDigits tries such a pattern at the first digit of a run only.
        Assert.NotEmpty(DateReader.DigitFirstPatterns);
        foreach (var (expression, _) in DateReader.DigitFirstPatterns) Assert.StartsWith(@"(?<![\d", expression.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_opens_with_a_digit_is_the_one_the_search_at_every_digit_finds() =>
        OnEveryLine(line =>
        {
            var joined = DateReader.JoinTwoWordMonths(line);
            return DateReader.DigitFirstPatterns.All(pattern =>
                DateReader.FirstAcceptedAtDigits(pattern.Anchored, joined) == DateReader.FirstAccepted(pattern.Expression, joined));
        });

    [Fact]
    public void No_word_that_may_stand_inside_a_date_after_its_month_is_a_months_name()
    {
        // FirstAcceptedAtMonthWords passes over the words a match may hold after the one it opens with.
        foreach (var word in new[] { "and", "y", "et", "und", "e", "to", "al", "au", "bis", "the", "de", "del", "of" }) Assert.Null(MonthNames.Number(word));
    }

    [Fact]
    public void A_print_stamp_opens_with_a_digit() =>
        OnEveryLine(line => !BoilerplateRules.PrintStamp.IsMatch(line) || char.IsDigit(line[0]));

    [Fact]
    public void A_dated_line_whose_date_reads_has_a_digit() =>
        OnEveryLine(line => !(FieldLineRules.DatedLine.Match(line) is { Success: true } dated
            && DateReader.Whole(dated.Groups["date"].Value, allowYearAlone: true) is not null) || DateReader.HasDigit(line));

    [Fact]
    public void The_leading_country_expression_matches_where_its_pre_checked_form_does() =>
        OnEveryLine(line =>
            (SignatoryLineParser.MatchLeadingCountry(line)?.Success ?? false) == SignatoryLineParser.LeadingCountry.IsMatch(line));

    // The trailing country's split as it was first written: the one-pass reading must give the same parts.
    private static readonly Regex TrailingCountry = new(@"^(?<rest>.+?)\s*(?:,|\s[–—-])\s*(?<country>[^,–—()]+)$", RegexOptions.CultureInvariant);

    private static (string Before, string Country)? TrailingCountryByExpression(string line) =>
        TrailingCountry.Match(line) is { Success: true } match ? (match.Groups["rest"].Value, match.Groups["country"].Value) : null;

    [Fact]
    public void The_trailing_country_split_is_the_expressions_on_every_line() =>
        OnEveryLine(line => SignatoryLineParser.SplitTrailingCountry(line) == TrailingCountryByExpression(line));

    [Fact]
    public void The_trailing_country_split_is_the_expressions_on_random_lines()
    {
        // Lines built from the characters the split turns on, white space of several kinds and letters.
        var characters = new[] { ',', '–', '—', '-', '(', ')', ' ', '\t', '\u00A0', '\u2009', 'a', 'B', 'é' };
        Gen.Int[0, characters.Length - 1].Select(i => characters[i]).Array[0, 14].Select(chars => new string(chars)).Sample(
            line => Assert.Equal(TrailingCountryByExpression(line), SignatoryLineParser.SplitTrailingCountry(line)),
            iter: 50_000);
    }

    [Fact]
    public void White_space_is_the_same_for_the_split_as_for_expressions()
    {
        var whiteSpace = new Regex(@"^\s$", RegexOptions.CultureInvariant);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (c == '\n') continue; // "$" also matches before a final line feed
            Assert.Equal(whiteSpace.IsMatch(((char)c).ToString()), char.IsWhiteSpace((char)c));
        }
    }

    private static readonly Regex[] KeywordRulesOneByOne = SignatoryHeadingRules.Keywords
        .Select(rule => new Regex("^(?:" + rule.Keyword + ")" + SignatoryHeadingRules.AfterKeyword, IgnoreCase)).ToArray();

    // The keyword rules as they were read before they were merged: one expression each, tried in table order.
    private static SignatoryHeading? HeadingRuleByRule(string line)
    {
        for (var i = 0; i < KeywordRulesOneByOne.Length; i++)
        {
            var rule = SignatoryHeadingRules.Keywords[i];
            var match = KeywordRulesOneByOne[i].Match(line);
            if (match.Success) return new SignatoryHeading(rule.Role, rule.Late, match.Groups["paren"].Value.Trim(), match.Groups["items"].Value.Trim());
        }
        return null;
    }
}
