// Port of src/core/tools/kilocode.ts (Kilo Code 4.88.0): the token-count guard of read_file (and MCP output).
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

/// <summary>What blockFileReadWhenTooLarge returns: a blocked file result.</summary>
public sealed record BlockedFileRead(string Status, string Error, string XmlContent);

public static class Kilocode
{
    private const double SizeLimitAsContextWindowFraction = 0.8;

    private static async Task<bool> AllowVeryLargeReadsAsync(ClineTask task)
    {
        var state = await task.ProviderRef.GetStateAsync();
        // (state)?.allowVeryLargeReads ?? false, used for its truthiness
        return state is not null && JsValue.Truthy(JsonSetting(state, "allowVeryLargeReads"));
    }

    private static Task<int> GetTokenEstimateAsync(ClineTask task, string outputText) =>
        task.Api.CountTokensAsync([new TextBlock(outputText)]);

    private static double GetTokenLimit(ClineTask task) => SizeLimitAsContextWindowFraction * task.Api.GetModel().Info.ContextWindow;

    public static async Task<string> SummarizeSuccessfulMcpOutputWhenTooLongAsync(ClineTask task, string outputText)
    {
        if (await AllowVeryLargeReadsAsync(task)) return outputText;
        var tokenLimit = GetTokenLimit(task);
        var tokenEstimate = await GetTokenEstimateAsync(task, outputText);
        if (tokenEstimate < tokenLimit) return outputText;
        return "The MCP tool executed successfully, but the output is unavailable, " +
               $"because it is too long ({tokenEstimate} estimated tokens, limit is {JsJson.NumberToString(tokenLimit)} tokens). " +
               "If you need the output, find an alternative way to get it in manageable chunks.";
    }

    public static async Task<BlockedFileRead?> BlockFileReadWhenTooLargeAsync(ClineTask task, string relPath, string content)
    {
        if (await AllowVeryLargeReadsAsync(task)) return null;
        var tokenLimit = GetTokenLimit(task);
        var tokenEstimate = await GetTokenEstimateAsync(task, content);
        if (tokenEstimate < tokenLimit) return null;
        var linesRangesAreAllowed = ((await task.ProviderRef.GetStateAsync())?.MaxReadFileLine ?? 0) >= 0;
        var errorMsg =
            $"File content exceeds token limit ({tokenEstimate} estimated tokens, limit is {JsJson.NumberToString(tokenLimit)} tokens)." +
            (linesRangesAreAllowed ? " Please use line_range to read smaller sections." : "");
        return new BlockedFileRead("blocked", errorMsg, $"<file><path>{relPath}</path><error>{errorMsg}</error></file>");
    }

    /// <summary>A setting without a <see cref="ProviderState"/> property, as a JS value.</summary>
    private static object? JsonSetting(ProviderState state, string key) =>
        state.Settings[key] is { } node ? JsJsonParse.Parse(node.ToJsonString()) : null;
}
