namespace JointStatements.Synthetic;

/// <summary>The pieces synthetic statements are recombined from, taken from the real statement files that travel in
/// this assembly: titles, body paragraphs and slogans as written (entities, bullets and all), and signatory lists with
/// their headings. Each piece is kept only if the parser reads it the same way on its own, in a probe statement, so
/// that every recombination has a known parse.</summary>
internal sealed class SourcePool
{
    private const string ResourcePrefix = "sources/";
    private const string ProbeList = "Signatories:\n\n1. MLPD Marxistisch-Leninistische Partei Deutschlands\n";

    private static readonly DateTime ProbeDate = new(2020, 5, 1);

    private static readonly Lazy<SourcePool> Shared = new(() => new SourcePool());

    private readonly List<Piece> _titles = new();
    private readonly List<Piece> _paragraphs = new();
    private readonly List<Piece> _slogans = new();
    private readonly List<SignatoryList> _lists = new();

    private SourcePool()
    {
        var assembly = typeof(SourcePool).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, detectEncodingFromByteOrderMarks: true);
            Add(reader.ReadToEnd(), name.Substring(ResourcePrefix.Length));
        }
    }

    public static SourcePool Instance => Shared.Value;

    public IReadOnlyList<Piece> Titles => _titles;

    public IReadOnlyList<Piece> Paragraphs => _paragraphs;

    public IReadOnlyList<Piece> Slogans => _slogans;

    public IReadOnlyList<SignatoryList> Lists => _lists;

    private void Add(string text, string fileName)
    {
        var statement = StatementParser.Parse(text, fileName);
        var lines = Lines(text);
        if (statement.Title is { } title && IsKept(Probe(ProbeHeader.Icor.Render(title, ProbeDate), "A paragraph of the body.", ProbeList), 1, 1, title)
            && NamesNoOrganisations(ProbeHeader.Joint.Render(title, ProbeDate), "A paragraph of the body.") && TitleDatesNoDay(title))
        {
            // A joint statement may hold the title when the parser reads it with no issuer and as the title: a short title
            // above the joint header's "Joint statement of … parties" may be read as a site's name above its headline.
            var jointProbe = StatementParser.Parse(Probe(ProbeHeader.Joint.Render(title, ProbeDate), "A paragraph of the body.", ProbeList), "probe.txt");
            _titles.Add(new Piece(title, jointProbe.Issuer is null && jointProbe.Title == title));
        }
        foreach (var block in statement.Body)
        {
            var raw = lines[block.Line - 1];
            // A paragraph ending in a colon introduces what follows it ("Подписали:"): whatever piece the corpus puts
            // after it would be read under it, as its list or its quotation.
            if (raw.TrimEnd().EndsWith(':')) continue;
            var probe = Probe(ProbeHeader.Icor.Render("Probe", ProbeDate), raw + "\n\n" + raw, ProbeList);
            if (!IsKept(probe, 2, 1, "Probe") || !NamesNoOrganisations(JointProbeHeader, raw + "\n\n" + raw)
                || !NamesNoOrganisations(JointProbeHeader, CountsTwoParties + "\n\n" + raw)
                || !NamesNoOrganisations(JointProbeHeader, CountsTwoPartiesNamingOne + "\n\n" + raw)
                || !DatesNoDay(raw + "\n\n" + raw)) continue;
            var line = new Piece(raw, NamesNoIssuer(JointProbeHeader, raw + "\n\n" + raw, ProbeList));
            (block.Kind == BodyBlockKind.Slogan ? _slogans : _paragraphs).Add(line);
        }
        if (SignatoryLines(statement, lines) is { } list)
        {
            var probe = Probe(ProbeHeader.Icor.Render("Probe", ProbeDate), "A paragraph of the body.", list.Render(list.Lines));
            if (IsKept(probe, 1, list.Lines.Count, "Probe")) _lists.Add(list with { NamesNoIssuer = NamesNoIssuer(JointProbeHeader, "A paragraph of the body.", list.Render(list.Lines)) });
        }
    }

    /// <summary>The heading and the lines of a list with one organisation per line (not a list written inline in its heading).</summary>
    private static SignatoryList? SignatoryLines(Statement statement, List<string> lines)
    {
        if (statement.Signatories.Count < 2 || statement.Lines.SignatoryRole is not { } heading) return null;
        var numbers = statement.Signatories.Select(s => s.Line).ToList();
        if (numbers.Distinct().Count() != numbers.Count || numbers.Contains(heading)) return null;
        return new SignatoryList(lines[heading - 1], numbers.Select(n => lines[n - 1]).ToList(), NamesNoIssuer: false);
    }

    // Whether a joint statement that holds these pieces still names no issuer: a title or body sentence naming a
    // meeting, or a list heading naming a conference, would give it one.
    private static bool NamesNoIssuer(string header, string body, string list) =>
        StatementParser.Parse(Probe(header, body, list), "probe.txt").Issuer is null;

    // Whether a joint statement with these pieces and no list has no signatories: a title or paragraph naming
    // organisations one after another would give it some (JST028), and the statement is generated with its list or none.
    private static bool NamesNoOrganisations(string header, string body) =>
        StatementParser.Parse(header + body + "\n", "probe.txt").Signatories.Count == 0;

    // Whether the pieces date no statement to a day on their own: a paragraph that says the parties met on a day would
    // refine a header's month when the random date falls in that month (the parser reads a month above the title so).
    private static bool DatesNoDay(string body) =>
        StatementParser.Parse("Probe\n\n" + body + "\n", "probe.txt").Date is not { Precision: DatePrecision.Day };

    // Whether a title dates no statement to a day on its own ("… ORTAK SEÇİM AÇIKLAMASI - 12 Mart 2019"): it would refine
    // a header's month as a paragraph would.
    private static bool TitleDatesNoDay(string title) =>
        StatementParser.Parse(title + "\n\nA paragraph of the body.\n", "probe.txt").Date is not { Precision: DatePrecision.Day };

    private static string Probe(string header, string body, string list) => header + body + "\n\n" + list;

    private static bool IsKept(string probe, int bodyBlocks, int signatories, string title)
    {
        var statement = StatementParser.Parse(probe, "probe.txt");
        return statement.Unplaced.Count == 0 && statement.Body.Count == bodyBlocks && statement.Signatories.Count == signatories
            && statement.Title == title && statement.Issuer == Issuer.Icor && statement.Date?.ToString() == "2020-05-01";
    }

    // Lines as the parser numbers them: CRLF, LF and CR all end a line.
    private static List<string> Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();

    private static class ProbeHeader
    {
        public static readonly Header Icor = Header.All.Single(h => h.Issuer == Issuer.Icor);
        public static readonly Header Joint = Header.All.Single(h => h.Issuer is null);
    }

    // A sentence that counts two parties: beside it, a paragraph that names two parties is read as their statement's
    // signatories (JST028), so such a paragraph goes into no joint statement.
    private const string CountsTwoParties = "Both parties agree on the points below.";

    // A sentence that counts two parties and names one of them: beside it, a paragraph that names one more party ("To the
    // Iraqi Patriotic Alliance …") completes the pair, so such a paragraph goes into no joint statement either.
    private const string CountsTwoPartiesNamingOne = "Our two parties, one of them the Communist Party of Greece (KKE), agree on the points below.";

    private static string JointProbeHeader => ProbeHeader.Joint.Render("Probe", ProbeDate);
}

/// <summary>A title, body paragraph, point or slogan as written, and whether a joint statement may hold it (it names no
/// issuer there and, a title, is read as the title).</summary>
internal sealed record Piece(string Text, bool NamesNoIssuer);

/// <summary>A signatory list: its heading and its lines, as written.</summary>
internal sealed record SignatoryList(string Heading, IReadOnlyList<string> Lines, bool NamesNoIssuer)
{
    public string Render(IEnumerable<string> lines) => Heading + "\n\n" + string.Join("\n", lines) + "\n";
}
