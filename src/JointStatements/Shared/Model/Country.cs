using System;
using System.Collections.Concurrent;
using JointStatements.Parsing.Countries;

namespace JointStatements;

/// <summary>A country from ISO 3166-1: the country an organisation works in.</summary>
/// <param name="Code">The ISO 3166-1 alpha-2 code, e.g. <c>DE</c>.</param>
/// <param name="Name">The English short name, e.g. <c>Germany</c>.</param>
public sealed record Country(string Code, string Name)
{
    // One instance per country: a corpus names a country once per signatory, and the generator holds every one.
    private static readonly ConcurrentDictionary<string, Country> Known = new(StringComparer.Ordinal);

    /// <summary>The country with ISO 3166-1 alpha-2 <paramref name="code"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The code is not an assigned alpha-2 code.</exception>
    public static Country FromCode(string code) =>
        TryFromCode(code) ?? throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-2 code.", nameof(code));

    /// <summary>The country with ISO 3166-1 alpha-2 <paramref name="code"/>, or <see langword="null"/> when none has it.</summary>
    public static Country? TryFromCode(string code)
    {
        if (code is null) throw new ArgumentNullException(nameof(code));
        var upper = code.ToUpperInvariant();
        if (Known.TryGetValue(upper, out var known)) return known;
        return CountryTable.TryGetName(upper, out var name) ? Known.GetOrAdd(upper, new Country(upper, name)) : null;
    }

    /// <summary>Finds the country a name refers to: English, native or translated names, demonyms and historical names
    /// (<c>Alemania</c>, <c>Bulgarian</c>, <c>Upper Volta</c>), ignoring case, accents and look-alike letters.</summary>
    /// <returns><see langword="null"/> when the text as a whole names no country.</returns>
    public static Country? FromName(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        return CountryLookup.Default.Exact(name) is { } code ? FromCode(code) : null;
    }

    /// <summary>The alpha-2 code.</summary>
    public override string ToString() => Code;
}
