// Port of src/core/tools/searchAndReplaceTool.ts (Kilo Code 4.88.0): search and replace in a file, literal or as a
// JavaScript regular expression (JsRegExp), case-sensitive or not, optionally within a line range.
using System.Text.RegularExpressions;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class SearchAndReplaceTool
{
    /// <summary>Validates the required parameters; false (with the result pushed) when one is missing.</summary>
    private static async Task<bool> ValidateParamsAsync(
        ClineTask cline,
        string? relPath,
        string? search,
        string? replace,
        PushToolResult pushToolResult)
    {
        if (!JsString.Truthy(relPath))
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("search_and_replace");
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("search_and_replace", "path"));
            return false;
        }

        if (!JsString.Truthy(search))
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("search_and_replace");
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("search_and_replace", "search"));
            return false;
        }

        if (replace is null)
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("search_and_replace");
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("search_and_replace", "replace"));
            return false;
        }

        return true;
    }

    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        // Extract and validate parameters
        var relPath = block.Param("path");
        var search = block.Param("search");
        var replace = block.Param("replace");
        var useRegex = block.Param("use_regex") == "true";
        var ignoreCase = block.Param("ignore_case") == "true";
        double? startLine = JsString.Truthy(block.Param("start_line")) ? JsNumber.ParseInt(block.Param("start_line"), 10) : null;
        double? endLine = JsString.Truthy(block.Param("end_line")) ? JsNumber.ParseInt(block.Param("end_line"), 10) : null;

        try
        {
            // Handle partial tool use
            if (block.Partial)
            {
                var partialMessageProps = new JsObject
                {
                    { "tool", "searchAndReplace" },
                    { "path", Paths.GetReadablePath(cline.Cwd, removeClosingTag("path", relPath)) },
                    { "search", removeClosingTag("search", search) },
                    { "replace", removeClosingTag("replace", replace) },
                    { "useRegex", block.Param("use_regex") == "true" },
                    { "ignoreCase", block.Param("ignore_case") == "true" },
                    { "startLine", JsJson.OrUndefined(startLine) },
                    { "endLine", JsJson.OrUndefined(endLine) },
                };
                try
                {
                    await cline.AskAsync("tool", JsJson.Stringify(partialMessageProps), block.Partial);
                }
                catch (Exception)
                {
                    // .catch(() => {})
                }
                return;
            }

            // Validate required parameters
            if (!await ValidateParamsAsync(cline, relPath, search, replace, pushToolResult))
            {
                return;
            }

            // At this point we know relPath, search and replace are defined
            var validRelPath = relPath!;
            var validSearch = search!;
            var validReplace = replace!;

            var sharedMessageProps = new JsObject
            {
                { "tool", "searchAndReplace" },
                { "path", Paths.GetReadablePath(cline.Cwd, validRelPath) },
                { "search", validSearch },
                { "replace", validReplace },
                { "useRegex", useRegex },
                { "ignoreCase", ignoreCase },
                { "startLine", JsJson.OrUndefined(startLine) },
                { "endLine", JsJson.OrUndefined(endLine) },
            };

            var accessAllowed = cline.RooIgnoreController?.ValidateAccess(validRelPath) ?? false;

            if (!accessAllowed)
            {
                await cline.SayAsync("rooignore_error", validRelPath);
                pushToolResult(FormatResponse.ToolError(FormatResponse.RooIgnoreError(validRelPath)));
                return;
            }

            // Check if file is write-protected
            var isWriteProtected = cline.RooProtectedController?.IsWriteProtected(validRelPath) ?? false;

            var absolutePath = NodePath.Resolve(cline.Cwd, validRelPath);
            var fileExists = await Fs.FileExistsAtPathAsync(absolutePath);

            if (!fileExists)
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("search_and_replace");
                var formattedError = FormatResponse.ToolError(
                    $"File does not exist at path: {absolutePath}\nThe specified file could not be found. Please verify the file path and try again.");
                await cline.SayAsync("error", formattedError);
                pushToolResult(formattedError);
                return;
            }

            // Reset consecutive mistakes since all validations passed
            cline.ConsecutiveMistakeCount = 0;

            // Read and process file content
            string fileContent;
            try
            {
                fileContent = await NodeFs.ReadFileUtf8Async(absolutePath);
            }
            catch (Exception error)
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("search_and_replace");
                var errorMessage = $"Error reading file: {absolutePath}\nFailed to read the file content: {error.Message}\nPlease verify file permissions and try again.";
                var formattedError = FormatResponse.ToolError(errorMessage);
                await cline.SayAsync("error", formattedError);
                pushToolResult(formattedError);
                return;
            }

            // Create search pattern and perform replacement
            var flags = ignoreCase ? "gi" : "g";
            var searchPattern = useRegex ? NewRegExp(validSearch, flags) : NewRegExp(EscapeRegExp(validSearch), flags);

            string newContent;
            if (startLine is not null || endLine is not null)
            {
                // Handle line-specific replacement
                var lines = fileContent.Split('\n');
                var start = Math.Max((startLine ?? 1) - 1, 0);
                var end = Math.Min((endLine ?? lines.Length) - 1, lines.Length - 1);

                // Get content before and after target section
                var beforeLines = JsNumber.Slice(lines, 0, start);
                var afterLines = JsNumber.Slice(lines, end + 1);

                // Get and modify target section
                var targetContent = string.Join("\n", JsNumber.Slice(lines, start, end + 1));
                var modifiedContent = JsRegExp.Replace(searchPattern, targetContent, validReplace, global: true);
                var modifiedLines = modifiedContent.Split('\n');

                // Reconstruct full content
                newContent = string.Join("\n", [.. beforeLines, .. modifiedLines, .. afterLines]);
            }
            else
            {
                // Global replacement
                newContent = JsRegExp.Replace(searchPattern, fileContent, validReplace, global: true);
            }

            // Initialize diff view
            cline.DiffViewProvider.EditType = "modify";
            cline.DiffViewProvider.OriginalContent = fileContent;

            // Generate and validate diff
            var diff = FormatResponse.CreatePrettyPatch(validRelPath, fileContent, newContent);
            if (diff.Length == 0)
            {
                pushToolResult($"No changes needed for '{relPath}'");
                await cline.DiffViewProvider.ResetAsync();
                return;
            }

            // Check if preventFocusDisruption experiment is enabled
            var state = await cline.ProviderRef.GetStateAsync();
            var diagnosticsEnabled = state?.DiagnosticsEnabled ?? true;
            var writeDelayMs = state?.WriteDelayMs ?? GlobalSettings.DefaultWriteDelayMs;
            var isPreventFocusDisruptionEnabled = Experiments.IsEnabled(
                state?.Experiments ?? new Dictionary<string, bool>(),
                Experiments.PreventFocusDisruption);

            sharedMessageProps["diff"] = diff;
            sharedMessageProps["isProtected"] = isWriteProtected;
            var completeMessage = JsJson.Stringify(sharedMessageProps);

            // Show diff view if focus disruption prevention is disabled
            if (!isPreventFocusDisruptionEnabled)
            {
                await cline.DiffViewProvider.OpenAsync(validRelPath);
                await cline.DiffViewProvider.UpdateAsync(newContent, true);
                cline.DiffViewProvider.ScrollToFirstDiff();
            }

            // Codex passes isWriteProtected as ask's `partial` argument: for a protected file the ask is partial, which
            // throws (caught below).
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
                await cline.DiffViewProvider.SaveDirectlyAsync(validRelPath, newContent, false, diagnosticsEnabled, writeDelayMs);
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
            var message = await cline.DiffViewProvider.PushToolWriteResultAsync(
                cline,
                cline.Cwd,
                false); // Always false for search_and_replace

            pushToolResult(message);

            // Record successful tool usage and cleanup
            cline.RecordToolUsage("search_and_replace");
            await cline.DiffViewProvider.ResetAsync();
        }
        catch (Exception error)
        {
            _ = handleError("search and replace", error); // not awaited in Codex
            await cline.DiffViewProvider.ResetAsync();
        }
    }

    /// <summary><c>new RegExp(pattern, flags)</c>: a SyntaxError (V8's message) for an invalid pattern.</summary>
    private static Regex NewRegExp(string pattern, string flags) => JsRegExp.CreateOrThrowSyntaxError(pattern, flags);

    /// <summary>Escapes special regex characters: <c>input.replace(/[.*+?^${}()|[\]\\]/g, "\\$&amp;")</c>.</summary>
    private static string EscapeRegExp(string input) => SpecialChars.Replace(input, @"\$&");

    private static readonly Regex SpecialChars = new(@"[.*+?^${}()|[\]\\]", RegexOptions.CultureInvariant);
}
