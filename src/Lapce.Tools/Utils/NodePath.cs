// Node's `path` module as it behaves on POSIX (path.posix of Node 20): resolve, relative, normalize, join,
// dirname, basename and the normalizeString they share, transcribed from Node's lib/path.js. Not a Codex file. The win32 flavour Node
// uses on Windows is not ported; process.cwd() is Environment.CurrentDirectory.
using System.Text;

namespace Lapce.Tools.Utils;

public static class NodePath
{
    /// <summary><c>path.resolve(...paths)</c>.</summary>
    public static string Resolve(params string[] paths)
    {
        var resolvedPath = "";
        var resolvedAbsolute = false;
        for (var i = paths.Length - 1; i >= 0 && !resolvedAbsolute; i--)
        {
            var path = paths[i];
            if (path.Length == 0) continue;
            resolvedPath = $"{path}/{resolvedPath}";
            resolvedAbsolute = path[0] == '/';
        }
        if (!resolvedAbsolute)
        {
            var cwd = Environment.CurrentDirectory;
            resolvedPath = $"{cwd}/{resolvedPath}";
            resolvedAbsolute = cwd.Length > 0 && cwd[0] == '/';
        }
        resolvedPath = NormalizeString(resolvedPath, !resolvedAbsolute);
        if (resolvedAbsolute) return $"/{resolvedPath}";
        return resolvedPath.Length > 0 ? resolvedPath : ".";
    }

    /// <summary><c>path.relative(from, to)</c>.</summary>
    public static string Relative(string from, string to)
    {
        if (from == to) return "";
        from = Resolve(from);
        to = Resolve(to);
        if (from == to) return "";

        const int fromStart = 1;
        var fromEnd = from.Length;
        var fromLen = fromEnd - fromStart;
        const int toStart = 1;
        var toLen = to.Length - toStart;

        var length = fromLen < toLen ? fromLen : toLen;
        var lastCommonSep = -1;
        var i = 0;
        for (; i < length; i++)
        {
            var fromCode = from[fromStart + i];
            if (fromCode != to[toStart + i]) break;
            if (fromCode == '/') lastCommonSep = i;
        }
        if (i == length)
        {
            if (toLen > length)
            {
                if (to[toStart + i] == '/') return to[(toStart + i + 1)..];
                if (i == 0) return to[(toStart + i)..];
            }
            else if (fromLen > length)
            {
                if (from[fromStart + i] == '/') lastCommonSep = i;
                else if (i == 0) lastCommonSep = 0;
            }
        }

        var sb = new StringBuilder();
        for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i)
        {
            if (i == fromEnd || from[i] == '/') sb.Append(sb.Length == 0 ? ".." : "/..");
        }
        return sb + to[(toStart + lastCommonSep)..];
    }

    /// <summary><c>path.normalize(path)</c>.</summary>
    public static string Normalize(string path)
    {
        if (path.Length == 0) return ".";
        var isAbsolute = path[0] == '/';
        var trailingSeparator = path[^1] == '/';
        path = NormalizeString(path, !isAbsolute);
        if (path.Length == 0)
        {
            if (isAbsolute) return "/";
            return trailingSeparator ? "./" : ".";
        }
        if (trailingSeparator) path += "/";
        return isAbsolute ? $"/{path}" : path;
    }

    /// <summary><c>path.join(...paths)</c>.</summary>
    public static string Join(params string[] paths)
    {
        string? joined = null;
        foreach (var arg in paths)
        {
            if (arg.Length == 0) continue;
            joined = joined is null ? arg : $"{joined}/{arg}";
        }
        return joined is null ? "." : Normalize(joined);
    }

    /// <summary><c>path.dirname(path)</c>.</summary>
    public static string Dirname(string path)
    {
        if (path.Length == 0) return ".";
        var hasRoot = path[0] == '/';
        var end = -1;
        var matchedSlash = true;
        for (var i = path.Length - 1; i >= 1; --i)
        {
            if (path[i] == '/')
            {
                if (!matchedSlash)
                {
                    end = i;
                    break;
                }
            }
            else
            {
                // We saw the first non-path separator
                matchedSlash = false;
            }
        }
        if (end == -1) return hasRoot ? "/" : ".";
        if (hasRoot && end == 1) return "//";
        return path[..end];
    }

    /// <summary><c>path.basename(path)</c> (without the suffix argument).</summary>
    /// <summary>path.posix.extname(path): from the last "." of the last part; "" for none, a leading dot, or "..".</summary>
    public static string Extname(string path)
    {
        int startDot = -1, startPart = 0, end = -1, preDotState = 0;
        bool matchedSlash = true;
        for (int i = path.Length - 1; i >= 0; --i)
        {
            char code = path[i];
            if (code == '/')
            {
                if (!matchedSlash)
                {
                    startPart = i + 1;
                    break;
                }
                continue;
            }
            if (end == -1)
            {
                matchedSlash = false;
                end = i + 1;
            }
            if (code == '.')
            {
                if (startDot == -1) startDot = i;
                else if (preDotState != 1) preDotState = 1;
            }
            else if (startDot != -1)
            {
                preDotState = -1;
            }
        }
        if (startDot == -1 || end == -1 || preDotState == 0 ||
            (preDotState == 1 && startDot == end - 1 && startDot == startPart + 1))
            return "";
        return path[startDot..end];
    }

    public static string Basename(string path)
    {
        var start = 0;
        var end = -1;
        var matchedSlash = true;
        for (var i = path.Length - 1; i >= 0; --i)
        {
            if (path[i] == '/')
            {
                // If we reached a path separator that was not part of a set of path separators at the end of the
                // string, stop now
                if (!matchedSlash)
                {
                    start = i + 1;
                    break;
                }
            }
            else if (end == -1)
            {
                // We saw the first non-path separator, mark this as the end of our path component
                matchedSlash = false;
                end = i + 1;
            }
        }
        return end == -1 ? "" : path[start..end];
    }

    // normalizeString(path, allowAboveRoot, '/', isPosixPathSeparator)
    private static string NormalizeString(string path, bool allowAboveRoot)
    {
        var res = "";
        var lastSegmentLength = 0;
        var lastSlash = -1;
        var dots = 0;
        char code = '\0';
        for (var i = 0; i <= path.Length; ++i)
        {
            if (i < path.Length) code = path[i];
            else if (code == '/') break;
            else code = '/';

            if (code == '/')
            {
                if (lastSlash == i - 1 || dots == 1)
                {
                    // NOOP
                }
                else if (dots == 2)
                {
                    if (res.Length < 2 || lastSegmentLength != 2 || res[^1] != '.' || res[^2] != '.')
                    {
                        if (res.Length > 2)
                        {
                            var lastSlashIndex = res.LastIndexOf('/');
                            if (lastSlashIndex == -1)
                            {
                                res = "";
                                lastSegmentLength = 0;
                            }
                            else
                            {
                                res = res[..lastSlashIndex];
                                lastSegmentLength = res.Length - 1 - res.LastIndexOf('/');
                            }
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                        else if (res.Length != 0)
                        {
                            res = "";
                            lastSegmentLength = 0;
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                    }
                    if (allowAboveRoot)
                    {
                        res += res.Length > 0 ? "/.." : "..";
                        lastSegmentLength = 2;
                    }
                }
                else
                {
                    if (res.Length > 0) res += "/" + path[(lastSlash + 1)..i];
                    else res = path[(lastSlash + 1)..i];
                    lastSegmentLength = i - lastSlash - 1;
                }
                lastSlash = i;
                dots = 0;
            }
            else if (code == '.' && dots != -1)
            {
                ++dots;
            }
            else
            {
                dots = -1;
            }
        }
        return res;
    }
}
