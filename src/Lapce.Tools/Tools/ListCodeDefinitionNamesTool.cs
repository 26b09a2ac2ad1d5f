// Port of src/core/tools/listCodeDefinitionNamesTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Services.TreeSitter;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

/// <summary>
/// Implements list_code_definition_names: the tree-sitter definitions of one file, or of the top-level files of a
/// folder, shown in a "tool" ask ({"tool":"listCodeDefinitionNames","path","isOutsideWorkspace","content"}) and
/// returned once approved.
/// </summary>
public static class ListCodeDefinitionNamesTool
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

        // Calculate if the path is outside workspace
        var absolutePath = JsString.Truthy(relPath) ? NodePath.Resolve(cline.Cwd, relPath!) : cline.Cwd;
        var isOutsideWorkspace = PathUtils.IsPathOutsideWorkspace(absolutePath, cline.VsCode.WorkspaceFolders);

        JsObject SharedMessageProps(string content) => new()
        {
            { "tool", "listCodeDefinitionNames" },
            { "path", Paths.GetReadablePath(cline.Cwd, removeClosingTag("path", relPath)) },
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
                if (!JsString.Truthy(relPath))
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("list_code_definition_names");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("list_code_definition_names", "path"));
                    return;
                }

                cline.ConsecutiveMistakeCount = 0;

                string result;

                try
                {
                    var kind = Stat(absolutePath);

                    if (kind == StatKind.File)
                    {
                        var fileResult = await TreeSitter.ParseSourceCodeDefinitionsForFileAsync(absolutePath, cline.RooIgnoreController);
                        result = fileResult ?? "No source code definitions found in cline file.";
                    }
                    else if (kind == StatKind.Directory)
                    {
                        result = await TreeSitter.ParseSourceCodeForDefinitionsTopLevelAsync(absolutePath, cline.RooIgnoreController);
                    }
                    else
                    {
                        result = "The specified path is neither a file nor a directory.";
                    }
                }
                catch
                {
                    result = $"{absolutePath}: does not exist or cannot be accessed.";
                }

                var completeMessage = JsJson.Stringify(SharedMessageProps(result));
                var didApprove = await askApproval("tool", completeMessage);

                if (!didApprove)
                {
                    return;
                }

                if (JsString.Truthy(relPath))
                {
                    await cline.FileContextTracker.TrackFileContextAsync(relPath!, "read_tool");
                }

                pushToolResult(result);
                return;
            }
        }
        catch (Exception error)
        {
            await handleError("parsing source code definitions", error);
        }
    }

    private enum StatKind { File, Directory, Other }

    // fs.stat: follows symbolic links; throws (ENOENT, ELOOP, EACCES…) when the path or its target cannot be reached.
    private static StatKind Stat(string path)
    {
        var target = NodeFs.ResolveLinks(path) ?? path;
        if (Directory.Exists(target)) return StatKind.Directory;
        if (!File.Exists(target)) throw NodeFs.Error("ENOENT", "stat", path);
        // A device (/dev entries) is neither: fs.Stats isFile() and isDirectory() are both false.
        return (File.GetAttributes(target) & FileAttributes.Device) != 0 ? StatKind.Other : StatKind.File;
    }
}
