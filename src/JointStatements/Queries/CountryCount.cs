namespace JointStatements;

/// <summary>How present one country is.</summary>
/// <param name="Country">The country.</param>
/// <param name="Parties">Its parties.</param>
/// <param name="Signatures">Its parties' appearances as signatories.</param>
/// <param name="Statements">The statements with at least one of its parties.</param>
public sealed record CountryCount(Country Country, int Parties, int Signatures, int Statements);
