// Port of src/core/tools/attemptCompletionTool.ts (Kilo Code 4.88.0).
using System.Text.Json.Nodes;
using Lapce.Tools.Checkpoints.Kilocode;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class AttemptCompletionTool
{
    // kilocode_change start
    /// <summary>The say options of a completion_result: <c>{ metadata: { kiloCode: { commitRange } } }</c> when there is a range.</summary>
    private static async Task<JsonObject?> GetClineMessageOptionsAsync(ClineTask task)
    {
        var commitRange = await SeeNewChanges.GetCommitRangeForNewCompletionAsync(task);
        return commitRange is null
            ? null
            : new JsonObject
            {
                ["metadata"] = new JsonObject
                {
                    ["kiloCode"] = new JsonObject
                    {
                        ["commitRange"] = new JsonObject { ["to"] = commitRange.To, ["from"] = commitRange.From },
                    },
                },
            };
    }
    // kilocode_change end

    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag,
        ToolDescription toolDescription,
        AskFinishSubTaskApproval askFinishSubTaskApproval)
    {
        var result = block.Param("result");
        var command = block.Param("command");

        // Get the setting for preventing completion with open todos from VSCode configuration
        var preventCompletionWithOpenTodos = cline.VsCode.Workspace
            .GetConfiguration(Package.Name)
            .Get("preventCompletionWithOpenTodos", false);

        // Check if there are incomplete todos (only if the setting is enabled)
        var hasIncompleteTodos = cline.TodoList is not null && cline.TodoList.Any(todo => todo.Status != "completed");

        if (preventCompletionWithOpenTodos && hasIncompleteTodos)
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("attempt_completion");

            pushToolResult(
                FormatResponse.ToolError(
                    "Cannot complete task while there are incomplete todos. Please finish all todos before attempting completion."));

            return;
        }

        try
        {
            var lastMessage = cline.ClineMessages.Count > 0 ? cline.ClineMessages[^1] : null;

            if (block.Partial)
            {
                if (JsString.Truthy(command))
                {
                    // The attempt_completion text is done, now we're getting the command.
                    if (lastMessage is not null && lastMessage.Ask == "command")
                    {
                        // update command
                        try
                        {
                            await cline.AskAsync("command", removeClosingTag("command", command), block.Partial);
                        }
                        catch (Exception)
                        {
                            // .catch(() => {})
                        }
                    }
                    else
                    {
                        // last message is completion_result
                        // we have command string, which means we have the result as well, so finish it (doesnt have to exist yet)
                        await cline.SayAsync(
                            "completion_result",
                            removeClosingTag("result", result),
                            null,
                            false,
                            null,
                            null,
                            await GetClineMessageOptionsAsync(cline)); // kilocode_change

                        // TelemetryService.instance.captureTaskCompleted(cline.taskId)
                        cline.Emit("taskCompleted", cline.TaskId, /* cline.getTokenUsage() */ null, cline.ToolUsage);

                        try
                        {
                            await cline.AskAsync("command", removeClosingTag("command", command), block.Partial);
                        }
                        catch (Exception)
                        {
                            // .catch(() => {})
                        }
                    }
                }
                else
                {
                    // No command, still outputting partial result
                    await cline.SayAsync("completion_result", removeClosingTag("result", result), null, block.Partial);
                }
                return;
            }
            else
            {
                if (!JsString.Truthy(result))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("attempt_completion");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("attempt_completion", "result"));
                    return;
                }

                cline.ConsecutiveMistakeCount = 0;

                // Command execution is permanently disabled in attempt_completion
                // Users must use execute_command tool separately before attempt_completion
                await cline.SayAsync(
                    "completion_result",
                    result,
                    null,
                    false,
                    null,
                    null,
                    await GetClineMessageOptionsAsync(cline)); // kilocode_change
                // TelemetryService.instance.captureTaskCompleted(cline.taskId)
                cline.Emit("taskCompleted", cline.TaskId, /* cline.getTokenUsage() */ null, cline.ToolUsage);

                if (cline.ParentTask is not null)
                {
                    var didApprove = await askFinishSubTaskApproval();

                    if (!didApprove)
                    {
                        return;
                    }

                    // tell the provider to remove the current subtask and resume the previous task in the stack
                    var provider = cline.ProviderRef.Deref();
                    if (provider is not null) await provider.FinishSubTaskAsync(result!);
                    return;
                }

                // We already sent completion_result says, an empty string asks relinquishes control over button and field.
                var (response, text, images) = await cline.AskAsync("completion_result", "", false);

                // Signals to recursive loop to stop (for now this never happens since yesButtonClicked will trigger a
                // new task).
                if (response == "yesButtonClicked")
                {
                    pushToolResult("");
                    return;
                }

                await cline.SayAsync("user_feedback", text ?? "", images);
                var toolResults = new List<ContentBlock>
                {
                    new TextBlock(
                        $"The user has provided feedback on the results. Consider their input to continue the task, and then attempt completion again.\n<feedback>\n{JsString.Interp(text)}\n</feedback>"),
                };

                toolResults.AddRange(FormatResponse.ImageBlocks(images));
                cline.UserMessageContent.Add(new TextBlock($"{toolDescription()} Result:"));
                cline.UserMessageContent.AddRange(toolResults);

                return;
            }
        }
        catch (Exception error)
        {
            await handleError("inspecting site", error);
            return;
        }
    }
}
