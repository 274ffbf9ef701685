using System.Text;

namespace JointStatements.Generator.Emit;

/// <summary>Writes the members of a collection whose statements are packed data (<see cref="PackedStatementWriter"/>):
/// the data as one literal and a factory that decodes the statement asked for. The literal is <c>"…"u8</c> where the
/// language has it (C# 11): the compiler stores its bytes as they are, and reading them allocates nothing. Older
/// language versions get a string literal turned into bytes when the class is first used; string literals count
/// towards the 16 MB per assembly that the compiler allows (CS8103).</summary>
internal static class PackedDataEmitter
{
    public static void Emit(CodeWriter code, byte[] data, bool utf8Literals)
    {
        // The layout is valid UTF-8, so this round-trips byte for byte.
        var literal = Literals.String(Encoding.UTF8.GetString(data));
        code.Line("private static global::JointStatements.Statement Create(int index) => global::JointStatements.PackedStatements.Read(Data, index);");
        code.Line();
        code.Line("// The statements packed by the generator (format: global::JointStatements.PackedStatements).");
        code.Line(utf8Literals
            ? "private static global::System.ReadOnlySpan<byte> Data => " + literal + "u8;"
            : "private static readonly byte[] Data = global::System.Text.Encoding.UTF8.GetBytes(" + literal + ");");
    }
}
