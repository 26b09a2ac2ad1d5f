// Diff/Strategies/MultiFileSearchReplace.cs (multi-file-search-replace.ts) and the parts of both strategies the
// spec does not reach (getName, getProgressStatus, array input). Expected values printed by Codex's strategies
// (bundled with esbuild, run under node).
using Lapce.Tools.Diff.Strategies;
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port.Diff;

public class MultiFileSearchReplaceTests
{
    private static string Block(string search, string replace) =>
        "<<<<<<< SEARCH\n" + search + "\n=======\n" + replace + "\n>>>>>>> REPLACE";

    private const string NoMatchZz =
        "No sufficiently similar match found (0% similar, needs 100%)\n\nDebug Info:\n- Similarity Score: 0%\n- Required Threshold: 100%\n- Search Range: start to end\n- Tried both standard and aggressive line number stripping\n- Tip: Use the read_file tool to get the latest content of the file before attempting to use the apply_diff tool again, as the file content may have changed\n\nSearch Content:\nzz\n\nBest Match Found:\n(no match)\n\nOriginal Content:\n";

    [Fact]
    public void Names()
    {
        Assert.Equal("MultiFileSearchReplace", new MultiFileSearchReplaceDiffStrategy().GetName());
        Assert.Equal("MultiSearchReplace", new MultiSearchReplaceDiffStrategy().GetName());
    }

    [Fact]
    public void ItemsApplyInTurnAndCollectFailParts()
    {
        var result = new MultiFileSearchReplaceDiffStrategy().ApplyDiff("a\nb\nc\nd",
            [new DiffItem(Block("b", "B")), new DiffItem(Block("zz", "y")), new DiffItem(Block("d", "D"), 4)]);
        Assert.True(result.Success);
        Assert.Equal("a\nB\nc\nD", result.Content);
        var part = Assert.Single(result.FailParts!);
        Assert.False(part.Success);
        Assert.Equal(NoMatchZz + "1 | a\n2 | B\n3 | c\n4 | d\n", part.Error);
    }

    [Fact]
    public void NothingApplied()
    {
        var result = new MultiFileSearchReplaceDiffStrategy().ApplyDiff("a\nb", [new DiffItem(Block("zz", "y")), new DiffItem("nope")]);
        Assert.False(result.Success);
        Assert.Equal("Failed to apply any diffs", result.Error);
        Assert.Equal(2, result.FailParts!.Count);
        Assert.Equal(NoMatchZz + "1 | a\n2 | b\n", result.FailParts[0].Error);
        Assert.Equal(
            "Invalid diff format - missing required sections\n\nDebug Info:\n- Expected Format: <<<<<<< SEARCH\\n:start_line: start line\\n-------\\n[search content]\\n=======\\n[replace content]\\n>>>>>>> REPLACE\n- Tip: Make sure to include start_line/SEARCH/=======/REPLACE sections with correct markers on new lines",
            result.FailParts[1].Error);
    }

    [Fact]
    public void NoFailPartsIsAbsentForItems()
    {
        var result = new MultiFileSearchReplaceDiffStrategy().ApplyDiff("a", [new DiffItem(Block("a", "b"))]);
        Assert.True(result.Success);
        Assert.Null(result.FailParts);
    }

    [Fact]
    public void EmptyContentSuccessIsReportedAsAFailPart()
    {
        var result = new MultiFileSearchReplaceDiffStrategy().ApplyDiff("only", [new DiffItem(Block("only", ""))]);
        Assert.False(result.Success);
        var part = Assert.Single(result.FailParts!);
        Assert.True(part.Success);
        Assert.Equal("", part.Content);
    }

    [Fact]
    public void StartLinePassedInOverridesTheBlock()
    {
        var result = new MultiFileSearchReplaceDiffStrategy().ApplyDiff("x\nx\nx",
            "<<<<<<< SEARCH\n:start_line:1\n-------\nx\n=======\nY\n>>>>>>> REPLACE", 3);
        Assert.True(result.Success);
        Assert.Equal("x\nx\nY", result.Content);
        Assert.Empty(result.FailParts!);
    }

    [Fact]
    public void ValidatorTextsOfTheMultiFileStrategy()
    {
        var strategy = new MultiFileSearchReplaceDiffStrategy();
        Assert.Equal(
            "ERROR: Invalid line marker ':start_line:' found in REPLACE section at line 4\n\nLine markers (:start_line: and :end_line:) are only allowed in SEARCH sections.\n\nCORRECT FORMAT:\n<<<<<<< SEARCH\n:start_line:5\ncontent to find\n=======\nreplacement content\n>>>>>>> REPLACE\n\nINCORRECT FORMAT:\n<<<<<<< SEARCH\ncontent to find\n=======\n:start_line:5 <-- Invalid location\nreplacement content\n>>>>>>> REPLACE\n",
            strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\na\n=======\n:start_line:5\n>>>>>>> REPLACE").Error);
        Assert.Equal(
            "ERROR: Special marker '=======' found in your diff content at line 4:\n\nWhen removing merge conflict markers like '=======' from files, you MUST escape them\nin your SEARCH section by prepending a backslash (\\) at the beginning of the line:\n\nCORRECT FORMAT:\n\n<<<<<<< SEARCH\ncontent before\n\\======= <-- Note the backslash here in this example\ncontent after\n=======\nreplacement content\n>>>>>>> REPLACE\n\nWithout escaping, the system confuses your content with diff syntax markers.\nYou may use multiple diff blocks in a single diff request, but ANY of ONLY the following separators that occur within SEARCH or REPLACE content must be escaped, as follows:\n\\<<<<<<< SEARCH>?\n\\=======\n\\>>>>>>> REPLACE\n",
            strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\na\n=======\n=======\n>>>>>>> REPLACE").Error);
        // "<<<<<<< " (with the space) is the multi-file prefix: "<<<<<<<x" is content there, a marker in the other
        Assert.True(strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\n<<<<<<<x\n=======\nb\n>>>>>>> REPLACE").Success);
        Assert.Equal(
            "ERROR: Special marker '<<<<<<<x' found in your diff content at line 2:\n\nWhen removing merge conflict markers like '<<<<<<<x' from files, you MUST escape them\nin your SEARCH section by prepending a backslash (\\) at the beginning of the line:\n\nCORRECT FORMAT:\n\n<<<<<<< SEARCH\ncontent before\n\\<<<<<<<x    <-- Note the backslash here in this example\ncontent after\n=======\nreplacement content\n>>>>>>> REPLACE\n\nWithout escaping, the system confuses your content with diff syntax markers.\nYou may use multiple diff blocks in a single diff request, but ANY of ONLY the following separators that occur within SEARCH or REPLACE content must be escaped, as follows:\n\\<<<<<<< SEARCH>?\n\\=======\n\\>>>>>>> REPLACE\n",
            new MultiSearchReplaceDiffStrategy().ValidateMarkerSequencing("<<<<<<< SEARCH\n<<<<<<<x\n=======\nb\n>>>>>>> REPLACE").Error);
    }

    [Fact]
    public void ArrayInputToTheSingleFileStrategyThrowsLikeCodex()
    {
        var error = Assert.Throws<JsTypeError>(() => new MultiSearchReplaceDiffStrategy().ApplyDiff("a", [new DiffItem("x")]));
        Assert.Equal("diffContent.split is not a function", error.Message);
    }

    [Fact]
    public void ProgressStatus()
    {
        const string diff = "<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n<<<<<<< SEARCH\nc\n=======\nd\n>>>>>>> REPLACE";
        ToolUse Use(string? d, bool partial)
        {
            var use = new ToolUse { Name = "apply_diff", Partial = partial };
            if (d != null) use.Params["diff"] = d;
            return use;
        }
        foreach (IDiffStrategy strategy in new IDiffStrategy[] { new MultiSearchReplaceDiffStrategy(), new MultiFileSearchReplaceDiffStrategy() })
        {
            Assert.Equal(new ToolProgressStatus(), strategy.GetProgressStatus(Use(diff, false)));
            Assert.Equal(new ToolProgressStatus("diff-multiple", "1/2"),
                strategy.GetProgressStatus(Use(diff, false), new DiffResult { Success = true, Content = "", FailParts = [DiffResult.Fail("x")] }));
            Assert.Equal(new ToolProgressStatus("diff-multiple", "2"),
                strategy.GetProgressStatus(Use(diff, false), new DiffResult { Success = true, Content = "", FailParts = [] }));
            // partial: only when floor(length / 10) % 10 == 0
            Assert.Equal(new ToolProgressStatus("diff-multiple", "2"), strategy.GetProgressStatus(Use(diff.PadRight(100, 'x'), true)));
            Assert.Equal(new ToolProgressStatus(), strategy.GetProgressStatus(Use(diff.PadRight(95, 'x')[..95], true)));
            Assert.Equal(new ToolProgressStatus(), strategy.GetProgressStatus(Use("", false), DiffResult.Ok("")));
            Assert.Equal(new ToolProgressStatus(), strategy.GetProgressStatus(Use(null, false), DiffResult.Ok("")));
        }
    }
}
