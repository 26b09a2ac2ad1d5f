// Port of src/core/tools/readFileTool.ts (Kilo Code 4.88.0): getReadFileToolDescription and readFileTool.
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lapce.Tools.Integrations.Misc;
using Lapce.Tools.Prompts;
using Lapce.Tools.Services.TreeSitter;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Tools.Helpers;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static partial class ReadFileTool
{
    /// <summary><c>getReadFileToolDescription(blockName, blockParams)</c>: multi-file <c>args</c> or a legacy single <c>path</c>.</summary>
    public static string GetReadFileToolDescription(string blockName, IReadOnlyDictionary<string, string> blockParams)
    {
        var args = blockParams.GetValueOrDefault("args");
        var path = blockParams.GetValueOrDefault("path");
        // Handle both single path and multiple files via args
        if (JsString.Truthy(args))
        {
            try
            {
                var files = FileElements(Xml.ParseXml(args!));
                // files.map((f) => f?.path).filter(Boolean)
                var paths = files
                    .Select(f => f is JsonObject fo && fo.TryGetPropertyValue("path", out var p) ? p : null)
                    .Where(IsTruthy)
                    .Select(ToJsString)
                    .ToList();

                if (paths.Count == 0)
                {
                    return $"[{blockName} with no valid paths]";
                }
                else if (paths.Count == 1)
                {
                    // Modified part for single file
                    return $"[{blockName} for '{paths[0]}'. Reading multiple files at once is more efficient for the LLM. If other files are relevant to your current task, please read them simultaneously.]";
                }
                else if (paths.Count <= 3)
                {
                    var pathList = string.Join(", ", paths.Select(p => $"'{p}'"));
                    return $"[{blockName} for {pathList}]";
                }
                else
                {
                    return $"[{blockName} for {paths.Count} files]";
                }
            }
            catch (Exception)
            {
                // console.error("Failed to parse read_file args XML for description:", error)
                return $"[{blockName} with unparsable args]";
            }
        }
        else if (JsString.Truthy(path))
        {
            // Fallback for legacy single-path usage
            return $"[{blockName} for '{path}'. Reading multiple files at once is more efficient for the LLM. If other files are relevant to your current task, please read them simultaneously.]";
        }
        else
        {
            return $"[{blockName} with missing path/args]";
        }
    }

    private sealed record LineRange(double Start, double End);

    private sealed record FileEntry(string Path, List<LineRange> LineRanges);

    /// <summary>FileResult: each update makes a new object (<c>{ ...fileResults[index], ...updates }</c>), as in the original.</summary>
    private sealed record FileResult(
        string Path,
        string Status,
        List<LineRange>? LineRanges,
        string? Content = null,
        string? Error = null,
        string? Notice = null,
        string? XmlContent = null,
        string? ImageDataUrl = null,
        string? FeedbackText = null,
        IReadOnlyList<string>? FeedbackImages = null);

    /// <summary><c>readFileTool(cline, block, askApproval, handleError, pushToolResult, removeClosingTag)</c>.</summary>
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var argsXmlTag = block.Param("args");
        var legacyPath = block.Param("path");
        var legacyStartLineStr = block.Param("start_line");
        var legacyEndLineStr = block.Param("end_line");

        // Check if the current model supports images at the beginning
        var modelInfo = cline.Api.GetModel().Info;
        var supportsImages = modelInfo.SupportsImages ?? false;

        // Handle partial message first
        if (block.Partial)
        {
            var filePath = "";
            // Prioritize args for partial, then legacy path
            if (JsString.Truthy(argsXmlTag))
            {
                var match = PartialPathRegex().Match(argsXmlTag!);
                if (match.Success) filePath = match.Groups[1].Value;
            }
            if (!JsString.Truthy(filePath) && JsString.Truthy(legacyPath))
            {
                // If args didn't yield a path, try legacy
                filePath = legacyPath!;
            }

            var fullPath = JsString.Truthy(filePath) ? NodePath.Resolve(cline.Cwd, filePath) : "";
            var partialMessage = JsJson.Stringify(new JsObject
            {
                { "tool", "readFile" },
                { "path", Paths.GetReadablePath(cline.Cwd, filePath) },
                { "isOutsideWorkspace", JsString.Truthy(filePath) && PathUtils.IsPathOutsideWorkspace(fullPath, cline.VsCode.WorkspaceFolders) },
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

        var fileEntries = new List<FileEntry>();

        if (JsString.Truthy(argsXmlTag))
        {
            // Parse file entries from XML (new multi-file format)
            try
            {
                var files = FileElements(Xml.ParseXml(argsXmlTag!));

                foreach (var f in files)
                {
                    // file.path (a null entry throws, as reading a property of null does)
                    if (f is null) throw new JsTypeError("Cannot read properties of null (reading 'path')");
                    var pathNode = f is JsonObject fo && fo.TryGetPropertyValue("path", out var pn) ? pn : null;
                    if (!IsTruthy(pathNode)) continue; // Skip if no path in a file entry

                    var fileEntry = new FileEntry(ToJsString(pathNode), []);

                    var lineRangeNode = f is JsonObject fo2 && fo2.TryGetPropertyValue("line_range", out var lr) ? lr : null;
                    if (IsTruthy(lineRangeNode))
                    {
                        var ranges = lineRangeNode is JsonArray ra ? ra.ToList() : [lineRangeNode];
                        foreach (var range in ranges)
                        {
                            var match = RangeRegex().Match(ToJsString(range)); // Ensure range is treated as string
                            if (match.Success)
                            {
                                var start = JsValue.StringToNumber(match.Groups[1].Value);
                                var end = JsValue.StringToNumber(match.Groups[2].Value);
                                if (!double.IsNaN(start) && !double.IsNaN(end)) fileEntry.LineRanges.Add(new LineRange(start, end));
                            }
                        }
                    }
                    fileEntries.Add(fileEntry);
                }
            }
            catch (Exception error)
            {
                var errorMessage = $"Failed to parse read_file XML args: {error.Message}";
                await handleError("parsing read_file args", new JsError("Error", errorMessage));
                pushToolResult($"<files><error>{errorMessage}</error></files>");
                return;
            }
        }
        else if (JsString.Truthy(legacyPath))
        {
            // Handle legacy single file path as a fallback
            var fileEntry = new FileEntry(legacyPath!, []);
            if (JsString.Truthy(legacyStartLineStr) && JsString.Truthy(legacyEndLineStr))
            {
                var start = JsNumber.ParseInt(legacyStartLineStr, 10);
                var end = JsNumber.ParseInt(legacyEndLineStr, 10);
                if (!double.IsNaN(start) && !double.IsNaN(end) && start > 0 && end > 0)
                {
                    fileEntry.LineRanges.Add(new LineRange(start, end));
                }
                // else console.warn(Invalid legacy line range …)
            }
            fileEntries.Add(fileEntry);
        }

        // If, after trying both new and legacy, no valid file entries are found.
        if (fileEntries.Count == 0)
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("read_file");
            var errorMsg = await cline.SayAndCreateMissingParamErrorAsync("read_file", "args (containing valid file paths)");
            pushToolResult($"<files><error>{errorMsg}</error></files>");
            return;
        }

        // Create an array to track the state of each file
        var fileResults = fileEntries.Select(entry => new FileResult(entry.Path, "pending", entry.LineRanges)).ToList();

        // Function to update file result status (the first result with that path, as findIndex finds it)
        void UpdateFileResult(string path, Func<FileResult, FileResult> updates)
        {
            var index = fileResults.FindIndex(result => result.Path == path);
            if (index != -1) fileResults[index] = updates(fileResults[index]);
        }

        try
        {
            // First validate all files and prepare for batch approval
            var filesToApprove = new List<FileResult>();

            for (int i = 0; i < fileResults.Count; i++)
            {
                var fileResult = fileResults[i];
                var relPath = fileResult.Path;

                // Validate line ranges first
                if (fileResult.LineRanges is not null)
                {
                    bool hasRangeError = false;
                    foreach (var range in fileResult.LineRanges)
                    {
                        if (range.Start > range.End)
                        {
                            const string errorMsg = "Invalid line range: end line cannot be less than start line";
                            UpdateFileResult(relPath, r => r with
                            {
                                Status = "blocked",
                                Error = errorMsg,
                                XmlContent = $"<file><path>{relPath}</path><error>Error reading file: {errorMsg}</error></file>",
                            });
                            await handleError($"reading file {relPath}", new JsError("Error", errorMsg));
                            hasRangeError = true;
                            break;
                        }
                        if (double.IsNaN(range.Start) || double.IsNaN(range.End))
                        {
                            const string errorMsg = "Invalid line range values";
                            UpdateFileResult(relPath, r => r with
                            {
                                Status = "blocked",
                                Error = errorMsg,
                                XmlContent = $"<file><path>{relPath}</path><error>Error reading file: {errorMsg}</error></file>",
                            });
                            await handleError($"reading file {relPath}", new JsError("Error", errorMsg));
                            hasRangeError = true;
                            break;
                        }
                    }
                    if (hasRangeError) continue;
                }

                // Then check RooIgnore validation
                if (fileResult.Status == "pending")
                {
                    var accessAllowed = cline.RooIgnoreController?.ValidateAccess(relPath) ?? false;
                    if (!accessAllowed)
                    {
                        await cline.SayAsync("rooignore_error", relPath);
                        var errorMsg = FormatResponse.RooIgnoreError(relPath);
                        UpdateFileResult(relPath, r => r with
                        {
                            Status = "blocked",
                            Error = errorMsg,
                            XmlContent = $"<file><path>{relPath}</path><error>{errorMsg}</error></file>",
                        });
                        continue;
                    }

                    // Add to files that need approval
                    filesToApprove.Add(fileResult);
                }
            }

            string LineSnippet(FileResult fileResult, double maxReadFileLine)
            {
                if (fileResult.LineRanges is { Count: > 0 })
                {
                    var ranges = fileResult.LineRanges.Select(range =>
                        I18n.T("tools:readFile.linesRange", new Dictionary<string, object?> { ["start"] = range.Start, ["end"] = range.End }));
                    return string.Join(", ", ranges);
                }
                if (maxReadFileLine == 0) return I18n.T("tools:readFile.definitionsOnly");
                if (maxReadFileLine > 0) return I18n.T("tools:readFile.maxLines", new Dictionary<string, object?> { ["max"] = maxReadFileLine });
                return "";
            }

            // Handle batch approval if there are multiple files to approve
            if (filesToApprove.Count > 1)
            {
                var maxReadFileLine = await MaxReadFileLineAsync(cline);

                // Prepare batch file data
                var batchFiles = filesToApprove.Select(fileResult =>
                {
                    var relPath = fileResult.Path;
                    var fullPath = NodePath.Resolve(cline.Cwd, relPath);
                    var isOutsideWorkspace = PathUtils.IsPathOutsideWorkspace(fullPath, cline.VsCode.WorkspaceFolders);
                    // Create line snippet for this file
                    var lineSnippet = LineSnippet(fileResult, maxReadFileLine);
                    var readablePath = Paths.GetReadablePath(cline.Cwd, relPath);
                    var key = $"{readablePath}{(lineSnippet.Length > 0 ? $" ({lineSnippet})" : "")}";
                    return new JsObject
                    {
                        { "path", readablePath },
                        { "lineSnippet", lineSnippet },
                        { "isOutsideWorkspace", isOutsideWorkspace },
                        { "key", key },
                        { "content", fullPath }, // Include full path for content
                    };
                }).ToList();

                var completeMessage = JsJson.Stringify(new JsObject { { "tool", "readFile" }, { "batchFiles", batchFiles } });

                var (response, text, images) = await cline.AskAsync("tool", completeMessage, false);

                // Process batch response
                if (response == "yesButtonClicked")
                {
                    // Approve all files
                    if (JsString.Truthy(text)) await cline.SayAsync("user_feedback", text, images);
                    foreach (var fileResult in filesToApprove)
                        UpdateFileResult(fileResult.Path, r => r with { Status = "approved", FeedbackText = text, FeedbackImages = images });
                }
                else if (response == "noButtonClicked")
                {
                    // Deny all files
                    if (JsString.Truthy(text)) await cline.SayAsync("user_feedback", text, images);
                    cline.DidRejectTool = true;
                    foreach (var fileResult in filesToApprove)
                        UpdateFileResult(fileResult.Path, r => r with
                        {
                            Status = "denied",
                            XmlContent = $"<file><path>{fileResult.Path}</path><status>Denied by user</status></file>",
                            FeedbackText = text,
                            FeedbackImages = images,
                        });
                }
                else
                {
                    // Handle individual permissions from objectResponse
                    try
                    {
                        var individualPermissions = JsJsonParse.Parse(JsString.Truthy(text) ? text! : "{}");
                        bool hasAnyDenial = false;
                        for (int index = 0; index < batchFiles.Count; index++)
                        {
                            var fileResult = filesToApprove[index];
                            // individualPermissions[batchFile.key] === true
                            var approved = JsValue.Get(individualPermissions, (string)batchFiles[index]["key"]!) is true;
                            if (approved)
                            {
                                UpdateFileResult(fileResult.Path, r => r with { Status = "approved" });
                            }
                            else
                            {
                                hasAnyDenial = true;
                                UpdateFileResult(fileResult.Path, r => r with
                                {
                                    Status = "denied",
                                    XmlContent = $"<file><path>{fileResult.Path}</path><status>Denied by user</status></file>",
                                });
                            }
                        }
                        if (hasAnyDenial) cline.DidRejectTool = true;
                    }
                    catch (Exception)
                    {
                        // Fallback: if JSON parsing fails, deny all files
                        cline.DidRejectTool = true;
                        foreach (var fileResult in filesToApprove)
                            UpdateFileResult(fileResult.Path, r => r with
                            {
                                Status = "denied",
                                XmlContent = $"<file><path>{fileResult.Path}</path><status>Denied by user</status></file>",
                            });
                    }
                }
            }
            else if (filesToApprove.Count == 1)
            {
                // Handle single file approval (existing logic)
                var fileResult = filesToApprove[0];
                var relPath = fileResult.Path;
                var fullPath = NodePath.Resolve(cline.Cwd, relPath);
                var isOutsideWorkspace = PathUtils.IsPathOutsideWorkspace(fullPath, cline.VsCode.WorkspaceFolders);
                var maxReadFileLine = await MaxReadFileLineAsync(cline);

                // Create line snippet for approval message
                var lineSnippet = LineSnippet(fileResult, maxReadFileLine);

                var completeMessage = JsJson.Stringify(new JsObject
                {
                    { "tool", "readFile" },
                    { "path", Paths.GetReadablePath(cline.Cwd, relPath) },
                    { "isOutsideWorkspace", isOutsideWorkspace },
                    { "content", fullPath },
                    { "reason", lineSnippet },
                });

                var (response, text, images) = await cline.AskAsync("tool", completeMessage, false);

                if (response != "yesButtonClicked")
                {
                    // Handle both messageResponse and noButtonClicked with text
                    if (JsString.Truthy(text)) await cline.SayAsync("user_feedback", text, images);
                    cline.DidRejectTool = true;
                    UpdateFileResult(relPath, r => r with
                    {
                        Status = "denied",
                        XmlContent = $"<file><path>{relPath}</path><status>Denied by user</status></file>",
                        FeedbackText = text,
                        FeedbackImages = images,
                    });
                }
                else
                {
                    // Handle yesButtonClicked with text
                    if (JsString.Truthy(text)) await cline.SayAsync("user_feedback", text, images);
                    UpdateFileResult(relPath, r => r with { Status = "approved", FeedbackText = text, FeedbackImages = images });
                }
            }

            // Track total image memory usage across all files
            var imageMemoryTracker = new ImageMemoryTracker();
            var state = await cline.ProviderRef.GetStateAsync();
            var maxLines = state is null ? -1 : state.MaxReadFileLine;
            var maxImageFileSize = SettingNumber(state, "maxImageFileSize") ?? ImageHelpers.DefaultMaxImageFileSizeMB;
            var maxTotalImageSize = SettingNumber(state, "maxTotalImageSize") ?? ImageHelpers.DefaultMaxTotalImageSizeMB;

            // Then process only approved files
            for (int i = 0; i < fileResults.Count; i++)
            {
                var fileResult = fileResults[i];
                // Skip files that weren't approved
                if (fileResult.Status != "approved") continue;

                var relPath = fileResult.Path;
                var fullPath = NodePath.Resolve(cline.Cwd, relPath);

                // Process approved files
                try
                {
                    var (countLines, isBinary) = await CountLinesAndDetectBinaryAsync(fullPath);

                    // Handle binary files (but allow specific file types that extractTextFromFile can handle)
                    if (isBinary)
                    {
                        var fileExtension = NodePath.Extname(relPath).ToLowerInvariant();
                        var supportedBinaryFormats = ExtractText.GetSupportedBinaryFormats();

                        // Check if it's a supported image format
                        if (ImageHelpers.IsSupportedImageFormat(fileExtension))
                        {
                            try
                            {
                                // Validate image for processing
                                var validationResult = await ImageHelpers.ValidateImageForProcessingAsync(
                                    fullPath, supportsImages, maxImageFileSize, maxTotalImageSize, imageMemoryTracker.GetTotalMemoryUsed());

                                if (!validationResult.IsValid)
                                {
                                    // Track file read
                                    await cline.FileContextTracker.TrackFileContextAsync(relPath, "read_tool");
                                    UpdateFileResult(relPath, r => r with
                                    {
                                        XmlContent = $"<file><path>{relPath}</path>\n<notice>{validationResult.Notice}</notice>\n</file>",
                                    });
                                    continue;
                                }

                                // Process the image
                                var imageResult = await ImageHelpers.ProcessImageFileAsync(fullPath);
                                // Track memory usage for this image
                                imageMemoryTracker.AddMemoryUsage(imageResult.SizeInMB);
                                // Track file read
                                await cline.FileContextTracker.TrackFileContextAsync(relPath, "read_tool");
                                // Store image data URL separately - NOT in XML
                                UpdateFileResult(relPath, r => r with
                                {
                                    XmlContent = $"<file><path>{relPath}</path>\n<notice>{imageResult.Notice}</notice>\n</file>",
                                    ImageDataUrl = imageResult.DataUrl,
                                });
                                continue;
                            }
                            catch (Exception error)
                            {
                                var errorMsg = error.Message;
                                UpdateFileResult(relPath, r => r with
                                {
                                    Status = "error",
                                    Error = $"Error reading image file: {errorMsg}",
                                    XmlContent = $"<file><path>{relPath}</path><error>Error reading image file: {errorMsg}</error></file>",
                                });
                                await handleError($"reading image file {relPath}", error);
                                continue;
                            }
                        }

                        // Check if it's a supported binary format that can be processed
                        if (supportedBinaryFormats.Contains(fileExtension))
                        {
                            // For supported binary formats (.pdf, .docx, .ipynb), continue to extractTextFromFile
                        }
                        else
                        {
                            // Handle unknown binary format
                            var fileFormat = fileExtension.Length > 1 ? fileExtension[1..] : "bin"; // Remove the dot, fallback to "bin"
                            UpdateFileResult(relPath, r => r with
                            {
                                Notice = $"Binary file format: {fileFormat}",
                                XmlContent = $"<file><path>{relPath}</path>\n<binary_file format=\"{fileFormat}\">Binary file - content not displayed</binary_file>\n</file>",
                            });
                            continue;
                        }
                    }

                    // Handle range reads (bypass maxReadFileLine)
                    if (fileResult.LineRanges is { Count: > 0 })
                    {
                        var rangeResults = new List<string>();
                        foreach (var range in fileResult.LineRanges)
                        {
                            var content = ExtractText.AddLineNumbers(
                                await ReadLines.ReadLinesAsync(fullPath, range.End - 1, range.Start - 1),
                                range.Start);
                            var lineRangeAttr = $" lines=\"{JsJson.NumberToString(range.Start)}-{JsJson.NumberToString(range.End)}\"";
                            rangeResults.Add($"<content{lineRangeAttr}>\n{content}</content>");
                        }
                        UpdateFileResult(relPath, r => r with
                        {
                            XmlContent = $"<file><path>{relPath}</path>\n{string.Join("\n", rangeResults)}\n</file>",
                        });
                        continue;
                    }

                    // Counted here, not above: a range read never shows the count, so its time does not grow with the
                    // file past the range (the file was opened and read by the binary check, so counting cannot fail
                    // in a way the eager count would have shown differently, short of an I/O error mid-file).
                    var totalLines = await countLines();

                    // Handle definitions-only mode
                    if (maxLines == 0)
                    {
                        try
                        {
                            var defResult = await TreeSitter.ParseSourceCodeDefinitionsForFileAsync(fullPath, cline.RooIgnoreController);
                            if (JsString.Truthy(defResult))
                            {
                                var xmlInfo = $"<notice>Showing only {maxLines} of {totalLines} total lines. Use line_range if you need to read more lines</notice>\n";
                                UpdateFileResult(relPath, r => r with
                                {
                                    XmlContent = $"<file><path>{relPath}</path>\n<list_code_definition_names>{defResult}</list_code_definition_names>\n{xmlInfo}</file>",
                                });
                            }
                        }
                        catch (Exception)
                        {
                            // console.warn / console.error: the file gets no result
                        }
                        continue;
                    }

                    // Handle files exceeding line threshold
                    if (maxLines > 0 && totalLines > maxLines)
                    {
                        var content = ExtractText.AddLineNumbers(await ReadLines.ReadLinesAsync(fullPath, maxLines - 1, 0));
                        var lineRangeAttr = $" lines=\"1-{maxLines}\"";
                        var xmlInfo = $"<content{lineRangeAttr}>\n{content}</content>\n";
                        try
                        {
                            var defResult = await TreeSitter.ParseSourceCodeDefinitionsForFileAsync(fullPath, cline.RooIgnoreController);
                            if (JsString.Truthy(defResult))
                            {
                                xmlInfo += $"<list_code_definition_names>{defResult}</list_code_definition_names>\n";
                            }
                            xmlInfo += $"<notice>Showing only {maxLines} of {totalLines} total lines. Use line_range if you need to read more lines</notice>\n";
                            var info = xmlInfo;
                            UpdateFileResult(relPath, r => r with { XmlContent = $"<file><path>{relPath}</path>\n{info}</file>" });
                        }
                        catch (Exception)
                        {
                            // console.warn / console.error: the file gets no result
                        }
                        continue;
                    }

                    // Handle normal file read
                    {
                        var content = await ExtractText.ExtractTextFromFileAsync(fullPath);

                        // kilocode_change start: limit output size based on token count
                        var blockResult = await Kilocode.BlockFileReadWhenTooLargeAsync(cline, relPath, content);
                        if (blockResult is not null)
                        {
                            UpdateFileResult(relPath, r => r with { Status = blockResult.Status, Error = blockResult.Error, XmlContent = blockResult.XmlContent });
                            continue;
                        }
                        // kilocode_change end

                        var lineRangeAttr = $" lines=\"1-{totalLines}\"";
                        var xmlInfo = totalLines > 0 ? $"<content{lineRangeAttr}>\n{content}</content>\n" : "<content/>";
                        if (totalLines == 0) xmlInfo += "<notice>File is empty</notice>\n";

                        // Track file read
                        await cline.FileContextTracker.TrackFileContextAsync(relPath, "read_tool");
                        UpdateFileResult(relPath, r => r with { XmlContent = $"<file><path>{relPath}</path>\n{xmlInfo}</file>" });
                    }
                }
                catch (Exception error)
                {
                    var errorMsg = error.Message;
                    UpdateFileResult(relPath, r => r with
                    {
                        Status = "error",
                        Error = $"Error reading file: {errorMsg}",
                        XmlContent = $"<file><path>{relPath}</path><error>Error reading file: {errorMsg}</error></file>",
                    });
                    await handleError($"reading file {relPath}", error);
                }
            }

            // Generate final XML result from all file results
            var xmlResults = fileResults.Where(result => JsString.Truthy(result.XmlContent)).Select(result => result.XmlContent);
            var filesXml = $"<files>\n{string.Join("\n", xmlResults)}\n</files>";

            // Collect all image data URLs from file results
            var fileImageUrls = fileResults.Where(result => JsString.Truthy(result.ImageDataUrl)).Select(result => result.ImageDataUrl!).ToList();

            // Process all feedback in a unified way without branching
            var statusMessage = "";
            IReadOnlyList<string> feedbackImages = [];

            // Handle denial with feedback (highest priority)
            var deniedWithFeedback = fileResults.FirstOrDefault(result => result.Status == "denied" && JsString.Truthy(result.FeedbackText));
            if (deniedWithFeedback is not null)
            {
                statusMessage = FormatResponse.ToolDeniedWithFeedback(deniedWithFeedback.FeedbackText);
                feedbackImages = deniedWithFeedback.FeedbackImages ?? [];
            }
            // Handle generic denial
            else if (cline.DidRejectTool)
            {
                statusMessage = FormatResponse.ToolDenied();
            }
            // Handle approval with feedback
            else
            {
                var approvedWithFeedback = fileResults.FirstOrDefault(result => result.Status == "approved" && JsString.Truthy(result.FeedbackText));
                if (approvedWithFeedback is not null)
                {
                    statusMessage = FormatResponse.ToolApprovedWithFeedback(approvedWithFeedback.FeedbackText);
                    feedbackImages = approvedWithFeedback.FeedbackImages ?? [];
                }
            }

            // Combine all images: feedback images first, then file images
            List<string> allImages = [.. feedbackImages, .. fileImageUrls];

            // Re-check if the model supports images before including them, in case it changed during execution.
            var finalModelSupportsImages = cline.Api.GetModel().Info.SupportsImages ?? false;
            var imagesToInclude = finalModelSupportsImages ? allImages : [];

            // Push the result with appropriate formatting
            if (statusMessage.Length > 0 || imagesToInclude.Count > 0)
            {
                // Always use formatResponse.toolResult when we have a status message or images
                var result = FormatResponse.ToolResult(statusMessage.Length > 0 ? statusMessage : filesXml, imagesToInclude.Count > 0 ? imagesToInclude : null);
                if (result.IsText)
                {
                    pushToolResult(statusMessage.Length > 0 ? $"{result.Text}\n{filesXml}" : result);
                }
                else
                {
                    // For block-based results, append the files XML as a text block if not already included
                    pushToolResult(statusMessage.Length > 0 ? ToolResponse.FromBlocks([.. result.Blocks!, new TextBlock(filesXml)]) : result);
                }
            }
            else
            {
                // No images or status message, just push the files XML
                pushToolResult(filesXml);
            }
        }
        catch (Exception error)
        {
            // Handle all errors using per-file format for consistency
            var relPath = fileEntries.Count > 0 && JsString.Truthy(fileEntries[0].Path) ? fileEntries[0].Path : "unknown";
            var errorMsg = error.Message;

            // If we have file results, update the first one with the error
            if (fileResults.Count > 0)
            {
                UpdateFileResult(relPath, r => r with
                {
                    Status = "error",
                    Error = $"Error reading file: {errorMsg}",
                    XmlContent = $"<file><path>{relPath}</path><error>Error reading file: {errorMsg}</error></file>",
                });
            }

            await handleError($"reading file {relPath}", error);

            // Generate final XML result from all file results
            var xmlResults = fileResults.Where(result => JsString.Truthy(result.XmlContent)).Select(result => result.XmlContent);
            pushToolResult($"<files>\n{string.Join("\n", xmlResults)}\n</files>");
        }
    }

    /// <summary><c>(await cline.providerRef.deref()?.getState()) ?? {}</c> then <c>maxReadFileLine = -1</c>.</summary>
    internal static async Task<int> MaxReadFileLineAsync(ClineTask cline) =>
        (await cline.ProviderRef.GetStateAsync())?.MaxReadFileLine ?? -1;

    /// <summary>A numeric state setting without its own property (absent → null, so the destructuring default applies).</summary>
    internal static double? SettingNumber(ProviderState? state, string key) =>
        state?.Settings[key] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number ? v.GetValue<double>() : null;

    /// <summary>
    /// <c>Promise.all([countFileLines(fullPath), isBinaryFile(fullPath)])</c>: the first rejection in time wins. For a
    /// path that does not exist (or a link loop) that is countFileLines's access check ("File not found: …"); for a
    /// folder it is isBinaryFile's stat check ("Path provided was not a file!"), one step before the stream's EISDIR.
    /// For a readable file the count is only taken when asked for (<c>CountLines</c>), as its value is all it shows.
    /// </summary>
    internal static async Task<(Func<Task<int>> CountLines, bool IsBinary)> CountLinesAndDetectBinaryAsync(string fullPath)
    {
        bool exists;
        try
        {
            exists = NodeFs.Exists(fullPath);
        }
        catch (JsError)
        {
            exists = false; // a link loop: access fails
        }
        if (!exists)
        {
            var lines = LineCounter.CountFileLinesAsync(fullPath);
            var binaryCheck = IsBinaryFile.IsBinaryFileAsync(fullPath);
            var counted = await lines;
            var isBinary = await binaryCheck;
            return (() => Task.FromResult(counted), isBinary);
        }
        var binary = await IsBinaryFile.IsBinaryFileAsync(fullPath); // a folder rejects here first
        Task<int>? count = null;
        return (() => count ??= LineCounter.CountFileLinesAsync(fullPath), binary);
    }

    /// <summary>
    /// <c>Array.isArray(parsed.file) ? parsed.file : [parsed.file].filter(Boolean)</c>, for the description and the tool
    /// alike; reading <c>file</c> of null or undefined throws, as in JS (into the callers' catch).
    /// </summary>
    private static List<JsonNode?> FileElements(JsonNode? parsed)
    {
        JsonNode? file = parsed switch
        {
            null => throw new JsTypeError("Cannot read properties of undefined (reading 'file')"),
            JsonObject o => o.TryGetPropertyValue("file", out var f) ? f : null,
            _ => null,
        };
        return file is JsonArray arr ? arr.ToList() : IsTruthy(file) ? [file] : [];
    }

    [GeneratedRegex(@"<file>[\s\S]*?<path>([^<]+)</path>")]
    private static partial Regex PartialPathRegex();

    [GeneratedRegex("([0-9]+)-([0-9]+)")]
    private static partial Regex RangeRegex();

    /// <summary>JS truthiness of a parsed-XML value (strings, objects, arrays; null is undefined here).</summary>
    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>().Length > 0,
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => v.GetValue<double>() is not (0 or double.NaN),
        _ => true,
    };

    /// <summary>A template-literal interpolation of a parsed-XML value: arrays join with ",", objects print "[object Object]".</summary>
    private static string ToJsString(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
        JsonArray a => string.Join(",", a.Select(ToJsString)),
        JsonObject => "[object Object]",
        JsonValue v => v.ToJsonString(),
        _ => "",
    };
}
