// Port of src/core/assistant-message/presentAssistantMessage.ts (Kilo Code 4.88.0).
//
// Presents the assistant's content blocks one at a time: text goes to the UI, tool uses are validated,
// checked for repetition and dispatched with the callbacks every tool receives (askApproval, handleError,
// pushToolResult, removeClosingTag). The lock / pending-update / advance logic is the original's.
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Tools;
using Lapce.Tools.Utils;

namespace Lapce.Tools.AssistantMessage;

public static class PresentAssistantMessage
{
    // /<thinking>\s?/g and /\s?<\/thinking>/g, with JS's \s.
    private static readonly Regex ThinkingOpen = new("<thinking>" + JsString.WhiteSpaceClass + "?", RegexOptions.CultureInvariant);
    private static readonly Regex ThinkingClose = new(JsString.WhiteSpaceClass + "?</thinking>", RegexOptions.CultureInvariant);
    private static readonly ConcurrentDictionary<string, Regex> ClosingTagRegexes = new(StringComparer.Ordinal);

    /// <summary>
    /// Processes and presents the content block at <c>currentStreamingContentIndex</c>, then advances to the next
    /// one when this one is complete (or rejected / superseded), recursing while blocks are ready.
    /// </summary>
    public static async Task PresentAsync(ClineTask cline, int recursionDepth = 0)
    {
        // reportExcessiveRecursion("presentAssistantMessage", recursionDepth): telemetry only.

        if (cline.Abort)
        {
            throw new Exception($"[Task#presentAssistantMessage] task {cline.TaskId}.{cline.InstanceId} aborted");
        }

        if (cline.PresentAssistantMessageLocked)
        {
            cline.PresentAssistantMessageHasPendingUpdates = true;
            return;
        }

        cline.PresentAssistantMessageLocked = true;
        cline.PresentAssistantMessageHasPendingUpdates = false;

        if (cline.CurrentStreamingContentIndex >= cline.AssistantMessageContent.Count)
        {
            // The last content block was completed before streaming could finish. If streaming is finished and
            // we're out of bounds, the last block was presented/executed and we are ready for the next request.
            if (cline.DidCompleteReadingStream)
            {
                cline.UserMessageContentReady = true;
            }

            cline.PresentAssistantMessageLocked = false;
            return;
        }

        // A copy: while the stream updates the array, it could be updating the block's properties too.
        var block = cline.AssistantMessageContent[cline.CurrentStreamingContentIndex].Clone();

        switch (block)
        {
            case TextContent text:
                await PresentTextAsync(cline, text);
                break;
            case ToolUse toolUse:
                await PresentToolUseAsync(cline, toolUse);
                break;
        }

        // Out of bounds is fine: the next tool call is being built up. Unlock before recursing below.
        cline.PresentAssistantMessageLocked = false;

        // When a tool is rejected, later calls skip execution (didRejectTool) and iterate until the index
        // reaches the message length, which sets userMessageContentReady.
        if (!block.Partial || cline.DidRejectTool || cline.DidAlreadyUseTool)
        {
            // Block is finished streaming and executing.
            if (cline.CurrentStreamingContentIndex == cline.AssistantMessageContent.Count - 1)
            {
                // Last block is complete and it is finished executing
                cline.UserMessageContentReady = true;
            }

            // Increment regardless, so the next call (from the read stream) presents the next block.
            cline.CurrentStreamingContentIndex++;

            if (cline.CurrentStreamingContentIndex < cline.AssistantMessageContent.Count)
            {
                // More content blocks are ready: present them ourselves.
                await Task.Yield(); // kilocode_change: yieldPromise() against excessive recursion
                await PresentAsync(cline, recursionDepth + 1);
                return;
            }
        }

        // Block is partial, but the read stream may have finished.
        if (cline.PresentAssistantMessageHasPendingUpdates)
        {
            await Task.Yield(); // kilocode_change: yieldPromise()
            await PresentAsync(cline, recursionDepth + 1);
        }
    }

    private static async Task PresentTextAsync(ClineTask cline, TextContent block)
    {
        if (cline.DidRejectTool || cline.DidAlreadyUseTool)
        {
            return;
        }

        var content = block.Content;

        if (content.Length > 0)
        {
            // Remove all instances of <thinking> (with optional line break after) and </thinking> (with optional
            // line break before), before the partial-tag check below.
            content = ThinkingOpen.Replace(content, "");
            content = ThinkingClose.Replace(content, "");

            // Remove a partial XML tag at the very end of the content (tool use and thinking tags).
            int lastOpenBracketIndex = content.LastIndexOf('<');

            if (lastOpenBracketIndex != -1)
            {
                var possibleTag = content[lastOpenBracketIndex..];

                // Is there a '>' after the last '<' (i.e. is the tag complete)?
                bool hasCloseBracket = possibleTag.Contains('>');

                if (!hasCloseBracket)
                {
                    // Extract the potential tag name.
                    var tagContent = possibleTag.StartsWith("</", StringComparison.Ordinal)
                        ? JsString.Trim(possibleTag[2..])
                        : JsString.Trim(possibleTag[1..]);

                    // /^[a-zA-Z_]+$/: likely an incomplete tag name.
                    bool isLikelyTagName = tagContent.Length > 0 && tagContent.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_');

                    // Preemptively remove < or </ to keep these artifacts out of the chat.
                    bool isOpeningOrClosing = possibleTag == "<" || possibleTag == "</";

                    // If the tag is incomplete and at the end, remove it from the content.
                    if (isOpeningOrClosing || isLikelyTagName)
                    {
                        content = JsString.Trim(content[..lastOpenBracketIndex]);
                    }
                }
            }
        }

        await cline.SayAsync("text", content, null, block.Partial);
    }

    private static async Task PresentToolUseAsync(ClineTask cline, ToolUse block)
    {
        // `customModes` below is a `const` declared after toolDescription in the same scope: reading it before
        // its declaration has run is a ReferenceError (the temporal dead zone).
        bool customModesInitialized = false;
        IReadOnlyList<ModeConfig>? customModes = null;

        string? P(string name) => block.Param(name);
        string I(string name) => JsString.Interp(block.Param(name));

        string ToolDescription()
        {
            switch (block.Name)
            {
                case "execute_command":
                    return $"[{block.Name} for '{I("command")}']";
                case "read_file":
                {
                    // Check if this model should use the simplified description
                    var modelId = cline.Api.GetModel().Id;
                    return SingleFileRead.ShouldUseSingleFileRead(modelId)
                        ? SimpleReadFileTool.GetSimpleReadFileToolDescription(block.Name, block.Params)
                        : ReadFileTool.GetReadFileToolDescription(block.Name, block.Params);
                }
                case "fetch_instructions":
                    return $"[{block.Name} for '{I("task")}']";
                case "write_to_file":
                    return $"[{block.Name} for '{I("path")}']";
                case "apply_diff":
                {
                    // Handle both legacy format and new multi-file format
                    if (JsString.Truthy(P("path")))
                    {
                        return $"[{block.Name} for '{P("path")}']";
                    }
                    else if (JsString.Truthy(P("args")))
                    {
                        var args = P("args")!;
                        // Try to extract first file path from args for display
                        var match = ApplyDiffFirstPath.Match(args);
                        if (match.Success)
                        {
                            var firstPath = match.Groups[1].Value;
                            // Check if there are multiple files
                            int fileCount = CountOccurrences(args, "<file>");
                            if (fileCount > 1)
                            {
                                return $"[{block.Name} for '{firstPath}' and {fileCount - 1} more file{(fileCount > 2 ? "s" : "")}]";
                            }
                            else
                            {
                                return $"[{block.Name} for '{firstPath}']";
                            }
                        }
                    }
                    return $"[{block.Name}]";
                }
                case "search_files":
                    return $"[{block.Name} for '{I("regex")}'{(JsString.Truthy(P("file_pattern")) ? $" in '{P("file_pattern")}'" : "")}]";
                case "insert_content":
                    return $"[{block.Name} for '{I("path")}']";
                case "search_and_replace":
                    return $"[{block.Name} for '{I("path")}']";
                // kilocode_change: Morph fast apply
                case "edit_file":
                    return $"[{block.Name} for '{I("target_file")}']";
                case "list_files":
                    return $"[{block.Name} for '{I("path")}']";
                case "list_code_definition_names":
                    return $"[{block.Name} for '{I("path")}']";
                case "browser_action":
                    return $"[{block.Name} for '{I("action")}']";
                case "use_mcp_tool":
                    return $"[{block.Name} for '{I("server_name")}']";
                case "access_mcp_resource":
                    return $"[{block.Name} for '{I("server_name")}']";
                case "ask_followup_question":
                    return $"[{block.Name} for '{I("question")}']";
                case "attempt_completion":
                    return $"[{block.Name}]";
                case "switch_mode":
                    return $"[{block.Name} to '{I("mode_slug")}'{(JsString.Truthy(P("reason")) ? $" because: {P("reason")}" : "")}]";
                case "codebase_search":
                    return $"[{block.Name} for '{I("query")}']";
                case "update_todo_list":
                    return $"[{block.Name}]";
                case "new_task":
                {
                    var mode = P("mode") ?? Modes.DefaultModeSlug;
                    var message = P("message") ?? "(no message)";
                    if (!customModesInitialized)
                    {
                        throw new JsError("ReferenceError", "Cannot access 'customModes' before initialization");
                    }
                    var modeName = Modes.GetModeBySlug(mode, customModes)?.Name ?? mode;
                    return $"[{block.Name} in {modeName} mode: '{message}']";
                }
                // kilocode_change start
                case "new_rule":
                    return $"[{block.Name} for '{I("path")}']";
                case "report_bug":
                    return $"[{block.Name}]";
                case "condense":
                    return $"[{block.Name}]";
                // kilocode_change end
                default:
                    return "undefined"; // the arrow function falls through and returns undefined
            }
        }

        if (cline.DidRejectTool)
        {
            // Ignore any tool content after user has rejected tool once.
            if (!block.Partial)
            {
                cline.UserMessageContent.Add(new TextBlock($"Skipping tool {ToolDescription()} due to user rejecting a previous tool."));
            }
            else
            {
                // Partial tool after user rejected a previous tool.
                cline.UserMessageContent.Add(new TextBlock($"Tool {ToolDescription()} was interrupted and not executed due to user rejecting a previous tool."));
            }

            return;
        }

        if (cline.DidAlreadyUseTool)
        {
            // Ignore any content after a tool has already been used.
            cline.UserMessageContent.Add(new TextBlock(
                $"Tool [{block.Name}] was not executed because a tool has already been used in this message. Only one tool may be used per message. You must assess the first tool's result before proceeding to use the next tool."));
            return;
        }

        void PushToolResult(ToolResponse content)
        {
            cline.UserMessageContent.Add(new TextBlock($"{ToolDescription()} Result:"));

            if (content.IsText)
            {
                cline.UserMessageContent.Add(new TextBlock(content.Text is { Length: > 0 } t ? t : "(tool did not return anything)"));
            }
            else
            {
                cline.UserMessageContent.AddRange(content.Blocks!);
            }

            // Once a tool result has been collected, ignore all other tool uses since we should only ever
            // present one tool result per message.
            cline.DidAlreadyUseTool = true;
        }

        async Task<bool> AskApproval(string type, string? partialMessage = null, ToolProgressStatus? progressStatus = null, bool? isProtected = null)
        {
            var (response, text, images) = await cline.AskAsync(type, partialMessage, false, progressStatus, isProtected ?? false);

            if (response != "yesButtonClicked")
            {
                // Handle both messageResponse and noButtonClicked with text.
                if (JsString.Truthy(text))
                {
                    await cline.SayAsync("user_feedback", text, images);
                    PushToolResult(FormatResponse.ToolResult(FormatResponse.ToolDeniedWithFeedback(text), images));
                }
                else
                {
                    PushToolResult(FormatResponse.ToolDenied());
                }
                cline.DidRejectTool = true;
                return false;
            }

            // Handle yesButtonClicked with text.
            if (JsString.Truthy(text))
            {
                await cline.SayAsync("user_feedback", text, images);
                PushToolResult(FormatResponse.ToolResult(FormatResponse.ToolApprovedWithFeedback(text), images));
            }

            return true;
        }

        async Task<bool> AskFinishSubTaskApproval()
        {
            // Ask the user to approve that this task has completed, so control returns to the parent task.
            var toolMessage = JsJson.Stringify(new JsObject { { "tool", "finishTask" } });
            return await AskApproval("tool", toolMessage);
        }

        async Task HandleError(string action, Exception error)
        {
            var errorString = $"Error {action}: {JsJson.Stringify(JsError.Serialize(error))}";

            await cline.SayAsync("error", $"Error {action}:\n{error.Message}");

            PushToolResult(FormatResponse.ToolError(errorString));
        }

        // If block is partial, remove partial closing tag so its not presented to user.
        string RemoveClosingTag(string tag, string? text = null)
        {
            if (!block.Partial)
            {
                return text ?? "";
            }

            if (string.IsNullOrEmpty(text))
            {
                return "";
            }

            // \s?<\/?(?:t)?(?:a)?(?:g)?$ : optional whitespace, '<' or '</', then any prefix of the tag name,
            // at the very end.
            return ClosingTagRegex(tag).Replace(text, "");
        }

        AskApproval askApproval = AskApproval;
        HandleError handleError = HandleError;
        PushToolResult pushToolResult = PushToolResult;
        RemoveClosingTag removeClosingTag = RemoveClosingTag;
        ToolDescription toolDescription = ToolDescription;
        AskFinishSubTaskApproval askFinishSubTaskApproval = AskFinishSubTaskApproval;

        if (block.Name != "browser_action")
        {
            await cline.BrowserSession.CloseBrowserAsync();
        }

        if (!block.Partial)
        {
            cline.RecordToolUsage(block.Name);
            // TelemetryService.instance.captureToolUsage(cline.taskId, block.name)
        }

        // Validate tool use before execution.
        var state = await cline.ProviderRef.GetStateAsync();
        var mode = state?.Mode;
        customModes = state?.CustomModes;
        customModesInitialized = true;

        try
        {
            ValidateToolUse.Validate(
                block.Name,
                mode ?? Modes.DefaultModeSlug,
                customModes ?? [],
                new Dictionary<string, bool> { ["apply_diff"] = cline.DiffEnabled },
                block.Params);
        }
        catch (Exception error)
        {
            cline.ConsecutiveMistakeCount++;
            PushToolResult(FormatResponse.ToolError(error.Message));
            return;
        }

        // Check for identical consecutive tool calls.
        if (!block.Partial)
        {
            var repetitionCheck = cline.ToolRepetitionDetector.Check(block);

            // If execution is not allowed, notify user and stop.
            if (!repetitionCheck.AllowExecution && repetitionCheck.AskUser is not null)
            {
                // Handle repetition similar to the mistake_limit_reached pattern.
                var (response, text, images) = await cline.AskAsync(
                    repetitionCheck.AskUser.MessageKey,
                    JsString.ReplaceFirst(repetitionCheck.AskUser.MessageDetail, "{toolName}", block.Name));

                if (response == "messageResponse")
                {
                    // Add user feedback to userContent.
                    cline.UserMessageContent.Add(new TextBlock($"Tool repetition limit reached. User feedback: {JsString.Interp(text)}"));
                    cline.UserMessageContent.AddRange(FormatResponse.ImageBlocks(images));

                    // Add user feedback to chat.
                    await cline.SayAsync("user_feedback", text, images);

                    // TelemetryService.instance.captureConsecutiveMistakeError(cline.taskId)
                }

                // Return tool result message about the repetition
                PushToolResult(FormatResponse.ToolError(
                    $"Tool call repetition limit reached for {block.Name}. Please try a different approach."));
                return;
            }
        }

        switch (block.Name)
        {
            case "write_to_file":
                await CheckpointSaveAndMarkAsync(cline);
                await WriteToFileTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "update_todo_list":
                // await UpdateTodoListTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "apply_diff":
            {
                // Get the provider and state to check experiment settings
                var provider = cline.ProviderRef.Deref();
                bool isMultiFileApplyDiffEnabled = false;

                if (provider is not null)
                {
                    var providerState = await provider.GetStateAsync();
                    isMultiFileApplyDiffEnabled = Experiments.IsEnabled(
                        providerState.Experiments ?? new Dictionary<string, bool>(),
                        Experiments.MultiFileApplyDiff);
                }

                if (isMultiFileApplyDiffEnabled)
                {
                    await CheckpointSaveAndMarkAsync(cline);
                    await MultiApplyDiffTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                }
                else
                {
                    await CheckpointSaveAndMarkAsync(cline);
                    await ApplyDiffTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag); // applyDiffToolLegacy
                }
                break;
            }
            case "insert_content":
                await CheckpointSaveAndMarkAsync(cline);
                await InsertContentTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "search_and_replace":
                await CheckpointSaveAndMarkAsync(cline);
                await SearchAndReplaceTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            // kilocode_change: Morph fast apply
            case "edit_file":
                await CheckpointSaveAndMarkAsync(cline);
                await EditFileTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "read_file":
            {
                // Check if this model should use the simplified single-file read tool
                var modelId = cline.Api.GetModel().Id;
                if (SingleFileRead.ShouldUseSingleFileRead(modelId))
                {
                    await SimpleReadFileTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                }
                else
                {
                    await ReadFileTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                }
                break;
            }
            case "fetch_instructions":
                await FetchInstructionsTool.RunAsync(cline, block, askApproval, handleError, pushToolResult);
                break;
            case "list_files":
                await ListFilesTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "codebase_search":
                await CodebaseSearchTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "list_code_definition_names":
                await ListCodeDefinitionNamesTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "search_files":
                await SearchFilesTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "browser_action":
                // await BrowserActionTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "execute_command":
                // await ExecuteCommandTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "use_mcp_tool":
                // await UseMcpToolTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "access_mcp_resource":
                // await AccessMcpResourceTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "ask_followup_question":
                await AskFollowupQuestionTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "switch_mode":
                await SwitchModeTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "new_task":
                await NewTaskTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "attempt_completion":
                await CheckpointSaveAndMarkAsync(cline); // kilocode_change for "See new changes"
                await AttemptCompletionTool.RunAsync(
                    cline,
                    block,
                    askApproval,
                    handleError,
                    pushToolResult,
                    removeClosingTag,
                    toolDescription,
                    askFinishSubTaskApproval);
                break;
            // kilocode_change start
            case "new_rule":
                // await NewRuleTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "report_bug":
                // await ReportBugTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            case "condense":
                // await CondenseTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                break;
            // kilocode_change end
        }
    }

    /// <summary>Saves a checkpoint once per streamed response and marks it done.</summary>
    private static async Task CheckpointSaveAndMarkAsync(ClineTask task)
    {
        if (task.CurrentStreamingDidCheckpoint)
        {
            return;
        }
        try
        {
            await task.CheckpointSaveAsync(true);
            task.CurrentStreamingDidCheckpoint = true;
        }
        catch (Exception)
        {
            // console.error(`[Task#presentAssistantMessage] Error saving checkpoint: ${error.message}`, error)
        }
    }

    /// <summary>/&lt;file&gt;.*?&lt;path&gt;([^&lt;]+)&lt;\/path&gt;/s</summary>
    private static readonly Regex ApplyDiffFirstPath = new("<file>.*?<path>([^<]+)</path>", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary><c>(s.match(/&lt;file&gt;/g) || []).length</c>: non-overlapping occurrences.</summary>
    private static int CountOccurrences(string s, string needle)
    {
        int count = 0;
        for (int i = s.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = s.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    /// <summary><c>new RegExp(`\\s?<\/?${tag.split("").map((char) => `(?:${char})?`).join("")}$`, "g")</c> with JS's \s and end-of-input $.</summary>
    private static Regex ClosingTagRegex(string tag) => ClosingTagRegexes.GetOrAdd(tag, static t =>
        new Regex(
            JsString.WhiteSpaceClass + "?</?" + string.Concat(t.Select(c => $"(?:{Regex.Escape(c.ToString())})?")) + @"\z",
            RegexOptions.CultureInvariant));
}
