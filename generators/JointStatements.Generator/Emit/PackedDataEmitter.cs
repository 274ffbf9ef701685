using System.Collections.Generic;
using System.Text;

namespace JointStatements.Generator.Emit;

/// <summary>Writes the members of a collection whose statements are packed data (<see cref="PackedStatementWriter"/>):
/// constructors that give each collection its own reader, which decodes a statement when it is first read, and the
/// data as literals of about a megabyte each.</summary>
/// <remarks>The compiler stores a string literal as it is, so data packed two bytes to a character costs next to
/// nothing to compile and, read in place, nothing to load. An assembly's string literals may not exceed 16 MB (CS8103),
/// so beyond <see cref="StringBytes"/> the data goes into <c>"…"u8</c> literals where the language has them (C# 11),
/// which the compiler turns into bytes one by one: about half a microsecond per byte.</remarks>
internal static class PackedDataEmitter
{
    /// <summary>The size at which a part is closed.</summary>
    public const int PartBytes = 1_000_000;

    /// <summary>How much data goes into string literals, leaving a quarter of the 16 MB for the project's other strings.</summary>
    public const int StringBytes = 12_000_000;

    private const string Reader = "global::JointStatements.PackedStatements";

    public static void EmitConstructors(CodeWriter code, string className, IReadOnlyList<byte[]> parts, bool utf8Literals)
    {
        var asStrings = AsStrings(parts, utf8Literals);

        code.Line("private " + className + "() : this(new " + Reader + "(");
        code.Indent();
        for (var i = 0; i < parts.Count; i++)
        {
            var separator = i < parts.Count - 1 ? "," : ")) { }";
            code.Line((asStrings[i] ? Reader + ".FromChars(Part" + Literals.Int(i) + ")" : "() => Part" + Literals.Int(i)) + separator);
        }
        code.Outdent();
        code.Line();
        code.Line("private " + className + "(" + Reader + " statements) : base(statements.Count, statements.Read) { }");
    }

    public static void EmitData(CodeWriter code, IReadOnlyList<byte[]> parts, bool utf8Literals)
    {
        code.Line("// The statements packed by the generator, in the layout " + Reader + " reads.");
        var asStrings = AsStrings(parts, utf8Literals);
        for (var i = 0; i < parts.Count; i++)
        {
            var name = "Part" + Literals.Int(i);
            if (asStrings[i])
            {
                code.Line("private const string " + name + " = " + Literals.String(Chars(parts[i])) + ";");
            }
            else
            {
                // The layout is valid UTF-8, so this round-trips byte for byte.
                code.Line("private static global::System.ReadOnlySpan<byte> " + name + " => " + Literals.String(Encoding.UTF8.GetString(parts[i])) + "u8;");
            }
        }
    }

    /// <summary>Which parts go into string literals: all before C# 11 (which may then not compile, CS8103), else
    /// those within <see cref="StringBytes"/>.</summary>
    private static bool[] AsStrings(IReadOnlyList<byte[]> parts, bool utf8Literals)
    {
        var asStrings = new bool[parts.Count];
        var bytes = 0L;
        for (var i = 0; i < parts.Count; i++)
        {
            bytes += parts[i].Length;
            asStrings[i] = !utf8Literals || bytes <= StringBytes;
        }
        return asStrings;
    }

    /// <summary>Two bytes to a character, the first in the low half (an odd last byte gets a zero beside it).</summary>
    private static string Chars(byte[] bytes)
    {
        var chars = new char[(bytes.Length + 1) / 2];
        for (var i = 0; i < bytes.Length; i++) chars[i / 2] |= (char)(bytes[i] << (i % 2 * 8));
        return new string(chars);
    }
}
