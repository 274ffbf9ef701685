using System.Globalization;

namespace JointStatements.Parsing.Text;

/// <summary>Reads a number written in the decimal digits of any script. The rules' <c>\d</c> matches Arabic-Indic,
/// Devanagari and other digits as well as ASCII ones, and <c>int.Parse</c> would throw on them.</summary>
internal static class DecimalDigits
{
    /// <summary>The value of <paramref name="digits"/>, a short run of decimal digits (as matched by <c>\d</c>).</summary>
    public static int Parse(string digits)
    {
        var value = 0;
        foreach (var c in digits) value = checked((value * 10) + CharUnicodeInfo.GetDecimalDigitValue(c));
        return value;
    }
}
