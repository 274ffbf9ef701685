using System.Threading;
using JointStatements.Html;
using Microsoft.CodeAnalysis.Text;

namespace JointStatements.Generator;

/// <summary>Statement files that are web pages, read inside <see cref="StatementFileGuard"/>.</summary>
internal static class PageFiles
{
    /// <summary>Reads a page the compiler has decoded. The compiler decodes by byte order mark, else as UTF-8, else (where
    /// the machine has one, as on Windows) in its legacy code page. A single-byte code page gives the page's bytes back
    /// exactly, so such a page is decoded again by its own charset; UTF-8 text is taken as it is (a legacy page read as
    /// UTF-8 has lost its letters outside ASCII to U+FFFD, which the parser reports as JST015).</summary>
    public static PageParse Read(SourceText text, string content, string fileName, CancellationToken cancellationToken) =>
        text.Encoding is { IsSingleByte: true } legacy
            ? PageReader.Read(legacy.GetBytes(content), fileName, contentType: null, sourceUrl: null, cancellationToken)
            : PageReader.Read(content, fileName, sourceUrl: null, cancellationToken);
}
