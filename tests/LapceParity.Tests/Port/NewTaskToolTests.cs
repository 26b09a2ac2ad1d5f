// new_task driven through ClineTask as the runner does. Expected values are Codex's own: the same cases run through
// the TypeScript host (tools/ts-host) over Codex 4.88.0.
using System.Text.Json.Nodes;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port;

public class NewTaskToolTests
{
    private static (ClineTask Task, ClineProvider Provider) NewTask(string? settingsJson = null, params AskResponse[] answers)
    {
        var settings = settingsJson is null ? new JsonObject() : JsonNode.Parse(settingsJson)!.AsObject();
        var provider = new ClineProvider(ProviderState.FromSettings(settings));
        return (new ClineTask(Path.GetTempPath(), provider, answers), provider);
    }

    private static List<string> Texts(ClineTask t) => t.UserMessageContent.Select(b => b is TextBlock x ? x.Text : "<image>").ToList();

    [Fact]
    public async Task Approved_switches_mode_creates_the_task_and_pauses()
    {
        var (task, provider) = NewTask();
        await task.RunAssistantResponseAsync(["<new_task><mode>architect</mode><message>Plan \\\\@foo</message><todos>[ ] one\n[x] two</todos></new_task>"]);

        Assert.Equal(
            ["[new_task in Architect mode: 'Plan \\\\@foo'] Result:",
             "Successfully created new task in Architect mode with message: Plan \\@foo and 2 todo items"],
            Texts(task));
        var ask = Assert.IsType<AskEvent>(task.UiEvents[^1]);
        Assert.Equal(
            "{\"tool\":\"newTask\",\"mode\":\"Architect\",\"content\":\"Plan \\\\\\\\@foo\",\"todos\":[{\"id\":\"7b12001547f9a975f100aec5f67445e2\",\"content\":\"one\",\"status\":\"pending\"},{\"id\":\"fec647b9ff50c178b252b7dfb9b6cd49\",\"content\":\"two\",\"status\":\"completed\"}]}",
            ask.Text);
        Assert.Equal("architect", provider.State.Mode);
        Assert.Equal("code", task.PausedModeSlug);
        Assert.True(task.IsPaused);
        Assert.Equal(
            "[{\"call\":\"createTask\",\"text\":\"Plan \\\\@foo\",\"images\":null,\"mode\":\"architect\",\"initialTodos\":[{\"id\":\"7b12001547f9a975f100aec5f67445e2\",\"content\":\"one\",\"status\":\"pending\"},{\"id\":\"fec647b9ff50c178b252b7dfb9b6cd49\",\"content\":\"two\",\"status\":\"completed\"}]}]",
            JsJson.Stringify(provider.Calls));
    }

    [Fact]
    public async Task Denied_leaves_the_mode_and_creates_nothing()
    {
        var (task, provider) = NewTask(null, new AskResponse("noButtonClicked", "no"));
        await task.RunAssistantResponseAsync(["<new_task><mode>debug</mode><message>Fix</message></new_task>"]);

        Assert.Equal(
            ["[new_task in Debug mode: 'Fix'] Result:", "The user denied this operation and provided the following feedback:\n<feedback>\nno\n</feedback>"],
            Texts(task));
        Assert.Equal("code", provider.State.Mode);
        Assert.Empty(provider.Calls);
        Assert.False(task.IsPaused);
    }

    [Fact]
    public async Task An_unknown_mode_is_a_tool_error_without_a_mistake()
    {
        var (task, _) = NewTask();
        await task.RunAssistantResponseAsync(["<new_task><mode>nowhere</mode><message>Fix</message></new_task>"]);

        Assert.Equal(
            ["[new_task in nowhere mode: 'Fix'] Result:", "The tool execution failed with the following error:\n<error>\nInvalid mode: nowhere\n</error>"],
            Texts(task));
        Assert.Equal(0, task.ConsecutiveMistakeCount);
        Assert.Equal(0, task.ToolUsage["new_task"].Failures);
    }

    [Theory]
    [InlineData("<new_task><mode>code</mode><message>Fix</message></new_task>", true)]
    [InlineData("<new_task><mode>code</mode><message>Fix</message><todos></todos></new_task>", false)]
    public async Task Required_todos_must_be_given_but_may_be_empty(string message, bool missing)
    {
        var (task, provider) = NewTask("{\"vscodeConfiguration\": {\"kilo-code.newTaskRequireTodos\": true}}");
        await task.RunAssistantResponseAsync([message]);

        if (missing)
        {
            var say = Assert.IsType<SayEvent>(task.UiEvents[^1]);
            Assert.Equal("Kilo Code tried to use new_task without value for required parameter 'todos'. Retrying...", say.Text);
            Assert.Equal(1, task.ConsecutiveMistakeCount);
            Assert.Empty(provider.Calls);
        }
        else
        {
            Assert.Equal("Successfully created new task in Code mode with message: Fix and 0 todo items", Texts(task)[1]);
        }
    }

    [Fact]
    public async Task Partial_blocks_show_the_streamed_parameters()
    {
        var (task, _) = NewTask();
        await task.RunAssistantResponseAsync(["<new_task><mode>code</mode><message>Fi", "x</message></new_task>"]);

        var partial = Assert.IsType<AskEvent>(task.UiEvents[1]);
        Assert.Equal(new AskEvent("tool", "{\"tool\":\"newTask\",\"mode\":\"code\",\"content\":\"Fi\",\"todos\":\"\"}", true, null, null, null, null, null, null), partial);
    }
}
