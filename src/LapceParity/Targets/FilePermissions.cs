namespace LapceParity.Targets;

/// <summary>
/// Whether file modes bind this run. Cases that make a file unreadable or read-only mean nothing where they do not: as
/// root with CAP_DAC_OVERRIDE (every container here) a mode-000 file opens anyway. The targets are this process and its
/// children, so one probe here answers for all of them.
/// </summary>
public static class FilePermissions
{
    public const string Hint =
        "run the targets under `setpriv --bounding-set -dac_override,-dac_read_search` (run-parity.sh and .ci/run do when root) or as a normal user";

    private static readonly Lazy<string?> Probe = new(ProbeOnce);
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Null when a mode-000 file cannot be opened for reading here; otherwise why the modes do not bind.</summary>
    public static string? NotEnforcedReason => Current.Value is { } scope ? scope.Reason : Probe.Value;

    /// <summary>Tests: answer <paramref name="reason"/> instead of the probe until disposed (this async flow only).</summary>
    public static IDisposable Assume(string? reason) => Current.Value = new Scope(reason, Current.Value);

    private sealed class Scope(string? reason, Scope? outer) : IDisposable
    {
        public string? Reason { get; } = reason;
        public void Dispose() => Current.Value = outer;
    }

    private static string? ProbeOnce()
    {
        if (OperatingSystem.IsWindows()) return "file modes are POSIX; this run is on Windows";
        var path = Path.Combine(Path.GetTempPath(), $"lapce-mode-probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(path, "probe");
            File.SetUnixFileMode(path, UnixFileMode.None);
            try
            {
                using (File.OpenRead(path)) { }
                return $"file permissions are not enforced here (root with CAP_DAC_OVERRIDE): {Hint}";
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return $"could not probe file permissions ({e.Message})";
        }
        finally
        {
            try
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException) { }
        }
    }
}
