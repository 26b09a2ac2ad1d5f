// Port of src/core/tools/multiApplyDiffTool.ts (Kilo Code 4.88.0): applyDiffTool, the apply_diff of the
// multiFileApplyDiff experiment. It reads <args><file><path/><diff><content/><start_line/></diff>…</file>…</args>
// (parseXmlForDiff) or the legacy path/diff/start_line parameters, checks every file, approves several files with
// one batch ask, applies each file's diffs with the array-based strategy and joins the outcomes.
// TelemetryService calls and console.error are not ported.
//
// JavaScript behaviour kept: operationsMap is a plain object, so its values come out with array-index keys
// ("0", "12", …) first in ascending order; a <path> whose text is a name of Object.prototype ("constructor",
// "__proto__", …) finds that member instead of an operation and the push onto it throws a TypeError (reported as
// a parse error); a <path> that is not text (repeated, or with child elements) is an object key by its string form
// and makes path.resolve throw Node's ERR_INVALID_ARG_TYPE TypeError when the file is checked.
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class MultiApplyDiffTool
{
    /// <summary>A file path as the XML gave it: text, or (Kind "Array" / "Object") a value JS uses by its string form.</summary>
    private sealed record PathValue(string Key, string? NonStringKind = null)
    {
        public bool IsString => NonStringKind is null;
    }

    /// <summary><c>DiffOperation</c></summary>
    private sealed class DiffOperation(PathValue path)
    {
        public PathValue Path { get; } = path;
        public List<DiffItem> Diff { get; } = [];
    }

    /// <summary><c>OperationResult</c> (updated in place: see updateOperationResult).</summary>
    private sealed class OperationResult(PathValue path, List<DiffItem> diffItems)
    {
        public PathValue Path { get; } = path;
        public string Status { get; set; } = "pending"; // "pending" | "approved" | "denied" | "blocked" | "error"
        public string? Error { get; set; }
        public string? Result { get; set; }
        public List<DiffItem> DiffItems { get; } = diffItems;
        public string? AbsolutePath { get; set; }
        public bool? FileExists { get; set; }
    }

    /// <summary><c>applyDiffTool(cline, block, askApproval, handleError, pushToolResult, removeClosingTag)</c>.</summary>
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        // Check if MULTI_FILE_APPLY_DIFF experiment is enabled
        var provider = cline.ProviderRef.Deref();
        if (provider is not null)
        {
            var providerState = await provider.GetStateAsync();
            var isMultiFileApplyDiffEnabled = Experiments.IsEnabled(
                providerState.Experiments ?? new Dictionary<string, bool>(),
                Experiments.MultiFileApplyDiff);

            // If experiment is disabled, use legacy tool
            if (!isMultiFileApplyDiffEnabled)
            {
                await ApplyDiffTool.RunAsync(cline, block, askApproval, handleError, pushToolResult, removeClosingTag);
                return;
            }
        }

        // Otherwise, continue with new multi-file implementation
        var argsXmlTag = block.Param("args");
        var legacyPath = block.Param("path");
        var legacyDiffContent = block.Param("diff");
        var legacyStartLineStr = block.Param("start_line");

        var operationsMap = new OperationsMap();
        var usingLegacyParams = false;
        var filteredOperationErrors = new List<string>();

        // Handle partial message first
        if (block.Partial)
        {
            var filePath = "";
            if (JsString.Truthy(argsXmlTag))
            {
                var match = FirstFilePath.Match(argsXmlTag!);
                if (match.Success)
                {
                    filePath = match.Groups[1].Value;
                }
            }
            else if (JsString.Truthy(legacyPath))
            {
                // Use legacy path if argsXmlTag is not present for partial messages
                filePath = legacyPath!;
            }

            var sharedMessageProps = new JsObject
            {
                { "tool", "appliedDiff" },
                { "path", Paths.GetReadablePath(cline.Cwd, filePath) },
            };
            var partialMessage = JsJson.Stringify(sharedMessageProps);
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

        if (JsString.Truthy(argsXmlTag))
        {
            // Parse file entries from XML (new way)
            try
            {
                // parseXmlForDiff rather than parseXml: HTML entities are not decoded, so the content matches the file
                // character for character.
                var parsed = Xml.ParseXmlForDiff(argsXmlTag!, ["file.diff.content"]);
                var parsedFile = Js.Get(parsed, "file");
                var files = parsedFile is JsonArray fileArray
                    ? fileArray.ToList()
                    : new List<JsonNode?> { parsedFile }.Where(Js.Truthy).ToList();

                foreach (var file in files)
                {
                    var filePathNode = Js.Get(file, "path");
                    var fileDiff = Js.Get(file, "diff");
                    if (!Js.Truthy(filePathNode) || !Js.Truthy(fileDiff)) continue;

                    var filePath = Js.ToPathValue(filePathNode!);

                    // Initialize the operation in the map if it doesn't exist
                    if (!operationsMap.Has(filePath.Key))
                    {
                        operationsMap.Add(new DiffOperation(filePath));
                    }

                    // Handle diff as either array or single element
                    var diffs = fileDiff is JsonArray diffArray ? diffArray.ToList() : [fileDiff];

                    for (int i = 0; i < diffs.Count; i++)
                    {
                        var diff = diffs[i];
                        string diffContent;
                        double? startLine;

                        // Ensure content is a string before storing it
                        diffContent = Js.Get(diff, "content") is JsonValue content && content.GetValueKind() == JsonValueKind.String
                            ? content.GetValue<string>()
                            : "";
                        var startLineNode = Js.Get(diff, "start_line");
                        startLine = Js.Truthy(startLineNode) ? JsNumber.ParseInt(Js.ToJsString(startLineNode!)) : null;

                        // Only add to operations if we have valid content
                        if (diffContent.Length > 0)
                        {
                            operationsMap.Get(filePath.Key).Diff.Add(new DiffItem(diffContent, startLine));
                        }
                    }
                }
            }
            catch (Exception error)
            {
                var errorMessage = error.Message;
                var detailedError = $@"Failed to parse apply_diff XML. This usually means:
1. The XML structure is malformed or incomplete
2. Missing required <file>, <path>, or <diff> tags
3. Invalid characters or encoding in the XML

Expected structure:
<args>
  <file>
    <path>relative/path/to/file.ext</path>
    <diff>
      <content>diff content here</content>
      <start_line>line number</start_line>
    </diff>
  </file>
</args>

Original error: {errorMessage}".ReplaceLineEndings("\n");
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("apply_diff");
                // TelemetryService.instance.captureDiffApplicationError(cline.taskId, cline.consecutiveMistakeCount)
                await cline.SayAsync("diff_error", $"Failed to parse apply_diff XML: {errorMessage}");
                pushToolResult(detailedError);
                return;
            }
        }
        else if (JsString.Truthy(legacyPath) && legacyDiffContent is not null)
        {
            // Handle legacy parameters (old way)
            usingLegacyParams = true;
            var operation = new DiffOperation(new PathValue(legacyPath!));
            operation.Diff.Add(new DiffItem(
                legacyDiffContent, // Unescaping will be handled later like new diffs
                JsString.Truthy(legacyStartLineStr) ? JsNumber.ParseInt(legacyStartLineStr) : null));
            operationsMap.Add(operation);
        }
        else
        {
            // Neither new XML args nor old path/diff params are sufficient
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("apply_diff");
            var errorMsg = await cline.SayAndCreateMissingParamErrorAsync(
                "apply_diff",
                "args (or legacy 'path' and 'diff' parameters)");
            pushToolResult(errorMsg);
            return;
        }

        // If no operations were extracted, bail out
        if (operationsMap.Count == 0)
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("apply_diff");
            pushToolResult(
                await cline.SayAndCreateMissingParamErrorAsync(
                    "apply_diff",
                    usingLegacyParams
                        ? "legacy 'path' and 'diff' (must be valid and non-empty)"
                        : "args (must contain at least one valid file element)"));
            return;
        }

        // Convert map to array of operations for processing
        var operations = operationsMap.Values();

        var operationResults = operations.Select(op => new OperationResult(op.Path, op.Diff)).ToList();

        // Function to update operation result
        void UpdateOperationResult(PathValue path, string status, string? error = null, string? result = null)
        {
            var opResult = operationResults.Find(r => ReferenceEquals(r.Path, path));
            if (opResult is not null)
            {
                opResult.Status = status;
                if (error is not null) opResult.Error = error;
                if (result is not null) opResult.Result = result;
            }
        }

        try
        {
            // First validate all files and prepare for batch approval
            var operationsToApprove = new List<OperationResult>();
            var allDiffErrors = new List<string>(); // Collect all diff errors

            foreach (var operation in operations)
            {
                var relPathValue = operation.Path;
                var relPath = relPathValue.Key;

                // Verify file access is allowed (a non-string path: the controller's path.resolve throws, which
                // validateAccess catches and allows; isWriteProtected catches and answers false)
                var accessAllowed = !relPathValue.IsString || (cline.RooIgnoreController?.ValidateAccess(relPath) ?? false);
                if (!accessAllowed)
                {
                    await cline.SayAsync("rooignore_error", relPath);
                    UpdateOperationResult(relPathValue, "blocked", error: FormatResponse.RooIgnoreError(relPath));
                    continue;
                }

                // Check if file is write-protected
                var isWriteProtected = relPathValue.IsString && (cline.RooProtectedController?.IsWriteProtected(relPath) ?? false);

                // Verify file exists
                if (!relPathValue.IsString)
                {
                    throw InvalidPathArgument(relPathValue);
                }
                var absolutePath = NodePath.Resolve(cline.Cwd, relPath);
                var fileExists = await Fs.FileExistsAtPathAsync(absolutePath);
                if (!fileExists)
                {
                    UpdateOperationResult(relPathValue, "blocked", error: $"File does not exist at path: {absolutePath}");
                    continue;
                }

                // Add to operations that need approval
                var opResult = operationResults.Find(r => ReferenceEquals(r.Path, relPathValue));
                if (opResult is not null)
                {
                    opResult.AbsolutePath = absolutePath;
                    opResult.FileExists = fileExists;
                    operationsToApprove.Add(opResult);
                }
            }

            // Handle batch approval if there are multiple files
            if (operationsToApprove.Count > 1)
            {
                // Check if any files are write-protected
                var hasProtectedFiles = operationsToApprove.Any(
                    opResult => cline.RooProtectedController?.IsWriteProtected(opResult.Path.Key) ?? false);

                // Prepare batch diff data
                var batchDiffs = operationsToApprove.Select(opResult =>
                {
                    var readablePath = Paths.GetReadablePath(cline.Cwd, opResult.Path.Key);
                    var changeCount = opResult.DiffItems.Count;
                    var changeText = changeCount == 1 ? "1 change" : $"{changeCount} changes";

                    return new JsObject
                    {
                        { "path", readablePath },
                        { "changeCount", changeCount },
                        { "key", $"{readablePath} ({changeText})" },
                        { "content", opResult.Path.Key }, // Full relative path
                        {
                            "diffs",
                            opResult.DiffItems.Select(item => new JsObject
                            {
                                { "content", item.Content },
                                { "startLine", JsJson.OrUndefined(item.StartLine) },
                            }).ToList()
                        },
                    };
                }).ToList();

                var completeMessage = JsJson.Stringify(new JsObject
                {
                    { "tool", "appliedDiff" },
                    { "batchDiffs", batchDiffs },
                    { "isProtected", hasProtectedFiles },
                });

                // Codex passes hasProtectedFiles as ask's `partial` argument: with a protected file the ask is partial
                // and throws (handled below by handleError).
                var answer = await cline.AskAsync("tool", completeMessage, hasProtectedFiles);
                var response = answer.Response;
                var text = answer.Text;
                var images = answer.Images;

                // Process batch response
                if (response == "yesButtonClicked")
                {
                    // Approve all files
                    if (JsString.Truthy(text))
                    {
                        await cline.SayAsync("user_feedback", text, images);
                    }
                    foreach (var opResult in operationsToApprove)
                    {
                        UpdateOperationResult(opResult.Path, "approved");
                    }
                }
                else if (response == "noButtonClicked")
                {
                    // Deny all files
                    if (JsString.Truthy(text))
                    {
                        await cline.SayAsync("user_feedback", text, images);
                    }
                    cline.DidRejectTool = true;
                    foreach (var opResult in operationsToApprove)
                    {
                        UpdateOperationResult(opResult.Path, "denied", result: $"Changes to {opResult.Path.Key} were not approved by user");
                    }
                }
                else
                {
                    // Handle individual permissions from objectResponse
                    try
                    {
                        var parsedResponse = JsJsonParse.Parse(JsString.Truthy(text) ? text! : "{}");
                        // Check if this is our batch diff approval response
                        if (JsValue.Get(parsedResponse, "action") is "applyDiff" && JsValue.Truthy(JsValue.Get(parsedResponse, "approvedFiles")))
                        {
                            var approvedFiles = JsValue.Get(parsedResponse, "approvedFiles");
                            var hasAnyDenial = false;

                            foreach (var opResult in operationsToApprove)
                            {
                                var approved = JsValue.Get(approvedFiles, opResult.Path.Key) is true;

                                if (approved)
                                {
                                    UpdateOperationResult(opResult.Path, "approved");
                                }
                                else
                                {
                                    hasAnyDenial = true;
                                    UpdateOperationResult(opResult.Path, "denied", result: $"Changes to {opResult.Path.Key} were not approved by user");
                                }
                            }

                            if (hasAnyDenial)
                            {
                                cline.DidRejectTool = true;
                            }
                        }
                        else
                        {
                            // Legacy individual permissions format
                            var individualPermissions = parsedResponse;
                            var hasAnyDenial = false;

                            for (int index = 0; index < batchDiffs.Count; index++)
                            {
                                var batchDiff = batchDiffs[index];
                                var opResult = operationsToApprove[index];
                                var approved = JsValue.Get(individualPermissions, (string)batchDiff["key"]!) is true;

                                if (approved)
                                {
                                    UpdateOperationResult(opResult.Path, "approved");
                                }
                                else
                                {
                                    hasAnyDenial = true;
                                    UpdateOperationResult(opResult.Path, "denied", result: $"Changes to {opResult.Path.Key} were not approved by user");
                                }
                            }

                            if (hasAnyDenial)
                            {
                                cline.DidRejectTool = true;
                            }
                        }
                    }
                    catch (Exception)
                    {
                        // Fallback: if JSON parsing fails, deny all files
                        // console.error("Failed to parse individual permissions:", error)
                        cline.DidRejectTool = true;
                        foreach (var opResult in operationsToApprove)
                        {
                            UpdateOperationResult(opResult.Path, "denied", result: $"Changes to {opResult.Path.Key} were not approved by user");
                        }
                    }
                }
            }
            else if (operationsToApprove.Count == 1)
            {
                // Single file approval - process immediately
                var opResult = operationsToApprove[0];
                UpdateOperationResult(opResult.Path, "approved");
            }

            // Process approved operations
            var results = new List<string>();

            foreach (var opResult in operationResults)
            {
                // Skip operations that weren't approved or were blocked
                if (opResult.Status != "approved")
                {
                    if (JsString.Truthy(opResult.Result))
                    {
                        results.Add(opResult.Result!);
                    }
                    else if (JsString.Truthy(opResult.Error))
                    {
                        results.Add(opResult.Error!);
                    }
                    continue;
                }

                var relPath = opResult.Path.Key;
                var diffItems = opResult.DiffItems;
                var absolutePath = opResult.AbsolutePath!;
                var fileExists = opResult.FileExists!.Value;

                try
                {
                    string? originalContent = await NodeFs.ReadFileUtf8Async(absolutePath);
                    var successCount = 0;
                    var formattedError = "";

                    // Pre-process all diff items for HTML entity unescaping if needed
                    IReadOnlyList<DiffItem> processedDiffItems = !cline.Api.GetModel().Id.Contains("claude", StringComparison.Ordinal)
                        ? diffItems.Select(item => item with
                        {
                            Content = JsString.Truthy(item.Content) ? TextNormalization.UnescapeHtmlEntities(item.Content) : item.Content,
                        }).ToList()
                        : diffItems;

                    // Apply all diffs at once with the array-based method
                    var diffResult = cline.DiffStrategy?.ApplyDiff(originalContent, processedDiffItems) ?? new DiffResult
                    {
                        Success = false,
                        Error = "No diff strategy available - please ensure a valid diff strategy is configured",
                    };

                    // Release the original content from memory as it's no longer needed
                    originalContent = null;

                    if (!diffResult.Success)
                    {
                        cline.ConsecutiveMistakeCount++;
                        var currentCount = cline.ConsecutiveMistakeCountForApplyDiff.GetValueOrDefault(relPath) + 1;
                        cline.ConsecutiveMistakeCountForApplyDiff[relPath] = currentCount;

                        // TelemetryService.instance.captureDiffApplicationError(cline.taskId, currentCount)

                        if (diffResult.FailParts is { Count: > 0 } failParts)
                        {
                            for (int i = 0; i < failParts.Count; i++)
                            {
                                var failPart = failParts[i];
                                if (failPart.Success)
                                {
                                    continue;
                                }

                                // Collect error for later reporting
                                allDiffErrors.Add($"{relPath} - Diff {i + 1}: {JsString.Interp(failPart.Error)}");

                                var errorDetails = ApplyDiffTool.DetailsJson(failPart.Details);
                                formattedError +=
                                    $"<error_details>\nDiff {i + 1} failed for file: {relPath}\nError: {JsString.Interp(failPart.Error)}\n\n" +
                                    "Suggested fixes:\n" +
                                    "1. Verify the search content exactly matches the file content (including whitespace and case)\n" +
                                    "2. Check for correct indentation and line endings\n" +
                                    "3. Use <read_file> to see the current file content\n" +
                                    "4. Consider breaking complex changes into smaller diffs\n" +
                                    "5. Ensure start_line parameter matches the actual content location\n" +
                                    (errorDetails.Length > 0 ? $"\nDetailed error information:\n{errorDetails}\n" : "") +
                                    "\n</error_details>\n\n";
                            }
                        }
                        else
                        {
                            var errorDetails = ApplyDiffTool.DetailsJson(diffResult.Details);
                            formattedError +=
                                $"<error_details>\nUnable to apply diffs to file: {absolutePath}\nError: {JsString.Interp(diffResult.Error)}\n\n" +
                                "Recovery suggestions:\n" +
                                "1. Use <read_file> to examine the current file content\n" +
                                "2. Verify the diff format matches the expected search/replace pattern\n" +
                                "3. Check that the search content exactly matches what's in the file\n" +
                                "4. Consider using line numbers with start_line parameter\n" +
                                "5. Break large changes into smaller, more specific diffs\n" +
                                (errorDetails.Length > 0 ? $"\nTechnical details:\n{errorDetails}\n" : "") +
                                "\n</error_details>\n\n";
                        }
                    }
                    else
                    {
                        // Get the content from the result and update success count
                        originalContent = JsString.Truthy(diffResult.Content) ? diffResult.Content : originalContent;
                        successCount = diffItems.Count - (diffResult.FailParts?.Count ?? 0);
                    }

                    // If no diffs were successfully applied, continue to next file
                    if (successCount == 0)
                    {
                        if (formattedError.Length > 0)
                        {
                            var currentCount = cline.ConsecutiveMistakeCountForApplyDiff.GetValueOrDefault(relPath);
                            if (currentCount >= 2)
                            {
                                await cline.SayAsync("diff_error", formattedError);
                            }
                            cline.RecordToolError("apply_diff", formattedError);
                            results.Add(formattedError);

                            // For single file operations, we need to send a complete message to stop the spinner
                            if (operationsToApprove.Count == 1)
                            {
                                var failedMessageProps = new JsObject
                                {
                                    { "tool", "appliedDiff" },
                                    { "path", Paths.GetReadablePath(cline.Cwd, relPath) },
                                    { "diff", string.Join("\n\n", diffItems.Select(item => item.Content)) },
                                };
                                // Send a complete message (partial: false) to update the UI and stop the spinner
                                try
                                {
                                    await cline.AskAsync("tool", JsJson.Stringify(failedMessageProps), false);
                                }
                                catch (Exception)
                                {
                                    // .catch(() => {})
                                }
                            }
                        }
                        continue;
                    }

                    cline.ConsecutiveMistakeCount = 0;
                    cline.ConsecutiveMistakeCountForApplyDiff.Remove(relPath);

                    // Check if preventFocusDisruption experiment is enabled
                    var state = await cline.ProviderRef.GetStateAsync();
                    var diagnosticsEnabled = state?.DiagnosticsEnabled ?? true;
                    var writeDelayMs = state?.WriteDelayMs ?? GlobalSettings.DefaultWriteDelayMs;
                    var isPreventFocusDisruptionEnabled = Experiments.IsEnabled(
                        state?.Experiments ?? new Dictionary<string, bool>(),
                        Experiments.PreventFocusDisruption);

                    // For batch operations, we've already gotten approval
                    var isWriteProtected = cline.RooProtectedController?.IsWriteProtected(relPath) ?? false;
                    var sharedMessageProps = new JsObject
                    {
                        { "tool", "appliedDiff" },
                        { "path", Paths.GetReadablePath(cline.Cwd, relPath) },
                        { "isProtected", isWriteProtected },
                    };

                    // If single file, handle based on PREVENT_FOCUS_DISRUPTION setting
                    var didApprove = true;
                    if (operationsToApprove.Count == 1)
                    {
                        // Prepare common data for single file operation
                        var diffContents = string.Join("\n\n", diffItems.Select(item => item.Content));
                        var operationMessageProps = new JsObject();
                        foreach (var (key, value) in sharedMessageProps) operationMessageProps[key] = value;
                        operationMessageProps["diff"] = diffContents;
                        var operationMessage = JsJson.Stringify(operationMessageProps);

                        ToolProgressStatus? toolProgressStatus = null;
                        if (cline.DiffStrategy is not null)
                        {
                            var progressBlock = (ToolUse)block.Clone();
                            progressBlock.Params["diff"] = diffContents;
                            toolProgressStatus = cline.DiffStrategy.GetProgressStatus(progressBlock, new DiffResult { Success = true });
                        }

                        // Set up diff view
                        cline.DiffViewProvider.EditType = "modify";

                        // Show diff view if focus disruption prevention is disabled
                        if (!isPreventFocusDisruptionEnabled)
                        {
                            await cline.DiffViewProvider.OpenAsync(relPath);
                            await cline.DiffViewProvider.UpdateAsync(originalContent!, true);
                            cline.DiffViewProvider.ScrollToFirstDiff();
                        }
                        else
                        {
                            // For direct save, we still need to set originalContent
                            cline.DiffViewProvider.OriginalContent = await NodeFs.ReadFileUtf8Async(absolutePath);
                        }

                        // Ask for approval (same for both flows)
                        var isWriteProtectedForAsk = cline.RooProtectedController?.IsWriteProtected(relPath) ?? false;
                        didApprove = await askApproval("tool", operationMessage, toolProgressStatus, isWriteProtectedForAsk);

                        if (!didApprove)
                        {
                            // Revert changes if diff view was shown
                            if (!isPreventFocusDisruptionEnabled)
                            {
                                await cline.DiffViewProvider.RevertChangesAsync();
                            }
                            results.Add($"Changes to {relPath} were not approved by user");
                            continue;
                        }

                        // Save the changes
                        if (isPreventFocusDisruptionEnabled)
                        {
                            // Direct file write without diff view or opening the file
                            await cline.DiffViewProvider.SaveDirectlyAsync(relPath, originalContent!, false, diagnosticsEnabled, writeDelayMs);
                        }
                        else
                        {
                            // Call saveChanges to update the DiffViewProvider properties
                            await cline.DiffViewProvider.SaveChangesAsync(diagnosticsEnabled, writeDelayMs);
                        }
                    }
                    else
                    {
                        // Batch operations - already approved above
                        if (isPreventFocusDisruptionEnabled)
                        {
                            // Direct file write without diff view or opening the file
                            cline.DiffViewProvider.EditType = "modify";
                            cline.DiffViewProvider.OriginalContent = await NodeFs.ReadFileUtf8Async(absolutePath);
                            await cline.DiffViewProvider.SaveDirectlyAsync(relPath, originalContent!, false, diagnosticsEnabled, writeDelayMs);
                        }
                        else
                        {
                            // Original behavior with diff view
                            cline.DiffViewProvider.EditType = "modify";
                            await cline.DiffViewProvider.OpenAsync(relPath);
                            await cline.DiffViewProvider.UpdateAsync(originalContent!, true);
                            cline.DiffViewProvider.ScrollToFirstDiff();

                            // Call saveChanges to update the DiffViewProvider properties
                            await cline.DiffViewProvider.SaveChangesAsync(diagnosticsEnabled, writeDelayMs);
                        }
                    }

                    // Track file edit operation
                    await cline.FileContextTracker.TrackFileContextAsync(relPath, "roo_edited");

                    // Used to determine if we should wait for busy terminal to update before sending api request
                    cline.DidEditFile = true;
                    var partFailHint = "";

                    if (successCount < diffItems.Count)
                    {
                        partFailHint = $"Unable to apply all diff parts to file: {absolutePath}";
                    }

                    // Get the formatted response message
                    var message = await cline.DiffViewProvider.PushToolWriteResultAsync(cline, cline.Cwd, !fileExists);

                    if (partFailHint.Length > 0)
                    {
                        results.Add(partFailHint + "\n" + message);
                    }
                    else
                    {
                        results.Add(message);
                    }

                    await cline.DiffViewProvider.ResetAsync();
                }
                catch (Exception error)
                {
                    var errorMsg = error.Message;
                    UpdateOperationResult(opResult.Path, "error", error: $"Error processing {relPath}: {errorMsg}");
                    results.Add($"Error processing {relPath}: {errorMsg}");
                }
            }

            // Add filtered operation errors to results
            if (filteredOperationErrors.Count > 0)
            {
                results.AddRange(filteredOperationErrors);
            }

            // Report all diff errors at once if any
            if (allDiffErrors.Count > 0)
            {
                await cline.SayAsync("diff_error", string.Join("\n", allDiffErrors));
            }

            // Check for single SEARCH/REPLACE block warning
            var totalSearchBlocks = 0;
            foreach (var operation in operations)
            {
                foreach (var diffItem in operation.Diff)
                {
                    totalSearchBlocks += ApplyDiffTool.CountSearchMarkers(diffItem.Content);
                }
            }

            var singleBlockNotice = totalSearchBlocks == 1 ? ApplyDiffTool.SingleBlockNotice : "";

            // Push the final result combining all operation results
            pushToolResult(string.Join("\n\n", results) + singleBlockNotice);
        }
        catch (Exception error)
        {
            await handleError("applying diff", error);
            await cline.DiffViewProvider.ResetAsync();
        }
    }

    /// <summary>/&lt;file&gt;.*?&lt;path&gt;([^&lt;]+)&lt;\/path&gt;/s</summary>
    private static readonly Regex FirstFilePath = new("<file>.*?<path>([^<]+)</path>", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>Node's ERR_INVALID_ARG_TYPE from <c>path.resolve(cline.cwd, relPath)</c> for a path that is no string.</summary>
    private static JsError InvalidPathArgument(PathValue path) =>
        new("TypeError", $"The \"paths[1]\" argument must be of type string. Received an instance of {path.NonStringKind}",
            new JsObject { { "code", "ERR_INVALID_ARG_TYPE" } });

    /// <summary>
    /// <c>operationsMap: Record&lt;string, DiffOperation&gt;</c> with a plain object's semantics: Object.values lists
    /// array-index keys first (ascending), then the rest in insertion order; Object.prototype's members are found for
    /// their names (a function, or the prototype for "__proto__"), which have no <c>diff</c> array to push onto.
    /// </summary>
    private sealed class OperationsMap
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, DiffOperation> _values = new(StringComparer.Ordinal);

        private static readonly HashSet<string> PrototypeMembers = new(StringComparer.Ordinal)
        {
            "__proto__", "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
            "toString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
        };

        public int Count => _order.Count;

        /// <summary><c>!!operationsMap[key]</c></summary>
        public bool Has(string key) => _values.ContainsKey(key) || PrototypeMembers.Contains(key);

        public void Add(DiffOperation operation)
        {
            if (!_values.ContainsKey(operation.Path.Key)) _order.Add(operation.Path.Key);
            _values[operation.Path.Key] = operation;
        }

        /// <summary><c>operationsMap[key]</c>, for <c>.diff.push(…)</c>.</summary>
        public DiffOperation Get(string key) =>
            _values.TryGetValue(key, out var operation)
                ? operation
                : throw new JsTypeError("Cannot read properties of undefined (reading 'push')");

        /// <summary><c>Object.values(operationsMap)</c></summary>
        public List<DiffOperation> Values() =>
            _order.Where(k => ArrayIndex(k) is not null).OrderBy(k => ArrayIndex(k)!.Value)
                .Concat(_order.Where(k => ArrayIndex(k) is null))
                .Select(k => _values[k])
                .ToList();

        /// <summary>The array index a property key stands for (canonical decimal below 2^32 - 1), or null.</summary>
        private static uint? ArrayIndex(string key)
        {
            if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0')) return null;
            foreach (var c in key) if (c is < '0' or > '9') return null;
            var n = ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
            return n < uint.MaxValue ? (uint)n : null;
        }
    }

    /// <summary>JavaScript reads of the parsed XML (strings, arrays and objects only).</summary>
    private static class Js
    {
        /// <summary><c>node.key</c> for a node that is not null or undefined (strings and arrays have no such keys).</summary>
        public static JsonNode? Get(JsonNode? node, string key) =>
            node is JsonObject o && o.TryGetPropertyValue(key, out var value) ? value : null;

        public static bool Truthy(JsonNode? node) => node switch
        {
            null => false,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValue v => v.GetValueKind() is not (JsonValueKind.False or JsonValueKind.Null),
            _ => true,
        };

        /// <summary><c>String(node)</c></summary>
        public static string ToJsString(JsonNode? node) => node switch
        {
            null => "undefined",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v => v.ToJsonString(),
            JsonArray a => string.Join(",", a.Select(e => e is null ? "" : ToJsString(e))),
            _ => "[object Object]",
        };

        public static PathValue ToPathValue(JsonNode node) => node switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => new PathValue(v.GetValue<string>()),
            JsonArray => new PathValue(ToJsString(node), "Array"),
            _ => new PathValue(ToJsString(node), "Object"),
        };
    }
}
