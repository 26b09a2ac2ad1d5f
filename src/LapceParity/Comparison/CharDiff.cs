using System.Text;
using DiffPlex;

namespace LapceParity.Comparison;

/// <summary>What a diff segment is: text on both sides, only in actual, only in expected, or a collapsed equal run.</summary>
public enum DiffKind { Equal, Inserted, Deleted, Elided }

/// <summary>One run of a character diff. For <see cref="DiffKind.Elided"/>, <see cref="Text"/> is the equal text left
/// out for display and <see cref="ElidedCount"/> its length.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text, int ElidedCount = 0);

/// <summary>Character-level diffs (DiffPlex) of an expected and an actual string, and their first differing position.</summary>
public static class CharDiff
{
    /// <summary>Above this many differing characters on a side (after the common prefix and suffix are removed),
    /// the middle is shown as one deletion and one insertion instead of being diffed character by character.</summary>
    public const int MaxDiffedLength = 20_000;

    /// <summary>Default number of equal characters kept either side of a change by <see cref="Collapse"/>.</summary>
    public const int DefaultContext = 40;

    /// <summary>The character diff of <paramref name="expected"/> → <paramref name="actual"/>: Equal, Deleted (only in
    /// expected) and Inserted (only in actual) segments, in order, adjacent segments of one kind merged.
    /// Equal and Deleted segments concatenated give expected; Equal and Inserted give actual.
    /// Surrogate pairs are never split.</summary>
    public static IReadOnlyList<DiffSegment> Compute(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var result = new List<DiffSegment>();
        if (expected == actual)
        {
            if (expected.Length > 0) result.Add(new DiffSegment(DiffKind.Equal, expected));
            return result;
        }

        // Common prefix and suffix first: cheap, and keeps DiffPlex's work to the changed middle.
        int prefix = 0, max = Math.Min(expected.Length, actual.Length);
        while (prefix < max && expected[prefix] == actual[prefix]) prefix++;
        if (prefix > 0 && char.IsHighSurrogate(expected[prefix - 1])) prefix--;
        int suffix = 0;
        while (suffix < max - prefix && expected[expected.Length - 1 - suffix] == actual[actual.Length - 1 - suffix]) suffix++;
        if (suffix > 0 && char.IsLowSurrogate(expected[expected.Length - suffix])) suffix--;

        Add(result, DiffKind.Equal, expected[..prefix]);
        string a = expected.Substring(prefix, expected.Length - prefix - suffix);
        string b = actual.Substring(prefix, actual.Length - prefix - suffix);
        if (a.Length == 0 || b.Length == 0 || a.Length > MaxDiffedLength || b.Length > MaxDiffedLength)
        {
            Add(result, DiffKind.Deleted, a);
            Add(result, DiffKind.Inserted, b);
        }
        else
        {
            DiffMiddle(result, a, b);
        }
        Add(result, DiffKind.Equal, expected[(expected.Length - suffix)..]);
        return result;
    }

    private static void DiffMiddle(List<DiffSegment> result, string a, string b)
    {
        var diff = new Differ().CreateCustomDiffs(a, b, false, false, CodePoints);
        string[] oldPieces = diff.PiecesOld, newPieces = diff.PiecesNew;
        int posA = 0;
        foreach (var block in diff.DiffBlocks)
        {
            if (block.DeleteStartA > posA) Add(result, DiffKind.Equal, Join(oldPieces, posA, block.DeleteStartA - posA));
            Add(result, DiffKind.Deleted, Join(oldPieces, block.DeleteStartA, block.DeleteCountA));
            Add(result, DiffKind.Inserted, Join(newPieces, block.InsertStartB, block.InsertCountB));
            posA = block.DeleteStartA + block.DeleteCountA;
        }
        if (posA < oldPieces.Length) Add(result, DiffKind.Equal, Join(oldPieces, posA, oldPieces.Length - posA));
    }

    /// <summary>Chunker: one piece per code point (a surrogate pair stays whole; a lone surrogate is its own piece).</summary>
    private static string[] CodePoints(string s)
    {
        var pieces = new List<string>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                pieces.Add(s.Substring(i, 2));
                i++;
            }
            else pieces.Add(s[i].ToString());
        }
        return pieces.ToArray();
    }

    private static string Join(string[] pieces, int start, int count)
    {
        if (count <= 0) return "";
        var sb = new StringBuilder();
        for (int i = start; i < start + count; i++) sb.Append(pieces[i]);
        return sb.ToString();
    }

    private static void Add(List<DiffSegment> result, DiffKind kind, string text)
    {
        if (text.Length == 0) return;
        if (result.Count > 0 && result[^1].Kind == kind)
            result[^1] = result[^1] with { Text = result[^1].Text + text };
        else
            result.Add(new DiffSegment(kind, text));
    }

    /// <summary>The first position where the strings differ: the 0-based UTF-16 index (when one string is a prefix of
    /// the other, the length of the shorter), and the 1-based line and column of that index in
    /// <paramref name="expected"/> (lines end at LF; a CR before it belongs to the line). Equal strings: (-1, 0, 0).</summary>
    public static (int Index, int Line, int Column) FirstDifference(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected == actual) return (-1, 0, 0);
        int i = 0, max = Math.Min(expected.Length, actual.Length);
        while (i < max && expected[i] == actual[i]) i++;
        var (line, column) = LineColumn(expected, i);
        return (i, line, column);
    }

    /// <summary>1-based line and column of <paramref name="index"/> (0..text.Length) in <paramref name="text"/>.</summary>
    public static (int Line, int Column) LineColumn(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        int line = 1, lineStart = 0;
        for (int k = 0; k < index; k++)
        {
            if (text[k] == '\n') { line++; lineStart = k + 1; }
        }
        return (line, index - lineStart + 1);
    }

    /// <summary>For display: equal runs longer than needed are cut to <paramref name="context"/> characters either side
    /// of a change (snapped to a line boundary when one is near), the cut part replaced by one <see cref="DiffKind.Elided"/>
    /// segment. Changed text is kept whole.</summary>
    public static IReadOnlyList<DiffSegment> Collapse(IReadOnlyList<DiffSegment> segments, int context = DefaultContext)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        var result = new List<DiffSegment>(segments.Count + 4);
        for (int i = 0; i < segments.Count; i++)
        {
            var seg = segments[i];
            if (seg.Kind != DiffKind.Equal) { result.Add(seg); continue; }
            bool changeBefore = i > 0, changeAfter = i < segments.Count - 1;
            string t = seg.Text;
            int keepHead = changeBefore ? context : 0;   // equal text right after a change
            int keepTail = changeAfter ? context : 0;    // equal text right before a change
            // Only elide when it saves something worth a marker.
            if (!changeBefore && !changeAfter || t.Length <= keepHead + keepTail + 8)
            {
                result.Add(seg);
                continue;
            }
            int headEnd = SafeCut(t, SnapHead(t, keepHead));
            int tailStart = SafeCut(t, SnapTail(t, t.Length - keepTail));
            if (headEnd > 0) result.Add(new DiffSegment(DiffKind.Equal, t[..headEnd]));
            result.Add(new DiffSegment(DiffKind.Elided, t[headEnd..tailStart], tailStart - headEnd));
            if (tailStart < t.Length) result.Add(new DiffSegment(DiffKind.Equal, t[tailStart..]));
        }
        return result;
    }

    /// <summary>Context after a change ends at a line end (LF included) when one is in its second half.</summary>
    private static int SnapHead(string t, int headEnd)
    {
        if (headEnd <= 1) return headEnd;
        int lf = t.LastIndexOf('\n', headEnd - 1, headEnd - headEnd / 2);
        return lf >= 0 ? lf + 1 : headEnd;
    }

    /// <summary>Context before a change starts at a line start when a line end is in its first half.</summary>
    private static int SnapTail(string t, int tailStart)
    {
        int window = (t.Length - tailStart) / 2;
        if (window <= 0) return tailStart;
        int lf = t.IndexOf('\n', tailStart, window);
        return lf >= 0 ? lf + 1 : tailStart;
    }

    /// <summary>Moves a cut point off the middle of a surrogate pair.</summary>
    private static int SafeCut(string t, int at)
    {
        if (at > 0 && at < t.Length && char.IsLowSurrogate(t[at]) && char.IsHighSurrogate(t[at - 1])) return at - 1;
        return at;
    }
}
