namespace JointStatements.Tests.Parsing;

/// <summary>Statement shapes the five seeds do not show, written by hand in Statements/*.txt: other list layouts,
/// other languages, HTML entities, CRLF and a byte-order mark, several waves of late signers, a wrapped title,
/// a year-only date. The schema fields of each file are in its expected JSON beside it and checked by
/// <see cref="FixtureTests"/>; these tests assert what that JSON does not cover: that the file parses clean, its
/// closing slogans and other body blocks, line numbers, and CRLF and byte-order-mark handling.</summary>
public sealed class GeneralisationTests
{
    public static TheoryData<string> AllFiles => new(StatementFixtures.Names);

    /// <summary>The closing slogans each statement file's body must hold, one a row.</summary>
    public static TheoryData<string, string> Slogans => ExampleTable.Pairs("Parsing", "closing-slogans.tsv");

    // ---- Every file parses clean and keeps its closing slogans in the body ----------------------------------------

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Statement_file_parses_clean_with_no_unplaced_line_and_no_issue_above_info(string file)
    {
        StatementFixtures.ParseClean(file);
    }

    [Theory]
    [MemberData(nameof(Slogans))]
    public void A_closing_slogan_is_a_slogan_of_the_body(string file, string slogan)
    {
        var s = StatementFixtures.ParseClean(file);

        Assert.Contains(slogan, s.Body.Where(b => b.Kind == BodyBlockKind.Slogan).Select(b => b.Text));
    }

    // ---- A list inside a paragraph, a wrapped title --------------------------------------------------------------

    [Fact]
    public void Signed_by_paragraph_is_the_list_and_no_paragraph_of_the_body()
    {
        var s = StatementFixtures.ParseClean("signed-by-comma-paragraph.txt");

        Assert.DoesNotContain(s.Body, b => b.Text.StartsWith("Signed by", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_wrapped_over_two_lines_starts_on_line_one_and_its_second_line_is_not_in_the_body()
    {
        var s = StatementFixtures.ParseClean("icmlpo-wrapped-title.txt");

        Assert.Equal(1, s.Lines.Title);
        Assert.DoesNotContain(s.Body, b => b.Text.StartsWith("democratic rights and freedoms", StringComparison.Ordinal));
    }

    // ---- CRLF line endings and a byte-order mark ----------------------------------------------------------------

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Crlf_line_endings_and_a_byte_order_mark_parse_exactly_like_lf(string file)
    {
        var lf = StatementFixtures.ReadLf(file);
        var crlf = StatementFixtures.ReadWithBomAndCrlf(file);
        Assert.Equal('\uFEFF', crlf[0]);
        Assert.Contains("\r\n", crlf, StringComparison.Ordinal);

        var expected = StatementParser.ParseWithIssues(lf, file);
        var actual = StatementParser.ParseWithIssues(crlf, file);

        // Field by field first, for a readable failure; then the records as a whole (line numbers included).
        var e = expected.Statement;
        var a = actual.Statement;
        Assert.Equal(e.Title, a.Title);
        Assert.Equal(e.Issuer, a.Issuer);
        Assert.Equal(e.Kind, a.Kind);
        Assert.Equal(e.Meeting, a.Meeting);
        Assert.Equal(e.Place, a.Place);
        Assert.Equal(e.Date, a.Date);
        Assert.Equal(e.SignatoriesAsOf, a.SignatoriesAsOf);
        Assert.Equal(e.SignatoryRole, a.SignatoryRole);
        Assert.Equal(e.Signatories.AsEnumerable(), a.Signatories.AsEnumerable());
        Assert.Equal(e.Body.AsEnumerable(), a.Body.AsEnumerable());
        Assert.Equal(e.Boilerplate.AsEnumerable(), a.Boilerplate.AsEnumerable());
        Assert.Equal(e.Unplaced.AsEnumerable(), a.Unplaced.AsEnumerable());
        Assert.Equal(e.Lines, a.Lines);
        Assert.Equal(e, a);
        Assert.Equal(expected.Issues.AsEnumerable(), actual.Issues.AsEnumerable());
    }

    [Fact]
    public void Byte_order_mark_and_carriage_returns_never_reach_the_values()
    {
        const string file = "imcwp-tab-party-country.txt";
        var s = StatementParser.Parse(StatementFixtures.ReadWithBomAndCrlf(file), file);

        Assert.Equal("Joint Statement of the 20th International Meeting of Communist and Workers' Parties", s.Title);
        Assert.Equal(1, s.Lines.Title);
        // The last column of a tab row ends right before "\r\n": the country must still be read.
        Assert.Equal("KP", s.Signatories[^1].Country?.Code);
        var texts = new[] { s.Title ?? "", s.Meeting ?? "", s.Place ?? "" }
            .Concat(s.Signatories.Select(x => x.Name))
            .Concat(s.Body.Select(b => b.Text));
        Assert.DoesNotContain(texts, t => t.Contains('\r', StringComparison.Ordinal) || t.Contains('\uFEFF', StringComparison.Ordinal));
    }

    // ---- HTML entities left in the text -------------------------------------------------------------------------

    [Fact]
    public void Html_entities_are_decoded_in_title_body_and_signatories()
    {
        const string file = "icor-html-entities.txt";
        var s = StatementFixtures.ParseClean(file);


        var body = s.Body.Select(b => b.Text).ToList();
        Assert.Contains(body, t => t.Contains("The \"Doha Deal\" that the US government signed", StringComparison.Ordinal));
        Assert.Contains(body, t => t.Contains("\"Bread, work & freedom\"", StringComparison.Ordinal));
        Assert.Contains(body, t => t.Contains("in the country – above all the Marxist-Leninists", StringComparison.Ordinal));

        var everything = new[] { s.Title! }
            .Concat(body)
            .Concat(s.Signatories.SelectMany(x => new[] { x.ShortName ?? "", x.Name, x.EnglishName ?? "" }));
        foreach (var entity in new[] { "&amp;", "&#", "&nbsp;", "&quot;", "\u00A0" })
        {
            Assert.DoesNotContain(everything, t => t.Contains(entity, StringComparison.Ordinal));
        }
    }

    // ---- Bulleted points before the list --------------------------------------------------------------------------

    [Fact]
    public void Bulleted_lines_before_the_list_are_points_of_the_body()
    {
        const string file = "imcwp-print-stamp-year.txt";
        var s = StatementFixtures.ParseClean(file);

        // The bulleted lines before the list are points of the body, without their bullets.
        var points = s.Body.Where(b => b.Kind == BodyBlockKind.Point).Select(b => b.Text).ToList();
        Assert.Contains("Express their solidarity with the people of Cuba and demand the immediate end of the criminal blockade imposed by the United States.", points);
        Assert.Contains("Call for the strengthening of the struggle against imperialist war, against NATO and against the militarisation of the economy.", points);
        Assert.Contains("Commit themselves to support the struggles of the working class for wages, jobs and social rights in every country.", points);
    }
}
