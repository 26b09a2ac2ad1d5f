// Port of src/utils/tiktoken.ts (Kilo Code 4.88.0), and of src/utils/countTokens.ts, which runs it in a
// workerpool worker and falls back to calling it in-process: the local token estimate every Codex provider uses
// (BaseProvider.countTokens → countTokens(content, { useWorker: true })), and so the one read_file's
// blockFileReadWhenTooLarge and the MCP output check (core/tools/kilocode.ts) use:
// `task.api.countTokens([{ type: "text", text }])`.
//
// tiktoken(content): 0 for no blocks; otherwise the o200k_base token count of every non-empty text block
// (encoder.encode(text).length, no special tokens allowed), ceil(sqrt(base64 length)) for an image with data
// (300 for an image without), the sum times the fudge factor 1.5, rounded up. The encoder is Utils/Bpe/
// O200kTokenizer (tiktoken 1.0.21's WASM, the same ids); like Codex's it is created on first use and cached.
//
// Errors are Codex's: a text holding "<|endoftext|>" or "<|endofprompt|>" rejects with the Error "The text
// contains a special token that is not allowed: <|endoftext|>", and a text that makes the WASM trap (one regex
// match over a run of about a million code points of one kind) with RuntimeError "unreachable". countTokens gives
// the same: the worker reports the failure, countTokens logs it, drops the pool and calls tiktoken in-process,
// which fails the same way and rejects with that error. Blocks are processed in order, so the first failing text
// block decides the error.
using Lapce.Tools.Shared;
using Lapce.Tools.Utils.Bpe;

namespace Lapce.Tools.Utils;

public static class Tiktoken
{
    private const double TokenFudgeFactor = 1.5;

    /// <summary><c>tiktoken(content)</c>.</summary>
    public static Task<int> TiktokenAsync(IReadOnlyList<ContentBlock> content)
    {
        try
        {
            return Task.FromResult(Count(content));
        }
        catch (Exception e)
        {
            return Task.FromException<int>(e);
        }
    }

    /// <summary>
    /// <c>countTokens(content, { useWorker })</c>: the same number as <see cref="TiktokenAsync"/> (or the same
    /// rejection). With useWorker the count runs off the caller's thread, as Codex's runs in a worker thread.
    /// </summary>
    public static Task<int> CountTokensAsync(IReadOnlyList<ContentBlock> content, bool useWorker = true) =>
        useWorker ? Task.Run(() => Count(content)) : TiktokenAsync(content);

    /// <summary>The body of <c>tiktoken(content)</c>, synchronously.</summary>
    public static int Count(IReadOnlyList<ContentBlock> content)
    {
        if (content.Count == 0) return 0;

        double totalTokens = 0;
        // Lazily create and cache the encoder if it doesn't exist.
        O200kTokenizer? encoder = null;
        foreach (var block in content)
        {
            if (block is TextBlock textBlock)
            {
                var text = textBlock.Text ?? "";
                if (text.Length > 0)
                {
                    encoder ??= O200kTokenizer.Shared;
                    totalTokens += encoder.CountTokens(text);
                }
            }
            else if (block is ImageBlock image)
            {
                // For images, calculate based on data size (the JS length: UTF-16 code units). The port's image
                // blocks always carry base64 data; Codex's 300 is for an image source without one.
                totalTokens += image.Data is { } data ? Math.Ceiling(Math.Sqrt(data.Length)) : 300;
            }
        }
        return (int)Math.Ceiling(totalTokens * TokenFudgeFactor);
    }

    /// <summary>Codex's call for one text: <c>countTokens([{ type: "text", text }])</c>.</summary>
    public static Task<int> CountTextTokensAsync(string text, bool useWorker = true) =>
        CountTokensAsync([new TextBlock(text)], useWorker);
}
