// Re-expresses the cases of Codex's src/core/tools/__tests__/validateToolUse.spec.ts (Kilo Code 4.88.0) for
// Tools/ValidateToolUse.cs and Shared/Modes.cs, with the expected values of that spec.
using Lapce.Tools.Shared;
using Lapce.Tools.Tools;

namespace LapceParity.Tests.Port;

public class ValidateToolUseTests
{
    private const string CodeMode = "code";
    private const string ArchitectMode = "architect";
    private const string AskMode = "ask";

    private static Dictionary<string, bool> Req(string tool, bool value) => new() { [tool] = value };

    // ── isToolAllowedForMode: code mode ──

    [Fact]
    public void Code_mode_allows_all_code_mode_tools()
    {
        foreach (var (_, config) in ToolGroups.All)
        {
            foreach (var tool in config.Tools) Assert.True(Modes.IsToolAllowedForMode(tool, CodeMode, []), tool);
        }
    }

    [Fact]
    public void Code_mode_disallows_unknown_tools() =>
        Assert.False(Modes.IsToolAllowedForMode("unknown_tool", CodeMode, []));

    // ── architect / ask ──

    [Fact]
    public void Architect_mode_allows_configured_tools()
    {
        var tools = ToolGroups.All["read"].Tools.Concat(ToolGroups.All["browser"].Tools).Concat(ToolGroups.All["mcp"].Tools);
        foreach (var tool in tools) Assert.True(Modes.IsToolAllowedForMode(tool, ArchitectMode, []), tool);
    }

    [Fact]
    public void Ask_mode_allows_configured_tools()
    {
        var tools = ToolGroups.All["read"].Tools.Concat(ToolGroups.All["browser"].Tools).Concat(ToolGroups.All["mcp"].Tools);
        foreach (var tool in tools) Assert.True(Modes.IsToolAllowedForMode(tool, AskMode, []), tool);
    }

    // ── custom modes ──

    [Fact]
    public void Allows_tools_from_custom_mode_configuration()
    {
        IReadOnlyList<ModeConfig> customModes =
            [new() { Slug = "custom-mode", Name = "Custom Mode", RoleDefinition = "Custom role", Groups = [new("read"), new("edit")] }];
        Assert.True(Modes.IsToolAllowedForMode("read_file", "custom-mode", customModes));
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "custom-mode", customModes));
        Assert.False(Modes.IsToolAllowedForMode("execute_command", "custom-mode", customModes));
    }

    [Fact]
    public void Allows_custom_mode_to_override_built_in_mode()
    {
        IReadOnlyList<ModeConfig> customModes =
            [new() { Slug = CodeMode, Name = "Custom Code Mode", RoleDefinition = "Custom role", Groups = [new("read")] }];
        Assert.True(Modes.IsToolAllowedForMode("read_file", CodeMode, customModes));
        Assert.False(Modes.IsToolAllowedForMode("write_to_file", CodeMode, customModes));
    }

    [Fact]
    public void Respects_tool_requirements_in_custom_modes()
    {
        IReadOnlyList<ModeConfig> customModes =
            [new() { Slug = "custom-mode", Name = "Custom Mode", RoleDefinition = "Custom role", Groups = [new("edit")] }];
        var requirements = Req("apply_diff", false);
        Assert.False(Modes.IsToolAllowedForMode("apply_diff", "custom-mode", customModes, requirements));
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "custom-mode", customModes, requirements));
    }

    // ── tool requirements ──

    [Fact]
    public void Respects_tool_requirements_when_provided()
    {
        Assert.False(Modes.IsToolAllowedForMode("apply_diff", CodeMode, [], Req("apply_diff", false)));
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", CodeMode, [], Req("apply_diff", true)));
    }

    [Fact]
    public void Allows_tools_when_their_requirements_are_not_specified() =>
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", CodeMode, [], Req("some_other_tool", true)));

    [Fact]
    public void Handles_undefined_and_empty_requirements()
    {
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", CodeMode, [], null));
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", CodeMode, [], new Dictionary<string, bool>()));
    }

    [Fact]
    public void Prioritizes_requirements_over_mode_configuration() =>
        Assert.False(Modes.IsToolAllowedForMode("apply_diff", CodeMode, [], Req("apply_diff", false)));

    [Fact]
    public void Always_available_tools_ignore_requirements() =>
        Assert.True(Modes.IsToolAllowedForMode("attempt_completion", CodeMode, [], Req("attempt_completion", false)));

    // ── validateToolUse ──

    [Fact]
    public void Throws_error_for_disallowed_tools_in_architect_mode()
    {
        var e = Assert.ThrowsAny<Exception>(() => ValidateToolUse.Validate("unknown_tool", "architect", [], null, null));
        Assert.Equal("Tool \"unknown_tool\" is not allowed in architect mode.", e.Message);
    }

    [Fact]
    public void Does_not_throw_for_allowed_tools_in_architect_mode() =>
        ValidateToolUse.Validate("read_file", "architect", [], null, null);

    [Fact]
    public void Throws_error_when_tool_requirement_is_not_met()
    {
        var e = Assert.ThrowsAny<Exception>(() => ValidateToolUse.Validate("apply_diff", CodeMode, [], Req("apply_diff", false), null));
        Assert.Equal("Tool \"apply_diff\" is not allowed in code mode.", e.Message);
    }

    [Fact]
    public void Does_not_throw_when_tool_requirement_is_met() =>
        ValidateToolUse.Validate("apply_diff", CodeMode, [], Req("apply_diff", true), null);

    [Fact]
    public void Handles_undefined_requirements_gracefully() =>
        ValidateToolUse.Validate("apply_diff", CodeMode, [], null, null);

    [Fact]
    public void Null_custom_modes_are_treated_as_empty() =>
        ValidateToolUse.Validate("read_file", "architect", null, null, null);

    [Fact]
    public void File_restriction_errors_propagate_unchanged()
    {
        var e = Assert.Throws<FileRestrictionError>(() =>
            ValidateToolUse.Validate("write_to_file", "architect", [], null, new Dictionary<string, string> { ["path"] = "a.ts", ["content"] = "x" }));
        Assert.Equal("Tool 'write_to_file' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: a.ts", e.Message);
    }
}
