namespace JointStatements;

/// <summary>Why a party's appearances were taken to be one organisation.</summary>
public enum PartyJoinBasis
{
    /// <summary>It appears once.</summary>
    SingleAppearance,

    /// <summary>Its appearances give the same short name and name (compared folded: case, accents, dashes, quotes).</summary>
    SameShortNameAndName,

    /// <summary>Some appearances share only the name (folded), with no conflicting short name or country.</summary>
    SameName,

    /// <summary>A curated alias entry joins a rename or spelling no rule can see.</summary>
    Curated,

    /// <summary>Some appearances share the short name and the country under different names: the same organisation
    /// named in other languages (<c>KPD</c> <c>Almanya Komünist Partisi</c> and <c>KPD</c> <c>Communist Party of
    /// Germany</c>), with no conflicting short name or country.</summary>
    SameShortNameAndCountry,
}
