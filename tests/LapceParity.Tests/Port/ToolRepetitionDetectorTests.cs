// Re-expresses the cases of Codex's src/core/tools/__tests__/ToolRepetitionDetector.spec.ts (Kilo Code
// 4.88.0) for Tools/ToolRepetitionDetector.cs, with the expected values of that spec. The spec mocks i18n;
// here the real English string (src/i18n/locales/en/tools.json) is used and checked in full. The spec's case
// that overrides the private serializeToolUse to force identical JSON is re-expressed without the override
// (two separately built but identical calls), since the point it pins is "equal serialization counts".
using Lapce.Tools.Shared;
using Lapce.Tools.Tools;

namespace LapceParity.Tests.Port;

public class ToolRepetitionDetectorTests
{
    private static ToolUse CreateToolUse(string name, string? displayName = null, params (string Key, string Value)[] pars)
    {
        var tool = new ToolUse { Name = displayName ?? name, Partial = false };
        foreach (var (k, v) in pars) tool.Params[k] = v;
        return tool;
    }

    // ── initialization ──

    [Fact]
    public void Defaults_to_a_limit_of_3()
    {
        var detector = new ToolRepetitionDetector();
        Assert.True(detector.Check(CreateToolUse("test", "test-tool")).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("test", "test-tool")).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("test", "test-tool")).AllowExecution);
        Assert.False(detector.Check(CreateToolUse("test", "test-tool")).AllowExecution);
    }

    [Fact]
    public void Uses_the_custom_limit_when_provided()
    {
        var detector = new ToolRepetitionDetector(2);
        Assert.True(detector.Check(CreateToolUse("test", "test-tool")).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("test", "test-tool")).AllowExecution);
        Assert.False(detector.Check(CreateToolUse("test", "test-tool")).AllowExecution);
    }

    // ── no repetition ──

    [Fact]
    public void Allows_execution_for_different_tool_calls()
    {
        var detector = new ToolRepetitionDetector();
        foreach (var name in new[] { "first-tool", "second-tool", "third-tool" })
        {
            var result = detector.Check(CreateToolUse(name, name));
            Assert.True(result.AllowExecution);
            Assert.Null(result.AskUser);
        }
    }

    [Fact]
    public void Resets_the_counter_when_different_tool_calls_are_made()
    {
        var detector = new ToolRepetitionDetector(2);
        detector.Check(CreateToolUse("same", "same-tool"));
        detector.Check(CreateToolUse("different", "different-tool"));
        Assert.True(detector.Check(CreateToolUse("same", "same-tool")).AllowExecution);
    }

    // ── repetition below / at the limit ──

    [Fact]
    public void Allows_below_limit_and_blocks_when_limit_reached()
    {
        var detector = new ToolRepetitionDetector(3);
        Assert.True(detector.Check(CreateToolUse("repeat", "repeat-tool")).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("repeat", "repeat-tool")).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("repeat", "repeat-tool")).AllowExecution);
        Assert.False(detector.Check(CreateToolUse("repeat", "repeat-tool")).AllowExecution);
    }

    [Fact]
    public void Blocks_execution_when_repetition_reaches_the_limit()
    {
        var detector = new ToolRepetitionDetector(3);
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        var result = detector.Check(CreateToolUse("repeat", "repeat-tool"));
        Assert.False(result.AllowExecution);
        Assert.NotNull(result.AskUser);
        Assert.Equal("mistake_limit_reached", result.AskUser!.MessageKey);
        Assert.Contains("repeat-tool", result.AskUser.MessageDetail);
        Assert.Equal(
            "Kilo Code appears to be stuck in a loop, attempting the same action (repeat-tool) repeatedly. This might indicate a problem with its current strategy. Consider rephrasing the task, providing more specific instructions, or guiding it towards a different approach.",
            result.AskUser.MessageDetail);
    }

    [Fact]
    public void Resets_internal_state_after_limit_is_reached()
    {
        var detector = new ToolRepetitionDetector(2);
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        Assert.False(detector.Check(CreateToolUse("repeat", "repeat-tool")).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("new", "new-tool")).AllowExecution);
    }

    // ── repetition after limit ──

    [Fact]
    public void Allows_previously_problematic_tool_after_reset()
    {
        var detector = new ToolRepetitionDetector(2);
        detector.Check(CreateToolUse("problem", "problem-tool"));
        detector.Check(CreateToolUse("problem", "problem-tool"));
        Assert.False(detector.Check(CreateToolUse("problem", "problem-tool")).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("problem", "problem-tool")).AllowExecution);
    }

    [Fact]
    public void Requires_reaching_the_limit_again_after_reset()
    {
        var detector = new ToolRepetitionDetector(2);
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        Assert.False(detector.Check(CreateToolUse("repeat", "repeat-tool")).AllowExecution);
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        detector.Check(CreateToolUse("repeat", "repeat-tool"));
        var result = detector.Check(CreateToolUse("repeat", "repeat-tool"));
        Assert.False(result.AllowExecution);
        Assert.NotNull(result.AskUser);
    }

    // ── tool name interpolation ──

    [Fact]
    public void Includes_tool_name_in_the_error_message()
    {
        var detector = new ToolRepetitionDetector(2);
        const string toolName = "special-tool-name";
        detector.Check(CreateToolUse("test", toolName));
        detector.Check(CreateToolUse("test", toolName));
        var result = detector.Check(CreateToolUse("test", toolName));
        Assert.False(result.AllowExecution);
        Assert.Contains(toolName, result.AskUser!.MessageDetail);
    }

    // ── edge cases ──

    [Fact]
    public void Handles_empty_tool_call()
    {
        var detector = new ToolRepetitionDetector(2);
        detector.Check(CreateToolUse("empty-tool", "empty-tool"));
        detector.Check(CreateToolUse("empty-tool", "empty-tool"));
        var result = detector.Check(CreateToolUse("empty-tool", "empty-tool"));
        Assert.False(result.AllowExecution);
        Assert.NotNull(result.AskUser);
    }

    [Fact]
    public void Calls_with_identical_serialization_count_as_repetition()
    {
        var detector = new ToolRepetitionDetector(2);
        detector.Check(CreateToolUse("tool-name-1", "tool-name-1", ("param", "value")));
        Assert.True(detector.Check(CreateToolUse("tool-name-1", "tool-name-1", ("param", "value"))).AllowExecution);
        var result3 = detector.Check(CreateToolUse("tool-name-1", "tool-name-1", ("param", "value")));
        Assert.False(result3.AllowExecution);
        Assert.NotNull(result3.AskUser);
    }

    [Fact]
    public void Different_names_with_the_same_params_are_different_calls()
    {
        var detector = new ToolRepetitionDetector(1);
        detector.Check(CreateToolUse("tool-name-1", "tool-name-1", ("param", "value")));
        Assert.True(detector.Check(CreateToolUse("tool-name-2", "tool-name-2", ("param", "value"))).AllowExecution);
    }

    [Fact]
    public void Treats_tools_with_same_parameters_in_different_order_as_identical()
    {
        var detector = new ToolRepetitionDetector(2);
        detector.Check(CreateToolUse("same-tool", "same-tool", ("a", "1"), ("b", "2"), ("c", "3")));
        detector.Check(CreateToolUse("same-tool", "same-tool", ("c", "3"), ("a", "1"), ("b", "2")));
        var result = detector.Check(CreateToolUse("same-tool", "same-tool", ("b", "2"), ("c", "3"), ("a", "1")));
        Assert.False(result.AllowExecution);
        Assert.NotNull(result.AskUser);
    }

    [Fact]
    public void Parameter_values_and_partial_flag_matter_as_in_the_serialization()
    {
        // partial is not serialized; values and keys are.
        var detector = new ToolRepetitionDetector(1);
        detector.Check(CreateToolUse("read_file", null, ("path", "a")));
        var partial = CreateToolUse("read_file", null, ("path", "a"));
        partial.Partial = true;
        Assert.False(detector.Check(partial).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("read_file", null, ("path", "a"))).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("read_file", null, ("path", "b"))).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("read_file", null, ("path", "b"), ("x", ""))).AllowExecution);
    }

    // ── explicit Nth call blocking ──

    [Fact]
    public void Limit_1_allows_the_1st_call_and_blocks_the_2nd()
    {
        var detector = new ToolRepetitionDetector(1);
        var r1 = detector.Check(CreateToolUse("tool", "tool-name"));
        Assert.True(r1.AllowExecution);
        Assert.Null(r1.AskUser);
        var r2 = detector.Check(CreateToolUse("tool", "tool-name"));
        Assert.False(r2.AllowExecution);
        Assert.NotNull(r2.AskUser);
    }

    [Fact]
    public void Limit_2_allows_2_calls_and_blocks_the_3rd()
    {
        var detector = new ToolRepetitionDetector(2);
        Assert.True(detector.Check(CreateToolUse("tool", "tool-name")).AllowExecution);
        Assert.True(detector.Check(CreateToolUse("tool", "tool-name")).AllowExecution);
        var r3 = detector.Check(CreateToolUse("tool", "tool-name"));
        Assert.False(r3.AllowExecution);
        Assert.NotNull(r3.AskUser);
    }

    [Fact]
    public void Limit_3_allows_3_calls_and_blocks_the_4th()
    {
        var detector = new ToolRepetitionDetector(3);
        for (var i = 0; i < 3; i++) Assert.True(detector.Check(CreateToolUse("tool", "tool-name")).AllowExecution);
        var r4 = detector.Check(CreateToolUse("tool", "tool-name"));
        Assert.False(r4.AllowExecution);
        Assert.NotNull(r4.AskUser);
    }

    [Fact]
    public void Never_blocks_when_limit_is_0()
    {
        var detector = new ToolRepetitionDetector(0);
        for (var i = 0; i < 10; i++)
        {
            var result = detector.Check(CreateToolUse("tool", "tool-name"));
            Assert.True(result.AllowExecution);
            Assert.Null(result.AskUser);
        }
    }

    [Fact]
    public void Handles_different_limits_correctly()
    {
        var detector5 = new ToolRepetitionDetector(5);
        var tool = CreateToolUse("tool", "tool-name");
        for (var i = 0; i < 5; i++)
        {
            var result = detector5.Check(tool);
            Assert.True(result.AllowExecution);
            Assert.Null(result.AskUser);
        }
        var result6 = detector5.Check(tool);
        Assert.False(result6.AllowExecution);
        Assert.Equal("mistake_limit_reached", result6.AskUser!.MessageKey);
    }

    [Fact]
    public void Resets_counter_after_blocking_and_allows_new_attempts()
    {
        var detector = new ToolRepetitionDetector(2);
        var tool = CreateToolUse("tool", "tool-name");
        Assert.True(detector.Check(tool).AllowExecution);
        Assert.True(detector.Check(tool).AllowExecution);
        Assert.False(detector.Check(tool).AllowExecution);
        Assert.True(detector.Check(tool).AllowExecution);
    }

    [Fact]
    public void Handles_negative_limits_as_unlimited()
    {
        var detector = new ToolRepetitionDetector(-1);
        for (var i = 0; i < 5; i++)
        {
            var result = detector.Check(CreateToolUse("tool", "tool-name"));
            Assert.True(result.AllowExecution);
            Assert.Null(result.AskUser);
        }
    }

    // ── kilocode_change: browser_action gets ten times the limit ──

    [Fact]
    public void Browser_action_is_allowed_ten_times_the_limit()
    {
        var detector = new ToolRepetitionDetector(3);
        var scroll = CreateToolUse("browser_action", null, ("action", "scroll_down"));
        for (var i = 0; i < 30; i++) Assert.True(detector.Check(scroll).AllowExecution, $"call {i + 1}");
        var blocked = detector.Check(scroll);
        Assert.False(blocked.AllowExecution);
        Assert.Contains("(browser_action)", blocked.AskUser!.MessageDetail);
    }
}
