// The fs/promises calls the ported tools make (readFile, writeFile, access, mkdir, unlink, rmdir), with the errors
// Node raises on Linux: "CODE: description, syscall 'path'" carrying own errno / code / syscall / path properties,
// which handleError's serialize-error output shows. Not a Codex file.
//
// writeFile differs from Node's on purpose: the bytes go to a temporary file in the same folder, which is then renamed
// over the target, so a failure never leaves a half-written file. Like Node's, it writes through a symbolic link to
// the file it points at (the link stays a link) and keeps an existing file's permissions.
using System.Text;

namespace Lapce.Tools.Utils;

public static class NodeFs
{
    /// <summary>Node's UTF-8 decoding (Buffer#toString("utf8")): a BOM is kept as U+FEFF, invalid bytes become U+FFFD.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary><c>fs.access(path)</c> (F_OK), as a boolean: follows symbolic links, so a dangling link does not exist.</summary>
    public static bool Exists(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null) return File.Exists(path) || Directory.Exists(path);
            var target = ResolveLinks(path);
            return target is not null && (File.Exists(target) || Directory.Exists(target));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary><c>fs.readFile(path, "utf-8")</c>.</summary>
    public static async Task<string> ReadFileUtf8Async(string path) => Utf8.GetString(await ReadFileAsync(path));

    /// <summary><c>fs.readFile(path)</c>.</summary>
    public static Task<byte[]> ReadFileAsync(string path) => Task.FromResult(ReadFileSync(path));

    /// <summary><c>fs.readFileSync(path)</c>.</summary>
    public static byte[] ReadFileSync(string path)
    {
        // Node opens a directory fine and fails on the read
        if (Directory.Exists(path)) throw Error("EISDIR", "read", null);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Translate(e, "open", path);
        }
    }

    /// <summary><c>fs.writeFile(path, text, "utf-8")</c> (written atomically, see the file comment).</summary>
    public static Task WriteFileAsync(string path, string text) => WriteFileAsync(path, Utf8.GetBytes(text));

    /// <summary><c>fs.writeFile(path, bytes)</c> (written atomically, see the file comment).</summary>
    public static Task WriteFileAsync(string path, byte[] bytes) =>
        WriteFileAtomicallyAsync(path, (stream, _) =>
        {
            // Synchronously: WriteAsync on a FileStream opened for synchronous I/O hops to the thread pool and back.
            stream.Write(bytes);
            return Task.CompletedTask;
        });

    /// <summary>
    /// Writes <paramref name="path"/> through a temporary file in the target's folder and an atomic rename: when
    /// <paramref name="write"/> (or anything before the rename) fails, the target keeps its bytes and the temporary
    /// file is removed. Errors are Node's (<c>open</c>) for a target that cannot be written.
    /// </summary>
    public static async Task WriteFileAtomicallyAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        // fs.writeFile follows a symbolic link and writes the file it points at.
        var target = ResolveLinks(path) ?? path;
        if (Directory.Exists(target)) throw Error("EISDIR", "open", path);
        var folder = System.IO.Path.GetDirectoryName(target) ?? "/";
        if (!Directory.Exists(folder)) throw Error(File.Exists(folder) || AncestorIsFile(folder) ? "ENOTDIR" : "ENOENT", "open", path);

        var exists = File.Exists(target);
        if (exists)
        {
            // fs.writeFile opens the file itself: one this process may not write (read-only) fails here with Node's
            // EACCES, before anything changes. A rename would replace it regardless of its mode.
            try
            {
                using (File.OpenHandle(target, FileMode.Open, FileAccess.Write)) { }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Translate(e, "open", path);
            }
        }

        var temp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        FileStream? tempStream;
        try
        {
            tempStream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        }
        catch (UnauthorizedAccessException) when (exists)
        {
            // A writable file in a folder that may not be written: Node writes it in place, and so does the port (no
            // temporary file can be made there).
            tempStream = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Translate(e, "open", path);
        }
        if (tempStream is null)
        {
            try
            {
                using var inPlace = new FileStream(target, FileMode.Truncate, FileAccess.Write, FileShare.None, 64 * 1024);
                await write(inPlace, cancellationToken);
                inPlace.Flush();
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Translate(e, "open", path);
            }
        }

        try
        {
            // Readers see the old file or the new one, never a part: the rename is atomic. No fsync: Codex's
            // fs.writeFile does not sync either, and a sync costs milliseconds per edit. Synchronous I/O: these are
            // local files, and async file streams only add thread hops.
            using (var stream = tempStream)
            {
                await write(stream, cancellationToken);
                stream.Flush();
            }
            if (!OperatingSystem.IsWindows() && exists)
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e)
        {
            try { File.Delete(temp); } catch (Exception) { /* best effort: the temporary file may not exist */ }
            if (e is IOException or UnauthorizedAccessException) throw Translate(e, "open", path);
            throw;
        }
    }

    /// <summary><c>fs.mkdir(path)</c> (not recursive).</summary>
    public static Task MkdirAsync(string path)
    {
        if (File.Exists(path) || Directory.Exists(path)) throw Error("EEXIST", "mkdir", path);
        var parent = System.IO.Path.GetDirectoryName(path);
        if (parent is not null && !Directory.Exists(parent)) throw Error(File.Exists(parent) || AncestorIsFile(parent) ? "ENOTDIR" : "ENOENT", "mkdir", path);
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Translate(e, "mkdir", path);
        }
        return Task.CompletedTask;
    }

    /// <summary><c>fs.unlink(path)</c>.</summary>
    public static Task UnlinkAsync(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null && Directory.Exists(path)) throw Error("EISDIR", "unlink", path);
        if (info.LinkTarget is null && !info.Exists) throw Error("ENOENT", "unlink", path);
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Translate(e, "unlink", path);
        }
        return Task.CompletedTask;
    }

    /// <summary><c>fs.rmdir(path)</c> (not recursive).</summary>
    public static Task RmdirAsync(string path)
    {
        if (!Directory.Exists(path)) throw Error(File.Exists(path) ? "ENOTDIR" : "ENOENT", "rmdir", path);
        if (Directory.EnumerateFileSystemEntries(path).Any()) throw Error("ENOTEMPTY", "rmdir", path);
        try
        {
            Directory.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Translate(e, "rmdir", path);
        }
        return Task.CompletedTask;
    }

    /// <summary>The file a chain of symbolic links ends at (which may not exist); null when <paramref name="path"/> is no link.</summary>
    public static string? ResolveLinks(string path)
    {
        string? current = null;
        var next = path;
        for (var hops = 0; hops < 40; hops++)
        {
            var link = new FileInfo(next).LinkTarget;
            if (link is null) return current;
            current = NodePath.Resolve(System.IO.Path.GetDirectoryName(next) ?? "/", link);
            next = current;
        }
        throw Error("ELOOP", "open", path);
    }

    private static readonly Dictionary<string, (int Errno, string Description)> Codes = new(StringComparer.Ordinal)
    {
        ["ENOENT"] = (-2, "no such file or directory"),
        ["EACCES"] = (-13, "permission denied"),
        ["EEXIST"] = (-17, "file already exists"),
        ["ENOTDIR"] = (-20, "not a directory"),
        ["EISDIR"] = (-21, "illegal operation on a directory"),
        ["ENOTEMPTY"] = (-39, "directory not empty"),
        ["ELOOP"] = (-40, "too many symbolic links encountered"),
        ["EIO"] = (-5, "i/o error"),
    };

    /// <summary>A Node system error: <c>"CODE: description, syscall 'path'"</c> with errno, code, syscall (and path).</summary>
    public static JsError Error(string code, string syscall, string? path)
    {
        var (errno, description) = Codes[code];
        var props = new JsObject { { "errno", errno }, { "code", code }, { "syscall", syscall } };
        if (path is not null) props.Add("path", path);
        var message = path is null ? $"{code}: {description}, {syscall}" : $"{code}: {description}, {syscall} '{path}'";
        return new JsError("Error", message, props);
    }

    private static JsError Translate(Exception e, string syscall, string path) => e switch
    {
        FileNotFoundException => Error("ENOENT", syscall, path),
        DirectoryNotFoundException => Error(AncestorIsFile(path) ? "ENOTDIR" : "ENOENT", syscall, path),
        UnauthorizedAccessException when Directory.Exists(path) => Error("EISDIR", syscall, path),
        UnauthorizedAccessException => Error("EACCES", syscall, path),
        _ => Error("EIO", syscall, path),
    };

    // Whether some ancestor of the path is an existing file (ENOTDIR rather than ENOENT).
    private static bool AncestorIsFile(string path)
    {
        for (var dir = System.IO.Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir); dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir)) return true;
            if (Directory.Exists(dir)) return false;
        }
        return false;
    }
}
