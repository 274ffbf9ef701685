using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JointStatements.Parsing;
using Xunit;

namespace JointStatements.Tests.Robustness;

/// <summary>The "nothing is lost" check: the lines of a file, counted here without the parser, each land in exactly one
/// place of the parsed statement, and the unplaced ones are exactly the JST003 warnings.</summary>
internal static partial class LineAccounting
{
    /// <summary>The lines of <paramref name="text"/> as the parser must read them: CRLF, CR and LF each end a line, a final
    /// line break opens no empty line, and a leading byte-order mark is not text.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = LineBreak().Split(text.StartsWith('\uFEFF') ? text[1..] : text).ToList();
        if (lines.Count > 1 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>Parses <paramref name="text"/> and asserts that every line was read and is in one place: each body,
    /// boilerplate and unplaced line is one item of its list, each signatory line gives one signatory, a blank line is
    /// white space, and no line is left without a role.</summary>
    public static ParseResult AssertEveryLineAccountedFor(string text, string fileName)
    {
        var (result, roles) = StatementReader.ReadWithRoles(text, fileName);
        var statement = result.Statement;
        var lines = Lines(text);

        Assert.Equal(lines.Count, roles.Count);
        Assert.DoesNotContain(LineRole.None, roles);
        Assert.Equal(Numbers(roles, LineRole.Body), statement.Body.Select(block => block.Line));
        Assert.Equal(Numbers(roles, LineRole.Boilerplate), statement.Boilerplate.Select(line => line.Line));
        Assert.Equal(Numbers(roles, LineRole.Unplaced), statement.Unplaced.Select(line => line.Line));
        Assert.Equal(Numbers(roles, LineRole.Unplaced), result.Issues.Where(issue => issue.Id == "JST003").Select(issue => issue.Line));
        // A list line gives one signatory; a heading may carry several inline ("Signed by: A, B and C").
        var signatoryLines = statement.Signatories.Select(s => s.Line).ToList();
        Assert.All(Numbers(roles, LineRole.Signatory), number => Assert.Single(signatoryLines, line => line == number));
        Assert.All(signatoryLines, line => Assert.Contains(roles[line - 1], new[] { LineRole.Signatory, LineRole.SignatoryHeading }));
        Assert.All(Numbers(roles, LineRole.Blank), number =>
            Assert.True(JointStatements.Parsing.Text.HtmlEntities.Decode(lines[number - 1]).All(char.IsWhiteSpace), $"line {number} is not blank"));
        return result;
    }

    private static IEnumerable<int> Numbers(IReadOnlyList<LineRole> roles, LineRole role) =>
        Enumerable.Range(1, roles.Count).Where(number => roles[number - 1] == role);

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
