using System;
using System.CommandLine;

namespace JointStatements.Cli.Web;

/// <summary>What <c>parse</c> and <c>fetch</c> share for addresses: what counts as one, and <c>--timeout</c>.</summary>
internal static class WebOptions
{
    /// <summary>Whether <paramref name="argument"/> is an http or https address rather than a file.</summary>
    public static bool IsAddress(string argument, out Uri address)
    {
        address = null!;
        return (argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && Uri.TryCreate(argument, UriKind.Absolute, out address!);
    }

    public static Option<int> Timeout()
    {
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for a server's whole answer before giving up on an address.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 30,
        };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--timeout must be at least 1 second.");
        });
        return timeout;
    }
}
