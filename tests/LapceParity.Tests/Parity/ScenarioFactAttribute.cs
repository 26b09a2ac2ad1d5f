using Xunit.Abstractions;
using Xunit.Sdk;

namespace LapceParity.Tests.Parity;

/// <summary>Turns one test method into one test per scenario per target, named "feature › scenario [target]".</summary>
[XunitTestCaseDiscoverer("LapceParity.Tests.Parity.ScenarioDiscoverer", "LapceParity.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScenarioFactAttribute : FactAttribute;

public sealed class ScenarioDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute)
    {
        foreach (var p in ParitySuite.Problems)
            yield return new ScenarioTestCase(sink, method, $"{p.File}:{p.Line}", "runner", $"{p.File} › (feature file could not be read) [runner]", null);

        foreach (var s in ParitySuite.Scenarios)
        foreach (var target in ParitySuite.TargetNames)
        {
            string? skip = null;
            if (target == "typescript") skip = ParitySuite.TypeScriptUnavailable;
            else if (s.DivergenceReason is { } reason) skip = $"divergence: {reason}";
            // The C# port reads some of Codex's texts from the tree at run time (fetch_instructions): without a tree
            // such a case cannot run (xUnit 2 cannot skip at run time, so the tag says it in advance).
            else if (s.NeedsCodexTree && ParitySuite.CodexRoot is null) skip = "not run: no Codex tree (set CODEX_ROOT); the C# port reads Codex's texts from it at run time";
            yield return new ScenarioTestCase(sink, method, s.Key, target, s.DisplayName(target), skip);
        }
    }
}

public sealed class ScenarioTestCase : XunitTestCase
{
    private string _display = "";
    private string? _skip;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ScenarioTestCase() { }

    public ScenarioTestCase(IMessageSink sink, ITestMethod method, string key, string target, string display, string? skip)
        : base(sink, TestMethodDisplay.Method, TestMethodDisplayOptions.None, method, [key, target])
    {
        _display = display;
        _skip = skip;
        DisplayName = display;
        SkipReason = skip;
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) => _display;
    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skip;
    protected override string GetUniqueID() => $"{TestMethod.TestClass.Class.Name}|{TestMethodArguments[0]}|{TestMethodArguments[1]}";

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Display", _display);
        data.AddValue("Skip", _skip);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _display = data.GetValue<string>("Display");
        _skip = data.GetValue<string>("Skip");
        base.Deserialize(data);
    }
}
