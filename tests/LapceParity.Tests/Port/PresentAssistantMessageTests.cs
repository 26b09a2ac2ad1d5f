// presentAssistantMessage, switch_mode and ask_followup_question driven through ClineTask as the runner does
// (docs/transcript.md, "The Task driver"). Expected values are those of Codex itself: the same cases run
// through the TypeScript host (tools/ts-host) over Codex 4.88.0.
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port;

public class PresentAssistantMessageTests
{
    private const string SwitchToArchitect = "<switch_mode><mode_slug>architect</mode_slug><reason>need a plan</reason></switch_mode>";

    private static ClineTask NewTask(ProviderState? state = null, params AskResponse[] answers) =>
        new(Path.GetTempPath(), new ClineProvider(state ?? new ProviderState()), answers);

    private static IEnumerable<string> Every(string s, int n)
    {
        for (int i = 0; i < s.Length; i += n) yield return s.Substring(i, Math.Min(n, s.Length - i));
    }

    private static List<string> Texts(ClineTask t) => t.UserMessageContent.Select(b => b is TextBlock x ? x.Text : "<image>").ToList();

    [Fact]
    public async Task Switch_mode_streamed_in_threes()
    {
        var task = NewTask();
        const string message = "x " + SwitchToArchitect;
        await task.RunAssistantResponseAsync([.. Every(message, 3)]);

        Assert.Equal(["[switch_mode to 'architect' because: need a plan] Result:", "Successfully switched from Code mode to Architect mode because: need a plan."], Texts(task));
        var texts = task.UiEvents.Select(e => (e.Kind, e.Type, e.Text, e.Partial)).ToList();
        Assert.Equal(Enumerable.Repeat(("say", "text", (string?)"x", (bool?)true), 4).Append(("say", "text", "x", false)), texts.Take(5));
        Assert.Equal("{\"tool\":\"switchMode\",\"mode\":\"\",\"reason\":\"\"}", texts[5].Text); // "<" stripped by removeClosingTag
        Assert.Equal("{\"tool\":\"switchMode\",\"mode\":\"a\",\"reason\":\"\"}", texts[9].Text);
        Assert.Equal("{\"tool\":\"switchMode\",\"mode\":\"architect\",\"reason\":\"ne\"}", texts[19].Text);
        Assert.Equal(31, texts.Count);
        var last = Assert.IsType<AskEvent>(task.UiEvents[^1]);
        Assert.Equal(new AskEvent("tool", "{\"tool\":\"switchMode\",\"mode\":\"architect\",\"reason\":\"need a plan\"}", false, false, null, "yesButtonClicked", null, null, false), last);
        Assert.All(task.UiEvents.Skip(5).SkipLast(1), e => Assert.Equal(new AskEvent("tool", e.Text, true, null, null, null, null, null, null), e));

        Assert.Equal("architect", ((ClineProvider)task.ProviderRef.Deref()!).State.Mode);
        Assert.True(task.DidAlreadyUseTool);
        Assert.True(task.UserMessageContentReady);
        Assert.Equal(1, task.ToolUsage["switch_mode"].Attempts);
        Assert.Equal(0, task.ToolUsage["switch_mode"].Failures);
        Assert.Equal(message + "\n\n[Response interrupted by a tool use result. Only one tool may be used at a time and should be placed at the end of the message.]", task.AssistantMessage);
    }

    [Fact]
    public async Task Switch_mode_denied_with_feedback_and_an_image()
    {
        var task = NewTask(null, new AskResponse("noButtonClicked", "not now", ["data:image/png;base64,AAAA"]));
        await task.RunAssistantResponseAsync([SwitchToArchitect + " trailing"]);

        Assert.Equal(3, task.UserMessageContent.Count);
        Assert.Equal(new TextBlock("[switch_mode to 'architect' because: need a plan] Result:"), task.UserMessageContent[0]);
        Assert.Equal(new TextBlock("The user denied this operation and provided the following feedback:\n<feedback>\nnot now\n</feedback>"), task.UserMessageContent[1]);
        Assert.Equal(new ImageBlock("image/png", "AAAA"), task.UserMessageContent[2]);
        Assert.Equal(3, task.UiEvents.Count);
        Assert.Equal(new SayEvent("text", "", false, null), task.UiEvents[0]);
        var ask = Assert.IsType<AskEvent>(task.UiEvents[1]);
        Assert.Equal(("tool", "{\"tool\":\"switchMode\",\"mode\":\"architect\",\"reason\":\"need a plan\"}", false, false, "noButtonClicked", "not now", true),
            (ask.Type, ask.Text, ask.Partial, ask.IsProtected, ask.Response, ask.ResponseText, ask.Scripted));
        var feedback = Assert.IsType<SayEvent>(task.UiEvents[2]);
        Assert.Equal(("user_feedback", "not now", (bool?)null), (feedback.Type, feedback.Text, feedback.Partial));
        Assert.Equal(["data:image/png;base64,AAAA"], feedback.Images!);
        Assert.True(task.DidRejectTool);
        Assert.Equal("code", task.ProviderRef.Deref()!.State.Mode);
        Assert.Equal(SwitchToArchitect + " trailing\n\n[Response interrupted by user feedback]", task.AssistantMessage);
    }

    [Fact]
    public async Task Followup_question_with_suggestions()
    {
        var task = NewTask(null, new AskResponse("messageResponse", "a.ts"));
        await task.RunAssistantResponseAsync(["<ask_followup_question><question>Which file?</question><follow_up><suggest>a.ts</suggest><suggest mode=\"code\">b.ts &amp; c</suggest></follow_up></ask_followup_question>"]);

        Assert.Equal(["[ask_followup_question for 'Which file?'] Result:", "<answer>\na.ts\n</answer>"], Texts(task));
        var ask = Assert.IsType<AskEvent>(task.UiEvents[1]);
        Assert.Equal("{\"question\":\"Which file?\",\"suggest\":[{\"answer\":\"a.ts\"},{\"answer\":\"b.ts &amp; c\",\"mode\":\"code\"}]}", ask.Text);
        Assert.Equal((false, (bool?)null, "messageResponse", true), (ask.Partial, ask.IsProtected, ask.Response, ask.Scripted));
        Assert.Equal(new SayEvent("user_feedback", "a.ts", null, null), task.UiEvents[2]);
        Assert.Equal(0, task.ConsecutiveMistakeCount);
    }

    [Fact]
    public async Task Followup_with_invalid_suggestion_xml()
    {
        var task = NewTask();
        await task.RunAssistantResponseAsync(["<ask_followup_question><question>Q</question><follow_up><suggest>a</sugg></follow_up></ask_followup_question>"]);

        Assert.Equal(["[ask_followup_question for 'Q'] Result:", "The tool execution failed with the following error:\n<error>\nInvalid operations xml format\n</error>"], Texts(task));
        Assert.Equal(new SayEvent("error", "Failed to parse operations: Failed to parse XML: Unexpected end of suggest", null, null), task.UiEvents[1]);
        Assert.Equal(1, task.ConsecutiveMistakeCount);
        Assert.Equal(1, task.ToolUsage["ask_followup_question"].Failures);
    }

    [Fact]
    public async Task Thinking_tags_and_a_partial_trailing_tag_are_hidden()
    {
        const string message = "Hi <thinking>\nplan\n</thinking> done <";
        var task = NewTask();
        await task.RunAssistantResponseAsync([.. message.Select(c => c.ToString())]);

        var says = task.UiEvents.Cast<SayEvent>().Select(e => (e.Text, e.Partial)).ToList();
        Assert.Equal(38, says.Count);
        Assert.Equal(("H", (bool?)true), says[0]);
        Assert.Equal(("Hi", (bool?)true), says[3]);   // "Hi <" : the lone "<" is removed
        Assert.Equal(("Hi", (bool?)true), says[11]);  // "Hi <thinking" : a likely tag name is removed
        Assert.Equal(("Hi ", (bool?)true), says[12]); // "<thinking>" removed, then "\n" too
        Assert.Equal(("Hi plan", (bool?)true), says[19]);
        Assert.Equal(("Hi plan done", (bool?)false), says[^1]);
        Assert.Equal(1, task.ConsecutiveMistakeCount); // no tool used
        Assert.StartsWith("[ERROR] You did not use a tool in your previous response!", Texts(task).Single());
    }

    [Fact]
    public async Task A_new_task_block_after_a_rejection_hits_the_originals_temporal_dead_zone()
    {
        var task = NewTask(null, new AskResponse("noButtonClicked"));
        var e = await Assert.ThrowsAsync<JsError>(() => task.RunAssistantResponseAsync([SwitchToArchitect + "<new_task><mode>code</mode><message>m</message></new_task>"]));
        Assert.Equal("ReferenceError: Cannot access 'customModes' before initialization", $"{e.Name}: {e.Message}");
        Assert.Equal(["[switch_mode to 'architect' because: need a plan] Result:", "The user denied this operation."], Texts(task));
        Assert.True(task.DidRejectTool);
        Assert.False(task.UserMessageContentReady);
    }

    [Fact]
    public async Task Tools_after_a_rejection_are_skipped_with_their_descriptions()
    {
        var task = NewTask(null, new AskResponse("noButtonClicked"));
        await task.RunAssistantResponseAsync([SwitchToArchitect +
            "<read_file><args><file><path>a</path></file><file><path>b</path></file></args></read_file>" +
            "<apply_diff><args><file>\n<path>f1.ts</path></file><file><path>f2.ts</path></file></args></apply_diff>" +
            "<search_files><regex>foo</regex><file_pattern>*.ts</file_pattern></search_files>" +
            "<read_file><args><file><path x=\"1\">a</path></file></args></read_file>" +
            "<switch_mode></switch_mode><list_files><path>partial"]);

        Assert.Equal(
        [
            "[switch_mode to 'architect' because: need a plan] Result:",
            "The user denied this operation.",
            "Skipping tool [read_file for 'a', 'b'] due to user rejecting a previous tool.",
            "Skipping tool [apply_diff for 'f1.ts' and 1 more file] due to user rejecting a previous tool.",
            "Skipping tool [search_files for 'foo' in '*.ts'] due to user rejecting a previous tool.",
            "Skipping tool [read_file for '[object Object]'. Reading multiple files at once is more efficient for the LLM. If other files are relevant to your current task, please read them simultaneously.] due to user rejecting a previous tool.",
            "Skipping tool [switch_mode to 'undefined'] due to user rejecting a previous tool.",
            "Tool [list_files for 'partial'] was interrupted and not executed due to user rejecting a previous tool.",
        ], Texts(task));
        Assert.True(task.UserMessageContentReady);
    }

    [Fact]
    public async Task A_tool_not_allowed_in_the_mode_fails_validation()
    {
        var task = NewTask(new ProviderState { Mode = "ask" });
        await task.RunAssistantResponseAsync(["<write_to_file><path>a.txt</path><content>x</content><line_count>1</line_count></write_to_file>"]);
        Assert.Equal(["[write_to_file for 'a.txt'] Result:", "The tool execution failed with the following error:\n<error>\nTool \"write_to_file\" is not allowed in ask mode.\n</error>"], Texts(task));
        Assert.Equal(1, task.ConsecutiveMistakeCount);
        Assert.Equal(1, task.ToolUsage["write_to_file"].Attempts);
    }

    [Fact]
    public async Task An_empty_response_asks_for_nothing()
    {
        var task = NewTask();
        await task.RunAssistantResponseAsync([""]);
        Assert.Empty(task.UserMessageContent);
        Assert.Empty(task.UiEvents);
        Assert.Equal(0, task.ConsecutiveMistakeCount);
    }

    // Not reachable within one response (every executed tool ends the response), so checked over two responses
    // of the same task, as Task.ts keeps its ToolRepetitionDetector across requests. Texts from
    // presentAssistantMessage.ts and tools.json (toolRepetitionLimitReached).
    [Fact]
    public async Task A_repeated_identical_tool_call_asks_the_user()
    {
        const string question = "<ask_followup_question><question>Again?</question></ask_followup_question>";
        var task = NewTask(new ProviderState { ConsecutiveMistakeLimit = 1 },
            new AskResponse("messageResponse", "first"),
            new AskResponse("messageResponse", "try x", ["data:image/png;base64,QQ=="]));
        await task.RunAssistantResponseAsync([question]);
        await task.RunAssistantResponseAsync([question]);

        Assert.Equal(4, task.UserMessageContent.Count);
        Assert.Equal(new TextBlock("Tool repetition limit reached. User feedback: try x"), task.UserMessageContent[0]);
        Assert.Equal(new ImageBlock("image/png", "QQ=="), task.UserMessageContent[1]);
        Assert.Equal(new TextBlock("[ask_followup_question for 'Again?'] Result:"), task.UserMessageContent[2]);
        Assert.Equal(new TextBlock("The tool execution failed with the following error:\n<error>\nTool call repetition limit reached for ask_followup_question. Please try a different approach.\n</error>"), task.UserMessageContent[3]);

        var ask = Assert.IsType<AskEvent>(task.UiEvents[^2]);
        Assert.Equal("mistake_limit_reached", ask.Type);
        Assert.Equal("Kilo Code appears to be stuck in a loop, attempting the same action (ask_followup_question) repeatedly. This might indicate a problem with its current strategy. Consider rephrasing the task, providing more specific instructions, or guiding it towards a different approach.", ask.Text);
        Assert.Equal(((bool?)null, (bool?)null, "messageResponse", "try x"), (ask.Partial, ask.IsProtected, ask.Response, ask.ResponseText));
        var feedback = Assert.IsType<SayEvent>(task.UiEvents[^1]);
        Assert.Equal(("user_feedback", "try x"), (feedback.Type, feedback.Text));
        Assert.Equal(2, task.ToolUsage["ask_followup_question"].Attempts);
    }

    [Fact]
    public async Task A_repeated_call_with_a_plain_answer_only_reports_the_limit()
    {
        const string mode = "<switch_mode><mode_slug>nope</mode_slug></switch_mode>";
        var task = NewTask(new ProviderState { ConsecutiveMistakeLimit = 1 });
        await task.RunAssistantResponseAsync([mode]);
        await task.RunAssistantResponseAsync([mode]);
        Assert.Equal(
        [
            "[switch_mode to 'nope'] Result:",
            "The tool execution failed with the following error:\n<error>\nTool call repetition limit reached for switch_mode. Please try a different approach.\n</error>",
        ], Texts(task));
        Assert.Equal(new AskEvent("mistake_limit_reached", task.UiEvents[^1].Text, null, null, null, "yesButtonClicked", null, null, false), task.UiEvents[^1]);
    }
}
