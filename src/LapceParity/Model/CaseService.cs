using System.Text.Json.Nodes;

namespace LapceParity.Model;

/// <summary>
/// Something a case needs running beside the target while it runs, e.g. a local HTTP endpoint on 127.0.0.1 that
/// both targets call. A fresh instance serves each target run. Its placeholders (e.g. "{morph}") stand in the case and
/// in the recordings; the real values (e.g. "http://127.0.0.1:41234") are put in just before the case is sent and
/// turned back into placeholders in the transcript.
/// </summary>
public interface ICaseService : IAsyncDisposable
{
    /// <summary>Starts the service; returns placeholder → actual value.</summary>
    Task<IReadOnlyDictionary<string, string>> StartAsync(CancellationToken ct);

    /// <summary>After the target ran: fields to add to its transcript (e.g. "httpRequests"), or null.</summary>
    JsonObject? Collect();
}
