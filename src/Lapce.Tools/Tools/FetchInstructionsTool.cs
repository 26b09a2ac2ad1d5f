// Port of src/core/tools/fetchInstructionsTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Prompts;
using Lapce.Tools.Prompts.Instructions;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

/// <summary>
/// Implements the fetch_instructions tool: after the user's approval of a "tool" ask, returns the instructions for a
/// task (create_mcp_server, create_mode); any other task is an invalid request.
/// </summary>
public static class FetchInstructionsTool
{
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult)
    {
        var task = block.Param("task");
        JsObject SharedMessageProps(object? content) => new() { { "tool", "fetchInstructions" }, { "content", content } };

        try
        {
            if (block.Partial)
            {
                var partialMessage = JsJson.Stringify(SharedMessageProps(JsJson.Undefined));
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
            else
            {
                if (!JsString.Truthy(task))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("fetch_instructions");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("fetch_instructions", "task"));
                    return;
                }

                cline.ConsecutiveMistakeCount = 0;

                var completeMessage = JsJson.Stringify(SharedMessageProps(task));
                var didApprove = await askApproval("tool", completeMessage);

                if (!didApprove)
                {
                    return;
                }

                // Bow fetch the content and provide it to the agent.
                var provider = cline.ProviderRef.Deref();
                var mcpHub = provider?.GetMcpHub();

                if (mcpHub is null)
                {
                    throw new Exception("MCP hub not available");
                }

                var diffStrategy = cline.DiffStrategy;
                var context = provider?.Context;
                var content = await Instructions.FetchInstructionsAsync(task!, new InstructionsDetail(mcpHub, diffStrategy, context));

                if (!JsString.Truthy(content))
                {
                    pushToolResult(FormatResponse.ToolError($"Invalid instructions request: {task}"));
                    return;
                }

                pushToolResult(content);

                return;
            }
        }
        catch (Exception error) when (error is not ResourceUnavailableException)
        {
            // (A missing Codex tree is not the tool's error: the host reports the case as not run.)
            await handleError("fetch instructions", error);
        }
    }
}
