// Port of src/core/diff/insert-groups.ts (Kilo Code 4.88.0).
namespace Lapce.Tools.Diff;

/// <summary>A group of elements to insert before <see cref="Index"/> (-1: append at the end).</summary>
public sealed record InsertGroup(int Index, IReadOnlyList<string> Elements);

public static class InsertGroups
{
    /// <summary>
    /// <c>insertGroups(original, insertGroups)</c>: a new array with every group inserted at its index (groups sorted by
    /// index, stably), the groups with index -1 appended at the end.
    /// </summary>
    public static List<string> Insert(IReadOnlyList<string> original, IEnumerable<InsertGroup> insertGroups)
    {
        var groups = insertGroups.ToList();
        // Handle groups with index -1 separately and sort remaining groups by index
        var appendGroups = groups.Where(group => group.Index == -1).ToList();
        var normalGroups = groups.Where(group => group.Index != -1).OrderBy(group => group.Index).ToList();

        var result = new List<string>();
        var lastIndex = 0;

        foreach (var (index, elements) in normalGroups)
        {
            // Add elements from original array up to insertion point
            result.AddRange(Slice(original, lastIndex, index));
            // Add the group of elements
            result.AddRange(elements);
            lastIndex = index;
        }

        // Add remaining elements from original array
        result.AddRange(Slice(original, lastIndex, original.Count));

        // Append elements from groups with index -1 at the end
        foreach (var group in appendGroups)
        {
            result.AddRange(group.Elements);
        }

        return result;
    }

    // Array.prototype.slice(start, end) with integer arguments (negative ones count from the end).
    private static IEnumerable<string> Slice(IReadOnlyList<string> list, int start, int end)
    {
        var from = start < 0 ? Math.Max(list.Count + start, 0) : Math.Min(start, list.Count);
        var to = end < 0 ? Math.Max(list.Count + end, 0) : Math.Min(end, list.Count);
        for (var i = from; i < to; i++) yield return list[i];
    }
}
