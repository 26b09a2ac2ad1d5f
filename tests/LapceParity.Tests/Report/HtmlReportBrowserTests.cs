using LapceParity.Report;
using Microsoft.Playwright;

namespace LapceParity.Tests.Report;

/// <summary>A fact that needs the system Chromium. Without it: skipped with a reason on a developer machine,
/// run (and failed by the test itself) when the CI environment variable is set.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"{ChromiumPath} is missing (install it: apt-get install -y chromium); with CI set this test fails instead.";
    }
}

public class HtmlReportBrowserTests : IDisposable
{
    public const string ScreenshotPath = "/tmp/parity-report.png";

    private readonly string _root = Directory.CreateTempSubdirectory("parity-html-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ChromiumPath),
            $"{ChromiumFactAttribute.ChromiumPath} is missing and CI is set: install chromium (apt-get install -y chromium). No browser is ever downloaded.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    private static async Task<List<string>> VisibleRowIdsAsync(IPage page)
    {
        var ids = new List<string>();
        foreach (var row in await page.Locator("tr.scenario").AllAsync())
            if (await row.IsVisibleAsync()) ids.Add((await row.GetAttributeAsync("id"))!);
        return ids;
    }

    [ChromiumFact]
    public async Task FiltersAndCharacterHighlightsWorkInChromium()
    {
        string reportDir = Path.Combine(_root, "reports");
        ReportWriter.WriteAll(ReportSamples.Build(), reportDir, _root);
        string url = new Uri(Path.Combine(reportDir, ReportWriter.HtmlFile)).AbsoluteUri;

        var (playwright, browser) = await LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            var problems = new List<string>();
            page.Console += (_, m) => { if (m.Type is "error" or "warning") problems.Add($"console {m.Type}: {m.Text}"); };
            page.PageError += (_, e) => problems.Add("page error: " + e);
            page.Request += (_, r) => { if (!r.Url.StartsWith("file://", StringComparison.Ordinal)) problems.Add("request: " + r.Url); };
            page.Dialog += async (_, d) => { problems.Add("dialog: " + d.Message); await d.DismissAsync(); };

            await page.GotoAsync(url);
            Assert.Equal(5, (await VisibleRowIdsAsync(page)).Count);
            Assert.Equal("5 of 5 scenarios shown", await page.Locator("#filter-count").TextContentAsync());
            Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
            Assert.Equal(ReportSamples.HostileName,
                await page.Locator("tr.scenario .name", new() { HasTextString = "Escapes" }).TextContentAsync());

            // The whole-page screenshot, every row shown, for a human look.
            await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });

            // Failures only: exactly the rows with a failing target stay visible.
            await page.SelectOptionAsync("#filter-status", "fail");
            var visible = await VisibleRowIdsAsync(page);
            Assert.Equal(2, visible.Count);
            foreach (var row in await page.Locator("tr.scenario").AllAsync())
            {
                bool failing = (await row.GetAttributeAsync("data-target-statuses"))!.Split(' ').Any(s => s.EndsWith(":fail"));
                Assert.Equal(failing, await row.IsVisibleAsync());
                if (failing) Assert.Equal("fail", await row.GetAttributeAsync("data-status"));
            }
            Assert.Equal("2 of 5 scenarios shown", await page.Locator("#filter-count").TextContentAsync());
            Assert.EndsWith("#status=fail", page.Url);
            Assert.Equal("Failures only (2)", (await page.Locator("#filter-status option[value=fail]").TextContentAsync())!.Trim());
            Assert.False(await page.Locator("tr.group-feature", new() { HasTextString = "Parser" }).IsVisibleAsync());

            // The planted mismatch: an inserted space, a deleted CR; BOM, tab and LF shown in equal text.
            string failId = (await page.Locator("tr.scenario", new() { HasTextString = "Switch to architect with a reason" }).GetAttributeAsync("id"))!;
            string hostileId = (await page.Locator("tr.scenario", new() { HasTextString = "Escapes" }).GetAttributeAsync("id"))!;
            var mismatch = page.Locator($"#{failId}-details .mismatch[data-field='userMessageContent[0].text']");
            Assert.True(await mismatch.IsVisibleAsync(), "failure details are open by default");
            Assert.Equal(["␍"], await mismatch.Locator("del.del").AllTextContentsAsync());
            Assert.Equal(["·"], await mismatch.Locator("ins.ins").AllTextContentsAsync());
            Assert.Equal("U+000D", await mismatch.Locator("del.del span.ws").GetAttributeAsync("title"));
            Assert.Equal("U+0020", await mismatch.Locator("ins.ins span.ws").GetAttributeAsync("title"));
            var markers = new List<(string?, string)>();
            foreach (var ws in await mismatch.Locator("pre.diff span.ws").AllAsync())
                markers.Add((await ws.GetAttributeAsync("title"), (await ws.TextContentAsync())!));
            Assert.Equal([("U+FEFF", "⟨BOM⟩"), ("U+0020", "·"), ("U+0020", "·"), ("U+0009", "→"), ("U+000D", "␍"), ("U+000A", "␊")], markers);
            Assert.Equal("⟨BOM⟩a··b→c␍␊\n", await mismatch.Locator("pre.diff").TextContentAsync());
            Assert.Equal("first difference at index 3 (line 1, column 4)", await mismatch.Locator(".pos").TextContentAsync());
            Assert.Contains("typescript (live)", await mismatch.Locator(".against").TextContentAsync());
            // Highlights are really painted differently from equal text.
            string insBg = await mismatch.Locator("ins.ins").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            string delBg = await mismatch.Locator("del.del").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            string eqBg = await mismatch.Locator("span.eq").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.NotEqual(insBg, delBg);
            Assert.NotEqual(eqBg, insBg);
            Assert.NotEqual(eqBg, delBg);
            await page.Locator("#" + failId).ScreenshotAsync(new() { Path = "/tmp/parity-report-row.png" });
            await page.Locator($"#{failId}-details").ScreenshotAsync(new() { Path = "/tmp/parity-report-diff.png" });

            // Tool filter combines with the status filter and is kept in the hash.
            await page.SelectOptionAsync("#filter-tool", "read_file");
            Assert.Equal([hostileId], await VisibleRowIdsAsync(page));
            Assert.EndsWith("#status=fail&tool=read_file", page.Url);

            // A URL hash restores the filter on load.
            await page.GotoAsync(url + "#status=divergence");
            await page.ReloadAsync();
            Assert.Equal("divergence", await page.Locator("#filter-status").InputValueAsync());
            var divRows = await VisibleRowIdsAsync(page);
            Assert.Single(divRows);
            Assert.Equal("csharp:divergence typescript:pass", await page.Locator("#" + divRows[0]).GetAttributeAsync("data-target-statuses"));
            Assert.Equal("DIVERGENCE", (await page.Locator($"#{divRows[0]} td.cell.status-divergence .word").TextContentAsync())!.Trim());

            await page.GotoAsync(url + "#tool=(none)");
            await page.ReloadAsync();
            Assert.Equal(divRows, await VisibleRowIdsAsync(page));

            // Row links point from reports/ to the feature file and line.
            Assert.Equal("../features/switch_mode.feature#L12", await page.Locator($"#{failId} a.loc").GetAttributeAsync("href"));
            Assert.Equal("features/switch_mode.feature:12", await page.Locator($"#{failId} a.loc").TextContentAsync());

            await page.SelectOptionAsync("#filter-status", "notrun");
            await page.SelectOptionAsync("#filter-tool", "all");
            Assert.Equal("1 of 5 scenarios shown", await page.Locator("#filter-count").TextContentAsync());
            // Not-run reasons are in the summary line; the crash's stderr tail is one click away.
            var crashed = page.Locator("details.outcome.status-notrun[data-target=csharp]");
            Assert.Contains("not run: target crashed", await crashed.Locator("summary").TextContentAsync());
            Assert.False(await crashed.Locator("pre.stderr").IsVisibleAsync());
            await crashed.Locator("summary").ClickAsync();
            Assert.Contains("IOException: boom", await crashed.Locator("pre.stderr").TextContentAsync());
            Assert.True(await crashed.Locator("pre.stderr").IsVisibleAsync());
            await page.ScreenshotAsync(new() { Path = "/tmp/parity-report-notrun.png", FullPage = true });

            // Scrolled: the filter bar and the column heads stay on screen.
            await page.SelectOptionAsync("#filter-status", "all");
            await page.Mouse.WheelAsync(0, 900);
            await page.WaitForFunctionAsync("() => window.scrollY > 400");
            await page.ScreenshotAsync(new() { Path = "/tmp/parity-report-scrolled.png" });
            var bar = await page.Locator("#filters").BoundingBoxAsync();
            var head = await page.Locator("#matrix thead th").First.BoundingBoxAsync();
            Assert.True(bar!.Y >= -1 && bar.Y < 5, $"filter bar at {bar.Y}");
            Assert.True(Math.Abs(head!.Y - (bar.Y + bar.Height)) < 3, $"column heads at {head.Y}, bar ends at {bar.Y + bar.Height}");

            Assert.Empty(problems);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
