namespace LapceParity.Features;

public enum StepKind { Given, When, Then }

/// <summary>A step after Background merging and Scenario Outline substitution; And/But resolved to the previous kind.</summary>
public sealed record ScenarioStep(StepKind Kind, string Keyword, string Text, string? DocString, IReadOnlyList<IReadOnlyList<string>>? Table, int Line)
{
    public override string ToString() => $"{Keyword.Trim()} {Text}";
}

/// <summary>One runnable scenario (an outline gives one per example row).</summary>
public sealed record ScenarioInstance(
    string Feature, string FeatureFile, string Name, int Line, IReadOnlyList<string> Tags, IReadOnlyList<ScenarioStep> Steps)
{
    /// <summary>Stable identity: file and line (unique even for outline rows).</summary>
    public string Key => $"{FeatureFile}:{Line}";

    public IReadOnlyList<string> Tools => Tags.Where(t => t.StartsWith("@tool:", StringComparison.Ordinal)).Select(t => t[6..]).ToList();

    /// <summary>The reason of a <c>@divergence(reason)</c> tag (underscores read as spaces), or null.</summary>
    public string? DivergenceReason => Tags.Where(t => t.StartsWith("@divergence", StringComparison.Ordinal))
        .Select(t => t.Length > "@divergence".Length + 1 && t.EndsWith(')') ? t["@divergence(".Length..^1].Replace('_', ' ') : "no reason given")
        .FirstOrDefault();

    public bool IsSlow => Tags.Contains("@slow");
    /// <summary>@needs-codex-tree: the C# port reads what the case shows from the Codex tree at run time (without one: not run).</summary>
    public bool NeedsCodexTree => Tags.Contains("@needs-codex-tree");

    public string DisplayName(string target) => $"{Feature} › {Name} [{target}]";

    /// <summary>File-system-safe name for the recording of this scenario: from its name only, so recordings survive
    /// edits that move lines. Names are unique within a feature (the loader reports duplicates).</summary>
    public string Slug
    {
        get
        {
            var chars = Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
            var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
            if (slug.Length > 90)
            {
                // Keep long names apart: a short stable hash of the full name after the cut.
                var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Name)))[..8].ToLowerInvariant();
                slug = slug[..80].TrimEnd('-') + "-" + hash;
            }
            return slug;
        }
    }
}

/// <summary>A problem found while loading or binding features, always with file:line.</summary>
public sealed record FeatureProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
