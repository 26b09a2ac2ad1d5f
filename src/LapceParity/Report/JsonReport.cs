using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LapceParity.Model;

namespace LapceParity.Report;

/// <summary><c>reports/parity.json</c>: the run results with per-target summaries, camelCase, indented; statuses as
/// camelCase strings ("pass", "fail", "notRun", "divergence").</summary>
public static class JsonReport
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The document written to the file.</summary>
    public sealed record Document(
        DateTimeOffset StartedAt,
        double WallMilliseconds,
        string CodexPin,
        string? CodexFound,
        IReadOnlyList<string> Warnings,
        IReadOnlyList<TargetSummary> Summaries,
        IReadOnlyList<ScenarioOutcome> Outcomes);

    public static Document ToDocument(RunResults r, IReadOnlyDictionary<string, string?>? versions = null) =>
        new(r.StartedAt, r.WallMilliseconds, r.CodexPin, r.CodexFound, r.Warnings, r.Summaries(versions), r.Outcomes);

    public static string Render(RunResults r, IReadOnlyDictionary<string, string?>? versions = null) =>
        JsonSerializer.Serialize(ToDocument(r, versions), Options);

    public static void Write(RunResults r, string path, IReadOnlyDictionary<string, string?>? versions = null)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Render(r, versions) + "\n", new UTF8Encoding(false));
    }
}
