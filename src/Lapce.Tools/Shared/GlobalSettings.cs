// The constants of packages/types/src/global-settings.ts (Kilo Code 4.88.0) that the ported tools use.
namespace Lapce.Tools.Shared;

public static class GlobalSettings
{
    /// <summary><c>DEFAULT_WRITE_DELAY_MS</c>: how long an edit waits after saving for linters to report problems.</summary>
    public const int DefaultWriteDelayMs = 1000;
}
