// Port of src/core/tools/codebaseSearchTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Prompts;
using Lapce.Tools.Services.CodeIndex;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

/// <summary>
/// Implements the codebase_search tool: after the user's approval of a "tool" ask, searches the code index for
/// <c>query</c> (optionally under the directory prefix <c>path</c>), shows the results as a "codebase_search_result" say
/// and returns them as text (file path relative to the workspace, score, lines, trimmed code chunk).
/// </summary>
public static class CodebaseSearchTool
{
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        const string toolName = "codebase_search";
        var workspacePath = JsString.Truthy(cline.Cwd) && JsString.Trim(cline.Cwd).Length > 0
            ? cline.Cwd
            : cline.VsCode.WorkspaceFolders.FirstOrDefault() ?? ""; // getWorkspacePath()

        if (!JsString.Truthy(workspacePath))
        {
            // This case should ideally not happen if Cline is initialized correctly
            await handleError(toolName, new Exception("Could not determine workspace path."));
            return;
        }

        // --- Parameter Extraction and Validation ---
        string? query = block.Param("query");
        string? directoryPrefix = block.Param("path");

        query = removeClosingTag("query", query);

        if (JsString.Truthy(directoryPrefix))
        {
            directoryPrefix = removeClosingTag("path", directoryPrefix);
            directoryPrefix = NodePath.Normalize(directoryPrefix);
        }

        var sharedMessageProps = new JsObject
        {
            { "tool", "codebaseSearch" },
            { "query", query },
            { "path", JsJson.OrUndefined(directoryPrefix) },
            { "isOutsideWorkspace", false },
        };

        if (block.Partial)
        {
            try
            {
                await cline.AskAsync("tool", JsJson.Stringify(sharedMessageProps), block.Partial);
            }
            catch (Exception)
            {
                // .catch(() => {})
            }
            return;
        }

        if (!JsString.Truthy(query))
        {
            cline.ConsecutiveMistakeCount++;
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync(toolName, "query"));
            return;
        }

        var didApprove = await askApproval("tool", JsJson.Stringify(sharedMessageProps));
        if (!didApprove)
        {
            pushToolResult(FormatResponse.ToolDenied());
            return;
        }

        cline.ConsecutiveMistakeCount = 0;

        // --- Core Logic ---
        try
        {
            var context = cline.ProviderRef.Deref()?.Context;
            if (context is null)
            {
                throw new Exception("Extension context is not available.");
            }

            var manager = CodeIndexManager.GetInstance(context);

            if (manager is null)
            {
                throw new Exception("CodeIndexManager is not available.");
            }

            if (!manager.IsFeatureEnabled)
            {
                throw new Exception("Code Indexing is disabled in the settings.");
            }
            if (!manager.IsFeatureConfigured)
            {
                throw new Exception("Code Indexing is not configured (Missing OpenAI Key or Qdrant URL).");
            }

            // The results as JS values (VectorStoreSearchResult[]), read with JS semantics below.
            var searchResults = (List<object?>)JsJsonParse.Parse((await manager.SearchIndexAsync(query!, directoryPrefix)).ToJsonString())!;

            // 3. Format and push results
            if (searchResults.Count == 0)
            {
                pushToolResult($"No relevant code snippets found for the query: \"{query}\""); // Use simple string for no results
                return;
            }

            var results = new List<JsObject>();

            foreach (var result in searchResults)
            {
                var payload = JsValue.Get(result, "payload");
                if (!JsValue.Truthy(payload)) continue;
                if (!HasProperty(payload, "filePath")) continue;

                var filePath = JsValue.Get(payload, "filePath");
                var relativePath = filePath is string s ? cline.VsCode.AsRelativePath(s, false) : filePath;

                results.Add(new JsObject
                {
                    { "filePath", relativePath },
                    { "score", JsValue.Get(result, "score") },
                    { "startLine", JsValue.Get(payload, "startLine") },
                    { "endLine", JsValue.Get(payload, "endLine") },
                    { "codeChunk", Trim(JsValue.Get(payload, "codeChunk")) },
                });
            }

            var jsonResult = new JsObject { { "query", query }, { "results", results } };

            // Send results to UI
            var payloadMessage = new JsObject { { "tool", "codebaseSearch" }, { "content", jsonResult } };
            await cline.SayAsync("codebase_search_result", JsJson.Stringify(payloadMessage));

            // Push results to AI
            var output = $"Query: {query}\nResults:\n\n" + string.Join("\n", results.Select(r =>
                $"File path: {S(r["filePath"])}\nScore: {S(r["score"])}\nLines: {S(r["startLine"])}-{S(r["endLine"])}\nCode Chunk: {S(r["codeChunk"])}\n"));

            pushToolResult(output);
        }
        catch (Exception error)
        {
            await handleError(toolName, error); // Use the standard error handler
        }
    }

    private static string S(object? v) => JsValue.ToJsString(v);

    /// <summary><c>"key" in value</c>: own keys of an object; an array's indices; a primitive throws V8's TypeError.</summary>
    private static bool HasProperty(object? value, string key) => value switch
    {
        JsObject o => o.ContainsKey(key),
        List<object?> => false, // "filePath" is no array index nor Array.prototype member
        _ => throw new JsTypeError($"Cannot use 'in' operator to search for '{key}' in {S(value)}"),
    };

    /// <summary><c>codeChunk.trim()</c>.</summary>
    private static string Trim(object? codeChunk) => codeChunk switch
    {
        string s => JsString.Trim(s),
        null => throw new JsTypeError("Cannot read properties of null (reading 'trim')"),
        _ when ReferenceEquals(codeChunk, JsJson.Undefined) => throw new JsTypeError("Cannot read properties of undefined (reading 'trim')"),
        _ => throw new JsTypeError("result.payload.codeChunk.trim is not a function"),
    };
}
