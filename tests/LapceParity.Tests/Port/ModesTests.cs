// Re-expresses the cases of Codex's src/shared/__tests__/modes.spec.ts and experiments.spec.ts (Kilo Code
// 4.88.0) for Shared/Modes.cs, Shared/ToolGroups.cs and Shared/Experiments.cs, with the expected values of
// those specs. Cases that check built-in prose (roleDefinition, customInstructions) compare against the
// port's empty prose fields (the prose is not copied into the project), and getFullModeDetails is not ported.
// The last group checks JavaScript RegExp semantics of fileRegex where .NET differs by default.
using Lapce.Tools.Shared;

namespace LapceParity.Tests.Port;

public class ModesTests
{
    private static ModeConfig Mode(string slug, string name, params GroupEntry[] groups) =>
        new() { Slug = slug, Name = name, RoleDefinition = "role", Groups = groups };

    private static Dictionary<string, string> P(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    private static readonly IReadOnlyList<ModeConfig> CustomModes =
    [
        Mode("markdown-editor", "Markdown Editor", new("read"), new("edit", new GroupOptions(FileRegex: "\\.md$")), new("browser")),
        Mode("css-editor", "CSS Editor", new("read"), new("edit", new GroupOptions(FileRegex: "\\.css$")), new("browser")),
        Mode("test-exp-mode", "Test Exp Mode", new("read"), new("edit"), new("browser")),
    ];

    // ── isToolAllowedForMode ──

    [Fact]
    public void Allows_always_available_tools()
    {
        Assert.True(Modes.IsToolAllowedForMode("ask_followup_question", "markdown-editor", CustomModes));
        Assert.True(Modes.IsToolAllowedForMode("attempt_completion", "markdown-editor", CustomModes));
    }

    [Fact]
    public void Allows_unrestricted_tools()
    {
        Assert.True(Modes.IsToolAllowedForMode("read_file", "markdown-editor", CustomModes));
        Assert.True(Modes.IsToolAllowedForMode("browser_action", "markdown-editor", CustomModes));
    }

    [Fact]
    public void Allows_editing_matching_files()
    {
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "markdown-editor", CustomModes, null, P(("path", "test.md"), ("content", "# Test"))));
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "css-editor", CustomModes, null, P(("path", "styles.css"), ("content", ".test { color: red; }"))));
    }

    [Fact]
    public void Rejects_editing_non_matching_files()
    {
        var md = Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("write_to_file", "markdown-editor", CustomModes, null, P(("path", "test.js"), ("content", "console.log('test')"))));
        Assert.Contains("\\.md$", md.Message);
        var css = Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("write_to_file", "css-editor", CustomModes, null, P(("path", "test.js"), ("content", "console.log('test')"))));
        Assert.Contains("\\.css$", css.Message);
        Assert.Equal("Tool 'write_to_file' in mode 'CSS Editor' can only edit files matching pattern: \\.css$. Got: test.js", css.Message);
    }

    [Fact]
    public void Handles_partial_streaming_cases_path_only()
    {
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "markdown-editor", CustomModes, null, P(("path", "test.js"))));
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "markdown-editor", CustomModes, null, P(("path", "test.js"))));
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "architect", [], null, P(("path", "test.js"))));
    }

    [Fact]
    public void Applies_restrictions_to_both_write_to_file_and_apply_diff()
    {
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "markdown-editor", CustomModes, null, P(("path", "test.md"), ("content", "# Test"))));
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "markdown-editor", CustomModes, null, P(("path", "test.md"), ("diff", "- old\n+ new"))));
        Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("write_to_file", "markdown-editor", CustomModes, null, P(("path", "test.js"), ("content", "console.log('test')"))));
        Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("apply_diff", "markdown-editor", CustomModes, null, P(("path", "test.js"), ("diff", "- old\n+ new"))));
    }

    [Fact]
    public void Uses_description_in_file_restriction_error_for_custom_modes()
    {
        IReadOnlyList<ModeConfig> docs =
        [
            Mode("docs-editor", "Documentation Editor", new("read"),
                new("edit", new GroupOptions(FileRegex: "\\.(md|txt)$", Description: "Documentation files only")), new("browser")),
        ];
        var e1 = Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("write_to_file", "docs-editor", docs, null, P(("path", "test.js"), ("content", "console.log('test')"))));
        Assert.Contains("Documentation files only", e1.Message);
        var e2 = Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("apply_diff", "docs-editor", docs, null, P(("path", "test.js"), ("diff", "- old\n+ new"))));
        Assert.Equal("Tool 'apply_diff' in mode 'Documentation Editor' can only edit files matching pattern: \\.(md|txt)$ (Documentation files only). Got: test.js", e2.Message);
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "docs-editor", docs, null, P(("path", "test.md"), ("content", "# Test"))));
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "docs-editor", docs, null, P(("path", "test.txt"), ("content", "Test content"))));
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "docs-editor", docs, null, P(("path", "test.js"))));
    }

    [Fact]
    public void Allows_architect_mode_to_edit_markdown_files_only()
    {
        Assert.True(Modes.IsToolAllowedForMode("write_to_file", "architect", [], null, P(("path", "test.md"), ("content", "# Test"))));
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("path", "readme.md"), ("diff", "- old\n+ new"))));
        var e = Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("write_to_file", "architect", [], null, P(("path", "test.js"), ("content", "console.log('test')"))));
        Assert.Equal("Tool 'write_to_file' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: test.js", e.Message);
        Assert.True(Modes.IsToolAllowedForMode("read_file", "architect", []));
        Assert.True(Modes.IsToolAllowedForMode("browser_action", "architect", []));
        Assert.True(Modes.IsToolAllowedForMode("use_mcp_tool", "architect", []));
    }

    [Fact]
    public void Applies_restrictions_to_all_edit_tools_including_search_and_replace_and_insert_content()
    {
        Assert.True(Modes.IsToolAllowedForMode("search_and_replace", "architect", [], null, P(("path", "test.md"), ("search", "old text"), ("replace", "new text"))));
        Assert.True(Modes.IsToolAllowedForMode("insert_content", "architect", [], null, P(("path", "test.md"), ("line", "1"), ("content", "# New content"))));
        var e1 = Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("search_and_replace", "architect", [], null, P(("path", "test.py"), ("search", "old text"), ("replace", "new text"))));
        Assert.Contains("Markdown files only", e1.Message);
        var e2 = Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("insert_content", "architect", [], null, P(("path", "test.py"), ("line", "1"), ("content", "print('hello')"))));
        Assert.Contains("Markdown files only", e2.Message);
    }

    [Fact]
    public void Applies_restrictions_to_apply_diff_with_multi_file_args()
    {
        const string xmlArgs = "<args><file><path>test.md</path><diff><content>- old content\\n+ new content</content></diff></file></args>";
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("args", xmlArgs))));

        const string xmlArgsNonMd = "<args><file><path>test.py</path><diff><content>- old content\\n+ new content</content></diff></file></args>";
        var e1 = Assert.Throws<FileRestrictionError>(() => Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("args", xmlArgsNonMd))));
        Assert.Contains("Markdown files only", e1.Message);

        const string xmlArgsMultiple = "<args><file><path>readme.md</path><diff><content>- old content\\n+ new content</content></diff></file><file><path>docs.md</path><diff><content>- old content\\n+ new content</content></diff></file></args>";
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("args", xmlArgsMultiple))));

        const string xmlArgsMixed = "<args><file><path>readme.md</path><diff><content>- old content\\n+ new content</content></diff></file><file><path>script.py</path><diff><content>- old content\\n+ new content</content></diff></file></args>";
        var e2 = Assert.Throws<FileRestrictionError>(() => Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("args", xmlArgsMixed))));
        Assert.Equal("Tool 'apply_diff' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: script.py", e2.Message);
    }

    [Fact]
    public void Multi_file_args_paths_are_trimmed_and_skipped_when_they_hold_angle_brackets()
    {
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("args", "<file><path>  a.md \n</path></file>"))));
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("args", "<file><path>a>b.py</path></file>"))));
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("args", "<file><path>   </path></file>"))));
        var e = Assert.Throws<FileRestrictionError>(() =>
            Modes.IsToolAllowedForMode("apply_diff", "architect", [], null, P(("args", "<file><path> b.py </path></file>"))));
        Assert.EndsWith("Got: b.py", e.Message);
    }

    [Fact]
    public void Handles_non_existent_modes() =>
        Assert.False(Modes.IsToolAllowedForMode("write_to_file", "non-existent", CustomModes));

    [Fact]
    public void Respects_tool_requirements() =>
        Assert.False(Modes.IsToolAllowedForMode("write_to_file", "markdown-editor", CustomModes, new Dictionary<string, bool> { ["write_to_file"] = false }));

    [Fact]
    public void Experiment_ids_gate_tools_of_that_name_only_when_experiments_are_passed()
    {
        // No tool is named like an experiment id, so the check never fires for real tools.
        var experiments = new Dictionary<string, bool> { ["multiFileApplyDiff"] = false };
        Assert.True(Modes.IsToolAllowedForMode("apply_diff", "code", [], null, null, experiments));
        IReadOnlyList<ModeConfig> custom = [Mode("x", "X", new GroupEntry("edit"))];
        Assert.False(Modes.IsToolAllowedForMode("multiFileApplyDiff", "x", custom, null, null, experiments));
    }

    [Fact]
    public void Unknown_group_in_a_custom_mode_throws_the_javascript_type_error()
    {
        IReadOnlyList<ModeConfig> bad = [Mode("bad", "Bad", new GroupEntry("nonsense"))];
        var e = Assert.ThrowsAny<Exception>(() => Modes.IsToolAllowedForMode("read_file", "bad", bad));
        Assert.Equal("Cannot read properties of undefined (reading 'tools')", e.Message);
    }

    // ── FileRestrictionError ──

    [Fact]
    public void FileRestrictionError_formats_message_with_pattern_when_no_description()
    {
        var error = new FileRestrictionError("Markdown Editor", "\\.md$", null, "test.js");
        Assert.Equal("This mode (Markdown Editor) can only edit files matching pattern: \\.md$. Got: test.js", error.Message);
        Assert.Equal("FileRestrictionError", error.Name);
    }

    [Fact]
    public void FileRestrictionError_formats_message_with_tool_name()
    {
        var error = new FileRestrictionError("Markdown Editor", "\\.md$", null, "test.js", "write_to_file");
        Assert.Equal("Tool 'write_to_file' in mode 'Markdown Editor' can only edit files matching pattern: \\.md$. Got: test.js", error.Message);
        Assert.Equal("FileRestrictionError", error.Name);
    }

    [Fact]
    public void FileRestrictionError_formats_message_with_description()
    {
        var error = new FileRestrictionError("Markdown Editor", "\\.md$", "Markdown files only", "test.js");
        Assert.Equal("This mode (Markdown Editor) can only edit files matching pattern: \\.md$ (Markdown files only). Got: test.js", error.Message);
    }

    [Fact]
    public void FileRestrictionError_formats_message_with_tool_name_and_description()
    {
        var error = new FileRestrictionError("Markdown Editor", "\\.md$", "Markdown files only", "test.js", "apply_diff");
        Assert.Equal("Tool 'apply_diff' in mode 'Markdown Editor' can only edit files matching pattern: \\.md$ (Markdown files only). Got: test.js", error.Message);
    }

    // ── built-in modes ──

    [Fact]
    public void Debug_mode_is_configured_correctly()
    {
        var debugMode = Modes.DefaultModes.Single(m => m.Slug == "debug");
        Assert.Equal("Debug", debugMode.Name);
        Assert.Equal(["read", "edit", "browser", "command", "mcp"], debugMode.Groups.Select(Modes.GetGroupName));
    }

    [Fact]
    public void Default_modes_have_the_original_slugs_names_icons_and_groups()
    {
        Assert.Equal("architect", Modes.DefaultModeSlug);
        Assert.Equal(["architect", "code", "ask", "debug", "orchestrator"], Modes.DefaultModes.Select(m => m.Slug));
        Assert.Equal(["Architect", "Code", "Ask", "Debug", "Orchestrator"], Modes.DefaultModes.Select(m => m.Name));
        Assert.Equal(["codicon-type-hierarchy-sub", "codicon-code", "codicon-question", "codicon-bug", "codicon-run-all"],
            Modes.DefaultModes.Select(m => m.IconName!));
        var architectEdit = Modes.DefaultModes[0].Groups[1];
        Assert.Equal(new GroupEntry("edit", new GroupOptions("\\.md$", "Markdown files only")), architectEdit);
        Assert.Empty(Modes.DefaultModes[4].Groups);
    }

    [Fact]
    public void Code_mode_allows_every_grouped_tool_and_orchestrator_only_the_always_available_ones()
    {
        foreach (var tool in ToolGroups.All.Values.SelectMany(g => g.Tools))
        {
            Assert.True(Modes.IsToolAllowedForMode(tool, "code", []));
        }
        Assert.Equal(ToolGroups.AlwaysAvailableTools, Modes.GetToolsForMode(Modes.DefaultModes[4].Groups));
        Assert.False(Modes.IsToolAllowedForMode("read_file", "orchestrator", []));
        Assert.True(Modes.IsToolAllowedForMode("new_task", "orchestrator", []));
    }

    [Fact]
    public void GetToolsForMode_lists_group_tools_then_always_available_without_duplicates()
    {
        var tools = Modes.GetToolsForMode([new("read"), new("mcp")]);
        Assert.Equal(
            ["read_file", "fetch_instructions", "search_files", "list_files", "list_code_definition_names", "codebase_search",
             "use_mcp_tool", "access_mcp_resource",
             "ask_followup_question", "attempt_completion", "switch_mode", "new_task", "report_bug", "condense", "update_todo_list"],
            tools);
    }

    [Fact]
    public void Mode_lookup_helpers()
    {
        IReadOnlyList<ModeConfig> custom = [Mode("code", "My Code", new GroupEntry("read")), Mode("extra", "Extra", new GroupEntry("read"))];
        Assert.Equal("My Code", Modes.GetModeBySlug("code", custom)!.Name);
        Assert.Equal("Code", Modes.GetModeBySlug("code")!.Name);
        Assert.Null(Modes.GetModeBySlug("nope", custom));
        Assert.Equal("No mode found for slug: nope", Assert.ThrowsAny<Exception>(() => Modes.GetModeConfig("nope")).Message);
        Assert.Equal(["architect", "code", "ask", "debug", "orchestrator", "extra"], Modes.GetAllModes(custom).Select(m => m.Slug));
        Assert.Equal("My Code", Modes.GetAllModes(custom)[1].Name);
        Assert.True(Modes.IsCustomMode("code", custom));
        Assert.False(Modes.IsCustomMode("ask", custom));
        Assert.Null(Modes.FindModeBySlug("ask", custom));
        Assert.Null(Modes.FindModeBySlug("ask", null));
    }

    // ── getModeSelection ──

    private static readonly IReadOnlyList<ModeConfig> CustomModesList =
    [
        new() { Slug = "code", Name = "Custom Code Mode", RoleDefinition = "Custom Code Role", CustomInstructions = "Custom Code Instructions", Groups = [new("read")] },
        new() { Slug = "new-custom", Name = "New Custom Mode", RoleDefinition = "New Custom Role", CustomInstructions = "New Custom Instructions", Groups = [new("edit")] },
    ];

    private static readonly PromptComponent PromptComponentCode = new(RoleDefinition: "Prompt Component Code Role", CustomInstructions: "Prompt Component Code Instructions");
    private static readonly PromptComponent PromptComponentAsk = new(RoleDefinition: "Prompt Component Ask Role", CustomInstructions: "Prompt Component Ask Instructions");
    private static ModeConfig BuiltInAskMode => Modes.DefaultModes.Single(m => m.Slug == "ask");

    [Fact]
    public void ModeSelection_returns_built_in_mode_details_if_no_overrides()
    {
        var selection = Modes.GetModeSelection("ask");
        Assert.Equal(BuiltInAskMode.RoleDefinition, selection.RoleDefinition);
        Assert.Equal(BuiltInAskMode.CustomInstructions ?? "", selection.BaseInstructions);
    }

    [Fact]
    public void ModeSelection_prioritizes_prompt_component_for_built_in_mode()
    {
        var selection = Modes.GetModeSelection("ask", PromptComponentAsk);
        Assert.Equal("Prompt Component Ask Role", selection.RoleDefinition);
        Assert.Equal("Prompt Component Ask Instructions", selection.BaseInstructions);
    }

    [Fact]
    public void ModeSelection_prioritizes_custom_mode_over_prompt_component_and_built_in()
    {
        foreach (var pc in new[] { null, PromptComponentCode, new PromptComponent(RoleDefinition: "Prompt Role Only", CustomInstructions: "Prompt Instructions Only") })
        {
            var selection = Modes.GetModeSelection("code", pc, CustomModesList);
            Assert.Equal("Custom Code Role", selection.RoleDefinition);
            Assert.Equal("Custom Code Instructions", selection.BaseInstructions);
        }
    }

    [Fact]
    public void ModeSelection_returns_new_custom_mode_details_even_with_prompt_component()
    {
        var selection = Modes.GetModeSelection("new-custom", new PromptComponent(RoleDefinition: "Prompt New Custom Role", CustomInstructions: "Prompt New Custom Instructions"), CustomModesList);
        Assert.Equal("New Custom Role", selection.RoleDefinition);
        Assert.Equal("New Custom Instructions", selection.BaseInstructions);
    }

    [Fact]
    public void ModeSelection_falls_back_to_default_mode()
    {
        var selection = Modes.GetModeSelection("non-existent-mode", null, CustomModesList);
        Assert.Equal(Modes.DefaultModes[0].RoleDefinition, selection.RoleDefinition);
        Assert.Equal(Modes.DefaultModes[0].CustomInstructions ?? "", selection.BaseInstructions);
    }

    [Fact]
    public void ModeSelection_handles_missing_and_empty_custom_mode_fields()
    {
        IReadOnlyList<ModeConfig> noInstr = [new() { Slug = "no-instr", Name = "No Instructions Mode", RoleDefinition = "Role for no instructions", Groups = [new("read")] }];
        var s1 = Modes.GetModeSelection("no-instr", null, noInstr);
        Assert.Equal("Role for no instructions", s1.RoleDefinition);
        Assert.Equal("", s1.BaseInstructions);

        IReadOnlyList<ModeConfig> emptyRole = [new() { Slug = "empty-role", Name = "Empty Role Mode", RoleDefinition = "", CustomInstructions = "Instructions for empty role", Groups = [new("read")] }];
        var s2 = Modes.GetModeSelection("empty-role", null, emptyRole);
        Assert.Equal("", s2.RoleDefinition);
        Assert.Equal("Instructions for empty role", s2.BaseInstructions);

        IReadOnlyList<ModeConfig> roleOnly = [new() { Slug = "role-custom", Name = "Role Custom", RoleDefinition = "Custom Role Only", Groups = [new("read")] }];
        var s3 = Modes.GetModeSelection("role-custom", new PromptComponent(CustomInstructions: "Prompt Instructions Only"), roleOnly);
        Assert.Equal("Custom Role Only", s3.RoleDefinition);
        Assert.Equal("", s3.BaseInstructions);

        IReadOnlyList<ModeConfig> instrOnly = [new() { Slug = "instr-custom", Name = "Instr Custom", RoleDefinition = "", CustomInstructions = "Custom Instructions Only", Groups = [new("read")] }];
        var s4 = Modes.GetModeSelection("instr-custom", new PromptComponent(RoleDefinition: "Prompt Role Only"), instrOnly);
        Assert.Equal("", s4.RoleDefinition);
        Assert.Equal("Custom Instructions Only", s4.BaseInstructions);

        IReadOnlyList<ModeConfig> minimal = [new() { Slug = "ask", Name = "Custom Ask Minimal", RoleDefinition = "", Groups = [new("read")] }];
        var s5 = Modes.GetModeSelection("ask", new PromptComponent(RoleDefinition: "Prompt Min Role", CustomInstructions: "Prompt Min Instr"), minimal);
        Assert.Equal("", s5.RoleDefinition);
        Assert.Equal("", s5.BaseInstructions);
    }

    [Fact]
    public void ModeSelection_uses_prompt_component_or_built_in_when_slug_is_not_custom()
    {
        var s1 = Modes.GetModeSelection("ask", PromptComponentAsk, CustomModesList);
        Assert.Equal("Prompt Component Ask Role", s1.RoleDefinition);
        Assert.Equal("Prompt Component Ask Instructions", s1.BaseInstructions);
        var s2 = Modes.GetModeSelection("ask", null, CustomModesList);
        Assert.Equal(BuiltInAskMode.RoleDefinition, s2.RoleDefinition);
        Assert.Equal(BuiltInAskMode.CustomInstructions ?? "", s2.BaseInstructions);
        var s3 = Modes.GetModeSelection("ask", PromptComponentAsk, null);
        Assert.Equal("Prompt Component Ask Role", s3.RoleDefinition);
    }

    // ── experiments.spec.ts ──

    [Fact]
    public void Experiments_are_configured_correctly()
    {
        Assert.Equal("powerSteering", Experiments.ExperimentIds["POWER_STEERING"]);
        Assert.False(Experiments.ExperimentConfigsMap["POWER_STEERING"].Enabled);
        Assert.Equal("multiFileApplyDiff", Experiments.ExperimentIds["MULTI_FILE_APPLY_DIFF"]);
        Assert.Equal("multiFileApplyDiff", Experiments.MultiFileApplyDiff);
        Assert.False(Experiments.ExperimentConfigsMap["MULTI_FILE_APPLY_DIFF"].Enabled);
        Assert.Equal(["morphFastApply", "multiFileApplyDiff", "powerSteering", "preventFocusDisruption"], Experiments.ExperimentIds.Values);
    }

    [Fact]
    public void Experiments_IsEnabled()
    {
        var off = new Dictionary<string, bool> { ["morphFastApply"] = false, ["powerSteering"] = false, ["multiFileApplyDiff"] = false, ["preventFocusDisruption"] = false };
        Assert.False(Experiments.IsEnabled(off, Experiments.PowerSteering));
        var on = new Dictionary<string, bool>(off) { ["powerSteering"] = true };
        Assert.True(Experiments.IsEnabled(on, Experiments.PowerSteering));
        Assert.False(Experiments.IsEnabled(new Dictionary<string, bool>(), Experiments.PowerSteering)); // default
    }

    // ── fileRegex with JavaScript RegExp semantics ──

    [Theory]
    [InlineData("\\.md$", "a.md", true)]
    [InlineData("\\.md$", "a.md\n", false)] // .NET's $ alone would match before the final \n
    [InlineData("^docs/.*$", "docs/a\rb", false)] // JS . excludes \r (and \u2028, \u2029)
    [InlineData("\\s", "\u00a0", true)]
    [InlineData("\\s", "\u0085", false)] // .NET's \s includes U+0085; JS's does not
    [InlineData("\\d", "\u0663", false)] // JS \d is ASCII only
    [InlineData("[^]", "x", true)]
    [InlineData("[]", "x", false)]
    [InlineData("\\p{L}", "p{L}", true)] // without the u flag \p is a literal p
    [InlineData("(?i)md", "md", false)] // inline flags are a syntax error in JS: doesFileMatchRegex returns false
    [InlineData("(", "(", false)] // invalid pattern
    [InlineData("\\.(md|txt)$", "notes.txt", true)]
    public void DoesFileMatchRegex_follows_javascript_semantics(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Modes.DoesFileMatchRegex(path, pattern));
}
