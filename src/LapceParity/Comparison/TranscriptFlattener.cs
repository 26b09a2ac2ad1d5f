using System.Text.Json;
using System.Text.Json.Nodes;

namespace LapceParity.Comparison;

/// <summary>A leaf of a flattened transcript. Strings keep their raw text; other values their JSON text, so "true" ≠ true.</summary>
public readonly record struct FlatValue(JsonValueKind Kind, string Text);

/// <summary>Turns a transcript into field path → value, e.g. <c>userMessageContent[2].text</c>, <c>files[src/a.ts]</c>.</summary>
public static class TranscriptFlattener
{
    public static IReadOnlyDictionary<string, FlatValue> Flatten(JsonNode? root)
    {
        var result = new Dictionary<string, FlatValue>(StringComparer.Ordinal);
        Walk(root, "", result);
        return result;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, FlatValue> into)
    {
        switch (node)
        {
            case null:
                into[path] = new FlatValue(JsonValueKind.Null, "null");
                break;
            case JsonObject o:
                if (o.Count == 0) into[path] = new FlatValue(JsonValueKind.Object, "{}");
                foreach (var (k, v) in o) Walk(v, path.Length == 0 ? k : $"{path}.{k}", into);
                break;
            case JsonArray a when path == "files":
                // Files are keyed by path so one added file does not shift every other file's field name.
                if (a.Count == 0) into[path] = new FlatValue(JsonValueKind.Array, "[]");
                foreach (var f in a)
                {
                    var p = f?["path"]?.GetValue<string>() ?? "?";
                    if (f?["text"] is JsonValue t) into[$"files[{p}]"] = new FlatValue(JsonValueKind.String, t.GetValue<string>());
                    else if (f?["base64"] is JsonValue b) into[$"files[{p}].base64"] = new FlatValue(JsonValueKind.String, b.GetValue<string>());
                    else Walk(f, $"files[{p}]", into);
                }
                break;
            case JsonArray a:
                if (a.Count == 0) into[path] = new FlatValue(JsonValueKind.Array, "[]");
                for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}[{i}]", into);
                break;
            case JsonValue v:
                var kind = v.GetValueKind();
                into[path] = kind == JsonValueKind.String
                    ? new FlatValue(kind, v.GetValue<string>())
                    : new FlatValue(kind, v.ToJsonString());
                break;
        }
    }

    /// <summary>The value at a path, or null when absent.</summary>
    public static FlatValue? Get(JsonNode? root, string path) =>
        Flatten(root).TryGetValue(path, out var v) ? v : null;
}
