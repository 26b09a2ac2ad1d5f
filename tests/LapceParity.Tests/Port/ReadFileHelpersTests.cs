// Unit tests of the read_file helpers: differential against the npm packages Codex uses (isbinaryfile, pretty-bytes,
// readline's line count, mammoth, exceljs, pdf-parse) through tools/ts-host/test/read-file-oracle.cjs, plus readLines
// edge cases from read-lines.spec.ts.
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Lapce.Tools.Integrations.Misc;
using Lapce.Tools.Utils;
using LapceParity;
using Xunit;

namespace LapceParity.Tests.Port;

public sealed class ReadFileHelpersTests : IDisposable
{
    private static readonly string Repo = RepoRoot.Find(AppContext.BaseDirectory);
    private readonly string _dir = Directory.CreateTempSubdirectory("lapce-readfile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    private static JsonObject Oracle(JsonObject request)
    {
        var psi = new ProcessStartInfo("node", Path.Combine(Repo, "tools", "ts-host", "test", "read-file-oracle.cjs"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(request.ToJsonString());
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, error);
        return JsonNode.Parse(output)!.AsObject();
    }

    /// <summary>Buffers that exercise every branch of isBinaryCheck: BOMs, NUL, UTF-8 runs, suspicious bytes, protobuf.</summary>
    private static IEnumerable<byte[]> BinaryCandidates()
    {
        yield return [];
        yield return "plain ascii text\n"u8.ToArray();
        yield return [0xef, 0xbb, 0xbf, 0x00, 0x01];
        yield return [0x00, 0x00, 0xfe, 0xff, 0x01];
        yield return [0xff, 0xfe, 0x00, 0x00];
        yield return [0x84, 0x31, 0x95, 0x33, 0x00];
        yield return "%PDF-1.4 whatever"u8.ToArray();
        yield return [0xfe, 0xff, 0x00, 0x41];
        yield return [0xff, 0xfe, 0x41, 0x00];
        yield return Encoding.UTF8.GetBytes("Grüße, こんにちは, 🌍 — text");
        yield return [.. "abc"u8, 0x00, .. "def"u8];
        yield return Encoding.Latin1.GetBytes("café au lait est bon et chaud ce matin encore\n");
        yield return Encoding.Latin1.GetBytes("ééééééééééééééééééééééééééééééééééééééééé");
        yield return [0x08, 0x12, 0x04, 0x74, 0x65, 0x73, 0x74, 0x1a, 0x02, 0x80, 0x01];
        yield return [0x0a, 0x85, 0x05, 0x41, 0x42, 0x12, 0x03, 0x81, 0x82, 0x83];
        var rnd = new Random(1234);
        for (int i = 0; i < 60; i++)
        {
            var len = rnd.Next(1, 700);
            var b = new byte[len];
            rnd.NextBytes(b);
            // mostly text with a few high or control bytes
            if (i % 3 != 0) for (int k = 0; k < len; k++) if (rnd.Next(100) < 92) b[k] = (byte)rnd.Next(32, 127);
            if (i % 4 == 0) for (int k = 0; k < len; k++) if (b[k] == 0) b[k] = 1;
            yield return b;
        }
    }

    [Fact]
    public async Task IsBinaryFile_matches_isbinaryfile()
    {
        var files = BinaryCandidates().Select((b, i) => Write($"b{i}.dat", b)).ToList();
        var oracle = Oracle(new JsonObject { ["binary"] = new JsonArray(files.Select(f => (JsonNode)f).ToArray()) });
        for (int i = 0; i < files.Count; i++)
        {
            var expected = oracle["binary"]![i]!["value"]!.GetValue<bool>();
            Assert.True(expected == await IsBinaryFile.IsBinaryFileAsync(files[i]), $"candidate {i}");
        }
    }

    [Fact]
    public async Task IsBinaryFile_rejects_folders_as_isbinaryfile_does()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => IsBinaryFile.IsBinaryFileAsync(_dir));
        Assert.Equal("Path provided was not a file!", ex.Message);
    }

    [Fact]
    public void PrettyBytes_matches_pretty_bytes()
    {
        double[] numbers = [0, 0.5, 1, 10, 999, 1000, 1001, 1499, 1500, 2171, 99_950, 999_500, 999_499, 2_900_000, 5_242_880, 1e12, 123_456_789];
        var oracle = Oracle(new JsonObject { ["prettyBytes"] = new JsonArray(numbers.Select(n => (JsonNode)n).ToArray()) });
        for (int i = 0; i < numbers.Length; i++)
            Assert.Equal(oracle["prettyBytes"]![i]!.GetValue<string>(), PrettyBytes.Format(numbers[i]));
    }

    [Fact]
    public async Task CountFileLines_matches_readline()
    {
        string[] texts = ["", "a", "a\n", "a\n\n", "\n", "\r", "\r\n", "a\rb", "a\r\nb\r\n", "a\r\r\nb", "x\n\r\ny", "one\ntwo\rthree\r\nfour", "\u2028 not a line end \u0085"];
        var files = texts.Select((t, i) => Write($"l{i}.txt", Encoding.UTF8.GetBytes(t))).ToList();
        var big = new StringBuilder();
        for (int i = 0; i < 30_000; i++) big.Append(i % 7 == 0 ? "row\r\n" : i % 11 == 0 ? "row\r" : "row\n");
        files.Add(Write("big.txt", Encoding.UTF8.GetBytes(big.ToString())));
        var oracle = Oracle(new JsonObject { ["lines"] = new JsonArray(files.Select(f => (JsonNode)f).ToArray()) });
        for (int i = 0; i < files.Count; i++)
            Assert.True(oracle["lines"]![i]!["value"]!.GetValue<int>() == await LineCounter.CountFileLinesAsync(files[i]), $"file {i}");
    }

    [Fact]
    public async Task CountFileLines_of_a_missing_file()
    {
        var missing = Path.Combine(_dir, "none.txt");
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => LineCounter.CountFileLinesAsync(missing));
        Assert.Equal($"File not found: {missing}", ex.Message);
    }

    // ---- read-lines.spec.ts -----------------------------------------------------------------------------------------
    [Fact]
    public async Task ReadLines_ranges_and_errors()
    {
        var f = Write("r.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 10).Select(i => $"Line {i + 1}\n"))));
        Assert.Equal("Line 1\nLine 2\n", await ReadLines.ReadLinesAsync(f, 1));
        Assert.Equal("Line 3\nLine 4\n", await ReadLines.ReadLinesAsync(f, 3, 2));
        Assert.Equal("Line 9\nLine 10\n", await ReadLines.ReadLinesAsync(f, null, 8));
        Assert.Equal("Line 10\n", await ReadLines.ReadLinesAsync(f, 100, 9));
        Assert.Equal("Line 1\n", await ReadLines.ReadLinesAsync(f, 0, -5));
        Assert.Equal("Line 2\nLine 3\n", await ReadLines.ReadLinesAsync(f, 2.9, 1.5));
        var e1 = await Assert.ThrowsAnyAsync<Exception>(() => ReadLines.ReadLinesAsync(f, 1, 3));
        Assert.Equal("startLine (3) must be less than or equal to endLine (1)", e1.Message);
        var e2 = await Assert.ThrowsAnyAsync<Exception>(() => ReadLines.ReadLinesAsync(f, 20, 15));
        Assert.Equal($"Line with index 15 does not exist in '{f}'. Note that line indexing is zero-based", e2.Message);
        Assert.Equal("RangeError", JsError.NameOf(e2));
    }

    [Fact]
    public async Task ReadLines_keeps_carriage_returns_and_a_missing_final_newline()
    {
        var f = Write("c.txt", "a\r\nb\r\nc"u8.ToArray());
        Assert.Equal("b\r\nc", await ReadLines.ReadLinesAsync(f, 2, 1));
        var empty = Write("e.txt", []);
        await Assert.ThrowsAnyAsync<Exception>(() => ReadLines.ReadLinesAsync(empty, 0, 0));
    }

    [Fact]
    public async Task ReadLines_decodes_each_64_KiB_chunk_on_its_own()
    {
        // A two-byte character split by the chunk boundary decodes as two replacement characters, as in Node.
        var bytes = new byte[65_536 + 10];
        Array.Fill(bytes, (byte)'a');
        bytes[65_535] = 0xc3;
        bytes[65_536] = 0xa9;
        bytes[^1] = (byte)'\n';
        var f = Write("split.txt", bytes);
        var text = await ReadLines.ReadLinesAsync(f, 0, 0);
        Assert.Contains("\uFFFD\uFFFD", text);
    }

    // ---- documents ------------------------------------------------------------------------------------------------
    private Dictionary<string, string> Fixtures()
    {
        var psi = new ProcessStartInfo("python3", Path.Combine(Repo, "tools", "fixtures", "make_read_file_fixtures.py")) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var lines = p.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        p.WaitForExit();
        return lines.Select(l => l.Split('\t')).ToDictionary(a => a[0], a => a[1]);
    }

    [Fact]
    public async Task Docx_xlsx_and_pdf_match_mammoth_exceljs_and_pdf_parse()
    {
        var fx = Fixtures();
        var docx = fx.Keys.Where(k => k.StartsWith("docx_")).Select(k => Write(k + ".docx", Convert.FromBase64String(fx[k]))).ToList();
        var xlsx = fx.Keys.Where(k => k.StartsWith("xlsx_")).Select(k => Write(k + ".xlsx", Convert.FromBase64String(fx[k]))).ToList();
        var pdf = fx.Keys.Where(k => k.StartsWith("pdf_")).Select(k => Write(k + ".pdf", Convert.FromBase64String(fx[k]))).ToList();
        JsonArray Arr(List<string> l) => new(l.Select(f => (JsonNode)f).ToArray());
        var oracle = Oracle(new JsonObject { ["docx"] = Arr(docx), ["xlsx"] = Arr(xlsx), ["pdf"] = Arr(pdf) });
        for (int i = 0; i < docx.Count; i++)
            Assert.Equal(ExtractText.AddLineNumbers(oracle["docx"]![i]!["value"]!.GetValue<string>()), await ExtractText.ExtractTextFromFileAsync(docx[i]));
        for (int i = 0; i < xlsx.Count; i++)
            Assert.Equal(oracle["xlsx"]![i]!["value"]!.GetValue<string>(), await ExtractTextFromXlsx.ExtractTextFromXLSXAsync(xlsx[i]));
        for (int i = 0; i < pdf.Count; i++)
            Assert.Equal(ExtractText.AddLineNumbers(oracle["pdf"]![i]!["value"]!.GetValue<string>()), await ExtractText.ExtractTextFromFileAsync(pdf[i]));
    }

    [Fact]
    public async Task ExtractTextFromFile_validates_maxReadFileLine_and_truncates_text()
    {
        var f = Write("t.txt", Encoding.UTF8.GetBytes("a\nb\nc\n"));
        var e = await Assert.ThrowsAnyAsync<Exception>(() => ExtractText.ExtractTextFromFileAsync(f, 0));
        Assert.Equal("Invalid maxReadFileLine: 0. Must be a positive integer or -1 for unlimited.", e.Message);
        Assert.Equal("1 | a\n2 | b\n\n\n[File truncated: showing 2 of 3 total lines. The file is too large and may exhaust the context window if read in full.]",
            await ExtractText.ExtractTextFromFileAsync(f, 2));
        Assert.Equal("1 | a\n2 | b\n3 | c\n", await ExtractText.ExtractTextFromFileAsync(f, -1));
        var bin = Write("x.bin", [0, 1, 2, 3]);
        var e2 = await Assert.ThrowsAnyAsync<Exception>(() => ExtractText.ExtractTextFromFileAsync(bin));
        Assert.Equal("Cannot read text for file type: .bin", e2.Message);
    }

    [Fact]
    public void Extname_is_Nodes()
    {
        Assert.Equal(".txt", NodePath.Extname("a/b.txt"));
        Assert.Equal("", NodePath.Extname(".env"));
        Assert.Equal(".example", NodePath.Extname(".env.example"));
        Assert.Equal("", NodePath.Extname("a/b"));
        Assert.Equal(".", NodePath.Extname("a."));
        Assert.Equal("", NodePath.Extname(".."));
        Assert.Equal(".gz", NodePath.Extname("x.tar.gz"));
        Assert.Equal(".md", NodePath.Extname("docs/file.md/"));
    }
}
