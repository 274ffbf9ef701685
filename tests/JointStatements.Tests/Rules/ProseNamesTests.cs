using JointStatements.Parsing.Lists;

namespace JointStatements.Tests.Rules;

/// <summary>Where names begin and end in a sentence that names organisations one after another
/// (<see cref="ProseNames"/>), read from the words' shape in any language.</summary>
public sealed class ProseNamesTests
{
    public static TheoryData<string, string?> Enumerations => ExampleTable.PairsOrNull("Rules", "prose-enumerations.tsv");

    [Theory]
    [MemberData(nameof(Enumerations))]
    public void A_sentence_names_the_organisations_of_its_enumeration(string sentence, string? expected)
    {
        var names = ProseNames.Enumeration(sentence, acronymsAlone: false);

        Assert.Equal(expected, names.Count == 0 ? null : string.Join(" | ", names));
    }

    [Fact]
    public void Two_acronyms_alone_are_organisations_after_a_titles_document_word_only()
    {
        const string authors = "MLKP and MKP";

        Assert.Equal(new[] { "MLKP", "MKP" }, ProseNames.Enumeration(authors, acronymsAlone: true));
        Assert.Empty(ProseNames.Enumeration(authors, acronymsAlone: false));
    }

    [Fact]
    public void Three_acronyms_alone_in_a_run_are_organisations_in_running_text_unless_institutions_or_countries()
    {
        Assert.Equal(new[] { "MLKP", "TKP/ML", "TIKB", "MKP" }, ProseNames.Enumeration("MLKP, TKP/ML, TIKB and MKP", acronymsAlone: false));
        Assert.Empty(ProseNames.Enumeration("Troops of NATO, the EU and the USA", acronymsAlone: false));
    }
}
