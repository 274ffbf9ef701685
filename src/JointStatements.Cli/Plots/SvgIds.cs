using System.Globalization;
using System.Text.RegularExpressions;

namespace JointStatements.Cli.Plots;

/// <summary>Skia numbers the clip paths of an SVG from a counter that lives as long as the process, so the same chart
/// rendered twice differs in its ids. Numbering them by first appearance makes the file depend on the chart alone.</summary>
internal static partial class SvgIds
{
    public static string Renumber(string svg)
    {
        var numbers = new Dictionary<string, string>(System.StringComparer.Ordinal);
        return ClipId().Replace(svg, match =>
        {
            var id = match.Groups["id"].Value;
            if (!numbers.TryGetValue(id, out var number))
            {
                number = (numbers.Count + 1).ToString(CultureInfo.InvariantCulture);
                numbers.Add(id, number);
            }
            return match.Groups["before"].Value + "clip" + number + match.Groups["after"].Value;
        });
    }

    [GeneratedRegex("""(?<before>id="|url\(#)(?<id>cl_[0-9a-fA-F]+)(?<after>"|\))""")]
    private static partial Regex ClipId();
}
