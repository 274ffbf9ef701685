namespace JointStatements;

/// <summary>One organisation in a statement's list of signatories, attendees or subscribers.</summary>
/// <param name="StatementId">The <see cref="Statement.Id"/> of the statement it appears under.</param>
/// <param name="Position">The number printed in the text, or the 1-based order where none is printed.</param>
/// <param name="ShortName">The acronym or short name the text gives (<c>MLPD</c>, <c>CPI (ML) Red Star</c>), or <see langword="null"/>.</param>
/// <param name="Name">The organisation's name in the language the text gives first, as written.</param>
/// <param name="EnglishName">The English rendering given in parentheses when <paramref name="Name"/> is not English, else <see langword="null"/>.</param>
/// <param name="Country">The country the organisation works in, or <see langword="null"/> when the text does not say.</param>
/// <param name="IsLate">Whether it signed after the main list (a later wave of signatories).</param>
/// <param name="Line">The 1-based line of the statement file it came from.</param>
public sealed record Signatory(
    string StatementId,
    int Position,
    string? ShortName,
    string Name,
    string? EnglishName,
    Country? Country,
    bool IsLate,
    int Line);
