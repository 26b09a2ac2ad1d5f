// The pieces under edit_file's Morph request: JSON.parse with V8's messages (expected texts taken from Node 20), the
// openai SDK's error messages, retries and timeout against a local endpoint, Morph's pricing and the Kilo Code token's
// base URI. The features (features/edit_file.feature) compare the whole tool with Codex; these pin the parts alone.
using Lapce.Tools.Api;
using Lapce.Tools.Shared;
using Lapce.Tools.Tools;
using Lapce.Tools.Utils;
using LapceParity.Targets;

namespace LapceParity.Tests.Port;

public sealed class MorphClientTests
{
    [Theory]
    [InlineData("", "Unexpected end of JSON input")]
    [InlineData("{", "Expected property name or '}' in JSON at position 1")]
    [InlineData("not json", "Unexpected token 'o', \"not json\" is not valid JSON")]
    [InlineData("{\"a\":1", "Expected ',' or '}' after property value in JSON at position 6")]
    [InlineData("{\"a\":1,}", "Expected double-quoted property name in JSON at position 7")]
    [InlineData("[1,2", "Expected ',' or ']' after array element in JSON at position 4")]
    [InlineData("{\"choices\":[{\"message\":{\"content\":\"x\"}}]} trailing", "Unexpected non-whitespace character after JSON at position 42")]
    [InlineData("\"abc", "Unterminated string in JSON at position 4")]
    [InlineData("NaN", "\"NaN\" is not valid JSON")]
    [InlineData("-", "No number after minus sign in JSON at position 1")]
    [InlineData("1e", "Exponent part is missing a number in JSON at position 2")]
    [InlineData("[1.]", "Unterminated fractional number in JSON at position 3")]
    [InlineData("\"\\x\"", "Bad escaped character in JSON at position 2")]
    [InlineData("\"\\u12G4\"", "Bad Unicode escape in JSON at position 5")]
    [InlineData("\"a\u0001\"", "Bad control character in string literal in JSON at position 2")]
    [InlineData("{\"a\" 1}", "Expected ':' after property name in JSON at position 5")]
    [InlineData("{\"abcdefghijklmnopqrstuvwxyz\": tru}", "Unexpected token '}', ...\"wxyz\": tru}\" is not valid JSON")]
    [InlineData("tru", "Unexpected end of JSON input")]
    [InlineData("01", "Unexpected number in JSON at position 1")]
    [InlineData("[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxx", "Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON")]
    [InlineData("{\"a\":tr\"}", "Unexpected string in JSON at position 7")]
    public void JSON_parse_fails_with_V8s_message(string text, string message) =>
        Assert.Equal(message, Assert.Throws<JsSyntaxError>(() => JsJsonParse.Parse(text)).Message);

    [Fact]
    public void JSON_parse_orders_keys_as_JS_objects_do() =>
        Assert.Equal("{\"1\":5,\"2\":0,\"b\":9,\"a\":3}", JsJson.Stringify(JsJsonParse.Parse("{\"b\":1,\"2\":0,\"a\":3,\"1\":5,\"b\":9}")));

    [Theory]
    [InlineData(500, "{\"message\":\"boom\"}", null, "500 boom")]
    [InlineData(402, "{\"code\":402}", null, "402 {\"code\":402}")]
    [InlineData(422, "{\"message\":{\"detail\":\"x\"}}", null, "422 {\"detail\":\"x\"}")]
    [InlineData(403, null, null, "403 status code (no body)")]
    [InlineData(401, null, "invalid key", "401 invalid key")]
    [InlineData(500, "\"bad\"", null, "500 \"bad\"")]
    public void API_errors_read_as_the_SDK_writes_them(int status, string? errorJson, string? text, string expected) =>
        Assert.Equal(expected, OpenAiClient.MakeMessage(status, errorJson is null ? JsJson.Undefined : JsJsonParse.Parse(errorJson), text));

    private static async Task<(string Message, int Requests)> FailAsync(HttpAnswer[] answers, double timeoutMs = 30000)
    {
        await using var endpoint = new LocalHttpEndpoint("{x}", "/v1", answers, ["Authorization"]);
        var url = (await endpoint.StartAsync(CancellationToken.None))["{x}"];
        var client = new OpenAiClient("k", url);
        var e = await Assert.ThrowsAnyAsync<Exception>(() => client.CreateChatCompletionAsync(new JsObject { { "model", "m" } }, timeoutMs));
        return (e.Message, endpoint.Collect()!["httpRequests"]!.AsArray().Count);
    }

    private static readonly KeyValuePair<string, string> Quick = new("retry-after-ms", "1");

    [Fact]
    public async Task Server_errors_are_retried_twice() =>
        Assert.Equal(("503 busy", 3), await FailAsync([HttpAnswer.Json(503, "{\"error\":{\"message\":\"busy\"}}", Quick)]));

    [Fact]
    public async Task Client_errors_are_not_retried_unless_the_server_says_so()
    {
        Assert.Equal(("404 none", 1), await FailAsync([HttpAnswer.Json(404, "{\"error\":{\"message\":\"none\"}}", Quick)]));
        Assert.Equal(("404 none", 3), await FailAsync([HttpAnswer.Json(404, "{\"error\":{\"message\":\"none\"}}", Quick, new("x-should-retry", "true"))]));
    }

    [Fact]
    public async Task A_request_that_gets_no_answer_times_out_on_each_attempt() =>
        Assert.Equal(("Request timed out.", 3), await FailAsync([HttpAnswer.NoAnswer()], timeoutMs: 200));

    [Fact]
    public async Task A_base_URL_that_is_no_URL_fails_before_any_request()
    {
        var client = new OpenAiClient("k", "not a url");
        var e = await Assert.ThrowsAsync<JsTypeError>(() => client.CreateChatCompletionAsync(new JsObject()));
        Assert.Equal("Invalid URL", e.Message);
    }

    [Theory]
    [InlineData(1200, 300, "morph/morph-v3-large", 0.00165)]
    [InlineData(4321, 987, "morph/morph-v3-large", 0.005764200000000001)]
    [InlineData(1000, 1000, "morph-v3-fast", 0.002)]
    [InlineData(1000, 0, "unknown", 0.0009000000000000001)]
    public void Morph_cost_is_priced_per_million_tokens(double input, double output, string model, double cost) =>
        Assert.Equal(cost, EditFileTool.CalculateMorphCost(input, output, model));

    [Theory]
    [InlineData(null, "https://api.kilocode.ai")]
    [InlineData("no-dots", "https://api.kilocode.ai")]
    [InlineData("h.eyJlbnYiOiJkZXZlbG9wbWVudCJ9.s", "http://localhost:3000")] // {"env":"development"}
    [InlineData("h.eyJlbnYiOiJwcm9kdWN0aW9uIn0.s", "https://api.kilocode.ai")] // {"env":"production"}
    [InlineData("h.e30.s", "https://api.kilocode.ai")] // {}
    public void The_Kilo_Code_base_URI_comes_from_the_token(string? token, string expected) =>
        Assert.Equal(expected, KilocodeToken.GetKiloBaseUriFromToken(token));
}
