// Port of src/core/prompts/instructions/create-mode.ts (Kilo Code 4.88.0). The text is Codex's own, read from the Codex
// tree at run time (CodexSources); this file computes what its substitution stands for.
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Prompts.Instructions;

public static class CreateMode
{
    private const string File = "src/core/prompts/instructions/create-mode.ts";

    public static async Task<string> CreateModeInstructionsAsync(ExtensionContext? context)
    {
        if (context is null) throw new Exception("Missing VSCode Extension Context");

        var settingsDir = NodePath.Join(context.GlobalStoragePath, "settings");
        var customModesPath = NodePath.Join(settingsDir, GlobalFileNames.CustomModes);

        var template = CodexSources.ReturnedTemplate(File, "createModeInstructions");
        return await template.EvaluateAsync(expression => expression switch
        {
            "customModesPath" => Task.FromResult(customModesPath),
            _ => throw template.Unknown(expression),
        });
    }
}
