namespace JointStatements;

/// <summary>What a statement calls itself: its own word where it has one, else <see cref="Statement"/>.</summary>
public enum StatementKind
{
    /// <summary>A statement, or a document with no word for itself.</summary>
    Statement,

    /// <summary>A resolution.</summary>
    Resolution,

    /// <summary>A message addressed to someone.</summary>
    Message,

    /// <summary>A declaration.</summary>
    Declaration,
}
