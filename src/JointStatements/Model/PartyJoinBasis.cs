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
}
