using ScottPlot;

namespace JointStatements.Cli.Plots;

/// <summary>One colour per issuer, shared by every chart, from the Okabe-Ito palette (distinguishable with the common
/// forms of colour blindness).</summary>
internal static class IssuerColors
{
    public static readonly Color Icor = Color.FromHex("#D55E00");
    public static readonly Color Icmlpo = Color.FromHex("#0072B2");
    public static readonly Color Imcwp = Color.FromHex("#009E73");
    public static readonly Color SeveralIssuers = Color.FromHex("#CC79A7");
    public static readonly Color NoIssuer = Color.FromHex("#777777");

    public static Color Of(Issuer? issuer) => issuer switch
    {
        Issuer.Icor => Icor,
        Issuer.Icmlpo => Icmlpo,
        Issuer.Imcwp => Imcwp,
        _ => NoIssuer,
    };

    /// <summary>A party's issuer's colour; a party under several issuers has a colour of its own.</summary>
    public static Color Of(Party party) => party.Issuers.Count switch
    {
        0 => NoIssuer,
        1 => Of(party.Issuers[0]),
        _ => SeveralIssuers,
    };

    public static string Name(Issuer? issuer) => issuer?.Acronym() ?? "no issuer";
}
