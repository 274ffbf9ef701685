namespace JointStatements;

/// <summary>How serious a <see cref="ParseIssue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>Worth knowing; the value was still read.</summary>
    Info,

    /// <summary>Something was kept but could not be read as intended (an unplaced line, an unknown country).</summary>
    Warning,

    /// <summary>The file could not be read as a statement at all.</summary>
    Error,
}

/// <summary>Something the parser noticed in a statement file, pointing at its line.
/// At compile time the same issues are reported as compiler diagnostics with the same <see cref="Id"/>.</summary>
/// <param name="Id">The diagnostic ID, e.g. <c>JST003</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Line">The 1-based line, or 0 for the file as a whole.</param>
/// <param name="Column">The 1-based column on that line.</param>
/// <param name="Length">How many characters of the line it concerns.</param>
/// <param name="Message">What happened, naming the text concerned.</param>
public sealed record ParseIssue(string Id, IssueSeverity Severity, int Line, int Column, int Length, string Message);
