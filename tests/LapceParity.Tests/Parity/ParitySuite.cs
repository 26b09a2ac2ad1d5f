using LapceParity.Features;
using LapceParity.Model;
using LapceParity.Targets;

namespace LapceParity.Tests.Parity;

/// <summary>
/// The scenarios of features/ and the targets they run on, shared by every scenario test of one `dotnet test` run:
/// one TypeScript host process for the whole run, started on first use.
/// </summary>
public static class ParitySuite
{
    public static readonly string Repo = RepoRoot.Find(AppContext.BaseDirectory);

    private static readonly Lazy<FeatureLoader.LoadResult> Loaded =
        new(() => FeatureLoader.Load([Path.Combine(Repo, "features")], Repo));

    public static IReadOnlyList<ScenarioInstance> Scenarios => Loaded.Value.Scenarios;
    public static IReadOnlyList<FeatureProblem> Problems => Loaded.Value.Problems;

    public static string? CodexRoot => TypeScriptTarget.DefaultCodexRoot();

    /// <summary>Why TypeScript cases cannot run here, known before running anything; null when they can be tried.</summary>
    public static string? TypeScriptUnavailable =>
        CodexRoot is null ? "not run: no Codex tree (set CODEX_ROOT)" : null;

    public static IReadOnlyList<string> TargetNames => ["csharp", "typescript"];

    private static readonly Lazy<ParityEngine> LazyEngine = new(() =>
    {
        var targets = new List<ITarget> { new TypeScriptTarget(Repo, CodexRoot), new CSharpTarget(CodexRoot) };
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var t in targets) t.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        };
        return new ParityEngine(StepRegistry.FromAssemblies(typeof(ParityEngine).Assembly), targets,
            new RecordingStore(Path.Combine(Repo, "fixtures", "expected")), new EngineOptions());
    });

    public static ParityEngine Engine => LazyEngine.Value;
}
