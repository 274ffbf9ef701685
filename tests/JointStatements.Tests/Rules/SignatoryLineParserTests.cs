using JointStatements.Parsing.Signatories;

namespace JointStatements.Tests.Rules;

/// <summary>Signatory line shapes, one per row: <c>short | name | english | country</c>, empty for null.</summary>
public sealed class SignatoryLineParserTests
{
    [Theory]
    // name first, acronym or qualifier in parentheses
    [InlineData("Revolutionary Communist Party of Brazil (PCR)", "PCR | Revolutionary Communist Party of Brazil |  | BR")]
    [InlineData("Communist Party of Colombia (ML) (PCdeC-ML)", "PCdeC-ML | Communist Party of Colombia (ML) |  | CO")]
    [InlineData("Party of Labor of Iran (Toufan)", " | Party of Labor of Iran (Toufan) |  | IR")]
    [InlineData("Communist Party (USA)", " | Communist Party (USA) |  | US")]
    [InlineData("Communist Party of India (Marxist) (CPI(M))", "CPI(M) | Communist Party of India (Marxist) |  | IN")]
    // country after a comma or a dash, or before a colon or a dash
    [InlineData("ML Organization Revolusjon, Norway", " | ML Organization Revolusjon |  | NO")]
    [InlineData("AKEL – Cyprus", "AKEL | AKEL |  | CY")]
    [InlineData("Communist Party of Greece (KKE) – Greece", "KKE | Communist Party of Greece |  | GR")]
    [InlineData("Germany: DKP", "DKP | DKP |  | DE")]
    [InlineData("Turkey - Labour Party (EMEP)", "EMEP | Labour Party |  | TR")]
    [InlineData("PCE (m-l), España", "PCE (m-l) | PCE (m-l) |  | ES")]
    [InlineData("Rode Morgen (Red Dawn), Nederland", " | Rode Morgen | Red Dawn | NL")]
    // English renderings, transliterations, qualifiers in other languages
    [InlineData("Partido Comunista (Marxista Leninista) (Communist Party (Marxist-Leninist)), Dominican Republic",
        " | Partido Comunista (Marxista Leninista) | Communist Party (Marxist-Leninist) | DO")]
    [InlineData("Partido Comunista Revolucionario (Marxista-Leninista)", " | Partido Comunista Revolucionario (Marxista-Leninista) |  | ")]
    [InlineData("Российская маоистская партия (Rossijskaya maoistskaya partiya) (Russian Maoist Party)",
        " | Российская маоистская партия | Russian Maoist Party | RU")]
    [InlineData("Communist Party of Bohemia and Moravia", " | Communist Party of Bohemia and Moravia |  | CZ")]
    public void Reads_a_name_first_line(string line, string expected)
    {
        Assert.Equal(expected, Show(SignatoryLineParser.Parse(line, line, ListShape.NameFirst)));
    }

    [Theory]
    [InlineData("MLPD Marxistisch-Leninistische Partei Deutschlands (Marxist-Leninist Party of Germany)",
        "MLPD | Marxistisch-Leninistische Partei Deutschlands | Marxist-Leninist Party of Germany | DE")]
    [InlineData("CPI (ML) Red Star Communist Party of India (Marxist-Leninist) Red Star",
        "CPI (ML) Red Star | Communist Party of India (Marxist-Leninist) Red Star |  | IN")]
    [InlineData("PML del Perú Partido Marxista Leninista del Perú (Marxist-Leninist Party of Peru)",
        "PML del Perú | Partido Marxista Leninista del Perú | Marxist-Leninist Party of Peru | PE")]
    [InlineData("Ranjbaran Hezb-e Ranjbaran-e Iran (Proletarian Party of Iran)", "Ranjbaran | Hezb-e Ranjbaran-e Iran | Proletarian Party of Iran | IR")]
    [InlineData("БРП(к) Българска Работническа Партия (комунисти) (Bulgarian Workers Party (Communist))",
        "БРП(к) | Българска Работническа Партия (комунисти) | Bulgarian Workers Party (Communist) | BG")]
    [InlineData("KKE Greece", "KKE | KKE |  | GR")]
    // A line of a short-name list that has no short name keeps its name whole.
    [InlineData("Communist Party of Kenya", " | Communist Party of Kenya |  | KE")]
    public void Reads_a_short_name_first_line(string line, string expected)
    {
        Assert.Equal(expected, Show(SignatoryLineParser.Parse(line, line, ListShape.ShortNameFirst)));
    }

    [Theory]
    [InlineData("KKE\tCommunist Party of Greece\tGreece", "KKE | Communist Party of Greece |  | GR")]
    [InlineData("Workers' Party of Korea\tDPR Korea", " | Workers' Party of Korea |  | KP")]
    public void Reads_a_table_row(string raw, string expected)
    {
        var text = JointStatements.Parsing.Text.Whitespace.Fold(raw);

        Assert.Equal(expected, Show(SignatoryLineParser.Parse(text, raw, ListShape.NameFirst)));
    }

    [Theory]
    [InlineData("MLPD Marxistisch-Leninistische Partei Deutschlands", true)]
    [InlineData("CPSA (ML) Communist Party of South Africa (Marxist-Leninist)", true)]
    [InlineData("ML Organization Revolusjon, Norway", false)]
    [InlineData("USA Communist Party", false)]
    [InlineData("Communist Party of Argentina", false)]
    public void Tells_lines_that_open_with_a_short_name(string line, bool expected)
    {
        Assert.Equal(expected, SignatoryLineParser.OpensWithShortName(line));
    }

    private static string Show(SignatoryParts parts) =>
        $"{parts.ShortName} | {parts.Name} | {parts.EnglishName} | {parts.CountryCode}";
}
