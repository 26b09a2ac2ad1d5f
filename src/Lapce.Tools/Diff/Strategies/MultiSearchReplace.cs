// Port of src/core/diff/strategies/multi-search-replace.ts (Kilo Code 4.88.0): MultiSearchReplaceDiffStrategy,
// the apply_diff strategy of SEARCH/REPLACE blocks with :start_line: hints, fuzzy matching and indentation
// preservation.
// multi-file-search-replace.ts is the same algorithm with three differences (the marker prefixes of the
// validator, the padding before "<--" in two error texts, and start lines passed in overriding the
// :start_line: of the blocks); both strategies run the shared SearchReplaceEngine below, configured per file.
//
// Same behaviour, order of checks and texts as the TypeScript. Numbers that are JavaScript numbers there
// (start lines, which may be NaN or Infinity, the threshold) are doubles here, and array slices with negative
// or out-of-range indices behave as Array.prototype.slice does.
// Faster than the original without changing a result:
//   * fuzzySearch normalises each file line once (normalizeString of lines joined by "\n" equals the non-empty
//     normalised lines joined by " ") and keeps the normalised lines in step with the edits;
//   * a window whose normalised text equals the search is a similarity of exactly 1, which no later window can
//     beat (the comparison is strict), so an equality pass in the same middle-out order runs first;
//   * the other windows are scored best-bound first, a window's bound being 1 - bag distance / max length (the
//     bag distance, from a sliding character histogram, is a lower bound of the edit distance and the
//     floating-point operations are monotonic), and the scoring stops once no bound can beat the best so far;
//     ties go to the earlier window in middle-out order, so the result is the one the TypeScript's scan finds;
//   * the aggressive fallback search is skipped when stripping changed nothing (it would repeat the search).
// Known difference: where the TypeScript loops forever (a start line of ±Infinity reaching fuzzySearch, i.e. a
// :start_line: of more than 308 digits, or a start line passed in that parseInt read as ±Infinity, when the
// exact attempt fails), the search here finds nothing and the block reports no match.
// getToolDescription (system-prompt prose) is not ported.
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lapce.Tools.Integrations.Misc;
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Diff.Strategies;

/// <summary>The result of <c>validateMarkerSequencing</c>: <c>{ success, error? }</c>.</summary>
public readonly record struct MarkerValidation(bool Success, string? Error = null);

public sealed class MultiSearchReplaceDiffStrategy : IDiffStrategy
{
    private const int BufferLines = 40; // Number of extra context lines to show before and after matches

    private readonly SearchReplaceEngine engine;

    /// <param name="fuzzyThreshold">Use provided threshold or default to exact matching (1.0).</param>
    /// <param name="bufferLines">Context lines around a start-line hint (default 40).</param>
    public MultiSearchReplaceDiffStrategy(double? fuzzyThreshold = null, int? bufferLines = null)
    {
        // Note: fuzzyThreshold is inverted in UI (0% = 1.0, 10% = 0.9)
        // so we use it directly here
        engine = new SearchReplaceEngine(fuzzyThreshold ?? 1.0, bufferLines ?? BufferLines, SearchReplaceEngine.Dialect.SingleFile);
    }

    public string GetName() => "MultiSearchReplace";

    /// <summary><c>validateMarkerSequencing(diffContent)</c> (private in TypeScript; the spec calls it directly).</summary>
    public MarkerValidation ValidateMarkerSequencing(string diffContent) => engine.ValidateMarkerSequencing(diffContent);

    /// <summary><c>applyDiff(originalContent, diffContent)</c>; the start and end lines passed in are ignored, as in Codex.</summary>
    public DiffResult ApplyDiff(string originalContent, string diffContent, double? startLine = null, double? endLine = null) =>
        engine.Apply(originalContent, diffContent, null);

    /// <summary>Codex's strategy calls <c>diffContent.split</c> on what it is given: an array throws.</summary>
    public DiffResult ApplyDiff(string originalContent, IReadOnlyList<DiffItem> diffContent, double? startLine = null, double? endLine = null) =>
        throw new JsTypeError("diffContent.split is not a function");

    public ToolProgressStatus GetProgressStatus(ToolUse toolUse, DiffResult? result = null) =>
        SearchReplaceEngine.GetProgressStatus(toolUse, result);
}

/// <summary>The algorithm of multi-search-replace.ts / multi-file-search-replace.ts (applyDiff / applySingleDiff).</summary>
internal sealed partial class SearchReplaceEngine
{
    internal enum Dialect { SingleFile, MultiFile }

    private readonly double fuzzyThreshold;
    private readonly int bufferLines;
    private readonly Dialect dialect;

    internal SearchReplaceEngine(double fuzzyThreshold, int bufferLines, Dialect dialect)
    {
        this.fuzzyThreshold = fuzzyThreshold;
        this.bufferLines = bufferLines;
        this.dialect = dialect;
    }

    // ---------------------------------------------------------------------------------------------------------
    // unescapeMarkers: /^\\<<<<<<</gm … /^\\:start_line:/gm, each replaced by the marker without the backslash.

    private static readonly string[] EscapedMarkers = ["<<<<<<<", "=======", ">>>>>>>", "-------", ":end_line:", ":start_line:"];

    internal static string UnescapeMarkers(string content)
    {
        // `^` with the m flag is the start or just after \n, \r, U+2028, U+2029. The six replaces cannot feed
        // each other (each removes the backslash of a line start the others do not match), so one pass does.
        if (!content.Contains('\\')) return content;
        StringBuilder? sb = null;
        int copied = 0;
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i] != '\\') continue;
            if (i > 0 && content[i - 1] is not ('\n' or '\r' or '\u2028' or '\u2029')) continue;
            var rest = content.AsSpan(i + 1);
            bool escaped = false;
            foreach (var marker in EscapedMarkers)
            {
                if (rest.StartsWith(marker, StringComparison.Ordinal)) { escaped = true; break; }
            }
            if (!escaped) continue;
            sb ??= new StringBuilder(content.Length);
            sb.Append(content, copied, i - copied);
            copied = i + 1;
        }
        if (sb == null) return content;
        sb.Append(content, copied, content.Length - copied);
        return sb.ToString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // validateMarkerSequencing

    private enum State { Start, AfterSearch, AfterSeparator }

    private const string SearchPatternSource = "^<<<<<<< SEARCH>?$";
    private const string SearchDisplay = "<<<<<<< SEARCH>?"; // SEARCH_PATTERN.source without ^ and $
    private const string Sep = "=======";
    private const string Replace = ">>>>>>> REPLACE";

    private static bool IsSearchMarker(string marker) => marker is "<<<<<<< SEARCH" or "<<<<<<< SEARCH>";

    internal MarkerValidation ValidateMarkerSequencing(string diffContent)
    {
        var state = State.Start;
        int lineNo = 0;
        string searchPrefix = dialect == Dialect.SingleFile ? "<<<<<<<" : "<<<<<<< ";
        string replacePrefix = dialect == Dialect.SingleFile ? ">>>>>>>" : ">>>>>>> ";
        string pad = dialect == Dialect.SingleFile ? "    " : " ";

        MarkerValidation ReportMergeConflictError(string found) => new(false,
            $"ERROR: Special marker '{found}' found in your diff content at line {lineNo}:\n" +
            "\n" +
            $"When removing merge conflict markers like '{found}' from files, you MUST escape them\n" +
            "in your SEARCH section by prepending a backslash (\\) at the beginning of the line:\n" +
            "\n" +
            "CORRECT FORMAT:\n\n" +
            "<<<<<<< SEARCH\n" +
            "content before\n" +
            $"\\{found}{pad}<-- Note the backslash here in this example\n" +
            "content after\n" +
            "=======\n" +
            "replacement content\n" +
            ">>>>>>> REPLACE\n" +
            "\n" +
            "Without escaping, the system confuses your content with diff syntax markers.\n" +
            "You may use multiple diff blocks in a single diff request, but ANY of ONLY the following separators that occur within SEARCH or REPLACE content must be escaped, as follows:\n" +
            $"\\{SearchDisplay}\n" +
            $"\\{Sep}\n" +
            $"\\{Replace}\n");

        MarkerValidation ReportInvalidDiffError(string found, string expected) => new(false,
            $"ERROR: Diff block is malformed: marker '{found}' found in your diff content at line {lineNo}. Expected: {expected}\n" +
            "\n" +
            "CORRECT FORMAT:\n\n" +
            "<<<<<<< SEARCH\n" +
            ":start_line: (required) The line number of original content where the search block starts.\n" +
            "-------\n" +
            "[exact content to find including whitespace]\n" +
            "=======\n" +
            "[new content to replace with]\n" +
            ">>>>>>> REPLACE\n");

        MarkerValidation ReportLineMarkerInReplaceError(string marker) => new(false,
            $"ERROR: Invalid line marker '{marker}' found in REPLACE section at line {lineNo}\n" +
            "\n" +
            "Line markers (:start_line: and :end_line:) are only allowed in SEARCH sections.\n" +
            "\n" +
            "CORRECT FORMAT:\n" +
            "<<<<<<< SEARCH\n" +
            ":start_line:5\n" +
            "content to find\n" +
            "=======\n" +
            "replacement content\n" +
            ">>>>>>> REPLACE\n" +
            "\n" +
            "INCORRECT FORMAT:\n" +
            "<<<<<<< SEARCH\n" +
            "content to find\n" +
            "=======\n" +
            $":start_line:5{pad}<-- Invalid location\n" +
            "replacement content\n" +
            ">>>>>>> REPLACE\n");

        var lines = diffContent.Split('\n');
        var markers = new string[lines.Length];
        int searchCount = 0, sepCount = 0, replaceCount = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var m = JsString.Trim(lines[i]);
            markers[i] = m;
            if (IsSearchMarker(m)) searchCount++;
            if (m == Sep) sepCount++;
            if (m == Replace) replaceCount++;
        }

        bool likelyBadStructure = searchCount != replaceCount || sepCount < searchCount;

        for (int i = 0; i < lines.Length; i++)
        {
            lineNo++;
            string marker = markers[i];

            // Check for line markers in REPLACE sections (but allow escaped ones)
            if (state == State.AfterSeparator)
            {
                if (marker.StartsWith(":start_line:", StringComparison.Ordinal)) return ReportLineMarkerInReplaceError(":start_line:");
                if (marker.StartsWith(":end_line:", StringComparison.Ordinal)) return ReportLineMarkerInReplaceError(":end_line:");
            }

            switch (state)
            {
                case State.Start:
                    if (marker == Sep)
                        return likelyBadStructure ? ReportInvalidDiffError(Sep, SearchDisplay) : ReportMergeConflictError(Sep);
                    if (marker == Replace) return ReportInvalidDiffError(Replace, SearchDisplay);
                    if (marker.StartsWith(replacePrefix, StringComparison.Ordinal)) return ReportMergeConflictError(marker);
                    if (IsSearchMarker(marker)) state = State.AfterSearch;
                    else if (marker.StartsWith(searchPrefix, StringComparison.Ordinal)) return ReportMergeConflictError(marker);
                    break;

                case State.AfterSearch:
                    if (IsSearchMarker(marker)) return ReportInvalidDiffError(SearchPatternSource, Sep);
                    if (marker.StartsWith(searchPrefix, StringComparison.Ordinal)) return ReportMergeConflictError(marker);
                    if (marker == Replace) return ReportInvalidDiffError(Replace, Sep);
                    if (marker.StartsWith(replacePrefix, StringComparison.Ordinal)) return ReportMergeConflictError(marker);
                    if (marker == Sep) state = State.AfterSeparator;
                    break;

                case State.AfterSeparator:
                    if (IsSearchMarker(marker)) return ReportInvalidDiffError(SearchPatternSource, Replace);
                    if (marker.StartsWith(searchPrefix, StringComparison.Ordinal)) return ReportMergeConflictError(marker);
                    if (marker == Sep)
                        return likelyBadStructure ? ReportInvalidDiffError(Sep, Replace) : ReportMergeConflictError(Sep);
                    if (marker == Replace) state = State.Start;
                    else if (marker.StartsWith(replacePrefix, StringComparison.Ordinal)) return ReportMergeConflictError(marker);
                    break;
            }
        }

        return state == State.Start
            ? new MarkerValidation(true)
            : new MarkerValidation(false,
                $"ERROR: Unexpected end of sequence: Expected '{(state == State.AfterSearch ? "=======" : ">>>>>>> REPLACE")}' was not found.");
    }

    // ---------------------------------------------------------------------------------------------------------
    // The block regex of applyDiff, with JavaScript's \s (WS), ASCII \d and `$` = \z (no m flag).
    //   (?:^|\n)(?<!\\)<<<<<<< SEARCH>?\s*\n((?:\:start_line:\s*(\d+)\s*\n))?((?:\:end_line:\s*(\d+)\s*\n))?
    //   ((?<!\\)-------\s*\n)?([\s\S]*?)(?:\n)?(?:(?<=\n)(?<!\\)=======\s*\n)([\s\S]*?)(?:\n)?
    //   (?:(?<=\n)(?<!\\)>>>>>>> REPLACE)(?=\n|$)

    private const string WS = @"[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]";

    private const string BlockPattern =
        @"(?:^|\n)(?<!\\)<<<<<<< SEARCH>?" + WS + @"*\n" +
        @"((?::start_line:" + WS + @"*([0-9]+)" + WS + @"*\n))?" +
        @"((?::end_line:" + WS + @"*([0-9]+)" + WS + @"*\n))?" +
        @"((?<!\\)-------" + WS + @"*\n)?" +
        @"([\s\S]*?)(?:\n)?(?:(?<=\n)(?<!\\)=======" + WS + @"*\n)" +
        @"([\s\S]*?)(?:\n)?(?:(?<=\n)(?<!\\)>>>>>>> REPLACE)(?=\n|\z)";

    [GeneratedRegex(BlockPattern, RegexOptions.CultureInvariant)]
    private static partial Regex BlockRegex();

    private const string MissingSectionsError =
        "Invalid diff format - missing required sections\n\nDebug Info:\n- Expected Format: <<<<<<< SEARCH\\n:start_line: start line\\n-------\\n[search content]\\n=======\\n[replace content]\\n>>>>>>> REPLACE\n- Tip: Make sure to include start_line/SEARCH/=======/REPLACE sections with correct markers on new lines";

    private const string IdenticalError =
        "Search and replace content are identical - no changes would be made\n\n" +
        "Debug Info:\n" +
        "- Search and replace must be different to make changes\n" +
        "- Use read_file to verify the content you want to change";

    private const string EmptySearchError =
        "Empty search content is not allowed\n\nDebug Info:\n- Search content cannot be empty\n- For insertions, provide a specific line using :start_line: and include content to search for\n- For example, match a single line to insert before/after it";

    private readonly record struct Replacement(double StartLine, string SearchContent, string ReplaceContent);

    /// <summary>
    /// applyDiff (multi-search-replace.ts) / applySingleDiff (multi-file-search-replace.ts). A non-null
    /// <paramref name="paramStartLine"/> overrides every block's :start_line: (multi-file only).
    /// </summary>
    internal DiffResult Apply(string originalContent, string diffContent, double? paramStartLine)
    {
        var validseq = ValidateMarkerSequencing(diffContent);
        if (!validseq.Success)
        {
            return DiffResult.Fail(validseq.Error!);
        }

        var matches = BlockRegex().Matches(diffContent);

        if (matches.Count == 0)
        {
            return DiffResult.Fail(MissingSectionsError);
        }

        // Detect line ending from original content
        string lineEnding = originalContent.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        using var resultLines = new LineStore(originalContent);
        int delta = 0;
        var diffResults = new List<DiffResult>();
        int appliedCount = 0;

        var unsorted = new Replacement[matches.Count];
        for (int i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            double fromBlock = match.Groups[2].Success ? ParseNumber(match.Groups[2].Value) : 0;
            unsorted[i] = new Replacement(
                dialect == Dialect.MultiFile && paramStartLine.HasValue ? paramStartLine.Value : fromBlock,
                match.Groups[6].Value,
                match.Groups[7].Value);
        }
        // Array.prototype.sort is stable; (a, b) => a.startLine - b.startLine (NaN results count as equal).
        var replacements = unsorted.OrderBy(r => r.StartLine, StartLineComparer.Instance).ToArray();

        foreach (var replacement in replacements)
        {
            string searchContent = replacement.SearchContent;
            string replaceContent = replacement.ReplaceContent;
            double startLine = replacement.StartLine + (replacement.StartLine == 0 ? 0 : delta);

            // First unescape any escaped markers in the content
            searchContent = UnescapeMarkers(searchContent);
            replaceContent = UnescapeMarkers(replaceContent);

            // Strip line numbers from search and replace content if every line starts with a line number
            bool searchHasNumbers = ExtractText.EveryLineHasLineNumbers(searchContent);
            bool hasAllLineNumbers =
                (searchHasNumbers && ExtractText.EveryLineHasLineNumbers(replaceContent)) ||
                (searchHasNumbers && JsString.Trim(replaceContent).Length == 0);

            if (hasAllLineNumbers && startLine == 0)
            {
                int nl = searchContent.IndexOf('\n');
                string firstLine = nl < 0 ? searchContent : searchContent[..nl];
                int bar = firstLine.IndexOf('|');
                startLine = ParseInt(bar < 0 ? firstLine : firstLine[..bar]);
            }

            if (hasAllLineNumbers)
            {
                searchContent = ExtractText.StripLineNumbers(searchContent);
                replaceContent = ExtractText.StripLineNumbers(replaceContent);
            }

            // Validate that search and replace content are not identical
            if (searchContent == replaceContent)
            {
                diffResults.Add(DiffResult.Fail(IdenticalError));
                continue;
            }

            // Split content into lines, handling both \n and \r\n
            List<string> searchLines = searchContent.Length == 0 ? [] : SplitLines(searchContent);
            List<string> replaceLines = replaceContent.Length == 0 ? [] : SplitLines(replaceContent);

            // Validate that search content is not empty
            if (searchLines.Count == 0)
            {
                diffResults.Add(DiffResult.Fail(EmptySearchError));
                continue;
            }

            double endLine = replacement.StartLine + searchLines.Count - 1;

            // Initialize search variables
            double matchIndex = -1;
            double bestMatchScore = 0;
            string bestMatchContent = "";
            string searchChunk = string.Join("\n", searchLines);

            // Determine search bounds
            double searchStartIndex = 0;
            double searchEndIndex = resultLines.Count;

            // Validate and handle line range if provided
            if (Truthy(startLine))
            {
                // Convert to 0-based index
                double exactStartIndex = startLine - 1;
                int searchLen = searchLines.Count;
                double exactEndIndex = exactStartIndex + searchLen - 1;

                // Try exact match first
                string originalChunk = resultLines.SliceJoin(exactStartIndex, exactEndIndex + 1);
                double similarity = GetSimilarity(originalChunk, searchChunk);
                if (similarity >= fuzzyThreshold)
                {
                    matchIndex = exactStartIndex;
                    bestMatchScore = similarity;
                    bestMatchContent = originalChunk;
                }
                else
                {
                    // Set bounds for buffered search
                    searchStartIndex = Math.Max(0, startLine - (bufferLines + 1));
                    searchEndIndex = Math.Min(resultLines.Count, startLine + searchLines.Count + bufferLines);
                }
            }

            // If no match found yet, try middle-out search within bounds
            if (matchIndex == -1)
            {
                var found = FuzzySearch(resultLines, searchChunk, searchStartIndex, searchEndIndex);
                matchIndex = found.BestMatchIndex;
                bestMatchScore = found.BestScore;
                bestMatchContent = found.BestMatchContent;
            }

            // Try aggressive line number stripping as a fallback if regular matching fails
            if (matchIndex == -1 || bestMatchScore < fuzzyThreshold)
            {
                // Strip both search and replace content once (simultaneously)
                string aggressiveSearchContent = ExtractText.StripLineNumbers(searchContent, true);
                string aggressiveReplaceContent = ExtractText.StripLineNumbers(replaceContent, true);

                List<string> aggressiveSearchLines = aggressiveSearchContent.Length > 0 ? SplitLines(aggressiveSearchContent) : [];
                string aggressiveSearchChunk = string.Join("\n", aggressiveSearchLines);

                // Try middle-out search again with aggressive stripped content (respecting the same search bounds).
                // The first search ran with the same bounds; the same chunk would give the same (failing) result.
                FuzzyResult aggressive = aggressiveSearchChunk == searchChunk
                    ? new FuzzyResult(bestMatchScore, (int)matchIndex, bestMatchContent)
                    : FuzzySearch(resultLines, aggressiveSearchChunk, searchStartIndex, searchEndIndex);
                if (aggressive.BestMatchIndex != -1 && aggressive.BestScore >= fuzzyThreshold)
                {
                    matchIndex = aggressive.BestMatchIndex;
                    bestMatchScore = aggressive.BestScore;
                    bestMatchContent = aggressive.BestMatchContent;
                    // Replace the original search/replace with their stripped versions
                    searchContent = aggressiveSearchContent;
                    replaceContent = aggressiveReplaceContent;
                    searchLines = aggressiveSearchLines;
                    replaceLines = replaceContent.Length > 0 ? SplitLines(replaceContent) : [];
                }
                else
                {
                    // No match found with either method
                    string originalContentSection =
                        "\n\nOriginal Content:\n" + ExtractText.AddLineNumbers(
                            resultLines.SliceJoin(
                                Math.Max(0, startLine - 1 - bufferLines),
                                Math.Min(resultLines.Count, endLine + bufferLines)),
                            Math.Max(1, startLine - bufferLines));

                    string bestMatchSection = bestMatchContent.Length > 0
                        ? "\n\nBest Match Found:\n" + ExtractText.AddLineNumbers(bestMatchContent, matchIndex + 1)
                        : "\n\nBest Match Found:\n(no match)";

                    string lineRange = Truthy(startLine) ? $" at line: {Num(startLine)}" : "";
                    string score = Num(Math.Floor(bestMatchScore * 100));
                    string threshold = Num(Math.Floor(fuzzyThreshold * 100));
                    string range = Truthy(startLine) ? $"starting at line {Num(startLine)}" : "start to end";

                    diffResults.Add(DiffResult.Fail(
                        $"No sufficiently similar match found{lineRange} ({score}% similar, needs {threshold}%)\n\nDebug Info:\n- Similarity Score: {score}%\n- Required Threshold: {threshold}%\n- Search Range: {range}\n- Tried both standard and aggressive line number stripping\n- Tip: Use the read_file tool to get the latest content of the file before attempting to use the apply_diff tool again, as the file content may have changed\n\nSearch Content:\n{searchChunk}{bestMatchSection}{originalContentSection}"));
                    continue;
                }
            }

            // Get the matched lines from the original content
            var (matchedStart, matchedEnd) = JsSlice(resultLines.Count, matchIndex, matchIndex + searchLines.Count);
            int matchedCount = matchedEnd - matchedStart;

            // Get the exact indentation (preserving tabs/spaces) of the first matched line and the first search
            // line (the only ones the TypeScript reads of its originalIndents / searchIndents arrays)
            string matchedIndent = matchedCount > 0 ? LeadingIndent(resultLines[matchedStart].Span) : "";
            int searchBaseLevel = LeadingIndentLength(searchLines[0]);

            // Apply the replacement while preserving exact indentation
            var indentedReplaceLines = new List<string>(replaceLines.Count);
            foreach (var line in replaceLines)
            {
                // Get the current line's indentation relative to the search content
                int currentLevel = LeadingIndentLength(line);

                // Calculate the relative indentation level
                int relativeLevel = currentLevel - searchBaseLevel;

                // If relative level is negative, remove indentation from matched indent
                // If positive, add to matched indent
                string trimmed = JsString.Trim(line);
                string finalLine = relativeLevel < 0
                    ? string.Concat(matchedIndent.AsSpan(0, Math.Max(0, matchedIndent.Length + relativeLevel)), trimmed)
                    : string.Concat(matchedIndent, line.AsSpan(searchBaseLevel, currentLevel - searchBaseLevel), trimmed);
                indentedReplaceLines.Add(finalLine);
            }

            // Construct the final content
            resultLines.Splice(matchIndex, searchLines.Count, matchedStart, matchedEnd, indentedReplaceLines);
            delta = delta - matchedCount + replaceLines.Count;
            appliedCount++;
        }

        string finalContent = resultLines.Join(lineEnding);
        if (appliedCount == 0)
        {
            return new DiffResult { Success = false, FailParts = diffResults };
        }
        return new DiffResult { Success = true, Content = finalContent, FailParts = diffResults };
    }

    internal static ToolProgressStatus GetProgressStatus(ToolUse toolUse, DiffResult? result)
    {
        string? diffContent = toolUse.Param("diff");
        if (!string.IsNullOrEmpty(diffContent))
        {
            const string icon = "diff-multiple";
            if (toolUse.Partial)
            {
                if (diffContent.Length / 10 % 10 == 0)
                {
                    int searchBlockCount = CountSearch(diffContent);
                    return new ToolProgressStatus(icon, searchBlockCount.ToString(CultureInfo.InvariantCulture));
                }
            }
            else if (result != null)
            {
                int searchBlockCount = CountSearch(diffContent);
                if (result.FailParts is { Count: > 0 } failParts)
                {
                    return new ToolProgressStatus(icon, $"{searchBlockCount - failParts.Count}/{searchBlockCount}");
                }
                return new ToolProgressStatus(icon, searchBlockCount.ToString(CultureInfo.InvariantCulture));
            }
        }
        return new ToolProgressStatus();
    }

    // (diffContent.match(/SEARCH/g) || []).length
    private static int CountSearch(string s)
    {
        int count = 0;
        for (int i = s.IndexOf("SEARCH", StringComparison.Ordinal); i >= 0; i = s.IndexOf("SEARCH", i + 6, StringComparison.Ordinal))
            count++;
        return count;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Similarity and the middle-out search

    /// <summary><c>getSimilarity(original, search)</c>: 1 - distance / max length of the normalised strings.</summary>
    internal static double GetSimilarity(string original, string search)
    {
        // Empty searches are no longer supported
        if (search.Length == 0) return 0;

        // Use the normalizeString utility to handle smart quotes and other special characters
        string normalizedOriginal = TextNormalization.NormalizeDefault(original);
        string normalizedSearch = TextNormalization.NormalizeDefault(search);

        if (normalizedOriginal == normalizedSearch) return 1;

        // Calculate Levenshtein distance using fastest-levenshtein's distance function
        int dist = FastestLevenshtein.Distance(normalizedOriginal, normalizedSearch);

        // Calculate similarity ratio (0 to 1, where 1 is an exact match)
        int maxLength = Math.Max(normalizedOriginal.Length, normalizedSearch.Length);
        return 1 - (double)dist / maxLength;
    }

    internal readonly record struct FuzzyResult(double BestScore, int BestMatchIndex, string BestMatchContent);

    /// <summary>
    /// <c>fuzzySearch(lines, searchChunk, startIndex, endIndex)</c>: the window of the search's line count most
    /// similar to <paramref name="searchChunk"/>, visiting start indices middle-out (mid, mid+1, mid-1, mid+2, …;
    /// left windows from startIndex to mid, right ones up to endIndex - length); the first best one wins.
    /// </summary>
    internal static FuzzyResult FuzzySearch(LineStore lines, string searchChunk, double startIndex, double endIndex)
    {
        var none = new FuzzyResult(0, -1, "");
        // getSimilarity of an empty search is 0 for every window: nothing is ever better than 0.
        if (searchChunk.Length == 0) return none;
        // (Infinite bounds make the TypeScript loop forever; see the file header.)
        if (!double.IsFinite(startIndex) || !double.IsFinite(endIndex)) return none;
        // startIndex > endIndex: neither side of the loop runs.
        if (startIndex > endIndex) return none;

        int searchLen = 1;
        foreach (char c in searchChunk) if (c == '\n') searchLen++;

        // Here 0 <= startIndex <= endIndex <= lines.Count (integers, unless a caller passed a fractional start line).
        int start = (int)Math.Ceiling(startIndex); // left windows: mid down to start
        int mid = (int)Math.Floor((startIndex + endIndex) / 2);
        int rightLast = (int)Math.Floor(endIndex - searchLen); // right windows: mid+1 up to rightLast
        int lineCount = lines.Count;
        int hi = Math.Min(lineCount, Math.Max(mid + searchLen, rightLast + searchLen));

        string searchNorm = TextNormalization.NormalizeDefault(searchChunk);
        var span = lines.PrepareNormalized(start, Math.Max(start, hi));

        // Pass 1: a window equal after normalisation (similarity 1), in visiting order.
        {
            int left = mid, right = mid + 1;
            while (left >= start || right <= rightLast)
            {
                if (left >= start)
                {
                    if (span.EqualsWindow(left, Math.Min(left + searchLen, lineCount), searchNorm))
                        return new FuzzyResult(1, left, lines.RawJoin(left, Math.Min(left + searchLen, lineCount)));
                    left--;
                }
                if (right <= rightLast)
                {
                    if (span.EqualsWindow(right, Math.Min(right + searchLen, lineCount), searchNorm))
                        return new FuzzyResult(1, right, lines.RawJoin(right, Math.Min(right + searchLen, lineCount)));
                    right++;
                }
            }
        }

        // Pass 2: the best similarity below 1. The result is the first window in visiting order with the highest
        // similarity, so windows may be scored in any order: best bound first, each skipped or stopped at once when
        // its bound cannot beat (or, at a tie, precede) the best so far. The bound is the bag distance (a lower
        // bound of the edit distance: each edit changes the character multiset by one at most).
        int lo = start, windowCount = Math.Max(mid, rightLast) - start + 1;
        var candidates = new Candidate[windowCount];
        int candidateCount = 0;
        var bags = span.BagDistances(lo, windowCount, searchLen, lineCount, searchNorm);
        {
            int left = mid, right = mid + 1, order = 0;
            while (left >= start || right <= rightLast)
            {
                if (left >= start)
                {
                    Add(left, order++);
                    left--;
                }
                if (right <= rightLast)
                {
                    Add(right, order++);
                    right++;
                }
            }

            void Add(int index, int visit)
            {
                int windowLength = span.WindowLength(index, Math.Min(index + searchLen, lineCount));
                int maxLength = Math.Max(windowLength, searchNorm.Length);
                double bound = 1 - (double)bags[index - lo] / maxLength;
                candidates[candidateCount++] = new Candidate(bound, visit, index, maxLength);
            }
        }
        Array.Sort(candidates, 0, candidateCount, CandidateComparer.Instance);

        double bestScore = 0;
        int bestMatchIndex = -1, bestVisit = int.MaxValue;
        char[] buffer = new char[Math.Max(16, searchNorm.Length * 2)];
        for (int c = 0; c < candidateCount; c++)
        {
            var candidate = candidates[c];
            if (candidate.Bound < bestScore) break;
            if (candidate.Bound == bestScore && (bestScore == 0 || candidate.Visit > bestVisit)) continue;
            int windowEnd = Math.Min(candidate.Index + searchLen, lineCount);
            int windowLength = span.WindowLength(candidate.Index, windowEnd);
            if (buffer.Length < windowLength) buffer = new char[windowLength * 2];
            int written = span.WriteWindow(candidate.Index, windowEnd, buffer);
            int dist = FastestLevenshtein.Distance(buffer.AsSpan(0, written), searchNorm);
            double similarity = 1 - (double)dist / candidate.MaxLength;
            if (similarity > bestScore || (similarity == bestScore && bestScore > 0 && candidate.Visit < bestVisit))
            {
                bestScore = similarity;
                bestMatchIndex = candidate.Index;
                bestVisit = candidate.Visit;
            }
        }

        return bestMatchIndex == -1
            ? none
            : new FuzzyResult(bestScore, bestMatchIndex, lines.RawJoin(bestMatchIndex, Math.Min(bestMatchIndex + searchLen, lineCount)));
    }

    private readonly record struct Candidate(double Bound, int Visit, int Index, int MaxLength);

    // Highest bound first; at equal bounds, earlier in visiting order first.
    private sealed class CandidateComparer : IComparer<Candidate>
    {
        internal static readonly CandidateComparer Instance = new();

        public int Compare(Candidate x, Candidate y)
        {
            int c = y.Bound.CompareTo(x.Bound);
            return c != 0 ? c : x.Visit.CompareTo(y.Visit);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    /// <summary>A line of the file: a slice of the original content, or a replacement line.</summary>
    internal readonly record struct Line(string Source, int Start, int Length)
    {
        internal ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);
        internal ReadOnlyMemory<char> Memory => Source.AsMemory(Start, Length);
        internal static Line Of(string s) => new(s, 0, s.Length);
    }

    /// <summary>
    /// The file's lines (<c>resultLines</c>, <c>originalContent.split(/\r?\n/)</c>) as slices of the content, so
    /// that splitting and joining a large file copies each character once; with their normalised forms, computed
    /// on demand and kept in step with the edits.
    /// </summary>
    internal sealed class LineStore : IDisposable
    {
        private Line[] items;
        private int count;
        private ReadOnlyMemory<char>?[]? normalized; // allocated by the first fuzzy search

        internal LineStore(string content)
        {
            items = ArrayPool<Line>.Shared.Rent(content.AsSpan().Count('\n') + 1);
            int pos = 0;
            while (true)
            {
                int nl = content.IndexOf('\n', pos);
                if (nl < 0)
                {
                    items[count++] = new Line(content, pos, content.Length - pos);
                    break;
                }
                int end = nl > pos && content[nl - 1] == '\r' ? nl - 1 : nl;
                items[count++] = new Line(content, pos, end - pos);
                pos = nl + 1;
            }
        }

        internal int Count => count;
        internal Line this[int index] => items[index];

        /// <summary>Returns the pooled line array.</summary>
        public void Dispose()
        {
            var rented = items;
            items = [];
            count = 0;
            normalized = null;
            if (rented.Length > 0)
            {
                Array.Clear(rented); // drop the references to the file's text
                ArrayPool<Line>.Shared.Return(rented);
            }
        }

        private void Replace(Line[] next)
        {
            var old = items;
            items = next;
            if (old.Length > 0)
            {
                Array.Clear(old);
                ArrayPool<Line>.Shared.Return(old);
            }
        }

        /// <summary><c>lines.slice(start, end).join("\n")</c> with JavaScript slice semantics.</summary>
        internal string SliceJoin(double start, double end)
        {
            var (s, e) = JsSlice(count, start, end);
            return RawJoin(s, e);
        }

        internal string RawJoin(int start, int end) => Join(start, end, "\n");

        /// <summary><c>resultLines.join(separator)</c>.</summary>
        internal string Join(string separator) => Join(0, count, separator);

        private string Join(int start, int end, string separator)
        {
            if (end <= start) return "";
            if (end - start == 1)
            {
                var only = items[start];
                return only.Start == 0 && only.Length == only.Source.Length ? only.Source : only.Span.ToString();
            }
            long length = (long)(end - start - 1) * separator.Length;
            for (int i = start; i < end; i++) length += items[i].Length;
            return string.Create(checked((int)length), (items: (Line[])items, start, end, separator), static (dest, st) =>
            {
                int pos = 0;
                for (int i = st.start; i < st.end; i++)
                {
                    if (i > st.start)
                    {
                        st.separator.CopyTo(dest[pos..]);
                        pos += st.separator.Length;
                    }
                    var line = st.items[i];
                    line.Span.CopyTo(dest[pos..]);
                    pos += line.Length;
                }
            });
        }

        /// <summary>
        /// <c>[...slice(0, matchIndex), ...replacement, ...slice(matchIndex + searchLength)]</c>, in place when
        /// the three parts are contiguous (any matchIndex from 0 up), rebuilt otherwise (negative indices).
        /// </summary>
        internal void Splice(double matchIndex, int searchLength, int matchedStart, int matchedEnd, List<string> replacement)
        {
            var (beforeStart, beforeEnd) = JsSlice(count, 0, matchIndex);
            var (afterStart, afterEnd) = JsSlice(count, matchIndex + searchLength, double.PositiveInfinity);
            if (beforeStart == 0 && beforeEnd == matchedStart && matchedEnd == afterStart && afterEnd == count)
            {
                // One move of the tail, then the replacement lines written over the gap.
                int removed = matchedEnd - matchedStart, added = replacement.Count, tail = count - matchedEnd;
                int newCount = count - removed + added;
                if (newCount > items.Length)
                {
                    var grown = ArrayPool<Line>.Shared.Rent(Math.Max(newCount, items.Length * 2));
                    Array.Copy(items, grown, count);
                    Replace(grown);
                    if (normalized != null) Array.Resize(ref normalized, items.Length);
                }
                if (removed != added)
                {
                    Array.Copy(items, matchedEnd, items, matchedStart + added, tail);
                    if (normalized != null) Array.Copy(normalized, matchedEnd, normalized, matchedStart + added, tail);
                }
                for (int i = 0; i < added; i++) items[matchedStart + i] = Line.Of(replacement[i]);
                if (normalized != null) Array.Clear(normalized, matchedStart, added);
                count = newCount;
                return;
            }
            var rebuilt = ArrayPool<Line>.Shared.Rent(Math.Max(1, Math.Max(0, beforeEnd - beforeStart) + replacement.Count + Math.Max(0, afterEnd - afterStart)));
            int n = 0;
            for (int i = beforeStart; i < beforeEnd; i++) rebuilt[n++] = items[i];
            foreach (var line in replacement) rebuilt[n++] = Line.Of(line);
            for (int i = afterStart; i < afterEnd; i++) rebuilt[n++] = items[i];
            Replace(rebuilt);
            count = n;
            normalized = null;
        }

        /// <summary>Normalises lines [from, to) and returns prefix sums over them.</summary>
        internal NormalizedSpan PrepareNormalized(int from, int to)
        {
            int n = to - from;
            var lengths = new int[n + 1];
            var counts = new int[n + 1];
            var norms = new ReadOnlyMemory<char>[n];
            normalized ??= new ReadOnlyMemory<char>?[items.Length];
            for (int i = 0; i < n; i++)
            {
                var norm = normalized[from + i] ??= TextNormalization.NormalizeDefault(items[from + i].Memory);
                norms[i] = norm;
                lengths[i + 1] = lengths[i] + norm.Length;
                counts[i + 1] = counts[i] + (norm.Length > 0 ? 1 : 0);
            }
            return new NormalizedSpan(from, norms, lengths, counts);
        }
    }

    /// <summary>Normalised lines of a range, with prefix sums of their lengths and of the non-empty ones.</summary>
    internal sealed class NormalizedSpan(int from, ReadOnlyMemory<char>[] norms, int[] lengths, int[] counts)
    {
        /// <summary>Length of normalizeString(lines[start..end).join("\n")).</summary>
        internal int WindowLength(int start, int end)
        {
            int s = start - from, e = end - from;
            int nonEmpty = counts[e] - counts[s];
            return nonEmpty == 0 ? 0 : lengths[e] - lengths[s] + nonEmpty - 1;
        }

        internal bool EqualsWindow(int start, int end, string target)
        {
            if (WindowLength(start, end) != target.Length) return false;
            int pos = 0;
            bool first = true;
            for (int i = start - from; i < end - from; i++)
            {
                var norm = norms[i].Span;
                if (norm.Length == 0) continue;
                if (!first)
                {
                    if (target[pos] != ' ') return false;
                    pos++;
                }
                first = false;
                if (!target.AsSpan(pos, norm.Length).SequenceEqual(norm)) return false;
                pos += norm.Length;
            }
            return true;
        }

        /// <summary>
        /// Bag distances between <paramref name="target"/> and the normalised windows [i, min(i + length, lineCount))
        /// for i = first .. first + count - 1: max(characters in excess on either side), by a sliding histogram.
        /// </summary>
        internal int[] BagDistances(int first, int count, int length, int lineCount, string target)
        {
            var result = new int[count];
            var diff = t_bagDiff ??= new int[0x10000]; // window count - target count, per UTF-16 unit (all 0 between calls)
            foreach (char ch in target) diff[ch]--;
            int excess = 0, windowLength = 0, nonEmpty = 0, spaces = 0;
            int lineFrom = first, lineTo = first; // lines in the window: [lineFrom, lineTo)

            void AddChar(char ch) { if (diff[ch]++ >= 0) excess++; windowLength++; }
            void RemoveChar(char ch) { if (--diff[ch] >= 0) excess--; windowLength--; }
            void AddLine(ReadOnlyMemory<char> norm) { if (norm.Length == 0) return; foreach (char ch in norm.Span) AddChar(ch); nonEmpty++; }
            void RemoveLine(ReadOnlyMemory<char> norm) { if (norm.Length == 0) return; foreach (char ch in norm.Span) RemoveChar(ch); nonEmpty--; }

            for (int i = 0; i < count; i++)
            {
                int windowStart = first + i, windowEnd = Math.Min(windowStart + length, lineCount);
                while (lineFrom < windowStart) RemoveLine(norms[lineFrom++ - from]);
                while (lineTo < windowEnd) AddLine(norms[lineTo++ - from]);
                int wantSpaces = Math.Max(0, nonEmpty - 1);
                while (spaces < wantSpaces) { AddChar(' '); spaces++; }
                while (spaces > wantSpaces) { RemoveChar(' '); spaces--; }
                // excess: units of the window not in the target; the target's excess follows from the lengths.
                result[i] = Math.Max(excess, excess - windowLength + target.Length);
            }

            // Leave the table zeroed for the next call.
            foreach (char ch in target) diff[ch] = 0;
            for (int line = lineFrom; line < lineTo; line++) foreach (char ch in norms[line - from].Span) diff[ch] = 0;
            diff[' '] = 0;
            return result;
        }

        [ThreadStatic] private static int[]? t_bagDiff;

        internal int WriteWindow(int start, int end, char[] buffer)
        {
            int pos = 0;
            bool first = true;
            for (int i = start - from; i < end - from; i++)
            {
                var norm = norms[i].Span;
                if (norm.Length == 0) continue;
                if (!first) buffer[pos++] = ' ';
                first = false;
                norm.CopyTo(buffer.AsSpan(pos));
                pos += norm.Length;
            }
            return pos;
        }
    }

    /// <summary>The [start, end) that <c>Array.prototype.slice(start, end)</c> takes from an array of <paramref name="length"/>.</summary>
    internal static (int Start, int End) JsSlice(int length, double start, double end)
    {
        int s = RelativeIndex(length, start);
        int e = RelativeIndex(length, end);
        return (s, Math.Max(s, e));
    }

    private static int RelativeIndex(int length, double value)
    {
        // ToIntegerOrInfinity, then clamp (negative counts from the end).
        double relative = double.IsNaN(value) ? 0 : Math.Truncate(value);
        if (relative < 0) return (int)Math.Max(length + relative, 0);
        return (int)Math.Min(relative, length);
    }

    /// <summary><c>str.split(/\r?\n/)</c>.</summary>
    internal static List<string> SplitLines(string content)
    {
        var ranges = ExtractText.SplitLineRanges(content);
        var result = new List<string>(ranges.Count);
        foreach (var (start, length) in ranges) result.Add(content.Substring(start, length));
        return result;
    }

    // line.match(/^[\t ]*/)[0]
    private static string LeadingIndent(ReadOnlySpan<char> line) => line[..LeadingIndentLength(line)].ToString();

    private static int LeadingIndentLength(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && line[i] is '\t' or ' ') i++;
        return i;
    }

    private static bool Truthy(double n) => n != 0 && !double.IsNaN(n);

    private static string Num(double n) => JsJson.NumberToString(n);

    // Number("123…") of an ASCII digit string (Infinity past the double range).
    private static double ParseNumber(string digits) => double.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary><c>parseInt(s)</c> (radix from the string: a 0x prefix is hexadecimal).</summary>
    internal static double ParseInt(string s)
    {
        int i = 0;
        while (i < s.Length && JsString.IsWhiteSpace(s[i])) i++;
        int sign = 1;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            if (s[i] == '-') sign = -1;
            i++;
        }
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        {
            i += 2;
            int hexStart = i;
            double value = 0;
            while (i < s.Length && char.IsAsciiHexDigit(s[i]))
            {
                value = value * 16 + Convert.ToInt32(s[i].ToString(), 16);
                i++;
            }
            return i == hexStart ? double.NaN : sign * value;
        }
        int digitStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == digitStart) return double.NaN;
        return sign * ParseNumber(s[digitStart..i]);
    }

    private sealed class StartLineComparer : IComparer<double>
    {
        internal static readonly StartLineComparer Instance = new();

        public int Compare(double a, double b)
        {
            double d = a - b;
            return double.IsNaN(d) || d == 0 ? 0 : d < 0 ? -1 : 1;
        }
    }
}
