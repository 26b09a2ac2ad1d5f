using LapceParity;
using System.CommandLine;
using LapceParity.Cli;
using LapceParity.Targets;
using Spectre.Console;

var root = new RootCommand("LapceParity: runs Gherkin scenarios against the C# port and the original Codex TypeScript and reports every difference.");

var features = new Option<string[]>("--features") { Description = "a folder (or file) of .feature files; repeatable (default: features/)", AllowMultipleArgumentsPerToken = false };
var codex = new Option<string?>("--codex") { Description = "the Codex tree (Kilo Code 4.88.0) to run as the TypeScript target (default: $CODEX_ROOT)" };
var target = new Option<string[]>("--target") { Description = "NAME=COMMAND: a further target speaking docs/protocol.md; repeatable" };
var filter = new Option<string?>("--filter") { Description = "comma-separated terms: @tag, !@tag, file.feature:LINE, or text in \"feature › scenario\"" };
var record = new Option<bool>("--record") { Description = "write expected transcripts from the TypeScript target to fixtures/expected" };
var report = new Option<string>("--report") { Description = "report folder", DefaultValueFactory = _ => "reports" };
var jobs = new Option<int>("--jobs") { Description = "cases run at once (one TypeScript host process each)", DefaultValueFactory = _ => 1 };
var requireTs = new Option<bool>("--require-ts") { Description = "fail when the TypeScript target does not run" };
var noCs = new Option<bool>("--no-csharp") { Description = "do not run the C# port" };
var noTs = new Option<bool>("--no-typescript") { Description = "do not run the TypeScript target" };
var quiet = new Option<bool>("--quiet") { Description = "no live progress display" };
var repo = new Option<string?>("--repo") { Description = "the repository root (default: found from the current folder)" };

var run = new Command("run", "run the scenarios and write reports/parity.html, parity.json and junit.xml")
{
    features, codex, target, filter, record, report, jobs, requireTs, noCs, noTs, quiet, repo,
};
run.SetAction(async (parse, ct) =>
{
    var repoRoot = parse.GetValue(repo) ?? RepoRoot.Find(Directory.GetCurrentDirectory());
    var settings = new RunSettings
    {
        Features = parse.GetValue(features) ?? [],
        Codex = parse.GetValue(codex),
        ExternalTargets = parse.GetValue(target) ?? [],
        Filter = parse.GetValue(filter),
        Record = parse.GetValue(record),
        ReportDir = parse.GetValue(report)!,
        Jobs = parse.GetValue(jobs),
        RequireTs = parse.GetValue(requireTs),
        NoCSharp = parse.GetValue(noCs),
        NoTypeScript = parse.GetValue(noTs),
        Quiet = parse.GetValue(quiet),
    };
    try
    {
        // Logs (CI, files) get plain text; a terminal gets colour and the live progress display.
        var console = Console.IsOutputRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No })
            : AnsiConsole.Console;
        var (code, _) = await ParityRun.ExecuteAsync(settings, repoRoot, console, ct);
        return code;
    }
    catch (Exception e) when (e is ArgumentException or InvalidOperationException)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
        return 2;
    }
});
root.Subcommands.Add(run);

var targetName = new Argument<string>("name") { Description = "csharp" };
var serve = new Command("target", "serve a target over the JSON-lines protocol on stdin/stdout (docs/protocol.md)") { targetName };
serve.SetAction(async (parse, ct) => await ProtocolServer.ServeAsync(new CSharpTarget(), Console.In, Console.Out, ct));
root.Subcommands.Add(serve);

var benchFeatures = new Option<string[]>("--features") { Description = "folders of @bench scenarios (default: benchmarks/)" };
var benchCodex = new Option<string?>("--codex") { Description = "the Codex tree (default: $CODEX_ROOT)" };
var benchFilter = new Option<string?>("--filter") { Description = "as for run" };
var iterations = new Option<int>("--iterations") { Description = "timed runs per case and target", DefaultValueFactory = _ => 10 };
var warmup = new Option<int>("--warmup") { Description = "untimed runs first", DefaultValueFactory = _ => 3 };
var benchOut = new Option<string?>("--out") { Description = "also write the Markdown table here" };
var benchRepo = new Option<string?>("--repo") { Description = "the repository root" };
var bench = new Command("bench", "time the C# port against the TypeScript original, side by side, per tool call")
{
    benchFeatures, benchCodex, benchFilter, iterations, warmup, benchOut, benchRepo,
};
bench.SetAction(async (parse, ct) =>
{
    var repoRoot = parse.GetValue(benchRepo) ?? RepoRoot.Find(Directory.GetCurrentDirectory());
    var (code, _) = await BenchRun.ExecuteAsync(repoRoot, parse.GetValue(benchCodex), parse.GetValue(benchFeatures) ?? [],
        parse.GetValue(benchFilter), parse.GetValue(iterations), parse.GetValue(warmup), parse.GetValue(benchOut), AnsiConsole.Console, ct);
    return code;
});
root.Subcommands.Add(bench);

var stepsCommand = new Command("steps", "list every step definition (pattern and method)");
stepsCommand.SetAction(_ =>
{
    foreach (var d in LapceParity.Features.StepRegistry.FromAssemblies(typeof(ParityEngine).Assembly).Definitions.OrderBy(d => d.Kind))
        Console.WriteLine($"{d.Kind,-5} {d.Pattern.ToString()[4..^2]}    ({d.Method.DeclaringType?.Name}.{d.Method.Name})");
    return 0;
});
root.Subcommands.Add(stepsCommand);

// Filters start with "@" (@tool:x, @slow): not response files.
return await root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null }).InvokeAsync();
