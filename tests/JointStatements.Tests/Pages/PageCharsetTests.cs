using System.Linq;
using System.Text;
using JointStatements.Html;
using Xunit;

namespace JointStatements.Tests.Pages;

/// <summary>A page's bytes decode as a browser would read them right: a byte order mark decides; valid UTF-8 is UTF-8;
/// otherwise the server's charset, else the page's own declaration, else windows-1252. Where the bytes contradict the
/// declaration, JST027 says how the page was read.</summary>
public sealed class PageCharsetTests
{
    private const string Words = "Prolétaires de tous les pays, unissez-vous – Łódź";

    static PageCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string head, Encoding encoding, string words = "Prolétaires de tous les pays, unissez-vous") =>
        encoding.GetBytes("<html><head>" + head + "</head><body><h1>" + words + "</h1><p>Text of the statement.</p></body></html>");

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">", "windows-1252")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "windows-1252")]
    [InlineData("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=latin1\">", "windows-1252")]
    public void A_legacy_page_is_read_in_the_charset_it_declares(string head, string encoding)
    {
        var (text, used, mismatch) = PageDecoder.Decode(Page(head, Encoding.GetEncoding(encoding)), null);

        Assert.Contains("Prolétaires de tous les pays", text, System.StringComparison.Ordinal);
        Assert.Equal("windows-1252", used);
        Assert.Null(mismatch);
    }

    [Fact]
    public void An_iso_8859_2_page_reads_its_polish_letters()
    {
        var statement = StatementPages.Parse(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">",
            Encoding.GetEncoding("iso-8859-2"), "Solidarność z robotnikami Łodzi"), "page.html").Statement;

        Assert.Equal("Solidarność z robotnikami Łodzi", statement.Title);
    }

    [Fact]
    public void The_server_s_charset_outranks_the_page_s_declaration()
    {
        var bytes = Page("<meta charset=\"iso-8859-2\">", Encoding.GetEncoding("windows-1252"));

        var (text, used, _) = PageDecoder.Decode(bytes, "windows-1252");

        Assert.Equal("windows-1252", used);
        Assert.Contains("Prolétaires", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_utf8_is_read_as_utf8_whatever_the_declaration_says_and_the_mismatch_is_reported()
    {
        var result = StatementPages.Parse(Page("<meta charset=\"iso-8859-1\">", new UTF8Encoding(false)), "page.html", "text/html; charset=ISO-8859-1");

        Assert.Equal("Prolétaires de tous les pays, unissez-vous", result.Statement.Title);
        var issue = result.Issues.Single(i => i.Id == "JST027");
        Assert.Equal("'page.html' declares the charset ISO-8859-1 but its bytes are UTF-8; it was read as utf-8, so letters outside ASCII may be wrong", issue.Message);
    }

    [Fact]
    public void A_page_declared_utf8_whose_bytes_are_not_is_read_as_windows_1252_and_reported()
    {
        var result = StatementPages.Parse(Page("<meta charset=\"utf-8\">", Encoding.GetEncoding("windows-1252")), "page.html");

        Assert.Equal("Prolétaires de tous les pays, unissez-vous", result.Statement.Title);
        Assert.Contains(result.Issues, i => i.Id == "JST027" && i.Message.Contains("declares the charset utf-8 but is not valid UTF-8", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_without_a_declaration_that_is_not_utf8_is_read_as_windows_1252_and_reported()
    {
        var result = StatementPages.Parse(Page("", Encoding.GetEncoding("windows-1252")), "page.html");

        Assert.Equal("Prolétaires de tous les pays, unissez-vous", result.Statement.Title);
        Assert.Contains(result.Issues, i => i.Id == "JST027" && i.Message.Contains("declares no charset", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_byte_order_mark_outranks_every_declaration()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Page("<meta charset=\"windows-1252\">", new UnicodeEncoding(false, false), Words)).ToArray();

        var statement = StatementPages.Parse(bytes, "page.html").Statement;

        Assert.Equal(Words, statement.Title);
    }
}
