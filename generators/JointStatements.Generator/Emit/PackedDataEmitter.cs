using System.Text;

namespace JointStatements.Generator.Emit;

/// <summary>Writes the members of a collection whose statements are packed data (<see cref="PackedStatementWriter"/>):
/// constructors that give each collection its own reader (which decodes a statement when it is first read), and the
/// data as one literal. The literal is <c>"…"u8</c> where the language has it (C# 11): the compiler stores its bytes
/// as they are, and getting them again costs nothing. Older language versions get a string literal turned into bytes
/// when the class is first used; string literals count towards the 16 MB per assembly that the compiler allows (CS8103).</summary>
internal static class PackedDataEmitter
{
    public static void EmitConstructors(CodeWriter code, string className)
    {
        code.Line("private " + className + "() : this(new global::JointStatements.PackedStatements(() => Data)) { }");
        code.Line();
        code.Line("private " + className + "(global::JointStatements.PackedStatements statements) : base(statements.Count, statements.Read) { }");
    }

    public static void EmitData(CodeWriter code, byte[] data, bool utf8Literals)
    {
        // The layout is valid UTF-8, so this round-trips byte for byte.
        var literal = Literals.String(Encoding.UTF8.GetString(data));
        code.Line("// The statements packed by the generator, in the layout global::JointStatements.PackedStatements reads.");
        if (utf8Literals)
        {
            code.Line("private static global::System.ReadOnlySpan<byte> Data => " + literal + "u8;");
            return;
        }
        // A class of its own, initialised on first use: a field of the collection would still be null while the
        // collection's own static instance is constructed.
        code.Line("private static global::System.ReadOnlySpan<byte> Data => PackedBytes.Value;");
        code.Line();
        code.Open("private static class PackedBytes");
        code.Line("public static readonly byte[] Value = global::System.Text.Encoding.UTF8.GetBytes(" + literal + ");");
        code.Close();
    }
}
