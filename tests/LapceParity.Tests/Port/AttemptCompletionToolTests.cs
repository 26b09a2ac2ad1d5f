// attempt_completion driven through ClineTask as the runner does. Expected values are Codex's own: the same cases
// run through the TypeScript host (tools/ts-host) over Codex 4.88.0.
using System.Text.Json.Nodes;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port;

public class AttemptCompletionToolTests
{
    private static (ClineTask Task, ClineProvider Provider) NewTask(string? settingsJson = null, params AskResponse[] answers)
    {
        var settings = settingsJson is null ? new JsonObject() : JsonNode.Parse(settingsJson)!.AsObject();
        var provider = new ClineProvider(ProviderState.FromSettings(settings));
        return (new ClineTask(Path.GetTempPath(), provider, answers), provider);
    }

    private static List<string> Texts(ClineTask t) => t.UserMessageContent.Select(b => b is TextBlock x ? x.Text : "<image>").ToList();

    private static List<(string, string, string?, bool?)> Ui(ClineTask t) => t.UiEvents.Select(e => (e.Kind, e.Type, e.Text, e.Partial)).ToList();

    [Fact]
    public async Task Approved_completion_ends_with_an_empty_result()
    {
        var (task, _) = NewTask();
        await task.RunAssistantResponseAsync(["<attempt_completion><result>All done.</result></attempt_completion>"]);

        Assert.Equal(["[attempt_completion] Result:", "(tool did not return anything)"], Texts(task));
        Assert.Equal([("say", "text", "", false), ("say", "completion_result", "All done.", false), ("ask", "completion_result", "", false)], Ui(task));
        Assert.True(task.DidAlreadyUseTool);
        Assert.Equal(0, task.ConsecutiveMistakeCount);
    }

    [Fact]
    public async Task Feedback_is_added_without_marking_the_tool_as_used()
    {
        var (task, _) = NewTask(null, new AskResponse("messageResponse", "more", ["data:image/png;base64,AAAA"]));
        await task.RunAssistantResponseAsync(["<attempt_completion><result>All done.</result></attempt_completion>"]);

        Assert.Equal(
            ["[attempt_completion] Result:",
             "The user has provided feedback on the results. Consider their input to continue the task, and then attempt completion again.\n<feedback>\nmore\n</feedback>",
             "<image>"],
            Texts(task));
        Assert.Equal(("say", "user_feedback", "more", null), Ui(task)[^1]);
        Assert.False(task.DidAlreadyUseTool);
    }

    [Fact]
    public async Task A_streamed_command_finishes_the_result_and_streams_the_command()
    {
        var (task, _) = NewTask();
        await task.RunAssistantResponseAsync(
            ["<attempt_completion><result>Built it</result><comm", "and>npm run d", "ev</command></attempt_completion>"]);

        Assert.Equal(
            [("say", "text", "", false),
             ("say", "completion_result", "Built it", true),
             ("say", "completion_result", "Built it", false),
             ("ask", "command", "npm run d", true),
             ("say", "completion_result", "Built it", false),
             ("ask", "completion_result", "", false)],
            Ui(task));
        Assert.Equal(["[attempt_completion] Result:", "(tool did not return anything)"], Texts(task));
        // clineMessages as Task.say/ask keep them: the partial completion_result was completed in place.
        Assert.Equal(["say:text", "say:completion_result", "ask:command", "say:completion_result", "ask:completion_result"],
            task.ClineMessages.Select(m => $"{m.Type}:{m.Ask ?? m.Say}"));
    }

    [Fact]
    public async Task A_sub_task_asks_to_finish_and_hands_the_result_to_the_provider()
    {
        var (task, provider) = NewTask("{\"isSubtask\": true}");
        await task.RunAssistantResponseAsync(["<attempt_completion><result>Sub done</result></attempt_completion>"]);

        Assert.Equal([("say", "text", "", false), ("say", "completion_result", "Sub done", false), ("ask", "tool", "{\"tool\":\"finishTask\"}", false)], Ui(task));
        Assert.Empty(task.UserMessageContent);
        Assert.Equal("[{\"call\":\"finishSubTask\",\"lastMessage\":\"Sub done\"}]", JsJson.Stringify(provider.Calls));
    }

    [Fact]
    public async Task A_sub_task_denied_does_not_finish()
    {
        var (task, provider) = NewTask("{\"isSubtask\": true}", new AskResponse("noButtonClicked"));
        await task.RunAssistantResponseAsync(["<attempt_completion><result>Sub done</result></attempt_completion>"]);

        Assert.Equal(["[attempt_completion] Result:", "The user denied this operation."], Texts(task));
        Assert.True(task.DidRejectTool);
        Assert.Empty(provider.Calls);
    }

    [Fact]
    public async Task Open_todos_block_completion_only_when_the_setting_is_on()
    {
        const string todos = "\"initialTodos\": [{\"id\":\"1\",\"content\":\"a\",\"status\":\"completed\"},{\"id\":\"2\",\"content\":\"b\",\"status\":\"pending\"}]";
        var (blocked, _) = NewTask("{\"vscodeConfiguration\": {\"kilo-code.preventCompletionWithOpenTodos\": true}, " + todos + "}");
        await blocked.RunAssistantResponseAsync(["<attempt_completion><result>Done</result></attempt_completion>"]);
        Assert.Equal(
            ["[attempt_completion] Result:",
             "The tool execution failed with the following error:\n<error>\nCannot complete task while there are incomplete todos. Please finish all todos before attempting completion.\n</error>"],
            Texts(blocked));
        Assert.Equal(1, blocked.ConsecutiveMistakeCount);
        Assert.Equal(1, blocked.ToolUsage["attempt_completion"].Failures);

        var (allowed, _) = NewTask("{" + todos + "}");
        await allowed.RunAssistantResponseAsync(["<attempt_completion><result>Done</result></attempt_completion>"]);
        Assert.Equal(["[attempt_completion] Result:", "(tool did not return anything)"], Texts(allowed));
    }

    [Fact]
    public async Task A_missing_result_is_a_missing_parameter()
    {
        var (task, _) = NewTask();
        await task.RunAssistantResponseAsync(["<attempt_completion></attempt_completion>"]);

        Assert.Equal(("say", "error", "Kilo Code tried to use attempt_completion without value for required parameter 'result'. Retrying...", null), Ui(task)[^1]);
        Assert.Equal(1, task.ConsecutiveMistakeCount);
        Assert.Equal(1, task.ToolUsage["attempt_completion"].Failures);
    }
}
