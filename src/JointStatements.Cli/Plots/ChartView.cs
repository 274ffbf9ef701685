namespace JointStatements.Cli.Plots;

/// <summary>What a chart shows: the statements (all, or one issuer's), the parties that signed them and the
/// co-signatures among them, in the network's order (heaviest first, then by the parties' keys).</summary>
internal sealed record ChartView(IReadOnlyList<Statement> Statements, IReadOnlyList<Party> Parties, IReadOnlyList<CoSignature> Network, IssuerChoice? Issuer)
{
    public static ChartView Of(StatementCorpus corpus, IssuerChoice? issuer)
    {
        if (issuer is null) return new ChartView(corpus.Statements, corpus.Parties.ToList(), corpus.CoSignatureNetwork(), null);
        var statements = corpus.Statements.Where(s => s.Issuer == issuer.Issuer).ToList();
        var ids = new HashSet<string>(statements.Select(s => s.Id), StringComparer.Ordinal);
        var parties = corpus.Parties.Where(p => p.Appearances.Any(a => ids.Contains(a.StatementId))).ToList();
        var network = corpus.CoSignatureNetwork()
            .Select(edge => edge with { StatementIds = new ValueList<string>(edge.StatementIds.Where(ids.Contains).ToArray()) })
            .Where(edge => edge.Weight > 0)
            .OrderByDescending(edge => edge.Weight).ThenBy(edge => edge.First.Key, StringComparer.Ordinal).ThenBy(edge => edge.Second.Key, StringComparer.Ordinal)
            .ToList();
        return new ChartView(statements, parties, network, issuer);
    }
}

/// <summary>The statements of one issuer, or of none (joint statements of parties): the value of <c>--issuer</c>.</summary>
internal sealed record IssuerChoice(Issuer? Issuer)
{
    /// <summary>The values <c>--issuer</c> takes, as the usage error lists them.</summary>
    public const string Allowed = "ICOR, ICMLPO (or CIPOML), IMCWP or none";

    /// <summary>The choice <paramref name="text"/> names, ignoring case, or <see langword="null"/>.</summary>
    public static IssuerChoice? Parse(string? text) =>
        text is null ? null
        : string.Equals(text, "none", StringComparison.OrdinalIgnoreCase) ? new IssuerChoice((Issuer?)null)
        : IssuerNames.FromAcronym(text) is { } issuer ? new IssuerChoice(issuer)
        : null;

    /// <summary>How a title names the statements: <c>ICOR</c>, or <c>joint</c> for statements without an issuer.</summary>
    public string Label => Issuer?.Acronym() ?? "joint";
}

/// <summary>The picture options every chart takes: a width and a height in pixels (each from <see cref="MinSide"/> to
/// <see cref="MaxSide"/>; by default what the chart needs) and a title (by default one that counts what it shows).</summary>
internal sealed record ChartOptions(int? Width, int? Height, string? Title)
{
    public const int MinSide = 200;

    public const int MaxSide = 10000;
}
