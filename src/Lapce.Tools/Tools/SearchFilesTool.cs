// Port of src/core/tools/searchFilesTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Services;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

/// <summary>
/// Implements the search_files tool: a ripgrep regex search of a folder (regexSearchFiles, optionally limited by the
/// <c>file_pattern</c> glob), shown in a "tool" ask and, approved, returned to the model.
/// </summary>
public static class SearchFilesTool
{
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var relDirPath = block.Param("path");
        var regex = block.Param("regex");
        var filePattern = block.Param("file_pattern");

        var absolutePath = JsString.Truthy(relDirPath) ? NodePath.Resolve(cline.Cwd, relDirPath!) : cline.Cwd;
        var isOutsideWorkspace = PathUtils.IsPathOutsideWorkspace(absolutePath, cline.VsCode.WorkspaceFolders);

        JsObject SharedMessageProps(string content) => new()
        {
            { "tool", "searchFiles" },
            { "path", Paths.GetReadablePath(cline.Cwd, removeClosingTag("path", relDirPath)) },
            { "regex", removeClosingTag("regex", regex) },
            { "filePattern", removeClosingTag("file_pattern", filePattern) },
            { "isOutsideWorkspace", isOutsideWorkspace },
            { "content", content },
        };

        try
        {
            if (block.Partial)
            {
                var partialMessage = JsJson.Stringify(SharedMessageProps(""));
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
                if (!JsString.Truthy(relDirPath))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("search_files");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("search_files", "path"));
                    return;
                }

                if (!JsString.Truthy(regex))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("search_files");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("search_files", "regex"));
                    return;
                }

                cline.ConsecutiveMistakeCount = 0;

                var results = await Ripgrep.RegexSearchFilesAsync(
                    cline.Cwd,
                    absolutePath,
                    regex!,
                    filePattern,
                    cline.RooIgnoreController);

                var completeMessage = JsJson.Stringify(SharedMessageProps(results));
                var didApprove = await askApproval("tool", completeMessage);

                if (!didApprove)
                {
                    return;
                }

                pushToolResult(results);

                return;
            }
        }
        catch (Exception error)
        {
            await handleError("searching files", error);
            return;
        }
    }
}
