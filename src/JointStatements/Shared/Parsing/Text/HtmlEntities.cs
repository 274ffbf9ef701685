using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace JointStatements.Parsing.Text;

/// <summary>Decodes the HTML entities that copies of web pages keep (<c>&amp;amp;</c>, <c>&amp;#8211;</c>,
/// <c>&amp;nbsp;</c>): named entities from a short table of those seen on such pages, and every numeric one.
/// An unknown or malformed entity is left as written.</summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, string> Named = new(System.StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = "\u00A0",
        ["ndash"] = "\u2013", ["mdash"] = "\u2014", ["lsquo"] = "\u2018", ["rsquo"] = "\u2019",
        ["ldquo"] = "\u201C", ["rdquo"] = "\u201D", ["laquo"] = "\u00AB", ["raquo"] = "\u00BB",
        ["hellip"] = "\u2026", ["bull"] = "\u2022", ["middot"] = "\u00B7", ["shy"] = "\u00AD",
        ["eacute"] = "\u00E9", ["egrave"] = "\u00E8", ["aacute"] = "\u00E1", ["agrave"] = "\u00E0",
        ["iacute"] = "\u00ED", ["oacute"] = "\u00F3", ["uacute"] = "\u00FA", ["ntilde"] = "\u00F1",
        ["ccedil"] = "\u00E7", ["uuml"] = "\u00FC", ["ouml"] = "\u00F6", ["auml"] = "\u00E4",
        ["szlig"] = "\u00DF", ["Eacute"] = "\u00C9", ["Uuml"] = "\u00DC", ["Ouml"] = "\u00D6", ["Auml"] = "\u00C4",
    };

    public static string Decode(string text)
    {
        if (text.IndexOf('&') < 0) return text;
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&' && TryDecodeAt(text, i, out var decoded, out var length))
            {
                builder.Append(decoded);
                i += length;
                continue;
            }
            builder.Append(c);
            i++;
        }
        return builder.ToString();
    }

    private static bool TryDecodeAt(string text, int ampersand, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        var semicolon = text.IndexOf(';', ampersand + 1);
        if (semicolon < 0 || semicolon - ampersand > 12) return false;
        var name = text.Substring(ampersand + 1, semicolon - ampersand - 1);
        length = semicolon - ampersand + 1;
        if (name.Length > 1 && name[0] == '#') return TryDecodeNumber(name.Substring(1), out decoded);
        return Named.TryGetValue(name, out decoded!);
    }

    private static bool TryDecodeNumber(string digits, out string decoded)
    {
        decoded = "";
        var isHex = digits.Length > 1 && (digits[0] == 'x' || digits[0] == 'X');
        var ok = isHex
            ? int.TryParse(digits.Substring(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        // Surrogate code points and values past Unicode are not characters: leave the entity as written.
        if (!ok || code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        decoded = char.ConvertFromUtf32(code);
        return true;
    }
}
