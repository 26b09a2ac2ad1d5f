// The line-number half of Integrations/Misc/ExtractText.cs (src/integrations/misc/extract-text.ts). Expected
// values printed by Codex's addLineNumbers / everyLineHasLineNumbers / stripLineNumbers under node.
using Lapce.Tools.Integrations.Misc;

namespace LapceParity.Tests.Port.Diff;

public class ExtractTextLineNumberTests
{
    [Fact]
    public void AddLineNumbers()
    {
        Assert.Equal("", ExtractText.AddLineNumbers(""));
        Assert.Equal("5 | \n", ExtractText.AddLineNumbers("", 5));
        Assert.Equal("1 | a\n2 | b\n", ExtractText.AddLineNumbers("a\nb\n"));
        Assert.Equal(" 9 | a\n10 | \n", ExtractText.AddLineNumbers("a\n\n", 9));
        Assert.Equal("-1 | a\r\n0 | b\n", ExtractText.AddLineNumbers("a\r\nb", -1));
    }

    [Fact]
    public void AddLineNumbersWithJavaScriptNumbers()
    {
        Assert.Equal("NaN | x\n", ExtractText.AddLineNumbers("x", double.NaN));
        Assert.Equal("1e+21 | x\n1e+21 | y\n", ExtractText.AddLineNumbers("x\ny", 1e21));
    }

    [Theory]
    [InlineData("1 | a\r\n22 |b", true)]
    [InlineData("1 || a", false)]
    [InlineData("1| a", false)]
    [InlineData("", false)]
    [InlineData(" \u3000 7\u00A0| x", true)]
    public void EveryLineHasLineNumbers(string content, bool expected) =>
        Assert.Equal(expected, ExtractText.EveryLineHasLineNumbers(content));

    [Theory]
    [InlineData("1 | a\r\n2 |  b\r\n3 |c", false, "a\r\n b\r\nc")]
    [InlineData("1 | a\rb\n2 |\rx", false, "1 | a\rb\nx")] // `.` stops at a lone \r: the first line is kept
    [InlineData("| a\n5 | b\n12  | c\n|x", true, "a\nb\n12  | c\n|x")]
    [InlineData("1 | p\u2028q", true, "1 | p\u2028q")]
    [InlineData("1 || a", false, "1 || a")]
    public void StripLineNumbers(string content, bool aggressive, string expected) =>
        Assert.Equal(expected, ExtractText.StripLineNumbers(content, aggressive));
}
