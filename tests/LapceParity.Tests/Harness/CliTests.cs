using System.Diagnostics;

namespace LapceParity.Tests.Harness;

public sealed class CliTests
{
    /// <summary>Filters start with "@" (@tool:x, @slow); the command line must not read them as response files.</summary>
    [Fact]
    public async Task A_filter_starting_with_an_at_sign_is_a_filter()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "LapceParity.dll");
        var report = Path.Combine(Path.GetTempPath(), "lapce-parity-cli-" + Guid.NewGuid().ToString("N"));
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Parity.ParitySuite.Repo,
        };
        foreach (var a in new[] { dll, "run", "--no-typescript", "--quiet", "--filter", "@tool:switch_mode",
                     "--features", Path.Combine(Parity.ParitySuite.Repo, "features", "switch_mode.feature"), "--report", report })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        try
        {
            Assert.True(p.ExitCode == 0, $"exit {p.ExitCode}: {await stdout}\n{await stderr}");
            Assert.Matches(@"parity: [1-9]\d* passed, 0 failed", await stdout);
        }
        finally
        {
            if (Directory.Exists(report)) Directory.Delete(report, true);
        }
    }
}
