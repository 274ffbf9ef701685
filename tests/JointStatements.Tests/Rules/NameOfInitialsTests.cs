using JointStatements.Parsing;

namespace JointStatements.Tests.Rules;

/// <summary>The name a short name abbreviates, found by its capitals among a line's words: in scripts with capitals and
/// in those without.</summary>
public sealed class NameOfInitialsTests
{
    [Fact]
    public void A_run_of_words_whose_capitals_are_the_short_names_is_its_name()
    {
        Assert.Equal("Partido Comunista de México",
            StatementReader.NameOfInitials("Saludamos al Partido Comunista de México, que nos invitó.", "PCM"));
    }

    [Theory]
    // Bengali and Devanagari short names have no capitals to follow: no name is looked for.
    [InlineData("সিপিএম, সিপিআই, আরএসপি আজ বৈঠক করবে", "সিপিএম")]
    [InlineData("भाकपा और माकपा ने बयान जारी किया", "माकपा")]
    public void A_short_name_with_no_capitals_has_no_name_of_initials(string line, string shortName)
    {
        Assert.Null(StatementReader.NameOfInitials(line, shortName));
    }
}
