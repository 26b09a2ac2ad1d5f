// Port of isbinaryfile 5.0.4 (npm; lib/index.js): isBinaryFile(path) reads the first 512 bytes and applies
// isBinaryCheck. Not a Codex file; readFileTool and extract-text import it.
using System.Text;

namespace Lapce.Tools.Utils;

public static class IsBinaryFile
{
    private const int MaxBytes = 512;

    /// <summary>
    /// <c>isBinaryFile(file)</c>: stat (Node's error when missing), "Path provided was not a file!" for anything but a
    /// regular file (links followed), then the check on the first 512 bytes.
    /// </summary>
    public static Task<bool> IsBinaryFileAsync(string file)
    {
        try
        {
            // statAsync(file) then isStatFile(stat)
            var target = NodeFs.ResolveLinks(file) ?? file;
            if (Directory.Exists(target)) throw new JsError("Error", "Path provided was not a file!");
            if (!File.Exists(target)) throw NodeFs.Error("ENOENT", "stat", file);
            var buffer = new byte[MaxBytes];
            int bytesRead;
            try
            {
                using var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
                bytesRead = stream.ReadAtLeast(buffer, MaxBytes, throwOnEndOfStream: false);
            }
            catch (UnauthorizedAccessException)
            {
                throw NodeFs.Error("EACCES", "open", file);
            }
            return Task.FromResult(IsBinaryCheck(buffer, bytesRead));
        }
        catch (Exception e)
        {
            return Task.FromException<bool>(e);
        }
    }

    /// <summary><c>isBinaryFile(buffer, size)</c> on bytes already read.</summary>
    public static bool IsBinaryCheck(ReadOnlySpan<byte> fileBuffer, int bytesRead)
    {
        // empty file. no clue what it is.
        if (bytesRead == 0) return false;

        int suspiciousBytes = 0;
        int totalBytes = Math.Min(bytesRead, MaxBytes);
        byte At(int i, ReadOnlySpan<byte> b) => i < b.Length ? b[i] : (byte)0;

        // UTF-8 BOM
        if (bytesRead >= 3 && fileBuffer[0] == 0xef && fileBuffer[1] == 0xbb && fileBuffer[2] == 0xbf) return false;
        // UTF-32 BOM
        if (bytesRead >= 4 && fileBuffer[0] == 0x00 && fileBuffer[1] == 0x00 && fileBuffer[2] == 0xfe && fileBuffer[3] == 0xff) return false;
        // UTF-32 LE BOM
        if (bytesRead >= 4 && fileBuffer[0] == 0xff && fileBuffer[1] == 0xfe && fileBuffer[2] == 0x00 && fileBuffer[3] == 0x00) return false;
        // GB BOM
        if (bytesRead >= 4 && fileBuffer[0] == 0x84 && fileBuffer[1] == 0x31 && fileBuffer[2] == 0x95 && fileBuffer[3] == 0x33) return false;
        // PDF. This is binary. (Buffer#toString() of the first 5 bytes: only ASCII can equal "%PDF-")
        if (totalBytes >= 5 && fileBuffer[..5].SequenceEqual("%PDF-"u8)) return true;
        // UTF-16 BE BOM
        if (bytesRead >= 2 && fileBuffer[0] == 0xfe && fileBuffer[1] == 0xff) return false;
        // UTF-16 LE BOM
        if (bytesRead >= 2 && fileBuffer[0] == 0xff && fileBuffer[1] == 0xfe) return false;

        for (int i = 0; i < totalBytes; i++)
        {
            var b = fileBuffer[i];
            if (b == 0)
            {
                // NULL byte--it's binary!
                return true;
            }
            else if ((b < 7 || b > 14) && (b < 32 || b > 127))
            {
                // UTF-8 detection (reads past totalBytes only within the 512-byte buffer, zero-filled, as Node's Buffer.alloc)
                if (b >= 0xc0 && b <= 0xdf && i + 1 < totalBytes)
                {
                    i++;
                    if (fileBuffer[i] >= 0x80 && fileBuffer[i] <= 0xbf) continue;
                }
                else if (b >= 0xe0 && b <= 0xef && i + 2 < totalBytes)
                {
                    i++;
                    if (fileBuffer[i] >= 0x80 && fileBuffer[i] <= 0xbf && At(i + 1, fileBuffer) >= 0x80 && At(i + 1, fileBuffer) <= 0xbf)
                    {
                        i++;
                        continue;
                    }
                }
                else if (b >= 0xf0 && b <= 0xf7 && i + 3 < totalBytes)
                {
                    i++;
                    if (fileBuffer[i] >= 0x80 && fileBuffer[i] <= 0xbf &&
                        At(i + 1, fileBuffer) >= 0x80 && At(i + 1, fileBuffer) <= 0xbf &&
                        At(i + 2, fileBuffer) >= 0x80 && At(i + 2, fileBuffer) <= 0xbf)
                    {
                        i += 2;
                        continue;
                    }
                }
                suspiciousBytes++;
                // Read at least 32 fileBuffer before making a decision
                if (i >= 32 && (suspiciousBytes * 100.0) / totalBytes > 10) return true;
            }
        }

        if ((suspiciousBytes * 100.0) / totalBytes > 10) return true;
        if (suspiciousBytes > 1 && IsBinaryProto(fileBuffer, totalBytes)) return true;
        return false;
    }

    // A very basic non-exception raising reader. Read bytes and at the end use HasError to check whether this worked.
    private ref struct Reader(ReadOnlySpan<byte> fileBuffer, int size)
    {
        private readonly ReadOnlySpan<byte> _buffer = fileBuffer;
        private int _offset;
        public bool HasError { get; private set; }

        public int NextByte()
        {
            if (_offset == size || HasError)
            {
                HasError = true;
                return 0xff;
            }
            return _buffer[_offset++];
        }

        /// <summary><c>next(len)</c>: len calls of nextByte (the bytes are never used), counted without looping.</summary>
        public void Next(int len)
        {
            if (len <= 0) return;
            if (HasError) return;
            if ((long)_offset + len > size)
            {
                _offset = size;
                HasError = true;
            }
            else
            {
                _offset += len;
            }
        }
    }

    // Read a Google Protobuf var(iable)int from the buffer (32-bit JS bit arithmetic: shift counts mod 32).
    private static int ReadProtoVarInt(ref Reader reader)
    {
        int idx = 0;
        int varInt = 0;
        while (!reader.HasError)
        {
            int b = reader.NextByte();
            varInt |= (b & 0x7f) << (7 * idx);
            if ((b & 0x80) == 0) break;
            idx++;
        }
        return varInt;
    }

    // Attempt to taste a full Google Protobuf message.
    private static bool ReadProtoMessage(ref Reader reader)
    {
        int varInt = ReadProtoVarInt(ref reader);
        int wireType = varInt & 0x7;
        switch (wireType)
        {
            case 0:
                ReadProtoVarInt(ref reader);
                return true;
            case 1:
                reader.Next(8);
                return true;
            case 2:
                int len = ReadProtoVarInt(ref reader);
                reader.Next(len);
                return true;
            case 5:
                reader.Next(4);
                return true;
        }
        return false;
    }

    // Check whether this seems to be a valid protobuf file.
    private static bool IsBinaryProto(ReadOnlySpan<byte> fileBuffer, int totalBytes)
    {
        var reader = new Reader(fileBuffer, totalBytes);
        int numMessages = 0;
        while (true)
        {
            // Definitely not a valid protobuf
            if (!ReadProtoMessage(ref reader) && !reader.HasError) return false;
            // Short read?
            if (reader.HasError) break;
            numMessages++;
        }
        return numMessages > 0;
    }
}
