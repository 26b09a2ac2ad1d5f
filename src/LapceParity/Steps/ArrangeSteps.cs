using System.Text.Json.Nodes;
using LapceParity.Features;
using LapceParity.Model;

namespace LapceParity.Steps;

/// <summary>Given and When steps: they only describe the case; targets run it afterwards.</summary>
[StepDefinitions]
public static class ArrangeSteps
{
    /// <summary>A double-quoted string in step text; \" and other escapes inside are read by <see cref="Escapes"/>.</summary>
    public const string Q = "\"((?:[^\"\\\\]|\\\\.)*)\"";

    // ---- settings -------------------------------------------------------------------------------------
    [Given("the mode is \"([^\"]*)\"")]
    public static void Mode(ArrangeContext c, string mode) => c.Spec.Settings["mode"] = mode;

    [Given("the custom modes:")]
    public static void CustomModes(ArrangeContext c, string json) => c.Spec.Settings["customModes"] = JsonNode.Parse(json);

    [Given("the experiment \"([^\"]+)\" is (enabled|disabled)")]
    public static void Experiment(ArrangeContext c, string id, bool enabled) =>
        ((JsonObject)c.Spec.Settings["experiments"]!)[id] = enabled;

    [Given("the model id is \"([^\"]*)\"")]
    public static void ModelId(ArrangeContext c, string id) => c.Spec.Settings["modelId"] = id;

    [Given("diff editing is (enabled|disabled)")]
    public static void DiffEditing(ArrangeContext c, bool enabled) => c.Spec.Settings["diffEnabled"] = enabled;

    [Given("the consecutive mistake limit is (\\d+)")]
    public static void MistakeLimit(ArrangeContext c, int limit) => c.Spec.Settings["consecutiveMistakeLimit"] = limit;

    [Given("the setting \"([^\"]+)\" is (.+)")]
    public static void Setting(ArrangeContext c, string name, string json) => c.Spec.Settings[name] = JsonNode.Parse(json);

    // ---- workspace ------------------------------------------------------------------------------------
    [Given("a file \"([^\"]+)\" with:")]
    public static void File(ArrangeContext c, string path, string content) => AddFile(c, new WorkspaceFile(path, Text: content));

    [Given("a file \"([^\"]+)\" with escapes:")]
    public static void FileEscaped(ArrangeContext c, string path, string content) =>
        AddFile(c, new WorkspaceFile(path, Text: Escapes.Unescape(content)));

    [Given($"a file \"([^\"]+)\" containing {Q}")]
    public static void FileInline(ArrangeContext c, string path, string content) =>
        AddFile(c, new WorkspaceFile(path, Text: Escapes.Unescape(content)));

    [Given("an empty file \"([^\"]+)\"")]
    public static void EmptyFile(ArrangeContext c, string path) => AddFile(c, new WorkspaceFile(path, Text: ""));

    [Given("a file \"([^\"]+)\" with base64 \"([A-Za-z0-9+/=]*)\"")]
    public static void BinaryFile(ArrangeContext c, string path, string base64) => AddFile(c, new WorkspaceFile(path, Base64: base64));

    [Given("a symlink \"([^\"]+)\" to \"([^\"]+)\"")]
    public static void Symlink(ArrangeContext c, string path, string target) => AddFile(c, new WorkspaceFile(path, Symlink: target));

    /// <summary>A generated file: line n is the pattern with {n} replaced by n (1-based).</summary>
    [Given($"a file \"([^\"]+)\" of (\\d+) lines {Q}( with CRLF line endings)?( and no final newline)?")]
    public static void GeneratedFile(ArrangeContext c, string path, int count, string pattern, string? crlf, string? noFinalNewline) =>
        AddFile(c, new WorkspaceFile(path, Text: Lines(count, pattern, crlf, noFinalNewline).Text()));

    /// <summary>As above, but each target writes the lines itself: the case carries only the recipe (for files of many MB;
    /// read back above 8 MB as size and SHA-256).</summary>
    [Given($"a file \"([^\"]+)\" written by each target with (\\d+) lines {Q}( with CRLF line endings)?( and no final newline)?")]
    public static void TargetWrittenFile(ArrangeContext c, string path, int count, string pattern, string? crlf, string? noFinalNewline) =>
        AddFile(c, new WorkspaceFile(path, Generate: Lines(count, pattern, crlf, noFinalNewline)));

    private static GeneratedLines Lines(int count, string pattern, string? crlf, string? noFinalNewline) =>
        new(count, Escapes.Unescape(pattern), crlf is null ? "\n" : "\r\n", noFinalNewline is null);

    /// <summary>N generated files: in the path and in the content, {n} is replaced by 1 … N (files are added in that order).</summary>
    [Given($"(\\d+) files \"([^\"]+)\" containing {Q}")]
    public static void GeneratedFiles(ArrangeContext c, int count, string pathPattern, string content)
    {
        var text = Escapes.Unescape(content);
        for (var n = 1; n <= count; n++)
        {
            var number = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            AddFile(c, new WorkspaceFile(pathPattern.Replace("{n}", number), Text: text.Replace("{n}", number)));
        }
    }

    /// <summary>
    /// A generated tree of F folders of N files each (F × N files, added folder by folder): in the path and in the content,
    /// {d} is the folder's number (1 … F), {f} the file's number in its folder (1 … N), {n} the running number (1 … F × N).
    /// </summary>
    [Given($"a tree of (\\d+) folders of (\\d+) files \"([^\"]+)\" containing {Q}")]
    public static void GeneratedTree(ArrangeContext c, int folders, int filesPerFolder, string pathPattern, string content)
    {
        var text = Escapes.Unescape(content);
        var n = 0;
        for (var d = 1; d <= folders; d++)
        for (var f = 1; f <= filesPerFolder; f++)
        {
            n++;
            string Fill(string s) => s.Replace("{d}", d.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Replace("{f}", f.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            c.Spec.Files.Add(new WorkspaceFile(Fill(pathPattern), Text: Fill(text)));
        }
    }

    [Given("the workspace is a git repository")]
    public static void Git(ArrangeContext c) => c.Spec.Git = true;

    [Given("the workspace folder is named \"([^\"]+)\"")]
    public static void WorkspaceName(ArrangeContext c, string name) => c.Spec.WorkspaceName = name;

    /// <summary>A POSIX mode set on a fixture file or folder after the files are written (and committed): "000" nothing may
    /// read it, "444" read-only. Cases with modes run only where permissions are enforced (not as root with
    /// CAP_DAC_OVERRIDE): elsewhere they are "not run", with the reason.</summary>
    [Given("the mode of \"([^\"]+)\" is \"([0-7]{3,4})\"")]
    public static void PathMode(ArrangeContext c, string path, string mode)
    {
        c.Spec.Permissions.RemoveAll(m => m.Path == path);
        c.Spec.Permissions.Add(new Model.PathMode(path, mode));
    }

    private static void AddFile(ArrangeContext c, WorkspaceFile f)
    {
        c.Spec.Files.RemoveAll(x => x.Path == f.Path);
        c.Spec.Files.Add(f);
    }

    // ---- the assistant message ------------------------------------------------------------------------
    [Given("the assistant message:")]
    public static void Message(ArrangeContext c, string text) => c.Spec.Message = text;

    [Given("the assistant message with escapes:")]
    public static void MessageEscaped(ArrangeContext c, string text) => c.Spec.Message = Escapes.Unescape(text);

    [Given($"the assistant message is {Q}")]
    public static void MessageInline(ArrangeContext c, string text) => c.Spec.Message = Escapes.Unescape(text);

    [Given($"the assistant message is (\\d+) repetitions of {Q}")]
    public static void MessageRepeated(ArrangeContext c, int times, string text) =>
        c.Spec.Message = string.Concat(Enumerable.Repeat(Escapes.Unescape(text), times));

    /// <summary>A generated message: the head, then N lines (line n is the pattern with {n} replaced by n), then the tail.</summary>
    [Given($"the assistant message is {Q} then (\\d+) lines {Q} then {Q}")]
    public static void MessageGenerated(ArrangeContext c, string head, int count, string pattern, string tail)
    {
        var sb = new System.Text.StringBuilder(Escapes.Unescape(head));
        var line = Escapes.Unescape(pattern);
        for (var n = 1; n <= count; n++) sb.Append(line.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append('\n');
        c.Spec.Message = sb.Append(Escapes.Unescape(tail)).ToString();
    }

    [Given("the message streams in chunks of (\\d+) characters?")]
    public static void ChunksOf(ArrangeContext c, int size) => c.Spec.Chunks = Split(c.Spec.Message, size);

    [Given("the message streams one character at a time")]
    public static void OneCharAtATime(ArrangeContext c) => c.Spec.Chunks = Split(c.Spec.Message, 1);

    /// <summary>Three chunks, the middle one long: for size limits without a 100 KB line in the feature.</summary>
    [Given($"the message streams in three chunks: {Q}, {Q} repeated (\\d+) times, and {Q}")]
    public static void ThreeChunks(ArrangeContext c, string head, string repeated, int times, string tail)
    {
        c.Spec.Chunks = [Escapes.Unescape(head), string.Concat(Enumerable.Repeat(Escapes.Unescape(repeated), times)), Escapes.Unescape(tail)];
        c.Spec.Message = string.Concat(c.Spec.Chunks);
    }

    [Given("the message streams in these chunks:")]
    public static void TheseChunks(ArrangeContext c, StepTable table)
    {
        // A one-column table without a header: each row is a chunk (escapes allowed).
        c.Spec.Chunks = table.Rows.Select(r => Escapes.Unescape(r[0])).ToList();
        c.Spec.Message = string.Concat(c.Spec.Chunks);
    }

    private static List<string> Split(string message, int size)
    {
        if (size <= 0) throw new FormatException("chunk size must be positive");
        var chunks = new List<string>();
        for (var i = 0; i < message.Length; i += size) chunks.Add(message.Substring(i, Math.Min(size, message.Length - i)));
        return chunks;
    }

    // ---- the user's answers ----------------------------------------------------------------------------
    [Given("the user approves")]
    public static void Approves(ArrangeContext c) => c.Spec.Answers.Add(new ScriptedAnswer("yesButtonClicked"));

    [Given("the user denies")]
    public static void Denies(ArrangeContext c) => c.Spec.Answers.Add(new ScriptedAnswer("noButtonClicked"));

    [Given($"the user approves with feedback {Q}")]
    public static void ApprovesWithFeedback(ArrangeContext c, string text) =>
        c.Spec.Answers.Add(new ScriptedAnswer("yesButtonClicked", Escapes.Unescape(text)));

    [Given($"the user denies with feedback {Q}")]
    public static void DeniesWithFeedback(ArrangeContext c, string text) =>
        c.Spec.Answers.Add(new ScriptedAnswer("noButtonClicked", Escapes.Unescape(text)));

    [Given($"the user answers {Q}")]
    public static void Answers(ArrangeContext c, string text) =>
        c.Spec.Answers.Add(new ScriptedAnswer("messageResponse", Escapes.Unescape(text)));

    [Given($"the user answers {Q} with an image \"([^\"]+)\"")]
    public static void AnswersWithImage(ArrangeContext c, string text, string dataUrl) =>
        c.Spec.Answers.Add(new ScriptedAnswer("messageResponse", Escapes.Unescape(text), [dataUrl]));

    [Given("the case times out after (\\d+) ms")]
    public static void Timeout(ArrangeContext c, int ms) => c.Spec.TimeoutMs = ms;

    // ---- what happens ----------------------------------------------------------------------------------
    [When("the assistant message is presented")]
    public static void Present(ArrangeContext c) => c.Spec.Op = "present";

    [When("the message is parsed")]
    public static void Parse(ArrangeContext c) => c.Spec.Op = "parse";

    [When("the message is parsed split at every position")]
    public static void ParseEverySplit(ArrangeContext c)
    {
        c.Spec.Op = "parse";
        c.Spec.EverySplit = true;
    }

    [Given("the tool params:")]
    public static void ToolParams(ArrangeContext c, StepTable table)
    {
        foreach (var r in table.Records) c.ValidationParams[r["name"]] = Escapes.Unescape(r["value"]);
    }

    [Given("the tool requirements:")]
    public static void ToolRequirements(ArrangeContext c, StepTable table)
    {
        foreach (var r in table.Records) c.ValidationRequirements[r["name"]] = r["value"] == "true";
    }

    [When("tool \"([^\"]+)\" is validated in mode \"([^\"]*)\"")]
    public static void Validate(ArrangeContext c, string tool, string mode)
    {
        c.Spec.Op = "validate";
        c.Spec.Validate = new JsonObject
        {
            ["toolName"] = tool,
            ["mode"] = mode,
            ["customModes"] = c.Spec.Settings["customModes"]?.DeepClone() ?? new JsonArray(),
            ["requirements"] = c.ValidationRequirements.Count > 0 ? c.ValidationRequirements.DeepClone() : null,
            ["params"] = c.ValidationParams.Count > 0 ? c.ValidationParams.DeepClone() : null,
        };
    }

    [When("these tool calls are checked for repetition with limit (-?\\d+):")]
    public static void Repetition(ArrangeContext c, int limit, StepTable table)
    {
        // Columns: name | params (a JSON object, or empty) | partial (optional: true/false)
        var calls = new JsonArray();
        foreach (var r in table.Records)
        {
            calls.Add(new JsonObject
            {
                ["name"] = r["name"],
                ["params"] = r.TryGetValue("params", out var p) && p.Length > 0 ? JsonNode.Parse(p) : new JsonObject(),
                ["partial"] = r.TryGetValue("partial", out var partial) && partial == "true",
            });
        }
        c.Spec.Op = "repetition";
        c.Spec.Repetition = new JsonObject { ["limit"] = limit, ["calls"] = calls };
    }
}
