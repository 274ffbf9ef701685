using System.Collections.Generic;

namespace JointStatements.Generator.Emit;

/// <summary>Writes the factory method that builds one <see cref="Statement"/>, with named arguments so the code reads like the data.</summary>
internal static class StatementEmitter
{
    public static void EmitFactory(CodeWriter code, string methodName, Statement statement)
    {
        code.Line();
        code.Line("private static global::JointStatements.Statement " + methodName + "() => new global::JointStatements.Statement(");
        code.Indent();
        var id = statement.Id;
        Arguments(code, new[]
        {
            ("Id", Literals.String(id)),
            ("SourceFile", Literals.String(statement.SourceFile)),
            ("Issuer", Literals.Enum(statement.Issuer)),
            ("Kind", Literals.Enum(statement.Kind)),
            ("Title", Literals.String(statement.Title)),
            ("Meeting", Literals.String(statement.Meeting)),
            ("Place", Literals.String(statement.Place)),
            ("Date", DateSpan(statement.Date)),
            ("SignatoriesAsOf", Literals.Date(statement.SignatoriesAsOf)),
            ("SignatoryRole", Literals.Enum(statement.SignatoryRole)),
        });
        List(code, "Signatories", "Signatory", statement.Signatories, s =>
            "new global::JointStatements.Signatory(" + Literals.String(id) + ", " + Literals.Int(s.Position) + ", "
            + Literals.String(s.ShortName) + ", " + Literals.String(s.Name) + ", " + Literals.String(s.EnglishName) + ", "
            + (s.Country is null ? "null" : "new global::JointStatements.Country(" + Literals.String(s.Country.Code) + ", " + Literals.String(s.Country.Name) + ")") + ", "
            + Literals.Bool(s.IsLate) + ", " + Literals.Int(s.Line) + ")");
        List(code, "Body", "BodyBlock", statement.Body, b =>
            "new global::JointStatements.BodyBlock(" + Literals.Enum(b.Kind) + ", " + Literals.String(b.Text) + ", " + Literals.Int(b.Line) + ")");
        List(code, "Boilerplate", "TextLine", statement.Boilerplate, TextLine);
        List(code, "Unplaced", "TextLine", statement.Unplaced, TextLine);
        var lines = statement.Lines;
        var linesArgument = "Lines: new global::JointStatements.StatementLines(" + string.Join(", ", new[]
        {
            Literals.Int(lines.Title), Literals.Int(lines.Issuer), Literals.Int(lines.Kind), Literals.Int(lines.Meeting),
            Literals.Int(lines.Place), Literals.Int(lines.Date), Literals.Int(lines.SignatoriesAsOf), Literals.Int(lines.SignatoryRole),
        }) + ")";
        // Only a web page's statement has an address; a statement of a text file keeps the call it always had.
        if (statement.SourceUrl is null)
        {
            code.Line(linesArgument + ");");
        }
        else
        {
            code.Line(linesArgument + ",");
            code.Line("SourceUrl: " + Literals.String(statement.SourceUrl) + ");");
        }
        code.Outdent();
    }

    private static void Arguments(CodeWriter code, IEnumerable<(string Name, string Value)> arguments)
    {
        foreach (var (name, value) in arguments) code.Line(name + ": " + value + ",");
    }

    private static void List<T>(CodeWriter code, string name, string type, IReadOnlyList<T> items, System.Func<T, string> item)
    {
        var list = "global::JointStatements.ValueList<global::JointStatements." + type + ">";
        if (items.Count == 0)
        {
            code.Line(name + ": new " + list + "(new global::JointStatements." + type + "[0]),");
            return;
        }
        code.Line(name + ": new " + list + "(new[]");
        code.Line("{");
        code.Indent();
        foreach (var value in items) code.Line(item(value) + ",");
        code.Outdent();
        code.Line("}),");
    }

    private static string TextLine(TextLine line) =>
        "new global::JointStatements.TextLine(" + Literals.String(line.Text) + ", " + Literals.Int(line.Line) + ")";

    private static string DateSpan(DateSpan? date) => date is null ? "null"
        : "new global::JointStatements.DateSpan(" + Literals.Date(date.Start) + ", " + Literals.Date(date.End) + ", " + Literals.Enum(date.Precision) + ")";
}
