using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace JointStatements.Tests.Web;

/// <summary>One answer of the <see cref="LocalServer"/>.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Headers">Headers besides the length, e.g. <c>Content-Type</c> or <c>Location</c>.</param>
/// <param name="Body">The body.</param>
/// <param name="Delay">How long to wait before answering (bounded by the server's life).</param>
/// <param name="Endless">Whether to send the body again and again, without a length, until the client hangs up.</param>
internal sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, TimeSpan Delay = default, bool Endless = false)
{
    public static Answer Page(string html, string contentType = "text/html; charset=utf-8") =>
        Page(Encoding.UTF8.GetBytes(html), contentType);

    public static Answer Page(byte[] body, string contentType) => new(200, new Dictionary<string, string> { ["Content-Type"] = contentType }, body);

    public static Answer Redirect(string location) => new(302, new Dictionary<string, string> { ["Location"] = location }, Array.Empty<byte>());

    public static Answer Failing(int status) => new(status, new Dictionary<string, string> { ["Content-Type"] = "text/html" }, Encoding.UTF8.GetBytes("<h1>Error</h1>"));
}

/// <summary>A small HTTP/1.1 server on 127.0.0.1 and a free port, started and disposed by a test: it answers each path with
/// its <see cref="Answer"/> (404 for any other) and records the requests. No other address is ever contacted.</summary>
internal sealed class LocalServer : IDisposable
{
    private static readonly Dictionary<int, string> Reasons = new()
    {
        [200] = "OK", [301] = "Moved Permanently", [302] = "Found", [404] = "Not Found", [500] = "Internal Server Error",
    };

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly IReadOnlyDictionary<string, Answer> _answers;
    private readonly Task _accepting;

    public LocalServer(IReadOnlyDictionary<string, Answer> answers)
    {
        _answers = answers;
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    /// <summary>Each request as its path and user agent, in the order they came.</summary>
    public ConcurrentQueue<(string Path, string? UserAgent)> Requests { get; } = new();

    public string Address(string path) =>
        "http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture) + path;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _accepting.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener.
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (path, userAgent) = await ReadRequestAsync(stream);
                Requests.Enqueue((path, userAgent));
                var answer = _answers.TryGetValue(path, out var found) ? found : Answer.Failing(404);
                if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay, _stop.Token);

                var head = new StringBuilder();
                head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {answer.Status} {Reasons.GetValueOrDefault(answer.Status, "Status")}\r\n");
                foreach (var (name, value) in answer.Headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
                if (!answer.Endless) head.Append(CultureInfo.InvariantCulture, $"Content-Length: {answer.Body.Length}\r\n");
                head.Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                // An endless body stops when the client hangs up, or at 64 MB at the latest.
                for (var sent = 0L; sent == 0 || (answer.Endless && sent < 64L * 1024 * 1024); sent += Math.Max(1, answer.Body.Length))
                {
                    await stream.WriteAsync(answer.Body, _stop.Token);
                }
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up (a timeout or a size limit on its side) or the server is stopping.
            }
        }
    }

    private async Task<(string Path, string? UserAgent)> ReadRequestAsync(NetworkStream stream)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (received.Length < 65536 && !received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0) break;
            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        var lines = received.ToString().Split("\r\n");
        var path = lines[0].Split(' ') is { Length: >= 2 } parts ? parts[1] : "/";
        string? userAgent = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("User-Agent:", StringComparison.OrdinalIgnoreCase)) userAgent = line.Substring("User-Agent:".Length).Trim();
        }
        return (path, userAgent);
    }
}
