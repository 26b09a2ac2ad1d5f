// Port of src/core/tools/newTaskTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class NewTaskTool
{
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var mode = block.Param("mode");
        var message = block.Param("message");
        var todos = block.Param("todos");

        try
        {
            if (block.Partial)
            {
                var partialMessage = JsJson.Stringify(new JsObject
                {
                    { "tool", "newTask" },
                    { "mode", removeClosingTag("mode", mode) },
                    { "content", removeClosingTag("message", message) },
                    { "todos", removeClosingTag("todos", todos) },
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
            else
            {
                // Validate required parameters
                if (!JsString.Truthy(mode))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("new_task");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("new_task", "mode"));
                    return;
                }

                if (!JsString.Truthy(message))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("new_task");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("new_task", "message"));
                    return;
                }

                // Get the VSCode setting for requiring todos
                var provider = cline.ProviderRef.Deref();
                if (provider is null)
                {
                    pushToolResult(FormatResponse.ToolError("Provider reference lost"));
                    return;
                }
                var state = await provider.GetStateAsync();
                var requireTodos = cline.VsCode.Workspace
                    .GetConfiguration("kilo-code")
                    .Get("newTaskRequireTodos", false);

                // Check if todos are required based on VSCode setting
                // Note: undefined means not provided, empty string is valid
                if (requireTodos && todos is null)
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("new_task");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("new_task", "todos"));
                    return;
                }

                // Parse todos if provided, otherwise use empty array
                List<TodoItem> todoItems = [];
                if (JsString.Truthy(todos))
                {
                    try
                    {
                        todoItems = UpdateTodoListTool.ParseMarkdownChecklist(todos);
                    }
                    catch (Exception)
                    {
                        cline.ConsecutiveMistakeCount++;
                        cline.RecordToolError("new_task");
                        pushToolResult(FormatResponse.ToolError("Invalid todos format: must be a markdown checklist"));
                        return;
                    }
                }

                cline.ConsecutiveMistakeCount = 0;
                // Un-escape one level of backslashes before '@' for hierarchical subtasks
                // Un-escape one level: \\@ -> \@ (removes one backslash for hierarchical subtasks)
                var unescapedMessage = message!.Replace(@"\\@", @"\@", StringComparison.Ordinal);

                // Verify the mode exists
                var targetMode = Modes.GetModeBySlug(mode!, state?.CustomModes);

                if (targetMode is null)
                {
                    pushToolResult(FormatResponse.ToolError($"Invalid mode: {mode}"));
                    return;
                }

                var toolMessage = JsJson.Stringify(new JsObject
                {
                    { "tool", "newTask" },
                    { "mode", targetMode.Name },
                    { "content", message },
                    { "todos", todoItems.Select(t => t.ToJs()).ToList() },
                });

                var didApprove = await askApproval("tool", toolMessage);

                if (!didApprove)
                {
                    return;
                }

                // Provider is guaranteed to be defined here due to earlier check

                if (cline.EnableCheckpoints)
                {
                    _ = cline.CheckpointSaveAsync(true); // not awaited, as in Codex
                }

                // Preserve the current mode so we can resume with it later.
                cline.PausedModeSlug = (await provider.GetStateAsync()).Mode ?? Modes.DefaultModeSlug;

                // kilocode_change start: Switch to the desired mode BEFORE creating the task
                await provider.HandleModeSwitchAsync(mode!);
                // Small delay to ensure mode switch has propagated
                await JsTimers.Delay(100);
                // kilocode_change end

                // Create new task instance first (this preserves parent's current mode in its history)
                var newCline = await provider.CreateTaskAsync(unescapedMessage, null, cline, new CreateTaskOptions(InitialTodos: todoItems));
                if (newCline is null)
                {
                    await provider.HandleModeSwitchAsync(cline.PausedModeSlug); // kilocode_change: if task creation failed, switch back to the parent's mode
                    pushToolResult(I18n.T("tools:newTask.errors.policy_restriction"));
                    return;
                }

                cline.Emit("taskSpawned", newCline.TaskId);

                pushToolResult(
                    $"Successfully created new task in {targetMode.Name} mode with message: {unescapedMessage} and {todoItems.Count} todo items");

                // Set the isPaused flag to true so the parent task can wait for the sub-task to finish.
                cline.IsPaused = true;
                cline.Emit("taskPaused");

                return;
            }
        }
        catch (Exception error)
        {
            await handleError("creating new task", error);
            return;
        }
    }
}
