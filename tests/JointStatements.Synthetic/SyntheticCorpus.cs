using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JointStatements.Synthetic;

/// <summary>Writes any number of realistic statement files, recombined from the real ones: a title, a header naming
/// an issuer and a date in the shapes the pages use, paragraphs and slogans as written, and (mostly) a signatory list
/// in one of the real lists' shapes, cut to a varying length. The same count and seed give the same files.</summary>
public static class SyntheticCorpus
{
    /// <summary>The seed of the corpora that the tests and benchmarks use.</summary>
    public const int DefaultSeed = 6;

    // Real corpora: a few statements have no list, most have between a handful and sixty signatories.
    private const int NoListPercent = 8;

    private static readonly DateTime FirstDay = new(1995, 1, 1);
    private static readonly int DayCount = (new DateTime(2026, 1, 1) - FirstDay).Days;
    private static readonly Regex PrintedNumber = new(@"^(?<lead>\s*\(?)\d{1,4}(?=[.)])", RegexOptions.CultureInvariant);

    /// <summary>Creates <paramref name="count"/> statements; their ids and file names are all different.</summary>
    /// <param name="count">How many statements.</param>
    /// <param name="seed">The seed of the choices; a different seed gives a different corpus.</param>
    public static IReadOnlyList<SyntheticStatement> Create(int count, int seed = DefaultSeed)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "A corpus cannot have fewer than no statements.");
        var pieces = new[] { new Pieces(SourcePool.Instance, joint: false), new Pieces(SourcePool.Instance, joint: true) };
        var random = new Random(seed);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var statements = new List<SyntheticStatement>(count);
        for (var i = 0; i < count; i++)
        {
            var header = PickHeader(random);
            statements.Add(Compose(i, random, header, pieces[header.Issuer is null ? 1 : 0], taken));
        }
        return statements;
    }

    /// <summary>Writes each statement to <paramref name="directory"/> (created if missing) as UTF-8 under its file name.</summary>
    public static void Write(IEnumerable<SyntheticStatement> statements, string directory)
    {
        ArgumentNullException.ThrowIfNull(statements);
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var statement in statements) File.WriteAllText(Path.Combine(directory, statement.FileName), statement.Text, utf8);
    }

    private static SyntheticStatement Compose(int index, Random random, Header header, Pieces pieces, HashSet<string> taken)
    {
        string title;
        DateTime date;
        do
        {
            title = pieces.Titles[random.Next(pieces.Titles.Count)].Text;
            date = FirstDay.AddDays(random.Next(DayCount));
        }
        while (!taken.Add((header.Issuer?.ToString() ?? "joint") + "|" + header.Span(date) + "|" + title));

        var paragraphs = Draw(random, pieces.Paragraphs, random.Next(2, 8));
        var slogans = Draw(random, pieces.Slogans, random.Next(0, 4));
        var text = new StringBuilder(header.Render(title, date));
        text.Append(string.Join("\n\n", paragraphs.Select(p => p.Text)));
        if (slogans.Count > 0) text.Append("\n\n").Append(string.Join("\n", slogans.Select(s => s.Text)));
        text.Append('\n');

        var signatories = 0;
        if (random.Next(100) >= NoListPercent)
        {
            var list = pieces.Lists[random.Next(pieces.Lists.Count)];
            var lines = Subset(random, list.Lines);
            signatories = lines.Count;
            text.Append('\n').Append(list.Render(lines.Select((line, i) => PrintedNumber.Replace(line, m => m.Groups["lead"].Value + (i + 1).ToString(CultureInfo.InvariantCulture)))));
        }

        var fileName = index.ToString("D5", CultureInfo.InvariantCulture) + "_" + random.NextInt64().ToString("x16", CultureInfo.InvariantCulture) + ".txt";
        return new SyntheticStatement(fileName, text.ToString(), header.Issuer, header.Span(date), title, paragraphs.Count + slogans.Count, signatories);
    }

    /// <summary>The pieces a statement may hold: all of them, or for a joint statement those that name no issuer.
    /// A list appears once per line it has, so long lists are drawn as often as real corpora have them.</summary>
    private sealed class Pieces(SourcePool pool, bool joint)
    {
        public List<Piece> Titles { get; } = pool.Titles.Where(t => !joint || t.NamesNoIssuer).ToList();

        public List<Piece> Paragraphs { get; } = pool.Paragraphs.Where(p => !joint || p.NamesNoIssuer).ToList();

        public List<Piece> Slogans { get; } = pool.Slogans.Where(s => !joint || s.NamesNoIssuer).ToList();

        public List<SignatoryList> Lists { get; } = pool.Lists.Where(l => !joint || l.NamesNoIssuer).SelectMany(l => Enumerable.Repeat(l, l.Lines.Count)).ToList();
    }

    private static Header PickHeader(Random random)
    {
        var roll = random.Next(Header.All.Sum(h => h.Weight));
        foreach (var header in Header.All)
        {
            if (roll < header.Weight) return header;
            roll -= header.Weight;
        }
        throw new InvalidOperationException("The header weights do not add up.");
    }

    /// <summary><paramref name="count"/> different items in random order (all of them when there are fewer).</summary>
    private static List<T> Draw<T>(Random random, List<T> items, int count)
    {
        var shuffled = items.OrderBy(_ => random.Next()).ToList();
        return shuffled.Take(count).ToList();
    }

    /// <summary>Between a third of the lines and all of them, in their order.</summary>
    private static List<string> Subset(Random random, IReadOnlyList<string> lines)
    {
        var count = random.Next(Math.Max(1, lines.Count / 3), lines.Count + 1);
        var kept = Enumerable.Range(0, lines.Count).OrderBy(_ => random.Next()).Take(count).OrderBy(i => i);
        return kept.Select(i => lines[i]).ToList();
    }
}
