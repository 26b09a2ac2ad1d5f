using System.Text.Json.Nodes;
using LapceParity.Cli;
using LapceParity.Model;
using Spectre.Console;

namespace LapceParity.Tests.Harness;

/// <summary>A throwaway repository layout (features/, fixtures/expected/, reports/) for running the real runner in a test.</summary>
public sealed class TempRepo : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("lapce-parity-test-").FullName;
    public StringWriter Console { get; } = new();

    public static string MinimalTarget =>
        Path.Combine(Tests.Parity.ParitySuite.Repo, "tests", "LapceParity.Tests", "MinimalTarget", "minimal-target.mjs");

    public string MinimalTargetSpec(string name = "minimal") => $"{name}=node \"{MinimalTarget}\"";

    public void Feature(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(Root, "features"));
        File.WriteAllText(Path.Combine(Root, "features", name), text);
    }

    /// <summary>Writes a reference transcript by hand. Real recordings come from the TypeScript target only; this one
    /// is a fixture of the harness's own tests, shaped as the minimal target answers.</summary>
    public void Reference(string featureFile, string scenarioSlug, CaseSpec spec, JsonObject transcript)
    {
        var dir = Path.Combine(Root, "fixtures", "expected", Path.GetFileNameWithoutExtension(featureFile));
        Directory.CreateDirectory(dir);
        var o = new JsonObject
        {
            ["codexCommit"] = "test-fixture", ["recordedAt"] = DateTimeOffset.UnixEpoch.ToString("O"), ["target"] = "typescript",
            ["case"] = JsonNode.Parse(spec.ToJson()), ["transcript"] = transcript,
        };
        File.WriteAllText(Path.Combine(dir, scenarioSlug + ".json"), o.ToJsonString());
    }

    public static JsonObject EchoTranscript(CaseSpec spec) => new()
    {
        ["userMessageContent"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = spec.Message }),
        ["ui"] = new JsonArray(),
        ["state"] = new JsonObject
        {
            ["consecutiveMistakeCount"] = 0, ["didRejectTool"] = false, ["didAlreadyUseTool"] = false,
            ["mode"] = spec.Settings["mode"]!.GetValue<string>(),
        },
        ["assistantMessage"] = spec.Message,
        ["files"] = new JsonArray(),
        ["results"] = null,
        ["error"] = null,
    };

    public async Task<(int Code, RunResults Results)> RunAsync(RunSettings settings)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console), Interactive = InteractionSupport.No });
        return await ParityRun.ExecuteAsync(settings with { Quiet = true, ReportDir = Path.Combine(Root, "reports") }, Root, console, CancellationToken.None);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
