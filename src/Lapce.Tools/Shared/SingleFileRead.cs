// Port of packages/types/src/single-file-read-models.ts (Kilo Code 4.88.0).
namespace Lapce.Tools.Shared;

public static class SingleFileRead
{
    /// <summary>SINGLE_FILE_READ_MODELS: model ids (or "prefix*" patterns) that use the simplified single-file read_file.</summary>
    public static readonly IReadOnlyList<string> SingleFileReadModels =
    [
        "sonic", // kilocode_change
    ];

    /// <summary>Whether a model should use the single-file read format: a direct match, or a "prefix*" pattern it starts with.</summary>
    public static bool ShouldUseSingleFileRead(string modelId)
    {
        // Direct match
        if (SingleFileReadModels.Contains(modelId)) return true;

        // Pattern matching for model families
        foreach (var pattern in SingleFileReadModels)
        {
            if (pattern.EndsWith('*') && modelId.StartsWith(pattern[..^1], StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
