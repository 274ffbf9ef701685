using System;
using System.Collections.Generic;
using System.Linq;
using JointStatements.Parsing.Text;

namespace JointStatements.Identity;

/// <summary>The appearances gathered for one party while resolving.</summary>
internal sealed class PartyBuilder
{
    private readonly List<(Statement Statement, Signatory Signatory)> _appearances = new();

    // The folded short names and the country codes of the appearances, so a signatory is admitted without going
    // through every appearance: a party may appear in thousands of statements.
    private readonly HashSet<string> _foldedShortNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countryCodes = new(StringComparer.Ordinal);
    private PartyJoinBasis _basis = PartyJoinBasis.SingleAppearance;

    public string? CuratedKey { get; set; }

    /// <summary>The appearance whose statement is latest (undated ones count as earliest; a tie goes to the later one).</summary>
    public (Statement Statement, Signatory Signatory) Preferred
    {
        get
        {
            var preferred = _appearances[0];
            foreach (var appearance in _appearances)
            {
                if (Start(appearance.Statement) >= Start(preferred.Statement)) preferred = appearance;
            }
            return preferred;
        }
    }

    /// <summary>The preferred appearance's short name, else the latest short name any appearance gives.</summary>
    public string? ShortName => Preferred.Signatory.ShortName ?? _appearances.Select(a => a.Signatory.ShortName).LastOrDefault(s => s is not null);

    /// <summary>The signatories' English rendering (the preferred appearance's, else the latest given), else the preferred
    /// name when it reads as English, else the latest name that does.</summary>
    public string? EnglishName =>
        Preferred.Signatory.EnglishName
        ?? _appearances.Select(a => a.Signatory.EnglishName).LastOrDefault(name => name is not null)
        ?? (ReadsAsEnglish(Preferred.Signatory.Name) ? Preferred.Signatory.Name : null)
        ?? _appearances.Select(a => a.Signatory.Name).LastOrDefault(ReadsAsEnglish);

    public string? CountryCode => Preferred.Signatory.Country?.Code ?? _appearances.Select(a => a.Signatory.Country?.Code).FirstOrDefault(c => c is not null);

    /// <summary>Adds an appearance; <paramref name="foldedShortName"/> is the signatory's short name folded (<see cref="NameFolding"/>).</summary>
    public void Add(Statement statement, Signatory signatory, string? foldedShortName, PartyJoinBasis basis)
    {
        if (_appearances.Count > 0 && Rank(basis) > Rank(_basis)) _basis = basis;
        else if (_appearances.Count > 0 && _basis == PartyJoinBasis.SingleAppearance) _basis = basis;
        _appearances.Add((statement, signatory));
        if (foldedShortName is not null) _foldedShortNames.Add(foldedShortName);
        if (signatory.Country is not null) _countryCodes.Add(signatory.Country.Code);
    }

    public bool Contains(Signatory signatory) => _appearances.Exists(a => a.Signatory.Equals(signatory));

    /// <summary>Whether a signatory with the same name may join: no different short name and no different country.
    /// <paramref name="foldedShortName"/> is its short name folded.</summary>
    public bool Admits(Signatory signatory, string? foldedShortName) =>
        NoneOther(_foldedShortNames, foldedShortName) && NoneOther(_countryCodes, signatory.Country?.Code);

    public Party ToParty(string key)
    {
        var preferred = Preferred.Signatory;
        var country = CountryCode is { } code ? Country.FromCode(code) : null;
        return new Party(
            key,
            preferred.Name,
            ShortName,
            EnglishName,
            country,
            new ValueList<string>(_appearances.Select(a => a.Signatory.Name).Distinct(StringComparer.Ordinal)),
            new ValueList<string>(_appearances.Select(a => a.Signatory.ShortName).OfType<string>().Distinct(StringComparer.Ordinal)),
            new ValueList<PartyAppearance>(_appearances.Select(a => new PartyAppearance(a.Statement.Id, a.Statement.SourceFile, a.Signatory.Position))),
            new ValueList<Issuer>(_appearances.Select(a => a.Statement.Issuer).OfType<Issuer>().Distinct().OrderBy(i => i)),
            _basis);
    }

    // At least half its counted words are common English words of organisation names, as the parser judges a rendering
    // ("South African Communist Party": two words of four).
    private static bool ReadsAsEnglish(string name) => Parsing.Signatories.EnglishWords.Share(name) >= 0.5;

    // Whether no value seen differs from value (a missing value differs from none).
    private static bool NoneOther(HashSet<string> seen, string? value) =>
        value is null || seen.Count == 0 || (seen.Count == 1 && seen.Contains(value));

    private static DateTime Start(Statement statement) => statement.Date?.Start ?? DateTime.MinValue;

    // A party is as curated as its most curated join: a curated join outranks a same-name join, which outranks a join of
    // the same short name and country (names in two languages), which outranks the rest.
    private static int Rank(PartyJoinBasis basis) => basis switch
    {
        PartyJoinBasis.Curated => 4,
        PartyJoinBasis.SameName => 3,
        PartyJoinBasis.SameShortNameAndCountry => 2,
        PartyJoinBasis.SameShortNameAndName => 1,
        _ => 0,
    };
}
