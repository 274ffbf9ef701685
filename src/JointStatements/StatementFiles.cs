using System;
using System.IO;
using System.Text;

namespace JointStatements;

/// <summary>Reads statement files from disk at run time, with the same parser that builds the bundled dataset.</summary>
public static class StatementFiles
{
    // Like git and grep, a NUL byte near the start marks a file as binary rather than text.
    private const int BinaryProbeLength = 8 * 1024;

    /// <summary>Reads and parses one statement file.</summary>
    /// <param name="path">The file's path; the statement's <see cref="Statement.SourceFile"/> is its file name.</param>
    /// <returns>The statement and what the parser noticed. An empty file is parsed too; the parser reports it as an
    /// <see cref="IssueSeverity.Error"/> issue (<c>JST002</c>).</returns>
    /// <remarks>The text is decoded by its byte order mark (UTF-8, UTF-16 or UTF-32, either byte order) and is
    /// otherwise taken to be UTF-8, which must then be valid. A web page (a name ending in <c>.html</c> or <c>.htm</c>, or
    /// text that opens with <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c>) is read as <see cref="StatementPages"/> reads it,
    /// with the charset it declares, and a page with no text or one that cannot be read is an
    /// <see cref="InvalidDataException"/> as a binary file is.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is binary or not valid text in its encoding. The message has the
    /// form <c>&lt;path&gt;: &lt;reason&gt;</c>.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read, or <paramref name="path"/> is a directory.</exception>
    public static ParseResult Load(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        var bytes = File.ReadAllBytes(path);
        var fileName = Path.GetFileName(path);
        if (StatementPages.IsPage(fileName, bytes)) return LoadPage(bytes, path, fileName);
        return StatementParser.ParseWithIssues(Decode(bytes, path), fileName);
    }

    private static ParseResult LoadPage(byte[] bytes, string path, string fileName)
    {
        // A page decodes by its own charset, so only the binary check is shared with text files; UTF-16 pages carry a mark.
        var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!utf16 && Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, BinaryProbeLength)) >= 0) throw Binary(path);
        return StatementPages.Checked(Html.PageReader.Read(bytes, fileName, contentType: null, sourceUrl: null, System.Threading.CancellationToken.None), path);
    }

    private static string Decode(byte[] bytes, string path)
    {
        var (encoding, encodingName, bomLength) = DetectEncoding(bytes);
        var isUtf8 = encoding is UTF8Encoding;
        // UTF-16 and UTF-32 text is full of NUL bytes, so there the probe looks at decoded characters instead.
        if (isUtf8 && Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, BinaryProbeLength)) >= 0) throw Binary(path);

        string text;
        try
        {
            text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException(
                $"{path}: not valid {encodingName} text; statement files are UTF-8, or UTF-16/UTF-32 with a byte order mark.",
                exception);
        }

        if (!isUtf8 && text.IndexOf('\0', 0, Math.Min(text.Length, BinaryProbeLength / 2)) >= 0) throw Binary(path);
        return text;
    }

    private static InvalidDataException Binary(string path) =>
        new($"{path}: binary file (a NUL in its first 8 KB), not a statement text.");

    // Strict decoders: a bad byte sequence is an error, never a silent replacement character.
    private static (Encoding Encoding, string Name, int BomLength) DetectEncoding(byte[] bytes)
    {
        // UTF-32 LE starts with the UTF-16 LE mark, so the longer marks are tried first.
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), "UTF-32 LE", 4);
        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) return (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), "UTF-32 BE", 4);
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF)) return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), "UTF-8", 3);
        if (StartsWith(bytes, 0xFF, 0xFE)) return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), "UTF-16 LE", 2);
        if (StartsWith(bytes, 0xFE, 0xFF)) return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), "UTF-16 BE", 2);
        return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), "UTF-8", 0);
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
