// Port of src/shared/tools.ts and packages/types/src/tool.ts (Kilo Code 4.88.0): the block types the
// parsers produce and the tool / parameter names they recognise. Other parts of tools.ts (TOOL_GROUPS,
// ALWAYS_AVAILABLE_TOOLS, display names) live beside these in ToolGroups.cs.
namespace Lapce.Tools.Shared;

/// <summary>A block of the assistant message: text or a tool call. Mutable, as the parsers update blocks in place.</summary>
public abstract class AssistantMessageContent
{
    public abstract string Type { get; }
    public bool Partial { get; set; }
    public abstract AssistantMessageContent Clone();
}

public sealed class TextContent : AssistantMessageContent
{
    public override string Type => "text";
    public string Content { get; set; } = "";
    public override AssistantMessageContent Clone() => new TextContent { Content = Content, Partial = Partial };
}

public sealed class ToolUse : AssistantMessageContent
{
    public override string Type => "tool_use";
    public required string Name { get; set; }
    /// <summary>Parameters in insertion order, as a JS object keeps them.</summary>
    public OrderedDictionary<string, string> Params { get; init; } = new();
    public string? Param(string name) => Params.TryGetValue(name, out var v) ? v : null;
    public override AssistantMessageContent Clone() =>
        new ToolUse { Name = Name, Params = new OrderedDictionary<string, string>(Params), Partial = Partial };
}

public static class ToolNames
{
    /// <summary><c>toolNames</c> of packages/types/src/tool.ts, in its order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "execute_command", "read_file", "write_to_file", "apply_diff", "insert_content", "search_and_replace",
        "search_files", "list_files", "list_code_definition_names", "browser_action", "use_mcp_tool",
        "access_mcp_resource", "ask_followup_question", "attempt_completion", "switch_mode", "new_task",
        "fetch_instructions", "codebase_search", "edit_file", "new_rule", "report_bug", "condense",
        "update_todo_list",
    ];

    public static bool IsToolName(string name) => All.Contains(name);
}

public static class ToolParamNames
{
    /// <summary><c>toolParamNames</c> of src/shared/tools.ts, in its order ("args" appears twice there too).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "command", "path", "content", "line_count", "regex", "file_pattern", "recursive", "action", "url",
        "coordinate", "text", "server_name", "tool_name", "arguments", "uri", "question", "result", "diff",
        "mode_slug", "reason", "line", "mode", "message", "cwd", "follow_up", "task", "size", "search",
        "replace", "use_regex", "ignore_case", "title", "description", "target_file", "instructions",
        "code_edit", "args", "start_line", "end_line", "query", "args", "todos",
    ];
}
