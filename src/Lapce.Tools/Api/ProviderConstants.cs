// Port of src/api/providers/constants.ts (Kilo Code 4.88.0): the headers Kilo Code adds to its API requests.
using Lapce.Tools.Shared;

namespace Lapce.Tools.Api;

public static class ProviderConstants
{
    /// <summary><c>DEFAULT_HEADERS</c>, in their order.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> DefaultHeaders =
    [
        new("HTTP-Referer", "https://kilocode.ai"),
        new("X-Title", "Kilo Code"),
        new("X-KiloCode-Version", Package.Version),
        new("User-Agent", $"Kilo-Code/{Package.Version}"),
    ];
}
