using Gherkin;
using Gherkin.Ast;

namespace LapceParity.Features;

/// <summary>Reads .feature files with the official Gherkin parser and expands them into runnable scenarios.</summary>
public static class FeatureLoader
{
    public sealed record LoadResult(IReadOnlyList<ScenarioInstance> Scenarios, IReadOnlyList<FeatureProblem> Problems);

    public static LoadResult Load(IEnumerable<string> featureDirsOrFiles, string repoRoot)
    {
        var scenarios = new List<ScenarioInstance>();
        var problems = new List<FeatureProblem>();
        var files = featureDirsOrFiles.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*.feature", SearchOption.AllDirectories)
                : File.Exists(p) ? [p] : Array.Empty<string>())
            .Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var dir in featureDirsOrFiles.Where(p => !Directory.Exists(p) && !File.Exists(p)))
            problems.Add(new FeatureProblem(dir, 0, "no such feature file or folder"));

        foreach (var file in files)
        {
            var rel = RelativePath(repoRoot, file);
            try
            {
                var doc = new Parser().Parse(new StringReader(File.ReadAllText(file)));
                if (doc.Feature is null) { problems.Add(new FeatureProblem(rel, 1, "the file has no Feature")); continue; }
                var expanded = Expand(doc.Feature, rel).ToList();
                foreach (var dup in expanded.GroupBy(x => x.Slug).Where(g => g.Count() > 1))
                    foreach (var extra in dup.Skip(1))
                        problems.Add(new FeatureProblem(rel, extra.Line,
                            $"scenario name \"{extra.Name}\" is used twice in this feature (also line {dup.First().Line}); names key the recordings"));
                scenarios.AddRange(expanded);
            }
            catch (CompositeParserException e)
            {
                problems.AddRange(e.Errors.Select(err => new FeatureProblem(rel, err.Location?.Line ?? 0, Clean(err.Message))));
            }
            catch (ParserException e)
            {
                problems.Add(new FeatureProblem(rel, e.Location?.Line ?? 0, Clean(e.Message)));
            }
        }
        return new LoadResult(scenarios, problems);
    }

    /// <summary>Gherkin prefixes its messages with "(line:col): "; we print file:line ourselves.</summary>
    private static string Clean(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"^\(\d+:\d+\):\s*", "");

    public static string RelativePath(string repoRoot, string file) =>
        Path.GetRelativePath(repoRoot, file).Replace('\\', '/');

    private static IEnumerable<ScenarioInstance> Expand(Feature feature, string file)
    {
        var featureTags = feature.Tags.Select(t => t.Name).ToList();
        var background = feature.Children.OfType<Background>().FirstOrDefault();
        var backgroundSteps = background?.Steps.ToList() ?? [];

        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Scenario s:
                    yield return new ScenarioInstance(feature.Name, file, s.Name, s.Location.Line,
                        [.. featureTags, .. s.Tags.Select(t => t.Name)],
                        ResolveKinds(backgroundSteps.Concat(s.Steps), _ => _));
                    break;
                case ScenarioOutline o:
                    foreach (var examples in o.Examples)
                    {
                        if (examples.TableHeader is null) continue;
                        var header = examples.TableHeader.Cells.Select(c => c.Value).ToList();
                        var n = 0;
                        foreach (var row in examples.TableBody)
                        {
                            n++;
                            var values = row.Cells.Select(c => c.Value).ToList();
                            string Sub(string text)
                            {
                                for (var i = 0; i < header.Count && i < values.Count; i++)
                                    text = text.Replace($"<{header[i]}>", values[i], StringComparison.Ordinal);
                                return text;
                            }
                            var label = examples.Name is { Length: > 0 } ? $"{examples.Name} #{n}" : $"example {n}";
                            yield return new ScenarioInstance(feature.Name, file, $"{Sub(o.Name)} ({label})", row.Location.Line,
                                [.. featureTags, .. o.Tags.Select(t => t.Name), .. examples.Tags.Select(t => t.Name)],
                                ResolveKinds(backgroundSteps.Concat(o.Steps), Sub));
                        }
                    }
                    break;
            }
        }
    }

    private static List<ScenarioStep> ResolveKinds(IEnumerable<Step> steps, Func<string, string> substitute)
    {
        var result = new List<ScenarioStep>();
        var last = StepKind.Given;
        foreach (var step in steps)
        {
            var keyword = step.Keyword.Trim();
            last = keyword switch
            {
                "Given" => StepKind.Given,
                "When" => StepKind.When,
                "Then" => StepKind.Then,
                _ => last, // And, But, *
            };
            string? doc = step.Argument is DocString d ? substitute(d.Content) : null;
            IReadOnlyList<IReadOnlyList<string>>? table = step.Argument is DataTable t
                ? t.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => substitute(c.Value)).ToList()).ToList()
                : null;
            result.Add(new ScenarioStep(last, step.Keyword, substitute(step.Text), doc, table, step.Location.Line));
        }
        return result;
    }
}
