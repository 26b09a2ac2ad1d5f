using System.Diagnostics;
using Lapce.Tools.AssistantMessage;
using Lapce.Tools.Services;
using Lapce.Tools.Utils;
using LapceParity.Model;

namespace LapceParity.Cli;

/// <summary>
/// The baseline of `lapce-parity bench` for search_files cases: bare ripgrep with the arguments Codex's regexSearchFiles
/// passes (<c>--json -e REGEX --glob PATTERN|* --context 1 --no-messages DIR</c>, DIR the search path resolved against
/// the workspace), the same rg the targets use, started from the same working folder, on a copy of the case's workspace,
/// written afresh before every call as the targets do, its whole stdout read; timed per call from the spawn to the exit,
/// with the case's runs and warm-up runs.
/// </summary>
public static class BareRipgrep
{
    public static async Task<(double? Median, string? Problem)> MedianAsync(CaseSpec spec, int iterations, int warmup, CancellationToken ct)
    {
        var call = ParseAssistantMessageV2.Parse(spec.Message).OfType<Lapce.Tools.Shared.ToolUse>().FirstOrDefault(b => b.Name == "search_files");
        if (call is null) return (null, "bare rg: no search_files call in the message");
        var rg = await Ripgrep.GetHostBinPathAsync();
        if (rg is null) return (null, "bare rg: no ripgrep found");

        var root = Path.Combine(Path.GetTempPath(), "lapce-rg-" + Guid.NewGuid().ToString("N"));
        var cwd = Path.Combine(root, spec.WorkspaceName);
        try
        {
            var args = Args(call, cwd);
            var ms = new List<double>();
            for (var i = 0; i < warmup + iterations; i++)
            {
                spec.WriteWorkspaceFiles(cwd); // afresh before every call, as both targets do (not timed)
                var elapsed = await RunOnceAsync(rg, args, ct);
                if (i >= warmup) ms.Add(elapsed);
            }
            ms.Sort();
            return (ms.Count % 2 == 1 ? ms[ms.Count / 2] : (ms[ms.Count / 2 - 1] + ms[ms.Count / 2]) / 2, null);
        }
        finally
        {
            try { Directory.Delete(root, true); } catch (IOException) { }
        }
    }

    /// <summary>regexSearchFiles' arguments for a search_files call in the workspace <paramref name="cwd"/>.</summary>
    public static string[] Args(Lapce.Tools.Shared.ToolUse call, string cwd)
    {
        var filePattern = call.Param("file_pattern");
        return ["--json", "-e", call.Param("regex") ?? "", "--glob", string.IsNullOrEmpty(filePattern) ? "*" : filePattern,
            "--context", "1", "--no-messages", NodePath.Resolve(cwd, call.Param("path") ?? "")];
    }

    /// <summary>One bare rg run: spawn, read the whole stdout, wait for the exit; the elapsed milliseconds.</summary>
    public static async Task<double> RunOnceAsync(string rg, string[] args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(rg) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (NodeChildProcess.WorkingDirectory is { } wd) psi.WorkingDirectory = wd;
        var started = Stopwatch.GetTimestamp();
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync(ct);
        var buffer = new byte[64 * 1024];
        var stdout = p.StandardOutput.BaseStream;
        while (await stdout.ReadAsync(buffer, ct) > 0) { }
        await p.WaitForExitAsync(ct);
        await stderr;
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
