// Utils/JsDiff.cs against the npm package `diff` 5.2.0 itself: jsdiff-cases.jsonl holds random text pairs (few distinct
// lines, mixed line breaks, missing final newlines, empty and identical sides, a tenth of them hundreds of lines long)
// with the patch jsdiff's createPatch made of them (tools/ts-host/test/jsdiff-cases.mjs, seeded).
using System.Text.Json.Nodes;
using Lapce.Tools.Prompts;
using Lapce.Tools.Utils;
using LapceParity;

namespace LapceParity.Tests.Port.Diff;

public class JsDiffDifferentialTests
{
    private static readonly Lazy<List<(string Old, string New, string Patch)>> Cases = new(() =>
        File.ReadLines(Path.Combine(RepoRoot.Find(AppContext.BaseDirectory), "tests/LapceParity.Tests/Port/Diff/jsdiff-cases.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!)
            .Select(n => ((string)n["old"]!, (string)n["new"]!, (string)n["patch"]!))
            .ToList());

    public static IEnumerable<object[]> Indices() => Enumerable.Range(0, 400).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Indices))]
    public void CreatePatch_matches_jsdiff(int index)
    {
        var (oldStr, newStr, patch) = Cases.Value[index];
        Assert.Equal(patch, JsDiff.CreatePatch("f.ts", oldStr, newStr));
        // createPrettyPatch: the patch without its four header lines
        Assert.Equal(string.Join("\n", patch.Split('\n').Skip(4)), FormatResponse.CreatePrettyPatch("f.ts", oldStr, newStr));
    }

    [Fact]
    public void DiffLines_values_rebuild_both_sides()
    {
        foreach (var (oldStr, newStr, _) in Cases.Value)
        {
            var parts = JsDiff.DiffLines(oldStr, newStr);
            Assert.Equal(oldStr, string.Concat(parts.Where(p => !p.Added).Select(p => p.Value)));
            Assert.Equal(newStr, string.Concat(parts.Where(p => !p.Removed).Select(p => p.Value)));
        }
    }
}
