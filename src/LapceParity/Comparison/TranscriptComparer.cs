using System.Text.Json.Nodes;
using LapceParity.Model;

namespace LapceParity.Comparison;

/// <summary>Compares two (normalized) transcripts field by field, character by character.</summary>
public static class TranscriptComparer
{
    public static IReadOnlyList<FieldMismatch> Compare(JsonObject expected, JsonObject actual, string expectedLabel)
    {
        var e = TranscriptFlattener.Flatten(expected);
        var a = TranscriptFlattener.Flatten(actual);
        var mismatches = new List<FieldMismatch>();
        // Expected order first, then fields only the actual side has.
        foreach (var (path, ev) in e)
        {
            if (!a.TryGetValue(path, out var av))
                mismatches.Add(Mismatch(path, ev.Text, null, expectedLabel));
            else if (ev.Kind != av.Kind || !string.Equals(ev.Text, av.Text, StringComparison.Ordinal))
                mismatches.Add(Mismatch(path, Show(ev), Show(av), expectedLabel));
        }
        foreach (var (path, av) in a)
            if (!e.ContainsKey(path)) mismatches.Add(Mismatch(path, null, av.Text, expectedLabel));
        return mismatches;
    }

    // A kind change with equal text (the string "true" against true) must still be visible.
    private static string Show(FlatValue v) => v.Kind == System.Text.Json.JsonValueKind.String ? v.Text : v.Text;

    public static FieldMismatch Mismatch(string field, string? expected, string? actual, string label, string? step = null)
    {
        if (expected is null || actual is null)
        {
            return new FieldMismatch(field, expected, actual, -1, 0, 0, label, step);
        }
        var (index, line, column) = CharDiff.FirstDifference(expected, actual);
        return new FieldMismatch(field, expected, actual, index, line, column, label, step);
    }
}
