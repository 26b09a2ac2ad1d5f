namespace LapceParity.Targets;

/// <summary>
/// The original: Codex's TypeScript, bundled from a Codex tree by tools/ts-host and run in one long-lived Node process.
/// Without a Codex tree (or without node) it does not run, and every case says why.
/// </summary>
public sealed class TypeScriptTarget : ITarget
{
    private readonly ProcessTargetPool? _process;
    private readonly string? _unavailable;

    /// <param name="oneIoThread">
    /// Run Node with one libuv worker thread. Codex races reads in places (read_file's Promise.all of countFileLines and
    /// isBinaryFile: for a missing file either "File not found: …" or "ENOENT … stat"); with four threads (VS Code's
    /// default) the first wins about 998 calls in 1,000, with one it wins every time, so every run gives the answer
    /// users almost always see. Benchmarks turn it off, not to slow the original down.
    /// </param>
    public TypeScriptTarget(string repoRoot, string? codexRoot, int processes = 1, bool oneIoThread = true)
    {
        if (string.IsNullOrEmpty(codexRoot))
            _unavailable = "no Codex tree (set CODEX_ROOT or pass --codex DIR)";
        else if (!Directory.Exists(Path.Combine(codexRoot, "src", "core", "tools")))
            _unavailable = $"no Codex tree at {codexRoot} (src/core/tools is missing)";
        else if (FindOnPath("node") is null)
            _unavailable = "node is not installed (apt-get install nodejs)";
        else
        {
            CodexRoot = Path.GetFullPath(codexRoot);
            _process = new ProcessTargetPool(Enumerable.Range(0, Math.Max(1, processes)).Select(_ =>
                new ProcessTarget("typescript", TargetKind.TypeScript, "node",
                    [Path.Combine(repoRoot, "tools", "ts-host", "launch.mjs"), "--codex", CodexRoot], repoRoot,
                    environment: oneIoThread ? new Dictionary<string, string> { ["UV_THREADPOOL_SIZE"] = "1" } : null)).ToList());
        }
    }

    public string? CodexRoot { get; }
    public string Name => "typescript";
    public TargetKind Kind => TargetKind.TypeScript;
    public string? Version => _process?.Version;

    public async Task<string?> EnsureStartedAsync(CancellationToken ct) =>
        _unavailable ?? await _process!.EnsureStartedAsync(ct);

    public Task<TargetResponse> RunAsync(Model.CaseSpec spec, CancellationToken ct) =>
        _process is null
            ? Task.FromResult(new TargetResponse(ResponseStatus.Crashed, null, _unavailable))
            : _process.RunAsync(spec, ct);

    public ValueTask DisposeAsync() => _process?.DisposeAsync() ?? ValueTask.CompletedTask;

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    /// <summary>CODEX_ROOT, or the default export location used by run-parity.sh.</summary>
    public static string? DefaultCodexRoot()
    {
        var env = Environment.GetEnvironmentVariable("CODEX_ROOT");
        if (!string.IsNullOrEmpty(env)) return env;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var cache = Path.Combine(home, ".cache", "lapce-parity", "codex");
        return Directory.Exists(Path.Combine(cache, "src")) ? cache : null;
    }
}
