using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace JointStatements.Cli.Web;

/// <summary>A page as the server sent it, or why it could not be had.</summary>
/// <param name="Requested">The address asked for.</param>
/// <param name="Final">The address the page came from, after redirects.</param>
/// <param name="Status">The HTTP status of the final answer.</param>
/// <param name="ContentType">The <c>Content-Type</c> header, or <see langword="null"/>.</param>
/// <param name="Body">The page's bytes.</param>
/// <param name="Retrieved">When the answer came (UTC).</param>
/// <param name="Failure">Why there is no page, as the end of a sentence (<c>HTTP 404 Not Found</c>); <see langword="null"/> when there is one.</param>
internal sealed record Download(Uri Requested, Uri Final, int Status, string? ContentType, byte[] Body, DateTimeOffset Retrieved, string? Failure)
{
    /// <summary>Whether the body is a statement text rather than a web page.</summary>
    public bool IsPlainText => ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Downloads statement pages over HTTP(S): with a timeout, following up to ten redirects, refusing bodies over
/// <see cref="StatementPages.MaxBytes"/> and content that is no web page or text, and naming itself in its user agent.</summary>
internal sealed class PageDownloader : IDisposable
{
    private const int MaxRedirects = 10;

    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;

    public PageDownloader(TimeSpan timeout)
    {
        _timeout = timeout;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = MaxRedirects,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = timeout,
        };
        // The timeout is the whole exchange's, headers and body, so it is kept here rather than in HttpClient.Timeout.
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>What the tool calls itself to servers: its name, version and where it is documented.</summary>
    public static string UserAgent { get; } = "jointstatements/" + Version() + " (+https://github.com/jointstatements/jointstatements)";

    public async Task<Download> GetAsync(Uri address, CancellationToken cancellationToken)
    {
        var retrieved = DateTimeOffset.UtcNow;
        Download Failed(string reason, Uri? final = null, int status = 0) =>
            new(address, final ?? address, status, null, Array.Empty<byte>(), retrieved, reason);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.UserAgent.ParseAdd(UserAgent);
            request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.8");
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            retrieved = DateTimeOffset.UtcNow;
            var final = response.RequestMessage?.RequestUri ?? address;
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400) return Failed($"still redirected after {MaxRedirects} redirects (HTTP {status})", final, status);
            if (!response.IsSuccessStatusCode) return Failed($"HTTP {status} {response.ReasonPhrase}".TrimEnd(), final, status);

            var contentType = response.Content.Headers.ContentType;
            var mediaType = contentType?.MediaType;
            if (mediaType is not null && !IsReadable(mediaType)) return Failed($"the server sent {mediaType}, not a web page or a text", final, status);
            if (response.Content.Headers.ContentLength > StatementPages.MaxBytes) return Failed(TooLarge(), final, status);

            var body = await ReadLimited(await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false), timeout.Token).ConfigureAwait(false);
            return body is null
                ? Failed(TooLarge(), final, status)
                : new Download(address, final, status, contentType?.ToString(), body, retrieved, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"no answer within {_timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException exception)
        {
            return Failed(exception.InnerException is { } inner ? exception.Message + " (" + inner.Message + ")" : exception.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private static bool IsReadable(string mediaType) =>
        mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);

    private static string TooLarge() => $"the page is larger than {StatementPages.MaxBytes / (1024 * 1024)} MB";

    // The body, or null once it grows past the limit: a server that sends no length is not trusted to stop.
    private static async Task<byte[]?> ReadLimited(Stream stream, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > StatementPages.MaxBytes) return null;
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }

    private static string Version()
    {
        var version = typeof(PageDownloader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        // SourceLink appends "+<commit>"; the user agent names the release.
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
