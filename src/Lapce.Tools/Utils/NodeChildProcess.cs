// Node's `child_process.spawn(file, args)` as the ripgrep callers use it (list-files.ts, services/ripgrep/index.ts):
// the program runs directly (no shell) with the parent's environment and working folder, stdin, stdout and stderr are
// pipes, and a failure to start is Node's "spawn FILE CODE" error. Not a Codex file.
using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Lapce.Tools.Utils;

public sealed class NodeChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly Task _stderrPump;
    private int _killed;

    private NodeChildProcess(Process process)
    {
        _process = process;
        // Node keeps reading stderr whatever the caller does with it; a full stderr pipe must never block the child.
        _stderrPump = Task.Run(async () =>
        {
            var decoder = NodeFs.Utf8.GetDecoder();
            var bytes = new byte[16 * 1024];
            var chars = new char[NodeFs.Utf8.GetMaxCharCount(bytes.Length)];
            var stream = process.StandardError.BaseStream;
            try
            {
                int n;
                while ((n = await stream.ReadAsync(bytes)) > 0)
                {
                    var c = decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
                    lock (_stderr) _stderr.Append(chars, 0, c);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // the pipe went away with the process
            }
        });
    }

    /// <summary>
    /// The working directory children start in: Node's <c>process.cwd()</c>, which spawn passes on. Null: this process's
    /// own. A host sets it once (the parity targets: the folder that holds the case folders, docs/transcript.md).
    /// </summary>
    public static string? WorkingDirectory { get; set; }

    /// <summary>
    /// <c>spawn(file, args)</c>. Node reports a program that cannot be started through the process's "error" event as
    /// <c>Error("spawn FILE ENOENT")</c> (or EACCES); here it is thrown.
    /// </summary>
    public static NodeChildProcess Spawn(string file, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(file)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (WorkingDirectory is { } cwd) psi.WorkingDirectory = cwd;
        foreach (var a in args) psi.ArgumentList.Add(a);
        try
        {
            var p = Process.Start(psi) ?? throw new JsError("Error", $"spawn {file} ENOENT");
            return new NodeChildProcess(p);
        }
        catch (Win32Exception e)
        {
            var code = e.NativeErrorCode == 13 ? "EACCES" : "ENOENT";
            throw new JsError("Error", $"spawn {file} {code}");
        }
    }

    /// <summary>The child's stdout, as raw bytes.</summary>
    public Stream Stdout => _process.StandardOutput.BaseStream;

    /// <summary>What the child wrote to stderr so far (UTF-8).</summary>
    public string StderrSoFar
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    /// <summary>All the child wrote to stderr, once the pipe is closed (the child has ended).</summary>
    public async Task<string> StderrToEndAsync()
    {
        await _stderrPump.ConfigureAwait(false);
        return StderrSoFar;
    }

    /// <summary><c>kill()</c> (Node sends SIGTERM; the child ends either way).</summary>
    public void Kill()
    {
        if (Interlocked.Exchange(ref _killed, 1) == 1) return;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // already gone
        }
    }

    public Task WaitForExitAsync(CancellationToken ct = default) => _process.WaitForExitAsync(ct);

    public void Dispose()
    {
        Kill();
        try
        {
            _process.StandardInput.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        _process.Dispose();
    }

    /// <summary>Closes the child's stdin (nothing is ever written to it).</summary>
    public void CloseStdin()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }
}
