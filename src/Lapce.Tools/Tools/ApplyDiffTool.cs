// Port of src/core/tools/applyDiffTool.ts (Kilo Code 4.88.0): applyDiffToolLegacy, the single-file apply_diff
// (path, diff, start_line) that presentAssistantMessage runs unless the multiFileApplyDiff experiment is on.
// TelemetryService calls are not ported (no telemetry in this port).
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class ApplyDiffTool
{
    /// <summary>The notice appended to the result when the diff holds exactly one SEARCH block.</summary>
    public const string SingleBlockNotice =
        "\n<notice>Making multiple related changes in a single apply_diff is more efficient. If other changes are needed in this file, please include them as additional SEARCH/REPLACE blocks.</notice>";

    /// <summary><c>applyDiffToolLegacy(cline, block, askApproval, handleError, pushToolResult, removeClosingTag)</c>.</summary>
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var relPath = block.Param("path");
        var diffContent = block.Param("diff");

        if (JsString.Truthy(diffContent) && !cline.Api.GetModel().Id.Contains("claude", StringComparison.Ordinal))
        {
            diffContent = TextNormalization.UnescapeHtmlEntities(diffContent!);
        }

        var sharedMessageProps = new JsObject
        {
            { "tool", "appliedDiff" },
            { "path", Paths.GetReadablePath(cline.Cwd, removeClosingTag("path", relPath)) },
            { "diff", JsJson.OrUndefined(diffContent) },
        };

        try
        {
            if (block.Partial)
            {
                // Update GUI message
                ToolProgressStatus? toolProgressStatus = null;

                if (cline.DiffStrategy is not null)
                {
                    toolProgressStatus = cline.DiffStrategy.GetProgressStatus(block);
                }

                if (toolProgressStatus is not null && IsEmpty(toolProgressStatus))
                {
                    return;
                }

                try
                {
                    await cline.AskAsync("tool", JsJson.Stringify(sharedMessageProps), block.Partial, toolProgressStatus);
                }
                catch (Exception)
                {
                    // .catch(() => {})
                }

                return;
            }
            else
            {
                if (!JsString.Truthy(relPath))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("apply_diff");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("apply_diff", "path"));
                    return;
                }

                if (!JsString.Truthy(diffContent))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("apply_diff");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("apply_diff", "diff"));
                    return;
                }

                var validRelPath = relPath!;
                var validDiffContent = diffContent!;

                var accessAllowed = cline.RooIgnoreController?.ValidateAccess(validRelPath) ?? false;

                if (!accessAllowed)
                {
                    await cline.SayAsync("rooignore_error", validRelPath);
                    pushToolResult(FormatResponse.ToolError(FormatResponse.RooIgnoreError(validRelPath)));
                    return;
                }

                var absolutePath = NodePath.Resolve(cline.Cwd, validRelPath);
                var fileExists = await Fs.FileExistsAtPathAsync(absolutePath);

                if (!fileExists)
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("apply_diff");
                    var formattedError =
                        $"File does not exist at path: {absolutePath}\n\n<error_details>\nThe specified file could not be found. Please verify the file path and try again.\n</error_details>";
                    await cline.SayAsync("error", formattedError);
                    pushToolResult(formattedError);
                    return;
                }

                string originalContent = await NodeFs.ReadFileUtf8Async(absolutePath);

                // Apply the diff to the original content
                var diffResult = cline.DiffStrategy?.ApplyDiff(
                    originalContent,
                    validDiffContent,
                    JsNumber.ParseInt(block.Param("start_line") ?? "")) ?? new DiffResult
                {
                    Success = false,
                    Error = "No diff strategy available",
                };

                if (!diffResult.Success)
                {
                    cline.ConsecutiveMistakeCount++;
                    var currentCount = (cline.ConsecutiveMistakeCountForApplyDiff.GetValueOrDefault(validRelPath)) + 1;
                    cline.ConsecutiveMistakeCountForApplyDiff[validRelPath] = currentCount;
                    var formattedError = "";
                    // TelemetryService.instance.captureDiffApplicationError(cline.taskId, currentCount)

                    if (diffResult.FailParts is { Count: > 0 } failParts)
                    {
                        foreach (var failPart in failParts)
                        {
                            if (failPart.Success)
                            {
                                continue;
                            }

                            var errorDetails = DetailsJson(failPart.Details);

                            formattedError =
                                $"<error_details>\n{JsString.Interp(failPart.Error)}{(errorDetails.Length > 0 ? $"\n\nDetails:\n{errorDetails}" : "")}\n</error_details>";
                        }
                    }
                    else
                    {
                        var errorDetails = DetailsJson(diffResult.Details);

                        formattedError =
                            $"Unable to apply diff to file: {absolutePath}\n\n<error_details>\n{JsString.Interp(diffResult.Error)}{(errorDetails.Length > 0 ? $"\n\nDetails:\n{errorDetails}" : "")}\n</error_details>";
                    }

                    if (currentCount >= 2)
                    {
                        await cline.SayAsync("diff_error", formattedError);
                    }

                    cline.RecordToolError("apply_diff", formattedError);

                    pushToolResult(formattedError);
                    return;
                }

                cline.ConsecutiveMistakeCount = 0;
                cline.ConsecutiveMistakeCountForApplyDiff.Remove(validRelPath);

                // Check if preventFocusDisruption experiment is enabled
                var state = await cline.ProviderRef.GetStateAsync();
                var diagnosticsEnabled = state?.DiagnosticsEnabled ?? true;
                var writeDelayMs = state?.WriteDelayMs ?? GlobalSettings.DefaultWriteDelayMs;
                var isPreventFocusDisruptionEnabled = Experiments.IsEnabled(
                    state?.Experiments ?? new Dictionary<string, bool>(),
                    Experiments.PreventFocusDisruption);

                // Check if file is write-protected
                var isWriteProtected = cline.RooProtectedController?.IsWriteProtected(validRelPath) ?? false;

                // (diffResult.content: a successful result always carries content)
                var newContent = diffResult.Content ?? "";

                if (isPreventFocusDisruptionEnabled)
                {
                    // Direct file write without diff view
                    var completeMessage = JsJson.Stringify(CompleteMessage(sharedMessageProps, validDiffContent, isWriteProtected));

                    ToolProgressStatus? toolProgressStatus = null;

                    if (cline.DiffStrategy is not null)
                    {
                        toolProgressStatus = cline.DiffStrategy.GetProgressStatus(block, diffResult);
                    }

                    var didApprove = await askApproval("tool", completeMessage, toolProgressStatus, isWriteProtected);

                    if (!didApprove)
                    {
                        return;
                    }

                    // Save directly without showing diff view or opening the file
                    cline.DiffViewProvider.EditType = "modify";
                    cline.DiffViewProvider.OriginalContent = originalContent;
                    await cline.DiffViewProvider.SaveDirectlyAsync(validRelPath, newContent, false, diagnosticsEnabled, writeDelayMs);
                }
                else
                {
                    // Original behavior with diff view
                    // Show diff view before asking for approval
                    cline.DiffViewProvider.EditType = "modify";
                    await cline.DiffViewProvider.OpenAsync(validRelPath);
                    await cline.DiffViewProvider.UpdateAsync(newContent, true);
                    cline.DiffViewProvider.ScrollToFirstDiff();

                    var completeMessage = JsJson.Stringify(CompleteMessage(sharedMessageProps, validDiffContent, isWriteProtected));

                    ToolProgressStatus? toolProgressStatus = null;

                    if (cline.DiffStrategy is not null)
                    {
                        toolProgressStatus = cline.DiffStrategy.GetProgressStatus(block, diffResult);
                    }

                    var didApprove = await askApproval("tool", completeMessage, toolProgressStatus, isWriteProtected);

                    if (!didApprove)
                    {
                        await cline.DiffViewProvider.RevertChangesAsync(); // Cline likely handles closing the diff view
                        return;
                    }

                    // Call saveChanges to update the DiffViewProvider properties
                    await cline.DiffViewProvider.SaveChangesAsync(diagnosticsEnabled, writeDelayMs);
                }

                // Track file edit operation
                await cline.FileContextTracker.TrackFileContextAsync(validRelPath, "roo_edited");

                // Used to determine if we should wait for busy terminal to update before sending api request
                cline.DidEditFile = true;
                var partFailHint = "";

                if (diffResult.FailParts is { Count: > 0 })
                {
                    partFailHint =
                        $"But unable to apply all diff parts to file: {absolutePath}, silently use <read_file> tool to check newest file version and re-apply diffs\n";
                }

                // Get the formatted response message
                var message = await cline.DiffViewProvider.PushToolWriteResultAsync(cline, cline.Cwd, !fileExists);

                // Check for single SEARCH/REPLACE block warning
                var searchBlocks = CountSearchMarkers(validDiffContent);
                var singleBlockNotice = searchBlocks == 1 ? SingleBlockNotice : "";

                if (partFailHint.Length > 0)
                {
                    pushToolResult(partFailHint + message + singleBlockNotice);
                }
                else
                {
                    pushToolResult(message + singleBlockNotice);
                }

                await cline.DiffViewProvider.ResetAsync();

                return;
            }
        }
        catch (Exception error)
        {
            await handleError("applying diff", error);
            await cline.DiffViewProvider.ResetAsync();
        }
    }

    /// <summary><c>{ ...sharedMessageProps, diff: diffContent, isProtected }</c>.</summary>
    private static JsObject CompleteMessage(JsObject sharedMessageProps, string diffContent, bool isProtected)
    {
        var message = new JsObject();
        foreach (var (key, value) in sharedMessageProps) message[key] = value;
        message["diff"] = diffContent;
        message["isProtected"] = isProtected;
        return message;
    }

    /// <summary><c>Object.keys(toolProgressStatus).length === 0</c> (absent properties are null).</summary>
    private static bool IsEmpty(ToolProgressStatus status) => status.Icon is null && status.Text is null;

    /// <summary><c>(diffContent.match(/&lt;&lt;&lt;&lt;&lt;&lt;&lt; SEARCH/g) || []).length</c>.</summary>
    public static int CountSearchMarkers(string content)
    {
        const string marker = "<<<<<<< SEARCH";
        int count = 0;
        for (int i = content.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = content.IndexOf(marker, i + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    /// <summary><c>details ? JSON.stringify(details, null, 2) : ""</c>.</summary>
    public static string DetailsJson(DiffResultDetails? details)
    {
        if (details is null) return "";
        var obj = new JsObject();
        if (details.Similarity is { } similarity) obj["similarity"] = similarity;
        if (details.Threshold is { } threshold) obj["threshold"] = threshold;
        if (details.MatchedRange is { } range) obj["matchedRange"] = new JsObject { { "start", range.Start }, { "end", range.End } };
        if (details.SearchContent is { } searchContent) obj["searchContent"] = searchContent;
        if (details.BestMatch is { } bestMatch) obj["bestMatch"] = bestMatch;
        return JsJson.Stringify(obj, 2) ?? "";
    }
}
