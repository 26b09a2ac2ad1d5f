// Port of src/core/tools/writeToFileTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Integrations.Editor;
using Lapce.Tools.Integrations.Misc;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class WriteToFileTool
{
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var relPath = block.Param("path");
        var newContent = block.Param("content");
        // parseInt(block.params.line_count ?? "0"): a number, NaN for no digits — never undefined.
        double? predictedLineCount = JsNumber.ParseInt(block.Param("line_count") ?? "0");

        if (block.Partial && (!JsString.Truthy(relPath) || newContent is null))
        {
            // checking for newContent ensure relPath is complete
            // wait so we can determine if it's a new file or editing an existing file
            return;
        }

        if (!JsString.Truthy(relPath))
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("write_to_file");
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("write_to_file", "path"));
            await cline.DiffViewProvider.ResetAsync();
            return;
        }

        if (newContent is null)
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("write_to_file");
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("write_to_file", "content"));
            await cline.DiffViewProvider.ResetAsync();
            return;
        }

        var accessAllowed = cline.RooIgnoreController?.ValidateAccess(relPath!) ?? false;

        if (!accessAllowed)
        {
            await cline.SayAsync("rooignore_error", relPath);
            pushToolResult(FormatResponse.ToolError(FormatResponse.RooIgnoreError(relPath!)));
            return;
        }

        // Check if file is write-protected
        var isWriteProtected = cline.RooProtectedController?.IsWriteProtected(relPath!) ?? false;

        // Check if file exists using cached map or fs.access
        bool fileExists;

        if (cline.DiffViewProvider.EditType is not null)
        {
            fileExists = cline.DiffViewProvider.EditType == "modify";
        }
        else
        {
            var absolutePath = NodePath.Resolve(cline.Cwd, relPath!);
            fileExists = await Fs.FileExistsAtPathAsync(absolutePath);
            cline.DiffViewProvider.EditType = fileExists ? "modify" : "create";
        }

        // pre-processing newContent for cases where weaker models might add artifacts like markdown codeblock markers
        // (deepseek/llama) or extra escape characters (gemini)
        if (newContent.StartsWith("```", StringComparison.Ordinal))
        {
            // handles cases where it includes language specifiers like ```python ```js
            newContent = string.Join("\n", newContent.Split('\n').Skip(1));
        }

        if (newContent.EndsWith("```", StringComparison.Ordinal))
        {
            newContent = string.Join("\n", newContent.Split('\n').SkipLast(1));
        }

        if (!cline.Api.GetModel().Id.Contains("claude", StringComparison.Ordinal))
        {
            newContent = TextNormalization.UnescapeHtmlEntities(newContent);
        }

        // Determine if the path is outside the workspace
        var fullPath = JsString.Truthy(relPath) ? NodePath.Resolve(cline.Cwd, removeClosingTag("path", relPath)) : "";
        var isOutsideWorkspace = PathUtils.IsPathOutsideWorkspace(fullPath, cline.VsCode.WorkspaceFolders);

        JsObject SharedMessageProps() => new()
        {
            { "tool", fileExists ? "editedExistingFile" : "newFileCreated" },
            { "path", Paths.GetReadablePath(cline.Cwd, removeClosingTag("path", relPath)) },
            { "content", newContent },
            { "isOutsideWorkspace", isOutsideWorkspace },
            { "isProtected", isWriteProtected },
        };

        try
        {
            if (block.Partial)
            {
                // Check if preventFocusDisruption experiment is enabled
                var state = await cline.ProviderRef.GetStateAsync();
                var isPreventFocusDisruptionEnabled = Experiments.IsEnabled(
                    state?.Experiments ?? new Dictionary<string, bool>(),
                    Experiments.PreventFocusDisruption);

                if (!isPreventFocusDisruptionEnabled)
                {
                    // update gui message
                    var partialMessage = JsJson.Stringify(SharedMessageProps());
                    try
                    {
                        await cline.AskAsync("tool", partialMessage, block.Partial);
                    }
                    catch (Exception)
                    {
                        // .catch(() => {})
                    }

                    // update editor
                    if (!cline.DiffViewProvider.IsEditing)
                    {
                        // open the editor and prepare to stream content in
                        await cline.DiffViewProvider.OpenAsync(relPath!);
                    }

                    // editor is open, stream content in
                    await cline.DiffViewProvider.UpdateAsync(
                        ExtractText.EveryLineHasLineNumbers(newContent) ? ExtractText.StripLineNumbers(newContent) : newContent,
                        false);
                }

                return;
            }
            else
            {
                if (predictedLineCount is null)
                {
                    // Unreachable, as in Codex: parseInt never gives undefined (a missing line_count is "0").
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("write_to_file");

                    // Calculate the actual number of lines in the content
                    var actualLineCount = newContent.Split('\n').Length;

                    // Check if this is a new file or existing file
                    var isNewFile = !fileExists;

                    // Check if diffStrategy is enabled
                    var diffStrategyEnabled = cline.DiffStrategy is not null;

                    // Use more specific error message for line_count that provides guidance based on the situation
                    await cline.SayAsync(
                        "error",
                        $"Kilo Code tried to use write_to_file{(JsString.Truthy(relPath) ? $" for '{relPath!.ToPosix()}'" : "")} but the required parameter 'line_count' was missing or truncated after {actualLineCount} lines of content were written. Retrying...");

                    pushToolResult(FormatResponse.ToolError(
                        FormatResponse.LineCountTruncationError(actualLineCount, isNewFile, diffStrategyEnabled)));
                    await cline.DiffViewProvider.RevertChangesAsync();
                    return;
                }

                cline.ConsecutiveMistakeCount = 0;

                // Check if preventFocusDisruption experiment is enabled
                var state = await cline.ProviderRef.GetStateAsync();
                var diagnosticsEnabled = state?.DiagnosticsEnabled ?? true;
                var writeDelayMs = state?.WriteDelayMs ?? GlobalSettings.DefaultWriteDelayMs;
                var isPreventFocusDisruptionEnabled = Experiments.IsEnabled(
                    state?.Experiments ?? new Dictionary<string, bool>(),
                    Experiments.PreventFocusDisruption);

                if (isPreventFocusDisruptionEnabled)
                {
                    // Direct file write without diff view
                    // Check for code omissions before proceeding
                    if (DetectOmission.DetectCodeOmission(OrEmpty(cline.DiffViewProvider.OriginalContent), newContent, predictedLineCount.Value))
                    {
                        if (cline.DiffStrategy is not null)
                        {
                            pushToolResult(FormatResponse.ToolError(OmissionError(newContent, predictedLineCount.Value)));
                            return;
                        }
                        // else: vscode.window.showWarningMessage("Potential code truncation detected. cline happens
                        // when the AI reaches its max output limit.", "Follow cline guide to fix the issue") — a
                        // notification that changes nothing here (its guide opens only when the user picks it).
                    }

                    var message = SharedMessageProps();
                    message["content"] = newContent;
                    var completeMessage = JsJson.Stringify(message);

                    var didApprove = await askApproval("tool", completeMessage, null, isWriteProtected);

                    if (!didApprove)
                    {
                        return;
                    }

                    // Set up diffViewProvider properties needed for saveDirectly
                    cline.DiffViewProvider.EditType = fileExists ? "modify" : "create";
                    if (fileExists)
                    {
                        var absolutePath = NodePath.Resolve(cline.Cwd, relPath!);
                        cline.DiffViewProvider.OriginalContent = await NodeFs.ReadFileUtf8Async(absolutePath);
                    }
                    else
                    {
                        cline.DiffViewProvider.OriginalContent = "";
                    }

                    // Save directly without showing diff view or opening the file
                    await cline.DiffViewProvider.SaveDirectlyAsync(relPath!, newContent, false, diagnosticsEnabled, writeDelayMs);
                }
                else
                {
                    // Original behavior with diff view.
                    // If not editing yet, we have the full contents of the file already: the partial path may never have
                    // run (the block can arrive complete at once), so its logic is repeated here.
                    if (!cline.DiffViewProvider.IsEditing)
                    {
                        // show gui message before showing edit animation
                        var partialMessage = JsJson.Stringify(SharedMessageProps());
                        try
                        {
                            // sending true for partial even though it's not a partial: shows the edit row before the
                            // content is streamed into the editor
                            await cline.AskAsync("tool", partialMessage, true);
                        }
                        catch (Exception)
                        {
                            // .catch(() => {})
                        }
                        await cline.DiffViewProvider.OpenAsync(relPath!);
                    }

                    await cline.DiffViewProvider.UpdateAsync(
                        ExtractText.EveryLineHasLineNumbers(newContent) ? ExtractText.StripLineNumbers(newContent) : newContent,
                        true);

                    await JsTimers.Delay(300); // wait for diff view to update
                    cline.DiffViewProvider.ScrollToFirstDiff();

                    // Check for code omissions before proceeding
                    if (DetectOmission.DetectCodeOmission(OrEmpty(cline.DiffViewProvider.OriginalContent), newContent, predictedLineCount.Value))
                    {
                        if (cline.DiffStrategy is not null)
                        {
                            await cline.DiffViewProvider.RevertChangesAsync();

                            pushToolResult(FormatResponse.ToolError(OmissionError(newContent, predictedLineCount.Value)));
                            return;
                        }
                        // else: the truncation warning notification (see above).
                    }

                    var message = SharedMessageProps();
                    message["content"] = fileExists ? JsJson.Undefined : newContent;
                    message["diff"] = fileExists
                        ? FormatResponse.CreatePrettyPatch(relPath, cline.DiffViewProvider.OriginalContent, newContent)
                        : JsJson.Undefined;
                    var completeMessage = JsJson.Stringify(message);

                    var didApprove = await askApproval("tool", completeMessage, null, isWriteProtected);

                    if (!didApprove)
                    {
                        await cline.DiffViewProvider.RevertChangesAsync();
                        return;
                    }

                    // Call saveChanges to update the DiffViewProvider properties
                    await cline.DiffViewProvider.SaveChangesAsync(diagnosticsEnabled, writeDelayMs);
                }

                // Track file edit operation
                if (JsString.Truthy(relPath))
                {
                    await cline.FileContextTracker.TrackFileContextAsync(relPath!, "roo_edited");
                }

                cline.DidEditFile = true; // used to determine if we should wait for busy terminal to update before sending api request

                // Get the formatted response message
                var resultMessage = await cline.DiffViewProvider.PushToolWriteResultAsync(cline, cline.Cwd, !fileExists);

                pushToolResult(resultMessage);

                await cline.DiffViewProvider.ResetAsync();

                return;
            }
        }
        catch (Exception error)
        {
            await handleError("writing file", error);
            await cline.DiffViewProvider.ResetAsync();
        }
    }

    // `x || ""` for a string that may be undefined.
    private static string OrEmpty(string? s) => string.IsNullOrEmpty(s) ? "" : s;

    private static string OmissionError(string newContent, double predictedLineCount) =>
        $"Content appears to be truncated (file has {newContent.Split('\n').Length} lines but was predicted to have {JsJson.NumberToString(predictedLineCount)} lines), and found comments indicating omitted code (e.g., '// rest of code unchanged', '/* previous code */'). Please provide the complete file content without any omissions if possible, or otherwise use the 'apply_diff' tool to apply the diff to the original file.";
}
