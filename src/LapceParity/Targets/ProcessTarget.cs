using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LapceParity.Model;

namespace LapceParity.Targets;

/// <summary>
/// A target that is a long-lived process speaking docs/protocol.md (JSON lines on stdin/stdout, logs on stderr).
/// A crash or a hang is reported with the stderr tail; the process is restarted for the next case.
/// </summary>
public class ProcessTarget(string name, TargetKind kind, string fileName, IReadOnlyList<string> arguments, string workingDirectory,
    TimeSpan? helloTimeout = null, IReadOnlyDictionary<string, string>? environment = null) : ITarget
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Queue<string> _stderrTail = new();
    private Process? _process;
    private int _nextId;
    private string? _startProblem;
    private bool _neverStarted = true;

    public string Name { get; } = name;
    public TargetKind Kind { get; } = kind;
    public string? Version { get; private set; }
    public JsonObject? Hello { get; private set; }
    public TimeSpan HelloTimeout { get; } = helloTimeout ?? TimeSpan.FromSeconds(180);

    public virtual async Task<string?> EnsureStartedAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try { return await StartIfNeededAsync(ct); }
        finally { _gate.Release(); }
    }

    private async Task<string?> StartIfNeededAsync(CancellationToken ct)
    {
        if (_process is { HasExited: false }) return null;
        // A target that never said hello will not on the next case either; one that crashed mid-case is restarted.
        if (_neverStarted && _startProblem is not null) return _startProblem;
        _process?.Dispose();
        _process = null;
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        TargetEnvironment.Scrub(psi.Environment);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        Process p;
        try
        {
            p = Process.Start(psi) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception e)
        {
            return _startProblem = $"could not start {fileName}: {e.Message}";
        }
        lock (_stderrTail) _stderrTail.Clear();
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderrTail)
            {
                _stderrTail.Enqueue(e.Data);
                while (_stderrTail.Count > 60) _stderrTail.Dequeue();
            }
        };
        p.BeginErrorReadLine();
        _process = p;

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(HelloTimeout);
        string? line;
        try { line = await p.StandardOutput.ReadLineAsync(cts.Token); }
        catch (OperationCanceledException) { line = null; }
        if (line is null)
        {
            await Task.Delay(200, CancellationToken.None); // let the stderr tail arrive
            var exited = p.HasExited ? $"exited with code {p.ExitCode}" : $"did not say hello within {HelloTimeout.TotalSeconds:0} s";
            Kill();
            return _startProblem = $"{Name} target {exited}: {LastStderrLine() ?? "(no stderr)"}";
        }
        try
        {
            Hello = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException) { Hello = null; }
        if (Hello?["hello"]?.GetValue<string>() != "lapce-parity-target")
        {
            Kill();
            return _startProblem = $"{Name} target's first line is not a hello: {Truncate(line)}";
        }
        Version = Hello["codexCommit"]?.GetValue<string>() ?? Hello["version"]?.GetValue<string>();
        _startProblem = null;
        _neverStarted = false;
        return null;
    }

    public async Task<TargetResponse> RunAsync(CaseSpec spec, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        var sw = Stopwatch.StartNew();
        try
        {
            var problem = await StartIfNeededAsync(ct);
            if (problem is not null) return new TargetResponse(ResponseStatus.Crashed, null, problem, StderrTail());
            var p = _process!;
            var id = ++_nextId;
            var request = new JsonObject { ["id"] = id, ["op"] = "run", ["case"] = spec.ToNode() };
            try
            {
                await p.StandardInput.WriteLineAsync(JsonText.Write(request));
                await p.StandardInput.FlushAsync(ct);
            }
            catch (IOException e)
            {
                Kill();
                return new TargetResponse(ResponseStatus.Crashed, null, $"{Name} target closed its input: {e.Message}", StderrTail(), sw.Elapsed);
            }

            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(spec.TimeoutMs);
            string? line;
            try { line = await p.StandardOutput.ReadLineAsync(cts.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                Kill();
                return new TargetResponse(ResponseStatus.Timeout, null, $"no answer within {spec.TimeoutMs} ms; the target was restarted", StderrTail(), sw.Elapsed);
            }
            if (line is null)
            {
                await Task.Delay(200, CancellationToken.None);
                var code = p.HasExited ? p.ExitCode.ToString() : "?";
                Kill();
                return new TargetResponse(ResponseStatus.Crashed, null, $"{Name} target exited (code {code}) during the case; it will be restarted", StderrTail(), sw.Elapsed);
            }
            JsonObject? response;
            try { response = JsonText.Parse(line) as JsonObject; }
            catch (JsonException)
            {
                Kill();
                return new TargetResponse(ResponseStatus.Crashed, null, $"{Name} target printed a line that is not JSON: {Truncate(line)}", StderrTail(), sw.Elapsed);
            }
            if (response?["id"]?.GetValue<int>() != id)
            {
                Kill();
                return new TargetResponse(ResponseStatus.Crashed, null, $"{Name} target answered out of order: {Truncate(line)}", StderrTail(), sw.Elapsed);
            }
            if (response["ok"]?.GetValue<bool>() != true && response["notRun"] is JsonValue notRun)
                return new TargetResponse(ResponseStatus.Unavailable, null, notRun.ToString(), Elapsed: sw.Elapsed);
            if (response["ok"]?.GetValue<bool>() != true)
                return new TargetResponse(ResponseStatus.TargetError, null, response["error"]?.GetValue<string>() ?? "ok:false without an error", StderrTail(), sw.Elapsed);
            if (response["transcript"] is not JsonObject transcript)
                return new TargetResponse(ResponseStatus.TargetError, null, "the answer has no transcript", StderrTail(), sw.Elapsed);
            return TargetResponse.Success((JsonObject)transcript.DeepClone(), sw.Elapsed);
        }
        finally { _gate.Release(); }
    }

    public string? StderrTail()
    {
        lock (_stderrTail) return _stderrTail.Count == 0 ? null : string.Join('\n', _stderrTail);
    }

    private string? LastStderrLine()
    {
        lock (_stderrTail) return _stderrTail.LastOrDefault(l => l.Trim().Length > 0);
    }

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "…" : s;

    private void Kill()
    {
        try { if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } p)
        {
            try
            {
                await p.StandardInput.WriteLineAsync(new JsonObject { ["id"] = ++_nextId, ["op"] = "shutdown" }.ToJsonString());
                await p.StandardInput.FlushAsync();
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await p.WaitForExitAsync(cts.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException) { }
        }
        Kill();
        GC.SuppressFinalize(this);
    }

    /// <summary>Splits a command line ("node host.js --x 'a b'") into program and arguments.</summary>
    public static (string File, List<string> Args) SplitCommand(string command)
    {
        var parts = new List<string>();
        var sb = new StringBuilder();
        char? quote = null;
        var any = false;
        foreach (var ch in command)
        {
            if (quote is not null) { if (ch == quote) quote = null; else sb.Append(ch); continue; }
            if (ch is '"' or '\'') { quote = ch; any = true; continue; }
            if (char.IsWhiteSpace(ch)) { if (sb.Length > 0 || any) { parts.Add(sb.ToString()); sb.Clear(); any = false; } continue; }
            sb.Append(ch);
        }
        if (sb.Length > 0 || any) parts.Add(sb.ToString());
        if (parts.Count == 0) throw new ArgumentException("empty target command");
        return (parts[0], parts.Skip(1).ToList());
    }
}
