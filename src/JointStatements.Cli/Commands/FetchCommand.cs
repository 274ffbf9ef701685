using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using JointStatements.Cli.Input;
using JointStatements.Cli.Web;
using JointStatements.Html;
using JointStatements.Parsing.Issues;

namespace JointStatements.Cli.Commands;

/// <summary><c>fetch URL... --out DIR [--refresh] [--timeout SECONDS]</c>: downloads web pages and saves each with its
/// text and provenance (<see cref="SavedPages"/>), so a build types them later. An address already saved in the folder is
/// not downloaded again unless <c>--refresh</c> is given.</summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var addresses = new Argument<string[]>("addresses")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Addresses of statement pages (http, https).",
        };
        addresses.Validators.Add(result =>
        {
            foreach (var address in result.GetValueOrDefault<string[]>() ?? Array.Empty<string>())
            {
                if (!WebOptions.IsAddress(address, out _)) result.AddError($"'{address}' is not an http or https address.");
            }
        });
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to save the pages in (created if missing).",
            HelpName = "DIR",
            Required = true,
        };
        var refresh = new Option<bool>("--refresh")
        {
            Description = "Download addresses already saved in the folder again, replacing their files.",
        };
        var timeout = WebOptions.Timeout();
        var command = new Command("fetch", "Downloads web pages and saves each as NAME.html (the page, marked with its address), "
            + "NAME.txt (its statement's text) and NAME.source.json (address, time retrieved, status, content type), "
            + "for <JointStatement Include=\"DIR/*.html\" /> or --statements DIR. An address is downloaded once unless --refresh is given.")
        {
            addresses,
            output,
            refresh,
            timeout,
        };
        command.SetAction(parseResult =>
        {
            using var downloader = new PageDownloader(TimeSpan.FromSeconds(parseResult.GetValue(timeout)));
            return Run(parseResult.GetRequiredValue(addresses), parseResult.GetRequiredValue(output), parseResult.GetValue(refresh), downloader,
                parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>Fetches each address in order; writes <c>&lt;address&gt; -&gt; &lt;page file&gt;</c> for each page saved or
    /// found saved, and one line on <paramref name="stderr"/> for each that could not be had.</summary>
    /// <returns>0 when every address was saved or found saved, else 1.</returns>
    internal static int Run(IReadOnlyList<string> arguments, string folder, bool refresh, PageDownloader downloader, TextWriter stdout, TextWriter stderr)
    {
        var anyFailed = false;
        foreach (var argument in arguments)
        {
            WebOptions.IsAddress(argument, out var address);
            var saved = SavedPages.AlreadySaved(folder, address);
            if (saved is not null && !refresh)
            {
                StatementLoader.WriteLine(stdout, $"{argument} -> {saved} (saved before; --refresh downloads it again)");
                continue;
            }
            var download = downloader.GetAsync(address, CancellationToken.None).GetAwaiter().GetResult();
            if (download.Failure is { } failure)
            {
                StatementLoader.Report(stderr, $"{argument}: {failure}");
                anyFailed = true;
                continue;
            }
            // An address that redirects to a page saved before: the page is not saved twice.
            if (saved is null && SavedPages.AlreadySaved(folder, download.Final) is { } savedFinal)
            {
                StatementLoader.WriteLine(stdout, $"{argument} -> {savedFinal} (saved before; --refresh downloads it again)");
                continue;
            }
            if (!OutputFile.TryWriteFile(folder, () => saved = Save(folder, saved, download, stderr), stderr))
            {
                anyFailed = true;
                continue;
            }
            StatementLoader.WriteLine(stdout, $"{argument} -> {saved}");
        }
        return anyFailed ? 1 : 0;
    }

    private static string Save(string folder, string? replacing, Download download, TextWriter stderr)
    {
        var name = replacing is not null
            ? Path.GetFileNameWithoutExtension(replacing)
            : SavedPages.FreeName(folder, SavedPages.BaseName(download.Final));
        if (download.IsPlainText) return SavedPages.Save(folder, name, download, download.Body, text: null, extension: ".txt");

        if (SavedPages.CharsetIssue(download, name + ".html") is { } charset)
        {
            StatementLoader.WriteLine(stderr, StatementLoader.FormatWarning(Path.Combine(folder, name + ".html"), charset));
        }
        var page = SavedPages.PageBytes(download);
        var read = PageReader.Read(page, name + ".html", contentType: null, sourceUrl: null, CancellationToken.None);
        string? text = null;
        if (read.Skipped)
        {
            // The page is kept (its provenance says what came), but there is no statement text to save beside it.
            foreach (var issue in read.Result.Issues)
            {
                if (IssueCatalog.SkipsTheInput(issue.Id)) StatementLoader.WriteLine(stderr, StatementLoader.FormatWarning(Path.Combine(folder, name + ".html"), issue));
            }
        }
        else
        {
            text = PageReader.Text(page, contentType: null, CancellationToken.None);
        }
        return SavedPages.Save(folder, name, download, page, text, extension: ".html");
    }
}
