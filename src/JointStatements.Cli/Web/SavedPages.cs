using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JointStatements.Html;

namespace JointStatements.Cli.Web;

/// <summary>How <c>fetch</c> keeps a page: <c>NAME.html</c>, the page as a browser's "Save page as" keeps it (the address it
/// came from in a <c>saved from url</c> mark at the start of its first line, so every line stays where the server had it;
/// a page in a legacy charset re-encoded as UTF-8 with a byte order mark, so a build reads it right on any system);
/// <c>NAME.txt</c>, the statement's text as the reader made it of the page; and <c>NAME.source.json</c>, its provenance
/// (address asked for and answered from, time retrieved, status, content type, charset, length and SHA-256 of the bytes
/// received).</summary>
internal static class SavedPages
{
    public const string ProvenanceSuffix = ".source.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The page's bytes as <c>fetch</c> saves them, which <c>parse</c> reads for an address too, so both give the
    /// same statement.</summary>
    public static byte[] PageBytes(Download download)
    {
        var body = download.Body;
        var mark = "<!-- saved from url=(" + download.Final.AbsoluteUri.Length.ToString("D4", CultureInfo.InvariantCulture) + ")"
            + download.Final.AbsoluteUri + " -->";
        var (text, encoding, _) = PageDecoder.Decode(body, PageDecoder.CharsetParameter(download.ContentType));
        var bom = body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF ? 3 : 0;
        if (encoding == "utf-8")
        {
            // UTF-8 stays byte for byte; the mark goes after a byte order mark, before the first line's text.
            return body.Take(bom).Concat(Utf8.GetBytes(mark)).Concat(body.Skip(bom)).ToArray();
        }
        return new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8.GetBytes(mark + text)).ToArray();
    }

    /// <summary>JST027 when the server's charset or the page's does not match the bytes received: the saved page no longer
    /// shows it (it is saved as it was read), so it is reported when it arrives.</summary>
    public static ParseIssue? CharsetIssue(Download download, string fileName)
    {
        var (_, encoding, mismatch) = PageDecoder.Decode(download.Body, PageDecoder.CharsetParameter(download.ContentType));
        return mismatch is null ? null : Parsing.Issues.IssueCatalog.PageCharset.At(0, 0, 0, fileName, mismatch, encoding);
    }

    /// <summary>The file name for a page from its address: the last part of its path without an extension, with its query.
    /// <c>https://icor.example/en/news/stop-the-deportations</c> gives <c>stop-the-deportations</c>.</summary>
    public static string BaseName(Uri address)
    {
        var segments = address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = segments.Length > 0 ? Uri.UnescapeDataString(segments[^1]) : "";
        var dot = last.LastIndexOf('.');
        if (dot > 0) last = last.Substring(0, dot);
        var name = Slug(last + (address.Query.Length > 1 ? "-" + Uri.UnescapeDataString(address.Query.AsSpan(1)) : ""));
        return name.Length > 0 ? name : Slug(address.Host);
    }

    /// <summary>A name in <paramref name="folder"/> that no other saved page has: <c>NAME</c>, else <c>NAME-2</c>, <c>NAME-3</c>, …</summary>
    public static string FreeName(string folder, string baseName)
    {
        for (var suffix = 1; ; suffix++)
        {
            var name = suffix == 1 ? baseName : baseName + "-" + suffix.ToString(CultureInfo.InvariantCulture);
            if (!File.Exists(Path.Combine(folder, name + ".html")) && !File.Exists(Path.Combine(folder, name + ".txt"))
                && !File.Exists(Path.Combine(folder, name + ProvenanceSuffix))) return name;
        }
    }

    /// <summary>The page already saved in <paramref name="folder"/> from <paramref name="address"/> (asked for or answered
    /// from), by its provenance, or <see langword="null"/>.</summary>
    public static string? AlreadySaved(string folder, Uri address)
    {
        if (!Directory.Exists(folder)) return null;
        foreach (var path in Directory.GetFiles(folder, "*" + ProvenanceSuffix).OrderBy(p => p, StringComparer.Ordinal))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                var root = document.RootElement;
                foreach (var field in new[] { "url", "finalUrl" })
                {
                    if (root.TryGetProperty(field, out var url) && url.GetString() == address.AbsoluteUri
                        && root.TryGetProperty("page", out var page) && page.GetString() is { } name)
                    {
                        return Path.Combine(folder, name);
                    }
                }
            }
            catch (Exception exception) when (exception is JsonException or IOException or InvalidOperationException)
            {
                // Not a provenance file of ours: it saves nothing.
            }
        }
        return null;
    }

    /// <summary>Writes the page (<c>NAME.html</c>, or <c>NAME.txt</c> for a statement served as text), its text (when it
    /// has one) and its provenance in <paramref name="folder"/>.</summary>
    /// <returns>The page's path.</returns>
    public static string Save(string folder, string name, Download download, byte[] page, string? text, string extension)
    {
        Directory.CreateDirectory(folder);
        var pagePath = Path.Combine(folder, name + extension);
        File.WriteAllBytes(pagePath, page);
        if (text is not null) File.WriteAllText(Path.Combine(folder, name + ".txt"), text, Utf8);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("url", download.Requested.AbsoluteUri);
            writer.WriteString("finalUrl", download.Final.AbsoluteUri);
            writer.WriteString("retrieved", download.Retrieved.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteNumber("status", download.Status);
            if (download.ContentType is null) writer.WriteNull("contentType");
            else writer.WriteString("contentType", download.ContentType);
            writer.WriteString("charset", PageDecoder.Decode(download.Body, PageDecoder.CharsetParameter(download.ContentType)).Encoding);
            writer.WriteNumber("length", download.Body.Length);
            writer.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(download.Body)));
            writer.WriteString("page", name + extension);
            if (text is null) writer.WriteNull("text");
            else writer.WriteString("text", name + ".txt");
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        File.WriteAllBytes(Path.Combine(folder, name + ProvenanceSuffix), stream.ToArray());
        return pagePath;
    }

    /// <summary>Whether <paramref name="textPath"/> is the text <c>fetch</c> saved beside a page (it has a provenance file),
    /// which a folder of statements reads from the page instead.</summary>
    public static bool IsTextOfSavedPage(string textPath) =>
        textPath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        && File.Exists(Path.ChangeExtension(textPath, null) + ProvenanceSuffix)
        && File.Exists(Path.ChangeExtension(textPath, ".html"));

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= 80) break;
        }
        return slug.ToString().Trim('-');
    }
}
