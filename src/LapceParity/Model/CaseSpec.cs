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
    public JsonObject Settings { get; set; } = DefaultSettings();
    public string Message { get; set; } = "";
    public List<string>? Chunks { get; set; }
    public List<ScriptedAnswer> Answers { get; set; } = [];
    public bool EverySplit { get; set; }
    public JsonObject? Validate { get; set; }
    public JsonObject? Repetition { get; set; }
    public int TimeoutMs { get; set; } = 30_000;

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
    };

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
    public static CaseSpec FromJson(string json) => JsonSerializer.Deserialize<CaseSpec>(json, Json)!;
}

/// <summary>A fixture file: UTF-8 <see cref="Text"/> or raw bytes as <see cref="Base64"/>.</summary>
public sealed record WorkspaceFile(string Path, string? Text = null, string? Base64 = null)
{
    public byte[] Bytes() => Base64 is not null ? Convert.FromBase64String(Base64) : System.Text.Encoding.UTF8.GetBytes(Text ?? "");
}

/// <summary>A scripted user answer to a complete ask: yesButtonClicked | noButtonClicked | messageResponse.</summary>
public sealed record ScriptedAnswer(string Response, string? Text = null, List<string>? Images = null);
