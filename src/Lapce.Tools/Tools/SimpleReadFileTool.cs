// Port of src/core/tools/simpleReadFileTool.ts (Kilo Code 4.88.0): for now only the description that
// presentAssistantMessage shows for the tool; the tool itself joins this partial class when it is ported.
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static partial class SimpleReadFileTool
{
    /// <summary><c>getSimpleReadFileToolDescription(blockName, blockParams)</c>.</summary>
    public static string GetSimpleReadFileToolDescription(string blockName, IReadOnlyDictionary<string, string> blockParams)
    {
        var path = blockParams.GetValueOrDefault("path");
        if (JsString.Truthy(path))
        {
            return $"[{blockName} for '{path}']";
        }
        else
        {
            return $"[{blockName} with missing path]";
        }
    }
}
