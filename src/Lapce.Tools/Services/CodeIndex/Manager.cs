// The slice of src/services/code-index/manager.ts (Kilo Code 4.88.0) that codebaseSearchTool uses, with the checks of
// CodeIndexSearchService.searchIndex (search-service.ts) it leads to. The index itself (embedder, vector store, file
// watcher) is later work: what a search finds is supplied by the case (settings.codeIndex, docs/transcript.md), exactly
// as the TypeScript host's shim (tools/ts-host/src/shims/code-index-manager.ts) serves it to Codex's real tool.
using System.Text.Json;
using System.Text.Json.Nodes;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Services.CodeIndex;

/// <summary>
/// What the case says about the code index: <c>available</c> (false: getInstance gives undefined, as without a
/// workspace folder), <c>enabled</c> / <c>configured</c> (default false), <c>initialized</c> (default true),
/// <c>state</c> (the search service's system status, default "Indexed"), <c>results</c> (what the vector store returns,
/// as given, except that "{workspace}" in a payload's filePath stands for <paramref name="workspacePath"/>: the index
/// stores absolute paths) and <c>error</c> (the search throws it). Searches that reach the index are recorded in <see cref="Calls"/>.
/// </summary>
public sealed class CodeIndexCase(JsonObject? settings, string workspacePath)
{
    private readonly JsonObject _s = settings ?? new JsonObject();
    public string WorkspacePath { get; } = workspacePath;

    public bool Available => _s["available"] is not JsonValue v || v.GetValueKind() != JsonValueKind.False;
    public bool Enabled => Bool("enabled", false);
    public bool Configured => Bool("configured", false);
    public bool Initialized => Bool("initialized", true);
    public string State => _s["state"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "Indexed";
    public JsonArray Results => _s["results"] as JsonArray ?? [];
    public string? Error => _s["error"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary><c>{query, directoryPrefix}</c> of every search that reached the index (the transcript's codeIndexCalls).</summary>
    public List<JsObject> Calls { get; } = [];

    private bool Bool(string key, bool fallback) =>
        _s[key] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValueKind() == JsonValueKind.True : fallback;
}

public sealed class CodeIndexManager
{
    private readonly CodeIndexCase _case;
    private string _systemStatus;

    private CodeIndexManager(CodeIndexCase c)
    {
        _case = c;
        _systemStatus = c.State;
    }

    /// <summary><c>CodeIndexManager.getInstance(context)</c>: null (undefined) when there is no index to ask.</summary>
    public static CodeIndexManager? GetInstance(Lapce.Tools.Tasks.ExtensionContext context) =>
        context.CodeIndex is { Available: true } c ? new CodeIndexManager(c) : null;

    public bool IsFeatureEnabled => _case.Enabled;
    public bool IsFeatureConfigured => _case.Configured;

    private void AssertInitialized()
    {
        if (!_case.Initialized) throw new Exception("CodeIndexManager not initialized. Call initialize() first.");
    }

    /// <summary>
    /// <c>searchIndex(query, directoryPrefix)</c>: the results as JSON objects (VectorStoreSearchResult: id, score,
    /// payload {filePath, codeChunk, startLine, endLine, …}).
    /// </summary>
    public Task<JsonArray> SearchIndexAsync(string query, string? directoryPrefix)
    {
        if (!IsFeatureEnabled) return Task.FromResult(new JsonArray());
        AssertInitialized();
        // CodeIndexSearchService.searchIndex
        if (!IsFeatureEnabled || !IsFeatureConfigured) throw new Exception("Code index feature is disabled or not configured.");
        if (_systemStatus != "Indexed" && _systemStatus != "Indexing")
            throw new Exception($"Code index is not ready for search. Current state: {_systemStatus}");
        try
        {
            string? normalizedPrefix = null;
            if (JsString.Truthy(directoryPrefix)) normalizedPrefix = NodePath.Normalize(directoryPrefix!);
            _case.Calls.Add(new JsObject { { "query", query }, { "directoryPrefix", normalizedPrefix } });
            if (_case.Error is { } error) throw new Exception(error);
            var results = (JsonArray)_case.Results.DeepClone();
            foreach (var r in results)
                if (r is JsonObject ro && ro["payload"] is JsonObject payload && payload["filePath"] is JsonValue f && f.GetValueKind() == JsonValueKind.String)
                    payload["filePath"] = f.GetValue<string>().Replace("{workspace}", _case.WorkspacePath, StringComparison.Ordinal);
            return Task.FromResult(results);
        }
        catch (Exception)
        {
            _systemStatus = "Error";
            throw;
        }
    }
}
