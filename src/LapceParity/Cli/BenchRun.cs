using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LapceParity.Features;
using LapceParity.Model;
using LapceParity.Steps;
using LapceParity.Targets;
using Spectre.Console;

namespace LapceParity.Cli;

/// <summary>
/// `lapce-parity bench`: the side-by-side speed comparison. Each @bench scenario runs on the C# port and on the
/// TypeScript host in the same run; each target times only the tool layer's work inside its own runtime (case.bench),
/// so Node's start-up and the protocol round trip are excluded. Reported as medians and ratios.
/// </summary>
public static class BenchRun
{
    public sealed record Row(string Scenario, int Iterations, double? CSharpMedianMs, double? TypeScriptMedianMs, string? Problem, double? RgMedianMs = null)
    {
        public double? Ratio => CSharpMedianMs is > 0 && TypeScriptMedianMs is { } ts ? ts / CSharpMedianMs : null;
        /// <summary>C# ÷ bare ripgrep (search_files cases): the issue's goal is at most 1.2.</summary>
        public double? RgRatio => RgMedianMs is > 0 && CSharpMedianMs is { } cs ? cs / RgMedianMs : null;
    }

    public static async Task<(int ExitCode, IReadOnlyList<Row> Rows)> ExecuteAsync(string repoRoot, string? codex, IReadOnlyList<string> featureDirs,
        string? filter, int iterations, int warmup, string? markdownOut, IAnsiConsole console, CancellationToken ct)
    {
        var dirs = featureDirs.Count > 0 ? featureDirs : [Path.Combine(repoRoot, "benchmarks")];
        var load = FeatureLoader.Load(dirs.Select(d => Path.GetFullPath(d, repoRoot)), repoRoot);
        foreach (var p in load.Problems) console.MarkupLineInterpolated($"[red]feature problem[/] {p}");
        var match = ScenarioFilter.Parse(filter);
        var scenarios = load.Scenarios.Where(s => s.Tags.Contains("@bench") && match(s)).ToList();
        var steps = StepRegistry.FromAssemblies(typeof(BenchRun).Assembly);

        await using var ts = new TypeScriptTarget(repoRoot, codex ?? TypeScriptTarget.DefaultCodexRoot(), oneIoThread: false);
        await using var cs = new CSharpTarget();
        var tsProblem = await ts.EnsureStartedAsync(ct);
        if (tsProblem is not null) console.MarkupLineInterpolated($"[yellow]typescript: not run[/] — {tsProblem}");

        var rows = new List<Row>();
        foreach (var s in scenarios)
        {
            var (bound, problems) = steps.Bind(s);
            if (problems.Count > 0) { rows.Add(new Row(s.Name, iterations, null, null, string.Join("; ", problems))); continue; }
            var arrange = new ArrangeContext(s);
            foreach (var b in bound.Where(b => b.Step.Kind != StepKind.Then)) b.Invoke(arrange);
            // @slow cases (tens of seconds a call in the original) get fewer runs, so a bench run stays in minutes;
            // @runs(N,W) sets them outright (minutes a call in the original).
            var (n, w) = s.IsSlow ? (Math.Min(iterations, 3), Math.Min(warmup, 1)) : (iterations, warmup);
            if (s.Tags.FirstOrDefault(t => t.StartsWith("@runs(", StringComparison.Ordinal)) is { } runs
                && runs[6..^1].Split(',') is [var ni, var wi] && int.TryParse(ni, out var nn) && int.TryParse(wi, out var ww))
                (n, w) = (nn, ww);
            var spec = arrange.Spec with { Bench = new JsonObject { ["iterations"] = n, ["warmup"] = w }, TimeoutMs = 1_800_000 };

            var csMs = await MedianAsync(cs, spec, ct);
            var tsMs = tsProblem is null ? await MedianAsync(ts, spec, ct) : (null, tsProblem);
            var rg = s.Tools.Contains("search_files") ? await BareRipgrep.MedianAsync(spec, n, w, ct) : (null, null);
            var row = new Row(s.Name, n, csMs.Median, tsMs.Median, csMs.Problem ?? tsMs.Problem ?? rg.Problem, rg.Median);
            rows.Add(row);
            console.MarkupLineInterpolated($"{s.Name}: C# {Show(row.CSharpMedianMs)} ms, TypeScript {Show(row.TypeScriptMedianMs)} ms, ratio {(row.Ratio is { } r ? r.ToString("0.0", CultureInfo.InvariantCulture) + "×" : "–")}{(row.RgMedianMs is null ? "" : $", bare rg {Show(row.RgMedianMs)} ms, C# ÷ rg {row.RgRatio?.ToString("0.00", CultureInfo.InvariantCulture)}")}{(row.Problem is null ? "" : " — " + row.Problem)}");
        }

        var md = Markdown(rows, ts.Version, iterations, warmup);
        if (markdownOut is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(markdownOut))!);
            await File.WriteAllTextAsync(markdownOut, md, ct);
        }
        Console.WriteLine(md);
        return (rows.Any(r => r.Problem is not null && r.CSharpMedianMs is null) || load.Problems.Count > 0 ? 1 : 0, rows);
    }

    private static async Task<(double? Median, string? Problem)> MedianAsync(ITarget target, CaseSpec spec, CancellationToken ct)
    {
        var r = await target.RunAsync(spec, ct);
        if (r.Status != ResponseStatus.Ok) return (null, $"{target.Name}: {r.Status} {r.Error}");
        var ms = (r.Transcript!["timings"]?["ms"] as JsonArray)?.Select(n => n!.GetValue<double>()).Order().ToList();
        if (ms is null || ms.Count == 0) return (null, $"{target.Name}: no timings in the transcript");
        var error = r.Transcript["error"]?.GetValue<string>();
        var median = ms.Count % 2 == 1 ? ms[ms.Count / 2] : (ms[ms.Count / 2 - 1] + ms[ms.Count / 2]) / 2;
        return (median, error is null ? null : $"{target.Name}: the case raised {error}");
    }

    private static string Show(double? ms) => ms is { } v ? v.ToString(v < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture) : "–";

    public static string Markdown(IReadOnlyList<Row> rows, string? codexCommit, int iterations, int warmup)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Median time per call of the tool layer (parse, dispatch, tool, file I/O), {iterations} runs after {warmup} warm-up runs (@slow cases: 3 after 1; the runs column says), both targets in one run; Codex {(codexCommit is null ? "not run" : codexCommit[..Math.Min(8, codexCommit.Length)])}.");
        sb.AppendLine();
        var withRg = rows.Any(r => r.RgMedianMs is not null);
        sb.AppendLine("| case | runs | C# (ms) | TypeScript (ms) | TypeScript ÷ C# |" + (withRg ? " bare rg (ms) | C# ÷ rg |" : ""));
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: |" + (withRg ? " ---: | ---: |" : ""));
        foreach (var r in rows)
            sb.AppendLine($"| {r.Scenario} | {r.Iterations} | {Show(r.CSharpMedianMs)} | {Show(r.TypeScriptMedianMs)} | {(r.Ratio is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) + "×" : "–")}{(r.Problem is null ? "" : $" ({r.Problem})")} |"
                + (withRg ? $" {Show(r.RgMedianMs)} | {(r.RgRatio is { } g ? g.ToString("0.00", CultureInfo.InvariantCulture) : "–")} |" : ""));
        return sb.ToString();
    }
}
