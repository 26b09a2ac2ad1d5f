using System.Text.Json;
using System.Text.Json.Nodes;
using LapceParity.Comparison;
using LapceParity.Features;

namespace LapceParity.Steps;

/// <summary>Then steps: checked against every target's transcript, in addition to the full parity comparison.</summary>
[StepDefinitions]
public static class AssertSteps
{
    private const string Q = ArrangeSteps.Q;

    // ---- any field ---------------------------------------------------------------------------------------
    [Then($"\"([^\"]+)\" is {Q}")]
    public static void FieldIs(AssertContext c, string path, string expected) => Equal(path, Escapes.Unescape(expected), Text(c, path));

    [Then("\"([^\"]+)\" is:")]
    public static void FieldIsDoc(AssertContext c, string path, string expected) => Equal(path, expected, Text(c, path));

    [Then("\"([^\"]+)\" has (\\d+) characters")]
    public static void FieldLength(AssertContext c, string path, int length) =>
        Equal($"{path}.length", length.ToString(), Text(c, path)?.Length.ToString());

    [Then("\"([^\"]+)\" is absent")]
    public static void FieldAbsent(AssertContext c, string path)
    {
        var v = Text(c, path);
        if (v is not null && v != "null") throw new StepAssertionException(path, null, v);
    }

    [Then($"\"([^\"]+)\" contains {Q}")]
    public static void FieldContains(AssertContext c, string path, string part)
    {
        var v = Text(c, path);
        var p = Escapes.Unescape(part);
        if (v is null || !v.Contains(p, StringComparison.Ordinal))
            throw new StepAssertionException(path, $"…{p}…", v, $"{path} does not contain \"{p}\"");
    }

    // ---- what the model reads ---------------------------------------------------------------------------
    [Then("the user message content is:")]
    public static void UserContent(AssertContext c, string expected) =>
        Equal("userMessageContent", expected, RenderBlocks(c.Transcript["userMessageContent"] as JsonArray));

    [Then("the user message content is empty")]
    public static void UserContentEmpty(AssertContext c) =>
        Equal("userMessageContent", "", RenderBlocks(c.Transcript["userMessageContent"] as JsonArray));

    [Then("the user message content has (\\d+) blocks?")]
    public static void UserContentCount(AssertContext c, int count) =>
        Equal("userMessageContent.length", count.ToString(), ((c.Transcript["userMessageContent"] as JsonArray)?.Count ?? 0).ToString());

    [Then($"the tool result header is {Q}")]
    public static void ResultHeader(AssertContext c, string expected) =>
        Equal("userMessageContent[header]", Escapes.Unescape(expected), ResultBlock(c, 0));

    // "the last tool result": the block after the last header (read_file's own error results come before its <files>).
    [Then("the (last )?tool result is:")]
    public static void ToolResult(AssertContext c, string? last, string expected) =>
        Equal("userMessageContent[result]", expected, ResultBlock(c, 1, last is not null));

    [Then($"the (last )?tool result is {Q}")]
    public static void ToolResultInline(AssertContext c, string? last, string expected) =>
        Equal("userMessageContent[result]", Escapes.Unescape(expected), ResultBlock(c, 1, last is not null));

    [Then($"the (last )?tool result contains {Q}")]
    public static void ToolResultContains(AssertContext c, string? last, string part)
    {
        var v = ResultBlock(c, 1, last is not null);
        var p = Escapes.Unescape(part);
        if (v is null || !v.Contains(p, StringComparison.Ordinal))
            throw new StepAssertionException("userMessageContent[result]", $"…{p}…", v, $"the tool result does not contain \"{p}\"");
    }

    [Then($"the (last )?tool result does not contain {Q}")]
    public static void ToolResultLacks(AssertContext c, string? last, string part)
    {
        var v = ResultBlock(c, 1, last is not null);
        var p = Escapes.Unescape(part);
        if (v is null || v.Contains(p, StringComparison.Ordinal))
            throw new StepAssertionException("userMessageContent[result]", $"no \"{p}\"", v, v is null ? "there is no tool result" : $"the tool result contains \"{p}\"");
    }

    /// <summary>The block <paramref name="offset"/> after the first (or the last) "[…] Result:" header.</summary>
    private static string? ResultBlock(AssertContext c, int offset, bool lastHeader = false)
    {
        var blocks = c.Transcript["userMessageContent"] as JsonArray ?? [];
        int? header = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i]?["text"]?.GetValue<string>();
            if (text is not null && text.StartsWith('[') && text.EndsWith("] Result:", StringComparison.Ordinal))
            {
                header = i;
                if (!lastHeader) break;
            }
        }
        return header is { } h && h + offset < blocks.Count ? RenderBlock(blocks[h + offset]) : null;
    }

    public static string RenderBlocks(JsonArray? blocks) =>
        string.Join("\n---\n", (blocks ?? []).Select(RenderBlock));

    private static string RenderBlock(JsonNode? b) => b?["type"]?.GetValue<string>() switch
    {
        "text" => b["text"]?.GetValue<string>() ?? "",
        "image" => $"[image {b["source"]?["media_type"]?.GetValue<string>()}]",
        var t => $"[{t} block]",
    };

    // ---- what the UI shows ------------------------------------------------------------------------------
    [Then("the UI shows (say|ask) \"([^\"]+)\" with:")]
    public static void UiShows(AssertContext c, string kind, string type, string text) => UiShowsText(c, kind, type, text);

    [Then($"the UI shows (say|ask) \"([^\"]+)\" with {Q}")]
    public static void UiShowsInline(AssertContext c, string kind, string type, string text) =>
        UiShowsText(c, kind, type, Escapes.Unescape(text));

    private static void UiShowsText(AssertContext c, string kind, string type, string text)
    {
        var events = Events(c, kind, type).ToList();
        if (!events.Any(e => e["text"]?.GetValue<string>() == text))
            throw new StepAssertionException($"ui[{kind} {type}]", text,
                events.Count == 0 ? null : events[^1]["text"]?.GetValue<string>() ?? "null",
                $"no {kind} \"{type}\" event has that text ({events.Count} {kind} \"{type}\" events)");
    }

    [Then("the UI shows no (say|ask) \"([^\"]+)\"")]
    public static void UiShowsNo(AssertContext c, string kind, string type)
    {
        var events = Events(c, kind, type).ToList();
        if (events.Count > 0) throw new StepAssertionException($"ui[{kind} {type}]", null, events[0]["text"]?.ToString() ?? "null");
    }

    [Then("the UI events are:")]
    public static void UiEvents(AssertContext c, StepTable table)
    {
        // Columns: kind | type | partial | text (escapes allowed). Compared as one rendered list.
        var expected = string.Join("\n", table.Records.Select(r =>
            $"{r["kind"]} {r["type"]} partial={r.GetValueOrDefault("partial", "false")}: {Escapes.Unescape(r.GetValueOrDefault("text", ""))}"));
        var actual = string.Join("\n", (c.Transcript["ui"] as JsonArray ?? []).Select(e =>
            $"{e?["kind"]} {e?["type"]} partial={Partial(e)}: {e?["text"]?.GetValue<string>() ?? ""}"));
        Equal("ui", expected, actual);
    }

    private static string Partial(JsonNode? e) => e?["partial"] is JsonValue v && v.GetValueKind() == JsonValueKind.True ? "true" : "false";

    private static IEnumerable<JsonNode> Events(AssertContext c, string kind, string type) =>
        (c.Transcript["ui"] as JsonArray ?? []).OfType<JsonNode>()
            .Where(e => e["kind"]?.GetValue<string>() == kind && e["type"]?.GetValue<string>() == type);

    // ---- counters and flags -----------------------------------------------------------------------------
    [Then("the consecutive mistake count is (\\d+)")]
    public static void Mistakes(AssertContext c, int n) => Equal("state.consecutiveMistakeCount", n.ToString(), Text(c, "state.consecutiveMistakeCount"));

    [Then("the task flag \"([^\"]+)\" is (true|false)")]
    public static void Flag(AssertContext c, string flag, string value) => Equal($"state.{flag}", value, Text(c, $"state.{flag}"));

    [Then("tool \"([^\"]+)\" was used (\\d+) times? with (\\d+) failures?")]
    public static void Usage(AssertContext c, string tool, int attempts, int failures)
    {
        Equal($"state.toolUsage.{tool}.attempts", attempts.ToString(), Text(c, $"state.toolUsage.{tool}.attempts") ?? "0");
        Equal($"state.toolUsage.{tool}.failures", failures.ToString(), Text(c, $"state.toolUsage.{tool}.failures") ?? "0");
    }

    [Then("the current mode is \"([^\"]+)\"")]
    public static void CurrentMode(AssertContext c, string mode) => Equal("state.mode", mode, Text(c, "state.mode"));

    [Then("no error escaped")]
    public static void NoError(AssertContext c) => FieldAbsent(c, "error");

    // ---- files ------------------------------------------------------------------------------------------
    [Then("the file \"([^\"]+)\" is:")]
    public static void FileIs(AssertContext c, string path, string expected) => Equal($"files[{path}]", expected, Text(c, $"files[{path}]"));

    [Then("the file \"([^\"]+)\" is unchanged")]
    public static void FileUnchanged(AssertContext c, string path)
    {
        var original = c.Spec.Files.FirstOrDefault(f => f.Path == path) ?? throw new StepAssertionException($"files[{path}]", "a fixture file", null, $"{path} is not a fixture file");
        var actual = c.Transcript["files"] as JsonArray ?? [];
        var now = actual.FirstOrDefault(f => f?["path"]?.GetValue<string>() == path);
        if (now?["sha256"] is JsonValue digest)
        {
            var bytes = original.Bytes();
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            if (digest.GetValue<string>() != expected || now["size"]?.GetValue<long>() != bytes.Length)
                throw new StepAssertionException($"files[{path}]", $"size {bytes.Length}, sha256 {expected}", now.ToJsonString(), $"{path} changed");
            return;
        }
        var nowBytes = now?["base64"] is JsonValue b ? Convert.FromBase64String(b.GetValue<string>())
            : now?["text"] is JsonValue t ? System.Text.Encoding.UTF8.GetBytes(t.GetValue<string>()) : null;
        if (nowBytes is null || !nowBytes.AsSpan().SequenceEqual(original.Bytes()))
            throw new StepAssertionException($"files[{path}]", original.Text ?? original.Base64, now?.ToJsonString(), $"{path} changed");
    }

    [Then("the file \"([^\"]+)\" does not exist")]
    public static void FileAbsent(AssertContext c, string path)
    {
        var actual = c.Transcript["files"] as JsonArray ?? [];
        if (actual.Any(f => f?["path"]?.GetValue<string>() == path)) throw new StepAssertionException($"files[{path}]", null, "(exists)");
    }

    // ---- op results ---------------------------------------------------------------------------------------
    [Then("the results are:")]
    public static void Results(AssertContext c, string json) => JsonEqual("results", JsonNode.Parse(json), c.Transcript["results"]);

    [Then("the parsed blocks are:")]
    public static void ParsedBlocks(AssertContext c, string json)
    {
        var expected = JsonNode.Parse(json);
        JsonEqual("results.v2", expected, c.Transcript["results"]?["v2"]);
        JsonEqual("results.streamed", expected, c.Transcript["results"]?["streamed"]);
    }

    [Then("the whole-message parser gives:")]
    public static void V2Blocks(AssertContext c, string json) => JsonEqual("results.v2", JsonNode.Parse(json), c.Transcript["results"]?["v2"]);

    [Then("the streaming parser gives:")]
    public static void StreamedBlocks(AssertContext c, string json) => JsonEqual("results.streamed", JsonNode.Parse(json), c.Transcript["results"]?["streamed"]);

    [Then("streaming gives the same blocks as whole parsing")]
    public static void StreamedEqualsV2(AssertContext c) =>
        JsonEqual("results.streamed", c.Transcript["results"]?["v2"], c.Transcript["results"]?["streamed"]);

    [Then("every split gives the same blocks")]
    public static void NoSplitDiffers(AssertContext c) =>
        JsonEqual("results.splits", new JsonArray(), c.Transcript["results"]?["splits"]);

    [Then($"the streaming parser fails with {Q}")]
    public static void StreamedFails(AssertContext c, string message) =>
        Equal("results.streamed.error", message, Text(c, "results.streamed.error"));

    [Then("validation passes")]
    public static void ValidationPasses(AssertContext c) => Equal("results.allowed", "true", Text(c, "results.allowed"));

    [Then($"validation fails with {Q}")]
    public static void ValidationFails(AssertContext c, string message) => Equal("results.error", Escapes.Unescape(message), Text(c, "results.error"));

    [Then("the tool is (allowed|not allowed) for the mode")]
    public static void AllowedForMode(AssertContext c, string allowed) =>
        Equal("results.isToolAllowedForMode", allowed == "allowed" ? "true" : "false", Text(c, "results.isToolAllowedForMode"));

    [Then("the repetition checks are:")]
    public static void RepetitionChecks(AssertContext c, StepTable table)
    {
        // Columns: allowExecution | messageKey (empty when no ask)
        var expected = string.Join("\n", table.Records.Select(r => $"{r["allowExecution"]} {r.GetValueOrDefault("messageKey", "")}".TrimEnd()));
        var actual = string.Join("\n", (c.Transcript["results"] as JsonArray ?? []).Select(r =>
            $"{r?["allowExecution"]?.ToJsonString()} {r?["askUser"]?["messageKey"]?.GetValue<string>() ?? ""}".TrimEnd()));
        Equal("results", expected, actual);
    }

    // ---- helpers ------------------------------------------------------------------------------------------
    private static string? Text(AssertContext c, string path) => TranscriptFlattener.Get(c.Transcript, path)?.Text;

    private static void Equal(string field, string expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal)) throw new StepAssertionException(field, expected, actual);
    }

    private static void JsonEqual(string field, JsonNode? expected, JsonNode? actual)
    {
        var e = expected?.ToJsonString(Pretty) ?? "null";
        var a = actual?.ToJsonString(Pretty) ?? "null";
        Equal(field, e, a);
    }

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
