namespace JointStatements.Parsing.Text;

/// <summary>Quotation marks as the pages write them, each opening mark with the marks that close it: “…” (English),
/// „…“ and „…” (German, Bulgarian), «…» (French, Russian, Turkish), "…" and ‘…’.</summary>
internal static class QuotationMarks
{
    /// <summary>Whether all of <paramref name="text"/> is one quotation: it opens with a quotation mark, and the first mark
    /// after it that closes that one ends the text (<c>“The parties in the struggle …”</c>, <c>"Коммунисты России"</c>;
    /// not <c>"A" and "B"</c>).</summary>
    public static bool Encloses(string text) =>
        text.Length >= 3 && ClosersOf(text[0]) is { } closers && text.IndexOfAny(closers, 1) == text.Length - 1;

    /// <summary>Whether a character is one of the quotation marks, opening or closing.</summary>
    public static bool IsQuotationMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‘' or '’';

    /// <summary>The marks that close a quotation <paramref name="open"/> opens; null for a mark that opens none.</summary>
    public static char[]? ClosersOf(char open) => open switch
    {
        '“' => EnglishClose,
        '„' => LowClose,
        '«' => GuillemetClose,
        '"' => StraightClose,
        '‘' => SingleClose,
        _ => null,
    };

    private static readonly char[] EnglishClose = { '”' };
    private static readonly char[] LowClose = { '“', '”' };
    private static readonly char[] GuillemetClose = { '»' };
    private static readonly char[] StraightClose = { '"' };
    private static readonly char[] SingleClose = { '’' };
}
