namespace JointStatements;

/// <summary>One organisation across statements: every appearance of it as a signatory, under whatever name it used.</summary>
/// <param name="Key">A stable lower-case ASCII key from its short name, else its name (<c>mlpd</c>, <c>pct-tg</c>, <c>bkp</c>).</param>
/// <param name="Name">The preferred name: the one its latest statement gives.</param>
/// <param name="ShortName">The preferred short name, or <see langword="null"/> when none is given.</param>
/// <param name="EnglishName">Its name in English: the English rendering its signatories give (the preferred appearance's
/// first), else the one of its names that reads as English (the preferred name first, then the latest; names joined by
/// the curated alias table count too), else <see langword="null"/>. <c>Bulgarian Communist Party</c> for
/// <c>Българска Комунистическа Партия</c>; the name itself for <c>Communist Party of Britain</c>.</param>
/// <param name="Country">The country it works in, or <see langword="null"/> when no appearance says.</param>
/// <param name="Names">Every name it appears under, as written, first seen first.</param>
/// <param name="ShortNames">Every short name it appears under, first seen first.</param>
/// <param name="Appearances">Where it signed, in corpus order.</param>
/// <param name="Issuers">The conference bodies whose statements it appears under.</param>
/// <param name="Basis">Why its appearances were joined.</param>
public sealed record Party(
    string Key,
    string Name,
    string? ShortName,
    string? EnglishName,
    Country? Country,
    ValueList<string> Names,
    ValueList<string> ShortNames,
    ValueList<PartyAppearance> Appearances,
    ValueList<Issuer> Issuers,
    PartyJoinBasis Basis)
{
    /// <summary>The short name, else the name: what a chart or a graph labels the party with.</summary>
    public string Label => ShortName ?? Name;

    /// <summary>The short name and name, e.g. <c>MLPD — Marxistisch-Leninistische Partei Deutschlands</c>.</summary>
    public override string ToString() => ShortName is null ? Name : ShortName + " — " + Name;
}
