// Port of src/shared/modes.ts (Kilo Code 4.88.0), with DEFAULT_MODES of packages/types/src/mode.ts.
// Not ported: getAllModesWithPrompts (reads VS Code globalState) and getFullModeDetails (loads custom
// instruction files through addCustomInstructions); the console.error / console.warn logging is dropped.
using System.Text.RegularExpressions;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Shared;

/// <summary>The result of <c>getModeSelection</c>.</summary>
public sealed record ModeSelection(string RoleDefinition, string BaseInstructions, string Description);

/// <summary>A value of <c>defaultPrompts</c> (a PromptComponent).</summary>
public sealed record PromptComponent(
    string? RoleDefinition = null, string? WhenToUse = null, string? CustomInstructions = null, string? Description = null);

/// <summary><c>FileRestrictionError</c>: its message is shown to the model, so it is ported verbatim.</summary>
public sealed class FileRestrictionError(string mode, string pattern, string? description, string filePath, string? tool = null)
    : JsError("FileRestrictionError", BuildMessage(mode, pattern, description, filePath, tool))
{

    private static string BuildMessage(string mode, string pattern, string? description, string filePath, string? tool)
    {
        var toolInfo = !string.IsNullOrEmpty(tool) ? $"Tool '{tool}' in mode '{mode}'" : $"This mode ({mode})";
        return $"{toolInfo} can only edit files matching pattern: {pattern}{(!string.IsNullOrEmpty(description) ? $" ({description})" : "")}. Got: {filePath}";
    }
}

public static class Modes
{
    // DEFAULT_MODES. The prose fields (roleDefinition, whenToUse, description, customInstructions) are not
    // copied into this project: they are read from the Codex checkout when a case needs them.
    public static readonly IReadOnlyList<ModeConfig> DefaultModes =
    [
        new()
        {
            Slug = "architect",
            Name = "Architect",
            IconName = "codicon-type-hierarchy-sub",
            Groups =
            [
                new("read"),
                new("edit", new GroupOptions(FileRegex: "\\.md$", Description: "Markdown files only")),
                new("browser"),
                new("mcp"),
            ],
        },
        new()
        {
            Slug = "code",
            Name = "Code",
            IconName = "codicon-code",
            Groups = [new("read"), new("edit"), new("browser"), new("command"), new("mcp")],
        },
        new()
        {
            Slug = "ask",
            Name = "Ask",
            IconName = "codicon-question",
            Groups = [new("read"), new("browser"), new("mcp")],
        },
        new()
        {
            Slug = "debug",
            Name = "Debug",
            IconName = "codicon-bug",
            Groups = [new("read"), new("edit"), new("browser"), new("command"), new("mcp")],
        },
        new()
        {
            Slug = "orchestrator",
            Name = "Orchestrator",
            IconName = "codicon-run-all",
            Groups = [],
        },
    ];

    /// <summary><c>defaultModeSlug = modes[0].slug</c>.</summary>
    public const string DefaultModeSlug = "architect";

    /// <summary><c>getGroupName</c>.</summary>
    public static string GetGroupName(GroupEntry group) => group.Group;

    // getGroupOptions: `Array.isArray(group) ? group[1] : undefined`.
    private static GroupOptions? GetGroupOptions(GroupEntry group) => group.Options;

    /// <summary><c>doesFileMatchRegex</c>: <c>new RegExp(pattern).test(filePath)</c>, false for an invalid pattern.</summary>
    public static bool DoesFileMatchRegex(string filePath, string pattern)
    {
        Regex? regex = JsRegExp.TryCreate(pattern);
        return regex is not null && regex.IsMatch(filePath);
    }

    /// <summary><c>getToolsForMode</c>: group tools in order, then ALWAYS_AVAILABLE_TOOLS, without duplicates.</summary>
    public static IReadOnlyList<string> GetToolsForMode(IReadOnlyList<GroupEntry> groups)
    {
        var tools = new List<string>();
        void Add(string tool) { if (!tools.Contains(tool)) tools.Add(tool); }
        foreach (var group in groups)
        {
            var groupConfig = ToolGroups.GetOrThrow(GetGroupName(group));
            foreach (var tool in groupConfig.Tools) Add(tool);
        }
        foreach (var tool in ToolGroups.AlwaysAvailableTools) Add(tool);
        return tools;
    }

    /// <summary><c>getModeBySlug</c>: custom modes first, then the built-in ones.</summary>
    public static ModeConfig? GetModeBySlug(string slug, IReadOnlyList<ModeConfig>? customModes = null)
    {
        var customMode = customModes?.FirstOrDefault(mode => mode.Slug == slug);
        if (customMode is not null) return customMode;
        return DefaultModes.FirstOrDefault(mode => mode.Slug == slug);
    }

    /// <summary><c>getModeConfig</c>.</summary>
    public static ModeConfig GetModeConfig(string slug, IReadOnlyList<ModeConfig>? customModes = null) =>
        GetModeBySlug(slug, customModes) ?? throw new Exception($"No mode found for slug: {slug}");

    /// <summary><c>getAllModes</c>: built-in modes with custom ones overriding in place or appended.</summary>
    public static IReadOnlyList<ModeConfig> GetAllModes(IReadOnlyList<ModeConfig>? customModes = null)
    {
        if (customModes is null || customModes.Count == 0) return [.. DefaultModes];
        var allModes = new List<ModeConfig>(DefaultModes);
        foreach (var customMode in customModes)
        {
            var index = allModes.FindIndex(mode => mode.Slug == customMode.Slug);
            if (index != -1) allModes[index] = customMode;
            else allModes.Add(customMode);
        }
        return allModes;
    }

    /// <summary><c>isCustomMode</c>.</summary>
    public static bool IsCustomMode(string slug, IReadOnlyList<ModeConfig>? customModes = null) =>
        customModes?.Any(mode => mode.Slug == slug) ?? false;

    /// <summary><c>findModeBySlug</c>: no fallback to built-in modes.</summary>
    public static ModeConfig? FindModeBySlug(string slug, IReadOnlyList<ModeConfig>? modes) =>
        modes?.FirstOrDefault(mode => mode.Slug == slug);

    /// <summary><c>getModeSelection</c>. JS <c>||</c> treats "" as missing, hence the NullIfEmpty.</summary>
    public static ModeSelection GetModeSelection(string mode, PromptComponent? promptComponent = null, IReadOnlyList<ModeConfig>? customModes = null)
    {
        var customMode = FindModeBySlug(mode, customModes);
        var builtInMode = FindModeBySlug(mode, DefaultModes);
        if (customMode is not null)
        {
            return new ModeSelection(
                NullIfEmpty(customMode.RoleDefinition) ?? "",
                NullIfEmpty(customMode.CustomInstructions) ?? "",
                NullIfEmpty(customMode.Description) ?? "");
        }
        var baseMode = builtInMode ?? DefaultModes[0];
        return new ModeSelection(
            NullIfEmpty(promptComponent?.RoleDefinition) ?? NullIfEmpty(baseMode.RoleDefinition) ?? "",
            NullIfEmpty(promptComponent?.CustomInstructions) ?? NullIfEmpty(baseMode.CustomInstructions) ?? "",
            NullIfEmpty(baseMode.Description) ?? "");
    }

    // EDIT_OPERATION_PARAMS
    private static readonly string[] EditOperationParams = ["diff", "content", "operations", "search", "replace", "args", "line"];

    private static readonly Regex PathTagGlobal = new("<path>([^<]+)</path>", RegexOptions.ECMAScript);

    /// <summary>
    /// <c>isToolAllowedForMode</c>, every check in the original's order. <paramref name="toolParams"/> holds
    /// strings (what the parser produces); JS truthiness of such a value is "not null and not empty".
    /// Not representable: <c>toolRequirements === false</c> (the original's "all tools disabled" branch), as the
    /// parameter is a dictionary here; no caller in Codex passes <c>false</c>.
    /// </summary>
    public static bool IsToolAllowedForMode(
        string tool,
        string modeSlug,
        IReadOnlyList<ModeConfig> customModes,
        IReadOnlyDictionary<string, bool>? toolRequirements = null,
        IReadOnlyDictionary<string, string>? toolParams = null,
        IReadOnlyDictionary<string, bool>? experiments = null)
    {
        // Always allow these tools
        if (ToolGroups.AlwaysAvailableTools.Contains(tool)) return true;

        if (experiments is not null && Experiments.ExperimentIds.Values.Contains(tool))
        {
            if (!experiments.GetValueOrDefault(tool)) return false;
        }

        // Check tool requirements if any exist
        if (toolRequirements is not null)
        {
            if (toolRequirements.TryGetValue(tool, out var required) && !required) return false;
        }

        var mode = GetModeBySlug(modeSlug, customModes);
        if (mode is null) return false;

        // Check if tool is in any of the mode's groups and respects any group options
        foreach (var group in mode.Groups)
        {
            var groupName = GetGroupName(group);
            var options = GetGroupOptions(group);
            var groupConfig = ToolGroups.GetOrThrow(groupName);

            // If the tool isn't in this group's tools, continue to next group
            if (!groupConfig.Tools.Contains(tool)) continue;

            // If there are no options, allow the tool
            if (options is null) return true;

            // For the edit group, check file regex if specified
            if (groupName == "edit" && !string.IsNullOrEmpty(options.FileRegex))
            {
                var filePath = toolParams?.GetValueOrDefault("path");
                // Check if this is an actual edit operation (not just path-only for streaming)
                var isEditOperation = EditOperationParams.Any(param => !string.IsNullOrEmpty(toolParams?.GetValueOrDefault(param)));

                // Handle single file path validation
                if (!string.IsNullOrEmpty(filePath) && isEditOperation && !DoesFileMatchRegex(filePath, options.FileRegex))
                {
                    throw new FileRestrictionError(mode.Name, options.FileRegex, options.Description, filePath, tool);
                }

                // Handle XML args parameter (used by MULTI_FILE_APPLY_DIFF experiment)
                var args = toolParams?.GetValueOrDefault("args");
                if (!string.IsNullOrEmpty(args))
                {
                    // Extract file paths from XML args: `args.match(/<path>([^<]+)<\/path>/g)`, then each match
                    // re-matched without g for its group. Nothing in here throws other than FileRestrictionError,
                    // so the original's catch-and-warn branch has no counterpart.
                    foreach (Match match in PathTagGlobal.Matches(args))
                    {
                        var pathMatch = PathTagGlobal.Match(match.Value);
                        if (pathMatch.Success && pathMatch.Groups[1].Value.Length > 0)
                        {
                            var extractedPath = JsString.Trim(pathMatch.Groups[1].Value);
                            // Validate that the path is not empty and doesn't contain invalid characters
                            if (extractedPath.Length > 0 && !extractedPath.Contains('<') && !extractedPath.Contains('>'))
                            {
                                if (!DoesFileMatchRegex(extractedPath, options.FileRegex))
                                {
                                    throw new FileRestrictionError(mode.Name, options.FileRegex, options.Description, extractedPath, tool);
                                }
                            }
                        }
                    }
                }
            }

            return true;
        }

        return false;
    }

    /// <summary><c>defaultPrompts</c>: slug → the prose fields of each built-in mode (empty here, see DefaultModes).</summary>
    public static readonly IReadOnlyDictionary<string, PromptComponent> DefaultPrompts =
        new OrderedDictionary<string, PromptComponent>(DefaultModes.Select(mode => KeyValuePair.Create(mode.Slug,
            new PromptComponent(mode.RoleDefinition, mode.WhenToUse, mode.CustomInstructions, mode.Description))));

    /// <summary><c>getRoleDefinition</c>.</summary>
    public static string GetRoleDefinition(string modeSlug, IReadOnlyList<ModeConfig>? customModes = null) =>
        GetModeBySlug(modeSlug, customModes)?.RoleDefinition ?? "";

    /// <summary><c>getDescription</c>.</summary>
    public static string GetDescription(string modeSlug, IReadOnlyList<ModeConfig>? customModes = null) =>
        GetModeBySlug(modeSlug, customModes)?.Description ?? "";

    /// <summary><c>getWhenToUse</c>.</summary>
    public static string GetWhenToUse(string modeSlug, IReadOnlyList<ModeConfig>? customModes = null) =>
        GetModeBySlug(modeSlug, customModes)?.WhenToUse ?? "";

    /// <summary><c>getCustomInstructions</c>.</summary>
    public static string GetCustomInstructions(string modeSlug, IReadOnlyList<ModeConfig>? customModes = null) =>
        GetModeBySlug(modeSlug, customModes)?.CustomInstructions ?? "";

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
