using System.Diagnostics;
using LapceParity.Features;
using LapceParity.Model;
using LapceParity.Report;
using LapceParity.Targets;
using Spectre.Console;

namespace LapceParity.Cli;

/// <summary>`lapce-parity run`: load features, run every scenario on every target, write the reports, decide the exit code.</summary>
public static class ParityRun
{
    public static async Task<(int ExitCode, RunResults Results)> ExecuteAsync(RunSettings settings, string repoRoot, IAnsiConsole console, CancellationToken ct)
    {
        var started = DateTimeOffset.UtcNow;
        var wall = Stopwatch.StartNew();
        var warnings = new List<string>();

        var featureDirs = settings.Features.Count > 0 ? settings.Features : [Path.Combine(repoRoot, "features")];
        var load = FeatureLoader.Load(featureDirs.Select(d => Path.GetFullPath(d, repoRoot)), repoRoot);
        var filter = ScenarioFilter.Parse(settings.Filter);
        var scenarios = load.Scenarios.Where(filter).ToList();

        if (settings.Record && settings.NoTypeScript) throw new ArgumentException("--record needs the TypeScript target");
        var targets = new List<ITarget>();
        TypeScriptTarget? ts = null;
        if (!settings.NoTypeScript)
        {
            var codex = settings.Codex ?? TypeScriptTarget.DefaultCodexRoot();
            targets.Add(ts = new TypeScriptTarget(repoRoot, codex, settings.Jobs));
        }
        if (!settings.NoCSharp) targets.Add(new CSharpTarget(settings.Codex ?? TypeScriptTarget.DefaultCodexRoot()));
        foreach (var spec in settings.ExternalTargets)
        {
            var eq = spec.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--target takes NAME=COMMAND, not \"{spec}\"");
            var (file, args) = ProcessTarget.SplitCommand(spec[(eq + 1)..]);
            targets.Add(new ProcessTarget(spec[..eq], TargetKind.External, file, args, repoRoot));
        }

        var engine = new ParityEngine(StepRegistry.FromAssemblies(typeof(ParityRun).Assembly), targets,
            new RecordingStore(Path.Combine(repoRoot, "fixtures", "expected")), new EngineOptions(settings.Record));

        foreach (var p in load.Problems) console.MarkupLineInterpolated($"[red]feature problem[/] {p}");

        var outcomes = new List<ScenarioOutcome>();
        // Start the reference first: a Codex tree of another version is a warning for the whole run.
        if (ts is not null)
        {
            var why = await ts.EnsureStartedAsync(ct);
            if (why is not null) console.MarkupLineInterpolated($"[yellow]typescript: not run[/] — {why}");
            else if (ts.Version is { } found && found != CodexPin.Commit)
                warnings.Add($"the Codex tree is at commit {found}, not the pinned {CodexPin.Commit} ({CodexPin.Name} {CodexPin.Version})");
            if (settings.Record && why is not null)
                throw new InvalidOperationException($"--record needs the TypeScript target, which cannot run: {why}");
        }
        foreach (var w in warnings) console.MarkupLineInterpolated($"[yellow]warning[/] {w}");

        async Task RunAll(Action<ScenarioOutcome>? onOutcome)
        {
            using var gate = new SemaphoreSlim(Math.Max(1, settings.Jobs));
            var tasks = scenarios.Select(async s =>
            {
                await gate.WaitAsync(ct);
                try
                {
                    foreach (var o in await engine.RunScenarioAsync(s, ct))
                    {
                        lock (outcomes) outcomes.Add(o);
                        onOutcome?.Invoke(o);
                    }
                }
                finally { gate.Release(); }
            });
            await Task.WhenAll(tasks);
        }

        if (settings.Quiet || !console.Profile.Capabilities.Interactive)
        {
            var done = 0;
            await RunAll(o =>
            {
                if (o.Status == OutcomeStatus.Fail)
                    lock (console) console.MarkupLineInterpolated($"[red]FAIL[/] {o.Feature} › {o.Scenario} [[{o.Target}]] — {o.Reason}");
                if (Interlocked.Increment(ref done) % 100 == 0)
                    lock (console) console.MarkupLineInterpolated($"[grey]{done} of {scenarios.Count * targets.Count} done[/]");
            });
        }
        else
        {
            await console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(),
                    new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var bars = targets.ToDictionary(t => t.Name, t => ctx.AddTask(t.Name, maxValue: Math.Max(1, scenarios.Count)));
                    var failed = targets.ToDictionary(t => t.Name, _ => 0);
                    await RunAll(o =>
                    {
                        lock (bars)
                        {
                            if (o.Status == OutcomeStatus.Fail) failed[o.Target]++;
                            var bar = bars[o.Target];
                            bar.Increment(1);
                            bar.Description = failed[o.Target] > 0 ? $"{o.Target} [red]{failed[o.Target]} failed[/]" : o.Target;
                        }
                    });
                });
        }

        // Problems that stop a whole file from loading fail the run too: they are listed as failing rows.
        foreach (var p in load.Problems)
        {
            outcomes.Add(new ScenarioOutcome
            {
                Feature = Path.GetFileName(p.File), FeatureFile = p.File, Scenario = "(feature file could not be read)", Line = p.Line,
                Target = "runner", Status = OutcomeStatus.Fail, Reason = p.ToString(),
            });
        }

        var ordered = outcomes.OrderBy(o => o.FeatureFile, StringComparer.Ordinal).ThenBy(o => o.Line).ThenBy(o => o.Target, StringComparer.Ordinal).ToList();
        var results = new RunResults
        {
            StartedAt = started,
            WallMilliseconds = wall.Elapsed.TotalMilliseconds,
            CodexPin = CodexPin.Commit,
            CodexFound = ts?.Version,
            Warnings = warnings,
            Outcomes = ordered,
        };
        var versions = targets.ToDictionary(t => t.Name, t => t.Version);
        ReportWriter.WriteAll(results, Path.GetFullPath(settings.ReportDir, repoRoot), repoRoot, versions);
        foreach (var t in targets) await t.DisposeAsync();

        PrintSummary(console, results, versions, scenarios.Count, settings);
        var failedAny = results.Outcomes.Any(o => o.Status == OutcomeStatus.Fail);
        var tsNotRun = settings.RequireTs && (ts is null || results.Outcomes.Any(o => o.Target == "typescript" && o.Status == OutcomeStatus.NotRun));
        if (tsNotRun) console.MarkupLine("[red]--require-ts: the TypeScript target did not run[/]");
        if (scenarios.Count == 0 && load.Problems.Count == 0) { console.MarkupLine("[red]no scenarios matched[/]"); return (2, results); }
        return (failedAny || tsNotRun ? 1 : 0, results);
    }

    private static void PrintSummary(IAnsiConsole console, RunResults r, IReadOnlyDictionary<string, string?> versions, int scenarios, RunSettings settings)
    {
        var table = new Table().AddColumns("target", "pass", "fail", "not run", "divergence", "time");
        foreach (var s in r.Summaries(versions))
            table.AddRow(s.Target, s.Pass.ToString(), s.Fail > 0 ? $"[red]{s.Fail}[/]" : "0", s.NotRun.ToString(), s.Divergence.ToString(), $"{s.TotalMilliseconds / 1000:0.0} s");
        console.Write(table);
        var reasons = r.Outcomes.Where(o => o.Status == OutcomeStatus.NotRun).Select(o => $"{o.Target}: {o.Reason}").Distinct().ToList();
        foreach (var reason in reasons) console.MarkupLineInterpolated($"[yellow]not run[/] {reason}");
        console.MarkupLineInterpolated($"{scenarios} scenarios, wall time {r.WallMilliseconds / 1000:0.0} s; report: {Path.Combine(settings.ReportDir, "parity.html")}");
        // The plain closing line CI reads.
        var all = r.Outcomes;
        Console.WriteLine($"parity: {all.Count(o => o.Status == OutcomeStatus.Pass)} passed, {all.Count(o => o.Status == OutcomeStatus.Fail)} failed, {all.Count(o => o.Status is OutcomeStatus.NotRun or OutcomeStatus.Divergence)} skipped");
    }
}
