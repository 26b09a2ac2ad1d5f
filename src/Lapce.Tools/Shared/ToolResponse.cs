// ToolResponse of src/shared/tools.ts: a string, or Anthropic text/image block params.
namespace Lapce.Tools.Shared;

public abstract record ContentBlock;
public sealed record TextBlock(string Text) : ContentBlock;
/// <summary>An Anthropic ImageBlockParam with a base64 source.</summary>
public sealed record ImageBlock(string MediaType, string Data) : ContentBlock;

/// <summary>Either <see cref="Text"/> or <see cref="Blocks"/>, as the TypeScript union is.</summary>
public sealed class ToolResponse
{
    public string? Text { get; }
    public IReadOnlyList<ContentBlock>? Blocks { get; }
    private ToolResponse(string? text, IReadOnlyList<ContentBlock>? blocks) { Text = text; Blocks = blocks; }
    public static ToolResponse FromText(string text) => new(text, null);
    public static ToolResponse FromBlocks(IReadOnlyList<ContentBlock> blocks) => new(null, blocks);
    public static implicit operator ToolResponse(string text) => FromText(text);
    public bool IsText => Blocks is null;
}
