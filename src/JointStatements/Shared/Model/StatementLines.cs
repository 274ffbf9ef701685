namespace JointStatements;

/// <summary>The 1-based line of the statement file each value of a <see cref="Statement"/> was read from;
/// <see langword="null"/> where the value is absent or was inferred rather than read.</summary>
/// <param name="Title">The title's (first) line.</param>
/// <param name="Issuer">The line naming the issuing body.</param>
/// <param name="Kind">The line with the document's word for itself.</param>
/// <param name="Meeting">The line naming the meeting.</param>
/// <param name="Place">The line giving the place.</param>
/// <param name="Date">The line giving the date.</param>
/// <param name="SignatoriesAsOf">The line giving the date the list is current as of.</param>
/// <param name="SignatoryRole">The heading of the signatory list.</param>
public sealed record StatementLines(
    int? Title,
    int? Issuer,
    int? Kind,
    int? Meeting,
    int? Place,
    int? Date,
    int? SignatoriesAsOf,
    int? SignatoryRole);
