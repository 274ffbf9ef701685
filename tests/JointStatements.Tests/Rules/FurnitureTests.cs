using JointStatements.Parsing.Rules;

namespace JointStatements.Tests.Rules;

/// <summary>Page furniture is read from its shape and from each lexicon's furniture words; a line of the statement
/// that only starts like furniture stays the statement's.</summary>
public sealed class FurnitureTests
{
    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Personal tools")]
    [InlineData("Print this page")]
    [InlineData("Share this:")]
    [InlineData("Tags: Iran, solidarity, ICOR")]
    [InlineData("Filed under: International")]
    [InlineData("Next post: The 5th World Conference")]
    [InlineData("Previous")]
    [InlineData("Back to the list of statements")]
    [InlineData("Read more")]
    [InlineData("Copyright 2024 The Party. All rights reserved.")]
    [InlineData("© 2024 The Party")]
    [InlineData("Home | About | Contact")]
    [InlineData("Posted on 25 March 2021 by admin")]
    [InlineData("Vous êtes ici : Accueil » International")]
    [InlineData("e-mail:cp@example.org")]
    [InlineData("http://www.example.org , mailto:info@example.org")]
    [InlineData("#solidarity #Palestine")]
    [InlineData("Fonte: Ufficio Stampa del Partito")]
    [InlineData("Quelle: Unsere Zeit")]
    public void A_line_of_page_furniture_is_furniture(string line) =>
        Assert.True(BoilerplateRules.IsFurniture(line, previousText: null));

    [Theory]
    [InlineData("Next year the parties will meet again in Athens.")]
    [InlineData("Tags of the working class movement")]
    [InlineData("Home rule for the peoples of the region")]
    [InlineData("Communist Party of Greece")]
    [InlineData("Joint Statement: For peace, against imperialist war")]
    [InlineData("Write to the party at info@example.org to sign the appeal.")]
    [InlineData("#1 Against the war")]
    public void A_line_of_the_statement_that_opens_like_furniture_is_not(string line) =>
        Assert.False(BoilerplateRules.IsFurniture(line, previousText: null));

    [Theory]
    [InlineData("The statement in other languages is here:", "Deutsch")]
    [InlineData("La declaración en otros idiomas aquí:", "English")]
    public void A_short_line_after_a_line_pointing_to_it_is_a_link_label(string previous, string line)
    {
        Assert.True(BoilerplateRules.IsFurniture(line, previous));
        Assert.False(BoilerplateRules.IsFurniture(line, previousText: null));
    }

    [Theory]
    [InlineData("Party En", true)]
    [InlineData("• Greece, Communist Party of Greece Joint Statement Ar En Es Ru Europe", true)]
    [InlineData("Communist Party of Greece", false)]
    public void A_language_tag_comes_from_the_lexicons_tags(string line, bool isTag) =>
        Assert.Equal(isTag, BoilerplateRules.IsLanguageTag(line));
}
