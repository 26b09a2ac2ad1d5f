// Port of src/core/tools/readFileTool.ts (Kilo Code 4.88.0): for now only getReadFileToolDescription, which
// presentAssistantMessage uses to label the tool; the tool itself joins this partial class when it is ported.
using System.Text.Json.Nodes;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static partial class ReadFileTool
{
    /// <summary><c>getReadFileToolDescription(blockName, blockParams)</c>: multi-file <c>args</c> or a legacy single <c>path</c>.</summary>
    public static string GetReadFileToolDescription(string blockName, IReadOnlyDictionary<string, string> blockParams)
    {
        var args = blockParams.GetValueOrDefault("args");
        var path = blockParams.GetValueOrDefault("path");
        // Handle both single path and multiple files via args
        if (JsString.Truthy(args))
        {
            try
            {
                var parsed = Xml.ParseXml(args!);
                // parsed.file (reading a property of null/undefined throws, as in JS, into the catch below)
                var file = parsed switch
                {
                    null => throw new JsTypeError("Cannot read properties of undefined (reading 'file')"),
                    JsonObject o => o.TryGetPropertyValue("file", out var f) ? (Present: true, Node: f) : (Present: false, Node: null),
                    _ => (Present: false, Node: null),
                };
                // Array.isArray(parsed.file) ? parsed.file : [parsed.file].filter(Boolean)
                var files = file.Node is JsonArray arr
                    ? arr.Select(n => (Present: true, Node: n)).ToList()
                    : file.Present && IsTruthy(file.Node) ? [file] : [];
                // files.map((f) => f?.path).filter(Boolean)
                var paths = files
                    .Select(f => f.Node is JsonObject fo && fo.TryGetPropertyValue("path", out var p) ? p : null)
                    .Where(IsTruthy)
                    .Select(ToJsString)
                    .ToList();

                if (paths.Count == 0)
                {
                    return $"[{blockName} with no valid paths]";
                }
                else if (paths.Count == 1)
                {
                    // Modified part for single file
                    return $"[{blockName} for '{paths[0]}'. Reading multiple files at once is more efficient for the LLM. If other files are relevant to your current task, please read them simultaneously.]";
                }
                else if (paths.Count <= 3)
                {
                    var pathList = string.Join(", ", paths.Select(p => $"'{p}'"));
                    return $"[{blockName} for {pathList}]";
                }
                else
                {
                    return $"[{blockName} for {paths.Count} files]";
                }
            }
            catch (Exception)
            {
                // console.error("Failed to parse read_file args XML for description:", error)
                return $"[{blockName} with unparsable args]";
            }
        }
        else if (JsString.Truthy(path))
        {
            // Fallback for legacy single-path usage
            return $"[{blockName} for '{path}'. Reading multiple files at once is more efficient for the LLM. If other files are relevant to your current task, please read them simultaneously.]";
        }
        else
        {
            return $"[{blockName} with missing path/args]";
        }
    }

    /// <summary>JS truthiness of a parsed-XML value (strings, objects, arrays; null is undefined here).</summary>
    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>().Length > 0,
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => v.GetValue<double>() is not (0 or double.NaN),
        _ => true,
    };

    /// <summary>A template-literal interpolation of a parsed-XML value: arrays join with ",", objects print "[object Object]".</summary>
    private static string ToJsString(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
        JsonArray a => string.Join(",", a.Select(ToJsString)),
        JsonObject => "[object Object]",
        JsonValue v => v.ToJsonString(),
        _ => "",
    };
}
