namespace JointStatements.Generator.Model;

/// <summary>How the statements are written into the generated collection (MSBuild property <c>JointStatementsEmission</c>).</summary>
internal enum StatementEmission
{
    /// <summary>Code for small corpora, data for large ones.</summary>
    Auto,

    /// <summary>One factory method per statement, with named arguments: readable, for small corpora.</summary>
    Code,

    /// <summary>All statements packed into one UTF-8 literal and decoded one at a time at run time: fast to compile and to load.</summary>
    Data,
}
