using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LapceParity.Model;

/// <summary>What the runner sends to every target: see docs/transcript.md. Serialized camelCase.</summary>
public sealed record CaseSpec
{
    public string Op { get; set; } = "present";
    public string WorkspaceName { get; set; } = "workspace";
    public List<WorkspaceFile> Files { get; set; } = [];
    public bool Git { get; set; }
    /// <summary>Modes set after the files (and the git commit): unreadable files and folders, read-only ones.</summary>
    public List<PathMode> Permissions { get; set; } = [];
    public JsonObject Settings { get; set; } = DefaultSettings();
    public string Message { get; set; } = "";
    public List<string>? Chunks { get; set; }
    public List<ScriptedAnswer> Answers { get; set; } = [];
    public bool EverySplit { get; set; }
    public JsonObject? Validate { get; set; }
    public JsonObject? Repetition { get; set; }
    public int TimeoutMs { get; set; } = 30_000;
    /// <summary>Benchmark runs only: {"iterations": N, "warmup": W}; see docs/performance.md.</summary>
    public JsonObject? Bench { get; set; }

    public static JsonObject DefaultSettings() => new()
    {
        ["mode"] = "code",
        ["customModes"] = new JsonArray(),
        ["experiments"] = new JsonObject(),
        ["modelId"] = "claude-sonnet-4-20250514",
        ["diffEnabled"] = true,
        ["maxReadFileLine"] = -1,
        ["fuzzyMatchThreshold"] = 1.0,
        ["consecutiveMistakeLimit"] = 3,
        // Codex waits this long after each edit for linters to report; neither target runs a linter, so the default
        // wait would only slow every edit case by a second. Scenarios that care set it.
        ["writeDelayMs"] = 0,
    };

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Lossless JSON (lone surrogates in chunks survive): see <see cref="JsonText"/>.</summary>
    public string ToJson() => JsonText.Write(ToNode());

    public JsonObject ToNode()
    {
        var o = new JsonObject
        {
            ["op"] = Op,
            ["workspaceName"] = WorkspaceName,
            ["files"] = new JsonArray(Files.Select(f => (JsonNode)(f.Symlink is not null
                ? new JsonObject { ["path"] = f.Path, ["symlink"] = f.Symlink }
                : f.Generate is not null
                    ? new JsonObject { ["path"] = f.Path, ["generate"] = f.Generate.ToNode() }
                : f.Base64 is not null
                    ? new JsonObject { ["path"] = f.Path, ["base64"] = f.Base64 }
                    : new JsonObject { ["path"] = f.Path, ["text"] = f.Text ?? "" })).ToArray()),
            ["git"] = Git,
        };
        // Only when the case sets modes: older cases keep their JSON (and their recordings) as they were.
        if (Permissions.Count > 0)
            o["permissions"] = new JsonArray(Permissions.Select(m => (JsonNode)new JsonObject { ["path"] = m.Path, ["mode"] = m.Mode }).ToArray());
        o["settings"] = Settings.DeepClone();
        o["message"] = Message;
        if (Chunks is not null) o["chunks"] = new JsonArray(Chunks.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray());
        o["answers"] = new JsonArray(Answers.Select(a =>
        {
            var answer = new JsonObject { ["response"] = a.Response };
            if (a.Text is not null) answer["text"] = a.Text;
            if (a.Images is not null) answer["images"] = new JsonArray(a.Images.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray());
            return (JsonNode)answer;
        }).ToArray());
        if (EverySplit) o["everySplit"] = true;
        if (Validate is not null) o["validate"] = Validate.DeepClone();
        if (Repetition is not null) o["repetition"] = Repetition.DeepClone();
        o["timeoutMs"] = TimeoutMs;
        if (Bench is not null) o["bench"] = Bench.DeepClone();
        return o;
    }

    /// <summary>
    /// Benchmarks: <paramref name="cwd"/> emptied and the case's workspace files written into it afresh, as the targets
    /// write them (links and files beside the workspace are left out: no bench case has them).
    /// </summary>
    public void WriteWorkspaceFiles(string cwd)
    {
        if (Directory.Exists(cwd)) Directory.Delete(cwd, true);
        Directory.CreateDirectory(cwd);
        foreach (var f in Files)
        {
            if (f.Symlink is not null || f.Path.StartsWith("../", StringComparison.Ordinal)) continue;
            var path = Path.Combine([cwd, .. f.Path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            f.WriteNew(path);
        }
    }

    public static CaseSpec FromJson(string json) => FromNode(JsonText.Parse(json)!.AsObject());

    public static CaseSpec FromNode(JsonObject o) => new()
    {
        Op = o["op"]?.GetValue<string>() ?? "present",
        WorkspaceName = o["workspaceName"]?.GetValue<string>() ?? "workspace",
        Files = (o["files"] as JsonArray ?? []).Select(f => new WorkspaceFile(f!["path"]!.GetValue<string>(),
            f["text"]?.GetValue<string>(), f["base64"]?.GetValue<string>(), f["symlink"]?.GetValue<string>(),
            f["generate"] is JsonObject g ? GeneratedLines.FromNode(g) : null)).ToList(),
        Git = o["git"]?.GetValue<bool>() ?? false,
        Permissions = (o["permissions"] as JsonArray ?? []).Select(m => new PathMode(m!["path"]!.GetValue<string>(), m["mode"]!.GetValue<string>())).ToList(),
        Settings = o["settings"]?.DeepClone().AsObject() ?? DefaultSettings(),
        Message = o["message"]?.GetValue<string>() ?? "",
        Chunks = (o["chunks"] as JsonArray)?.Select(c => c!.GetValue<string>()).ToList(),
        Answers = (o["answers"] as JsonArray ?? []).Select(a => new ScriptedAnswer(a!["response"]!.GetValue<string>(),
            a["text"]?.GetValue<string>(), (a["images"] as JsonArray)?.Select(i => i!.GetValue<string>()).ToList())).ToList(),
        EverySplit = o["everySplit"]?.GetValue<bool>() ?? false,
        Validate = o["validate"]?.DeepClone() as JsonObject,
        Repetition = o["repetition"]?.DeepClone() as JsonObject,
        TimeoutMs = o["timeoutMs"]?.GetValue<int>() ?? 30_000,
        Bench = o["bench"]?.DeepClone() as JsonObject,
    };
}

/// <summary>
/// A fixture file: UTF-8 <see cref="Text"/>, raw bytes as <see cref="Base64"/>, a link, or lines each target generates
/// itself (<see cref="Generate"/>: files of many MB stay out of the case and its recording).
/// </summary>
public sealed record WorkspaceFile(string Path, string? Text = null, string? Base64 = null, string? Symlink = null, GeneratedLines? Generate = null)
{
    /// <summary>
    /// Writes the file, which must not exist yet, as Node's writeFileSync does a new file: open with O_CREAT (here
    /// O_EXCL too) and write. Not File.WriteAllBytes: .NET truncates with ftruncate(0) after opening, and on ext4 a
    /// truncation to 0 makes close() start writing the file back at once (auto_da_alloc); for a tree of 10,000 fixture
    /// files that writeback then competed with the timed tool call and made ripgrep about 1.7× slower in C# runs only.
    /// </summary>
    public void WriteNew(string absolutePath)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(absolutePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        }
        catch (IOException) when (File.Exists(absolutePath))
        {
            stream = new FileStream(absolutePath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0); // a path given twice: the last wins
        }
        using (stream)
        {
            if (Generate is not null) Generate.WriteTo(stream);
            else stream.Write(Bytes());
        }
    }

    public byte[] Bytes()
    {
        if (Base64 is not null) return Convert.FromBase64String(Base64);
        if (Generate is null) return System.Text.Encoding.UTF8.GetBytes(Text ?? "");
        using var buffer = new MemoryStream();
        Generate.WriteTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>
/// <c>{"lines": N, "pattern": "row {n}", "eol": "\n", "finalNewline": true}</c>: line n (1-based) is the pattern with
/// every "{n}" replaced by n, lines joined by eol, eol after the last line only with finalNewline (docs/transcript.md).
/// </summary>
public sealed record GeneratedLines(int Lines, string Pattern, string Eol = "\n", bool FinalNewline = true)
{
    public JsonObject ToNode() => new() { ["lines"] = Lines, ["pattern"] = Pattern, ["eol"] = Eol, ["finalNewline"] = FinalNewline };

    public static GeneratedLines FromNode(JsonObject g) => new(g["lines"]!.GetValue<int>(), g["pattern"]!.GetValue<string>(),
        g["eol"]?.GetValue<string>() ?? "\n", g["finalNewline"]?.GetValue<bool>() ?? true);

    /// <summary>The whole text (for files small enough to travel in the case).</summary>
    public string Text()
    {
        var sb = new System.Text.StringBuilder();
        Build(piece => sb.Append(piece), int.MaxValue);
        return sb.ToString();
    }

    /// <summary>Writes the UTF-8 bytes in 1 MB pieces (a 100 MB file never sits in memory as one string).</summary>
    public void WriteTo(Stream stream)
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        Build(piece => stream.Write(utf8.GetBytes(piece)), 1 << 20);
    }

    /// <summary>The one rule for the lines, handed out in pieces of at least <paramref name="pieceChars"/> (the last may be shorter).</summary>
    private void Build(Action<string> emit, int pieceChars)
    {
        var sb = new System.Text.StringBuilder(Math.Min(pieceChars, 1 << 20));
        for (var n = 1; n <= Lines; n++)
        {
            sb.Append(Pattern.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (n < Lines || FinalNewline) sb.Append(Eol);
            if (sb.Length >= pieceChars)
            {
                emit(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0) emit(sb.ToString());
    }
}

/// <summary>
/// A POSIX mode, as octal digits ("000": nothing may read it; "444": read-only; "555": a folder nothing may be written
/// into), that each target sets on a fixture path after writing the files and restores before reading them back.
/// </summary>
public sealed record PathMode(string Path, string Mode)
{
    public UnixFileMode UnixMode => (UnixFileMode)Convert.ToInt32(Mode, 8);
}

/// <summary>A scripted user answer to a complete ask: yesButtonClicked | noButtonClicked | messageResponse.</summary>
public sealed record ScriptedAnswer(string Response, string? Text = null, List<string>? Images = null);
