// Port of src/shared/package.ts (Kilo Code 4.88.0): the extension's identity from src/package.json. The build-time
// overrides (PKG_NAME, PKG_VERSION, PKG_OUTPUT_CHANNEL, PKG_SHA) are not set for Kilo Code itself.
namespace Lapce.Tools.Shared;

public static class Package
{
    public const string Publisher = "kilocode";
    /// <summary>The configuration section of the extension's settings (<c>kilo-code.*</c>).</summary>
    public const string Name = "kilo-code";
    public const string Version = "4.88.0";
    public const string OutputChannel = "Kilo-Code";
    public const string? Sha = null;
}
