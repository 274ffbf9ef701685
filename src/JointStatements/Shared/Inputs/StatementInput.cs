using System;
using System.Text;
using JointStatements.Parsing.Issues;

namespace JointStatements.Inputs;

/// <summary>What a file declared as a statement turned out to hold, before any parsing.</summary>
internal enum InputContent
{
    /// <summary>Text: it is parsed.</summary>
    Text,

    /// <summary>Nothing, or only white space.</summary>
    Empty,

    /// <summary>NUL characters, as binary files hold.</summary>
    Binary,

    /// <summary>A PDF document (<c>%PDF-</c>).</summary>
    Pdf,

    /// <summary>A zip archive: a Word (<c>.docx</c>), Excel, PowerPoint or OpenDocument file.</summary>
    ZipArchive,

    /// <summary>An OLE compound file: an older Word (<c>.doc</c>) or Excel (<c>.xls</c>) file.</summary>
    OleCompoundFile,
}

/// <summary>The verdict on one input: its text to parse, or why it is skipped.</summary>
/// <param name="Content">What the input holds.</param>
/// <param name="Text">The decoded text, for <see cref="InputContent.Text"/>; else <see langword="null"/>.</param>
internal readonly record struct InputVerdict(InputContent Content, string? Text)
{
    /// <summary>Whether the input is parsed; otherwise it is skipped with <see cref="SkipIssue"/>.</summary>
    public bool IsStatementText => Content == InputContent.Text;

    /// <summary>The warning a skipped input gets (<c>JST002</c> when empty, else <c>JST001</c>, naming what it is), or
    /// <see langword="null"/> when it is parsed.</summary>
    public ParseIssue? SkipIssue(string fileName) => Content switch
    {
        InputContent.Text => null,
        InputContent.Empty => IssueCatalog.EmptyFile.At(0, 1, 0, fileName),
        _ => IssueCatalog.NotText.At(0, 1, 0, fileName, StatementInput.Describe(Content)),
    };
}

/// <summary>The one decision on which inputs are statement texts, shared by the generator (which gets text the compiler
/// decoded), <c>StatementFiles.Load</c> and the command line (which read bytes): an empty file, a binary file, a PDF or an
/// office document is skipped with a warning; anything else is text and is parsed. Text that is not valid UTF-8 is parsed
/// too: its undecodable bytes become U+FFFD, which the parser reports (<c>JST015</c>).</summary>
internal static class StatementInput
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>The verdict on a file's bytes: decoded by its byte order mark (UTF-8, UTF-16 or UTF-32, either byte
    /// order), else as UTF-8, then judged as <see cref="Judge(string)"/> judges text.</summary>
    public static InputVerdict Judge(byte[] bytes)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        // Signatures first: an office document or a PDF may hold no NUL near its start, and its bytes are no text to decode.
        if (StartsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) return new InputVerdict(InputContent.Pdf, null);
        if (StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || StartsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) return new InputVerdict(InputContent.ZipArchive, null);
        if (StartsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return new InputVerdict(InputContent.OleCompoundFile, null);
        return Judge(Decode(bytes));
    }

    /// <summary>The verdict on a file's decoded text.</summary>
    public static InputVerdict Judge(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        if (IsBlank(text, start)) return new InputVerdict(InputContent.Empty, null);
        if (string.CompareOrdinal(text, start, "%PDF-", 0, 5) == 0) return new InputVerdict(InputContent.Pdf, null);
        if (string.CompareOrdinal(text, start, "PK\u0003\u0004", 0, 4) == 0 || string.CompareOrdinal(text, start, "PK\u0005\u0006", 0, 4) == 0)
        {
            return new InputVerdict(InputContent.ZipArchive, null);
        }
        // The OLE signature as a Windows code page decodes it (elsewhere its NUL bytes give it away).
        if (string.CompareOrdinal(text, start, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", 0, 8) == 0) return new InputVerdict(InputContent.OleCompoundFile, null);
        if (text.IndexOf('\0') >= 0) return new InputVerdict(InputContent.Binary, null);
        return new InputVerdict(InputContent.Text, text);
    }

    /// <summary>What a skipped input is, as the <c>JST001</c> message says it.</summary>
    public static string Describe(InputContent content) => content switch
    {
        InputContent.Binary => "it holds NUL bytes, as binary files do",
        InputContent.Pdf => "it is a PDF document; save its text as a .txt file",
        InputContent.ZipArchive => "it is a zip archive, as Word, Excel and OpenDocument files are; save its text as a .txt file",
        InputContent.OleCompoundFile => "it is an OLE compound file, as older Word and Excel files are; save its text as a .txt file",
        InputContent.Empty => "it is empty",
        _ => "it is text",
    };

    private static bool IsBlank(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!Parsing.Text.Whitespace.IsSpace(text[i]) && text[i] != ByteOrderMark) return false;
        }
        return true;
    }

    // Not strict: an undecodable byte sequence becomes U+FFFD, as the compiler decodes it, and the parser reports it.
    private static string Decode(byte[] bytes)
    {
        // UTF-32 LE starts with the UTF-16 LE mark, so the longer marks are tried first.
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetString(bytes, 4, bytes.Length - 4);
        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) return new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetString(bytes, 4, bytes.Length - 4);
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF)) return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes, 3, bytes.Length - 3);
        if (StartsWith(bytes, 0xFF, 0xFE)) return new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetString(bytes, 2, bytes.Length - 2);
        if (StartsWith(bytes, 0xFE, 0xFF)) return new UnicodeEncoding(bigEndian: true, byteOrderMark: true).GetString(bytes, 2, bytes.Length - 2);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes);
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
