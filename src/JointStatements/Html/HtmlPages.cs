using System;

namespace JointStatements.Html;

/// <summary>Which statement files are web pages, and the limits of reading one.</summary>
internal static class HtmlPages
{
    /// <summary>A page larger than this is not read (JST026). Statement pages are well under a megabyte even with a
    /// site's scripts and styles inlined; beyond this a page is a dump, and parsing it would hold up the build.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>A page that leaves more elements open than this at once is not read (JST026). The HTML5 parser's work for a
    /// block element grows with the number of elements open around it, so tens of thousands of unclosed elements would
    /// stall a build for minutes; real pages nest a few dozen deep (and browsers build no tree deeper than about 512).</summary>
    public const int MaxDepth = 4096;

    private static readonly string[] Extensions = { ".html", ".htm", ".xhtml", ".shtml" };

    /// <summary>Whether a file is read as a web page: by its extension, or because its text opens with markup (a page
    /// saved under a <c>.txt</c> name).</summary>
    public static bool IsPage(string fileName, string text) => HasPageExtension(fileName) || OpensWithMarkup(text);

    /// <summary>Whether the file name ends in <c>.html</c>, <c>.htm</c>, <c>.xhtml</c> or <c>.shtml</c>.</summary>
    public static bool HasPageExtension(string fileName)
    {
        foreach (var extension in Extensions)
        {
            if (fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether the text opens, after a byte order mark, white space and comments, with <c>&lt;!DOCTYPE html</c> or an
    /// <c>&lt;html</c> tag: how every saved page starts, and no statement text does.</summary>
    public static bool OpensWithMarkup(string text)
    {
        var i = 0;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) != 0) break;
            var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
            if (end < 0) return false;
            i = end + 3;
        }
        return StartsWithIgnoringCase(text, i, "<!doctype html") || (StartsWithIgnoringCase(text, i, "<html")
            && (i + 5 == text.Length || text[i + 5] == '>' || char.IsWhiteSpace(text[i + 5])));
    }

    /// <summary>As <see cref="OpensWithMarkup(string)"/>, for the bytes of a file in any ASCII-compatible encoding or UTF-16.</summary>
    public static bool OpensWithMarkup(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, 4096);
        var chars = new char[length];
        var count = 0;
        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3
            : length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) ? 2 : 0;
        // UTF-16 text has a NUL beside every ASCII letter: reading only the non-NUL bytes finds its markup too.
        for (var i = start; i < length; i++)
        {
            if (bytes[i] != 0) chars[count++] = (char)bytes[i];
        }
        return OpensWithMarkup(new string(chars, 0, count));
    }

    private static bool StartsWithIgnoringCase(string text, int index, string prefix) =>
        string.Compare(text, index, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0 && text.Length - index >= prefix.Length;
}
