// What the `openai` npm package (5.5.1, the version Kilo Code 4.88.0's lockfile resolves) does observably for
// `new OpenAI({apiKey, baseURL, defaultHeaders})` and `client.chat.completions.create(body, {timeout})`, read from its
// src/client.ts, core/error.ts, internal/parse.ts and internal/headers.ts: the constructor's API-key check, the
// request (URL, headers, JSON body), the per-attempt timeout, the retries (2 by default: connection errors, timeouts,
// 408, 409, 429 and 5xx, or as x-should-retry says; waiting retry-after-ms / retry-after when under a minute, else
// 0.5 s, 1 s, … up to 8 s with up to 25 % jitter), the error messages ("500 message", "500 status code (no body)",
// "Connection error.", "Request timed out.") and the parsing of the answer (JSON by content type, else text).
// Not a Codex file: the SDK is Codex's dependency, ported here as far as a caller can observe it.
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Api;

/// <summary>The SDK's <c>OpenAIError</c> (and APIError and its subclasses: only the message is observable here).</summary>
public sealed class OpenAiError(string message, Exception? cause = null) : JsError("Error", message, null, cause);

public sealed partial class OpenAiClient
{
    public const string SdkVersion = "5.5.1";
    public const double DefaultTimeoutMs = 600_000; // 10 minutes
    public const string DefaultBaseUrl = "https://api.openai.com/v1";

    private readonly string _apiKey;
    private readonly string _baseUrl;
    private readonly string? _organization;
    private readonly string? _project;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _defaultHeaders;
    private readonly double _timeoutMs;

    public int MaxRetries { get; }

    /// <summary>
    /// <c>new OpenAI({ apiKey, baseURL, defaultHeaders })</c>: a null apiKey / baseUrl is <c>undefined</c> and falls back
    /// to OPENAI_API_KEY / OPENAI_BASE_URL; no key at all throws the SDK's error.
    /// </summary>
    public OpenAiClient(string? apiKey, string? baseUrl, IReadOnlyList<KeyValuePair<string, string>>? defaultHeaders = null, int maxRetries = 2, double? timeoutMs = null)
    {
        baseUrl ??= ReadEnv("OPENAI_BASE_URL");
        apiKey ??= ReadEnv("OPENAI_API_KEY");
        _organization = ReadEnv("OPENAI_ORG_ID");
        _project = ReadEnv("OPENAI_PROJECT_ID");
        if (apiKey is null)
        {
            throw new OpenAiError(
                "The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).");
        }
        _apiKey = apiKey;
        _baseUrl = string.IsNullOrEmpty(baseUrl) ? DefaultBaseUrl : baseUrl;
        _defaultHeaders = defaultHeaders ?? [];
        _timeoutMs = timeoutMs ?? DefaultTimeoutMs;
        MaxRetries = maxRetries;
    }

    /// <summary>readEnv: the variable, trimmed, or null when it is not set.</summary>
    private static string? ReadEnv(string name) => Environment.GetEnvironmentVariable(name)?.Trim();

    /// <summary>
    /// <c>client.chat.completions.create(body, { timeout })</c> (not streaming): the parsed answer — a JSON value (see
    /// <see cref="JsJsonParse"/>) for a JSON content type, null for 204, otherwise the text.
    /// </summary>
    public Task<object?> CreateChatCompletionAsync(JsObject body, double? timeoutMs = null, CancellationToken cancellationToken = default)
    {
        return PostAsync("/chat/completions", body, timeoutMs, cancellationToken);
    }

    private async Task<object?> PostAsync(string path, JsObject body, double? timeoutMs, CancellationToken cancellationToken)
    {
        var retriesRemaining = MaxRetries;
        while (true)
        {
            // buildRequest: the URL (new URL throws on a bad base URL), the timeout, the body and the headers.
            var url = BuildUrl(path);
            var timeout = timeoutMs ?? _timeoutMs;
            var json = JsJson.Stringify(body)!;
            var headers = BuildHeaders(MaxRetries - retriesRemaining, timeout);

            HttpResponseMessage? response = null;
            Exception? failure = null;
            var isTimeout = false;
            using var handler = new SocketsHttpHandler
            {
                UseProxy = false, // Node's fetch does not read HTTP(S)_PROXY
                AllowAutoRedirect = true,
                AutomaticDecompression = DecompressionMethods.All,
            };
            using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(1, timeout)));
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url);
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
                foreach (var (name, value) in headers)
                {
                    if (string.Equals(name, "content-type", StringComparison.OrdinalIgnoreCase))
                        request.Content.Headers.TryAddWithoutValidation(name, value);
                    else
                        request.Headers.TryAddWithoutValidation(name, value);
                }
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timer.Token);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = e;
                isTimeout = true; // the AbortController fired: an AbortError
            }
            catch (Exception e) when (e is HttpRequestException or IOException or NotSupportedException or ArgumentException or InvalidOperationException)
            {
                failure = e;
                isTimeout = TimedOut().IsMatch(Describe(e));
            }

            if (response is null)
            {
                if (retriesRemaining > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(RetryDelayMs(null, retriesRemaining)), cancellationToken);
                    retriesRemaining--;
                    continue;
                }
                throw new OpenAiError(isTimeout ? "Request timed out." : "Connection error.", failure);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status is < 200 or > 299)
                {
                    var shouldRetry = ShouldRetry(response, status);
                    if (retriesRemaining > 0 && shouldRetry)
                    {
                        await response.Content.ReadAsByteArrayAsync(cancellationToken); // the body is not needed
                        await Task.Delay(TimeSpan.FromMilliseconds(RetryDelayMs(response, retriesRemaining)), cancellationToken);
                        retriesRemaining--;
                        continue;
                    }
                    var errText = DecodeUtf8(await response.Content.ReadAsByteArrayAsync(cancellationToken));
                    var errJson = JsJsonParse.SafeParse(errText);
                    var errMessage = JsValue.Truthy(errJson) ? null : errText;
                    var error = JsValue.GetOptional(errJson, "error");
                    throw new OpenAiError(MakeMessage(status, error, errMessage));
                }

                // defaultParseResponse
                if (status == 204) return null;
                var contentType = Header(response, "content-type");
                var mediaType = contentType?.Split(';')[0].Trim();
                var isJson = mediaType is not null && (mediaType.Contains("application/json", StringComparison.Ordinal) || mediaType.EndsWith("+json", StringComparison.Ordinal));
                var text = DecodeUtf8(await response.Content.ReadAsByteArrayAsync(cancellationToken));
                return isJson ? JsJsonParse.Parse(text) : text;
            }
        }
    }

    private static string Describe(Exception e)
    {
        var sb = new StringBuilder();
        for (var x = e; x is not null; x = x.InnerException) sb.Append(x.Message).Append(' ');
        return sb.ToString();
    }

    [GeneratedRegex("timed? ?out", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimedOut();

    /// <summary>buildURL: base + path (one slash between), through the WHATWG URL parser ("Invalid URL" when it fails).</summary>
    private string BuildUrl(string path)
    {
        var joined = _baseUrl + (_baseUrl.EndsWith('/') && path.StartsWith('/') ? path[1..] : path);
        if (!UrlScheme().IsMatch(joined) || !Uri.TryCreate(joined, UriKind.Absolute, out var uri))
            throw new JsTypeError("Invalid URL");
        return uri.AbsoluteUri;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UrlScheme();

    /// <summary>buildHeaders: SDK defaults, auth, the client's default headers, the body's content type (later ones win, names compared case-insensitively).</summary>
    private List<KeyValuePair<string, string>> BuildHeaders(int retryCount, double timeoutMs)
    {
        var headers = new List<KeyValuePair<string, string>>();
        void Set(string name, string? value)
        {
            headers.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            if (value is not null) headers.Add(new(name, value));
        }
        Set("Accept", "application/json");
        Set("User-Agent", $"OpenAI/JS {SdkVersion}");
        Set("X-Stainless-Retry-Count", retryCount.ToString(CultureInfo.InvariantCulture));
        if (timeoutMs > 0) Set("X-Stainless-Timeout", Math.Truncate(timeoutMs / 1000).ToString(CultureInfo.InvariantCulture));
        Set("X-Stainless-Lang", "js");
        Set("X-Stainless-Package-Version", SdkVersion);
        Set("X-Stainless-Runtime", "node");
        Set("OpenAI-Organization", _organization);
        Set("OpenAI-Project", _project);
        Set("Authorization", $"Bearer {_apiKey}");
        foreach (var (name, value) in _defaultHeaders) Set(name, value);
        Set("content-type", "application/json");
        return headers;
    }

    /// <summary><c>response.headers.get(name)</c>: the raw values, joined by ", "; null when absent.</summary>
    private static string? Header(HttpResponseMessage response, string name)
    {
        if (response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values))
            return string.Join(", ", values);
        return null;
    }

    private static bool ShouldRetry(HttpResponseMessage response, int status)
    {
        var header = Header(response, "x-should-retry");
        if (header == "true") return true;
        if (header == "false") return false;
        return status is 408 or 409 or 429 or >= 500;
    }

    private double RetryDelayMs(HttpResponseMessage? response, int retriesRemaining)
    {
        double? timeoutMillis = null;
        var retryAfterMs = response is null ? null : Header(response, "retry-after-ms");
        if (!string.IsNullOrEmpty(retryAfterMs))
        {
            var ms = ParseFloat(retryAfterMs);
            if (!double.IsNaN(ms)) timeoutMillis = ms;
        }
        var retryAfter = response is null ? null : Header(response, "retry-after");
        if (!string.IsNullOrEmpty(retryAfter) && !(timeoutMillis is { } tm && tm != 0 && !double.IsNaN(tm)))
        {
            var seconds = ParseFloat(retryAfter);
            timeoutMillis = !double.IsNaN(seconds)
                ? seconds * 1000
                : DateParse(retryAfter) - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        }
        if (!(timeoutMillis is { } v && v != 0 && !double.IsNaN(v) && 0 <= v && v < 60 * 1000))
        {
            var numRetries = MaxRetries - retriesRemaining;
            var sleepSeconds = Math.Min(0.5 * Math.Pow(2, numRetries), 8.0);
            var jitter = 1 - Random.Shared.NextDouble() * 0.25;
            timeoutMillis = sleepSeconds * jitter * 1000;
        }
        return Math.Max(1, timeoutMillis.Value); // setTimeout waits at least 1 ms
    }

    /// <summary>JS parseFloat: leading white space skipped, the longest decimal prefix (or Infinity), else NaN.</summary>
    private static double ParseFloat(string s)
    {
        var m = FloatPrefix().Match(s.TrimStart());
        if (!m.Success) return double.NaN;
        var t = m.Value;
        if (t.EndsWith("Infinity", StringComparison.Ordinal)) return t.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        return double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^[+-]?(?:Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)")]
    private static partial Regex FloatPrefix();

    /// <summary>Date.parse for the HTTP date forms a retry-after header carries; NaN otherwise.</summary>
    private static double DateParse(string s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.ToUnixTimeMilliseconds() : double.NaN;

    /// <summary>Body text as fetch's text()/json() decode it: UTF-8 without a leading BOM, invalid bytes as U+FFFD.</summary>
    private static string DecodeUtf8(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(false, false).GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>APIError.makeMessage(status, error, message).</summary>
    public static string MakeMessage(int? status, object? error, string? message)
    {
        var errorMessage = JsValue.GetOptional(error, "message");
        string? msg = JsValue.Truthy(errorMessage)
            ? errorMessage as string ?? JsJson.Stringify(errorMessage)
            : JsValue.Truthy(error) ? JsJson.Stringify(error) : message;
        if (status is > 0 && !string.IsNullOrEmpty(msg)) return $"{status} {msg}";
        if (status is > 0) return $"{status} status code (no body)";
        if (!string.IsNullOrEmpty(msg)) return msg;
        return "(no status code or body)";
    }
}
