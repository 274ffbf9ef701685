using System.Text.RegularExpressions;
using JointStatements.Parsing;

namespace JointStatements.Tests.Robustness;

/// <summary>The "nothing is lost" check: the lines of a file, counted here without the parser, each land in exactly one
/// place of the parsed statement, and the unplaced ones are exactly the JST003 warnings.</summary>
internal static partial class LineAccounting
{
    /// <summary>A parse as the check sees it, so that the library's parser and the generator's copy of it (other types,
    /// same source) are checked alike: each line's role by name, and the line numbers each list of the statement holds.</summary>
    public sealed record View(IReadOnlyList<string> Roles, IEnumerable<int> Body, IEnumerable<int> Boilerplate, IEnumerable<int> Unplaced,
        IEnumerable<int> UnplacedWarnings, IEnumerable<int> Signatories, IEnumerable<int> NamesFromTextNotes);

    /// <summary>The lines of <paramref name="text"/> as the parser must read them: CRLF, CR and LF each end a line, a final
    /// line break opens no empty line, and a leading byte-order mark is not text.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = LineBreak().Split(text.StartsWith('\uFEFF') ? text[1..] : text).ToList();
        if (lines.Count > 1 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>Parses <paramref name="text"/> with the library's parser and asserts <see cref="AssertAccountedFor"/>.</summary>
    public static ParseResult AssertEveryLineAccountedFor(string text, string fileName)
    {
        var (result, roles) = StatementReader.ReadWithRoles(text, fileName);
        var statement = result.Statement;
        AssertAccountedFor(text, new View(roles.Select(role => role.ToString()).ToList(), statement.Body.Select(block => block.Line),
            statement.Boilerplate.Select(line => line.Line), statement.Unplaced.Select(line => line.Line),
            result.Issues.Where(issue => issue.Id == "JST003").Select(issue => issue.Line), statement.Signatories.Select(s => s.Line),
            result.Issues.Where(issue => issue.Id == "JST028").Select(issue => issue.Line)));
        return result;
    }

    /// <summary>Asserts that every line of <paramref name="text"/> was read and is in one place: each body, boilerplate and
    /// unplaced line is one item of its list, the unplaced lines are the JST003 warnings, each signatory line gives one
    /// signatory (a line that carries on the entry above it none, under the line that gives it), a blank line is white space, and
    /// no line is left without a role.</summary>
    public static void AssertAccountedFor(string text, View parse)
    {
        var lines = Lines(text);
        var roles = parse.Roles;

        Assert.Equal(lines.Count, roles.Count);
        Assert.DoesNotContain(nameof(LineRole.None), roles);
        Assert.Equal(Numbers(roles, LineRole.Body), parse.Body);
        Assert.Equal(Numbers(roles, LineRole.Boilerplate), parse.Boilerplate);
        Assert.Equal(Numbers(roles, LineRole.Unplaced), parse.Unplaced);
        Assert.Equal(Numbers(roles, LineRole.Unplaced), parse.UnplacedWarnings);
        // A list line gives one signatory, or one for each name it writes between dashes, bullets or commas ("A – B – C"), or
        // two where a copy ran two entries together ("…of IrelandCommunist Party of …"), or one for each number a numbered line
        // runs on into after a full stop ("3- A. 4- B."), or one for each organisation a country's line names after its
        // colon or dash ("Portugal – PCP, PEV"), or one for each cell a line of a
        // wrapped table opens between its tabs, or none where it carries on the cell of the line above; a heading may
        // carry several inline ("Signed by: A, B and C"); a title or a paragraph of the body may name them when there is
        // no list, and says so (JST028).
        var signatoryLines = parse.Signatories.ToList();
        var namedInText = parse.NamesFromTextNotes.ToList();
        Assert.All(Numbers(roles, LineRole.Signatory), number =>
        {
            var given = signatoryLines.Count(line => line == number);
            Assert.True(given == 1 || (given >= 3 && ItemSeparators.Any(lines[number - 1].Contains)) || (given == 2 && RunsTwoTogether(lines[number - 1]))
                || (given > 1 && given == NumbersRunOnto(lines[number - 1]) + 1) || (given > 1 && given == OrganisationsOfCountryLine(lines[number - 1]))
                || (given > 1 && given <= Cells(lines[number - 1])) || (given == 0 && CarriesOnCell(lines, roles, number)),
                $"line {number} gives {given} signatories");
        });
        // A line that carries on the entry above it (a broken entry's second half, a delegate under their organisation)
        // gives none: the nearest list line above it that is no such line gives the entry.
        Assert.All(Numbers(roles, LineRole.SignatoryContinued), number =>
        {
            var above = number - 1;
            while (above >= 1 && string.Equals(roles[above - 1], nameof(LineRole.SignatoryContinued), StringComparison.Ordinal)) above--;
            Assert.True(above >= 1 && string.Equals(roles[above - 1], nameof(LineRole.Signatory), StringComparison.Ordinal)
                && signatoryLines.Contains(above) && !signatoryLines.Contains(number), $"line {number} carries on no entry above it");
        });
        Assert.All(signatoryLines, line => Assert.Contains(roles[line - 1], namedInText.Contains(line) ? TextRoles : SignatoryRoles));
        if (namedInText.Count > 0) Assert.Equal(namedInText, signatoryLines.Distinct());
        Assert.All(Numbers(roles, LineRole.Blank), number =>
            Assert.True(JointStatements.Parsing.Text.HtmlEntities.Decode(lines[number - 1]).All(char.IsWhiteSpace), $"line {number} is not blank"));
    }

    // The cells a line of a table copied as text opens, parted by tabs: a table wrapped at a fixed width opens several
    // entries on one line.
    private static int Cells(string line) => line.Contains('\t') ? line.Split('\t').Count(cell => cell.Trim().Length > 0) : 0;

    // A line with no tab right under a table's line, both read as the list: a table wrapped at a fixed width carries the
    // last cell of the line above on to it ("…\tC" / "ôte d'Ivoire"), and the cell's signatory is the line above's.
    private static bool CarriesOnCell(IReadOnlyList<string> lines, IReadOnlyList<string> roles, int number) =>
        number >= 2 && !lines[number - 1].Contains('\t') && lines[number - 2].Contains('\t')
        && string.Equals(roles[number - 2], nameof(LineRole.Signatory), StringComparison.Ordinal);

    // A lower-case letter right before a capital, where a lost line break joined two entries.
    private static bool RunsTwoTogether(string line) => Enumerable.Range(1, Math.Max(line.Length - 1, 0)).Any(i => char.IsLower(line[i - 1]) && char.IsUpper(line[i]));

    private static readonly string[] ItemSeparators = { " – ", " — ", " • ", " · ", " | ", " / ", " // ", ",", ";", "\u060C" };

    private static readonly string[] SignatoryRoles = { nameof(LineRole.Signatory), nameof(LineRole.SignatoryHeading) };
    private static readonly string[] TextRoles = { nameof(LineRole.Field), nameof(LineRole.Body) };

    private static IEnumerable<int> Numbers(IReadOnlyList<string> roles, LineRole role) =>
        Enumerable.Range(1, roles.Count).Where(number => string.Equals(roles[number - 1], role.ToString(), StringComparison.Ordinal));

    // How many organisations a country's line names between commas after its colon or spaced dash ("Portugal – PCP, PEV":
    // two); 0 for a line with no such separator.
    private static int OrganisationsOfCountryLine(string line)
    {
        var colon = line.IndexOf(':');
        var dash = line.IndexOf(" – ", StringComparison.Ordinal) is >= 0 and var d ? d : line.IndexOf(" - ", StringComparison.Ordinal);
        var separator = colon > 0 ? colon : dash;
        if (separator <= 0) return 0;
        return line.Substring(separator).Count(c => c is ',' or '،') + 1;
    }

    // How many next numbers a numbered line runs on into after a full stop ("3- A. 4- B. 5- C": two; "2- A. 9- B": none).
    private static int NumbersRunOnto(string line)
    {
        if (LeadingNumber().Match(line) is not { Success: true } first) return 0;
        var next = int.Parse(first.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        var count = 0;
        foreach (Match match in NumberAfterFullStop().Matches(line))
        {
            if (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != next) continue;
            count++;
            next++;
        }
        return count;
    }

    [GeneratedRegex(@"^\s*(\d{1,3})[-–.)]")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\.\s(\d{1,3})[-–.)]")]
    private static partial Regex NumberAfterFullStop();

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
