// Port of src/shared/experiments.ts (Kilo Code 4.88.0), with the ids of packages/types/src/experiment.ts.
namespace Lapce.Tools.Shared;

public sealed record ExperimentConfig(bool Enabled);

public static class Experiments
{
    // EXPERIMENT_IDS
    public const string MorphFastApply = "morphFastApply";
    public const string MultiFileApplyDiff = "multiFileApplyDiff";
    public const string PowerSteering = "powerSteering";
    public const string PreventFocusDisruption = "preventFocusDisruption";

    /// <summary><c>EXPERIMENT_IDS</c> as key → id, in its order (<c>Object.values(EXPERIMENT_IDS)</c> is <c>.Values</c>).</summary>
    public static readonly IReadOnlyDictionary<string, string> ExperimentIds = new OrderedDictionary<string, string>
    {
        ["MORPH_FAST_APPLY"] = MorphFastApply,
        ["MULTI_FILE_APPLY_DIFF"] = MultiFileApplyDiff,
        ["POWER_STEERING"] = PowerSteering,
        ["PREVENT_FOCUS_DISRUPTION"] = PreventFocusDisruption,
    };

    /// <summary><c>experimentConfigsMap</c>, keyed like EXPERIMENT_IDS.</summary>
    public static readonly IReadOnlyDictionary<string, ExperimentConfig> ExperimentConfigsMap = new OrderedDictionary<string, ExperimentConfig>
    {
        ["MORPH_FAST_APPLY"] = new(false),
        ["MULTI_FILE_APPLY_DIFF"] = new(false),
        ["POWER_STEERING"] = new(false),
        ["PREVENT_FOCUS_DISRUPTION"] = new(false),
    };

    /// <summary><c>experimentDefault</c>: experiment id → its default.</summary>
    public static readonly IReadOnlyDictionary<string, bool> ExperimentDefault =
        new OrderedDictionary<string, bool>(ExperimentConfigsMap.Select(kv =>
            KeyValuePair.Create(ExperimentIds[kv.Key], kv.Value.Enabled)));

    /// <summary><c>experiments.get(key)</c>: by EXPERIMENT_IDS key (e.g. "MULTI_FILE_APPLY_DIFF").</summary>
    public static ExperimentConfig? Get(string key) => ExperimentConfigsMap.GetValueOrDefault(key);

    /// <summary>
    /// <c>experiments.isEnabled(experimentsConfig, id)</c>: <c>experimentsConfig[id] ?? experimentDefault[id]</c>.
    /// An id known to neither is <c>undefined</c> there, i.e. falsy: false here.
    /// </summary>
    public static bool IsEnabled(IReadOnlyDictionary<string, bool> experiments, string id) =>
        experiments.TryGetValue(id, out var enabled) ? enabled : ExperimentDefault.GetValueOrDefault(id);
}
