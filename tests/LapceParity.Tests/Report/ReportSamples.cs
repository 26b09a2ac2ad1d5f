using LapceParity.Comparison;
using LapceParity.Model;

namespace LapceParity.Tests.Report;

/// <summary>A small run with every status, a planted whitespace mismatch and hostile scenario text.</summary>
internal static class ReportSamples
{
    /// <summary>BOM, a single space, a tab, CRLF.</summary>
    public const string PlantedExpected = "\uFEFFa b\tc\r\n";
    /// <summary>BOM, two spaces, a tab, LF.</summary>
    public const string PlantedActual = "\uFEFFa  b\tc\n";

    public const string HostileName = "Escapes <script>window.__pwned=1</script> & \"quotes\"";

    public static FieldMismatch Mismatch(string field, string? expected, string? actual, string label = "typescript (live)", string? step = null)
    {
        if (expected is null || actual is null)
            return new FieldMismatch(field, expected, actual, -1, 1, 1, label, step);
        var (index, line, column) = CharDiff.FirstDifference(expected, actual);
        return new FieldMismatch(field, expected, actual, index, line, column, label, step);
    }

    private static ScenarioOutcome O(string feature, string file, string scenario, int line, string target, OutcomeStatus status,
        string[] tools, string? reason = null, FieldMismatch[]? mismatches = null, string? stderr = null, double ms = 12, bool matches = false) => new()
    {
        Feature = feature,
        FeatureFile = file,
        Scenario = scenario,
        Line = line,
        Target = target,
        Status = status,
        Reason = reason,
        Tools = tools,
        Tags = tools.Select(t => "@tool:" + t).ToArray(),
        Mismatches = mismatches ?? [],
        StderrTail = stderr,
        Milliseconds = ms,
        MatchesDespiteDivergence = matches,
    };

    public static RunResults Build()
    {
        string[] sw = ["switch_mode"], rf = ["read_file"], none = [];
        const string swf = "features/switch_mode.feature", rff = "features/read_file.feature", pf = "features/parser.feature";
        var longExpected = string.Concat(Enumerable.Repeat("line of equal text number x\n", 30)) + "the end\r\n";
        var longActual = longExpected.Replace("the end\r\n", "the END\n");
        var outcomes = new List<ScenarioOutcome>
        {
            O("Switch mode", swf, "Switch to architect with a reason", 12, "csharp", OutcomeStatus.Fail, sw,
                mismatches: [Mismatch("userMessageContent[0].text", PlantedExpected, PlantedActual),
                             Mismatch("assistantMessage", longExpected, longActual)]),
            O("Switch mode", swf, "Switch to architect with a reason", 12, "typescript", OutcomeStatus.Pass, sw, ms: 230),
            O("Switch mode", swf, "Switch to the same mode", 20, "csharp", OutcomeStatus.Pass, sw),
            O("Switch mode", swf, "Switch to the same mode", 20, "typescript", OutcomeStatus.Pass, sw, ms: 190),
            O("Read file", rff, "Read a missing file", 7, "csharp", OutcomeStatus.NotRun, rf, reason: "target crashed",
                stderr: "Unhandled exception. System.IO.IOException: boom\n   at Lapce.Tools.ReadFile()\n"),
            O("Read file", rff, "Read a missing file", 7, "typescript", OutcomeStatus.NotRun, rf, reason: "no Codex tree"),
            O("Read file", rff, HostileName, 15, "csharp", OutcomeStatus.Fail, rf,
                mismatches: [Mismatch("files[<b>.txt]", "x < y && z", null, "recording 3513c60f")]),
            O("Read file", rff, HostileName, 15, "typescript", OutcomeStatus.Pass, rf),
            O("Parser", pf, "Unclosed tag at end", 31, "csharp", OutcomeStatus.Divergence, none,
                reason: "Codex keeps the partial tag; the port drops it"),
            O("Parser", pf, "Unclosed tag at end", 31, "typescript", OutcomeStatus.Pass, none),
        };
        return new RunResults
        {
            StartedAt = new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero),
            WallMilliseconds = 83_400,
            CodexPin = "3513c60f1234567890abcdef1234567890abcdef",
            CodexFound = null,
            Warnings = ["shared/codex/PIN: no Codex tree at .codex/; typescript scenarios not run"],
            Outcomes = outcomes,
        };
    }
}
