using System.Text;
using LapceParity.Model;
using LapceParity.Targets;

namespace LapceParity.Tests.Port.Editor;

/// <summary>
/// Bad input never loses data: after a denial, every editing tool leaves the file byte for byte as it was — also for
/// bytes Codex itself would rewrite on its revert (mixed line endings, UTF-16, invalid UTF-8; see @divergence in
/// features/edit_safety.feature).
/// </summary>
public sealed class DenialKeepsBytesTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var tool in Tools.Keys)
        foreach (var file in Bytes.Keys)
            data.Add(tool, file);
        return data;
    }

    private static readonly Dictionary<string, string> Tools = new()
    {
        ["write_to_file"] = "<write_to_file><path>f.txt</path><content>\nreplaced\n</content><line_count>1</line_count></write_to_file>",
        ["insert_content"] = "<insert_content><path>f.txt</path><line>1</line><content>inserted</content></insert_content>",
        ["search_and_replace"] = "<search_and_replace><path>f.txt</path><search>o</search><replace>0</replace></search_and_replace>",
        // "two" is a whole line of every file below read as UTF-8, except the UTF-16 one (see the test).
        ["apply_diff"] = "<apply_diff><path>f.txt</path><diff>\n<<<<<<< SEARCH\n:start_line:2\n-------\ntwo\n=======\nTWO\n>>>>>>> REPLACE\n</diff></apply_diff>",
    };

    private static readonly Dictionary<string, byte[]> Bytes = new()
    {
        ["mixed line endings"] = Encoding.UTF8.GetBytes("one\r\ntwo\nthree\rfour\r\n"),
        ["CRLF with a BOM"] = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("one\r\ntwo\r\n")],
        ["UTF-16"] = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("one\ntwo\n")],
        ["invalid UTF-8"] = [(byte)'o', (byte)'n', (byte)'e', 0xC3, 0x28, (byte)'\n', (byte)'t', (byte)'w', (byte)'o', (byte)'\n'],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_denied_edit_leaves_the_file_byte_for_byte(string tool, string file)
    {
        var original = Bytes[file];
        var spec = new CaseSpec
        {
            Message = Tools[tool],
            Files = [new WorkspaceFile("f.txt", Base64: Convert.ToBase64String(original))],
            Answers = [new ScriptedAnswer("noButtonClicked")],
        };
        var response = await new CSharpTarget().RunAsync(spec, CancellationToken.None);
        Assert.Equal(ResponseStatus.Ok, response.Status);
        var denied = response.Transcript!["ui"]!.AsArray().Any(e => e!["kind"]!.GetValue<string>() == "ask"
            && e["response"]?.GetValue<string>() == "noButtonClicked");
        if (tool == "apply_diff" && file == "UTF-16")
        {
            // Read as UTF-8 the file has no line "two": the diff fails before any approval (as in Codex); still no change.
            Assert.False(denied);
            Assert.Contains("No sufficiently similar match", response.Transcript["userMessageContent"]!.ToJsonString());
        }
        else
        {
            // The edit got as far as the approval, and the user said no: the file was really at stake.
            Assert.True(denied);
        }
        var after = response.Transcript!["files"]!.AsArray().Single(f => f!["path"]!.GetValue<string>() == "f.txt")!;
        var bytes = after["base64"] is { } b ? Convert.FromBase64String(b.GetValue<string>()) : Encoding.UTF8.GetBytes(after["text"]!.GetValue<string>());
        Assert.Equal(original, bytes);
    }
}
