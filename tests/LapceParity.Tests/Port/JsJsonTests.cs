// JsJson (JSON.stringify) and JsString (JS string semantics). Expected values printed by Node 20.
using System.Text.Json.Nodes;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port;

public class JsJsonTests
{
    [Fact]
    public void Escapes_only_what_JSON_stringify_escapes() =>
        Assert.Equal("\"<a href='x'>&amp;</a> é 😀 \\\" \\\\ \\n\\r\\t\\b\\f\\u0001\\u001f \u007f \u2028 \\ud800 \\udc00x\"",
            JsJson.Stringify("<a href='x'>&amp;</a> é 😀 \" \\ \n\r\t\b\f\u0001\u001f \u007f \u2028 \ud800 \udc00x"));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(-4.35, "-4.35")]
    public void Numbers_print_as_JS_prints_them(double d, string expected) => Assert.Equal(expected, JsJson.NumberToString(d));

    [Fact]
    public void Negative_zero_prints_as_zero() => Assert.Equal("0", JsJson.NumberToString(-0.0));

    [Fact]
    public void Objects_keep_insertion_order_and_omit_undefined()
    {
        var o = new JsObject { { "b", 1 }, { "a", JsJson.Undefined }, { "c", null }, { "arr", new object?[] { JsJson.Undefined, 2, double.NaN } } };
        o["b"] = "again"; // re-assignment keeps the key's place
        Assert.Equal("{\"b\":\"again\",\"c\":null,\"arr\":[null,2,null]}", JsJson.Stringify(o));
        Assert.Null(JsJson.Stringify(JsJson.Undefined));
    }

    [Fact]
    public void Indentation_as_JSON_stringify_with_a_space_argument()
    {
        var o = new JsObject
        {
            { "a", new object[] { 1, new JsObject { { "b", Array.Empty<object>() } }, new JsObject() } },
            { "c", "x" }, { "d", null }, { "u", JsJson.Undefined }, { "arr", new object?[] { JsJson.Undefined, 2 } },
        };
        Assert.Equal("{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    },\n    {}\n  ],\n  \"c\": \"x\",\n  \"d\": null,\n  \"arr\": [\n    null,\n    2\n  ]\n}", JsJson.Stringify(o, 2));
    }

    [Fact]
    public void Json_nodes_and_string_dictionaries()
    {
        var node = JsonNode.Parse("{\"z\":1.50,\"y\":[true,false,null,\"s\"],\"x\":{}}");
        Assert.Equal("{\"z\":1.5,\"y\":[true,false,null,\"s\"],\"x\":{}}", JsJson.Stringify(node));
        var d = new OrderedDictionary<string, string> { ["k2"] = "v", ["k1"] = "w" };
        Assert.Equal("{\"k2\":\"v\",\"k1\":\"w\"}", JsJson.Stringify(d));
    }

    [Fact]
    public void Serialized_errors_have_serialize_errors_key_order()
    {
        var json = JsJson.Stringify(JsError.Serialize(new Exception("boom")))!;
        Assert.StartsWith("{\"name\":\"Error\",\"message\":\"boom\",\"stack\":\"Error: boom", json);
        var withCode = JsJson.Stringify(JsError.Serialize(new JsError("Error", "nope", new JsObject { { "code", "ENOENT" } })))!;
        Assert.StartsWith("{\"code\":\"ENOENT\",\"name\":\"Error\",\"message\":\"nope\",\"stack\":", withCode);
    }
}

public class JsStringTests
{
    [Fact]
    public void Trim_uses_JS_whitespace() =>
        // U+0085 is not JS whitespace; U+FEFF, U+2028, U+3000 and NBSP are.
        Assert.Equal("\u0085x\u0085", JsString.Trim("\ufeff\u2028\u3000\u00a0 \t\n\u0085x\u0085\u000b\u000c\r\u200a"));

    [Theory]
    [InlineData("\n\nx\n\n", "\nx\n")]
    [InlineData("\n", "")]
    [InlineData("\r\nx\r\n", "\r\nx\r")]
    [InlineData("x", "x")]
    public void StripOuterNewlines_drops_one_LF_each_side(string input, string expected) =>
        Assert.Equal(expected, JsString.StripOuterNewlines(input));

    [Fact]
    public void Slice_and_replace_follow_JS()
    {
        Assert.Equal("bc", JsString.Slice("abcd", 1, -1));
        Assert.Equal("", JsString.Slice("abcd", 3, 1));
        Assert.Equal("", JsString.Slice("ab", 0, -5));
        Assert.Equal("a[{x}]b {x}", JsString.ReplaceFirst("a{x}b {x}", "{x}", "[$&]"));
        Assert.Equal("a$b", JsString.ReplaceFirst("a{x}b", "{x}", "$$"));
    }
}
