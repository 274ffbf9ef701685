using System.Globalization;
using System.Text;

namespace JointStatements.Generator.Emit;

/// <summary>The one place that turns values into C# source: every string the generator writes passes through here.</summary>
internal static class Literals
{
    /// <summary>A regular string literal (C# 1 syntax, so any language version compiles it), or <c>null</c>.
    /// Quotes, backslashes, control and line-separator characters, bidirectional controls and lone surrogates are escaped,
    /// so no statement text can end the literal, change how the file reads, or break the compilation.</summary>
    public static string String(string? value) => value is null ? "null" : String(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends the literal <see cref="String(string?)"/> makes of <paramref name="value"/> to <paramref name="builder"/>:
    /// packed data makes literals of megabytes, which are better not copied about.</summary>
    public static StringBuilder String(StringBuilder builder, string value)
    {
        builder.Append('"');
        // Characters kept as they are go in runs, not one by one.
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\') continue;
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ => null,
            };
            if (escape is null && !Parsing.Text.SuspiciousCharacters.IsInvisible(value, i)) continue;
            builder.Append(value, run, i - run);
            if (escape is not null) builder.Append(escape);
            else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            run = i + 1;
        }
        return builder.Append(value, run, value.Length - run).Append('"');
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(int? value) => value is { } v ? Int(v) : "null";

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Enum<T>(T value) where T : struct, System.Enum => "global::JointStatements." + typeof(T).Name + "." + value;

    public static string Enum<T>(T? value) where T : struct, System.Enum => value is { } v ? Enum(v) : "null";

    public static string Date(System.DateTime date) =>
        "new global::System.DateTime(" + Int(date.Year) + ", " + Int(date.Month) + ", " + Int(date.Day) + ")";

    public static string Date(System.DateTime? date) => date is { } d ? Date(d) : "null";

    /// <summary>Text for an XML documentation comment: markup characters escaped, lines joined, controls dropped.</summary>
    public static string XmlDoc(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (Parsing.Text.SuspiciousCharacters.IsInvisible(text, i)) builder.Append(' ');
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
