// Port of src/core/tools/validateToolUse.ts (Kilo Code 4.88.0).
using Lapce.Tools.Shared;

namespace Lapce.Tools.Tools;

public static class ValidateToolUse
{
    /// <summary>
    /// <c>validateToolUse</c>: throws <c>Tool "…" is not allowed in … mode.</c>; a FileRestrictionError (or the
    /// TypeError of an unknown group) thrown by <see cref="Modes.IsToolAllowedForMode"/> propagates unchanged.
    /// As in the original, experiments are not passed on.
    /// </summary>
    public static void Validate(
        string toolName,
        string mode,
        IReadOnlyList<ModeConfig>? customModes,
        IReadOnlyDictionary<string, bool>? toolRequirements,
        IReadOnlyDictionary<string, string>? toolParams)
    {
        if (!Modes.IsToolAllowedForMode(toolName, mode, customModes ?? [], toolRequirements, toolParams))
        {
            throw new Exception($"Tool \"{toolName}\" is not allowed in {mode} mode.");
        }
    }
}
