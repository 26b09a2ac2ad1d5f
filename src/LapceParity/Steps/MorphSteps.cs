using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LapceParity.Features;
using LapceParity.Targets;

namespace LapceParity.Steps;

/// <summary>
/// A local Morph endpoint for edit_file (Morph fast apply): an OpenAI-compatible <c>POST {base}/chat/completions</c>
/// on 127.0.0.1 that answers with the scripted answers, in order. The first Morph step also points the case at it
/// the way getMorphConfiguration (editFileTool.ts) reads the provider state: experiment <c>morphFastApply</c> on and
/// an OpenRouter configuration whose base URL is the placeholder <c>{morph}</c> (= <c>http://127.0.0.1:PORT/v1</c>),
/// unless the scenario set those settings itself (a later <c>the setting …</c> step overrides them).
/// The transcript gets <c>httpRequests</c> (docs/transcript.md, "Local endpoints").
/// </summary>
[StepDefinitions]
public static class MorphSteps
{
    private const string Q = ArrangeSteps.Q;

    /// <summary>The headers recorded for each request: the ones Codex sets (auth, body type, DEFAULT_HEADERS, task id).</summary>
    public static readonly IReadOnlyList<string> RecordedHeaders =
        ["Authorization", "Content-Type", "HTTP-Referer", "X-Title", "X-KiloCode-Version", "User-Agent", "X-KiloCode-TaskId"];

    public const string Placeholder = "{morph}";
    public const int DefaultPromptTokens = 1200;
    public const int DefaultCompletionTokens = 300;

    private sealed class Script
    {
        public List<HttpAnswer> Answers { get; } = [];
        public List<KeyValuePair<string, string>> ErrorHeaders { get; } = [];
    }

    private static readonly ConditionalWeakTable<ArrangeContext, Script> Scripts = new();

    private static Script For(ArrangeContext c)
    {
        if (Scripts.TryGetValue(c, out var script)) return script;
        script = new Script();
        Scripts.Add(c, script);
        c.Services.Add(() => new LocalHttpEndpoint(Placeholder, "/v1",
            script.Answers.Select(a => a.Status >= 400 ? a with { Headers = [.. a.Headers, .. script.ErrorHeaders] } : a).ToList(),
            RecordedHeaders));
        var settings = c.Spec.Settings;
        if (settings["experiments"] is JsonObject experiments && !experiments.ContainsKey("morphFastApply"))
            experiments["morphFastApply"] = true;
        if (!settings.ContainsKey("apiConfiguration"))
            settings["apiConfiguration"] = new JsonObject
            {
                ["apiProvider"] = "openrouter",
                ["openRouterApiKey"] = "test-key",
                ["openRouterBaseUrl"] = Placeholder,
            };
        return script;
    }

    /// <summary>An OpenAI chat.completions answer whose first choice's message content is <paramref name="content"/>.</summary>
    public static string Completion(JsonNode? content, int promptTokens, int completionTokens) => new JsonObject
    {
        ["id"] = "chatcmpl-morph-1",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "morph/morph-v3-large",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = promptTokens,
            ["completion_tokens"] = completionTokens,
            ["total_tokens"] = promptTokens + completionTokens,
        },
    }.ToJsonString();

    private static HttpAnswer Merged(string content, int prompt = DefaultPromptTokens, int completion = DefaultCompletionTokens) =>
        HttpAnswer.Json(200, Completion(content, prompt, completion));

    // ---- successful merges ---------------------------------------------------------------------------
    [Given("a Morph endpoint that merges the edit into:")]
    public static void MergesInto(ArrangeContext c, string merged) => For(c).Answers.Add(Merged(merged));

    [Given($"a Morph endpoint that merges the edit into {Q}")]
    public static void MergesIntoInline(ArrangeContext c, string merged) => For(c).Answers.Add(Merged(Escapes.Unescape(merged)));

    [Given("a Morph endpoint that merges the edit into \\(with (\\d+) prompt and (\\d+) completion tokens\\):")]
    public static void MergesIntoWithUsage(ArrangeContext c, int prompt, int completion, string merged) =>
        For(c).Answers.Add(Merged(merged, prompt, completion));

    [Given("a Morph endpoint that answers (\\d+) times? with status (\\d+) then merges the edit into:")]
    public static void FailsThenMerges(ArrangeContext c, int times, int status, string merged)
    {
        var script = For(c);
        for (var i = 0; i < times; i++) script.Answers.Add(HttpAnswer.Json(status, $"{{\"error\":{{\"message\":\"try again ({i + 1})\"}}}}"));
        script.Answers.Add(Merged(merged));
    }

    // ---- answers that carry no merge ------------------------------------------------------------------
    [Given("a Morph endpoint that answers with no choices")]
    public static void NoChoices(ArrangeContext c) =>
        For(c).Answers.Add(HttpAnswer.Json(200, "{\"id\":\"chatcmpl-morph-1\",\"object\":\"chat.completion\",\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":0}}"));

    [Given("a Morph endpoint that answers with an empty message")]
    public static void EmptyMessage(ArrangeContext c) =>
        For(c).Answers.Add(HttpAnswer.Json(200, Completion("", DefaultPromptTokens, 0)));

    [Given("a Morph endpoint that answers with the JSON:")]
    public static void AnswersJson(ArrangeContext c, string json) => For(c).Answers.Add(HttpAnswer.Json(200, json));

    [Given($"a Morph endpoint that answers with invalid JSON {Q}")]
    public static void InvalidJson(ArrangeContext c, string body) => For(c).Answers.Add(HttpAnswer.Json(200, Escapes.Unescape(body)));

    [Given($"a Morph endpoint that answers with status (\\d+), content type {Q} and the body {Q}")]
    public static void AnswersRaw(ArrangeContext c, int status, string contentType, string body) =>
        For(c).Answers.Add(HttpAnswer.Text(status, Escapes.Unescape(contentType), Escapes.Unescape(body)));

    // ---- HTTP errors -----------------------------------------------------------------------------------
    /// <summary>An error status with a JSON body <c>{"error":{"message":…}}</c>, as OpenAI-compatible APIs answer.</summary>
    [Given($"a Morph endpoint that answers with status (\\d+) {Q}")]
    public static void ErrorStatus(ArrangeContext c, int status, string message) =>
        For(c).Answers.Add(HttpAnswer.Json(status, new JsonObject { ["error"] = new JsonObject { ["message"] = Escapes.Unescape(message) } }.ToJsonString()));

    [Given("a Morph endpoint that answers with status (\\d+) and the JSON body:")]
    public static void ErrorStatusJson(ArrangeContext c, int status, string json) => For(c).Answers.Add(HttpAnswer.Json(status, json));

    [Given($"a Morph endpoint that answers with status (\\d+) and the text {Q}")]
    public static void ErrorStatusText(ArrangeContext c, int status, string text) =>
        For(c).Answers.Add(HttpAnswer.Text(status, "text/plain", Escapes.Unescape(text)));

    [Given("a Morph endpoint that answers with status (\\d+) and no body")]
    public static void ErrorStatusNoBody(ArrangeContext c, int status) => For(c).Answers.Add(HttpAnswer.Text(status, "", ""));

    /// <summary>Adds a header to every error answer (status 400 or more), e.g. retry-after-ms or x-should-retry.</summary>
    [Given($"the Morph endpoint's error answers carry the header \"([^\"]+)\": {Q}")]
    public static void ErrorHeader(ArrangeContext c, string name, string value) => For(c).ErrorHeaders.Add(new(name, Escapes.Unescape(value)));

    [Given("a Morph endpoint that drops the connection")]
    public static void Drops(ArrangeContext c) => For(c).Answers.Add(HttpAnswer.DropConnection());
}
