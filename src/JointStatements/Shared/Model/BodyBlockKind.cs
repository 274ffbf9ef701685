namespace JointStatements;

/// <summary>The role of one block of a statement's body.</summary>
public enum BodyBlockKind
{
    /// <summary>Running text.</summary>
    Paragraph,

    /// <summary>A bulleted, dashed or numbered point; the marker is not part of the text.</summary>
    Point,

    /// <summary>A short exclamation, such as the slogans that close most statements.</summary>
    Slogan,
}
