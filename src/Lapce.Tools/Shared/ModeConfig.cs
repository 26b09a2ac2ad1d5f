// ModeConfig / GroupEntry of packages/types/src/mode.ts. Long prose fields (roleDefinition, …) are carried
// when a case supplies them but never copied from Codex.
using System.Text.Json.Nodes;

namespace Lapce.Tools.Shared;

public sealed record GroupOptions(string? FileRegex = null, string? Description = null);

/// <summary>A group entry: a bare group name, or a [name, options] tuple.</summary>
public sealed record GroupEntry(string Group, GroupOptions? Options = null)
{
    public static GroupEntry FromJson(JsonNode node) => node switch
    {
        JsonArray a => new GroupEntry(a[0]!.GetValue<string>(), a.Count > 1 && a[1] is JsonObject o
            ? new GroupOptions(o["fileRegex"]?.GetValue<string>(), o["description"]?.GetValue<string>())
            : null),
        _ => new GroupEntry(node.GetValue<string>()),
    };
}

public sealed record ModeConfig
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string RoleDefinition { get; init; } = "";
    public string? WhenToUse { get; init; }
    public string? Description { get; init; }
    public string? CustomInstructions { get; init; }
    public required IReadOnlyList<GroupEntry> Groups { get; init; }
    public string? Source { get; init; }
    public string? IconName { get; init; }

    public static ModeConfig FromJson(JsonObject o) => new()
    {
        Slug = o["slug"]?.GetValue<string>() ?? "",
        Name = o["name"]?.GetValue<string>() ?? "",
        RoleDefinition = o["roleDefinition"]?.GetValue<string>() ?? "",
        WhenToUse = o["whenToUse"]?.GetValue<string>(),
        Description = o["description"]?.GetValue<string>(),
        CustomInstructions = o["customInstructions"]?.GetValue<string>(),
        Groups = (o["groups"] as JsonArray)?.Where(n => n is not null).Select(n => GroupEntry.FromJson(n!)).ToList() ?? [],
        Source = o["source"]?.GetValue<string>(),
        IconName = o["iconName"]?.GetValue<string>(),
    };
}
