// Port of src/shared/globalFileNames.ts (Kilo Code 4.88.0): the names the ported code uses.
namespace Lapce.Tools.Shared;

public static class GlobalFileNames
{
    public const string McpSettings = "mcp_settings.json";
    public const string CustomModes = "custom_modes.yaml";
}
