using System.Text;
using LapceParity.Model;

namespace LapceParity.Tests.Parity;

/// <summary>Every scenario of features/, on every target. A "not run" is a skip with its reason, never a pass.</summary>
public sealed class ScenarioTests
{
    [ScenarioFact]
    public async Task Scenario(string key, string target)
    {
        if (target == "runner")
        {
            var problems = ParitySuite.Problems.Where(p => $"{p.File}:{p.Line}" == key);
            Assert.Fail(string.Join("\n", problems));
        }
        var scenario = ParitySuite.Scenarios.Single(s => s.Key == key);
        var outcome = await ParitySuite.Engine.RunScenarioOnAsync(scenario, target, CancellationToken.None);
        switch (outcome.Status)
        {
            case OutcomeStatus.Pass:
                return;
            case OutcomeStatus.NotRun:
                // Known only at run time (e.g. the host could not start): fail rather than pass silently.
                Assert.Fail($"not run: {outcome.Reason}");
                break;
            case OutcomeStatus.Divergence:
                Assert.Fail($"divergence ({outcome.Reason}) was run as a test; it should have been skipped");
                break;
            default:
                Assert.Fail(Describe(outcome));
                break;
        }
    }

    private static string Describe(ScenarioOutcome o)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{o.FeatureFile}:{o.Line}: {o.Reason}");
        foreach (var m in o.Mismatches.Take(10))
        {
            sb.AppendLine($"  {m.Field} (against {m.ExpectedLabel}{(m.Step is null ? "" : $", {m.Step}")})");
            if (m.Position >= 0) sb.AppendLine($"    first difference at {m.Position} (line {m.Line}, column {m.Column})");
            sb.AppendLine($"    expected: {Visible(m.Expected)}");
            sb.AppendLine($"    actual:   {Visible(m.Actual)}");
        }
        if (o.StderrTail is not null) sb.AppendLine("stderr:\n" + o.StderrTail);
        return sb.ToString();
    }

    private static string Visible(string? s) => s is null ? "(absent)"
        : "\"" + s.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\uFEFF", "\\uFEFF") + "\"";
}
