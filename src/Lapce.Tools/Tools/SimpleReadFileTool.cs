// Port of src/core/tools/simpleReadFileTool.ts (Kilo Code 4.88.0): the read_file of models that read one file at a
// time (<read_file><path>…</path></read_file>; no args, no line ranges), and its description.
using Lapce.Tools.Integrations.Misc;
using Lapce.Tools.Prompts;
using Lapce.Tools.Services.TreeSitter;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Tools.Helpers;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static partial class SimpleReadFileTool
{
    /// <summary><c>simpleReadFileTool(cline, block, askApproval, handleError, pushToolResult, removeClosingTag)</c>.</summary>
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var filePath = block.Param("path");

        // Check if the current model supports images
        var modelInfo = cline.Api.GetModel().Info;
        var supportsImages = modelInfo.SupportsImages ?? false;

        // Handle partial message
        if (block.Partial)
        {
            var partialFullPath = JsString.Truthy(filePath) ? NodePath.Resolve(cline.Cwd, filePath!) : "";
            var partialMessage = JsJson.Stringify(new JsObject
            {
                { "tool", "readFile" },
                { "path", Paths.GetReadablePath(cline.Cwd, JsString.Truthy(filePath) ? filePath : "") },
                { "isOutsideWorkspace", JsString.Truthy(filePath) && PathUtils.IsPathOutsideWorkspace(partialFullPath, cline.VsCode.WorkspaceFolders) },
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

        // Validate path parameter
        if (!JsString.Truthy(filePath))
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("read_file");
            var errorMsg = await cline.SayAndCreateMissingParamErrorAsync("read_file", "path");
            pushToolResult($"<file><error>{errorMsg}</error></file>");
            return;
        }

        var relPath = filePath!;
        var fullPath = NodePath.Resolve(cline.Cwd, relPath);

        try
        {
            // Check RooIgnore validation
            var accessAllowed = cline.RooIgnoreController?.ValidateAccess(relPath) ?? false;
            if (!accessAllowed)
            {
                await cline.SayAsync("rooignore_error", relPath);
                var errorMsg = FormatResponse.RooIgnoreError(relPath);
                pushToolResult($"<file><path>{relPath}</path><error>{errorMsg}</error></file>");
                return;
            }

            // Get max read file line setting
            var maxReadFileLine = await ReadFileTool.MaxReadFileLineAsync(cline);

            // Create approval message
            var isOutsideWorkspace = PathUtils.IsPathOutsideWorkspace(fullPath, cline.VsCode.WorkspaceFolders);
            var lineSnippet = "";
            if (maxReadFileLine == 0)
            {
                lineSnippet = I18n.T("tools:readFile.definitionsOnly");
            }
            else if (maxReadFileLine > 0)
            {
                lineSnippet = I18n.T("tools:readFile.maxLines", new Dictionary<string, object?> { ["max"] = maxReadFileLine });
            }

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
                // Handle denial
                if (JsString.Truthy(text)) await cline.SayAsync("user_feedback", text, images);
                cline.DidRejectTool = true;
                var statusMessage = JsString.Truthy(text) ? FormatResponse.ToolDeniedWithFeedback(text) : FormatResponse.ToolDenied();
                pushToolResult($"{statusMessage}\n<file><path>{relPath}</path><status>Denied by user</status></file>");
                return;
            }

            // Handle approval with feedback
            if (JsString.Truthy(text)) await cline.SayAsync("user_feedback", text, images);

            // Process the file
            var (countLines, isBinary) = await ReadFileTool.CountLinesAndDetectBinaryAsync(fullPath);
            var totalLines = await countLines();

            // Handle binary files
            if (isBinary)
            {
                var fileExtension = NodePath.Extname(relPath).ToLowerInvariant();
                var supportedBinaryFormats = ExtractText.GetSupportedBinaryFormats();

                // Check if it's a supported image format
                if (ImageHelpers.IsSupportedImageFormat(fileExtension))
                {
                    try
                    {
                        var state = await cline.ProviderRef.GetStateAsync();
                        var maxImageFileSize = ReadFileTool.SettingNumber(state, "maxImageFileSize") ?? ImageHelpers.DefaultMaxImageFileSizeMB;
                        var maxTotalImageSize = ReadFileTool.SettingNumber(state, "maxTotalImageSize") ?? ImageHelpers.DefaultMaxTotalImageSizeMB;

                        // Validate image for processing
                        var validationResult = await ImageHelpers.ValidateImageForProcessingAsync(
                            fullPath, supportsImages, maxImageFileSize, maxTotalImageSize, 0); // No cumulative memory for single file

                        if (!validationResult.IsValid)
                        {
                            await cline.FileContextTracker.TrackFileContextAsync(relPath, "read_tool");
                            pushToolResult($"<file><path>{relPath}</path>\n<notice>{validationResult.Notice}</notice>\n</file>");
                            return;
                        }

                        // Process the image
                        var imageResult = await ImageHelpers.ProcessImageFileAsync(fullPath);
                        await cline.FileContextTracker.TrackFileContextAsync(relPath, "read_tool");

                        // Return result with image data
                        var result = FormatResponse.ToolResult(
                            $"<file><path>{relPath}</path>\n<notice>{imageResult.Notice}</notice>\n</file>",
                            supportsImages ? [imageResult.DataUrl] : null);
                        pushToolResult(result);
                        return;
                    }
                    catch (Exception error)
                    {
                        pushToolResult($"<file><path>{relPath}</path><error>Error reading image file: {error.Message}</error></file>");
                        await handleError($"reading image file {relPath}", error);
                        return;
                    }
                }

                // Check if it's a supported binary format that can be processed
                if (!supportedBinaryFormats.Contains(fileExtension))
                {
                    // Handle unknown binary format
                    var fileFormat = fileExtension.Length > 1 ? fileExtension[1..] : "bin";
                    pushToolResult(
                        $"<file><path>{relPath}</path>\n<binary_file format=\"{fileFormat}\">Binary file - content not displayed</binary_file>\n</file>");
                    return;
                }
                // For supported binary formats (.pdf, .docx, .ipynb), continue to extractTextFromFile
            }

            // Handle definitions-only mode
            if (maxReadFileLine == 0)
            {
                try
                {
                    var defResult = await TreeSitter.ParseSourceCodeDefinitionsForFileAsync(fullPath, cline.RooIgnoreController);
                    if (JsString.Truthy(defResult))
                    {
                        var xmlInfo = "<notice>Showing only definitions. Use standard read_file if you need to read actual content</notice>\n";
                        pushToolResult(
                            $"<file><path>{relPath}</path>\n<list_code_definition_names>{defResult}</list_code_definition_names>\n{xmlInfo}</file>");
                    }
                }
                catch (Exception)
                {
                    // console.warn / console.error: no result
                }
                return;
            }

            // Handle files exceeding line threshold
            if (maxReadFileLine > 0 && totalLines > maxReadFileLine)
            {
                var content = ExtractText.AddLineNumbers(await ReadLines.ReadLinesAsync(fullPath, maxReadFileLine - 1, 0));
                var lineRangeAttr = $" lines=\"1-{maxReadFileLine}\"";
                var xmlInfo = $"<content{lineRangeAttr}>\n{content}</content>\n";
                try
                {
                    var defResult = await TreeSitter.ParseSourceCodeDefinitionsForFileAsync(fullPath, cline.RooIgnoreController);
                    if (JsString.Truthy(defResult))
                    {
                        xmlInfo += $"<list_code_definition_names>{defResult}</list_code_definition_names>\n";
                    }
                    xmlInfo += $"<notice>Showing only {maxReadFileLine} of {totalLines} total lines. File is too large for complete display</notice>\n";
                    pushToolResult($"<file><path>{relPath}</path>\n{xmlInfo}</file>");
                }
                catch (Exception)
                {
                    // console.warn / console.error: no result
                }
                return;
            }

            // Handle normal file read
            {
                var content = await ExtractText.ExtractTextFromFileAsync(fullPath);
                var lineRangeAttr = $" lines=\"1-{totalLines}\"";
                var xmlInfo = totalLines > 0 ? $"<content{lineRangeAttr}>\n{content}</content>\n" : "<content/>";
                if (totalLines == 0) xmlInfo += "<notice>File is empty</notice>\n";

                // Track file read
                await cline.FileContextTracker.TrackFileContextAsync(relPath, "read_tool");

                // Return the result
                if (JsString.Truthy(text))
                {
                    var statusMessage = FormatResponse.ToolApprovedWithFeedback(text);
                    pushToolResult($"{statusMessage}\n<file><path>{relPath}</path>\n{xmlInfo}</file>");
                }
                else
                {
                    pushToolResult($"<file><path>{relPath}</path>\n{xmlInfo}</file>");
                }
            }
        }
        catch (Exception error)
        {
            pushToolResult($"<file><path>{relPath}</path><error>Error reading file: {error.Message}</error></file>");
            await handleError($"reading file {relPath}", error);
        }
    }

    /// <summary><c>getSimpleReadFileToolDescription(blockName, blockParams)</c>.</summary>
    public static string GetSimpleReadFileToolDescription(string blockName, IReadOnlyDictionary<string, string> blockParams)
    {
        var path = blockParams.GetValueOrDefault("path");
        if (JsString.Truthy(path))
        {
            return $"[{blockName} for '{path}']";
        }
        else
        {
            return $"[{blockName} with missing path]";
        }
    }
}
