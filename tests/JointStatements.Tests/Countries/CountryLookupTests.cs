using CsCheck;
using JointStatements.Parsing.Countries;
using JointStatements.Parsing.Text;

namespace JointStatements.Tests.Countries;

public class CountryLookupTests
{
    private static readonly CountryLookup Lookup = CountryLookup.Default;

    // Long tables of facts, beside this file.
    public static TheoryData<string, string> CountryVariants => ExampleTable.Pairs("Countries", "country-variants.tsv");

    public static TheoryData<string, string?> PartyNameCountries => ExampleTable.PairsOrNull("Countries", "party-name-countries.tsv");

    public static TheoryData<string, string?> WholeWordMentions => ExampleTable.PairsOrNull("Countries", "whole-word-mentions.tsv");

    public static TheoryData<string, string, string> LongestNames => ExampleTable.Triples("Countries", "longest-names.tsv");

    public static TheoryData<string, string> MentionSpans => ExampleTable.Pairs("Countries", "mention-spans.tsv");

    // --- The table ---

    [Fact]
    public void Table_has_all_249_codes_unique_and_sorted()
    {
        var codes = CountryTable.All.Select(c => c.Code).ToList();
        Assert.Equal(249, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
        Assert.All(codes, c => Assert.Matches("^[A-Z]{2}$", c));
    }

    [Fact]
    public void Every_code_resolves_by_its_English_short_name()
    {
        Assert.All(CountryTable.All, entry => Assert.Equal(entry.Code, Lookup.Exact(entry.Name)));
    }

    [Fact]
    public void Every_code_is_found_by_its_English_short_name_inside_a_party_name()
    {
        Assert.All(CountryTable.All, entry =>
        {
            var text = "Communist Party of " + entry.Name + " (Marxist-Leninist)";
            var mention = Lookup.FindFirst(text);
            Assert.NotNull(mention);
            Assert.Equal(entry.Code, mention.Value.Code);
            Assert.Equal(entry.Name, text.Substring(mention.Value.Start, mention.Value.Length));
        });
    }

    [Theory]
    [InlineData("DE", "Germany")]
    [InlineData("GB", "United Kingdom")]
    [InlineData("KP", "North Korea")]
    [InlineData("CI", "Côte d'Ivoire")]
    [InlineData("TR", "Turkey")]
    public void TryGetName_gives_the_short_name(string code, string name)
    {
        Assert.True(CountryTable.TryGetName(code, out var found));
        Assert.Equal(name, found);
    }

    [Theory]
    [InlineData("XK")]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("DEU")]
    public void TryGetName_rejects_unassigned_or_lower_case_codes(string code)
    {
        Assert.False(CountryTable.TryGetName(code, out var name));
        Assert.Equal(string.Empty, name);
    }

    [Fact]
    public void Country_model_uses_the_table_and_the_lookup()
    {
        Assert.Equal("Germany", Country.FromCode("de").Name);
        Assert.Null(Country.TryFromCode("XX"));
        Assert.Equal("BF", Country.FromName("Upper Volta")?.Code);
        Assert.Null(Country.FromName("Red Dawn"));
    }

    // --- The aliases ---

    [Fact]
    public void No_alias_folds_to_the_words_of_another_name_with_a_different_code()
    {
        var codes = new Dictionary<string, (string Code, string Source)>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        var names = CountryTable.All.Select(c => (Name: c.Name, c.Code))
            .Concat(CountryAliases.All.Select(a => (Name: a.Alias, a.Code)));
        foreach (var (name, code) in names)
        {
            var key = Key(name);
            Assert.False(string.IsNullOrEmpty(key), $"'{name}' folds to nothing");
            if (codes.TryGetValue(key, out var seen))
            {
                if (!string.Equals(seen.Code, code, StringComparison.Ordinal))
                    conflicts.Add($"'{name}' ({code}) and '{seen.Source}' ({seen.Code}) both fold to '{key}'");
            }
            else
            {
                codes.Add(key, (code, name));
            }
        }
        foreach (var phrase in CountryAliases.NotCountries)
        {
            if (codes.TryGetValue(Key(phrase), out var seen))
                conflicts.Add($"'{phrase}' names no country but '{seen.Source}' ({seen.Code}) folds the same");
        }
        Assert.Empty(conflicts);
    }

    [Fact]
    public void Demonyms_of_every_lexicon_name_one_country_and_are_found_in_party_names()
    {
        // Each demonym's words against every other name the lookup holds: no two may fold alike with different codes.
        var codes = new Dictionary<string, (string Code, string Source)>(StringComparer.Ordinal);
        foreach (var (code, name) in CountryTable.All) codes.TryAdd(Key(name), (code, name));
        foreach (var (alias, code) in CountryAliases.All) codes.TryAdd(Key(alias), (code, alias));
        foreach (var (name, code) in CldrCountryNames.All) codes.TryAdd(Key(name), (code, name));
        var conflicts = new List<string>();
        var count = 0;
        foreach (var (word, code) in JointStatements.Parsing.Lexicons.Lexicons.AllDemonyms())
        {
            count++;
            var key = Key(word);
            Assert.False(string.IsNullOrEmpty(key), $"'{word}' folds to nothing");
            Assert.True(CountryTable.TryGetName(code, out _), $"{word}: {code} is not in the table");
            if (codes.TryGetValue(key, out var seen))
            {
                if (!string.Equals(seen.Code, code, StringComparison.Ordinal))
                    conflicts.Add($"'{word}' ({code}) and '{seen.Source}' ({seen.Code}) both fold to '{key}'");
            }
            else
            {
                codes.Add(key, (code, word));
            }
        }
        Assert.Empty(conflicts);
        Assert.True(count > 1000, $"only {count} demonyms");

        Assert.Equal("ZA", Lookup.FindFirst("Partito Comunista Sudafricano")?.Code);
        Assert.Equal("BR", Lookup.FindFirst("Partido Comunista Brasileiro")?.Code);
        Assert.Equal("LB", Lookup.FindFirst("Libanesische Kommunistische Partei")?.Code);
        Assert.Equal("FR", Lookup.FindFirst("Parti communiste français")?.Code);
        Assert.Equal("GB", Lookup.FindFirst("Partido Comunista Británico")?.Code);
        Assert.Equal("GR", Lookup.FindFirst("Yunan Komünist Partisi")?.Code);
        Assert.Equal("LB", Lookup.FindFirst("Λιβανέζικο Κομμουνιστικό Κόμμα")?.Code);
        Assert.Equal("DE", Lookup.FindFirst("Германская коммунистическая партия")?.Code);
    }

    [Fact]
    public void Every_alias_code_is_in_the_table_and_every_alias_resolves_to_it()
    {
        Assert.NotEmpty(CountryAliases.All);
        Assert.All(CountryAliases.All, alias =>
        {
            Assert.True(CountryTable.TryGetName(alias.Code, out _), $"{alias.Alias}: {alias.Code} is not in the table");
            Assert.Equal(alias.Code, Lookup.Exact(alias.Alias));
        });
    }

    [Fact]
    public void Phrases_that_name_no_country_resolve_to_nothing()
    {
        Assert.All(CountryAliases.NotCountries, phrase => Assert.Null(Lookup.Exact(phrase)));
    }

    [Theory]
    [MemberData(nameof(CountryVariants))]
    public void Exact_resolves_variants(string text, string code)
    {
        Assert.Equal(code, Lookup.Exact(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the")]
    [InlineData("Germany and France")]
    [InlineData("Communist Party of Germany")]
    [InlineData("Korean")]
    [InlineData("African")]
    [InlineData("Kurdistan")]
    [InlineData("Latin America")]
    [InlineData("Indiana")]
    public void Exact_rejects_what_is_not_a_whole_country_name(string text)
    {
        Assert.Null(Lookup.Exact(text));
    }

    // --- Finding a country inside a name ---

    [Theory]
    [MemberData(nameof(PartyNameCountries))]
    public void FindFirst_finds_the_country_of_real_party_names(string name, string? code)
    {
        Assert.Equal(code, Lookup.FindFirst(name)?.Code);
    }

    [Theory]
    [MemberData(nameof(WholeWordMentions))]
    public void FindFirst_matches_whole_words_only(string text, string? code)
    {
        Assert.Equal(code, Lookup.FindFirst(text)?.Code);
    }

    [Theory]
    [MemberData(nameof(LongestNames))]
    public void FindFirst_prefers_the_longest_name_at_a_position(string text, string code, string matched)
    {
        var mention = Lookup.FindFirst(text);
        Assert.NotNull(mention);
        Assert.Equal(code, mention.Value.Code);
        Assert.Equal(matched, text.Substring(mention.Value.Start, mention.Value.Length));
    }

    [Theory]
    [InlineData("Communist Party of Turkey and Kurdistan-Iraq", "TR")]
    [InlineData("Iraqi Communists in Germany", "IQ")]
    [InlineData("German Communists in Iraq", "DE")]
    [InlineData("Party of Labor of Iran (Germany section)", "IR")]
    public void FindFirst_returns_the_earliest_mention(string text, string code)
    {
        Assert.Equal(code, Lookup.FindFirst(text)?.Code);
    }

    [Theory]
    [MemberData(nameof(MentionSpans))]
    public void FindFirst_points_at_the_original_text(string text, string expected)
    {
        var mention = Lookup.FindFirst(text);
        Assert.NotNull(mention);
        Assert.Equal(expected, text.Substring(mention.Value.Start, mention.Value.Length));
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), mention.Value.Start);
        Assert.Equal(mention.Value.Start + mention.Value.Length, mention.Value.End);
    }

    [Fact]
    public void FindFirst_and_Exact_accept_empty_text()
    {
        Assert.Null(Lookup.FindFirst(""));
        Assert.Null(Lookup.FindFirst(" - / ( ) "));
        Assert.Null(Lookup.Exact("..."));
    }

    [Fact]
    public void Longest_name_bounds_the_word_count()
    {
        // CLDR's Danish "De Franske Besiddelser i Det Sydlige Indiske Ocean og Antarktis" (French Southern Territories).
        Assert.Equal(10, Lookup.LongestName);
    }

    // --- Folding ---

    [Theory]
    [InlineData("Côte d'Ivoire", "cote d'ivoire")]
    [InlineData("Perú", "peru")]
    [InlineData("Co\u0302te", "cote")]
    [InlineData("Ha\u03CAtien", "haitien")]
    [InlineData("Ha\u03B9tien", "haitien")]
    [InlineData("P\u043Ertugal", "portugal")]
    [InlineData("\u0391lgeria", "algeria")]
    [InlineData("Workers’ Party", "workers' party")]
    [InlineData("Workers` Party", "workers' party")]
    [InlineData("Workers\u02BC Party", "workers' party")]
    [InlineData("Kurdistan-Iraq", "kurdistan iraq")]
    [InlineData("Kurdistan\u2013Iraq", "kurdistan iraq")]
    [InlineData("Kurdistan \u2014 Iraq", "kurdistan iraq")]
    [InlineData("Türkiye / Kürdistan", "turkiye kurdistan")]
    [InlineData("Trinidad & Tobago", "trinidad and tobago")]
    [InlineData("Bosnia&Herzegovina", "bosnia and herzegovina")]
    [InlineData("South\u00A0Africa", "south africa")]
    [InlineData("  South \t\u202F Africa  ", "south africa")]
    [InlineData("U.S.A.", "usa")]
    [InlineData("Communist Party (Italia)", "communist party italia")]
    [InlineData("Großbritannien", "grossbritannien")]
    [InlineData("Føroyar", "foroyar")]
    [InlineData("Kıbrıs", "kibris")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Deutsch\u00ADland", "deutschland")]
    [InlineData("РОССИЯ", "россия")]
    [InlineData("Маоистская", "маоистская")]
    // Cyrillic keeps its letters but, like every script, loses its marks: й is и with a breve, ї is і with a diaeresis.
    [InlineData("Российская", "россииская")]
    [InlineData("Україна", "украіна")]
    [InlineData("Ελλάδα", "ελλαδα")]
    [InlineData("ΕΛΛΑΣ", "ελλασ")]
    [InlineData("Р\u043Eссия", "россия")]
    [InlineData("Р\u006Fссия", "россия")]
    // A Latin K beside a Cyrillic П, a letter Latin has no look-alike of: the K is a slip of the Cyrillic word.
    [InlineData("\u004B\u041F", "\u043A\u043F")]
    [InlineData("CPI (ML) 2", "cpi ml 2")]
    [InlineData("", "")]
    public void Fold_gives_the_comparison_form(string text, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(text));
    }

    [Fact]
    public void Fold_keeps_positions_of_the_original_text()
    {
        const string text = "  Co\u0302te\u00A0d’Ivoire & Straße";
        var folded = NameFolding.Fold(text, out var starts, out var ends);
        Assert.Equal("cote d'ivoire and strasse", folded);
        Assert.Equal(folded.Length, starts.Length);
        Assert.Equal(folded.Length, ends.Length);
        Assert.Equal(2, starts[0]);
        Assert.Equal(5, ends[1]); // "o" owns the combining circumflex after it
        Assert.Equal(text.IndexOf('&', StringComparison.Ordinal), starts[folded.IndexOf("and", StringComparison.Ordinal)]);
        Assert.Equal(text.IndexOf('ß', StringComparison.Ordinal), starts[folded.Length - 3]);
        Assert.Equal(text.IndexOf('ß', StringComparison.Ordinal), starts[folded.Length - 2]);
        Assert.Equal(text.Length, ends[folded.Length - 1]);
        for (var i = 1; i < starts.Length; i++) Assert.True(starts[i] >= starts[i - 1]);
    }

    // Text of ASCII alone, and Latin text with general punctuation, take one-pass folds: each gives the folded text and
    // the positions that the general passes give.
    private static void FoldsAsTheGeneralPasses(string text)
    {
        var folded = NameFolding.Fold(text, out var starts, out var ends);
        var general = NameFolding.FoldByGeneralPasses(text, out var generalStarts, out var generalEnds);
        Assert.Equal(general, folded);
        Assert.Equal(generalStarts, starts);
        Assert.Equal(generalEnds, ends);
    }

    [Fact]
    public void Fold_of_ascii_text_is_the_general_fold() =>
        Gen.String[Gen.Char[(char)0, (char)127], 0, 40].Sample(FoldsAsTheGeneralPasses, iter: 20_000);

    [Fact]
    public void Fold_of_latin_text_with_punctuation_is_the_general_fold()
    {
        // Every character below the combining marks and every general punctuation mark, often ASCII letters and spaces
        // between them, and now and then a Greek or Cyrillic letter or a combining mark, which the general passes read.
        var character = Gen.Frequency(
            (4, Gen.Char[(char)0, (char)0x2FF]), (2, Gen.Char['a', 'z']), (1, Gen.Const(' ')), (2, Gen.Char['\u2000', '\u206F']),
            (1, Gen.OneOf('&', '.', '\u00B7', '\u00A0', 'ß', 'Æ', 'ı', 'Ø', '\u2019', '\u02BC', '\u01E2')),
            (1, Gen.OneOf('ο', 'а', '\u0301', 'К')));
        character.Array[0, 40].Select(chars => new string(chars)).Sample(FoldsAsTheGeneralPasses, iter: 50_000);
        foreach (var (name, _) in CountryTable.All.Concat(CountryAliases.All)) FoldsAsTheGeneralPasses(name);
    }

    [Fact]
    public void Fold_is_deterministic_and_idempotent()
    {
        foreach (var (name, _) in CountryTable.All.Concat(CountryAliases.All))
        {
            var once = NameFolding.Fold(name);
            Assert.Equal(once, NameFolding.Fold(name));
            Assert.Equal(once, NameFolding.Fold(once));
        }
    }

    private static readonly char[] WordSeparators = { ' ', '\'' };

    // The words a name is matched by: folded, split at spaces and apostrophes.
    private static string Key(string name) =>
        string.Join(" ", NameFolding.Fold(name).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries));
}
