namespace JointStatements;

/// <summary>How precisely the text dates a statement.</summary>
public enum DatePrecision
{
    /// <summary>Exact days are given (one day, or a meeting of several days).</summary>
    Day,

    /// <summary>Only the month is given; the span covers the whole month.</summary>
    Month,

    /// <summary>Only the year is given; the span covers the whole year.</summary>
    Year,
}
