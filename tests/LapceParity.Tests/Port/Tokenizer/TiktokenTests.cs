// Utils/Tiktoken.cs (src/utils/tiktoken.ts and countTokens.ts). Expected numbers and errors printed by Codex's own
// countTokens (bundled with esbuild from the Codex tree, tiktoken 1.0.21) for the same content blocks.
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port.Tokenizer;

public class TiktokenTests
{
    private static ImageBlock Image(int dataLength) => new("image/png", new string('A', dataLength));

    public static TheoryData<string, ContentBlock[], int> Blocks => new()
    {
        { "none", [], 0 },
        { "text+image+empty+text", [new TextBlock("hello"), Image(1000), new TextBlock(""), new TextBlock(" world")], 51 },
        { "image-only-1", [Image(1)], 2 },
        { "image-only-0", [Image(0)], 0 },
        { "image-only-10001", [Image(10001)], 152 },
        { "two-texts", [new TextBlock("a"), new TextBlock("b")], 3 },
        { "one-token", [new TextBlock("a")], 2 },
        { "empty-text", [new TextBlock("")], 0 },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task CountsAsCodex(string name, ContentBlock[] content, int expected)
    {
        _ = name;
        Assert.Equal(expected, Tiktoken.Count(content));
        Assert.Equal(expected, await Tiktoken.TiktokenAsync(content));
        Assert.Equal(expected, await Tiktoken.CountTokensAsync(content));
        Assert.Equal(expected, await Tiktoken.CountTokensAsync(content, useWorker: false));
    }

    [Fact]
    public async Task OneTextAsReadFileAsksForIt()
    {
        var c = O200kCorpus.Get("typescript");
        Assert.Equal(c.Fudged, await Tiktoken.CountTextTokensAsync(c.Text));
        Assert.Equal((int)Math.Ceiling(c.Ids.Length * 1.5), c.Fudged);
    }

    [Fact]
    public async Task ASpecialTokenRejects()
    {
        ContentBlock[] content = [new TextBlock("fine"), new TextBlock("<|endofprompt|>")];
        var e = await Assert.ThrowsAsync<JsError>(() => Tiktoken.CountTokensAsync(content));
        Assert.Equal("Error", e.Name);
        Assert.Equal("The text contains a special token that is not allowed: <|endofprompt|>", e.Message);
        e = await Assert.ThrowsAsync<JsError>(() => Tiktoken.TiktokenAsync(content));
        Assert.Equal("The text contains a special token that is not allowed: <|endofprompt|>", e.Message);
    }

    [Fact]
    public async Task ATrapRejectsWithRuntimeErrorUnreachable()
    {
        var e = await Assert.ThrowsAsync<JsError>(() => Tiktoken.CountTextTokensAsync(new string('a', 1_000_000)));
        Assert.Equal("RuntimeError", e.Name);
        Assert.Equal("unreachable", e.Message);
    }
}
