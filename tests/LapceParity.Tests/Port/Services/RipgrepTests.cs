// Services/Ripgrep/Ripgrep.cs (port of src/services/ripgrep/index.ts): the cases of Codex's
// src/services/ripgrep/__tests__/index.spec.ts (truncateLine), and what features/search_files.feature cannot pin:
// an invalid regex, which Codex answers by a race (see the feature), always gives "No results found" here.
using Lapce.Tools.Services;

namespace LapceParity.Tests.Port.Services;

public class RipgrepTests
{
    // The default MAX_LINE_LENGTH is 500 in the implementation
    private const int MaxLineLength = 500;

    [Fact]
    public void LinesLongerThanTheMaximumAreTruncated()
    {
        var longLine = new string('a', 600); // Line longer than MAX_LINE_LENGTH
        var truncated = Ripgrep.TruncateLine(longLine);

        Assert.Contains("[truncated...]", truncated);
        Assert.True(truncated.Length < longLine.Length);
        Assert.Equal(MaxLineLength + " [truncated...]".Length, truncated.Length);
    }

    [Fact]
    public void LinesShorterThanTheMaximumAreKept()
    {
        const string shortLine = "Short line of text";
        var truncated = Ripgrep.TruncateLine(shortLine);

        Assert.Equal(shortLine, truncated);
        Assert.DoesNotContain("[truncated...]", truncated);
    }

    [Fact]
    public void ALineOfExactlyTheMaximumIsKeptAndOneMoreIsTruncated()
    {
        var exactLine = new string('a', MaxLineLength);
        var exactPlusOne = exactLine + "x";

        // Should not truncate when exactly MAX_LINE_LENGTH
        Assert.Equal(exactLine, Ripgrep.TruncateLine(exactLine));

        // Should truncate when exceeding MAX_LINE_LENGTH by even 1 character
        Assert.Contains("[truncated...]", Ripgrep.TruncateLine(exactPlusOne));
    }

    [Fact]
    public void EmptyLinesAreHandled() => Assert.Equal("", Ripgrep.TruncateLine(""));

    [Fact]
    public void ACustomMaximumLengthIsAllowed()
    {
        const int customLength = 100;
        var line = new string('a', customLength + 50);

        var truncated = Ripgrep.TruncateLine(line, customLength);

        Assert.Equal(customLength + " [truncated...]".Length, truncated.Length);
        Assert.Contains("[truncated...]", truncated);
    }

    [Fact]
    public void TheCutCountsUtf16CodeUnits() =>
        Assert.Equal(new string('x', 499) + "\uD83D [truncated...]", Ripgrep.TruncateLine(new string('x', 499) + "\U0001F600"));

    [Theory]
    [InlineData("(", "*")]
    [InlineData("(?=x)", "*")]
    [InlineData("a\nb", "*")]
    [InlineData("x", "{a")]
    public async Task WhatRipgrepRefusesIsNoResultsFound(string regex, string glob)
    {
        if (await Ripgrep.GetHostBinPathAsync() is null) return; // no ripgrep on this machine: nothing to run
        var dir = Directory.CreateTempSubdirectory("lapce-rg-test-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "a.txt"), "x (a)\n");
            Assert.Equal("No results found", await Ripgrep.RegexSearchFilesAsync(dir, dir, regex, glob));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
