// Port of src/core/tools/switchModeTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class SwitchModeTool
{
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var modeSlug = block.Param("mode_slug");
        var reason = block.Param("reason");

        try
        {
            if (block.Partial)
            {
                var partialMessage = JsJson.Stringify(new JsObject
                {
                    { "tool", "switchMode" },
                    { "mode", removeClosingTag("mode_slug", modeSlug) },
                    { "reason", removeClosingTag("reason", reason) },
                });

                try
                {
                    await cline.AskAsync("tool", partialMessage, block.Partial);
                }
                catch (Exception)
                {
                    // .catch(() => {})
                }
                return;
            }

            if (!JsString.Truthy(modeSlug))
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("switch_mode");
                pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("switch_mode", "mode_slug"));
                return;
            }

            cline.ConsecutiveMistakeCount = 0;

            // Verify the mode exists
            var targetMode = Modes.GetModeBySlug(modeSlug!, (await cline.ProviderRef.GetStateAsync())?.CustomModes);

            if (targetMode is null)
            {
                cline.RecordToolError("switch_mode");
                pushToolResult(FormatResponse.ToolError($"Invalid mode: {modeSlug}"));
                return;
            }

            // Check if already in requested mode
            var currentMode = (await cline.ProviderRef.GetStateAsync())?.Mode ?? Modes.DefaultModeSlug;

            if (currentMode == modeSlug)
            {
                cline.RecordToolError("switch_mode");
                pushToolResult($"Already in {targetMode.Name} mode.");
                return;
            }

            var completeMessage = JsJson.Stringify(new JsObject
            {
                { "tool", "switchMode" },
                { "mode", modeSlug },
                { "reason", JsJson.OrUndefined(reason) },
            });
            var didApprove = await askApproval("tool", completeMessage);

            if (!didApprove)
            {
                return;
            }

            // Switch the mode using shared handler
            var provider = cline.ProviderRef.Deref();
            if (provider is not null) await provider.HandleModeSwitchAsync(modeSlug!);

            pushToolResult(
                $"Successfully switched from {Modes.GetModeBySlug(currentMode)?.Name ?? currentMode} mode to {targetMode.Name} mode{(JsString.Truthy(reason) ? $" because: {reason}" : "")}.");

            await JsTimers.Delay(500); // Delay to allow mode change to take effect before next tool is executed
        }
        catch (Exception error)
        {
            await handleError("switching mode", error);
        }
    }
}
