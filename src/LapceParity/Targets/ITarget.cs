using System.Text.Json.Nodes;
using LapceParity.Model;

namespace LapceParity.Targets;

public enum TargetKind { CSharp, TypeScript, External }

/// <summary>An implementation under test. Transcripts come back as JSON (docs/transcript.md) so every target is compared the same way.</summary>
public interface ITarget : IAsyncDisposable
{
    string Name { get; }
    TargetKind Kind { get; }

    /// <summary>Null when the target can run; otherwise why not (e.g. "no Codex tree"). Starting is lazy and idempotent.</summary>
    Task<string?> EnsureStartedAsync(CancellationToken ct);

    /// <summary>Identity of what runs (e.g. the Codex commit for TypeScript); null when unknown.</summary>
    string? Version { get; }

    Task<TargetResponse> RunAsync(CaseSpec spec, CancellationToken ct);
}

/// <summary>Unavailable: the target cannot run this case for a stated reason (e.g. it needs the Codex tree): not run.</summary>
public enum ResponseStatus { Ok, TargetError, Crashed, Timeout, Unavailable }

/// <summary>One answer from a target: a transcript, or why there is none (with the target's stderr tail when it crashed).</summary>
public sealed record TargetResponse(ResponseStatus Status, JsonObject? Transcript, string? Error = null, string? StderrTail = null, TimeSpan Elapsed = default)
{
    public static TargetResponse Success(JsonObject t, TimeSpan elapsed) => new(ResponseStatus.Ok, t, Elapsed: elapsed);
}
