using LapceParity.Features;

namespace LapceParity.Cli;

/// <summary>
/// --filter: comma-separated terms, all of which must hold. "@tag" needs the tag, "!@tag" excludes it, "file.feature:12"
/// picks a line, any other text matches "feature › scenario" or the file path, case-insensitively.
/// </summary>
public static class ScenarioFilter
{
    public static Func<ScenarioInstance, bool> Parse(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression)) return _ => true;
        var terms = expression.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return s => terms.All(t => Matches(s, t));
    }

    private static bool Matches(ScenarioInstance s, string term)
    {
        if (term.StartsWith("!", StringComparison.Ordinal)) return !Matches(s, term[1..]);
        if (term.StartsWith('@')) return s.Tags.Any(t => t.Equals(term, StringComparison.OrdinalIgnoreCase) || t.StartsWith(term + "(", StringComparison.OrdinalIgnoreCase));
        if (term.Contains(".feature:", StringComparison.Ordinal)) return s.Key.EndsWith(term, StringComparison.Ordinal);
        return $"{s.Feature} › {s.Name}".Contains(term, StringComparison.OrdinalIgnoreCase)
            || s.FeatureFile.Contains(term, StringComparison.OrdinalIgnoreCase);
    }
}
