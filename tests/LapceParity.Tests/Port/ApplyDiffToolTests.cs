// The two apply_diff tools (ApplyDiffTool: applyDiffToolLegacy, MultiApplyDiffTool: the multiFileApplyDiff one):
// their pure helpers, and cases of the multi-file tool's JavaScript object semantics driven through ClineTask as the
// runner does. Expected values are Codex's own: the same cases run through the TypeScript host (tools/ts-host)
// over Codex 4.88.0.
using System.Text.Json.Nodes;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Tools;

namespace LapceParity.Tests.Port;

public sealed class ApplyDiffToolTests : IDisposable
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("apply-diff-tests-").FullName;

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private ClineTask NewTask(bool multiFile, params AskResponse[] answers)
    {
        var settings = new JsonObject
        {
            ["experiments"] = new JsonObject { ["multiFileApplyDiff"] = multiFile },
            ["writeDelayMs"] = 0,
        };
        return new ClineTask(_workspace, new ClineProvider(ProviderState.FromSettings(settings)), answers);
    }

    private void Write(string path, string text) => File.WriteAllText(Path.Combine(_workspace, path), text);

    private string Read(string path) => File.ReadAllText(Path.Combine(_workspace, path));

    private static string Result(ClineTask t) => Assert.IsType<TextBlock>(t.UserMessageContent[1]).Text;

    private static string Block(string search, string replace) =>
        $"\n<<<<<<< SEARCH\n{search}\n=======\n{replace}\n>>>>>>> REPLACE\n";

    [Theory]
    [InlineData("", 0)]
    [InlineData("<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE", 1)]
    [InlineData("<<<<<<< SEARCH<<<<<<< SEARCH", 2)]
    [InlineData("<<<<<<<SEARCH\n<<<<<<< search\n<<<<<< SEARCH", 0)]
    [InlineData("x<<<<<<<< SEARCH", 1)]
    public void CountSearchMarkers_counts_non_overlapping_literal_markers(string content, int expected) =>
        Assert.Equal(expected, ApplyDiffTool.CountSearchMarkers(content));

    [Fact]
    public void DetailsJson_is_empty_without_details_and_indented_json_otherwise()
    {
        Assert.Equal("", ApplyDiffTool.DetailsJson(null));
        Assert.Equal("{}", ApplyDiffTool.DetailsJson(new DiffResultDetails()));
        Assert.Equal(
            "{\n  \"similarity\": 0.5,\n  \"matchedRange\": {\n    \"start\": 1,\n    \"end\": 3\n  },\n  \"searchContent\": \"a\\nb\"\n}",
            ApplyDiffTool.DetailsJson(new DiffResultDetails(Similarity: 0.5, MatchedRange: new DiffMatchedRange(1, 3), SearchContent: "a\nb")));
    }

    [Fact]
    public async Task Legacy_tool_reports_the_single_block_notice_after_saving()
    {
        Write("a.ts", "a\n");
        var task = NewTask(multiFile: false);
        await task.RunAssistantResponseAsync([$"<apply_diff><path>a.ts</path><diff>{Block("a", "A")}</diff></apply_diff>"]);

        Assert.Equal("A\n", Read("a.ts"));
        Assert.EndsWith("</file_write_result>\n" + ApplyDiffTool.SingleBlockNotice, Result(task));
        Assert.True(task.DidEditFile);
    }

    [Fact]
    public async Task Multi_file_tool_lists_array_index_paths_first_as_a_plain_object_does()
    {
        Write("x", "x\n");
        Write("2", "b\n");
        Write("1", "a\n");
        var task = NewTask(multiFile: true);
        await task.RunAssistantResponseAsync([
            "<apply_diff><args>" +
            $"<file><path>x</path><diff><content>{Block("x", "X")}</content></diff></file>" +
            $"<file><path>2</path><diff><content>{Block("b", "B")}</content></diff></file>" +
            $"<file><path>1</path><diff><content>{Block("a", "A")}</content></diff></file>" +
            "</args></apply_diff>"]);

        var ask = Assert.IsType<AskEvent>(task.UiEvents[^1]);
        Assert.Contains("\"batchDiffs\":[{\"path\":\"1\",", ask.Text);
        var result = Result(task);
        Assert.True(result.IndexOf("<path>1</path>") < result.IndexOf("<path>2</path>"));
        Assert.True(result.IndexOf("<path>2</path>") < result.IndexOf("<path>x</path>"));
        Assert.Equal("X\n", Read("x"));
    }

    [Fact]
    public async Task Multi_file_tool_finds_an_object_prototype_member_for_its_name_and_fails_to_push()
    {
        Write("a.ts", "a\n");
        var task = NewTask(multiFile: true);
        await task.RunAssistantResponseAsync([
            $"<apply_diff><args><file><path>constructor</path><diff><content>{Block("a", "A")}</content></diff></file></args></apply_diff>"]);

        Assert.EndsWith("\n\nOriginal error: Cannot read properties of undefined (reading 'push')", Result(task));
        var say = Assert.IsType<SayEvent>(task.UiEvents[^1]);
        Assert.Equal("diff_error", say.Type);
        Assert.Equal(1, task.ConsecutiveMistakeCount);
    }

    [Theory]
    [InlineData("<path>a.ts</path><path>b.ts</path>", "Array")]
    [InlineData("<path><x>a.ts</x></path>", "Object")]
    public async Task Multi_file_tool_path_that_is_not_text_makes_path_resolve_throw(string pathXml, string kind)
    {
        Write("a.ts", "a\n");
        var task = NewTask(multiFile: true);
        await task.RunAssistantResponseAsync([
            $"<apply_diff><args><file>{pathXml}<diff><content>{Block("a", "A")}</content></diff></file></args></apply_diff>"]);

        Assert.StartsWith(
            "The tool execution failed with the following error:\n<error>\nError applying diff: {\"code\":\"ERR_INVALID_ARG_TYPE\",\"name\":\"TypeError\"," +
            $"\"message\":\"The \\\"paths[1]\\\" argument must be of type string. Received an instance of {kind}\"",
            Result(task));
        Assert.Equal("a\n", Read("a.ts"));
    }

    [Fact]
    public async Task Multi_file_tool_denies_every_file_when_the_answer_is_json_null()
    {
        Write("a.ts", "a\n");
        Write("b.ts", "b\n");
        var task = NewTask(multiFile: true, new AskResponse("messageResponse", "null"));
        await task.RunAssistantResponseAsync([
            "<apply_diff><args>" +
            $"<file><path>a.ts</path><diff><content>{Block("a", "A")}</content></diff></file>" +
            $"<file><path>b.ts</path><diff><content>{Block("b", "B")}</content></diff></file>" +
            "</args></apply_diff>"]);

        Assert.Equal("Changes to a.ts were not approved by user\n\nChanges to b.ts were not approved by user", Result(task));
        Assert.True(task.DidRejectTool);
        Assert.Equal("a\n", Read("a.ts"));
    }
}
