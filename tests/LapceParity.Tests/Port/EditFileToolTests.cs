using System.Text;
using System.Text.Json.Nodes;
using LapceParity.Model;
using LapceParity.Steps;
using LapceParity.Targets;

namespace LapceParity.Tests.Port;

/// <summary>
/// edit_file in the C# port, through a local Morph endpoint: a denied merge leaves the file byte for byte as it was
/// (as DenialKeepsBytesTests checks for the other editing tools), whatever its encoding and line endings.
/// </summary>
public sealed class EditFileToolTests
{
    private static readonly Dictionary<string, byte[]> Bytes = new()
    {
        ["mixed line endings"] = Encoding.UTF8.GetBytes("one\r\ntwo\nthree\rfour\r\n"),
        ["CRLF with a BOM"] = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("one\r\ntwo\r\n")],
        ["UTF-16"] = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("one\ntwo\n")],
        ["invalid UTF-8"] = [(byte)'o', (byte)'n', (byte)'e', 0xC3, 0x28, (byte)'\n', (byte)'t', (byte)'w', (byte)'o', (byte)'\n'],
    };

    public static TheoryData<string> Files() => new(Bytes.Keys);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_denied_merge_leaves_the_file_byte_for_byte(string file)
    {
        var original = Bytes[file];
        await using var morph = new LocalHttpEndpoint(MorphSteps.Placeholder, "/v1",
            [HttpAnswer.Json(200, MorphSteps.Completion("ONE\ntwo\n", 10, 5))], MorphSteps.RecordedHeaders);
        var url = (await morph.StartAsync(CancellationToken.None))[MorphSteps.Placeholder];
        var spec = new CaseSpec
        {
            Message = "<edit_file><target_file>f.txt</target_file><instructions>upper</instructions><code_edit>ONE</code_edit></edit_file>",
            Files = [new WorkspaceFile("f.txt", Base64: Convert.ToBase64String(original))],
            Answers = [new ScriptedAnswer("noButtonClicked")],
        };
        spec.Settings["experiments"]!["morphFastApply"] = true;
        spec.Settings["apiConfiguration"] = new JsonObject
        {
            ["apiProvider"] = "openrouter", ["openRouterApiKey"] = "k", ["openRouterBaseUrl"] = url,
        };

        var response = await new CSharpTarget().RunAsync(spec, CancellationToken.None);

        Assert.Equal(ResponseStatus.Ok, response.Status);
        Assert.Single(morph.Collect()!["httpRequests"]!.AsArray());
        Assert.Contains(response.Transcript!["ui"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "ask"
            && e["response"]?.GetValue<string>() == "noButtonClicked");
        var after = response.Transcript!["files"]!.AsArray().Single(f => f!["path"]!.GetValue<string>() == "f.txt")!;
        var bytes = after["base64"] is { } b ? Convert.FromBase64String(b.GetValue<string>()) : Encoding.UTF8.GetBytes(after["text"]!.GetValue<string>());
        Assert.Equal(original, bytes);
    }
}
