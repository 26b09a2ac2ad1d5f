// The slice of the `vscode` API the ported tools read: `vscode.workspace.getConfiguration(section).get(key, default)`,
// the workspace folders and the text documents (Integrations/Editor/TextDocumentModel).
// Not a Codex file. Values come from the case setting `vscodeConfiguration` ({"kilo-code.newTaskRequireTodos": true, …},
// docs/transcript.md); a key without a value gets the default the extension contributes in Codex's src/package.json
// (`contributes.configuration`, as VS Code serves it), else the caller's default. Only the contributed defaults of keys
// the ported code reads are listed.
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lapce.Tools.Utils;

public sealed class VsCode(IReadOnlyDictionary<string, JsonNode?>? configuration = null)
{
    public VsCodeWorkspace Workspace { get; } = new(configuration ?? new Dictionary<string, JsonNode?>());

    /// <summary>
    /// <c>vscode.workspace.workspaceFolders</c> as file system paths (the task sets its folder; empty: no workspace).
    /// </summary>
    public IReadOnlyList<string> WorkspaceFolders { get; set; } = [];

    /// <summary>
    /// <c>vscode.workspace.asRelativePath(path, includeWorkspaceFolder)</c> for a path string: relative to the workspace
    /// folder that contains it (with / separators; prefixed with the folder's name when asked and there are several
    /// folders), else the path unchanged. As the TypeScript host's vscode shim serves it.
    /// </summary>
    public string AsRelativePath(string path, bool includeWorkspaceFolder)
    {
        var folder = WorkspaceFolders.FirstOrDefault(f => path.StartsWith(f + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (folder is null) return path;
        var rel = NodePath.Relative(folder, path).Replace('\\', '/');
        return includeWorkspaceFolder && WorkspaceFolders.Count > 1 ? $"{NodePath.Basename(folder)}/{rel}" : rel;
    }

    /// <summary>The window's text documents, editors and tabs (<c>vscode.workspace.textDocuments</c>, <c>vscode.window</c>).</summary>
    public Lapce.Tools.Integrations.Editor.TextDocumentModel TextDocuments { get; } = new();

    /// <summary>From a case's <c>vscodeConfiguration</c> object (null: nothing configured).</summary>
    public static VsCode FromSettings(JsonObject? configuration) =>
        new(configuration?.ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone(), StringComparer.Ordinal));
}

public sealed class VsCodeWorkspace(IReadOnlyDictionary<string, JsonNode?> values)
{
    /// <summary>Codex's src/package.json `contributes.configuration` defaults, for the keys the port reads.</summary>
    private static readonly IReadOnlyDictionary<string, JsonNode?> ContributedDefaults = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["kilo-code.newTaskRequireTodos"] = JsonValue.Create(false),
        // "kilo-code.preventCompletionWithOpenTodos" is not contributed: its callers' default applies.
    };

    public WorkspaceConfiguration GetConfiguration(string? section = null) => new(section, values, ContributedDefaults);
}

public sealed class WorkspaceConfiguration(string? section, IReadOnlyDictionary<string, JsonNode?> values, IReadOnlyDictionary<string, JsonNode?> defaults)
{
    /// <summary>
    /// <c>get&lt;boolean&gt;(key, defaultValue)</c> as its callers use it: the JS truthiness of the configured value (a
    /// configured null is falsy), else of the contributed default, else <paramref name="defaultValue"/>.
    /// </summary>
    public bool Get(string key, bool defaultValue)
    {
        var full = section is { Length: > 0 } ? $"{section}.{key}" : key;
        if (values.TryGetValue(full, out var v) || defaults.TryGetValue(full, out v)) return Truthy(v);
        return defaultValue;
    }

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.Number => v.GetValue<double>() is var d && d != 0 && !double.IsNaN(d),
            _ => true,
        },
        _ => true, // objects and arrays
    };
}
