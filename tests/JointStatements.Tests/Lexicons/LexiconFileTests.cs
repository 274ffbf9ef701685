extern alias generator;

using JointStatements.Parsing.Lexicons;

namespace JointStatements.Tests.Lexicons;

/// <summary>The lexicons are data files compiled into both assemblies; these tests read the format and check that both
/// carry every file.</summary>
public sealed class LexiconFileTests
{
    [Fact]
    public void Every_lexicon_file_is_read_in_the_order_of_its_language_code()
    {
        var languages = JointStatements.Parsing.Lexicons.Lexicons.All.Select(lexicon => lexicon.Language).ToList();

        Assert.Equal(["ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "hi", "hu", "id", "is", "it", "ko", "ku", "mk", "nb", "ne", "nl", "pa", "pl", "pt", "ro", "ru", "sk", "sq", "sr", "sv", "tl", "tr", "zh"], languages);
    }

    [Fact]
    public void The_generator_carries_the_same_lexicon_files_as_the_library()
    {
        static string[] Lexicons(System.Reflection.Assembly assembly) => assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(LexiconFile.ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        var library = Lexicons(typeof(Statement).Assembly);

        Assert.Equal(36, library.Length);
        Assert.Equal(library, Lexicons(typeof(generator::JointStatements.Generator.StatementsGenerator).Assembly));
    }

    [Fact]
    public void Sections_become_words_and_pairs()
    {
        var lexicon = LexiconFile.Parse("xx", """
            # A comment line.
            [organisation words]
            partei
            kommunist*

            [issuer names]
            ICOR | Internationale Koordinierung
            [meeting names]
            any | Regionaltreffen
            [kinds]
            Declaration | Erklärung
            [demonyms]
            DE | Deutsche
            [country name endings]
            - | s
            """);

        Assert.Equal("xx", lexicon.Language);
        Assert.Equal(["partei", "kommunist*"], lexicon.OrganisationWords);
        Assert.Equal([(Issuer.Icor, "Internationale Koordinierung")], lexicon.IssuerNames);
        Assert.Equal([((Issuer?)null, "Regionaltreffen")], lexicon.MeetingNames);
        Assert.Equal([(StatementKind.Declaration, "Erklärung")], lexicon.Kinds);
        Assert.Equal([("Deutsche", "DE")], lexicon.Demonyms);
        Assert.Equal([("", "s")], lexicon.CountryNameEndings);
        Assert.Empty(lexicon.Weekdays);
    }

    [Theory]
    [InlineData("partei", "Lexicon 'xx', line 1: an entry before the first section.")]
    [InlineData("[party words]\npartei", "Lexicon 'xx', line 1: unknown section [party words].")]
    [InlineData("[kinds]\nErklärung", "Lexicon 'xx', line 2: [kinds] pairs a value with words: 'VALUE | words'.")]
    [InlineData("[kinds]\nStatute | Satzung", "Lexicon 'xx': [kinds] has an unknown value 'Statute' or no words after it.")]
    [InlineData("[issuer names]\nWFTU | Weltgewerkschaftsbund", "Lexicon 'xx': [issuer names] has an unknown value 'WFTU' or no words after it.")]
    [InlineData("[demonyms]\nDEU | Deutsche", "Lexicon 'xx': [demonyms] has an unknown value 'DEU' or no words after it.")]
    public void A_malformed_file_names_the_language_the_line_and_what_is_wrong(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => LexiconFile.Parse("xx", text));

        Assert.Equal(message, error.Message);
    }
}
