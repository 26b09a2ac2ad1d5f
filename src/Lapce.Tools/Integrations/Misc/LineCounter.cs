// Port of src/integrations/misc/line-counter.ts (Kilo Code 4.88.0).
using Lapce.Tools.Utils;

namespace Lapce.Tools.Integrations.Misc;

public static class LineCounter
{
    /// <summary>
    /// <c>countFileLines(filePath)</c>: the lines Node's readline reports (crlfDelay Infinity): every "\n", "\r\n" and lone
    /// "\r" ends a line, and a non-empty rest after the last ending is one more. Counted on the bytes as they stream.
    /// </summary>
    public static Task<int> CountFileLinesAsync(string filePath)
    {
        // Check if file exists
        if (!Accessible(filePath))
        {
            return Task.FromException<int>(new JsError("Error", $"File not found: {filePath}"));
        }
        try
        {
            // createReadStream opens a folder fine and fails on the first read
            if (Directory.Exists(NodeFs.ResolveLinks(filePath) ?? filePath)) throw NodeFs.Error("EISDIR", "read", null);
            using var stream = OpenRead(filePath);
            var buffer = new byte[64 * 1024];
            int lineCount = 0;
            bool pendingText = false; // characters since the last line ending
            bool sawReturn = false;   // the previous byte was "\r" (a following "\n" belongs to it)
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                for (int i = 0; i < n; i++)
                {
                    byte b = buffer[i];
                    if (b == (byte)'\n')
                    {
                        if (!sawReturn) lineCount++;
                        sawReturn = false;
                        pendingText = false;
                    }
                    else if (b == (byte)'\r')
                    {
                        lineCount++;
                        sawReturn = true;
                        pendingText = false;
                    }
                    else
                    {
                        sawReturn = false;
                        pendingText = true;
                    }
                }
            }
            if (pendingText) lineCount++;
            return Task.FromResult(lineCount);
        }
        catch (Exception e)
        {
            return Task.FromException<int>(e);
        }
    }

    /// <summary><c>fs.access(path, F_OK)</c> succeeds (links followed; a link loop fails).</summary>
    internal static bool Accessible(string path)
    {
        try
        {
            return NodeFs.Exists(path);
        }
        catch (JsError)
        {
            return false;
        }
    }

    internal static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        }
        catch (UnauthorizedAccessException)
        {
            throw NodeFs.Error("EACCES", "open", path);
        }
        catch (FileNotFoundException)
        {
            throw NodeFs.Error("ENOENT", "open", path);
        }
        catch (IOException) when (NodeFs.ResolveLinks(path) is null && new FileInfo(path).LinkTarget is not null)
        {
            throw NodeFs.Error("ELOOP", "open", path);
        }
    }
}
