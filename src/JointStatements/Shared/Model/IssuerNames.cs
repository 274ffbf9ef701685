using System;

namespace JointStatements;

/// <summary>Acronyms and full names of each <see cref="Issuer"/>.</summary>
public static class IssuerNames
{
    /// <summary>The English acronym used in the dataset and its JSON export: <c>ICOR</c>, <c>ICMLPO</c> or <c>IMCWP</c>.</summary>
    public static string Acronym(this Issuer issuer) => issuer switch
    {
        Issuer.Icor => "ICOR",
        Issuer.Icmlpo => "ICMLPO",
        Issuer.Imcwp => "IMCWP",
        _ => throw new ArgumentOutOfRangeException(nameof(issuer), issuer, "Unknown issuer."),
    };

    /// <summary>The body's full English name, e.g. <c>International Meeting of Communist and Workers' Parties</c>.</summary>
    public static string FullName(this Issuer issuer) => issuer switch
    {
        Issuer.Icor => "International Coordination of Revolutionary Parties and Organizations",
        Issuer.Icmlpo => "International Conference of Marxist-Leninist Parties and Organizations",
        Issuer.Imcwp => "International Meeting of Communist and Workers' Parties",
        _ => throw new ArgumentOutOfRangeException(nameof(issuer), issuer, "Unknown issuer."),
    };

    /// <summary>Reads an acronym (<c>ICOR</c>, <c>ICMLPO</c>, <c>CIPOML</c>, <c>IMCWP</c>), ignoring case.</summary>
    /// <returns><see langword="null"/> when the text is not an issuer acronym.</returns>
    public static Issuer? FromAcronym(string acronym)
    {
        if (acronym is null) throw new ArgumentNullException(nameof(acronym));
        return acronym.ToUpperInvariant() switch
        {
            "ICOR" => Issuer.Icor,
            "ICMLPO" or "CIPOML" => Issuer.Icmlpo,
            "IMCWP" => Issuer.Imcwp,
            _ => null,
        };
    }
}
