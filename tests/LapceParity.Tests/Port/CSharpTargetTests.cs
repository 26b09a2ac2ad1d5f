// The in-process C# target: transcript shape (docs/transcript.md, as the TypeScript host shapes it),
// workspace handling and timeouts.
using System.Text.Json.Nodes;
using Lapce.Tools.Utils;
using LapceParity.Model;
using LapceParity.Targets;

namespace LapceParity.Tests.Port;

public class CSharpTargetTests
{
    private readonly CSharpTarget _target = new();

    [Fact]
    public async Task Present_transcript_has_every_field_and_reads_the_workspace_back()
    {
        var spec = new CaseSpec
        {
            Message = "<switch_mode><mode_slug>ask</mode_slug></switch_mode>",
            Git = true,
            Files =
            [
                new WorkspaceFile("src/b.ts", "\uFEFFconst b = 1\r\n"),
                new WorkspaceFile("a.bin", Base64: Convert.ToBase64String([0xff, 0x00, 0xfe])),
                new WorkspaceFile("A.txt", "upper"),
            ],
        };
        Assert.Null(await _target.EnsureStartedAsync(CancellationToken.None));
        var r = await _target.RunAsync(spec, CancellationToken.None);
        Assert.Equal(ResponseStatus.Ok, r.Status);
        var t = r.Transcript!;
        Assert.Equal(["userMessageContent", "ui", "state", "assistantMessage", "files", "results", "error", "workspacePath"], t.Select(kv => kv.Key));
        Assert.EndsWith("/workspace", t["workspacePath"]!.GetValue<string>());
        Assert.Equal(
            "[{\"path\":\"A.txt\",\"text\":\"upper\"},{\"path\":\"a.bin\",\"base64\":\"/wD+\"},{\"path\":\"src/b.ts\",\"text\":\"﻿const b = 1\\r\\n\"}]",
            JsJson.Stringify(t["files"]!));
        Assert.Equal(
            "{\"consecutiveMistakeCount\":0,\"consecutiveMistakeCountForApplyDiff\":{},\"didRejectTool\":false,\"didAlreadyUseTool\":true,\"didEditFile\":false,\"userMessageContentReady\":true,\"mode\":\"ask\",\"toolUsage\":{\"switch_mode\":{\"attempts\":1,\"failures\":0}}}",
            JsJson.Stringify(t["state"]!));
        Assert.Equal(
            "{\"kind\":\"ask\",\"type\":\"tool\",\"text\":\"{\\\"tool\\\":\\\"switchMode\\\",\\\"mode\\\":\\\"ask\\\"}\",\"partial\":false,\"isProtected\":false,\"progressStatus\":null,\"response\":\"yesButtonClicked\",\"responseText\":null,\"responseImages\":null,\"scripted\":false}",
            JsJson.Stringify(t["ui"]![1]!));
        Assert.Null(t["results"]);
        Assert.Null(t["error"]);
    }

    [Fact]
    public async Task Parse_op_reports_v2_stream_snapshots_and_splits()
    {
        var r = await _target.RunAsync(new CaseSpec { Op = "parse", Message = "a<read_file>", Chunks = ["a<re", "ad_file>"], EverySplit = true }, CancellationToken.None);
        var results = r.Transcript!["results"]!;
        Assert.Equal("[{\"type\":\"text\",\"content\":\"a\",\"partial\":false},{\"type\":\"tool_use\",\"name\":\"read_file\",\"params\":{},\"partial\":true}]", JsJson.Stringify(results["v2"]!));
        Assert.Equal("[{\"type\":\"text\",\"content\":\"a\",\"partial\":false},{\"type\":\"tool_use\",\"name\":\"read_file\",\"params\":{},\"partial\":false}]", JsJson.Stringify(results["streamed"]!));
        Assert.Equal(2, results["snapshots"]!.AsArray().Count);
        Assert.Empty(results["splits"]!.AsArray());
        Assert.Null(r.Transcript["state"]);
        Assert.Empty(r.Transcript["files"]!.AsArray());
    }

    [Fact]
    public async Task Parser_errors_replace_the_blocks()
    {
        var big = new string('x', 1024 * 1024 + 1);
        var r = await _target.RunAsync(new CaseSpec { Op = "parse", Message = big }, CancellationToken.None);
        var results = r.Transcript!["results"]!;
        Assert.Equal("{\"error\":\"Assistant message exceeds maximum allowed size\"}", JsJson.Stringify(results["streamed"]!));
        Assert.Equal("[{\"error\":\"Assistant message exceeds maximum allowed size\"}]", JsJson.Stringify(results["snapshots"]!));
    }

    [Fact]
    public async Task Validate_and_repetition_ops()
    {
        var v = await _target.RunAsync(new CaseSpec { Op = "validate", Validate = new JsonObject { ["toolName"] = "write_to_file", ["mode"] = "ask" } }, CancellationToken.None);
        Assert.Equal("{\"error\":\"Tool \\\"write_to_file\\\" is not allowed in ask mode.\",\"isToolAllowedForMode\":false}", JsJson.Stringify(v.Transcript!["results"]!));

        var calls = new JsonArray();
        for (int i = 0; i < 3; i++) calls.Add(new JsonObject { ["name"] = "read_file", ["params"] = new JsonObject { ["path"] = "a" } });
        var rep = await _target.RunAsync(new CaseSpec { Op = "repetition", Repetition = new JsonObject { ["limit"] = 2, ["calls"] = calls } }, CancellationToken.None);
        var results = rep.Transcript!["results"]!.AsArray();
        Assert.Equal([true, true, false], results.Select(x => x!["allowExecution"]!.GetValue<bool>()));
        Assert.Equal("mistake_limit_reached", results[2]!["askUser"]!["messageKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_cases_are_target_errors()
    {
        var r = await _target.RunAsync(new CaseSpec { Op = "parse", Message = "abc", Chunks = ["ab"] }, CancellationToken.None);
        Assert.Equal(ResponseStatus.TargetError, r.Status);
        Assert.Equal("Error: case.chunks do not concatenate to case.message", r.Error);
        r = await _target.RunAsync(new CaseSpec { Op = "nope" }, CancellationToken.None);
        Assert.Equal("Error: unknown case op: \"nope\"", r.Error);
    }

    [Fact]
    public async Task Slow_cases_time_out()
    {
        // switch_mode waits 500 ms after switching, as the original does.
        var r = await _target.RunAsync(new CaseSpec { Message = "<switch_mode><mode_slug>ask</mode_slug></switch_mode>", TimeoutMs = 50 }, CancellationToken.None);
        Assert.Equal(ResponseStatus.Timeout, r.Status);
        Assert.Null(r.Transcript);
    }
}
