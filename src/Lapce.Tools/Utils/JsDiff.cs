// The parts of the npm package `diff` 5.2.0 (jsdiff, the version in Codex's pnpm-lock.yaml) that
// formatResponse.createPrettyPatch uses: diffLines (lib/diff/line.js over the Myers implementation of
// lib/diff/base.js) and createPatch (lib/patch/create.js: structuredPatch + formatPatch). Transcribed with
// the same control flow; only the synchronous, option-less paths Codex takes (context 4, no callback, no
// maxEditLength/timeout, no ignoreCase/ignoreWhitespace/newlineIsToken/stripTrailingCr) are kept.
using System.Text;
using System.Text.RegularExpressions;

namespace Lapce.Tools.Utils;

public static class JsDiff
{
    public sealed class Change
    {
        public int Count { get; set; }
        public bool Added { get; init; }
        public bool Removed { get; init; }
        public string Value { get; set; } = "";
        internal Change? PreviousComponent { get; set; }
        internal List<string>? Lines { get; set; }
    }

    private sealed class PathState
    {
        public int OldPos;
        public Change? LastComponent;
    }


    // lineDiff.tokenize
    private static List<string> TokenizeLines(string value)
    {
        // jsdiff splits on /(\n|\r\n)/ and glues each separator back onto its line; both separators end with "\n",
        // so a token is everything up to and including each "\n", and the rest (if any). One pass, no regex: this
        // runs on whole files.
        var retLines = new List<string>();
        int start = 0;
        while (start < value.Length)
        {
            int nl = value.IndexOf('\n', start);
            if (nl < 0)
            {
                retLines.Add(value[start..]);
                break;
            }
            retLines.Add(value[start..(nl + 1)]);
            start = nl + 1;
        }
        return retLines;
    }

    /// <summary><c>diffLines(oldStr, newStr)</c>.</summary>
    public static List<Change> DiffLines(string oldStr, string newStr)
    {
        var oldString = TokenizeLines(oldStr).Where(t => t.Length > 0).ToList(); // removeEmpty
        var newString = TokenizeLines(newStr).Where(t => t.Length > 0).ToList();

        int newLen = newString.Count, oldLen = oldString.Count;
        var editLength = 1;
        var maxEditLength = newLen + oldLen;

        // jsdiff keeps bestPath in an object keyed by diagonal; an array over every diagonal this diff can reach is the
        // same map (absent and null read alike) without hashing, and lines compared as interned ids are the same test
        // as comparing the strings. Both matter: this loop runs O(N·D) times on whole files.
        var offset = maxEditLength + 1;
        var bestPath = new PathState?[2 * maxEditLength + 3];
        bestPath[offset] = new PathState { OldPos = -1 };
        var (newIds, oldIds) = Intern(newString, oldString);

        // Seed editLength = 0, i.e. the content starts with the same values
        var newPos = ExtractCommon(bestPath[offset]!, newIds, oldIds, 0);
        if (bestPath[offset]!.OldPos + 1 >= oldLen && newPos + 1 >= newLen)
        {
            // Identity per the equality and tokenizer
            return [new Change { Value = string.Concat(newString), Count = newString.Count }];
        }

        long minDiagonalToConsider = long.MinValue, maxDiagonalToConsider = long.MaxValue;

        while (editLength <= maxEditLength)
        {
            for (var diagonalPath = (int)Math.Max(minDiagonalToConsider, -editLength);
                 diagonalPath <= Math.Min(maxDiagonalToConsider, editLength);
                 diagonalPath += 2)
            {
                PathState basePath;
                var removePath = bestPath[offset + diagonalPath - 1];
                var addPath = bestPath[offset + diagonalPath + 1];
                if (removePath is not null)
                {
                    // No one else is going to attempt to use this value, clear it
                    bestPath[offset + diagonalPath - 1] = null;
                }

                var canAdd = false;
                if (addPath is not null)
                {
                    // what newPos will be after we do an insertion:
                    var addPathNewPos = addPath.OldPos - diagonalPath;
                    canAdd = 0 <= addPathNewPos && addPathNewPos < newLen;
                }

                var canRemove = removePath is not null && removePath.OldPos + 1 < oldLen;
                if (!canAdd && !canRemove)
                {
                    // If this path is a terminal then prune
                    bestPath[offset + diagonalPath] = null;
                    continue;
                }

                if (!canRemove || (canAdd && removePath!.OldPos + 1 < addPath!.OldPos))
                {
                    basePath = AddToPath(addPath!, added: true, removed: false, oldPosInc: 0);
                }
                else
                {
                    basePath = AddToPath(removePath!, added: false, removed: true, oldPosInc: 1);
                }

                newPos = ExtractCommon(basePath, newIds, oldIds, diagonalPath);

                if (basePath.OldPos + 1 >= oldLen && newPos + 1 >= newLen)
                {
                    // If we have hit the end of both strings, then we are done
                    return BuildValues(basePath.LastComponent, newString, oldString);
                }
                bestPath[offset + diagonalPath] = basePath;
                if (basePath.OldPos + 1 >= oldLen) maxDiagonalToConsider = Math.Min(maxDiagonalToConsider, diagonalPath - 1);
                if (newPos + 1 >= newLen) minDiagonalToConsider = Math.Max(minDiagonalToConsider, diagonalPath + 1);
            }
            editLength++;
        }
        throw new InvalidOperationException("unreachable: diff without an edit limit always completes");
    }

    private static PathState AddToPath(PathState path, bool added, bool removed, int oldPosInc)
    {
        var last = path.LastComponent;
        if (last is not null && last.Added == added && last.Removed == removed)
        {
            return new PathState
            {
                OldPos = path.OldPos + oldPosInc,
                LastComponent = new Change { Count = last.Count + 1, Added = added, Removed = removed, PreviousComponent = last.PreviousComponent },
            };
        }
        return new PathState
        {
            OldPos = path.OldPos + oldPosInc,
            LastComponent = new Change { Count = 1, Added = added, Removed = removed, PreviousComponent = last },
        };
    }

    /// <summary>Each distinct line as a small integer, shared by both sides (equal ids ⇔ equal strings).</summary>
    private static (int[] New, int[] Old) Intern(List<string> newString, List<string> oldString)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string line)
        {
            if (!ids.TryGetValue(line, out var id)) ids[line] = id = ids.Count;
            return id;
        }
        return (newString.Select(Id).ToArray(), oldString.Select(Id).ToArray());
    }

    private static int ExtractCommon(PathState basePath, int[] newString, int[] oldString, int diagonalPath)
    {
        int newLen = newString.Length, oldLen = oldString.Length;
        var oldPos = basePath.OldPos;
        var newPos = oldPos - diagonalPath;
        var commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && newString[newPos + 1] == oldString[oldPos + 1])
        {
            newPos++;
            oldPos++;
            commonCount++;
        }
        if (commonCount > 0)
        {
            basePath.LastComponent = new Change { Count = commonCount, PreviousComponent = basePath.LastComponent };
        }
        basePath.OldPos = oldPos;
        return newPos;
    }

    private static List<Change> BuildValues(Change? lastComponent, List<string> newString, List<string> oldString)
    {
        var components = new List<Change>();
        while (lastComponent is not null)
        {
            components.Add(lastComponent);
            var nextComponent = lastComponent.PreviousComponent;
            lastComponent.PreviousComponent = null;
            lastComponent = nextComponent;
        }
        components.Reverse();

        int componentLen = components.Count, newPos = 0, oldPos = 0;
        for (var componentPos = 0; componentPos < componentLen; componentPos++)
        {
            var component = components[componentPos];
            if (!component.Removed)
            {
                component.Value = string.Concat(newString.Skip(newPos).Take(component.Count));
                newPos += component.Count;
                // Common case
                if (!component.Added) oldPos += component.Count;
            }
            else
            {
                component.Value = string.Concat(oldString.Skip(oldPos).Take(component.Count));
                oldPos += component.Count;
                // Reverse add and remove so removes are output first to match common convention
                if (componentPos > 0 && components[componentPos - 1].Added)
                {
                    (components[componentPos - 1], components[componentPos]) = (components[componentPos], components[componentPos - 1]);
                }
            }
        }

        // Special case handle for when one terminal is ignored (i.e. whitespace): equals('', value)
        var finalComponent = components[componentLen - 1];
        if (componentLen > 1 && (finalComponent.Added || finalComponent.Removed) && finalComponent.Value.Length == 0)
        {
            components[componentLen - 2].Value += finalComponent.Value;
            components.RemoveAt(components.Count - 1);
        }
        return components;
    }

    public sealed record Hunk(int OldStart, int OldLines, int NewStart, int NewLines, List<string> Lines);

    public sealed record StructuredPatchResult(string OldFileName, string NewFileName, string? OldHeader, string? NewHeader, List<Hunk> Hunks);

    /// <summary><c>structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, { context })</c>.</summary>
    public static StructuredPatchResult StructuredPatch(
        string oldFileName, string newFileName, string oldStr, string newStr, string? oldHeader = null, string? newHeader = null, int context = 4)
    {
        var diff = DiffLines(oldStr, newStr);
        diff.Add(new Change { Value = "", Lines = [] }); // Append an empty value to make cleanup easier

        static List<string> ContextLines(IEnumerable<string> lines) => lines.Select(entry => " " + entry).ToList();

        var hunks = new List<Hunk>();
        int oldRangeStart = 0, newRangeStart = 0, oldLine = 1, newLine = 1;
        var curRange = new List<string>();
        for (var i = 0; i < diff.Count; i++)
        {
            var current = diff[i];
            var lines = current.Lines ?? StripFinalNewline(current.Value).Split('\n').ToList();
            current.Lines = lines;

            if (current.Added || current.Removed)
            {
                // If we have previous context, start with that
                if (oldRangeStart == 0)
                {
                    var prev = i > 0 ? diff[i - 1] : null;
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev is not null)
                    {
                        curRange = context > 0 ? ContextLines(prev.Lines!.Skip(Math.Max(0, prev.Lines!.Count - context))) : [];
                        oldRangeStart -= curRange.Count;
                        newRangeStart -= curRange.Count;
                    }
                }

                // Output our changes
                curRange.AddRange(lines.Select(entry => (current.Added ? "+" : "-") + entry));

                // Track the updated file position
                if (current.Added) newLine += lines.Count;
                else oldLine += lines.Count;
            }
            else
            {
                // Identical context lines. Track line changes
                if (oldRangeStart != 0)
                {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.Count <= context * 2 && i < diff.Count - 2)
                    {
                        // Overlapping
                        curRange.AddRange(ContextLines(lines));
                    }
                    else
                    {
                        // end the range and output
                        var contextSize = Math.Min(lines.Count, context);
                        curRange.AddRange(ContextLines(lines.Take(contextSize)));

                        var hunk = new Hunk(oldRangeStart, oldLine - oldRangeStart + contextSize,
                            newRangeStart, newLine - newRangeStart + contextSize, curRange);
                        if (i >= diff.Count - 2 && lines.Count <= context)
                        {
                            // EOF is inside this hunk
                            var oldEofNewline = oldStr.EndsWith('\n');
                            var newEofNewline = newStr.EndsWith('\n');
                            var noNlBeforeAdds = lines.Count == 0 && curRange.Count > hunk.OldLines;
                            if (!oldEofNewline && noNlBeforeAdds && oldStr.Length > 0)
                            {
                                // special case: old has no eol and no trailing context; no-nl can end up before adds
                                // however, if the old file is empty, do not output the no-nl line
                                curRange.Insert(Math.Min(hunk.OldLines, curRange.Count), "\\ No newline at end of file");
                            }
                            if ((!oldEofNewline && !noNlBeforeAdds) || !newEofNewline)
                            {
                                curRange.Add("\\ No newline at end of file");
                            }
                        }
                        hunks.Add(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.Count;
                newLine += lines.Count;
            }
        }

        return new StructuredPatchResult(oldFileName, newFileName, oldHeader, newHeader, hunks);
    }

    // value.replace(/\n$/, '')
    private static string StripFinalNewline(string value) => value.EndsWith('\n') ? value[..^1] : value;

    /// <summary><c>formatPatch(diff)</c>.</summary>
    public static string FormatPatch(StructuredPatchResult diff)
    {
        var ret = new List<string>();
        if (diff.OldFileName == diff.NewFileName) ret.Add("Index: " + diff.OldFileName);
        ret.Add("===================================================================");
        ret.Add("--- " + diff.OldFileName + (diff.OldHeader is null ? "" : "\t" + diff.OldHeader));
        ret.Add("+++ " + diff.NewFileName + (diff.NewHeader is null ? "" : "\t" + diff.NewHeader));

        foreach (var hunk in diff.Hunks)
        {
            // Unified Diff Format quirk: If the chunk size is 0, the first number is one lower than one would expect.
            var oldStart = hunk.OldLines == 0 ? hunk.OldStart - 1 : hunk.OldStart;
            var newStart = hunk.NewLines == 0 ? hunk.NewStart - 1 : hunk.NewStart;
            ret.Add("@@ -" + oldStart + "," + hunk.OldLines + " +" + newStart + "," + hunk.NewLines + " @@");
            ret.AddRange(hunk.Lines);
        }
        return string.Join("\n", ret) + "\n";
    }

    /// <summary><c>createPatch(fileName, oldStr, newStr, oldHeader, newHeader)</c>.</summary>
    public static string CreatePatch(string fileName, string oldStr, string newStr, string? oldHeader = null, string? newHeader = null) =>
        FormatPatch(StructuredPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader));
}
