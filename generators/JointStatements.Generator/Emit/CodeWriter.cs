using System.Text;

namespace JointStatements.Generator.Emit;

/// <summary>Writes indented C# with <c>\n</c> line endings whatever the build machine, so output is byte-identical everywhere.</summary>
internal sealed class CodeWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _indent; i++) _builder.Append(IndentUnit);
            _builder.Append(text);
        }
        _builder.Append('\n');
        return this;
    }

    /// <summary>A line with the string literal of <paramref name="value"/> between <paramref name="before"/> and
    /// <paramref name="after"/>, escaped in place (<see cref="Literals.String(StringBuilder, string)"/>): packed data
    /// makes literals of megabytes.</summary>
    public CodeWriter Line(string before, string value, string after)
    {
        for (var i = 0; i < _indent; i++) _builder.Append(IndentUnit);
        Literals.String(_builder.Append(before), value).Append(after).Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
