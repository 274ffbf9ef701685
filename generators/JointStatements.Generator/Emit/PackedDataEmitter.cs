using System.Collections.Generic;
using System.Text;
using JointStatements.Packing;

namespace JointStatements.Generator.Emit;

/// <summary>Writes the members of a collection whose statements are packed data (<see cref="PackedStatementWriter"/>):
/// constructors that give each collection its own reader, which decodes a statement when it is first read, and the
/// data as literals, a part's records and its bodies apart, about a megabyte a part.</summary>
/// <remarks>The compiler stores a string literal as it is, so data packed two bytes to a character costs next to
/// nothing to compile and, read in place, little to load: the runtime loads a literal the first time it is used, so
/// body text is loaded only when a body is read. An assembly's string literals may not exceed 16 MB (CS8103),
/// so beyond <see cref="EmissionLimits.StringBytes"/> the data goes into <c>"…"u8</c> literals where the language has them (C# 11),
/// which the compiler turns into bytes one by one: about half a microsecond per byte.</remarks>
internal static class PackedDataEmitter
{
    private const string Reader = "global::JointStatements.Packing.PackedStatements";

    public static void EmitConstructors(CodeWriter code, string className, IReadOnlyList<PackedPart> parts, string aliasTable, bool utf8Literals)
    {
        var literals = PartLiterals(parts);
        var asStrings = AsStrings(literals, utf8Literals);

        code.Line("private " + className + "() : this(new " + Reader + "(");
        code.Indent();
        for (var i = 0; i < literals.Count; i++)
        {
            var separator = i < literals.Count - 1 ? "," : ")) { }";
            var name = literals[i].Name;
            code.Line((asStrings[i] ? Reader + ".FromChars(() => " + name + ")" : "() => " + name) + separator);
        }
        code.Outdent();
        code.Line();
        code.Line("private " + className + "(" + Reader + " statements) : base(statements.Count, statements.Read, " + Literals.String(aliasTable) + ") { }");
    }

    public static void EmitData(CodeWriter code, IReadOnlyList<PackedPart> parts, bool utf8Literals)
    {
        code.Line("// The statements packed by the generator, in the layout " + Reader + " reads.");
        var literals = PartLiterals(parts);
        var asStrings = AsStrings(literals, utf8Literals);
        for (var i = 0; i < literals.Count; i++)
        {
            var (name, data) = literals[i];
            if (asStrings[i])
            {
                code.Line("private const string " + name + " = ", Chars(data), ";");
            }
            else
            {
                // The layout is valid UTF-8, so this round-trips byte for byte.
                code.Line("private static global::System.ReadOnlySpan<byte> " + name + " => ", Encoding.UTF8.GetString(data), "u8;");
            }
        }
    }

    /// <summary>The literals in the reader's order, each part's records (<c>Part0</c>) and then its bodies (<c>Part0Bodies</c>).</summary>
    private static List<(string Name, byte[] Data)> PartLiterals(IReadOnlyList<PackedPart> parts)
    {
        var literals = new List<(string Name, byte[] Data)>(parts.Count * 2);
        for (var i = 0; i < parts.Count; i++)
        {
            literals.Add(("Part" + Literals.Int(i), parts[i].Records));
            literals.Add(("Part" + Literals.Int(i) + "Bodies", parts[i].Bodies));
        }
        return literals;
    }

    /// <summary>Which literals are strings: all before C# 11 (which may then not compile, CS8103), else those within
    /// <see cref="EmissionLimits.StringBytes"/>.</summary>
    private static bool[] AsStrings(List<(string Name, byte[] Data)> literals, bool utf8Literals)
    {
        var asStrings = new bool[literals.Count];
        var bytes = 0L;
        for (var i = 0; i < literals.Count; i++)
        {
            bytes += literals[i].Data.Length;
            asStrings[i] = !utf8Literals || bytes <= EmissionLimits.StringBytes;
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
