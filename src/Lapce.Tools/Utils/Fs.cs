// Port of src/utils/fs.ts (Kilo Code 4.88.0): createDirectoriesForFile and fileExistsAtPath.
namespace Lapce.Tools.Utils;

public static class Fs
{
    /// <summary>
    /// <c>createDirectoriesForFile(filePath)</c>: creates the missing folders above <paramref name="filePath"/>, top-most
    /// first, and returns them in that order (the caller removes them again, in reverse, when an edit is reverted).
    /// </summary>
    public static async Task<List<string>> CreateDirectoriesForFileAsync(string filePath)
    {
        var newDirectories = new List<string>();
        var normalizedFilePath = NodePath.Normalize(filePath); // Normalize path for cross-platform compatibility
        var directoryPath = NodePath.Dirname(normalizedFilePath);

        var currentPath = directoryPath;
        var dirsToCreate = new List<string>();

        // Traverse up the directory tree and collect missing directories
        while (!await FileExistsAtPathAsync(currentPath))
        {
            dirsToCreate.Add(currentPath);
            currentPath = NodePath.Dirname(currentPath);
        }

        // Create directories from the topmost missing one down to the target directory
        for (var i = dirsToCreate.Count - 1; i >= 0; i--)
        {
            await NodeFs.MkdirAsync(dirsToCreate[i]);
            newDirectories.Add(dirsToCreate[i]);
        }

        return newDirectories;
    }

    /// <summary><c>fileExistsAtPath(filePath)</c>: whether <c>fs.access</c> succeeds (files and folders; links are followed).</summary>
    public static Task<bool> FileExistsAtPathAsync(string filePath) => Task.FromResult(NodeFs.Exists(filePath));
}
