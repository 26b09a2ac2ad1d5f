// Port of src/utils/pathUtils.ts (Kilo Code 4.88.0).
namespace Lapce.Tools.Utils;

public static class PathUtils
{
    /// <summary>
    /// <c>isPathOutsideWorkspace(filePath)</c>: true when the path is outside every workspace folder (and when there is
    /// no workspace folder at all). Codex reads <c>vscode.workspace.workspaceFolders</c>; the folders are passed here
    /// (<see cref="VsCodeWorkspace.WorkspaceFolders"/>: the task's folder).
    /// </summary>
    public static bool IsPathOutsideWorkspace(string filePath, IReadOnlyList<string>? workspaceFolders)
    {
        // If there are no workspace folders, consider everything outside workspace for safety
        if (workspaceFolders is null || workspaceFolders.Count == 0)
        {
            return true;
        }

        // Normalize and resolve the path to handle .. and . components correctly
        var absolutePath = NodePath.Resolve(filePath);

        // Inside a workspace: the folder itself or anything under it
        return !workspaceFolders.Any(folderPath =>
            absolutePath == folderPath || absolutePath.StartsWith(folderPath + "/", StringComparison.Ordinal));
    }
}
