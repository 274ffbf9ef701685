using System;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Text;

namespace JointStatements.Html;

/// <summary>The text of a page's bytes. A byte order mark decides; otherwise bytes that are valid UTF-8 are read as UTF-8,
/// whatever the page or the server declares (old servers declare ISO-8859-1 for every page, and pages re-saved as UTF-8
/// keep their old declaration); otherwise the declared charset is used (the server's, else the page's
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c>), and windows-1252 where none is declared or the declared one is not
/// known, as browsers do. Charset names are those browsers accept (<c>latin1</c> is windows-1252).</summary>
internal static class PageDecoder
{
    // A page's charset declaration must come in its first 1024 bytes (HTML5); a few more allow for pages that put it late.
    private const int DeclarationProbeLength = 8 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, the name of the encoding used, and when the encoding is not what the page says, what
    /// the page says (the second argument of JST027).</summary>
    public static (string Text, string Encoding, string? Mismatch) Decode(byte[] bytes, string? transportCharset)
    {
        if (Bom(bytes) is { } bom) return (bom.Encoding.GetString(bytes, bom.Length, bytes.Length - bom.Length), bom.Encoding.WebName, null);

        string? utf8 = null;
        try
        {
            utf8 = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the declaration decides.
        }

        if (utf8 is not null)
        {
            var declared = transportCharset ?? DeclaredCharset(utf8.Length > DeclarationProbeLength ? utf8.Substring(0, DeclarationProbeLength) : utf8);
            var mismatch = declared is not null && !IsAscii(bytes) && Known(declared) is { } encoding && encoding.WebName != "utf-8"
                ? "declares the charset " + declared + " but its bytes are UTF-8"
                : null;
            return (utf8, "utf-8", mismatch);
        }

        var probe = Latin1(bytes, Math.Min(bytes.Length, DeclarationProbeLength));
        var charset = transportCharset ?? DeclaredCharset(probe);
        var legacy = charset is null ? null : Known(charset);
        if (legacy is not null && legacy.WebName != "utf-8" && !legacy.WebName.StartsWith("utf-16", StringComparison.Ordinal))
        {
            return (legacy.GetString(bytes), legacy.WebName, null);
        }
        var fallback = TextEncoding.Windows1252;
        var reason = charset is null ? "declares no charset and is not valid UTF-8"
            : legacy is null ? "declares the charset " + charset + ", which is not known"
            : "declares the charset " + charset + " but is not valid " + legacy.WebName.ToUpperInvariant();
        return (fallback.GetString(bytes), fallback.WebName, reason);
    }

    /// <summary>The charset the page's own markup declares (<c>&lt;meta charset&gt;</c>, or <c>http-equiv="Content-Type"</c>),
    /// read from the parsed head of <paramref name="html"/>, or <see langword="null"/>.</summary>
    public static string? DeclaredCharset(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return DeclaredCharset(document);
    }

    /// <summary>The charset the document's markup declares, or <see langword="null"/>.</summary>
    public static string? DeclaredCharset(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            if (meta.GetAttribute("charset") is { } charset && charset.Trim().Length > 0) return charset.Trim();
            if (string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "content-type", StringComparison.OrdinalIgnoreCase)
                && CharsetParameter(meta.GetAttribute("content")) is { } declared)
            {
                return declared;
            }
        }
        return null;
    }

    /// <summary>The <c>charset</c> parameter of a content type (<c>text/html; charset=windows-1252</c>), or <see langword="null"/>.</summary>
    public static string? CharsetParameter(string? contentType)
    {
        if (contentType is null) return null;
        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var i = at + "charset".Length;
        while (i < contentType.Length && char.IsWhiteSpace(contentType[i])) i++;
        if (i >= contentType.Length || contentType[i] != '=') return null;
        i++;
        while (i < contentType.Length && char.IsWhiteSpace(contentType[i])) i++;
        var quoted = i < contentType.Length && (contentType[i] == '"' || contentType[i] == '\'');
        if (quoted) i++;
        var start = i;
        while (i < contentType.Length && contentType[i] != ';' && contentType[i] != '"' && contentType[i] != '\'' && !char.IsWhiteSpace(contentType[i])) i++;
        return i > start ? contentType.Substring(start, i - start) : null;
    }

    /// <summary>The encoding a charset label names, as browsers map labels, or <see langword="null"/> for an unknown one.</summary>
    public static Encoding? Known(string charset) => TextEncoding.IsSupported(charset.Trim()) ? TextEncoding.Resolve(charset.Trim()) : null;

    private static (Encoding Encoding, int Length)? Bom(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        return null;
    }

    private static bool IsAscii(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80) return false;
        }
        return true;
    }

    // Each byte as the character of the same number: every ASCII-compatible charset's markup reads right this way.
    private static string Latin1(byte[] bytes, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }
}
