using System.Text.Json;
using System.Text.Json.Nodes;
using LapceParity.Model;

namespace LapceParity.Targets;

/// <summary>Serves an in-process target over docs/protocol.md, so the C# port can also be run as an external target.</summary>
public static class ProtocolServer
{
    public static async Task<int> ServeAsync(ITarget target, TextReader input, TextWriter output, CancellationToken ct)
    {
        await output.WriteLineAsync(new JsonObject
        {
            ["hello"] = "lapce-parity-target", ["protocol"] = 1, ["name"] = target.Name, ["version"] = target.Version,
        }.ToJsonString());
        await output.FlushAsync(ct);
        while (await input.ReadLineAsync(ct) is { } line)
        {
            if (line.Trim().Length == 0) continue;
            JsonObject reply;
            int? id = null;
            try
            {
                var request = JsonText.Parse(line)!.AsObject();
                id = request["id"]?.GetValue<int>();
                switch (request["op"]?.GetValue<string>())
                {
                    case "shutdown":
                        await output.WriteLineAsync(new JsonObject { ["id"] = id, ["ok"] = true }.ToJsonString());
                        await output.FlushAsync(ct);
                        return 0;
                    case "run":
                        var spec = CaseSpec.FromNode(request["case"]!.AsObject());
                        var response = await target.RunAsync(spec, ct);
                        reply = response.Status == ResponseStatus.Ok
                            ? new JsonObject { ["id"] = id, ["ok"] = true, ["transcript"] = response.Transcript }
                            : response.Status == ResponseStatus.Unavailable
                            ? new JsonObject { ["id"] = id, ["ok"] = false, ["notRun"] = response.Error }
                            : new JsonObject { ["id"] = id, ["ok"] = false, ["error"] = $"{response.Status}: {response.Error}" };
                        break;
                    default:
                        reply = new JsonObject { ["id"] = id, ["ok"] = false, ["error"] = $"unknown op {request["op"]}" };
                        break;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                reply = new JsonObject { ["id"] = id, ["ok"] = false, ["error"] = e.Message };
            }
            await output.WriteLineAsync(JsonText.Write(reply));
            await output.FlushAsync(ct);
        }
        return 0;
    }
}
