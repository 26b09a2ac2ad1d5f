// Port of src/core/diff/strategies/multi-file-search-replace.ts (Kilo Code 4.88.0):
// MultiFileSearchReplaceDiffStrategy, the strategy of the multi-file apply_diff. It applies a list of diff items
// (each with an optional start line) one after the other, or a single diff string as the legacy tool does.
// applySingleDiff is multi-search-replace.ts's applyDiff with the differences this file has (start line passed
// in overrides the :start_line: of the blocks; marker prefixes "<<<<<<< " / ">>>>>>> " with a space; one space
// before "<--" in the error examples): it runs the SearchReplaceEngine of MultiSearchReplace.cs in its MultiFile
// dialect. getToolDescription (system-prompt prose) is not ported.
using Lapce.Tools.Shared;

namespace Lapce.Tools.Diff.Strategies;

public sealed class MultiFileSearchReplaceDiffStrategy : IDiffStrategy
{
    private const int BufferLines = 40; // Number of extra context lines to show before and after matches

    private readonly SearchReplaceEngine engine;

    /// <param name="fuzzyThreshold">Use provided threshold or default to exact matching (1.0).</param>
    /// <param name="bufferLines">Context lines around a start-line hint (default 40).</param>
    public MultiFileSearchReplaceDiffStrategy(double? fuzzyThreshold = null, int? bufferLines = null)
    {
        // Note: fuzzyThreshold is inverted in UI (0% = 1.0, 10% = 0.9)
        // so we use it directly here
        engine = new SearchReplaceEngine(fuzzyThreshold ?? 1.0, bufferLines ?? BufferLines, SearchReplaceEngine.Dialect.MultiFile);
    }

    public string GetName() => "MultiFileSearchReplace";

    /// <summary><c>validateMarkerSequencing(diffContent)</c> (private in TypeScript).</summary>
    public MarkerValidation ValidateMarkerSequencing(string diffContent) => engine.ValidateMarkerSequencing(diffContent);

    /// <summary>
    /// <c>applyDiff(originalContent, diffItems)</c>: each item applied to the result of the previous ones; the fail
    /// parts of every item that did not apply are collected.
    /// </summary>
    public DiffResult ApplyDiff(string originalContent, IReadOnlyList<DiffItem> diffContent, double? startLine = null, double? endLine = null)
    {
        // Process each diff item separately and combine results
        string resultContent = originalContent;
        var allFailParts = new List<DiffResult>();
        int successCount = 0;

        foreach (var diffItem in diffContent)
        {
            var singleResult = engine.Apply(resultContent, diffItem.Content, diffItem.StartLine);

            if (singleResult.Success && !string.IsNullOrEmpty(singleResult.Content))
            {
                resultContent = singleResult.Content;
                successCount++;
            }
            else
            {
                // If singleResult has failParts, push those directly to avoid nesting
                if (singleResult.FailParts is { Count: > 0 } failParts)
                {
                    allFailParts.AddRange(failParts);
                }
                else
                {
                    // Otherwise push the single result itself
                    allFailParts.Add(singleResult);
                }
            }
        }

        if (successCount == 0)
        {
            return new DiffResult { Success = false, Error = "Failed to apply any diffs", FailParts = allFailParts };
        }

        return new DiffResult
        {
            Success = true,
            Content = resultContent,
            FailParts = allFailParts.Count > 0 ? allFailParts : null,
        };
    }

    /// <summary><c>applyDiff(originalContent, diffContent: string, startLine?)</c> (legacy): applySingleDiff.</summary>
    public DiffResult ApplyDiff(string originalContent, string diffContent, double? startLine = null, double? endLine = null) =>
        engine.Apply(originalContent, diffContent, startLine);

    public ToolProgressStatus GetProgressStatus(ToolUse toolUse, DiffResult? result = null) =>
        SearchReplaceEngine.GetProgressStatus(toolUse, result);
}
