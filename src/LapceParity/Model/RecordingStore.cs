using System.Text.Json;
using System.Text.Json.Nodes;
using LapceParity.Features;

namespace LapceParity.Model;

/// <summary>An expected transcript, recorded from the TypeScript target only, stamped with the Codex commit and the case it answers.</summary>
public sealed record Recording(string CodexCommit, DateTimeOffset RecordedAt, string Target, JsonNode Case, JsonObject Transcript);

/// <summary>fixtures/expected/&lt;feature file stem&gt;/&lt;scenario slug&gt;.json</summary>
public sealed class RecordingStore(string root)
{
    public string Root { get; } = root;

    public string PathFor(ScenarioInstance s) =>
        Path.Combine(Root, Path.GetFileNameWithoutExtension(s.FeatureFile), s.Slug + ".json");

    public Recording? Load(ScenarioInstance s)
    {
        var path = PathFor(s);
        if (!File.Exists(path)) return null;
        var o = JsonText.Parse(File.ReadAllText(path))!.AsObject();
        return new Recording(
            o["codexCommit"]!.GetValue<string>(),
            DateTimeOffset.Parse(o["recordedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            o["target"]!.GetValue<string>(),
            o["case"]!.DeepClone(),
            o["transcript"]!.DeepClone().AsObject());
    }

    public void Save(ScenarioInstance s, Recording r)
    {
        if (r.Target != "typescript") throw new InvalidOperationException("expectations are recorded from the TypeScript target only");
        var path = PathFor(s);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var o = new JsonObject
        {
            ["codexCommit"] = r.CodexCommit,
            ["recordedAt"] = r.RecordedAt.ToString("O"),
            ["target"] = r.Target,
            ["feature"] = s.Feature,
            ["scenario"] = s.Name,
            ["case"] = r.Case.DeepClone(),
            ["transcript"] = r.Transcript.DeepClone(),
        };
        File.WriteAllText(path, o.ToJsonString(Indented) + "\n");
    }

    /// <summary>True when the recorded case is the case the scenario describes today.</summary>
    public static bool SameCase(Recording r, CaseSpec spec) =>
        JsonNode.DeepEquals(r.Case, spec.ToNode());

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
