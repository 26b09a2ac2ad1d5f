using System.Globalization;
using System.Text.Json.Nodes;
using LapceParity.Features;

namespace LapceParity.Steps;

/// <summary>
/// Given steps for what the provider holds beside its state: the code index codebase_search asks (case setting
/// <c>codeIndex</c>) and the MCP hub fetch_instructions reads (case setting <c>mcpHub</c>); docs/transcript.md.
/// </summary>
[StepDefinitions]
public static class CodeIndexSteps
{
    private static JsonObject CodeIndex(ArrangeContext c)
    {
        if (c.Spec.Settings["codeIndex"] is JsonObject o) return o;
        var created = new JsonObject();
        c.Spec.Settings["codeIndex"] = created;
        return created;
    }

    [Given("the code index is enabled and configured")]
    public static void Ready(ArrangeContext c)
    {
        CodeIndex(c)["enabled"] = true;
        CodeIndex(c)["configured"] = true;
    }

    [Given("the code index is disabled")]
    public static void Disabled(ArrangeContext c) => CodeIndex(c)["enabled"] = false;

    [Given("the code index is enabled but not configured")]
    public static void NotConfigured(ArrangeContext c)
    {
        CodeIndex(c)["enabled"] = true;
        CodeIndex(c)["configured"] = false;
    }

    [Given("the code index is not initialized")]
    public static void NotInitialized(ArrangeContext c) => CodeIndex(c)["initialized"] = false;

    [Given("there is no code index manager")]
    public static void Unavailable(ArrangeContext c) => CodeIndex(c)["available"] = false;

    [Given("the code index is in state \"([^\"]+)\"")]
    public static void State(ArrangeContext c, string state) => CodeIndex(c)["state"] = state;

    [Given($"the code index search fails with {ArrangeSteps.Q}")]
    public static void Fails(ArrangeContext c, string message) => CodeIndex(c)["error"] = Escapes.Unescape(message);

    /// <summary>
    /// Columns: score | filePath | startLine | endLine | codeChunk (escapes read; {workspace} in filePath stands for the
    /// workspace's absolute path, with the separators of the host system). Numbers are JSON numbers.
    /// </summary>
    [Given("the code index finds:")]
    public static void Finds(ArrangeContext c, StepTable table)
    {
        var results = Results(c);
        foreach (var r in table.Records)
        {
            results.Add(new JsonObject
            {
                ["id"] = results.Count + 1,
                ["score"] = double.Parse(r["score"], CultureInfo.InvariantCulture),
                ["payload"] = new JsonObject
                {
                    ["filePath"] = Escapes.Unescape(r["filePath"]),
                    ["codeChunk"] = Escapes.Unescape(r["codeChunk"]),
                    ["startLine"] = int.Parse(r["startLine"], CultureInfo.InvariantCulture),
                    ["endLine"] = int.Parse(r["endLine"], CultureInfo.InvariantCulture),
                },
            });
        }
    }

    /// <summary>The vector store's results as JSON (VectorStoreSearchResult[]), for payloads a table cannot state.</summary>
    [Given("the code index finds the results:")]
    public static void FindsJson(ArrangeContext c, string json)
    {
        var results = Results(c);
        foreach (var r in JsonNode.Parse(json)!.AsArray()) results.Add(r?.DeepClone());
    }

    private static JsonArray Results(ArrangeContext c)
    {
        if (CodeIndex(c)["results"] is JsonArray a) return a;
        var created = new JsonArray();
        CodeIndex(c)["results"] = created;
        return created;
    }

    // ---- the MCP hub -----------------------------------------------------------------------------------
    [Given("there is no MCP hub")]
    public static void NoMcpHub(ArrangeContext c) => c.Spec.Settings["mcpHub"] = null;

    /// <summary>Columns: name | disabled (true/false, optional).</summary>
    [Given("the MCP hub has the servers:")]
    public static void McpServers(ArrangeContext c, StepTable table)
    {
        var servers = new JsonArray();
        foreach (var r in table.Records)
            servers.Add(new JsonObject { ["name"] = r["name"], ["disabled"] = r.TryGetValue("disabled", out var d) && d == "true" });
        c.Spec.Settings["mcpHub"] = new JsonObject { ["servers"] = servers };
    }
}
