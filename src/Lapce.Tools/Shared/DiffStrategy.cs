// Port of the diff-strategy shapes of src/shared/tools.ts (Kilo Code 4.88.0): DiffResult, DiffItem and the
// DiffStrategy interface (here IDiffStrategy, after the project's I-prefix convention).
// Start lines are JavaScript numbers (double?): Codex passes parseInt(...) results, which may be NaN, and the
// strategies compute with them as numbers; null is `undefined`.
// getToolDescription (long prose for the system prompt) is not part of the port; applyDiff is synchronous (the
// TypeScript is async only by signature: nothing in it awaits).
namespace Lapce.Tools.Shared;

/// <summary><c>DiffResult.details</c> (declared in tools.ts; the two strategies never set it).</summary>
public sealed record DiffResultDetails(
    double? Similarity = null,
    double? Threshold = null,
    DiffMatchedRange? MatchedRange = null,
    string? SearchContent = null,
    string? BestMatch = null);

/// <summary><c>{ start: number; end: number }</c></summary>
public sealed record DiffMatchedRange(int Start, int End);

/// <summary>
/// <c>DiffResult</c>: <c>{ success: true, content, failParts? }</c> or <c>{ success: false, error?, details?, failParts? }</c>.
/// A null member is an absent property. (The multi-file strategy can put a success result whose content is
/// empty into failParts, as Codex does.)
/// </summary>
public sealed record DiffResult
{
    public required bool Success { get; init; }
    public string? Content { get; init; }
    public string? Error { get; init; }
    public DiffResultDetails? Details { get; init; }
    public IReadOnlyList<DiffResult>? FailParts { get; init; }

    public static DiffResult Ok(string content, IReadOnlyList<DiffResult>? failParts = null) =>
        new() { Success = true, Content = content, FailParts = failParts };

    public static DiffResult Fail(string error) => new() { Success = false, Error = error };
}

/// <summary><c>DiffItem</c>: one diff of the multi-file apply_diff, with its optional start line.</summary>
public sealed record DiffItem(string Content, double? StartLine = null);

/// <summary><c>DiffStrategy</c> (without getToolDescription, see the file header).</summary>
public interface IDiffStrategy
{
    /// <summary><c>getName()</c>: the strategy's name for analytics and debugging.</summary>
    string GetName();

    /// <summary><c>applyDiff(originalContent, diffContent: string, startLine?, endLine?)</c>.</summary>
    DiffResult ApplyDiff(string originalContent, string diffContent, double? startLine = null, double? endLine = null);

    /// <summary><c>applyDiff(originalContent, diffContent: DiffItem[], startLine?, endLine?)</c>.</summary>
    DiffResult ApplyDiff(string originalContent, IReadOnlyList<DiffItem> diffContent, double? startLine = null, double? endLine = null);

    /// <summary><c>getProgressStatus(toolUse, result?)</c>.</summary>
    ToolProgressStatus GetProgressStatus(ToolUse toolUse, DiffResult? result = null);
}
