using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LapceParity.Model;

namespace LapceParity.Targets;

/// <summary>
/// One scripted answer of a <see cref="LocalHttpEndpoint"/>: a status, headers and a body; or, with
/// <see cref="Drop"/>, the connection is closed after the request was read, without any answer; with <see cref="Hang"/>,
/// no answer comes until the endpoint stops (for clients' timeouts).
/// </summary>
public sealed record HttpAnswer(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, bool Drop = false, bool Hang = false)
{
    public static HttpAnswer Json(int status, string body, params KeyValuePair<string, string>[] headers) =>
        new(status, [new("Content-Type", "application/json"), .. headers], Encoding.UTF8.GetBytes(body));

    public static HttpAnswer Text(int status, string contentType, string body, params KeyValuePair<string, string>[] headers) =>
        new(status, contentType.Length > 0 ? [new("Content-Type", contentType), .. headers] : [.. headers], Encoding.UTF8.GetBytes(body));

    public static HttpAnswer DropConnection() => new(0, [], [], Drop: true);

    public static HttpAnswer NoAnswer() => new(0, [], [], Hang: true);
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 (a random free port) that a case's targets call instead of a real service
/// (e.g. Morph's chat.completions API). It is bounded: it answers the requests in order with the scripted
/// <paramref name="answers"/> (the last one again once the script is used up), reads at most
/// <see cref="MaxRequests"/> requests of at most <see cref="MaxBodyBytes"/> each, and stops when disposed.
/// <see cref="Collect"/> gives <c>httpRequests</c>: for each request, in order, method, path, the recorded headers
/// (<paramref name="recordedHeaders"/>, under those names, when sent) and the body (parsed when it is JSON).
/// </summary>
public sealed class LocalHttpEndpoint(string placeholder, string basePath, IReadOnlyList<HttpAnswer> answers, IReadOnlyList<string> recordedHeaders)
    : ICaseService
{
    public const int MaxRequests = 20;
    public const int MaxBodyBytes = 16 * 1024 * 1024;
    private const int MaxHeaderBytes = 64 * 1024;

    private readonly CancellationTokenSource _stop = new();
    private readonly List<JsonObject> _requests = [];
    private readonly List<Task> _connections = [];
    private readonly object _gate = new();
    private TcpListener? _listener;
    private Task? _acceptLoop;

    public int Port { get; private set; }

    public Task<IReadOnlyDictionary<string, string>> StartAsync(CancellationToken ct)
    {
        if (answers.Count == 0) throw new InvalidOperationException("a local endpoint needs at least one scripted answer");
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync(_stop.Token);
        IReadOnlyDictionary<string, string> map = new Dictionary<string, string> { [placeholder] = $"http://127.0.0.1:{Port}{basePath}" };
        return Task.FromResult(map);
    }

    public JsonObject? Collect()
    {
        lock (_gate)
        {
            return new JsonObject { ["httpRequests"] = new JsonArray(_requests.Select(r => (JsonNode)r.DeepClone()).ToArray()) };
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try { _listener?.Stop(); } catch (SocketException) { /* already stopped */ }
        Task[] pending;
        lock (_gate) pending = [.. _connections, .. _acceptLoop is null ? [] : new[] { _acceptLoop }];
        try { await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception) { /* connections end with the listener; nothing to report */ }
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener!.AcceptTcpClientAsync(ct); }
            catch (Exception) { return; }
            lock (_gate) _connections.Add(ServeAsync(client, ct));
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var reader = new BufferedReader(stream);
            while (!ct.IsCancellationRequested)
            {
                var request = await ReadRequestAsync(reader, ct);
                if (request is null) return;
                HttpAnswer answer;
                lock (_gate)
                {
                    if (_requests.Count >= MaxRequests) return;
                    answer = answers[Math.Min(_requests.Count, answers.Count - 1)];
                    _requests.Add(request);
                }
                if (answer.Drop) return;
                if (answer.Hang) await Task.Delay(Timeout.Infinite, ct);
                await stream.WriteAsync(ResponseBytes(answer), ct);
                await stream.FlushAsync(ct);
            }
        }
        catch (Exception) when (ct.IsCancellationRequested) { }
        catch (IOException) { }
        catch (SocketException) { }
        catch (InvalidDataException) { }
    }

    private static byte[] ResponseBytes(HttpAnswer a)
    {
        var head = new StringBuilder();
        head.Append("HTTP/1.1 ").Append(a.Status).Append(' ').Append(Reason(a.Status)).Append("\r\n");
        foreach (var (k, v) in a.Headers) head.Append(k).Append(": ").Append(v).Append("\r\n");
        head.Append("Content-Length: ").Append(a.Body.Length).Append("\r\n");
        head.Append("Connection: keep-alive\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. a.Body];
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK", 201 => "Created", 204 => "No Content", 400 => "Bad Request", 401 => "Unauthorized",
        403 => "Forbidden", 404 => "Not Found", 408 => "Request Timeout", 409 => "Conflict",
        422 => "Unprocessable Entity", 429 => "Too Many Requests", 500 => "Internal Server Error",
        502 => "Bad Gateway", 503 => "Service Unavailable", 504 => "Gateway Timeout", _ => "Status",
    };

    private async Task<JsonObject?> ReadRequestAsync(BufferedReader reader, CancellationToken ct)
    {
        var head = await reader.ReadHeadAsync(MaxHeaderBytes, ct);
        if (head is null) return null;
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length < 3) throw new InvalidDataException("bad request line");
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        string? Header(string name) =>
            headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

        byte[] body;
        if (string.Equals(Header("Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase))
            body = await reader.ReadChunkedAsync(MaxBodyBytes, ct);
        else
        {
            var length = long.TryParse(Header("Content-Length"), out var n) ? n : 0;
            if (length < 0 || length > MaxBodyBytes) throw new InvalidDataException("body too large");
            body = await reader.ReadExactlyAsync((int)length, ct);
        }

        var recorded = new JsonObject();
        foreach (var name in recordedHeaders)
        {
            var values = headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
            if (values.Count > 0) recorded[name] = string.Join(", ", values);
        }
        var text = new UTF8Encoding(false, false).GetString(body);
        JsonNode? parsed;
        try { parsed = Sorted(JsonNode.Parse(text)); }
        catch (JsonException) { parsed = JsonValue.Create(text); }
        return new JsonObject
        {
            ["method"] = parts[0],
            ["path"] = parts[1],
            ["headers"] = recorded,
            ["body"] = parsed,
        };
    }

    /// <summary>Object keys in ordinal order (serializers differ in key order; the values are kept as sent).</summary>
    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, Sorted(kv.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    /// <summary>Reads an HTTP/1.1 request from a stream, bounded.</summary>
    private sealed class BufferedReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _start, _end;

        private async Task<bool> FillAsync(CancellationToken ct)
        {
            if (_start == _end) _start = _end = 0;
            if (_end == _buffer.Length)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            var n = await stream.ReadAsync(_buffer.AsMemory(_end), ct);
            if (n == 0) return false;
            _end += n;
            return true;
        }

        /// <summary>The request line and headers (without the blank line), or null at the end of the stream.</summary>
        public async Task<string?> ReadHeadAsync(int max, CancellationToken ct)
        {
            var head = new MemoryStream();
            while (true)
            {
                for (var i = _start; i < _end; i++)
                {
                    head.WriteByte(_buffer[i]);
                    var l = head.Length;
                    if (l >= 4 && head.GetBuffer()[l - 4] == '\r' && head.GetBuffer()[l - 3] == '\n' && head.GetBuffer()[l - 2] == '\r' && head.GetBuffer()[l - 1] == '\n')
                    {
                        _start = i + 1;
                        return Encoding.Latin1.GetString(head.GetBuffer(), 0, (int)l - 4);
                    }
                    if (l > max) throw new InvalidDataException("request head too large");
                }
                _start = _end;
                if (!await FillAsync(ct)) return null;
            }
        }

        public async Task<byte[]> ReadExactlyAsync(int count, CancellationToken ct)
        {
            var result = new byte[count];
            var got = 0;
            while (got < count)
            {
                if (_start == _end && !await FillAsync(ct)) throw new InvalidDataException("truncated body");
                var n = Math.Min(count - got, _end - _start);
                Buffer.BlockCopy(_buffer, _start, result, got, n);
                _start += n;
                got += n;
            }
            return result;
        }

        private async Task<string> ReadLineAsync(CancellationToken ct)
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync(ct)) throw new InvalidDataException("truncated chunk");
                var b = _buffer[_start++];
                if (b == '\n') return line.ToString().TrimEnd('\r');
                if (line.Length > 1024) throw new InvalidDataException("chunk line too long");
                line.Append((char)b);
            }
        }

        public async Task<byte[]> ReadChunkedAsync(int max, CancellationToken ct)
        {
            var body = new MemoryStream();
            while (true)
            {
                var sizeLine = await ReadLineAsync(ct);
                var semi = sizeLine.IndexOf(';');
                var size = Convert.ToInt32(semi >= 0 ? sizeLine[..semi] : sizeLine, 16);
                if (size == 0)
                {
                    while ((await ReadLineAsync(ct)).Length > 0) { }
                    return body.ToArray();
                }
                if (body.Length + size > max) throw new InvalidDataException("body too large");
                body.Write(await ReadExactlyAsync(size, ct));
                await ReadLineAsync(ct);
            }
        }
    }
}
