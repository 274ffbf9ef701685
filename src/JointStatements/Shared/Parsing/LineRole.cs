namespace JointStatements.Parsing;

/// <summary>Where a line of a statement file ended up; every line gets exactly one.</summary>
internal enum LineRole
{
    /// <summary>Not yet placed (left over at the end, it becomes <see cref="Unplaced"/>).</summary>
    None,
    Blank,
    Boilerplate,
    /// <summary>A line read into one or more fields (title, issuer, kind, meeting, place, date).</summary>
    Field,
    Body,
    SignatoryHeading,
    Signatory,
    Unplaced,
}
