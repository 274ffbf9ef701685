namespace JointStatements.Tests.Robustness;

/// <summary>Names in a sentence of a script with no capitals, read by their organisation's noun, at the edges of what a
/// sentence may hold after a name: a quoted word or a parenthesis that never closes, a quoted preposition or a
/// preposition with a question mark as the sentence's last word. Each is read without an error.</summary>
public sealed class CaselessNameEdgeTests
{
    [Theory]
    // A quoted parenthesis that does not close within the words a short parenthesis may have.
    [InlineData("عقد الحزب (\"الحزب الشيوعي الكردستاني العراقي اجتماعا مع الحزب الشيوعي العراقي.")]
    // A quoted preposition of place as the sentence's last word.
    [InlineData("عقد الحزب الشيوعي العراقي والحزب الشيوعي «في»")]
    // A preposition of place with a question mark as the last word.
    [InlineData("عقد الحزب الشيوعي العراقي والحزب الشيوعي في؟")]
    public void A_sentence_ending_inside_a_name_is_read_without_an_error(string sentence)
    {
        var result = StatementParser.ParseWithIssues("بيان\n\n" + sentence + "\n", "names.txt");

        Assert.DoesNotContain(result.Issues, issue => issue.Id == "JST008");
    }
}
