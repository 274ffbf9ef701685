using System;
using System.Globalization;
using AngleSharp.Dom;

namespace JointStatements.Html;

/// <summary>What a page says about itself outside its text, each with the source line it is on: its title (<c>og:title</c>,
/// else <c>&lt;title&gt;</c> without the site's name), when it was published (<c>article:published_time</c>, else a
/// Dublin Core or plain <c>date</c> meta), and its address (the <c>saved from url</c> mark browsers and <c>fetch</c> write,
/// else the canonical link, else <c>og:url</c>).</summary>
internal sealed record PageHints(string? Title, int TitleLine, DateTime? Published, int PublishedLine, string? Url)
{
    private const string SavedFrom = "saved from url=";

    private static readonly string[] DateNames =
    {
        "article:published_time", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
    };

    public static PageHints Read(IDocument document, PageDocument page)
    {
        string? Meta(string name, out int line)
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
                var content = meta.GetAttribute("content")?.Trim();
                if (key is null || string.IsNullOrEmpty(content) || !string.Equals(key.Trim(), name, StringComparison.OrdinalIgnoreCase)) continue;
                line = page.PositionOf(meta).Line;
                return content;
            }
            line = 0;
            return null;
        }

        var title = Meta("og:title", out var titleLine);
        if (title is null && document.QuerySelector("title") is { } titleElement && Fold(titleElement.TextContent) is { Length: > 0 } text)
        {
            title = WithoutSiteName(text, Meta("og:site_name", out _));
            titleLine = page.PositionOf(titleElement).Line;
        }

        DateTime? published = null;
        var publishedLine = 0;
        foreach (var name in DateNames)
        {
            if (Meta(name, out var line) is { } value && Day(value) is { } day)
            {
                published = day;
                publishedLine = line;
                break;
            }
        }

        var url = SavedFromUrl(document)
            ?? Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
            ?? Absolute(Meta("og:url", out _));
        return new PageHints(title is null ? null : Fold(title), titleLine, published, publishedLine, url);
    }

    // "<!-- saved from url=(0042)https://… -->", which browsers write at the top of a saved page.
    private static string? SavedFromUrl(IDocument document)
    {
        for (var node = document.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is not IComment comment) continue;
            var data = comment.Data.Trim();
            if (!data.StartsWith(SavedFrom, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = data.Substring(SavedFrom.Length);
            if (rest.StartsWith("(", StringComparison.Ordinal) && rest.IndexOf(')') is var close and > 0) rest = rest.Substring(close + 1);
            return Absolute(rest.Trim());
        }
        return null;
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    // "2022-11-20", "2022-11-20T10:00:00+01:00": the day as written, whatever the time zone.
    private static DateTime? Day(string value) =>
        value.Length >= 10 && DateTime.TryParseExact(value.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    // "Solidarity with the dockers | Red Horizon" without " | Red Horizon" when the page names its site so.
    private static string WithoutSiteName(string title, string? site)
    {
        if (string.IsNullOrEmpty(site)) return title;
        foreach (var separator in new[] { " | ", " – ", " — ", " - ", " » ", " :: ", " : " })
        {
            if (title.EndsWith(separator + site, StringComparison.Ordinal)) return title.Substring(0, title.Length - separator.Length - site!.Length);
            if (title.StartsWith(site + separator, StringComparison.Ordinal)) return title.Substring(site!.Length + separator.Length);
        }
        return title;
    }

    private static string Fold(string text) => Parsing.Text.Whitespace.Fold(text);
}
