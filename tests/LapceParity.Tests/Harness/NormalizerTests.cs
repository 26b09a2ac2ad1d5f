using System.Text.Json.Nodes;
using LapceParity.Comparison;

namespace LapceParity.Tests.Harness;

public sealed class NormalizerTests
{
    private static string Normalize(string text, string workspace = "/tmp/lapce-ts-Ab12/workspace") =>
        Normalizer.Normalize(new JsonObject { ["workspacePath"] = workspace, ["x"] = text })["x"]!.GetValue<string>();

    [Theory]
    [InlineData("Error reading /tmp/lapce-ts-Ab12/workspace/src/a.ts", "Error reading {workspace}/src/a.ts")]
    [InlineData("see file:///tmp/lapce-ts-Ab12/workspace/a.ts", "see file://{workspace}/a.ts")]
    [InlineData("{\"name\":\"Error\",\"message\":\"boom\",\"stack\":\"Error: boom\\n    at f (x.js:1:2)\"}", "{\"name\":\"Error\",\"message\":\"boom\",\"stack\":\"{stack}\"}")]
    [InlineData("execution 3f2504e0-4f89-11d3-9a0c-0305e82c3301 done", "execution {uuid} done")]
    [InlineData("started pid 4242", "started pid {pid}")]
    [InlineData("<path>/tmp/lapce-ts-Ab12/outside.txt</path>", "<path>{workspace}/../outside.txt</path>")]
    public void Volatile_values_are_replaced(string input, string expected) => Assert.Equal(expected, Normalize(input));

    [Theory]
    [InlineData("line one\r\nline two\n")]
    [InlineData("\uFEFFbom and\u00A0nbsp\t tab  ")]
    [InlineData("workspace is a word; /tmp/other/workspace is another folder")]
    [InlineData("1234 and 5678")]
    public void Nothing_else_is_touched(string input) => Assert.Equal(input, Normalize(input));

    [Fact]
    public void Windows_paths_and_their_JSON_escaped_form_are_replaced()
    {
        Assert.Equal("{workspace}\\a.ts", Normalize(@"C:\t\workspace\a.ts", @"C:\t\workspace"));
        Assert.Equal("{\"path\":\"{workspace}\\\\a.ts\"}", Normalize("{\"path\":\"C:\\\\t\\\\workspace\\\\a.ts\"}", @"C:\t\workspace"));
    }

    [Fact]
    public void The_workspace_path_field_itself_is_removed() =>
        Assert.Null(Normalizer.Normalize(new JsonObject { ["workspacePath"] = "/w", ["x"] = "y" })["workspacePath"]);

    [Fact]
    public void A_lone_surrogate_is_made_visible_and_a_pair_is_kept() =>
        Assert.Equal("a⟨lone U+D83D⟩b😀", Normalize("a\uD83Db😀"));

    [Fact]
    public void Lone_surrogates_survive_the_wire()
    {
        var spec = new Model.CaseSpec { Message = "x😀", Chunks = ["x\uD83D", "\uDE00"] };
        var back = Model.CaseSpec.FromJson(spec.ToJson());
        Assert.Equal(spec.Chunks, back.Chunks);
        Assert.Contains("\\ud83d", spec.ToJson());
    }
}
