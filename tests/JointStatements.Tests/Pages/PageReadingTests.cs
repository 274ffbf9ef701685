using System.Linq;
using System.Text;
using System.Threading;
using JointStatements.Html;
using Xunit;

namespace JointStatements.Tests.Pages;

/// <summary>How a page becomes lines: the structure a browser shows is kept (list numbers, bullets, table cells, line
/// breaks, headings), what is not text is left out, furniture is set apart, entities are decoded once, and the page's
/// own title, date and address stand in where the text says nothing.</summary>
public sealed class PageReadingTests
{
    private static string[] Lines(string html) =>
        Text(html).Lines.Select(line => line?.Text ?? "").ToArray();

    private static PageText Text(string html)
    {
        var page = PageDocument.Parse(html, CancellationToken.None);
        return PageText.Write(page, PageRegions.Of(page.Document), CancellationToken.None);
    }

    [Fact]
    public void Ordered_list_items_get_their_printed_numbers_from_start_and_value()
    {
        var lines = Lines("<body><ol start=\"3\"><li>Alpha</li><li value=\"7\">Beta</li><li>Gamma</li></ol><ol reversed><li>Two</li><li>One</li></ol></body>");

        Assert.Equal(new[] { "3. Alpha", "7. Beta", "8. Gamma", "", "2. Two", "1. One" }, lines);
    }

    [Fact]
    public void Unordered_items_are_bulleted_rows_are_tab_separated_cells_and_br_breaks_the_line()
    {
        var lines = Lines("<body><h2>Heading</h2><ul><li>First <b>item</b></li><li>Second</li></ul>"
            + "<table><tr><td>Party</td><td>Country</td></tr><tr><td>KKE</td><td>Greece</td></tr></table><p>one<br>two</p></body>");

        Assert.Equal(new[] { "Heading", "", "\u2022 First item", "\u2022 Second", "", "Party\tCountry", "KKE\tGreece", "", "one", "two" }, lines);
    }

    [Fact]
    public void Scripts_styles_hidden_elements_and_form_controls_are_no_text_at_all()
    {
        var text = Text("<body><script>var menu = 'Home';</script><style>p{}</style><noscript>Enable scripts</noscript>"
            + "<p hidden>Hidden</p><p style=\"display: none\">Invisible</p><p>Shown</p><select><option>2019</option></select></body>");

        Assert.Equal(new[] { "Shown" }, text.Lines.Select(line => line!.Text));
        Assert.Empty(text.Boilerplate);
    }

    [Fact]
    public void Navigation_banners_sidebars_footers_forms_and_sharing_widgets_are_boilerplate_with_their_lines()
    {
        var text = Text("<body>\n<header>Site</header>\n<nav><a href=\"/\">Home</a></nav>\n<main><h1>Title</h1><p>Text of the statement.</p>"
            + "<div class=\"share-buttons\">Share</div></main>\n<aside>Recent posts</aside>\n<form>Search</form>\n<footer>Imprint</footer></body>");

        Assert.Equal(new[] { "Title", "", "Text of the statement." }, text.Lines.Select(line => line?.Text ?? ""));
        Assert.Equal(new[] { ("Site", 2), ("Home", 3), ("Share", 4), ("Recent posts", 5), ("Search", 6), ("Imprint", 7) },
            text.Boilerplate.Select(line => (line.Text, line.Line)));
    }

    [Fact]
    public void A_name_alone_never_makes_furniture_of_a_box_holding_most_of_the_page()
    {
        // Some site software calls every box a widget, the one holding the post too.
        var text = Text("<body><div class=\"widget Header\"><h1>Blog name</h1></div><div class=\"widget Blog\"><div class=\"post\">"
            + "<h3>Declaration on the strike</h3><p>The undersigned parties support the strike of the miners for their wages.</p></div></div>"
            + "<div class=\"widget BlogArchive\"><h2>Archive</h2></div></body>");

        Assert.Equal(new[] { "Declaration on the strike", "", "The undersigned parties support the strike of the miners for their wages." },
            text.Lines.Select(line => line?.Text ?? ""));
        Assert.Equal(new[] { "Blog name", "Archive" }, text.Boilerplate.Select(line => line.Text));
    }

    [Fact]
    public void Bylines_and_calls_to_subscribe_inside_the_article_are_furniture_its_header_is_not()
    {
        var text = Text("<body><main><article><header class=\"entry-header\"><h1>The title</h1></header>"
            + "<dl class=\"article-info\"><dt>Details</dt><dd class=\"published\">Published: 2 June 2018</dd></dl>"
            + "<p>The text of the statement, long enough to be the statement.</p><footer class=\"entry-footer\">Posted in News</footer></article>"
            + "<section class=\"footer-cta\"><h2>Sign up for more like this.</h2></section></main></body>");

        Assert.Equal(new[] { "The title", "", "The text of the statement, long enough to be the statement." }, text.Lines.Select(line => line?.Text ?? ""));
        Assert.Equal(new[] { "Details", "Published: 2 June 2018", "Posted in News", "Sign up for more like this." }, text.Boilerplate.Select(line => line.Text));
    }

    [Fact]
    public void Entities_are_decoded_once_so_an_escaped_entity_stays_as_written()
    {
        var result = StatementPages.Parse("<body><h1>On the strike</h1><p>Write &amp;amp; for an ampersand &ndash; &eacute;crit.</p></body>", "page.html");

        Assert.Equal("Write &amp; for an ampersand – écrit.", result.Statement.Body.Single().Text);
    }

    [Fact]
    public void A_title_above_the_content_region_opens_the_text()
    {
        var lines = Lines("<body><div id=\"header\">Site name</div><h1 class=\"title\">The title</h1><div id=\"content\"><p>The statement's long text, long enough to count.</p></div></body>");

        Assert.Equal(new[] { "The title", "", "The statement's long text, long enough to count." }, lines);
    }

    [Fact]
    public void Without_a_content_region_the_densest_block_of_text_is_the_statement()
    {
        var text = Text("<body><table><tr><td><a href=\"a\">Start</a><br><a href=\"b\">Archive</a></td><td>"
            + "<p>A first paragraph of the statement, with enough words to weigh, and commas, too.</p>"
            + "<p>A second paragraph of the statement, also with enough words to weigh.</p></td></tr></table></body>");

        Assert.Equal(2, text.Lines.Count(line => line is not null));
        Assert.Equal(new[] { "Start", "Archive" }, text.Boilerplate.Select(line => line.Text));
    }

    [Fact]
    public void The_page_title_and_publication_date_stand_in_where_the_text_gives_none_with_their_lines()
    {
        var html = "<html><head>\n<title>Solidarity with the miners | Red Site</title>\n<meta property=\"og:site_name\" content=\"Red Site\">\n"
            + "<meta property=\"article:published_time\" content=\"2022-04-05T10:00:00+02:00\">\n</head>\n"
            + "<body><main><p>The undersigned parties greet the striking miners of the north and call for solidarity.</p></main></body></html>";

        var result = StatementPages.Parse(html, "miners.html");

        Assert.Equal("Solidarity with the miners", result.Statement.Title);
        Assert.Equal(2, result.Statement.Lines.Title);
        Assert.Equal(new DateSpan(new System.DateTime(2022, 4, 5), new System.DateTime(2022, 4, 5), DatePrecision.Day), result.Statement.Date);
        Assert.Equal(4, result.Statement.Lines.Date);
        Assert.Equal("joint-2022-04-05-solidarity-miners", result.Statement.Id);
        Assert.DoesNotContain(result.Issues, issue => issue.Id is "JST019" or "JST021");
    }

    [Fact]
    public void The_text_s_own_title_and_date_win_over_the_page_s()
    {
        var html = "<html><head><meta property=\"og:title\" content=\"Post title\"><meta property=\"article:published_time\" content=\"2022-04-05\"></head>"
            + "<body><main><h1>Solidarity with the miners</h1><p>ICOR Resolution, 1 April 2022</p><p>The ICOR greets the striking miners of the north.</p></main></body></html>";

        var statement = StatementPages.Parse(html, "miners.html").Statement;

        Assert.Equal("Solidarity with the miners", statement.Title);
        Assert.Equal(new System.DateTime(2022, 4, 1), statement.Date!.Start);
    }

    [Theory]
    [InlineData("<!-- saved from url=(0034)https://icor.example/en/resolution --><html><head><link rel=\"canonical\" href=\"https://other.example/\"></head>", "https://icor.example/en/resolution")]
    [InlineData("<html><head><link rel=\"canonical\" href=\"https://icor.example/en/resolution\"><meta property=\"og:url\" content=\"https://other.example/\"></head>", "https://icor.example/en/resolution")]
    [InlineData("<html><head><meta property=\"og:url\" content=\"https://icor.example/en/resolution\"></head>", "https://icor.example/en/resolution")]
    [InlineData("<html><head><link rel=\"canonical\" href=\"/en/resolution\"></head>", null)]
    public void The_page_s_address_is_where_it_was_saved_from_else_its_canonical_link_else_og_url(string head, string? expected)
    {
        var statement = StatementPages.Parse(head + "<body><h1>Title</h1><p>Some text of the statement.</p></body></html>", "page.html").Statement;

        Assert.Equal(expected, statement.SourceUrl);
    }

    [Fact]
    public void An_address_given_by_the_caller_is_kept_as_given()
    {
        var statement = StatementPages.Parse(Encoding.UTF8.GetBytes("<link rel=canonical href=\"https://other.example/\"><h1>Title</h1><p>Text.</p>"),
            "page.html", "text/html", "https://icor.example/a").Statement;

        Assert.Equal("https://icor.example/a", statement.SourceUrl);
    }

    [Fact]
    public void Lines_are_found_past_a_script_longer_than_the_search_window()
    {
        var html = "<html><head><script>var data = '" + new string('x', 200_000) + "';</script></head>\n<body>\n<main>\n<h1>\nTitle</h1>\n<p>\nICOR Resolution, 1 April 2022</p>\n<p>The text.</p></main></body></html>";

        var statement = StatementPages.Parse(html, "page.html").Statement;

        // Each value is at the line of its text, not of its element's start tag above it.
        Assert.Equal(5, statement.Lines.Title);
        Assert.Equal(7, statement.Lines.Date);
    }

    [Fact]
    public void Issues_point_at_the_html_source_line_and_column()
    {
        var html = "<html><body>\n<main>\n<h1>Title</h1>\n<p>ICOR Resolution, 1 April 2022</p>\n<p>The text.</p>\n<p>Signatories:</p>\n<ol>\n<li>Foo Bar Baz, Atlantis</li>\n</ol></main></body></html>";

        var issue = StatementPages.Parse(html, "page.html").Issues.Single(i => i.Id == "JST010");

        Assert.Equal(8, issue.Line);
        Assert.Equal(18, issue.Column);
    }
}
