using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace LapceParity.Features;

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepAttribute(StepKind kind, string pattern) : Attribute
{
    public StepKind Kind { get; } = kind;
    /// <summary>A regular expression matched against the whole step text.</summary>
    public string Pattern { get; } = pattern;
}

public sealed class GivenAttribute(string pattern) : StepAttribute(StepKind.Given, pattern);
public sealed class WhenAttribute(string pattern) : StepAttribute(StepKind.When, pattern);
public sealed class ThenAttribute(string pattern) : StepAttribute(StepKind.Then, pattern);

/// <summary>Marks a class whose static methods are step definitions.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StepDefinitionsAttribute : Attribute;

/// <summary>A data table argument: the first row is the header.</summary>
public sealed record StepTable(IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public IReadOnlyList<string> Header => Rows.Count > 0 ? Rows[0] : [];
    public IEnumerable<IReadOnlyDictionary<string, string>> Records =>
        Rows.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)Header.Select((h, i) => (h, v: i < r.Count ? r[i] : ""))
            .ToDictionary(x => x.h, x => x.v));
}

/// <summary>A Then-step that does not hold; becomes a field mismatch in the report.</summary>
public sealed class StepAssertionException(string field, string? expected, string? actual, string? message = null)
    : Exception(message ?? $"{field}: expected {Show(expected)}, got {Show(actual)}")
{
    public string Field { get; } = field;
    public string? Expected { get; } = expected;
    public string? Actual { get; } = actual;
    private static string Show(string? s) => s is null ? "(absent)" : $"\"{s}\"";
}

public sealed record StepDefinition(StepKind Kind, Regex Pattern, MethodInfo Method)
{
    public override string ToString() => $"{Method.DeclaringType?.Name}.{Method.Name} /{Pattern}/";
}

public sealed record BoundStep(ScenarioStep Step, StepDefinition Definition, object?[] Arguments)
{
    public void Invoke(object context)
    {
        try
        {
            Definition.Method.Invoke(null, [context, .. Arguments]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }
}

/// <summary>Finds step definitions by attribute and binds scenario steps to them; unknown and ambiguous steps are problems with file:line.</summary>
public sealed class StepRegistry
{
    private readonly List<StepDefinition> _definitions = [];

    public IReadOnlyList<StepDefinition> Definitions => _definitions;

    public static StepRegistry FromAssemblies(params Assembly[] assemblies)
    {
        var registry = new StepRegistry();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.GetCustomAttribute<StepDefinitionsAttribute>() is not null))
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        foreach (var attr in method.GetCustomAttributes<StepAttribute>())
            registry._definitions.Add(new StepDefinition(attr.Kind, new Regex($"^(?:{attr.Pattern})$", RegexOptions.CultureInvariant), method));
        return registry;
    }

    public (IReadOnlyList<BoundStep> Steps, IReadOnlyList<FeatureProblem> Problems) Bind(ScenarioInstance scenario)
    {
        var bound = new List<BoundStep>();
        var problems = new List<FeatureProblem>();
        foreach (var step in scenario.Steps)
        {
            var matches = _definitions.Where(d => d.Kind == step.Kind)
                .Select(d => (d, m: d.Pattern.Match(step.Text))).Where(x => x.m.Success).ToList();
            if (matches.Count == 0)
            {
                problems.Add(new FeatureProblem(scenario.FeatureFile, step.Line, $"no step definition matches: {step.Kind} {step.Text}"));
                continue;
            }
            if (matches.Count > 1)
            {
                problems.Add(new FeatureProblem(scenario.FeatureFile, step.Line,
                    $"ambiguous step: {step.Kind} {step.Text} — matches {string.Join("; ", matches.Select(x => x.d.ToString()))}"));
                continue;
            }
            var (def, match) = matches[0];
            try
            {
                bound.Add(new BoundStep(step, def, Arguments(def.Method, match, step)));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                problems.Add(new FeatureProblem(scenario.FeatureFile, step.Line, $"step arguments do not fit {def}: {e.Message}"));
            }
        }
        return (bound, problems);
    }

    private static object?[] Arguments(MethodInfo method, Match match, ScenarioStep step)
    {
        var parameters = method.GetParameters().Skip(1).ToArray(); // the first is the context
        var groups = match.Groups.Cast<Group>().Skip(1).ToList();
        var args = new object?[parameters.Length];
        var g = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (type == typeof(StepTable))
                args[i] = new StepTable(step.Table ?? throw new InvalidOperationException("the step needs a data table"));
            else if (i == parameters.Length - 1 && type == typeof(string) && g >= groups.Count)
                args[i] = step.DocString ?? throw new InvalidOperationException("the step needs a doc string");
            else
            {
                if (g >= groups.Count) throw new InvalidOperationException("the pattern has fewer groups than the method has parameters");
                var grp = groups[g++];
                args[i] = Convert(grp.Success ? grp.Value : null, type);
            }
        }
        return args;
    }

    private static object? Convert(string? value, Type type)
    {
        if (value is null) return null;
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return value;
        if (t == typeof(int)) return int.Parse(value, CultureInfo.InvariantCulture);
        if (t == typeof(double)) return double.Parse(value, CultureInfo.InvariantCulture);
        if (t == typeof(bool)) return value is "true" or "enabled" or "yes" or "approves";
        throw new InvalidOperationException($"unsupported parameter type {type.Name}");
    }
}
