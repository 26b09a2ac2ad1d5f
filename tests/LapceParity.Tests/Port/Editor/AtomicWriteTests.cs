// Writes to disk go through a temporary file in the target's folder and an atomic rename (NodeFs), so a failed write
// never leaves a half-written file; and the document model's save goes through it.
using Lapce.Tools.Integrations.Editor;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port.Editor;

public sealed class AtomicWriteTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lapce-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    [Fact]
    public async Task A_write_that_fails_midway_leaves_the_original_bytes_and_no_temporary_file()
    {
        var file = PathOf("a.txt");
        byte[] original = [0xEF, 0xBB, 0xBF, (byte)'o', (byte)'l', (byte)'d', (byte)'\r', (byte)'\n'];
        await File.WriteAllBytesAsync(file, original);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => NodeFs.WriteFileAtomicallyAsync(file, async (stream, ct) =>
        {
            await stream.WriteAsync("half of the new cont"u8.ToArray(), ct);
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("disk full", ex.Message);
        Assert.Equal(original, await File.ReadAllBytesAsync(file));
        Assert.Equal(["a.txt"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_new_file_that_fails_midway_is_not_created()
    {
        var file = PathOf("new.txt");

        // An I/O failure surfaces as Node's error for the file.
        var e = await Assert.ThrowsAsync<JsError>(() => NodeFs.WriteFileAtomicallyAsync(file, (_, _) => throw new IOException("boom")));
        Assert.Equal($"EIO: i/o error, open '{file}'", e.Message);

        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public async Task A_successful_write_replaces_the_content_and_keeps_the_permissions()
    {
        if (OperatingSystem.IsWindows()) return;
        var file = PathOf("run.sh");
        await File.WriteAllTextAsync(file, "echo old\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        await NodeFs.WriteFileAsync(file, "echo new\n");

        Assert.Equal("echo new\n", await File.ReadAllTextAsync(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(file));
        Assert.Single(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public async Task Writing_a_symbolic_link_writes_the_file_it_points_at_and_keeps_the_link()
    {
        var real = PathOf("real.txt");
        var link = PathOf("link.txt");
        await File.WriteAllTextAsync(real, "r\n");
        File.CreateSymbolicLink(link, "real.txt");

        await NodeFs.WriteFileAsync(link, "through\n");

        Assert.Equal("through\n", await File.ReadAllTextAsync(real));
        Assert.Equal("real.txt", new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task Errors_have_the_shape_of_nodes()
    {
        Directory.CreateDirectory(PathOf("dir"));
        await File.WriteAllTextAsync(PathOf("f.txt"), "f");

        var isDir = await Assert.ThrowsAsync<JsError>(() => NodeFs.WriteFileAsync(PathOf("dir"), "x"));
        Assert.Equal($"EISDIR: illegal operation on a directory, open '{PathOf("dir")}'", isDir.Message);
        Assert.Equal(
            $"{{\"errno\":-21,\"code\":\"EISDIR\",\"syscall\":\"open\",\"path\":{JsJson.Quote(PathOf("dir"))}}}",
            JsJson.Stringify(isDir.OwnProperties));

        var notDir = await Assert.ThrowsAsync<JsError>(() => NodeFs.WriteFileAsync(PathOf("f.txt/sub"), "x"));
        Assert.Equal($"ENOTDIR: not a directory, open '{PathOf("f.txt/sub")}'", notDir.Message);

        var missing = await Assert.ThrowsAsync<JsError>(() => NodeFs.WriteFileAsync(PathOf("no/such/x"), "x"));
        Assert.Equal($"ENOENT: no such file or directory, open '{PathOf("no/such/x")}'", missing.Message);

        var readDir = await Assert.ThrowsAsync<JsError>(() => NodeFs.ReadFileUtf8Async(PathOf("dir")));
        Assert.Equal("EISDIR: illegal operation on a directory, read", readDir.Message);
        Assert.Equal("{\"errno\":-21,\"code\":\"EISDIR\",\"syscall\":\"read\"}", JsJson.Stringify(readDir.OwnProperties));
    }

    [Fact]
    public async Task A_document_save_that_fails_leaves_the_file_as_it_was()
    {
        var file = PathOf("doc.txt");
        await File.WriteAllTextAsync(file, "a\r\nb\r\n");
        var model = new TextDocumentModel();
        var doc = await model.OpenTextDocumentAsync(file);
        var edit = new WorkspaceEdit();
        edit.Replace(file, new DocRange(0, 0, doc.LineCount, 0), "x\ny\n");
        Assert.True(await model.ApplyEditAsync(edit));
        Assert.True(doc.IsDirty);

        // The file is replaced by a folder under the document: saving must fail and leave the folder alone.
        File.Delete(file);
        Directory.CreateDirectory(file);
        await Assert.ThrowsAsync<JsError>(doc.SaveAsync);
        Assert.True(Directory.Exists(file));
        Assert.True(doc.IsDirty);
        Assert.Equal([file], Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public async Task The_document_keeps_bom_and_majority_eol_and_writes_only_when_dirty()
    {
        var file = PathOf("bom.txt");
        byte[] original = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\r', (byte)'\n', (byte)'b', (byte)'\n', (byte)'c', (byte)'\r', (byte)'\n'];
        await File.WriteAllBytesAsync(file, original);
        var model = new TextDocumentModel();
        var doc = await model.OpenTextDocumentAsync(file);

        Assert.Equal("a\r\nb\r\nc\r\n", doc.GetText());
        Assert.Equal("\r\n", doc.Eol);
        Assert.False(await doc.SaveAsync()); // clean: not written
        Assert.Equal(original, await File.ReadAllBytesAsync(file));

        var edit = new WorkspaceEdit();
        edit.Insert(file, new DocPosition(1, 0), "x\ny\n");
        await model.ApplyEditAsync(edit);
        Assert.True(await doc.SaveAsync());
        Assert.Equal("\uFEFFa\r\nx\r\ny\r\nb\r\nc\r\n", NodeFs.Utf8.GetString(await File.ReadAllBytesAsync(file)));
    }
}
