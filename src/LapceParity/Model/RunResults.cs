namespace LapceParity.Model;

/// <summary>How one scenario fared on one target. Divergence is counted apart and never as a pass.</summary>
public enum OutcomeStatus { Pass, Fail, NotRun, Divergence }

/// <summary>One field that differs between a transcript and what it is compared with.</summary>
public sealed record FieldMismatch(
    string Field,              // e.g. "userMessageContent[2].text"
    string? Expected,          // null: the field is missing on the expected side
    string? Actual,            // null: the field is missing on the actual side
    int Position,              // first differing character index (0-based); -1 when a side is missing
    int Line,                  // 1-based line of that position in Expected (or Actual when Expected is null)
    int Column,                // 1-based column
    string ExpectedLabel,      // what was compared against: "typescript (live)", "recording 3513c60f", "Then-step"
    string? Step = null);      // for Then-step failures: the step text with its feature line

public sealed record ScenarioOutcome
{
    public required string Feature { get; init; }         // feature name
    public required string FeatureFile { get; init; }     // path relative to the repo root, forward slashes
    public required string Scenario { get; init; }        // scenario name (outline rows: name + " (example N)")
    public required int Line { get; init; }               // line of the scenario (or example row) in its file
    public required string Target { get; init; }          // "csharp", "typescript", or an external name
    public required OutcomeStatus Status { get; init; }
    public string? Reason { get; init; }                  // not run: why; fail: summary; divergence: the tag's reason
    public IReadOnlyList<string> Tools { get; init; } = []; // from @tool:NAME tags
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<FieldMismatch> Mismatches { get; init; } = [];
    public string? StderrTail { get; init; }              // when the target crashed or timed out
    public double Milliseconds { get; init; }
    public bool MatchesDespiteDivergence { get; init; }   // a @divergence case whose transcript now matches
}

public sealed record TargetSummary(string Target, string? Version, int Pass, int Fail, int NotRun, int Divergence, double TotalMilliseconds);

public sealed record RunResults
{
    public required DateTimeOffset StartedAt { get; init; }
    public required double WallMilliseconds { get; init; }
    public required string CodexPin { get; init; }         // commit from shared/codex/PIN
    public string? CodexFound { get; init; }               // commit of the tree used, when there was one
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public required IReadOnlyList<ScenarioOutcome> Outcomes { get; init; }

    public IReadOnlyList<TargetSummary> Summaries(IReadOnlyDictionary<string, string?>? versions = null) =>
        Outcomes.GroupBy(o => o.Target).Select(g => new TargetSummary(g.Key, versions?.GetValueOrDefault(g.Key),
            g.Count(o => o.Status == OutcomeStatus.Pass), g.Count(o => o.Status == OutcomeStatus.Fail),
            g.Count(o => o.Status == OutcomeStatus.NotRun), g.Count(o => o.Status == OutcomeStatus.Divergence),
            g.Sum(o => o.Milliseconds))).ToList();
}
