namespace JointStatements;

/// <summary>An edge of the co-signature network: two parties and the statements both signed.</summary>
/// <param name="First">One party (the one whose key sorts first).</param>
/// <param name="Second">The other party.</param>
/// <param name="StatementIds">The statements both appear under, in corpus order.</param>
public sealed record CoSignature(Party First, Party Second, ValueList<string> StatementIds)
{
    /// <summary>How many statements both signed.</summary>
    public int Weight => StatementIds.Count;
}
