// Port of src/core/tools/listFilesTool.ts (Kilo Code 4.88.0).
using Lapce.Tools.Prompts;
using Lapce.Tools.Services;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

/// <summary>
/// Implements the list_files tool: lists a folder (recursively when <c>recursive</c> is "true", any case) through
/// listFiles with a limit of 200 entries, formatted by formatResponse.formatFilesList (.kilocodeignore'd entries
/// marked with a lock, or left out when the state's <c>showRooIgnoredFiles</c> is false; write-protected ones marked
/// with a shield), after the user's approval of a "tool" ask.
/// </summary>
public static class ListFilesTool
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
        var recursiveRaw = block.Param("recursive");
        var recursive = recursiveRaw?.ToLowerInvariant() == "true";

        // Calculate if the path is outside workspace
        var absolutePath = JsString.Truthy(relDirPath) ? NodePath.Resolve(cline.Cwd, relDirPath!) : cline.Cwd;
        var isOutsideWorkspace = PathUtils.IsPathOutsideWorkspace(absolutePath, cline.VsCode.WorkspaceFolders);

        JsObject SharedMessageProps(string content) => new()
        {
            { "tool", !recursive ? "listFilesTopLevel" : "listFilesRecursive" },
            { "path", Paths.GetReadablePath(cline.Cwd, removeClosingTag("path", relDirPath)) },
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
                    cline.RecordToolError("list_files");
                    pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("list_files", "path"));
                    return;
                }

                cline.ConsecutiveMistakeCount = 0;

                var (files, didHitLimit) = await ListFiles.ListFilesAsync(absolutePath, recursive, 200);
                var showRooIgnoredFiles = ShowRooIgnoredFiles(await cline.ProviderRef.GetStateAsync());

                var result = FormatResponse.FormatFilesList(
                    absolutePath,
                    files,
                    didHitLimit,
                    cline.RooIgnoreController,
                    showRooIgnoredFiles,
                    cline.RooProtectedController);

                var completeMessage = JsJson.Stringify(SharedMessageProps(result));
                var didApprove = await askApproval("tool", completeMessage);

                if (!didApprove)
                {
                    return;
                }

                pushToolResult(result);
            }
        }
        catch (Exception error)
        {
            await handleError("listing files", error);
        }
    }

    // const { showRooIgnoredFiles = true } = (await cline.providerRef.deref()?.getState()) ?? {}: true when the state
    // has no such setting, else the JS truthiness of what it holds (null included: falsy).
    private static bool ShowRooIgnoredFiles(ProviderState? state)
    {
        if (state is null || !state.Settings.TryGetPropertyValue("showRooIgnoredFiles", out var node)) return true;
        return node switch
        {
            null => false,
            System.Text.Json.Nodes.JsonValue v => v.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.False or System.Text.Json.JsonValueKind.Null => false,
                System.Text.Json.JsonValueKind.String => v.GetValue<string>().Length > 0,
                System.Text.Json.JsonValueKind.Number => v.GetValue<double>() is var d && d != 0 && !double.IsNaN(d),
                _ => true,
            },
            _ => true, // objects and arrays
        };
    }
}
