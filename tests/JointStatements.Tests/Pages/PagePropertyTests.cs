using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using JointStatements.Html;
using JointStatements.Tests.Parsing;
using Xunit;

namespace JointStatements.Tests.Pages;

/// <summary>Random markup (the constructed pages cut, spliced and sprinkled with broken tags, entities, charsets and stray
/// bytes) never makes the page reader fail other than as documented: a statement, or a page skipped with JST025
/// or JST026. Every line it reports is a line of the page.</summary>
[Trait("Category", "Property")]
public sealed class PagePropertyTests
{
    private static readonly byte[][] Pages = Directory.GetFiles(Path.Combine(StatementFixtures.Folder, "Pages"), "*.html")
        .OrderBy(path => path, StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    private static readonly Gen<byte[]> Fragment = Gen.Frequency(
        (3, Gen.OneOf("<", ">", "</", "<p>", "</p>", "<li>", "<ol start=\"-3\">", "<ol type=\"i\" start=\"9999\">", "<li value=\"x\">", "<table><tr><td>",
            "</table>", "<br>", "<!--", "-->", "<script>", "</script>", "<style>", "<nav>", "<main>", "</main>", "<article>", "<h1>", "&", "&amp;amp;",
            "&#0;", "&#xD800;", "&nbsp;", "<meta charset=\"koi8-r\">", "<meta charset=\"x-bogus\">", "<![CDATA[", "<svg><p>", "<template>", "\r\n", "\0")
            .Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Byte.Array[1, 8]));

    private static readonly Gen<byte[]> Page =
        from page in Gen.Int[0, Pages.Length - 1].Select(i => Pages[i])
        from cut in Gen.Int[0, 100]
        from inserts in Gen.Select(Gen.Int[0, 100], Fragment).Array[0, 12]
        select Edit(page, cut, inserts);

    [Fact]
    public void Random_markup_gives_a_statement_or_a_documented_refusal_with_lines_of_the_page()
    {
        Page.Sample(bytes =>
        {
            var lineCount = LineCount(bytes);
            var result = StatementPages.Parse(bytes, "random.html");
            if (result.IsSkipped) return result.Issues[0].Id is "JST025" or "JST026";
            var statement = result.Statement;
            return statement.Signatories.All(s => s.Line >= 1 && s.Line <= lineCount)
                && statement.Body.All(b => b.Line >= 1 && b.Line <= lineCount)
                && statement.Boilerplate.All(b => b.Line >= 1 && b.Line <= lineCount)
                && result.Issues.All(i => i.Line >= 0 && i.Line <= lineCount);
        }, iter: 1000);
    }

    [Fact]
    public void Reading_a_page_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var page = Encoding.UTF8.GetBytes("<body>" + string.Concat(Enumerable.Repeat("<p>Solidarity with the strikers.</p>", 5000)));

        Assert.ThrowsAny<OperationCanceledException>(() => PageReader.Read(page, "long.html", null, null, cancelled.Token));
    }

    // Lines as the HTML parser counts them: CR LF, CR and LF each end one.
    private static int LineCount(byte[] bytes)
    {
        var lines = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n'))) lines++;
        }
        return lines;
    }

    // The page cut at a percentage of its length, with fragments inserted at percentages of what is left.
    private static byte[] Edit(byte[] page, int cut, (int At, byte[] Bytes)[] inserts)
    {
        var bytes = page.Take(page.Length * cut / 100).ToList();
        foreach (var (at, fragment) in inserts) bytes.InsertRange(bytes.Count * at / 100, fragment);
        return bytes.ToArray();
    }
}
