using LapceParity.Model;

namespace LapceParity.Report;

/// <summary>Writes the three reports: <c>parity.html</c>, <c>parity.json</c> and <c>junit.xml</c>.</summary>
public static class ReportWriter
{
    public const string HtmlFile = "parity.html";
    public const string JsonFile = "parity.json";
    public const string JUnitFile = "junit.xml";

    /// <summary>Writes all three reports into <paramref name="reportDir"/> (created if needed) and returns their paths.
    /// <paramref name="repoRoot"/> is where feature files are, for the HTML report's links.</summary>
    public static IReadOnlyList<string> WriteAll(RunResults r, string reportDir, string repoRoot,
        IReadOnlyDictionary<string, string?>? versions = null)
    {
        Directory.CreateDirectory(reportDir);
        string html = Path.Combine(reportDir, HtmlFile);
        string json = Path.Combine(reportDir, JsonFile);
        string junit = Path.Combine(reportDir, JUnitFile);
        HtmlReport.Write(r, html, repoRoot, versions);
        JsonReport.Write(r, json, versions);
        JUnitReport.Write(r, junit);
        return [html, json, junit];
    }
}
