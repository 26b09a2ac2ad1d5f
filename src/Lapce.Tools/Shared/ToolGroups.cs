// Port of the tool-group part of src/shared/tools.ts and `toolGroups` of packages/types/src/tool.ts
// (Kilo Code 4.88.0): TOOL_DISPLAY_NAMES, TOOL_GROUPS, ALWAYS_AVAILABLE_TOOLS. The block types and
// parameter names of the same file live in Tools.cs.
namespace Lapce.Tools.Shared;

/// <summary><c>ToolGroupConfig</c> of src/shared/tools.ts.</summary>
public sealed record ToolGroupConfig(IReadOnlyList<string> Tools, bool AlwaysAvailable = false);

public static class ToolGroups
{
    /// <summary><c>toolGroups</c> of packages/types/src/tool.ts, in its order.</summary>
    public static readonly IReadOnlyList<string> Names = ["read", "edit", "browser", "command", "mcp", "modes"];

    /// <summary><c>TOOL_DISPLAY_NAMES</c>, in its order.</summary>
    public static readonly IReadOnlyDictionary<string, string> ToolDisplayNames = new OrderedDictionary<string, string>
    {
        ["execute_command"] = "run commands",
        ["read_file"] = "read files",
        ["fetch_instructions"] = "fetch instructions",
        ["write_to_file"] = "write files",
        ["apply_diff"] = "apply changes",
        ["edit_file"] = "edit file",
        ["search_files"] = "search files",
        ["list_files"] = "list files",
        ["list_code_definition_names"] = "list definitions",
        ["browser_action"] = "use a browser",
        ["use_mcp_tool"] = "use mcp tools",
        ["access_mcp_resource"] = "access mcp resources",
        ["ask_followup_question"] = "ask questions",
        ["attempt_completion"] = "complete tasks",
        ["switch_mode"] = "switch modes",
        ["new_task"] = "create new task",
        ["insert_content"] = "insert content",
        ["search_and_replace"] = "search and replace",
        ["new_rule"] = "create new rule",
        ["report_bug"] = "report bug",
        ["condense"] = "condense the current context window",
        ["codebase_search"] = "codebase search",
        ["update_todo_list"] = "update todo list",
    };

    /// <summary><c>TOOL_GROUPS</c>, in its order.</summary>
    public static readonly IReadOnlyDictionary<string, ToolGroupConfig> All = new OrderedDictionary<string, ToolGroupConfig>
    {
        ["read"] = new(["read_file", "fetch_instructions", "search_files", "list_files", "list_code_definition_names", "codebase_search"]),
        ["edit"] = new(["apply_diff", "edit_file", "write_to_file", "insert_content", "search_and_replace", "new_rule"]),
        ["browser"] = new(["browser_action"]),
        ["command"] = new(["execute_command"]),
        ["mcp"] = new(["use_mcp_tool", "access_mcp_resource"]),
        ["modes"] = new(["switch_mode", "new_task"], AlwaysAvailable: true),
    };

    /// <summary><c>ALWAYS_AVAILABLE_TOOLS</c>, in its order.</summary>
    public static readonly IReadOnlyList<string> AlwaysAvailableTools =
    [
        "ask_followup_question", "attempt_completion", "switch_mode", "new_task", "report_bug", "condense", "update_todo_list",
    ];

    /// <summary>
    /// <c>TOOL_GROUPS[groupName]</c> followed by a property read, as the TypeScript does it: an unknown group
    /// (possible for unvalidated custom modes) yields <c>undefined</c>, and reading <c>.tools</c> of it throws
    /// the V8 TypeError reproduced here.
    /// </summary>
    internal static ToolGroupConfig GetOrThrow(string groupName, string readingProperty = "tools") =>
        All.TryGetValue(groupName, out var config)
            ? config
            : throw new Utils.JsTypeError($"Cannot read properties of undefined (reading '{readingProperty}')");
}
