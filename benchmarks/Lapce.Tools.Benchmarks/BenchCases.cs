using LapceParity;
using LapceParity.Features;
using LapceParity.Model;
using LapceParity.Steps;

namespace Lapce.Tools.Benchmarks;

/// <summary>The @bench scenarios of benchmarks/*.feature, turned into cases by the same steps the parity runner uses.</summary>
public static class BenchCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, CaseSpec>> Cases = new(() =>
    {
        var repo = RepoRoot.Find(AppContext.BaseDirectory);
        var load = FeatureLoader.Load([Path.Combine(repo, "benchmarks")], repo);
        var steps = StepRegistry.FromAssemblies(typeof(ParityEngine).Assembly);
        var result = new Dictionary<string, CaseSpec>();
        foreach (var s in load.Scenarios.Where(s => s.Tags.Contains("@bench")))
        {
            var (bound, problems) = steps.Bind(s);
            if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems));
            var arrange = new ArrangeContext(s);
            foreach (var b in bound.Where(b => b.Step.Kind != StepKind.Then)) b.Invoke(arrange);
            result[s.Name] = arrange.Spec;
        }
        return result;
    });

    public static IEnumerable<string> Names => Cases.Value.Keys;
    public static CaseSpec Get(string name) => Cases.Value[name];
}
