using JointStatements.Generator.Model;

namespace JointStatements.Generator.Emit;

/// <summary>The sizes that decide how a collection's statements are emitted. They follow from what the compiler costs
/// and allows: a factory method costs it milliseconds per statement, packed data a fraction of one (docs/performance.md),
/// and an assembly's string literals stop compiling at 16 MB (CS8103).</summary>
internal static class EmissionLimits
{
    /// <summary>Above this many statements, <see cref="StatementEmission.Auto"/> packs them (<see cref="PackedDataEmitter"/>).</summary>
    public const int MaxCodeStatements = 100;

    /// <summary>Above this many bytes of packed text, <see cref="StatementEmission.Auto"/> packs the statements: code
    /// keeps every text as a string literal.</summary>
    public const int MaxCodeBytes = 4_000_000;

    /// <summary>The size at which a part of the packed data is closed.</summary>
    public const int PartBytes = 1_000_000;

    /// <summary>How much packed data goes into string literals, leaving a quarter of the 16 MB for the project's other
    /// strings; beyond it the data goes into <c>"…"u8</c> literals where the language has them (C# 11).</summary>
    public const int StringBytes = 12_000_000;
}
