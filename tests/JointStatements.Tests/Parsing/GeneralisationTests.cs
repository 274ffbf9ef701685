using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace JointStatements.Tests.Parsing;

/// <summary>Statement shapes the five seeds do not show, written by hand in Statements/*.txt: other list layouts,
/// other languages, HTML entities, CRLF and a byte-order mark, several waves of late signers, a wrapped title,
/// a year-only date. Each test asserts every schema field the shape exercises (see Expected/SCHEMA.md).</summary>
public sealed class GeneralisationTests
{
    /// <summary>A signatory's schema fields, compared as one value so a failure shows the whole row.</summary>
    private sealed record Org(int Position, string? ShortName, string Name, string? EnglishName, string? Country, bool Late);

    public static TheoryData<string> AllFiles => new(StatementFixtures.Names);

    private static DateSpan Days(int year, int month, int firstDay, int lastDay) =>
        new(new DateTime(year, month, firstDay), new DateTime(year, month, lastDay), DatePrecision.Day);

    private static void AssertSignatories(Statement statement, params Org[] expected)
    {
        var actual = statement.Signatories
            .Select(s => new Org(s.Position, s.ShortName, s.Name, s.EnglishName, s.Country?.Code, s.Late))
            .ToList();
        // The names first: a missing or extra row shows up as a readable list difference.
        Assert.Equal(expected.Select(o => o.Name), actual.Select(o => o.Name));
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]);
    }

    private static void AssertSlogans(Statement statement, params string[] slogans)
    {
        var found = statement.Body.Where(b => b.Kind == BodyBlockKind.Slogan).Select(b => b.Text).ToList();
        foreach (var slogan in slogans) Assert.Contains(slogan, found);
    }

    // ---- 1. Tab-separated tables -------------------------------------------------------------------------------

    [Fact]
    public void Tab_separated_Party_Country_table_with_a_header_row()
    {
        const string file = "imcwp-tab-party-country.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Imcwp, s.Issuer);
        // The title's own word: "Joint Statement".
        Assert.Equal(StatementKind.Statement, s.Kind);
        Assert.Equal("Joint Statement of the 20th International Meeting of Communist and Workers' Parties", s.Title);
        Assert.Equal("20th International Meeting of Communist and Workers' Parties", s.Meeting);
        Assert.Equal("Athens, Greece", s.Place);
        Assert.Equal(Days(2018, 11, 23, 25), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // The header row "Party<TAB>Country" is no organisation; the second column is the country, not part of the name.
        AssertSignatories(s,
            new(1, null, "Communist Party of Greece", null, "GR", false),
            new(2, null, "Portuguese Communist Party", null, "PT", false),
            new(3, null, "Communist Party of the Russian Federation", null, "RU", false),
            new(4, null, "Communist Party of Cuba", null, "CU", false),
            new(5, null, "South African Communist Party", null, "ZA", false),
            // "(Marxist)" qualifies the name (seed 003).
            new(6, null, "Communist Party of India (Marxist)", null, "IN", false),
            new(7, null, "Lebanese Communist Party", null, "LB", false),
            new(8, null, "Communist Party of Bohemia and Moravia", null, "CZ", false),
            new(9, null, "Communist Party of Venezuela", null, "VE", false),
            new(10, null, "Workers' Party of Korea", null, "KP", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "No to imperialist wars!", "Workers of all countries, unite!");
    }

    [Fact]
    public void Tab_separated_Acronym_Name_Country_rows_without_a_header()
    {
        const string file = "icor-tab-acronym-name-country.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icor, s.Issuer);
        Assert.Equal(StatementKind.Resolution, s.Kind);
        Assert.Equal("Solidarity with the rebellion against racism and police violence in the USA!", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        Assert.Equal(DateSpan.Day(2020, 6, 5), s.Date);
        Assert.Equal(new DateTime(2020, 6, 4), s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        AssertSignatories(s,
            new(1, "MLPD", "Marxistisch-Leninistische Partei Deutschlands", "Marxist-Leninist Party of Germany", "DE", false),
            new(2, "RM", "Rode Morgen", "Red Dawn", "NL", false),
            new(3, "PCPCI", "Parti Communiste Prolétarien de Côte d'Ivoire", "Proletarian Communist Party of Ivory Coast", "CI", false),
            new(4, "CPSA (ML)", "Communist Party of South Africa (Marxist-Leninist)", null, "ZA", false),
            new(5, "NCP (Mashal)", "Nepal Communist Party (Mashal)", null, "NP", false),
            new(6, "BDP", "Bloque Democratico Popular", "Popular Democratic Bloc", "PE", false),
            new(7, "KSRD", "Koordinazionnyj Sowjet Rabotschewo Dvizhenija", "Coordination Council of the Workers Class Movement", "UA", false),
            new(8, "MLKP", "Marksist Leninist Komünist Parti Türkiye / Kürdistan", "Marxist Leninist Communist Party Turkey / Kurdistan", "TR", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Down with racism and police violence!", "Long live international solidarity!", "Strengthen the ICOR!");
    }

    // ---- 2. Name (ACRONYM) – Country ---------------------------------------------------------------------------

    [Fact]
    public void Name_acronym_en_dash_country_lines_under_the_IMCWP_working_group()
    {
        const string file = "imcwp-working-group-name-acronym-dash-country.txt";
        var s = StatementFixtures.ParseClean(file);

        // SCHEMA.md: a statement that names the IMCWP's working group has issuer IMCWP.
        Assert.Equal<Issuer?>(Issuer.Imcwp, s.Issuer);
        Assert.Equal(StatementKind.Statement, s.Kind);
        Assert.Equal("Seventy-five years since the victory over fascism", s.Title);
        // Judgement: the Working Group is a standing body, not a meeting; the text names no meeting.
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        Assert.Equal(DateSpan.Day(2020, 5, 9), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        AssertSignatories(s,
            new(1, "KKE", "Communist Party of Greece", null, "GR", false),
            new(2, "PCP", "Portuguese Communist Party", null, "PT", false),
            new(3, "CPRF", "Communist Party of the Russian Federation", null, "RU", false),
            new(4, "KSČM", "Communist Party of Bohemia and Moravia", null, "CZ", false),
            // The inner "(Marxist)" qualifies the name; the last parenthesis "(CPI(M))" is the acronym, with its own nested parentheses.
            new(5, "CPI(M)", "Communist Party of India (Marxist)", null, "IN", false),
            new(6, "SACP", "South African Communist Party", null, "ZA", false),
            new(7, "PCC", "Communist Party of Cuba", null, "CU", false),
            new(8, "LCP", "Lebanese Communist Party", null, "LB", false),
            new(9, "PCV", "Communist Party of Venezuela", null, "VE", false),
            new(10, "AKEL", "Progressive Party of Working People", null, "CY", false),
            new(11, "CPB", "Communist Party of Britain", null, "GB", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Glory to the heroes of the antifascist struggle!", "No to historical revisionism and anticommunism!");
    }

    // ---- 3. Signed by: A, B, C and D. --------------------------------------------------------------------------

    [Fact]
    public void Signed_by_one_comma_separated_paragraph()
    {
        const string file = "signed-by-comma-paragraph.txt";
        var s = StatementFixtures.ParseClean(file);

        // A joint statement of parties naming no conference body.
        Assert.Null(s.Issuer);
        // The document's own word: "Joint statement of communist parties".
        Assert.Equal(StatementKind.Statement, s.Kind);
        Assert.Equal("The Mediterranean must not be a graveyard for refugees", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // "14 June" in the body is the date of the shipwreck, not of the statement.
        Assert.Equal(DateSpan.Day(2023, 6, 20), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // Split at ", " and the final " and "; the closing full stop is not part of the last name.
        AssertSignatories(s,
            new(1, "PCPE", "Communist Party of the Peoples of Spain", null, "ES", false),
            new(2, "PCP", "Portuguese Communist Party", null, "PT", false),
            new(3, "KKE", "Communist Party of Greece", null, "GR", false),
            new(4, "PCI", "Italian Communist Party", null, "IT", false),
            new(5, "LCP", "Lebanese Communist Party", null, "LB", false),
            new(6, "CPI", "Communist Party of Israel", null, "IL", false),
            new(7, "TKP", "Communist Party of Turkey", null, "TR", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Solidarity with the refugees!", "Down with the imperialist wars that drive people from their homes!");
        Assert.DoesNotContain(s.Body, b => b.Text.StartsWith("Signed by", StringComparison.Ordinal));
    }

    // ---- 4. Country-first lines --------------------------------------------------------------------------------

    [Fact]
    public void Country_colon_acronym_lines_of_meeting_attendees()
    {
        const string file = "imcwp-country-colon-acronym.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Imcwp, s.Issuer);
        Assert.Equal(StatementKind.Statement, s.Kind);
        Assert.Equal("Statement of the 18th International Meeting of Communist and Workers' Parties", s.Title);
        Assert.Equal("18th International Meeting of Communist and Workers' Parties", s.Meeting);
        Assert.Equal("Hanoi, Vietnam", s.Place);
        // "from 28 to 30 October 2016"; "in 2017" in the body is a future centenary, not the date.
        Assert.Equal(Days(2016, 10, 28, 30), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        // "Parties that took part in the Meeting:" lists attendance, not signatures.
        Assert.Equal<SignatoryRole?>(SignatoryRole.Attendee, s.SignatoryRole);
        // Judgement (seed 003, AKEL): an organisation given only by its acronym has it as shortName and name.
        AssertSignatories(s,
            new(1, "CPV", "CPV", null, "VN", false),
            new(2, "DKP", "DKP", null, "DE", false),
            new(3, "KKE", "KKE", null, "GR", false),
            new(4, "PCP", "PCP", null, "PT", false),
            new(5, "PCE", "PCE", null, "ES", false),
            new(6, "PCC", "PCC", null, "CU", false),
            new(7, "CPI(M)", "CPI(M)", null, "IN", false),
            new(8, "SACP", "SACP", null, "ZA", false),
            new(9, "CPRF", "CPRF", null, "RU", false),
            new(10, "KSČM", "KSČM", null, "CZ", false),
            new(11, "LCP", "LCP", null, "LB", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Long live the centenary of the October Revolution!", "Proletarians of all countries, unite!");
    }

    [Fact]
    public void Country_hyphen_name_lines()
    {
        const string file = "icmlpo-country-hyphen-name.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icmlpo, s.Issuer);
        // The title's own word: "Resolution on the situation in Africa".
        Assert.Equal(StatementKind.Resolution, s.Kind);
        Assert.Equal("Resolution on the situation in Africa", s.Title);
        Assert.Equal("XXIV Plenary Session", s.Meeting);
        Assert.Null(s.Place);
        Assert.Equal(DateSpan.Month(2018, 10), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        // "Adopted by the XXIV Plenary Session ... and signed by the following parties and organizations:".
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // The leading "Country - " is the country and not part of the name.
        AssertSignatories(s,
            new(1, null, "Communist Party of Benin", null, "BJ", false),
            new(2, "PCRV", "Revolutionary Communist Party of Upper Volta", null, "BF", false),
            new(3, null, "Revolutionary Communist Party of Côte d'Ivoire", null, "CI", false),
            new(4, null, "Workers' Party", null, "TN", false),
            new(5, "EMEP", "Labour Party", null, "TR", false),
            new(6, "PCMLE", "Marxist-Leninist Communist Party of Ecuador", null, "EC", false),
            new(7, null, "Communist Party of Colombia (Marxist-Leninist)", null, "CO", false),
            new(8, "PCR", "Revolutionary Communist Party", null, "BR", false),
            new(9, null, "Communist Party of Mexico (Marxist-Leninist)", null, "MX", false),
            new(10, "PCT", "Communist Party of Labour", null, "DO", false),
            new(11, "PCMLV", "Marxist-Leninist Communist Party of Venezuela", null, "VE", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Foreign troops out of Africa!", "Long live the struggle of the African peoples!");
    }

    // ---- 5. Several waves of late signers ----------------------------------------------------------------------

    [Fact]
    public void Several_waves_of_late_signers_continue_the_positions()
    {
        const string file = "icor-waves.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icor, s.Issuer);
        Assert.Equal(StatementKind.Resolution, s.Kind);
        Assert.Equal("Solidarity with the mass resistance against the military coup in Myanmar!", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // "On 1 February" in the body is the date of the coup, not of the resolution.
        Assert.Equal(DateSpan.Day(2021, 2, 12), s.Date);
        // Judgement: the only as-of date is on the latest wave, "Further signatories (as of 3 March 2021):",
        // so the list as a whole is current as of that day.
        Assert.Equal(new DateTime(2021, 3, 3), s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // 1-6 are numbered; both later waves are unnumbered, continue the positions and are late.
        AssertSignatories(s,
            new(1, "CPB", "Communist Party of Bangladesh", null, "BD", false),
            new(2, "CPI (ML) Red Star", "Communist Party of India (Marxist-Leninist) Red Star", null, "IN", false),
            new(3, "NCP (Mashal)", "Nepal Communist Party (Mashal)", null, "NP", false),
            new(4, "NDMLP", "New-Democratic Marxist-Leninist Party", null, "LK", false),
            new(5, "MLPD", "Marxistisch-Leninistische Partei Deutschlands", "Marxist-Leninist Party of Germany", "DE", false),
            new(6, "RM", "Rode Morgen", "Red Dawn", "NL", false),
            new(7, "PPRF", "Patriotic Peoples Republican Front of Nepal", null, "NP", true),
            new(8, "CPA/ML", "Communist Party of Australia (Marxist-Leninist)", null, "AU", true),
            new(9, "MLKP", "Marksist Leninist Komünist Parti Türkiye / Kürdistan", "Marxist Leninist Communist Party Turkey / Kurdistan", "TR", true),
            new(10, "BDP", "Bloque Democratico Popular", "Popular Democratic Bloc", "PE", true));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Down with the military dictatorship!", "Freedom for all political prisoners!", "Long live international solidarity!");
    }

    // ---- 6. A title wrapped over two lines ---------------------------------------------------------------------

    [Fact]
    public void Title_wrapped_over_two_lines_is_joined()
    {
        const string file = "icmlpo-wrapped-title.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icmlpo, s.Issuer);
        Assert.Equal(StatementKind.Statement, s.Kind);
        // Line 1 ends mid-phrase ("attacks on") and line 2 starts lower-case: one title, joined with one space.
        Assert.Equal("Stop the imperialist war preparations and the attacks on democratic rights and freedoms!", s.Title);
        Assert.Equal(1, s.Lines.Title);
        Assert.Equal("XXVI Plenary Session", s.Meeting);
        Assert.Null(s.Place);
        Assert.Equal(DateSpan.Month(2020, 11), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        // No list of organisations: the Conference speaks as a whole (seed 002).
        Assert.Null(s.SignatoryRole);
        Assert.Empty(s.Signatories);
        Assert.Empty(s.Boilerplate);
        // The title's second line is neither a slogan nor a paragraph of the body.
        Assert.DoesNotContain(s.Body, b => b.Text.StartsWith("democratic rights and freedoms", StringComparison.Ordinal));
        AssertSlogans(s, "No to the militarisation of society!", "Defend democratic rights and freedoms!", "Long live proletarian internationalism!");
    }

    // ---- 7. CRLF line endings and a byte-order mark ------------------------------------------------------------

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

    // ---- 8. HTML entities left in the text ---------------------------------------------------------------------

    [Fact]
    public void Html_entities_are_decoded_in_title_body_and_signatories()
    {
        const string file = "icor-html-entities.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icor, s.Issuer);
        Assert.Equal(StatementKind.Resolution, s.Kind);
        // &#39; → ', &amp; → &, &#8211; → en dash, &quot; → straight double quote.
        Assert.Equal("Solidarity with the Women's & People's Resistance in Afghanistan – No to the \"Doha Deal\"!", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // "1&nbsp;September 2021": the non-breaking space is a space. "February 2020" in the body is an earlier event.
        Assert.Equal(DateSpan.Day(2021, 9, 1), s.Date);
        Assert.Equal(new DateTime(2021, 8, 31), s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        AssertSignatories(s,
            new(1, "MLOA", "Marxist-Leninist Organization of Afghanistan", null, "AF", false),
            new(2, "PR-ByH", "Partija Rada - ByH", "Party of Labor - Bosnia & Herzegovina", "BA", false),
            // "MLPD&nbsp;Marxistisch…": the non-breaking space separates shortName and name, as in seed 004.
            new(3, "MLPD", "Marxistisch-Leninistische Partei Deutschlands", "Marxist-Leninist Party of Germany", "DE", false),
            new(4, "PCPCI", "Parti Communiste Prolétarien de Côte d'Ivoire", "Proletarian Communist Party of Ivory Coast", "CI", false),
            new(5, "TKP-ML", "Türkiye Komünist Partisi – Marksist-Leninist", "Communist Party of Turkey – Marxist-Leninist", "TR", false),
            new(6, "UPML", "Union Prolétarienne Marxiste-Léniniste", "Marxist-Leninist Proletarian Union", "FR", false),
            new(7, "KSRD", "Koordinazionnyj Sowjet Rabotschewo Dvizhenija", "Coordination Council of the Workers' Class Movement", "UA", false),
            new(8, "RM", "Rode Morgen", "Red Dawn", "NL", false));
        Assert.Empty(s.Boilerplate);

        var body = s.Body.Select(b => b.Text).ToList();
        Assert.Contains(body, t => t.Contains("The \"Doha Deal\" that the US government signed", StringComparison.Ordinal));
        Assert.Contains(body, t => t.Contains("\"Bread, work & freedom\"", StringComparison.Ordinal));
        Assert.Contains(body, t => t.Contains("in the country – above all the Marxist-Leninists", StringComparison.Ordinal));
        AssertSlogans(s, "Solidarity with the women of Afghanistan!", "Down with imperialism & religious fascism!");

        var everything = new[] { s.Title! }
            .Concat(body)
            .Concat(s.Signatories.SelectMany(x => new[] { x.ShortName ?? "", x.Name, x.EnglishName ?? "" }));
        foreach (var entity in new[] { "&amp;", "&#", "&nbsp;", "&quot;", "\u00A0" })
        {
            Assert.DoesNotContain(everything, t => t.Contains(entity, StringComparison.Ordinal));
        }
    }

    // ---- 9. Spanish pages --------------------------------------------------------------------------------------

    [Fact]
    public void Spanish_declaration_with_Firmantes_and_a_Spanish_day_date()
    {
        const string file = "cipoml-spanish-day.txt";
        var s = StatementFixtures.ParseClean(file);

        // CIPOML is the Spanish acronym of the ICMLPO, named in full in Spanish.
        Assert.Equal<Issuer?>(Issuer.Icmlpo, s.Issuer);
        // "Declaración de la Conferencia Internacional ...".
        Assert.Equal(StatementKind.Declaration, s.Kind);
        Assert.Equal("Los pueblos de América Latina frente a la crisis y la pandemia", s.Title);
        Assert.Null(s.Meeting);
        Assert.Equal("Quito, Ecuador", s.Place);
        Assert.Equal(DateSpan.Day(2021, 3, 15), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // Spanish names with no English rendering: englishName null. Spanish country names after " – ".
        AssertSignatories(s,
            new(1, "PCMLE", "Partido Comunista Marxista Leninista del Ecuador", null, "EC", false),
            new(2, "PCR", "Partido Comunista Revolucionario", null, "BR", false),
            // "(Marxista-Leninista)" qualifies the name; it is Spanish, not an English rendering.
            new(3, "PCdeC-ML", "Partido Comunista de Colombia (Marxista-Leninista)", null, "CO", false),
            new(4, "PCT", "Partido Comunista del Trabajo", null, "DO", false),
            new(5, "PCM-ML", "Partido Comunista de México (Marxista-Leninista)", null, "MX", false),
            new(6, "PCMLV", "Partido Comunista Marxista-Leninista de Venezuela", null, "VE", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "¡Abajo el imperialismo!", "¡Viva la lucha de los trabajadores y los pueblos!", "¡Por la revolución y el socialismo!");
    }

    [Fact]
    public void Spanish_resolution_with_a_Spanish_month_date_and_acronym_comma_country_lines()
    {
        const string file = "cipoml-spanish-month-acronym-comma-country.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icmlpo, s.Issuer);
        // The title's own word: "Resolución".
        Assert.Equal(StatementKind.Resolution, s.Kind);
        Assert.Equal("Resolución sobre la lucha de las mujeres trabajadoras", s.Title);
        // Judgement: the meeting as written, in Spanish ("as written", like "XI Plenary Session" in seed 000).
        Assert.Equal("XXV Sesión Plenaria", s.Meeting);
        Assert.Null(s.Place);
        // "noviembre de 2019".
        Assert.Equal(DateSpan.Month(2019, 11), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // Judgement (seed 003, AKEL): an organisation given only by its acronym has it as shortName and name.
        // Spanish country names after ", ": Francia, España, Turquía, Túnez, República Dominicana.
        AssertSignatories(s,
            new(1, "PCMLE", "PCMLE", null, "EC", false),
            new(2, "PCR", "PCR", null, "BR", false),
            new(3, "PCdeC-ML", "PCdeC-ML", null, "CO", false),
            new(4, "PCT", "PCT", null, "DO", false),
            new(5, "PCOF", "PCOF", null, "FR", false),
            new(6, "PCE (m-l)", "PCE (m-l)", null, "ES", false),
            new(7, "EMEP", "EMEP", null, "TR", false),
            new(8, "PT", "PT", null, "TN", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "¡Sin la mujer no hay revolución!", "¡Viva la lucha de las mujeres trabajadoras!");
    }

    // ---- 10. French pages --------------------------------------------------------------------------------------

    [Fact]
    public void French_declaration_with_Signataires_and_a_French_day_date()
    {
        const string file = "cipoml-french-day.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icmlpo, s.Issuer);
        // "Déclaration de la Conférence Internationale ...".
        Assert.Equal(StatementKind.Declaration, s.Kind);
        // As written, with the French space before "!".
        Assert.Equal("Non à la guerre impérialiste, solidarité entre les peuples !", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // "Adoptée le 7 novembre 2020".
        Assert.Equal(DateSpan.Day(2020, 11, 7), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        // "Signataires :" with a space before the colon.
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        AssertSignatories(s,
            new(1, null, "Parti Communiste des Ouvriers de France", "Workers' Communist Party of France", "FR", false),
            new(2, null, "Organisation pour la construction d'un parti communiste ouvrier d'Allemagne", "Organisation for the Construction of a Communist Workers' Party of Germany", "DE", false),
            new(3, null, "Parti Communiste Révolutionnaire de Côte d'Ivoire", "Revolutionary Communist Party of Côte d'Ivoire", "CI", false),
            new(4, null, "Parti Communiste Révolutionnaire Voltaïque", "Revolutionary Communist Party of Upper Volta", "BF", false),
            new(5, null, "Parti Communiste du Bénin", "Communist Party of Benin", "BJ", false),
            new(6, null, "Parti des Travailleurs de Tunisie", "Workers' Party of Tunisia", "TN", false),
            // The French qualifier stays in name, the English one in englishName (seed 001, NPCH (ML)).
            new(7, null, "Parti Communiste d'Espagne (marxiste-léniniste)", "Communist Party of Spain (Marxist-Leninist)", "ES", false),
            new(8, null, "Parti Communiste des Ouvriers du Danemark", "Workers' Communist Party of Denmark", "DK", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "À bas la guerre impérialiste !", "Vive la solidarité internationale des travailleurs et des peuples !");
    }

    [Fact]
    public void French_message_with_a_French_month_date_and_French_country_suffixes()
    {
        const string file = "icor-french-month.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icor, s.Issuer);
        // The title's own word: "Message de solidarité ...".
        Assert.Equal(StatementKind.Message, s.Kind);
        Assert.Equal("Message de solidarité aux travailleurs et aux peuples d'Afrique", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // "ICOR, octobre 2018".
        Assert.Equal(DateSpan.Month(2018, 10), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // French country suffixes: Tunisie, Cameroun, Allemagne, Pays-Bas, Suisse.
        AssertSignatories(s,
            new(1, "PCPCI", "Parti Communiste Prolétarien de Côte d'Ivoire", "Proletarian Communist Party of Ivory Coast", "CI", false),
            new(2, "PCT", "Parti Communiste du Togo", "Communist Party of Togo", "TG", false),
            new(3, "PPDS", "Parti Patriotique Démocratique Socialiste", "Patriotic Democratic Socialist Party", "TN", false),
            new(4, "UPC-Manidem", "Union des Populations du Cameroun - Manifeste National pour l'Instauration de la Démocratie", "Union of Populations of Cameroon - National Manifesto for the Establishment of Democracy", "CM", false),
            new(5, "UPML", "Union Prolétarienne Marxiste-Léniniste", "Marxist-Leninist Proletarian Union", "FR", false),
            new(6, "MLPD", "Marxistisch-Leninistische Partei Deutschlands", "Marxist-Leninist Party of Germany", "DE", false),
            new(7, "RM", "Rode Morgen", "Red Dawn", "NL", false),
            new(8, "MLGS", "Marxistisch-Leninistische Gruppe Schweiz", "Marxist-Leninist Group of Switzerland", "CH", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Vive la lutte des peuples d'Afrique !", "Renforçons l'ICOR !");
    }

    // ---- 11. A German page -------------------------------------------------------------------------------------

    [Fact]
    public void German_resolution_with_Unterzeichner_and_a_German_date()
    {
        const string file = "icor-german.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icor, s.Issuer);
        // "ICOR-Resolution, 17. Januar 2021".
        Assert.Equal(StatementKind.Resolution, s.Kind);
        Assert.Equal("Solidarität mit dem Kampf der Bauern in Indien!", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // "Am 26. November" in the body is the general strike, not the date of the resolution.
        Assert.Equal(DateSpan.Day(2021, 1, 17), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // No English renderings in this copy: englishName null. German country suffixes: Niederlande, Frankreich,
        // Bosnien und Herzegowina, Kolumbien.
        AssertSignatories(s,
            new(1, "CPI (ML) Red Star", "Communist Party of India (Marxist-Leninist) Red Star", null, "IN", false),
            new(2, "CPB", "Communist Party of Bangladesh", null, "BD", false),
            new(3, "NCP (Mashal)", "Nepal Communist Party (Mashal)", null, "NP", false),
            new(4, "NDMLP", "New-Democratic Marxist-Leninist Party", null, "LK", false),
            new(5, "MLPD", "Marxistisch-Leninistische Partei Deutschlands", null, "DE", false),
            new(6, "KOL", "Kommunistische Organisation Luxemburg", null, "LU", false),
            new(7, "MLGS", "Marxistisch-Leninistische Gruppe Schweiz", null, "CH", false),
            new(8, "RM", "Rode Morgen", null, "NL", false),
            new(9, "UPML", "Union Prolétarienne Marxiste-Léniniste", null, "FR", false),
            new(10, "PR-ByH", "Partija Rada - ByH", null, "BA", false),
            new(11, "PCC-M", "Partido Comunista de Colombia – Maoista", null, "CO", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Hoch die internationale Solidarität!", "Weg mit den Agrargesetzen der Modi-Regierung!");
    }

    // ---- 12. A joint statement naming no conference body -------------------------------------------------------

    [Fact]
    public void Joint_declaration_naming_no_body_has_no_issuer_and_keeps_every_signatory()
    {
        const string file = "joint-declaration-no-issuer-numbered.txt";
        var s = StatementFixtures.ParseClean(file);

        // "Communist and Workers' Parties" alone does not name the International Meeting (IMCWP).
        Assert.Null(s.Issuer);
        // The title's own word: "Joint Declaration".
        Assert.Equal(StatementKind.Declaration, s.Kind);
        Assert.Equal("Joint Declaration of Communist and Workers' Parties: No to the imperialist war in Ukraine!", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // "on 24 February" in the body is the start of the war.
        Assert.Equal(DateSpan.Day(2022, 2, 26), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        AssertSignatories(s,
            new(1, null, "Communist Party of Greece", null, "GR", false),
            new(2, null, "Communist Party of Mexico", null, "MX", false),
            new(3, null, "Communist Party of the Peoples of Spain", null, "ES", false),
            new(4, null, "Communist Party of Turkey", null, "TR", false),
            new(5, null, "Party of Labour of Austria", null, "AT", false),
            new(6, null, "Communist Party of Albania", null, "AL", false),
            new(7, null, "Socialist Movement of Kazakhstan", null, "KZ", false),
            // Yugoslavia → RS, as in seed 003.
            new(8, null, "New Communist Party of Yugoslavia", null, "RS", false),
            // Swaziland is today's Eswatini, SZ (historical names map to today's country).
            new(9, null, "Communist Party of Swaziland", null, "SZ", false),
            new(10, null, "Communist Party of Sweden", null, "SE", false),
            new(11, null, "Communist Revolutionary Party of France", null, "FR", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "No to the imperialist war!", "Not one soldier, not one cent for the war!", "Workers of all countries, unite!");
    }

    // ---- 13. Bullets and numbers -------------------------------------------------------------------------------

    [Fact]
    public void Dash_bulleted_signatories()
    {
        const string file = "icmlpo-bullets-dash.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icmlpo, s.Issuer);
        Assert.Equal(StatementKind.Statement, s.Kind);
        Assert.Equal("Women workers in the front line against capitalist exploitation", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // "on 8 March" in the body is the day of action, not the date of the statement.
        Assert.Equal(DateSpan.Day(2021, 3, 1), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // The "- " marker is not part of the name.
        AssertSignatories(s,
            new(1, "PCOF", "Workers' Communist Party of France", null, "FR", false),
            // "(Marxist-Leninist)" qualifies the name; the last parenthesis "(PCE (m-l))" is the short name.
            new(2, "PCE (m-l)", "Communist Party of Spain (Marxist-Leninist)", null, "ES", false),
            new(3, "APK", "Workers' Communist Party of Denmark", null, "DK", false),
            new(4, "EMEP", "Labour Party", null, "TR", false),
            new(5, null, "Workers' Party of Tunisia", null, "TN", false),
            new(6, "PCRV", "Revolutionary Communist Party of Upper Volta", null, "BF", false),
            new(7, "PCMLE", "Marxist-Leninist Communist Party of Ecuador", null, "EC", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Long live 8 March, International Working Women's Day!", "Women's emancipation through socialism!");
    }

    [Fact]
    public void Dot_bulleted_signatories()
    {
        const string file = "icor-bullets-dot.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icor, s.Issuer);
        Assert.Equal(StatementKind.Resolution, s.Kind);
        Assert.Equal("Hands off Venezuela!", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        Assert.Equal(DateSpan.Day(2019, 1, 30), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        AssertSignatories(s,
            new(1, "MLPD", "Marxistisch-Leninistische Partei Deutschlands", "Marxist-Leninist Party of Germany", "DE", false),
            new(2, "BDP", "Bloque Democratico Popular", "Popular Democratic Bloc", "PE", false),
            new(3, "PCC-M", "Partido Comunista de Colombia – Maoista", "Communist Party of Colombia - Maoist", "CO", false),
            new(4, "PML del Perú", "Partido Marxista Leninista del Perú", "Marxist-Leninist Party of Peru", "PE", false),
            new(5, "PC (ML)", "Partido Comunista (Marxista Leninista)", "Communist Party (Marxist-Leninist)", "DO", false),
            new(6, "NPCH (ML)", "Nouveau Parti Communiste Haïtien (Marxiste-Léniniste)", "New Communist Party of Haiti (Marxist-Leninist)", "HT", false),
            new(7, "PCP (independiente)", "Partido Comunista Paraguayo (independiente)", "Paraguayan Communist Party (independent)", "PY", false),
            new(8, "RM", "Rode Morgen", "Red Dawn", "NL", false));
        Assert.Empty(s.Boilerplate);
        // The closing slogan repeats the title; the closing line is a slogan of the body all the same.
        AssertSlogans(s, "Hands off Venezuela!", "Down with US imperialism!");
    }

    [Fact]
    public void Star_bulleted_subscribers()
    {
        const string file = "imcwp-bullets-star.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Imcwp, s.Issuer);
        Assert.Equal(StatementKind.Statement, s.Kind);
        Assert.Equal("Solidarity with the struggle of the Palestinian people", s.Title);
        Assert.Equal("23rd International Meeting of Communist and Workers' Parties", s.Meeting);
        Assert.Equal("Izmir, Turkey", s.Place);
        // "on 20-22 October 2023": a three-day meeting. "1967" in the body is a border, not a date.
        Assert.Equal(Days(2023, 10, 20, 22), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        // "Parties subscribing to the statement:".
        Assert.Equal<SignatoryRole?>(SignatoryRole.Subscriber, s.SignatoryRole);
        AssertSignatories(s,
            new(1, null, "Communist Party of Greece", null, "GR", false),
            new(2, null, "Communist Party of Turkey", null, "TR", false),
            new(3, null, "Portuguese Communist Party", null, "PT", false),
            new(4, null, "Communist Party of Israel", null, "IL", false),
            new(5, null, "Palestinian Communist Party", null, "PS", false),
            new(6, null, "Palestinian People's Party", null, "PS", false),
            new(7, null, "Lebanese Communist Party", null, "LB", false),
            new(8, null, "Jordanian Communist Party", null, "JO", false),
            new(9, null, "Syrian Communist Party", null, "SY", false),
            new(10, null, "Iraqi Communist Party", null, "IQ", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "End the occupation!", "Freedom for Palestine!");
    }

    [Fact]
    public void Numbered_signatories_with_a_closing_parenthesis()
    {
        const string file = "icor-numbered-paren.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icor, s.Issuer);
        Assert.Equal(StatementKind.Resolution, s.Kind);
        Assert.Equal("Fight violence against women – fight the system that breeds it!", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        Assert.Equal(DateSpan.Day(2019, 11, 25), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // Positions are the printed "1)" … "7)".
        AssertSignatories(s,
            new(1, "PCPCI", "Parti Communiste Prolétarien de Côte d'Ivoire", "Proletarian Communist Party of Ivory Coast", "CI", false),
            new(2, "MMLPL", "Moroccan Marxist-Leninist Proletarian Line", null, "MA", false),
            new(3, "CPK", "Communist Party of Kenya", null, "KE", false),
            new(4, "SPB", "Socialist Party of Bangladesh", null, "BD", false),
            new(5, "UMLP", "União Marxista-Leninista Portuguesa", "Portuguese Marxist-Leninist Union", "PT", false),
            new(6, "MIKSZ", "Magyar Ifjúság Közösségi Szervezete", "Organisation of Hungarian Youth Community", "HU", false),
            new(7, "UCLyon", "Unité Communiste Lyon", "Communist United Lyon", "FR", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Stop violence against women!", "Women's struggle and class struggle belong together!");
    }

    // ---- 14. A list under no heading ---------------------------------------------------------------------------

    [Fact]
    public void NoHeading_acronym_country_lines_after_the_slogans_are_the_signatories()
    {
        const string file = "no-heading-acronym-country.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Null(s.Issuer);
        // "Joint statement of communist parties ...".
        Assert.Equal(StatementKind.Statement, s.Kind);
        Assert.Equal("Joint statement of communist parties on the NATO summit in Madrid", s.Title);
        Assert.Null(s.Meeting);
        // Judgement: Madrid is where the NATO summit meets, not where the statement was adopted; the text gives no place.
        Assert.Null(s.Place);
        Assert.Equal(DateSpan.Day(2022, 6, 27), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        // Judgement: the list has no heading; "We, the undersigned ... parties" makes it a list of signatories.
        Assert.Equal<SignatoryRole?>(SignatoryRole.Signatory, s.SignatoryRole);
        // Each line is "ACRONYM Country". Judgement (seed 003, AKEL): the acronym is both shortName and name.
        AssertSignatories(s,
            new(1, "KKE", "KKE", null, "GR", false),
            new(2, "PCP", "PCP", null, "PT", false),
            new(3, "PCPE", "PCPE", null, "ES", false),
            new(4, "TKP", "TKP", null, "TR", false),
            new(5, "PCM", "PCM", null, "MX", false),
            new(6, "PdA", "PdA", null, "AT", false),
            new(7, "SKP", "SKP", null, "SE", false));
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "No to NATO and the imperialist wars!", "Not one cent, not one soldier for NATO!");
    }

    // ---- 15. Year-only dates, date ranges, a year from the print stamp -----------------------------------------

    [Fact]
    public void Year_only_date_has_year_precision()
    {
        const string file = "icmlpo-year-only.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Icmlpo, s.Issuer);
        // The title's own word: "Message of Solidarity ...".
        Assert.Equal(StatementKind.Message, s.Kind);
        Assert.Equal("Message of Solidarity to the Sudanese People", s.Title);
        Assert.Null(s.Meeting);
        Assert.Null(s.Place);
        // Only "2019" is given: 2019-01-01..2019-12-31. "Since December" in the body has no year.
        Assert.Equal(DateSpan.Year(2019), s.Date);
        Assert.Equal(new DateTime(2019, 1, 1), s.Date!.Start);
        Assert.Equal(new DateTime(2019, 12, 31), s.Date.End);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Null(s.SignatoryRole);
        Assert.Empty(s.Signatories);
        Assert.Empty(s.Boilerplate);
        AssertSlogans(s, "Long live the struggle of the Sudanese people!", "Down with the military council!");
    }

    [Fact]
    public void Meeting_sentence_without_a_year_takes_the_year_from_the_print_stamp()
    {
        const string file = "imcwp-print-stamp-year.txt";
        var s = StatementFixtures.ParseClean(file);

        Assert.Equal<Issuer?>(Issuer.Imcwp, s.Issuer);
        Assert.Equal(StatementKind.Statement, s.Kind);
        // As seed 003: "22 IMCWP, " names the meeting; the quotes (straight here) mark off the title.
        Assert.Equal("The working class and the peoples against imperialism and war", s.Title);
        Assert.Equal("22nd International Meeting of Communist and Workers' Parties", s.Meeting);
        Assert.Equal("Havana, Cuba", s.Place);
        // Judgement, as in seed 003's notes: "from 27 to 29 October" gives no year; the print stamp "11/2/22"
        // (2 November 2022) supplies it. The stamp itself is not the date.
        Assert.Equal(Days(2022, 10, 27, 29), s.Date);
        Assert.Null(s.SignatoriesAsOf);
        Assert.Equal<SignatoryRole?>(SignatoryRole.Subscriber, s.SignatoryRole);
        AssertSignatories(s,
            new(1, null, "Communist Party of Cuba", null, "CU", false),
            new(2, null, "Communist Party of Argentina", null, "AR", false),
            new(3, null, "Communist Party of Brazil", null, "BR", false),
            new(4, null, "Communist Party of Chile", null, "CL", false),
            new(5, null, "Colombian Communist Party", null, "CO", false),
            new(6, null, "Communist Party of Greece", null, "GR", false),
            new(7, null, "Portuguese Communist Party", null, "PT", false),
            new(8, null, "Communist Party of Spain", null, "ES", false),
            // Given only by its acronym, with " – Cyprus" as the country (seed 003).
            new(9, "AKEL", "AKEL", null, "CY", false),
            new(10, null, "Communist Party of Vietnam", null, "VN", false),
            new(11, null, "Lao People's Revolutionary Party", null, "LA", false),
            new(12, null, "South African Communist Party", null, "ZA", false));
        // The print stamp and the party/language tag (bullet removed) are page furniture.
        string[] furniture = ["11/2/22, 4:47 PM", "Party En"];
        Assert.Equal(furniture, s.Boilerplate.Select(b => b.Text));
        // The bulleted lines before the list are points of the body, without their bullets.
        var points = s.Body.Where(b => b.Kind == BodyBlockKind.Point).Select(b => b.Text).ToList();
        Assert.Contains("Express their solidarity with the people of Cuba and demand the immediate end of the criminal blockade imposed by the United States.", points);
        Assert.Contains("Call for the strengthening of the struggle against imperialist war, against NATO and against the militarisation of the economy.", points);
        Assert.Contains("Commit themselves to support the struggles of the working class for wages, jobs and social rights in every country.", points);
    }
}
