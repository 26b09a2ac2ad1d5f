using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using LapceParity.Comparison;
using LapceParity.Features;
using LapceParity.Model;
using LapceParity.Steps;
using LapceParity.Targets;

namespace LapceParity;

public sealed record EngineOptions(bool Record = false);

/// <summary>
/// Runs scenarios on targets. The TypeScript target is the reference: every other target is compared with its live
/// transcript when it ran, else with the recording. A scenario that has neither is a failure, never a pass.
/// </summary>
public sealed class ParityEngine(StepRegistry steps, IReadOnlyList<ITarget> targets, RecordingStore recordings, EngineOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Prepared>>> _prepared = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<ScenarioOutcome>>> _reference = new();
    private readonly ConcurrentDictionary<string, JsonObject> _referenceTranscripts = new();

    public IReadOnlyList<ITarget> Targets => targets;
    public RecordingStore Recordings => recordings;
    public string? CodexPin { get; init; }

    private sealed record Prepared(CaseSpec? Spec, IReadOnlyList<BoundStep> Then, string? Problem, IReadOnlyList<Func<ICaseService>>? Services = null);

    public async Task<IReadOnlyList<ScenarioOutcome>> RunScenarioAsync(ScenarioInstance s, CancellationToken ct)
    {
        var outcomes = new List<ScenarioOutcome>();
        // The reference first, so that the others compare with a live transcript.
        foreach (var t in targets.OrderBy(t => t.Kind == TargetKind.TypeScript ? 0 : 1))
            outcomes.Add(await RunScenarioOnAsync(s, t.Name, ct));
        return outcomes;
    }

    public Task<ScenarioOutcome> RunScenarioOnAsync(ScenarioInstance s, string targetName, CancellationToken ct)
    {
        var target = targets.FirstOrDefault(t => t.Name == targetName) ?? throw new ArgumentException($"no target {targetName}");
        return target.Kind == TargetKind.TypeScript
            ? _reference.GetOrAdd(s.Key, _ => new Lazy<Task<ScenarioOutcome>>(() => RunOnAsync(s, target, ct))).Value
            : RunOnAsync(s, target, ct);
    }

    private Task<Prepared> PrepareAsync(ScenarioInstance s) =>
        _prepared.GetOrAdd(s.Key, _ => new Lazy<Task<Prepared>>(() => Task.FromResult(Prepare(s)))).Value;

    private Prepared Prepare(ScenarioInstance s)
    {
        var (bound, problems) = steps.Bind(s);
        if (problems.Count > 0) return new Prepared(null, [], string.Join("\n", problems));
        if (!bound.Any(b => b.Step.Kind == StepKind.When))
            return new Prepared(null, [], $"{s.FeatureFile}:{s.Line}: the scenario has no When step");
        var arrange = new ArrangeContext(s);
        foreach (var b in bound.Where(b => b.Step.Kind != StepKind.Then))
        {
            try { b.Invoke(arrange); }
            catch (Exception e) { return new Prepared(null, [], $"{s.FeatureFile}:{b.Step.Line}: {b.Step}: {e.Message}"); }
        }
        if (arrange.Spec.Chunks is { } chunks && string.Concat(chunks) != arrange.Spec.Message)
            return new Prepared(null, [], $"{s.FeatureFile}:{s.Line}: the chunks do not add up to the message (stream the message after setting it)");
        return new Prepared(arrange.Spec, bound.Where(b => b.Step.Kind == StepKind.Then).ToList(), null, arrange.Services);
    }

    private async Task<ScenarioOutcome> RunOnAsync(ScenarioInstance s, ITarget target, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        double? runMs = null; // the target's own time for the case, without waiting on the reference
        var prepared = await PrepareAsync(s);
        ScenarioOutcome Outcome(OutcomeStatus status, string? reason, IReadOnlyList<FieldMismatch>? mismatches = null, string? stderr = null, bool matches = false) => new()
        {
            Feature = s.Feature, FeatureFile = s.FeatureFile, Scenario = s.Name, Line = s.Line, Target = target.Name,
            Status = status, Reason = reason, Tools = s.Tools, Tags = s.Tags, Mismatches = mismatches ?? [],
            StderrTail = stderr, Milliseconds = runMs ?? sw.Elapsed.TotalMilliseconds, MatchesDespiteDivergence = matches,
        };

        if (prepared.Problem is not null) return Outcome(OutcomeStatus.Fail, prepared.Problem);
        var spec = prepared.Spec!;

        var unavailable = await target.EnsureStartedAsync(ct);
        if (unavailable is not null)
        {
            // A target that exists but cannot start (bad tree, missing npm packages) is a failure when it is the original;
            // a missing tree is the one honest "not run".
            return Outcome(OutcomeStatus.NotRun, unavailable);
        }
        // Modes that do not bind here (root) would make an "unreadable" file readable on every target alike.
        if (spec.Permissions.Count > 0 && FilePermissions.NotEnforcedReason is { } modesIgnored)
            return Outcome(OutcomeStatus.NotRun, modesIgnored);

        var (response, placeholders, extra) = await RunWithServicesAsync(target, spec, prepared.Services ?? [], ct);
        runMs = response.Elapsed.TotalMilliseconds;
        // The target could not run this case (it said why): not run, never a pass. The reference's own absence is
        // handled above; a reference that cannot run a case it can start is a failure.
        if (response.Status == ResponseStatus.Unavailable && target.Kind != TargetKind.TypeScript)
            return Outcome(OutcomeStatus.NotRun, response.Error);
        if (response.Status != ResponseStatus.Ok)
        {
            var what = response.Status switch
            {
                ResponseStatus.Timeout => "timeout",
                ResponseStatus.Crashed => "target crashed",
                _ => "target error",
            };
            return Outcome(OutcomeStatus.Fail, $"{what}: {response.Error}", stderr: response.StderrTail);
        }

        var raw = response.Transcript!;
        if (extra is not null) foreach (var (k, v) in extra) raw[k] = v?.DeepClone();
        var transcript = Normalizer.Normalize(raw, placeholders);
        var mismatches = new List<FieldMismatch>();

        // Then steps, on this target's own transcript.
        var assert = new AssertContext(target.Name, spec, transcript);
        foreach (var b in prepared.Then)
        {
            try { b.Invoke(assert); }
            catch (StepAssertionException e)
            {
                mismatches.Add(TranscriptComparer.Mismatch(e.Field, e.Expected, e.Actual, "Then-step", $"{b.Step} ({s.FeatureFile}:{b.Step.Line})"));
            }
            catch (Exception e)
            {
                mismatches.Add(new FieldMismatch("(step)", null, e.Message, -1, 0, 0, "Then-step", $"{b.Step} ({s.FeatureFile}:{b.Step.Line})"));
            }
        }

        // Parity: the whole transcript against the reference.
        string? parityProblem = null;
        var recording = recordings.Load(s);
        if (target.Kind == TargetKind.TypeScript)
        {
            _referenceTranscripts[s.Key] = transcript;
            if (options.Record)
            {
                recordings.Save(s, new Recording(target.Version ?? "unknown", DateTimeOffset.UtcNow, "typescript",
                    spec.ToNode(), transcript));
            }
            else if (recording is not null && RecordingStore.SameCase(recording, spec))
            {
                mismatches.AddRange(TranscriptComparer.Compare(recording.Transcript, transcript, $"recording {Short(recording.CodexCommit)}"));
            }
        }
        else
        {
            JsonObject? reference = null;
            string label = "";
            var ts = targets.FirstOrDefault(t => t.Kind == TargetKind.TypeScript);
            if (ts is not null)
            {
                var tsOutcome = await RunScenarioOnAsync(s, ts.Name, ct);
                if (_referenceTranscripts.TryGetValue(s.Key, out var live)) { reference = live; label = "typescript (live)"; }
                else if (tsOutcome.Status == OutcomeStatus.Fail && tsOutcome.Reason is not null && recording is null)
                    parityProblem = $"no expectation: the TypeScript target failed ({tsOutcome.Reason}) and there is no recording";
            }
            if (reference is null && parityProblem is null)
            {
                if (recording is null)
                    parityProblem = $"no expectation: no recording at {Path.GetRelativePath(Directory.GetCurrentDirectory(), recordings.PathFor(s))} and no TypeScript run (record it with --record and a Codex tree)";
                else if (!RecordingStore.SameCase(recording, spec))
                    parityProblem = "the recording is stale: the scenario changed since it was recorded (re-record with --record)";
                else { reference = recording.Transcript; label = $"recording {Short(recording.CodexCommit)}"; }
            }
            if (reference is not null) mismatches.AddRange(TranscriptComparer.Compare(reference, transcript, label));
        }

        // @divergence is about a port: the reference is judged as usual.
        var divergence = target.Kind == TargetKind.TypeScript ? null : s.DivergenceReason;
        if (divergence is not null)
            return Outcome(OutcomeStatus.Divergence, divergence, mismatches, matches: mismatches.Count == 0 && parityProblem is null);
        if (parityProblem is not null) return Outcome(OutcomeStatus.Fail, parityProblem, mismatches);
        if (mismatches.Count > 0)
            return Outcome(OutcomeStatus.Fail, $"{mismatches.Count} field(s) differ; first: {mismatches[0].Field}", mismatches);
        return Outcome(OutcomeStatus.Pass, null);
    }

    /// <summary>Starts the case's services, puts their actual values in place of the placeholders, runs the case.</summary>
    private static async Task<(TargetResponse Response, IReadOnlyList<(string Actual, string Placeholder)> Placeholders, JsonObject? Extra)> RunWithServicesAsync(
        ITarget target, CaseSpec spec, IReadOnlyList<Func<ICaseService>> factories, CancellationToken ct)
    {
        if (factories.Count == 0) return (await target.RunAsync(spec, ct), [], null);
        var services = factories.Select(f => f()).ToList();
        try
        {
            var placeholders = new List<(string Actual, string Placeholder)>();
            foreach (var s in services)
                foreach (var (placeholder, actual) in await s.StartAsync(ct)) placeholders.Add((actual, placeholder));
            var json = spec.ToJson();
            foreach (var (actual, placeholder) in placeholders) json = json.Replace(placeholder, actual, StringComparison.Ordinal);
            var response = await target.RunAsync(CaseSpec.FromJson(json), ct);
            var extra = new JsonObject();
            foreach (var s in services)
                if (s.Collect() is { } fields) foreach (var (k, v) in fields) extra[k] = v?.DeepClone();
            return (response, placeholders, extra.Count > 0 ? extra : null);
        }
        finally
        {
            foreach (var s in services) await s.DisposeAsync();
        }
    }

    private static string Short(string commit) => commit.Length > 8 ? commit[..8] : commit;
}
