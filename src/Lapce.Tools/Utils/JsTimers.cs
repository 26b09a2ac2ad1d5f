namespace Lapce.Tools.Utils;

/// <summary>
/// Codex's fixed waits (the npm <c>delay</c> package: 300 ms after a diff view update, 500 ms after a mode switch, …).
/// Benchmark runs set <see cref="SkipWaits"/> so they time the work, not the sleeps; the TypeScript host does the same
/// (tools/ts-host/src/shims/delay.ts). Parity runs always wait.
/// </summary>
public static class JsTimers
{
    public static bool SkipWaits { get; set; }

    /// <summary><c>await delay(ms)</c>.</summary>
    public static Task Delay(double milliseconds) =>
        SkipWaits ? Task.CompletedTask
            : Task.Delay(TimeSpan.FromMilliseconds(double.IsNaN(milliseconds) ? 0 : Math.Min(Math.Floor(Math.Max(0, milliseconds)), int.MaxValue)));
}
