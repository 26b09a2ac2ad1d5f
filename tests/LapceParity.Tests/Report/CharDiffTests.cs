using LapceParity.Comparison;
using LapceParity.Report;

namespace LapceParity.Tests.Report;

public class CharDiffTests
{
    private static string Side(IEnumerable<DiffSegment> segs, DiffKind skip) =>
        string.Concat(segs.Where(s => s.Kind != skip).Select(s => s.Text));

    [Theory]
    [InlineData("", "")]
    [InlineData("abc", "abc")]
    [InlineData("", "abc")]
    [InlineData("abc", "")]
    [InlineData("kitten", "sitting")]
    [InlineData("\uFEFFa b\tc\r\n", "\uFEFFa  b\tc\n")]
    [InlineData("a\r\nb\r\nc\r\n", "a\nb\nc\n")]
    [InlineData("😀 smile", "😁 smile")]
    [InlineData("aaaa", "aa")]
    public void SegmentsRebuildBothSides(string expected, string actual)
    {
        var segs = CharDiff.Compute(expected, actual);
        Assert.Equal(expected, Side(segs, DiffKind.Inserted));
        Assert.Equal(actual, Side(segs, DiffKind.Deleted));
        Assert.All(segs, s => Assert.NotEqual("", s.Text));
        for (int i = 1; i < segs.Count; i++) Assert.NotEqual(segs[i - 1].Kind, segs[i].Kind);
        if (expected == actual) Assert.All(segs, s => Assert.Equal(DiffKind.Equal, s.Kind));
    }

    [Fact]
    public void PlantedMismatchIsOneInsertedSpaceAndOneDeletedCr()
    {
        var segs = CharDiff.Compute("\uFEFFa b\tc\r\n", "\uFEFFa  b\tc\n");
        Assert.Equal(
        [
            new DiffSegment(DiffKind.Equal, "\uFEFFa "),
            new DiffSegment(DiffKind.Inserted, " "),
            new DiffSegment(DiffKind.Equal, "b\tc"),
            new DiffSegment(DiffKind.Deleted, "\r"),
            new DiffSegment(DiffKind.Equal, "\n"),
        ], segs);
    }

    [Fact]
    public void SurrogatePairsAreNeverSplit()
    {
        var segs = CharDiff.Compute("x😀y", "x😁y");
        Assert.Contains(new DiffSegment(DiffKind.Deleted, "😀"), segs);
        Assert.Contains(new DiffSegment(DiffKind.Inserted, "😁"), segs);
        Assert.All(segs, s =>
        {
            Assert.False(char.IsLowSurrogate(s.Text[0]));
            Assert.False(char.IsHighSurrogate(s.Text[^1]));
        });
    }

    [Fact]
    public void HugeMiddlesFallBackToOneDeletionAndOneInsertion()
    {
        string a = "head|" + new string('a', CharDiff.MaxDiffedLength + 1) + "|tail";
        string b = "head|" + new string('b', CharDiff.MaxDiffedLength + 1) + "|tail";
        var segs = CharDiff.Compute(a, b);
        Assert.Equal([DiffKind.Equal, DiffKind.Deleted, DiffKind.Inserted, DiffKind.Equal], segs.Select(s => s.Kind));
    }

    [Theory]
    [InlineData("abc", "abc", -1, 0, 0)]
    [InlineData("abc", "abd", 2, 1, 3)]
    [InlineData("\uFEFFa b\tc\r\n", "\uFEFFa  b\tc\n", 3, 1, 4)]
    [InlineData("one\ntwo\r\nthree", "one\ntwo\nthree", 7, 2, 4)]
    [InlineData("ab", "abc", 2, 1, 3)]
    [InlineData("abc\n", "abc", 3, 1, 4)]
    [InlineData("x\n", "x\ny", 2, 2, 1)]
    [InlineData("", "a", 0, 1, 1)]
    public void FirstDifferenceGivesIndexLineColumn(string expected, string actual, int index, int line, int column)
    {
        Assert.Equal((index, line, column), CharDiff.FirstDifference(expected, actual));
    }

    [Fact]
    public void CollapseKeepsContextAroundChanges()
    {
        string prefix = new('p', 500), middle = new('m', 500), suffix = new('s', 500);
        var segs = CharDiff.Collapse(CharDiff.Compute(prefix + "X" + middle + "Y" + suffix, prefix + "Z" + middle + "W" + suffix), 40);
        Assert.Equal(
        [
            DiffKind.Elided, DiffKind.Equal, DiffKind.Deleted, DiffKind.Inserted,
            DiffKind.Equal, DiffKind.Elided, DiffKind.Equal, DiffKind.Deleted, DiffKind.Inserted,
            DiffKind.Equal, DiffKind.Elided,
        ], segs.Select(s => s.Kind));
        Assert.Equal(460, segs[0].ElidedCount);
        Assert.Equal(new string('p', 40), segs[1].Text);
        Assert.Equal(new string('m', 40), segs[4].Text);
        Assert.Equal(420, segs[5].ElidedCount);
        Assert.Equal(new string('s', 40), segs[9].Text);
        Assert.Equal(460, segs[10].ElidedCount);
        // Nothing is lost: the elided segments carry the text they stand for.
        Assert.All(segs.Where(s => s.Kind == DiffKind.Elided), s => Assert.Equal(s.Text.Length, s.ElidedCount));
        Assert.Equal(prefix + "X" + middle + "Y" + suffix, Side(segs, DiffKind.Inserted));
        Assert.Equal(prefix + "Z" + middle + "W" + suffix, Side(segs, DiffKind.Deleted));
    }

    [Fact]
    public void CollapseSnapsContextToLineBoundaries()
    {
        string lines = string.Concat(Enumerable.Repeat("line of equal text number x\n", 30));
        var segs = CharDiff.Collapse(CharDiff.Compute(lines + "the end\n" + lines, lines + "the END\n" + lines), 40);
        Assert.Equal([DiffKind.Elided, DiffKind.Equal, DiffKind.Deleted, DiffKind.Inserted, DiffKind.Equal, DiffKind.Elided],
            segs.Select(s => s.Kind));
        Assert.Equal("line of equal text number x\nthe ", segs[1].Text);
        Assert.Equal("\nline of equal text number x\n", segs[4].Text);
    }

    [Fact]
    public void CollapseLeavesShortRunsAndEqualStringsAlone()
    {
        var segs = CharDiff.Compute("short a", "short b");
        Assert.Equal(segs, CharDiff.Collapse(segs, 40));
        var same = CharDiff.Compute(new string('x', 1000), new string('x', 1000));
        Assert.Equal(same, CharDiff.Collapse(same, 40));
    }
}

public class VisibleTextTests
{
    [Theory]
    [InlineData(" ", "·", "0020")]
    [InlineData("\t", "→", "0009")]
    [InlineData("\r", "␍", "000D")]
    [InlineData("\uFEFF", "⟨BOM⟩", "FEFF")]
    [InlineData("\u00A0", "⍽", "00A0")]
    [InlineData("\u200B", "⟨U+200B⟩", "200B")]
    [InlineData("\u202E", "⟨U+202E⟩", "202E")]
    [InlineData("\u0000", "⟨U+0000⟩", "0000")]
    public void InvisibleCharactersBecomeMarkedSpans(string input, string marker, string hex)
    {
        Assert.Equal($"<span class=\"ws\" title=\"U+{hex}\">{marker}</span>", HtmlReport.Visible(input));
    }

    [Fact]
    public void LineFeedMarkerIsFollowedByARealLineBreak()
    {
        Assert.Equal("a<span class=\"ws\" title=\"U+000D\">␍</span><span class=\"ws\" title=\"U+000A\">␊</span>\nb",
            HtmlReport.Visible("a\r\nb"));
    }

    [Fact]
    public void TextIsEscapedAndSurrogatePairsKept()
    {
        Assert.Equal("&lt;b&gt;&amp;&quot;&#39;😀", HtmlReport.Visible("<b>&\"'😀"));
        Assert.Equal("<span class=\"ws\" title=\"U+D800\">⟨U+D800⟩</span>x", HtmlReport.Visible("\uD800x"));
    }

    [Fact]
    public void DiffMarksInvisiblesInEqualAndChangedText()
    {
        string html = HtmlReport.RenderDiff(CharDiff.Compute(ReportSamples.PlantedExpected, ReportSamples.PlantedActual));
        Assert.Equal(
            "<span class=\"eq\"><span class=\"ws\" title=\"U+FEFF\">⟨BOM⟩</span>a<span class=\"ws\" title=\"U+0020\">·</span></span>" +
            "<ins class=\"ins\" title=\"only in actual\"><span class=\"ws\" title=\"U+0020\">·</span></ins>" +
            "<span class=\"eq\">b<span class=\"ws\" title=\"U+0009\">→</span>c</span>" +
            "<del class=\"del\" title=\"only in expected\"><span class=\"ws\" title=\"U+000D\">␍</span></del>" +
            "<span class=\"eq\"><span class=\"ws\" title=\"U+000A\">␊</span>\n</span>",
            html);
    }

    [Fact]
    public void ElidedWholeLinesKeepTheMarkerOnItsOwnLine()
    {
        string html = HtmlReport.RenderDiff([new DiffSegment(DiffKind.Elided, "ab\ncd\n", 6), new DiffSegment(DiffKind.Equal, "x")]);
        Assert.StartsWith("<span class=\"skip\">⋯ 6 equal characters ⋯</span>\n<span class=\"eq\">x", html);
    }

    [Fact]
    public void ElidedRunsShowTheirLength()
    {
        string html = HtmlReport.RenderDiff([new DiffSegment(DiffKind.Elided, new string('x', 1234), 1234)]);
        Assert.Equal("<span class=\"skip\">⋯ 1,234 equal characters ⋯</span>", html);
    }

    [Fact]
    public void FeatureLinkIsRelativeToTheReportDirectory()
    {
        string root = Path.Combine(Path.GetTempPath(), "repo");
        Assert.Equal("../features/x.feature#L12", HtmlReport.FeatureLink(Path.Combine(root, "reports"), root, "features/x.feature", 12));
        Assert.Equal("../features/a%20b.feature#L3", HtmlReport.FeatureLink(Path.Combine(root, "reports"), root, "features/a b.feature", 3));
    }
}
