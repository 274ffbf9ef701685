namespace JointStatements.Parsing.Signatories;

/// <summary>The fields read from one signatory line.</summary>
/// <param name="ShortName">The acronym or short name, or <see langword="null"/>.</param>
/// <param name="Name">The name as written.</param>
/// <param name="EnglishName">The English rendering, or <see langword="null"/>.</param>
/// <param name="CountryCode">The ISO alpha-2 code, or <see langword="null"/>.</param>
/// <param name="HasName">Whether a name could be read; when not, <paramref name="Name"/> is the whole line.</param>
/// <param name="UnknownCountry">Text in a country's place (<c>, Xyz</c>) that names no known country, or <see langword="null"/>.</param>
internal sealed record SignatoryParts(string? ShortName, string Name, string? EnglishName, string? CountryCode, bool HasName, string? UnknownCountry = null);
