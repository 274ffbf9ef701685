using System.CommandLine;
using System.Text.RegularExpressions;

namespace JointStatements.Cli;

/// <summary>System.CommandLine's messages for a value it could not convert, said the way the rest of the command line
/// says usage errors: the option's name, what it takes, the value given; and the command whose usage to read.</summary>
internal static partial class UsageMessages
{
    /// <summary>One line for a value that could not be converted; the message as it is when it has another form.</summary>
    public static string Explain(string message, string[] args)
    {
        if (NotAnInteger().Match(message) is { Success: true } number)
        {
            return $"{number.Groups["option"].Value} takes a whole number, not '{number.Groups["value"].Value}'.";
        }
        if (NotOneOf().Match(message) is { Success: true } choice)
        {
            var value = choice.Groups["value"].Value;
            var at = Array.LastIndexOf(args, value);
            var option = at > 0 && args[at - 1].StartsWith('-') ? args[at - 1] : "the argument";
            return $"{option} must be one of {choice.Groups["allowed"].Value.Trim()}, not '{value}'.";
        }
        return message;
    }

    /// <summary>The command the arguments name, as typed: <c>jointstatements export</c>.</summary>
    public static string CommandPath(Command root, IReadOnlyList<string> args)
    {
        var names = new List<string> { "jointstatements" };
        var command = root;
        foreach (var arg in args)
        {
            if (command.Subcommands.FirstOrDefault(sub => sub.Name == arg) is not { } sub) break;
            names.Add(sub.Name);
            command = sub;
        }
        return string.Join(" ", names);
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>[^']*)' for option '(?<option>[^']+)' as expected type '[^']*Int(32|64)[^']*'\.$")]
    private static partial Regex NotAnInteger();

    [GeneratedRegex(@"^Argument '(?<value>[^']*)' not recognized\. Must be one of: (?<allowed>.+)$")]
    private static partial Regex NotOneOf();
}
