// CommitRange of packages/types/src/kilocode.ts (Kilo Code 4.88.0).
using Lapce.Tools.Utils;

namespace Lapce.Tools.Shared;

/// <summary><c>{ from, to }</c>: the checkpoint commits a completion's "See new changes" diffs.</summary>
public sealed record CommitRange(string From, string To)
{
    /// <summary>As getCommitRangeForNewCompletion builds it: <c>{ to, from }</c>.</summary>
    public JsObject ToJs() => new() { { "to", To }, { "from", From } };
}
