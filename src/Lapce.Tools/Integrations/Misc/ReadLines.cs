// Port of src/integrations/misc/read-lines.ts (Kilo Code 4.88.0; credits @BorisChumichev, node-nthline).
using System.Text;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Integrations.Misc;

public static class ReadLines
{
    // createReadStream's default highWaterMark: each chunk is decoded on its own (chunk.toString()), so a character
    // split across two chunks decodes as replacement characters, as in the original.
    private const int ChunkSize = 64 * 1024;

    private static JsError OutOfRangeError(string filepath, double n) =>
        new("RangeError", $"Line with index {JsJson.NumberToString(n)} does not exist in '{filepath}'. Note that line indexing is zero-based");

    /// <summary>
    /// <c>readLines(filepath, endLine?, startLine?)</c>: lines startLine..endLine (zero-based, inclusive) with their
    /// line feeds; only "\n" separates lines here.
    /// </summary>
    public static Task<string> ReadLinesAsync(string filepath, double? endLine = null, double? startLine = null)
    {
        try
        {
            return Task.FromResult(Read(filepath, endLine, startLine));
        }
        catch (Exception e)
        {
            return Task.FromException<string>(e);
        }
    }

    private static string Read(string filepath, double? endLine, double? startLine)
    {
        // Force startLine to be an integer and clamp to 0 if negative (Math.max(0, NaN) is NaN)
        if (startLine is { } s) startLine = double.IsNaN(s) ? double.NaN : Math.Max(0, Math.Floor(s));
        // Force endLine to be an integer
        if (endLine is { } e) endLine = Math.Floor(e);

        double effectiveStartLine = startLine ?? 0;

        // Check startLine and endLine relationship
        if (endLine is { } end0 && effectiveStartLine > end0)
        {
            throw new JsError("RangeError",
                $"startLine ({JsJson.NumberToString(effectiveStartLine)}) must be less than or equal to endLine ({JsJson.NumberToString(end0)})");
        }

        // Set up stream (opening a folder succeeds; the first read fails)
        var target = NodeFs.ResolveLinks(filepath) ?? filepath;
        if (!NodeFs.Exists(filepath) && new FileInfo(filepath).LinkTarget is null) throw NodeFs.Error("ENOENT", "open", filepath);
        if (Directory.Exists(target)) throw NodeFs.Error("EISDIR", "read", null);
        using var input = LineCounter.OpenRead(filepath);
        var bytes = new byte[ChunkSize];
        // The unprocessed text: the incomplete line carried over, then the chunk decoded after it. Lines before the
        // range are only counted, never copied (a read near the end of a 100 MB file allocates no more than one near the start).
        var buffer = new char[NodeFs.Utf8.GetMaxCharCount(ChunkSize) * 2];
        var buffered = 0;
        var result = new StringBuilder();
        double lineCount = 0;
        int n;
        while ((n = input.ReadAtLeast(bytes, ChunkSize, throwOnEndOfStream: false)) > 0)
        {
            // Add chunk to buffer (each chunk decoded on its own, as chunk.toString())
            var room = NodeFs.Utf8.GetMaxCharCount(n);
            if (buffered + room > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, buffered + room));
            buffered += NodeFs.Utf8.GetChars(bytes, 0, n, buffer, buffered);
            var text = buffer.AsSpan(0, buffered);
            var pos = 0;
            int nextNewline;
            // Process complete lines in the buffer
            while ((nextNewline = text[pos..].IndexOf('\n')) != -1)
            {
                nextNewline += pos;
                // If we're in the target range, add this line to the result
                if (lineCount >= effectiveStartLine && (endLine is null || lineCount <= endLine))
                {
                    result.Append(text[pos..(nextNewline + 1)]); // Include the newline
                }
                // Move position and increment line counter
                pos = nextNewline + 1;
                lineCount++;
                // If we've reached the end line, we can stop
                if (endLine is { } end && lineCount > end) return result.ToString();
            }
            // Trim buffer - keep only the incomplete line
            text[pos..].CopyTo(buffer);
            buffered -= pos;
        }

        // Process any remaining data in buffer (last line without newline)
        if (buffered > 0)
        {
            if (lineCount >= effectiveStartLine && (endLine is null || lineCount <= endLine)) result.Append(buffer, 0, buffered);
            lineCount++;
        }

        // Check if we found any lines in the requested range (NaN compares false: resolves)
        if (lineCount <= effectiveStartLine) throw OutOfRangeError(filepath, effectiveStartLine);
        return result.ToString();
    }
}
