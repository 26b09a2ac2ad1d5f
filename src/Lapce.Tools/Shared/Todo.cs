// TodoStatus / TodoItem of packages/types/src/todo.ts (Kilo Code 4.88.0).
using System.Text.Json;
using System.Text.Json.Nodes;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Shared;

public static class TodoStatus
{
    public const string Pending = "pending";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";

    /// <summary><c>todoStatusSchema.options</c>, in order.</summary>
    public static readonly IReadOnlyList<string> Options = [Pending, InProgress, Completed];
}

/// <summary><c>{ id, content, status }</c>. Status is kept as given (a TodoStatus for items the tools build).</summary>
public sealed record TodoItem(string Id, string Content, string Status)
{
    /// <summary>As <c>JSON.stringify</c> writes it: id, content, status.</summary>
    public JsObject ToJs() => new() { { "id", Id }, { "content", Content }, { "status", Status } };

    /// <summary>From a JSON object (a case's <c>initialTodos</c>); absent or non-string fields read as "".</summary>
    public static TodoItem FromJson(JsonObject o) => new(Str(o["id"]), Str(o["content"]), Str(o["status"]));

    private static string Str(JsonNode? n) =>
        n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "";
}
