using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LapceParity.Report;

namespace LapceParity.Tests.Report;

public class ReportWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("parity-report-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private (string Html, string Json, string Xml) WriteSample()
    {
        var paths = ReportWriter.WriteAll(ReportSamples.Build(), Path.Combine(_root, "reports"), _root);
        Assert.All(paths, p => Assert.True(File.Exists(p), p));
        return (File.ReadAllText(paths[0]), File.ReadAllText(paths[1]), File.ReadAllText(paths[2]));
    }

    [Fact]
    public void HtmlIsSelfContainedAndEscapesScenarioText()
    {
        var (html, _, _) = WriteSample();
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("<script>window.__pwned", html);
        Assert.Contains("Escapes &lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &quot;quotes&quot;", html);
        Assert.Contains("files[&lt;b&gt;.txt]", html);
        Assert.Single(Regex.Matches(html, "<script>"));
    }

    [Fact]
    public void HtmlHasHeaderSummaryMatrixAndLinks()
    {
        var (html, _, _) = WriteSample();
        Assert.Contains("no Codex tree", html);
        Assert.Contains("3513c60f1234", html);
        Assert.Contains("1 min 23 s", html);
        Assert.Contains("typescript scenarios not run", html);
        Assert.Contains("<a class=\"loc\" href=\"../features/switch_mode.feature#L12\">features/switch_mode.feature:12</a>", html);
        Assert.Contains("tool <code>switch_mode</code>", html);
        Assert.Contains("(no tool)", html);
        Assert.Equal(5, Regex.Matches(html, "<tr class=\"scenario ").Count);
        Assert.Contains("data-target-statuses=\"csharp:fail typescript:pass\"", html);
        Assert.Contains("<td class=\"num count-divergence\">1</td>", html);
        // Every cell carries its status word, not colour alone.
        foreach (Match m in Regex.Matches(html, "<td class=\"cell status-(\\w+)[^>]*><span class=\"word\">([A-Z ]+)</span>"))
            Assert.Equal(m.Groups[1].Value, m.Groups[2].Value.Replace(" ", "").ToLowerInvariant());
        Assert.Equal(10, Regex.Matches(html, "<td class=\"cell ").Count);
        Assert.Contains("Unhandled exception. System.IO.IOException: boom", html);
        Assert.Contains("not run: no Codex tree", html);
        Assert.Contains("first difference at index 3 (line 1, column 4)", html);
        Assert.Contains("missing on the actual side", html);
    }

    [Fact]
    public void JsonIsCamelCaseWithSummaries()
    {
        var (_, json, _) = WriteSample();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("3513c60f1234567890abcdef1234567890abcdef", root.GetProperty("codexPin").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("codexFound").ValueKind);
        var cs = root.GetProperty("summaries").EnumerateArray().Single(s => s.GetProperty("target").GetString() == "csharp");
        Assert.Equal(1, cs.GetProperty("pass").GetInt32());
        Assert.Equal(2, cs.GetProperty("fail").GetInt32());
        Assert.Equal(1, cs.GetProperty("notRun").GetInt32());
        Assert.Equal(1, cs.GetProperty("divergence").GetInt32());
        var first = root.GetProperty("outcomes")[0];
        Assert.Equal("fail", first.GetProperty("status").GetString());
        Assert.Equal(ReportSamples.PlantedExpected, first.GetProperty("mismatches")[0].GetProperty("expected").GetString());
        Assert.Contains("\n  \"outcomes\": [", json);
    }

    [Fact]
    public void JUnitHasOneSuitePerTargetAndNeverPassesDivergence()
    {
        var (_, _, xml) = WriteSample();
        var doc = XDocument.Parse(xml);
        var suites = doc.Root!.Elements("testsuite").ToList();
        Assert.Equal(["csharp", "typescript"], suites.Select(s => (string)s.Attribute("name")!));
        var cs = suites[0];
        Assert.Equal("5", (string)cs.Attribute("tests")!);
        Assert.Equal("2", (string)cs.Attribute("failures")!);
        Assert.Equal("2", (string)cs.Attribute("skipped")!);
        var cases = cs.Elements("testcase").ToList();
        Assert.Equal(5, cases.Count);
        var failing = cases.Single(c => (string)c.Attribute("name")! == "Switch to architect with a reason [csharp]");
        Assert.Equal("Switch mode", (string)failing.Attribute("classname")!);
        Assert.StartsWith("2 fields differ: userMessageContent[0].text, assistantMessage", (string)failing.Element("failure")!.Attribute("message")!);
        Assert.Contains("expected: \"\\uFEFFa b\\tc\\r\\n\"", failing.Element("failure")!.Value);
        var divergence = cases.Single(c => ((string)c.Attribute("name")!).StartsWith("Unclosed tag"));
        Assert.Equal("divergence: Codex keeps the partial tag; the port drops it", (string)divergence.Element("skipped")!.Attribute("message")!);
        var notRun = cases.Single(c => ((string)c.Attribute("name")!).StartsWith("Read a missing file"));
        Assert.Equal("not run: target crashed", (string)notRun.Element("skipped")!.Attribute("message")!);
        Assert.Contains("IOException: boom", notRun.Element("system-err")!.Value);
        Assert.Equal("1", (string)suites[1].Attribute("skipped")!);
    }

    [Fact]
    public void AllReportsSurviveLoneSurrogatesAndControlCharacters()
    {
        var r = ReportSamples.Build();
        var bad = r.Outcomes[0] with
        {
            Scenario = "bad \uD800 \u0001 name",
            Mismatches = [ReportSamples.Mismatch("x\u0000y", "a\uD83Db\u0007", "a\uDE00b\u001B")],
            StderrTail = "\u001B[31mred\u001B[0m \uDFFF",
        };
        r = r with { Outcomes = [bad, .. r.Outcomes.Skip(1)] };
        var paths = ReportWriter.WriteAll(r, Path.Combine(_root, "reports"), _root);
        string html = File.ReadAllText(paths[0]);
        Assert.Contains("<span class=\"ws\" title=\"U+D83D\">⟨U+D83D⟩</span>", html);
        Assert.Contains("<span class=\"ws\" title=\"U+001B\">⟨U+001B⟩</span>", html);
        using var doc = JsonDocument.Parse(File.ReadAllText(paths[1]));
        Assert.NotNull(doc.RootElement.GetProperty("outcomes")[0].GetProperty("mismatches")[0].GetProperty("expected").GetString());
        var xml = XDocument.Parse(File.ReadAllText(paths[2]));
        var badCase = xml.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).StartsWith("bad "));
        Assert.Equal("bad \\uD800 \\u0001 name [csharp]", (string)badCase.Attribute("name")!);
        Assert.Equal("\\u001B[31mred\\u001B[0m \\uDFFF", badCase.Element("system-err")!.Value);
    }

    [Fact]
    public void JUnitSurvivesCharactersXmlCannotCarry()
    {
        Assert.Equal("a\\u0001b\\uD800c", JUnitReport.Clean("a\u0001b\uD800c"));
        Assert.Equal("😀\t\r\n", JUnitReport.Clean("😀\t\r\n"));
    }
}
