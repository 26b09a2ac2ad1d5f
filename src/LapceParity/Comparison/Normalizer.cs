using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LapceParity.Comparison;

/// <summary>
/// The one place where volatile values are rewritten, identically for every target, before comparing or recording:
/// the workspace's absolute path, process ids, stack traces in serialized errors, execution ids. Nothing else.
/// </summary>
public static partial class Normalizer
{
    /// <param name="placeholders">Actual values of a case's services (e.g. a local endpoint's URL) to turn back into their placeholders.</param>
    public static JsonObject Normalize(JsonObject transcript, IReadOnlyList<(string Actual, string Placeholder)>? placeholders = null)
    {
        var workspace = transcript["workspacePath"]?.GetValue<string>();
        transcript.Remove("workspacePath");
        var replacements = new List<(string From, string To)>(placeholders ?? []);
        if (!string.IsNullOrEmpty(workspace))
        {
            var fwd = workspace.Replace('\\', '/');
            replacements.Add(("file://" + (fwd.StartsWith('/') ? "" : "/") + fwd, "file://{workspace}"));
            replacements.Add((workspace, "{workspace}"));
            if (fwd != workspace) replacements.Add((fwd, "{workspace}"));
            var back = workspace.Replace('/', '\\');
            if (back != workspace) replacements.Add((back, "{workspace}"));
            // JSON-escaped forms, as they appear inside JSON.stringify'd texts
            replacements.Add((back.Replace("\\", "\\\\"), "{workspace}"));
            // The folder beside the workspace (each target's own temp folder), as an absolute path: files there show
            // as "{workspace}/../name" (e.g. edit_file's readable path of "../outside.txt").
            var parent = Path.GetDirectoryName(fwd.TrimEnd('/'))?.Replace('\\', '/');
            if (!string.IsNullOrEmpty(parent) && parent.Trim('/').Contains('/'))
            {
                replacements.Add((parent + "/", "{workspace}/../"));
                var parentBack = parent.Replace('/', '\\');
                if (parentBack != parent) replacements.Add((parentBack + "\\", "{workspace}\\..\\"));
            }
        }
        return (JsonObject)Rewrite(transcript, s => NormalizeString(s, replacements))!;
    }

    public static string NormalizeString(string s, IReadOnlyList<(string From, string To)> replacements)
    {
        foreach (var (from, to) in replacements)
            if (from.Length > 0) s = s.Replace(from, to, StringComparison.Ordinal);
        s = StackInJson().Replace(s, "\"stack\":\"{stack}\"");
        s = Uuid().Replace(s, "{uuid}");
        s = Pid().Replace(s, m => m.Groups[1].Value + "{pid}");
        return Model.JsonText.MarkLoneSurrogates(s);
    }

    private static JsonNode? Rewrite(JsonNode? node, Func<string, string> f) => node switch
    {
        null => null,
        JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, Rewrite(kv.Value, f)))),
        JsonArray a => new JsonArray(a.Select(n => Rewrite(n, f)).ToArray()),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(f(v.GetValue<string>())),
        _ => node.DeepClone(),
    };

    [GeneratedRegex("\"stack\":\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StackInJson();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"(\bpid[ :=]+)\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Pid();
}
