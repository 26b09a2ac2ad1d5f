// The parts of the npm package `diff` 5.2.0 (jsdiff, the version in Codex's pnpm-lock.yaml) that
// formatResponse.createPrettyPatch uses: diffLines (lib/diff/line.js over the Myers implementation of
// lib/diff/base.js) and createPatch (lib/patch/create.js: structuredPatch + formatPatch). Transcribed with
// the same control flow; only the synchronous, option-less paths Codex takes (context 4, no callback, no
// maxEditLength/timeout, no ignoreCase/ignoreWhitespace/newlineIsToken/stripTrailingCr) are kept.
//
// Same decisions, cheaper state (these run on whole files, O(N·D) steps): lines are (start, end) ranges of the input
// compared by hash first; jsdiff's bestPath map is two arrays over the diagonals; its immutable component lists
// (one new object per step) are nodes of an arena, reference-counted so a dead path's nodes are reused; component
// values and patch lines are only built for what the result holds.
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Lapce.Tools.Utils;

public static class JsDiff
{
    /// <summary>A part of <c>diffLines</c>' result.</summary>
    public sealed class Change
    {
        public int Count { get; set; }
        public bool Added { get; init; }
        public bool Removed { get; init; }
        public string Value { get; set; } = "";
    }

    /// <summary>
    /// lineDiff.tokenize + removeEmpty: jsdiff splits on /(\n|\r\n)/ and glues each separator back onto its line;
    /// both separators end with "\n", so a token is everything up to and including each "\n", and the rest (if
    /// any); no token is empty. Tokens are contiguous: token i is Text[Start[i]..Start[i + 1]].
    /// </summary>
    private sealed class Tokens
    {
        public readonly string Text;
        public readonly int[] Start;
        public readonly int Count;
        /// <summary>A hash of each token: tokens with different hashes differ (equal ones are then compared: ===).</summary>
        public readonly int[] Hashes;

        public Tokens(string text)
        {
            Text = text;
            var span = text.AsSpan();
            Count = span.Count('\n') + (text.Length > 0 && text[^1] != '\n' ? 1 : 0);
            Start = new int[Count + 1];
            // Start[i + 1] is just past the i-th "\n" (one vectorised scan: whole files have many short lines).
            NewlineEnds(span, Start.AsSpan(1));
            Start[Count] = text.Length; // (the rest after the last "\n", if any)
            Hashes = new int[Count];
            for (var i = 0; i < Count; i++) Hashes[i] = Hash(span[Start[i]..Start[i + 1]]);
        }

        public ReadOnlySpan<char> this[int i] => Text.AsSpan(Start[i], Start[i + 1] - Start[i]);

        /// <summary>join(tokens.slice(from, from + count)).</summary>
        public string Join(int from, int count) => Text.Substring(Start[from], Start[from + count] - Start[from]);

        /// <summary>The line of token i: the token without its final "\n".</summary>
        public string Line(int i)
        {
            int s = Start[i], e = Start[i + 1];
            if (Text[e - 1] == '\n') e--;
            return Text.Substring(s, e - s);
        }
    }

    private const byte Common = 0, Added = 1, Removed = 2;

    /// <summary>A component of the result: <see cref="Count"/> tokens of one side from <see cref="From"/>.</summary>
    private readonly record struct Component(byte Kind, int Count, bool FromOld, int From);

    /// <summary><c>diffLines(oldStr, newStr)</c>.</summary>
    public static List<Change> DiffLines(string oldStr, string newStr)
    {
        var (components, oldTokens, newTokens) = Diff(oldStr, newStr);
        return components.Select(c => new Change
        {
            Count = c.Count,
            Added = c.Kind == Added,
            Removed = c.Kind == Removed,
            Value = (c.FromOld ? oldTokens : newTokens).Join(c.From, c.Count),
        }).ToList();
    }

    /// <summary>
    /// The Myers search of base.js's <c>diff</c> (with its pruning of diagonals past the edges) and
    /// <c>buildValues</c>, as components of token ranges.
    /// </summary>
    private static (List<Component> Components, Tokens Old, Tokens New) Diff(string oldStr, string newStr)
    {
        var oldString = new Tokens(oldStr);
        var newString = new Tokens(newStr);
        int newLen = newString.Count, oldLen = oldString.Count;

        var editLength = 1;
        var maxEditLength = newLen + oldLen;

        // bestPath[diagonal] as oldPos (Absent: no path) and lastComponent (a node, or -1 for undefined).
        var offset = maxEditLength + 1;
        var bestOld = new int[2 * maxEditLength + 3];
        var bestComp = new int[bestOld.Length];
        bestOld.AsSpan().Fill(Absent);
        bestComp.AsSpan().Fill(-1);
        var nodes = new Nodes(Math.Min(maxEditLength + 16, 1 << 16));

        // Seed editLength = 0, i.e. the content starts with the same values
        int seedOld = -1, seedComp = -1;
        var newPos = ExtractCommon(ref seedOld, ref seedComp, newString, oldString, 0, nodes);
        if (seedOld + 1 >= oldLen && newPos + 1 >= newLen)
        {
            // Identity per the equality and tokenizer
            return ([new Component(Common, newLen, false, 0)], oldString, newString);
        }
        bestOld[offset] = seedOld;
        bestComp[offset] = seedComp;

        int minDiagonalToConsider = int.MinValue, maxDiagonalToConsider = int.MaxValue;

        while (editLength <= maxEditLength)
        {
            for (var diagonalPath = Math.Max(minDiagonalToConsider, -editLength);
                 diagonalPath <= Math.Min(maxDiagonalToConsider, editLength);
                 diagonalPath += 2)
            {
                var at = offset + diagonalPath;
                int removeOld = bestOld[at - 1], removeComp = bestComp[at - 1];
                int addOld = bestOld[at + 1], addComp = bestComp[at + 1];
                var hasRemove = removeOld != Absent;
                if (hasRemove)
                {
                    // No one else is going to attempt to use this value, clear it (its reference is now ours)
                    bestOld[at - 1] = Absent;
                    bestComp[at - 1] = -1;
                }

                var canAdd = false;
                if (addOld != Absent)
                {
                    // what newPos will be after we do an insertion:
                    var addPathNewPos = addOld - diagonalPath;
                    canAdd = 0 <= addPathNewPos && addPathNewPos < newLen;
                }

                var canRemove = hasRemove && removeOld + 1 < oldLen;
                if (!canAdd && !canRemove)
                {
                    // If this path is a terminal then prune
                    nodes.Release(bestComp[at]);
                    bestOld[at] = Absent;
                    bestComp[at] = -1;
                    if (hasRemove) nodes.Release(removeComp);
                    continue;
                }

                int baseOld, baseComp;
                if (!canRemove || (canAdd && removeOld + 1 < addOld))
                {
                    baseOld = addOld;
                    baseComp = nodes.AddToPath(addComp, Added);
                    if (hasRemove) nodes.Release(removeComp);
                }
                else
                {
                    // (the remove path is dropped once extended: its reference goes to the new path)
                    baseOld = removeOld + 1;
                    baseComp = nodes.AddToPathOwned(removeComp, Removed);
                }

                newPos = ExtractCommon(ref baseOld, ref baseComp, newString, oldString, diagonalPath, nodes);

                if (baseOld + 1 >= oldLen && newPos + 1 >= newLen)
                {
                    // If we have hit the end of both strings, then we are done
                    return (BuildValues(nodes, baseComp), oldString, newString);
                }
                nodes.Release(bestComp[at]);
                bestOld[at] = baseOld;
                bestComp[at] = baseComp;
                if (baseOld + 1 >= oldLen) maxDiagonalToConsider = Math.Min(maxDiagonalToConsider, diagonalPath - 1);
                if (newPos + 1 >= newLen) minDiagonalToConsider = Math.Max(minDiagonalToConsider, diagonalPath + 1);
            }
            editLength++;
        }
        throw new InvalidOperationException("unreachable: diff without an edit limit always completes");
    }

    private const int Absent = int.MinValue;

    /// <summary>
    /// jsdiff's component objects <c>{ count, added, removed, previousComponent }</c>, immutable once made and shared
    /// between paths: a reference count per node (held by a bestPath entry, a path in hand, or a later node) lets a
    /// node be reused as soon as no path can reach it.
    /// </summary>
    private sealed class Nodes(int capacity)
    {
        // One struct per node (one cache line touched per node, not one per field).
        private struct Node
        {
            public int Count;
            public int Prev;
            public int Refs;
            public byte Kind;
        }

        private Node[] _nodes = new Node[capacity];
        private int _used;
        private int _free = -1;

        public int Count(int n) => _nodes[n].Count;
        public int Prev(int n) => _nodes[n].Prev;
        public byte Kind(int n) => _nodes[n].Kind;

        /// <summary>A node with one reference (the caller's); it takes over the caller's reference to <paramref name="prev"/>.</summary>
        public int New(byte kind, int count, int prev)
        {
            int n;
            if (_free >= 0)
            {
                n = _free;
                _free = _nodes[n].Prev;
            }
            else
            {
                if (_used == _nodes.Length) Array.Resize(ref _nodes, _nodes.Length * 2);
                n = _used++;
            }
            ref var node = ref _nodes[n];
            node.Kind = kind;
            node.Count = count;
            node.Prev = prev;
            node.Refs = 1;
            return n;
        }

        /// <summary>
        /// addToPath's new lastComponent for a path ending at <paramref name="last"/> (which stays the caller's): the
        /// last component one longer, or a new one of one token after it.
        /// </summary>
        public int AddToPath(int last, byte kind)
        {
            if (last >= 0)
            {
                ref var node = ref _nodes[last];
                if (node.Kind == kind)
                {
                    var prev = node.Prev;
                    if (prev >= 0) _nodes[prev].Refs++;
                    return New(kind, node.Count + 1, prev);
                }
                node.Refs++;
            }
            return New(kind, 1, last);
        }

        /// <summary>
        /// <see cref="AddToPath"/> for a path the caller drops afterwards (its reference to <paramref name="last"/> is
        /// consumed): a last component held by nobody else is lengthened in place instead of copied and freed.
        /// </summary>
        public int AddToPathOwned(int last, byte kind)
        {
            if (last >= 0)
            {
                ref var node = ref _nodes[last];
                if (node.Kind == kind && node.Refs == 1)
                {
                    node.Count++;
                    return last;
                }
            }
            var result = AddToPath(last, kind);
            Release(last);
            return result;
        }

        /// <summary>Drops one reference; a node nobody holds frees its own reference to the one before.</summary>
        public void Release(int n)
        {
            while (n >= 0)
            {
                ref var node = ref _nodes[n];
                if (--node.Refs != 0) return;
                var prev = node.Prev;
                node.Prev = _free;
                _free = n;
                n = prev;
            }
        }
    }

    /// <summary>Writes the index after each "\n" of <paramref name="s"/> into <paramref name="ends"/> (as many as fit); returns how many.</summary>
    private static int NewlineEnds(ReadOnlySpan<char> s, Span<int> ends)
    {
        var k = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            var newline = Vector256.Create((ushort)'\n');
            for (; i + Vector256<ushort>.Count <= s.Length; i += Vector256<ushort>.Count)
            {
                var mask = Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)i), newline).ExtractMostSignificantBits();
                while (mask != 0 && k < ends.Length)
                {
                    ends[k++] = i + BitOperations.TrailingZeroCount(mask) + 1;
                    mask &= mask - 1;
                }
            }
        }
        for (; i < s.Length && k < ends.Length; i++)
        {
            if (s[i] == '\n') ends[k++] = i + 1;
        }
        return k;
    }

    // A fast non-cryptographic hash of a line (collisions only cost a comparison).
    private static int Hash(ReadOnlySpan<char> s)
    {
        var h = (ulong)s.Length * 0x9E3779B97F4A7C15UL;
        var words = MemoryMarshal.Cast<char, ulong>(s);
        foreach (var w in words) h = BitOperations.RotateLeft(h ^ w, 29) * 0xBF58476D1CE4E5B9UL;
        for (var i = words.Length * 4; i < s.Length; i++) h = (h ^ s[i]) * 0x94D049BB133111EBUL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        return (int)h;
    }

    private static int ExtractCommon(ref int oldPos, ref int lastComponent, Tokens newString, Tokens oldString, int diagonalPath, Nodes nodes)
    {
        int newLen = newString.Count, oldLen = oldString.Count;
        var newPos = oldPos - diagonalPath;
        var commonCount = 0;
        int[] newHashes = newString.Hashes, oldHashes = oldString.Hashes;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen
               && newHashes[newPos + 1] == oldHashes[oldPos + 1] && newString[newPos + 1].SequenceEqual(oldString[oldPos + 1]))
        {
            newPos++;
            oldPos++;
            commonCount++;
        }
        if (commonCount > 0)
        {
            lastComponent = nodes.New(Common, commonCount, lastComponent);
        }
        return newPos;
    }

    private static List<Component> BuildValues(Nodes nodes, int lastComponent)
    {
        var chain = new List<(byte Kind, int Count)>();
        for (var n = lastComponent; n >= 0; n = nodes.Prev(n)) chain.Add((nodes.Kind(n), nodes.Count(n)));
        chain.Reverse();

        var components = new List<Component>(chain.Count);
        int newPos = 0, oldPos = 0;
        for (var componentPos = 0; componentPos < chain.Count; componentPos++)
        {
            var (kind, count) = chain[componentPos];
            if (kind != Removed)
            {
                components.Add(new Component(kind, count, false, newPos));
                newPos += count;
                // Common case
                if (kind != Added) oldPos += count;
            }
            else
            {
                components.Add(new Component(kind, count, true, oldPos));
                oldPos += count;
                // Reverse add and remove so removes are output first to match common convention
                if (componentPos > 0 && components[componentPos - 1].Kind == Added)
                {
                    (components[componentPos - 1], components[componentPos]) = (components[componentPos], components[componentPos - 1]);
                }
            }
        }

        // (jsdiff then merges a final added or removed component whose value is "" into the one before: a component
        // holds at least one token and no token is empty, so lines never have one.)
        return components;
    }

    public sealed record Hunk(int OldStart, int OldLines, int NewStart, int NewLines, List<string> Lines);

    public sealed record StructuredPatchResult(string OldFileName, string NewFileName, string? OldHeader, string? NewHeader, List<Hunk> Hunks);

    /// <summary><c>structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, { context })</c>.</summary>
    public static StructuredPatchResult StructuredPatch(
        string oldFileName, string newFileName, string oldStr, string newStr, string? oldHeader = null, string? newHeader = null, int context = 4)
    {
        var (diff, oldTokens, newTokens) = Diff(oldStr, newStr);
        diff.Add(new Component(Common, -1, false, 0)); // Append an empty value to make cleanup easier (lines: [])

        // current.lines: value.replace(/\n$/, '').split('\n'), one line per token (its text without the "\n"); the
        // value "" of an identity of two empty strings is one empty line; the appended value has none. Lines are
        // made only where the patch shows them (a common part of a whole file shows at most 2 × context).
        static int LineCount(Component c) => c.Count < 0 ? 0 : Math.Max(c.Count, 1);
        string Line(Component c, int k) => c.Count == 0 ? "" : (c.FromOld ? oldTokens : newTokens).Line(c.From + k);
        void AddLines(List<string> range, Component c, int from, int to, string prefix)
        {
            for (var k = from; k < to; k++) range.Add(prefix + Line(c, k));
        }

        var hunks = new List<Hunk>();
        int oldRangeStart = 0, newRangeStart = 0, oldLine = 1, newLine = 1;
        var curRange = new List<string>();
        for (var i = 0; i < diff.Count; i++)
        {
            var current = diff[i];
            var lineCount = LineCount(current);

            if (current.Kind != Common)
            {
                // If we have previous context, start with that
                if (oldRangeStart == 0)
                {
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (i > 0)
                    {
                        var prev = diff[i - 1];
                        var prevCount = LineCount(prev);
                        curRange = [];
                        // contextLines(prev.lines.slice(-context)) (context > 0)
                        if (context > 0) AddLines(curRange, prev, Math.Max(0, prevCount - context), prevCount, " ");
                        oldRangeStart -= curRange.Count;
                        newRangeStart -= curRange.Count;
                    }
                }

                // Output our changes
                AddLines(curRange, current, 0, lineCount, current.Kind == Added ? "+" : "-");

                // Track the updated file position
                if (current.Kind == Added) newLine += lineCount;
                else oldLine += lineCount;
            }
            else
            {
                // Identical context lines. Track line changes
                if (oldRangeStart != 0)
                {
                    // Close out any changes that have been output (or join overlapping)
                    if (lineCount <= context * 2 && i < diff.Count - 2)
                    {
                        // Overlapping
                        AddLines(curRange, current, 0, lineCount, " ");
                    }
                    else
                    {
                        // end the range and output
                        var contextSize = Math.Min(lineCount, context);
                        AddLines(curRange, current, 0, contextSize, " ");

                        var hunk = new Hunk(oldRangeStart, oldLine - oldRangeStart + contextSize,
                            newRangeStart, newLine - newRangeStart + contextSize, curRange);
                        if (i >= diff.Count - 2 && lineCount <= context)
                        {
                            // EOF is inside this hunk
                            var oldEofNewline = oldStr.EndsWith('\n');
                            var newEofNewline = newStr.EndsWith('\n');
                            var noNlBeforeAdds = lineCount == 0 && curRange.Count > hunk.OldLines;
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
                oldLine += lineCount;
                newLine += lineCount;
            }
        }

        return new StructuredPatchResult(oldFileName, newFileName, oldHeader, newHeader, hunks);
    }

    /// <summary><c>formatPatch(diff)</c>.</summary>
    public static string FormatPatch(StructuredPatchResult diff)
    {
        var ret = new StringBuilder();
        // ret.join("\n") + "\n": every line followed by "\n"
        if (diff.OldFileName == diff.NewFileName) ret.Append("Index: ").Append(diff.OldFileName).Append('\n');
        ret.Append("===================================================================\n");
        ret.Append("--- ").Append(diff.OldFileName).Append(diff.OldHeader is null ? "" : "\t" + diff.OldHeader).Append('\n');
        ret.Append("+++ ").Append(diff.NewFileName).Append(diff.NewHeader is null ? "" : "\t" + diff.NewHeader).Append('\n');

        foreach (var hunk in diff.Hunks)
        {
            // Unified Diff Format quirk: If the chunk size is 0, the first number is one lower than one would expect.
            var oldStart = hunk.OldLines == 0 ? hunk.OldStart - 1 : hunk.OldStart;
            var newStart = hunk.NewLines == 0 ? hunk.NewStart - 1 : hunk.NewStart;
            ret.Append("@@ -" + oldStart + "," + hunk.OldLines + " +" + newStart + "," + hunk.NewLines + " @@").Append('\n');
            foreach (var line in hunk.Lines) ret.Append(line).Append('\n');
        }
        return ret.ToString();
    }

    /// <summary><c>createPatch(fileName, oldStr, newStr, oldHeader, newHeader)</c>.</summary>
    public static string CreatePatch(string fileName, string oldStr, string newStr, string? oldHeader = null, string? newHeader = null) =>
        FormatPatch(StructuredPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader));
}
