namespace JointStatements;

/// <summary>Labels for statements the text gives no title.</summary>
internal static class StatementLabels
{
    /// <summary><c>ICMLPO Statement, XXIX Plenary Session, 2024-11</c>; <c>Joint Statement, 2021-03-03</c> without an issuer.</summary>
    public static string Untitled(Statement statement)
    {
        var label = (statement.Issuer?.Acronym() ?? "Joint") + " " + statement.Kind;
        if (statement.Meeting is not null) label += ", " + statement.Meeting;
        if (statement.Date is not null) label += ", " + statement.Date;
        return label;
    }
}
