namespace JointStatements;

/// <summary>The international conference body that issued a statement.</summary>
/// <remarks>A joint statement of parties that names no such body has no issuer (<see langword="null"/>).</remarks>
public enum Issuer
{
    /// <summary>ICOR: International Coordination of Revolutionary Parties and Organizations.</summary>
    Icor,

    /// <summary>ICMLPO: International Conference of Marxist-Leninist Parties and Organizations (Spanish and French acronym: CIPOML).</summary>
    Icmlpo,

    /// <summary>IMCWP: International Meeting of Communist and Workers' Parties.</summary>
    Imcwp,
}
