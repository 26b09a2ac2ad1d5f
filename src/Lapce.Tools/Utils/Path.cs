// Port of src/utils/path.ts (Kilo Code 4.88.0): toPosix (String.prototype.toPosix), arePathsEqual, getReadablePath,
// toRelativePath. Paths follow Node's POSIX `path` (NodePath); the process.platform === "win32" branches are not
// taken. The class is `Paths` because a `Path` class would clash with System.IO.Path wherever both are in scope.
namespace Lapce.Tools.Utils;

public static class Paths
{
    /// <summary>
    /// <c>toPosixPath(p)</c> / <c>p.toPosix()</c>: backslashes to slashes, except in Windows extended-length paths
    /// (<c>\\?\…</c>), which are returned unmodified.
    /// </summary>
    public static string ToPosix(this string p)
    {
        var isExtendedLengthPath = p.StartsWith(@"\\?\", StringComparison.Ordinal);
        return isExtendedLengthPath ? p : p.Replace('\\', '/');
    }

    /// <summary><c>arePathsEqual(path1?, path2?)</c>: compares normalised paths (case-sensitively off Windows).</summary>
    public static bool ArePathsEqual(string? path1, string? path2)
    {
        if (string.IsNullOrEmpty(path1) && string.IsNullOrEmpty(path2)) return true;
        if (string.IsNullOrEmpty(path1) || string.IsNullOrEmpty(path2)) return false;

        path1 = NormalizePath(path1);
        path2 = NormalizePath(path2);
        return path1 == path2;
    }

    private static string NormalizePath(string p)
    {
        // normalize resolves ./.. segments, removes duplicate slashes, and standardizes path separators
        var normalized = NodePath.Normalize(p);
        // however it doesn't remove trailing slashes: remove one, except for root paths
        if (normalized.Length > 1 && (normalized.EndsWith('/') || normalized.EndsWith('\\')))
        {
            normalized = normalized[..^1];
        }
        return normalized;
    }

    /// <summary>
    /// <c>getReadablePath(cwd, relPath?)</c>: the path as shown to the user and the model — relative to cwd when the
    /// absolute path contains cwd (a plain substring test, as in Codex), absolute otherwise, the folder's own name when
    /// it is cwd itself.
    /// </summary>
    public static string GetReadablePath(string cwd, string? relPath)
    {
        relPath = string.IsNullOrEmpty(relPath) ? "" : relPath;
        // path.resolve resolves relative paths like '../../' against cwd and ignores cwd when relPath is absolute
        var absolutePath = NodePath.Resolve(cwd, relPath);
        if (ArePathsEqual(cwd, NodePath.Join(HomeDir(), "Desktop")))
        {
            // User opened vscode without a workspace, so cwd is the Desktop: show the full absolute path
            return absolutePath.ToPosix();
        }
        if (ArePathsEqual(NodePath.Normalize(absolutePath), NodePath.Normalize(cwd)))
        {
            return NodePath.Basename(absolutePath).ToPosix();
        }
        // show the relative path to the cwd
        var normalizedRelPath = NodePath.Relative(cwd, absolutePath);
        if (absolutePath.Contains(cwd, StringComparison.Ordinal))
        {
            return normalizedRelPath.ToPosix();
        }
        // outside the cwd: show the absolute path (useful when the model passes in '../../' for example)
        return absolutePath.ToPosix();
    }

    /// <summary><c>toRelativePath(filePath, cwd)</c>: keeps a trailing slash.</summary>
    public static string ToRelativePath(string filePath, string cwd)
    {
        var relativePath = NodePath.Relative(cwd, filePath).ToPosix();
        return filePath.EndsWith('/') ? relativePath + "/" : relativePath;
    }

    /// <summary>Node's <c>os.homedir()</c> on POSIX: $HOME, else the user's profile folder.</summary>
    public static string HomeDir() =>
        Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home
            ? home
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
