// Port of src/core/tools/insertContentTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Diff;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class InsertContentTool
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
        var line = block.Param("line");
        var content = block.Param("content");

        // lineNumber: line ? parseInt(line, 10) : undefined — the key is there either way.
        JsObject SharedMessageProps() => new()
        {
            { "tool", "insertContent" },
            { "path", Paths.GetReadablePath(cline.Cwd, removeClosingTag("path", relPath)) },
            { "diff", JsJson.OrUndefined(content) },
            { "lineNumber", JsString.Truthy(line) ? JsNumber.ParseInt(line, 10) : JsJson.Undefined },
        };

        try
        {
            if (block.Partial)
            {
                try
                {
                    await cline.AskAsync("tool", JsJson.Stringify(SharedMessageProps()), block.Partial);
                }
                catch (Exception)
                {
                    // .catch(() => {})
                }
                return;
            }

            // Validate required parameters
            if (!JsString.Truthy(relPath))
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("insert_content");
                pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("insert_content", "path"));
                return;
            }

            if (!JsString.Truthy(line))
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("insert_content");
                pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("insert_content", "line"));
                return;
            }

            if (content is null)
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("insert_content");
                pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("insert_content", "content"));
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

            var absolutePath = NodePath.Resolve(cline.Cwd, relPath!);
            var lineNumber = JsNumber.ParseInt(line, 10);
            if (double.IsNaN(lineNumber) || lineNumber < 0)
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("insert_content");
                pushToolResult(FormatResponse.ToolError("Invalid line number. Must be a non-negative integer."));
                return;
            }

            var fileExists = await Fs.FileExistsAtPathAsync(absolutePath);
            var fileContent = "";
            if (!fileExists)
            {
                if (lineNumber > 1)
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("insert_content");
                    var formattedError = $"Cannot insert content at line {JsJson.NumberToString(lineNumber)} into a non-existent file. For new files, 'line' must be 0 (to append) or 1 (to insert at the beginning).";
                    await cline.SayAsync("error", formattedError);
                    pushToolResult(formattedError);
                    return;
                }
            }
            else
            {
                fileContent = await NodeFs.ReadFileUtf8Async(absolutePath);
            }

            cline.ConsecutiveMistakeCount = 0;

            cline.DiffViewProvider.EditType = fileExists ? "modify" : "create";
            cline.DiffViewProvider.OriginalContent = fileContent;
            string[] lines = fileExists ? fileContent.Split('\n') : [];

            // index lineNumber - 1: -1 (line 0) appends; any index past the end inserts at the end.
            var index = (int)Math.Min(lineNumber - 1, int.MaxValue);
            var updatedContent = string.Join("\n", InsertGroups.Insert(lines, [new InsertGroup(index, content.Split('\n'))]));

            // Check if preventFocusDisruption experiment is enabled
            var state = await cline.ProviderRef.GetStateAsync();
            var diagnosticsEnabled = state?.DiagnosticsEnabled ?? true;
            var writeDelayMs = state?.WriteDelayMs ?? GlobalSettings.DefaultWriteDelayMs;
            var isPreventFocusDisruptionEnabled = Experiments.IsEnabled(
                state?.Experiments ?? new Dictionary<string, bool>(),
                Experiments.PreventFocusDisruption);

            // For consistency with writeToFileTool, handle new files differently
            string? diff;
            string? approvalContent;

            if (fileExists)
            {
                // For existing files, generate diff and check for changes
                diff = FormatResponse.CreatePrettyPatch(relPath, fileContent, updatedContent);
                if (diff.Length == 0)
                {
                    pushToolResult($"No changes needed for '{relPath}'");
                    return;
                }
                approvalContent = null;
            }
            else
            {
                // For new files, skip diff generation and provide full content
                diff = null;
                approvalContent = updatedContent;
            }

            // Prepare the approval message (same for both flows)
            var message = SharedMessageProps();
            message["diff"] = JsJson.OrUndefined(diff);
            message["content"] = JsJson.OrUndefined(approvalContent);
            message["lineNumber"] = lineNumber;
            message["isProtected"] = isWriteProtected;
            var completeMessage = JsJson.Stringify(message);

            // Show diff view if focus disruption prevention is disabled
            if (!isPreventFocusDisruptionEnabled)
            {
                await cline.DiffViewProvider.OpenAsync(relPath!);
                await cline.DiffViewProvider.UpdateAsync(updatedContent, true);
                cline.DiffViewProvider.ScrollToFirstDiff();
            }

            // Ask for approval (same for both flows). Codex passes isWriteProtected as ask's `partial` argument: for a
            // protected file the ask is partial, which throws (caught below).
            var didApprove = (await cline.AskAsync("tool", completeMessage, isWriteProtected)).Response == "yesButtonClicked";

            if (!didApprove)
            {
                // Revert changes if diff view was shown
                if (!isPreventFocusDisruptionEnabled)
                {
                    await cline.DiffViewProvider.RevertChangesAsync();
                }
                pushToolResult("Changes were rejected by the user.");
                await cline.DiffViewProvider.ResetAsync();
                return;
            }

            // Save the changes
            if (isPreventFocusDisruptionEnabled)
            {
                // Direct file write without diff view or opening the file
                await cline.DiffViewProvider.SaveDirectlyAsync(relPath!, updatedContent, false, diagnosticsEnabled, writeDelayMs);
            }
            else
            {
                // Call saveChanges to update the DiffViewProvider properties
                await cline.DiffViewProvider.SaveChangesAsync(diagnosticsEnabled, writeDelayMs);
            }

            // Track file edit operation
            if (JsString.Truthy(relPath))
            {
                await cline.FileContextTracker.TrackFileContextAsync(relPath!, "roo_edited");
            }

            cline.DidEditFile = true;

            // Get the formatted response message
            var resultMessage = await cline.DiffViewProvider.PushToolWriteResultAsync(cline, cline.Cwd, !fileExists);

            pushToolResult(resultMessage);

            await cline.DiffViewProvider.ResetAsync();
        }
        catch (Exception error)
        {
            _ = handleError("insert content", error); // not awaited in Codex
            await cline.DiffViewProvider.ResetAsync();
        }
    }
}
