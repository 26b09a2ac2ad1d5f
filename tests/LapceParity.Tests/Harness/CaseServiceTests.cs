using System.Text.Json.Nodes;
using LapceParity.Cli;
using LapceParity.Model;
using LapceParity.Steps;
using LapceParity.Targets;

namespace LapceParity.Tests.Harness;

/// <summary>Case services: a local endpoint starts beside each target run; its placeholder is replaced before the target sees the case and mapped back in the transcript.</summary>
public sealed class CaseServiceTests
{
    private const string Feature = """
        Feature: Services
          Scenario: the target calls the endpoint through its placeholder
            Given a Morph endpoint that merges the edit into "merged"
            And the assistant message is "FETCH {morph}/chat/completions"
            When the assistant message is presented
            Then "assistantMessage" is "FETCH {morph}/chat/completions"
            And "httpRequests[0].method" is "POST"
            And "httpRequests[0].path" is "/v1/chat/completions"
            And "httpRequests[0].body.message" is "FETCH {morph}/chat/completions"
        """;

    /// <summary>The case as the Morph step builds it: the placeholder stands in the settings and in the message.</summary>
    private static CaseSpec Spec()
    {
        var spec = new CaseSpec { Message = "FETCH {morph}/chat/completions" };
        spec.Settings["experiments"]!["morphFastApply"] = true;
        spec.Settings["apiConfiguration"] = new JsonObject
        {
            ["apiProvider"] = "openrouter", ["openRouterApiKey"] = "test-key", ["openRouterBaseUrl"] = MorphSteps.Placeholder,
        };
        return spec;
    }

    private static JsonObject Reference()
    {
        var t = TempRepo.EchoTranscript(Spec());
        t["httpRequests"] = new JsonArray(new JsonObject
        {
            ["method"] = "POST",
            ["path"] = "/v1/chat/completions",
            ["headers"] = new JsonObject { ["Content-Type"] = "application/json", ["User-Agent"] = "node" }, // Node's fetch
            ["body"] = new JsonObject { ["message"] = "FETCH {morph}/chat/completions" },
        });
        return t;
    }

    [Fact]
    public async Task A_placeholder_is_the_real_address_for_the_target_and_the_placeholder_again_in_the_transcript()
    {
        using var repo = new TempRepo();
        repo.Feature("services.feature", Feature);
        repo.Reference("services.feature", "the-target-calls-the-endpoint-through-its-placeholder", Spec(), Reference());

        var (code, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        // The minimal target fetched the URL it was given: had it seen "{morph}/chat/completions", fetch would have
        // failed to parse it and the target would have crashed. The endpoint recorded the request; the echoed message
        // and the request body carry the real address, mapped back to the placeholder.
        var outcome = Assert.Single(results.Outcomes);
        Assert.True(outcome.Status == OutcomeStatus.Pass, $"{outcome.Reason}\n{string.Join("\n", outcome.Mismatches.Select(m => $"{m.Field}: {m.Expected} / {m.Actual}"))}\n{outcome.StderrTail}");
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task The_endpoint_serves_its_script_in_order_on_127_0_0_1_and_stops_when_disposed()
    {
        var endpoint = new LocalHttpEndpoint("{svc}", "/v1",
            [HttpAnswer.Json(429, "{\"error\":{\"message\":\"slow down\"}}"), HttpAnswer.Json(200, "{\"ok\":true}")],
            ["Content-Type"]);
        var map = await endpoint.StartAsync(CancellationToken.None);
        var url = map["{svc}"];
        Assert.StartsWith("http://127.0.0.1:", url);
        Assert.EndsWith("/v1", url);

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var first = await http.PostAsync(url + "/x", new StringContent("{\"b\":2,\"a\":1}", System.Text.Encoding.UTF8, "application/json"));
        var second = await http.PostAsync(url + "/y", new StringContent("not json"));
        var third = await http.PostAsync(url + "/z", new StringContent("again"));
        Assert.Equal(429, (int)first.StatusCode);
        Assert.Equal(200, (int)second.StatusCode);
        Assert.Equal(200, (int)third.StatusCode); // the last answer again once the script is used up

        var requests = endpoint.Collect()!["httpRequests"]!.AsArray();
        Assert.Equal(3, requests.Count);
        Assert.Equal("/v1/x", requests[0]!["path"]!.GetValue<string>());
        Assert.Equal("{\"a\":1,\"b\":2}", requests[0]!["body"]!.ToJsonString()); // parsed, keys in ordinal order
        Assert.Equal("not json", requests[1]!["body"]!.GetValue<string>());
        Assert.Equal("application/json; charset=utf-8", requests[0]!["headers"]!["Content-Type"]!.GetValue<string>());

        await endpoint.DisposeAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.PostAsync(url + "/after", new StringContent("x")));
    }
}
