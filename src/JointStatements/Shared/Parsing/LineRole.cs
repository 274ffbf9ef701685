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
    /// <summary>A line of the list that carries on the entry above it and gives no signatory of its own: the second half of
    /// an entry broken over two lines ("Communist Party" / "of Chile (Marxist-Leninist)"), or a delegate of the
    /// organisation above ("- Rui Antunes, member of the Central Committee").</summary>
    SignatoryContinued,
    Unplaced,
}
