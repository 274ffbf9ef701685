using System.Collections.Generic;
using System.Linq;
using JointStatements.Generator.Model;
using JointStatements.Packing;

namespace JointStatements.Generator.Emit;

/// <summary>Writes the statement collection class: one named property per statement for IntelliSense, the
/// statements themselves, each built only when first read, and the project's curated alias table, which joins the
/// statements' parties wherever they go (<c>Corpus.With(Statements.All)</c>). A small corpus gets one readable factory method per
/// statement; a large one (<see cref="EmissionLimits"/>) gets packed data (<see cref="PackedDataEmitter"/>), which
/// compiles and loads far faster. The code compiles from C# 7.3 on.</summary>
internal static class CorpusEmitter
{
    private const string StatementType = "global::JointStatements.Statement";

    public static string HintName(CorpusModel model) => model.Settings.Namespace + "." + model.Settings.ClassName + ".g.cs";

    /// <summary>The collection's source; <paramref name="utf8Literals"/> tells whether the language version has
    /// <c>"…"u8</c> literals (C# 11), which packed data uses beyond what string literals may hold.</summary>
    public static string Emit(CorpusModel model, bool utf8Literals, System.Threading.CancellationToken cancellationToken)
    {
        var settings = model.Settings;
        var statements = model.Statements;
        var code = CollectionClass.Open(settings, "the project's statement files", new[]
        {
            "/// <summary>The " + Literals.Int(statements.Count) + " statements compiled from this project's statement files, in file order.",
            "/// Query them with LINQ, or pick one by its named property.</summary>",
        }, settings.ClassName, "StatementCollection", "statements");
        code.Line();
        var parts = Packed(model);
        if (parts is null) code.Line("private " + settings.ClassName + "() : base(" + Literals.Int(statements.Count) + ", Create, " + Literals.String(model.AliasTable) + ") { }");
        else PackedDataEmitter.EmitConstructors(code, settings.ClassName, parts, model.AliasTable, utf8Literals);
        for (var i = 0; i < statements.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            EmitProperty(code, statements[i], i);
        }
        code.Line();
        if (parts is not null)
        {
            PackedDataEmitter.EmitData(code, parts, utf8Literals);
        }
        else
        {
            EmitFactorySwitch(code, statements);
            for (var i = 0; i < statements.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                StatementEmitter.EmitFactory(code, "Create" + Literals.Int(i), statements[i].Statement);
            }
        }
        code.Close();
        code.Close();
        return code.ToString();
    }

    /// <summary>The packed statements, in parts, when they are to be emitted as data, else <see langword="null"/>.</summary>
    private static List<PackedPart>? Packed(CorpusModel model)
    {
        var emission = model.Settings.Emission;
        if (emission == StatementEmission.Code) return null;
        var parts = PackedStatementWriter.WriteParts(model.Statements.Select(named => named.Statement).ToList(), EmissionLimits.PartBytes);
        var large = model.Statements.Count > EmissionLimits.MaxCodeStatements || parts.Sum(part => (long)part.Records.Length + part.Bodies.Length) > EmissionLimits.MaxCodeBytes;
        return emission == StatementEmission.Data || large ? parts : null;
    }

    private static void EmitProperty(CodeWriter code, NamedStatement named, int index)
    {
        var statement = named.Statement;
        code.Line();
        code.Line("/// <summary>" + Literals.XmlDoc(Describe(statement)) + "</summary>");
        code.Line("/// <remarks>From <c>" + Literals.XmlDoc(statement.SourceFile) + "</c>; id <c>" + Literals.XmlDoc(statement.Id) + "</c>.</remarks>");
        code.Line("public " + StatementType + " " + named.MemberName + " => this[" + Literals.Int(index) + "];");
    }

    private static void EmitFactorySwitch(CodeWriter code, ValueList<NamedStatement> statements)
    {
        code.Open("private static " + StatementType + " Create(int index)");
        code.Open("switch (index)");
        for (var i = 0; i < statements.Count; i++) code.Line("case " + Literals.Int(i) + ": return Create" + Literals.Int(i) + "();");
        code.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        code.Close();
        code.Close();
    }

    // "US imperialism endangers world peace. … (ICOR Resolution, 2020-01-17; 34 signatories)"
    private static string Describe(Statement statement)
    {
        var signatories = statement.Signatories.Count == 0 ? "no signatories" : Literals.Int(statement.Signatories.Count) + " signatories";
        if (statement.Title is null) return statement.DisplayName + " (" + signatories + ")";
        var label = (statement.Issuer?.Acronym() ?? "Joint") + " " + statement.Kind + (statement.Date is null ? "" : ", " + statement.Date);
        return statement.Title + " (" + label + "; " + signatories + ")";
    }
}
