using System.Globalization;
using System.Net;
using System.Text;
using LapceParity.Comparison;
using LapceParity.Model;

namespace LapceParity.Report;

/// <summary>
/// The parity report as one self-contained HTML file (inline CSS and JS, nothing fetched): run header, per-target
/// summary, a scenario × target matrix grouped by tool and feature with live filters, and every mismatch inline
/// with a character diff in which invisible characters are made visible.
/// </summary>
/// <remarks>Stable hooks for browser tests: <c>tr.scenario[data-status][data-tool][data-target-statuses]</c>,
/// <c>td.cell.status-pass|status-fail|status-notrun|status-divergence</c>, <c>#filter-tool</c>, <c>#filter-status</c>,
/// <c>#filter-count</c>, <c>ins.ins</c>, <c>del.del</c>, <c>span.ws</c>; each scenario row <c>#s-N</c> is followed by
/// its details row <c>#s-N-details</c> when it has anything to show.</remarks>
public static class HtmlReport
{
    /// <summary>Inserted/deleted runs longer than this are shown as head and tail with the middle elided.</summary>
    public const int MaxChangedShown = 2000;

    public const string NoTool = "(no tool)";

    public static void Write(RunResults results, string path, string repoRoot,
        IReadOnlyDictionary<string, string?>? versions = null)
    {
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        File.WriteAllText(full, Render(results, dir, repoRoot, versions), new UTF8Encoding(false));
    }

    /// <summary>The whole HTML document; links to feature files are made relative to <paramref name="reportDir"/>.</summary>
    public static string Render(RunResults results, string reportDir, string repoRoot,
        IReadOnlyDictionary<string, string?>? versions = null)
    {
        var targets = OrderTargets(results.Outcomes.Select(o => o.Target));
        var summaries = results.Summaries(versions).ToDictionary(s => s.Target);
        var scenarios = GroupScenarios(results.Outcomes);

        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>Lapce parity report</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");

        WriteHeader(sb, results);
        WriteSummary(sb, targets, summaries);
        WriteFilters(sb, scenarios);
        WriteMatrix(sb, scenarios, targets, reportDir, repoRoot);

        sb.Append("<script>\n").Append(Js).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    // ---------------------------------------------------------------- model

    private sealed record ScenarioRow(
        string Id, string Feature, string FeatureFile, string Scenario, int Line,
        IReadOnlyList<string> Tools, string GroupTool, IReadOnlyDictionary<string, ScenarioOutcome> ByTarget);

    private static List<string> OrderTargets(IEnumerable<string> targets)
    {
        var distinct = targets.Distinct(StringComparer.Ordinal).ToList();
        var ordered = new List<string>();
        foreach (var known in new[] { "csharp", "typescript" })
            if (distinct.Contains(known)) ordered.Add(known);
        ordered.AddRange(distinct.Where(t => !ordered.Contains(t)));
        return ordered;
    }

    private static List<ScenarioRow> GroupScenarios(IReadOnlyList<ScenarioOutcome> outcomes)
    {
        var rows = outcomes
            .GroupBy(o => (o.FeatureFile, o.Line, o.Scenario))
            .Select(g =>
            {
                var first = g.First();
                var tools = g.SelectMany(o => o.Tools).Distinct(StringComparer.Ordinal).ToList();
                var byTarget = new Dictionary<string, ScenarioOutcome>(StringComparer.Ordinal);
                foreach (var o in g) byTarget.TryAdd(o.Target, o);
                return (first, tools, byTarget);
            })
            .OrderBy(x => x.tools.Count == 0 ? 1 : 0)
            .ThenBy(x => x.tools.Count == 0 ? "" : x.tools[0], StringComparer.Ordinal)
            .ThenBy(x => x.first.Feature, StringComparer.Ordinal)
            .ThenBy(x => x.first.FeatureFile, StringComparer.Ordinal)
            .ThenBy(x => x.first.Line)
            .ThenBy(x => x.first.Scenario, StringComparer.Ordinal)
            .ToList();
        return rows.Select((x, i) => new ScenarioRow($"s-{i + 1}", x.first.Feature, x.first.FeatureFile,
            x.first.Scenario, x.first.Line, x.tools, x.tools.Count == 0 ? NoTool : x.tools[0], x.byTarget)).ToList();
    }

    public static string StatusToken(OutcomeStatus s) => s switch
    {
        OutcomeStatus.Pass => "pass",
        OutcomeStatus.Fail => "fail",
        OutcomeStatus.NotRun => "notrun",
        OutcomeStatus.Divergence => "divergence",
        _ => "unknown",
    };

    public static string StatusWord(OutcomeStatus s) => s switch
    {
        OutcomeStatus.Pass => "PASS",
        OutcomeStatus.Fail => "FAIL",
        OutcomeStatus.NotRun => "NOT RUN",
        OutcomeStatus.Divergence => "DIVERGENCE",
        _ => "?",
    };

    /// <summary>The row's overall status: fail if any target failed, else not run, else divergence, else pass.</summary>
    private static OutcomeStatus RowStatus(ScenarioRow row, IReadOnlyList<string> targets)
    {
        var statuses = targets.Select(t => row.ByTarget.TryGetValue(t, out var o) ? o.Status : OutcomeStatus.NotRun).ToList();
        if (statuses.Contains(OutcomeStatus.Fail)) return OutcomeStatus.Fail;
        if (statuses.Contains(OutcomeStatus.NotRun)) return OutcomeStatus.NotRun;
        if (statuses.Contains(OutcomeStatus.Divergence)) return OutcomeStatus.Divergence;
        return OutcomeStatus.Pass;
    }

    // ---------------------------------------------------------------- sections

    private static void WriteHeader(StringBuilder sb, RunResults r)
    {
        sb.Append("<header class=\"top\">\n<h1>Lapce parity report</h1>\n<dl class=\"meta\">\n");
        Meta(sb, "Run started", $"<time datetime=\"{E(r.StartedAt.ToString("o", CultureInfo.InvariantCulture))}\">" +
            E(r.StartedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture)) + "</time>");
        Meta(sb, "Wall time", E(FormatDuration(r.WallMilliseconds)));
        Meta(sb, "Codex pin", $"<code id=\"codex-pin\" title=\"{E(r.CodexPin)}\">{E(Short(r.CodexPin))}</code>");
        string found;
        if (string.IsNullOrEmpty(r.CodexFound))
            found = "<span id=\"codex-found\" class=\"warn-text\">no Codex tree</span>";
        else if (!CommitsMatch(r.CodexPin, r.CodexFound))
            found = $"<code id=\"codex-found\" title=\"{E(r.CodexFound)}\">{E(Short(r.CodexFound))}</code> " +
                    "<span class=\"warn-text\">differs from the pin</span>";
        else
            found = $"<code id=\"codex-found\" title=\"{E(r.CodexFound)}\">{E(Short(r.CodexFound))}</code> <span class=\"ok-text\">matches the pin</span>";
        Meta(sb, "Codex tree", found);
        sb.Append("</dl>\n");
        if (r.Warnings.Count > 0)
        {
            sb.Append("<section class=\"warnings\" id=\"warnings\"><h2>Warnings</h2>\n<ul>\n");
            foreach (var w in r.Warnings) sb.Append("<li>").Append(E(w)).Append("</li>\n");
            sb.Append("</ul>\n</section>\n");
        }
        sb.Append("</header>\n");
    }

    private static bool CommitsMatch(string pin, string found)
    {
        pin = pin.Trim(); found = found.Trim();
        if (pin.Length == 0 || found.Length == 0) return false;
        return pin.StartsWith(found, StringComparison.OrdinalIgnoreCase) || found.StartsWith(pin, StringComparison.OrdinalIgnoreCase);
    }

    private static string Short(string commit)
    {
        commit = commit.Trim();
        return commit.Length > 12 && commit.All(Uri.IsHexDigit) ? commit[..12] : commit;
    }

    private static void Meta(StringBuilder sb, string term, string html) =>
        sb.Append("<div><dt>").Append(E(term)).Append("</dt><dd>").Append(html).Append("</dd></div>\n");

    private static void WriteSummary(StringBuilder sb, IReadOnlyList<string> targets, IReadOnlyDictionary<string, TargetSummary> summaries)
    {
        sb.Append("<section class=\"summary\"><h2>Summary</h2>\n<table class=\"summary-table\" id=\"summary\">\n<thead><tr>")
          .Append("<th scope=\"col\">Target</th><th scope=\"col\">Version</th><th scope=\"col\" class=\"num\">Pass</th>")
          .Append("<th scope=\"col\" class=\"num\">Fail</th><th scope=\"col\" class=\"num\">Not run</th>")
          .Append("<th scope=\"col\" class=\"num\">Divergence</th><th scope=\"col\" class=\"num\">Total</th>")
          .Append("<th scope=\"col\" class=\"bar-col\">Share</th><th scope=\"col\" class=\"num\">Time</th></tr></thead>\n<tbody>\n");
        foreach (var t in targets)
        {
            var s = summaries[t];
            int total = s.Pass + s.Fail + s.NotRun + s.Divergence;
            sb.Append($"<tr data-target=\"{E(t)}\"><th scope=\"row\">{E(t)}</th><td class=\"version\">{E(s.Version ?? "—")}</td>")
              .Append($"<td class=\"num count-pass\">{s.Pass}</td><td class=\"num count-fail\">{s.Fail}</td>")
              .Append($"<td class=\"num count-notrun\">{s.NotRun}</td><td class=\"num count-divergence\">{s.Divergence}</td>")
              .Append($"<td class=\"num count-total\">{total}</td><td class=\"bar-col\">");
            sb.Append("<div class=\"bar\" aria-hidden=\"true\">");
            foreach (var (n, cls) in new[] { (s.Pass, "pass"), (s.Fail, "fail"), (s.NotRun, "notrun"), (s.Divergence, "divergence") })
                if (n > 0 && total > 0)
                    sb.Append($"<span class=\"seg status-{cls}\" style=\"width:{(100.0 * n / total).ToString("0.###", CultureInfo.InvariantCulture)}%\"></span>");
            sb.Append("</div></td>")
              .Append($"<td class=\"num\">{E(FormatDuration(s.TotalMilliseconds))}</td></tr>\n");
        }
        if (targets.Count == 0) sb.Append("<tr><td colspan=\"9\" class=\"empty\">No outcomes were recorded.</td></tr>\n");
        sb.Append("</tbody>\n</table>\n<p class=\"note\">Divergence (a documented, tagged difference) and not run are counted apart; neither counts as a pass.</p>\n</section>\n");
    }

    private static void WriteFilters(StringBuilder sb, IReadOnlyList<ScenarioRow> rows)
    {
        var tools = rows.SelectMany(r => r.Tools).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        sb.Append("<section class=\"filters\" id=\"filters\">\n<label>Tool <select id=\"filter-tool\">\n")
          .Append("<option value=\"all\" data-label=\"All tools\">All tools</option>\n");
        foreach (var t in tools) sb.Append($"<option value=\"{E(t)}\" data-label=\"{E(t)}\">{E(t)}</option>\n");
        if (rows.Any(r => r.Tools.Count == 0))
            sb.Append($"<option value=\"(none)\" data-label=\"{E(NoTool)}\">{E(NoTool)}</option>\n");
        sb.Append("</select></label>\n<label>Status <select id=\"filter-status\">\n")
          .Append("<option value=\"all\" data-label=\"All\">All</option>\n")
          .Append("<option value=\"fail\" data-label=\"Failures only\">Failures only</option>\n")
          .Append("<option value=\"notrun\" data-label=\"Not run\">Not run</option>\n")
          .Append("<option value=\"divergence\" data-label=\"Divergence\">Divergence</option>\n")
          .Append("<option value=\"pass\" data-label=\"Passing everywhere\">Passing everywhere</option>\n")
          .Append("</select></label>\n")
          .Append($"<span id=\"filter-count\" class=\"filter-count\" aria-live=\"polite\">{rows.Count} of {rows.Count} scenarios shown</span>\n")
          .Append("<span class=\"legend\"><span class=\"chip status-pass\">PASS</span><span class=\"chip status-fail\">FAIL</span>")
          .Append("<span class=\"chip status-notrun\">NOT RUN</span><span class=\"chip status-divergence\">DIVERGENCE</span></span>\n")
          .Append("</section>\n");
    }

    private static void WriteMatrix(StringBuilder sb, IReadOnlyList<ScenarioRow> rows, IReadOnlyList<string> targets,
        string reportDir, string repoRoot)
    {
        int cols = 1 + targets.Count;
        sb.Append("<section class=\"matrix-section\"><h2>Scenarios</h2>\n<table class=\"matrix\" id=\"matrix\">\n<thead><tr><th scope=\"col\" class=\"scenario-col\">Scenario</th>");
        foreach (var t in targets) sb.Append($"<th scope=\"col\" class=\"target-col\" data-target=\"{E(t)}\">{E(t)}</th>");
        sb.Append("</tr></thead>\n<tbody>\n");

        string? currentTool = null, currentFeature = null;
        int groupIndex = 0, featureIndex = 0;
        foreach (var row in rows)
        {
            if (row.GroupTool != currentTool)
            {
                currentTool = row.GroupTool;
                currentFeature = null;
                groupIndex++;
                int n = rows.Count(r => r.GroupTool == currentTool);
                sb.Append($"<tr class=\"group group-tool\" data-group=\"g{groupIndex}\"><th colspan=\"{cols}\" scope=\"rowgroup\">")
                  .Append($"<span class=\"group-label\">{(currentTool == NoTool ? E(NoTool) : "tool <code>" + E(currentTool) + "</code>")}</span> ")
                  .Append($"<span class=\"group-count\">{n} scenario{(n == 1 ? "" : "s")}</span></th></tr>\n");
            }
            string featureKey = row.Feature + "\u0000" + row.FeatureFile;
            if (featureKey != currentFeature)
            {
                currentFeature = featureKey;
                featureIndex++;
                sb.Append($"<tr class=\"group group-feature\" data-group=\"g{groupIndex}\" data-feature-group=\"f{featureIndex}\"><th colspan=\"{cols}\" scope=\"rowgroup\">")
                  .Append($"<span class=\"feature-name\">{E(row.Feature)}</span> <span class=\"feature-file\">{E(row.FeatureFile)}</span></th></tr>\n");
            }

            var status = RowStatus(row, targets);
            var targetStatuses = string.Join(' ', targets.Select(t =>
                t + ":" + (row.ByTarget.TryGetValue(t, out var o) ? StatusToken(o.Status) : "notrun")));
            string link = FeatureLink(reportDir, repoRoot, row.FeatureFile, row.Line);
            sb.Append($"<tr class=\"scenario row-{StatusToken(status)}\" id=\"{row.Id}\" data-status=\"{StatusToken(status)}\" ")
              .Append($"data-tool=\"{E(string.Join(' ', row.Tools))}\" data-target-statuses=\"{E(targetStatuses)}\" ")
              .Append($"data-group=\"g{groupIndex}\" data-feature-group=\"f{featureIndex}\">")
              .Append($"<th scope=\"row\" class=\"scenario-name\"><span class=\"name\">{E(row.Scenario)}</span>")
              .Append($"<a class=\"loc\" href=\"{E(link)}\">{E(row.FeatureFile)}:{row.Line}</a>");
            if (row.Tools.Count > 1)
                sb.Append("<span class=\"tools\">").Append(string.Join(" ", row.Tools.Select(t => "<code>" + E(t) + "</code>"))).Append("</span>");
            sb.Append("</th>");
            foreach (var t in targets)
            {
                if (!row.ByTarget.TryGetValue(t, out var o))
                {
                    sb.Append($"<td class=\"cell status-notrun missing\" data-target=\"{E(t)}\" title=\"no outcome recorded for {E(t)}\"><span class=\"word\">NOT RUN</span><span class=\"sub\">no outcome</span></td>");
                    continue;
                }
                string title = o.Reason ?? (o.Mismatches.Count > 0 ? MismatchSummary(o) : StatusWord(o.Status));
                sb.Append($"<td class=\"cell status-{StatusToken(o.Status)}\" data-target=\"{E(t)}\" title=\"{E(title)}\">")
                  .Append($"<span class=\"word\">{StatusWord(o.Status)}</span>");
                if (o.Status == OutcomeStatus.Fail && o.Mismatches.Count > 0)
                    sb.Append($"<span class=\"sub\">{o.Mismatches.Count} field{(o.Mismatches.Count == 1 ? "" : "s")}</span>");
                else if (o.Status == OutcomeStatus.Divergence && o.MatchesDespiteDivergence)
                    sb.Append("<span class=\"sub now-matches\">now matches</span>");
                else if (o.Status != OutcomeStatus.NotRun)
                    sb.Append($"<span class=\"sub\">{E(FormatDuration(o.Milliseconds))}</span>");
                sb.Append("</td>");
            }
            sb.Append("</tr>\n");

            WriteDetailsRow(sb, row, targets, cols, groupIndex, featureIndex);
        }
        sb.Append($"<tr id=\"empty\" class=\"empty-row\"{(rows.Count == 0 ? "" : " hidden")}><td colspan=\"{cols}\">No scenario matches the filter.</td></tr>\n");
        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteDetailsRow(StringBuilder sb, ScenarioRow row, IReadOnlyList<string> targets, int cols, int groupIndex, int featureIndex)
    {
        var shown = targets.Where(row.ByTarget.ContainsKey).Select(t => row.ByTarget[t])
            .Where(o => o.Status != OutcomeStatus.Pass || o.Mismatches.Count > 0 || o.StderrTail != null)
            .ToList();
        if (shown.Count == 0) return;
        sb.Append($"<tr class=\"details\" id=\"{row.Id}-details\" data-for=\"{row.Id}\" data-group=\"g{groupIndex}\" data-feature-group=\"f{featureIndex}\"><td colspan=\"{cols}\">\n");
        foreach (var o in shown)
        {
            string token = StatusToken(o.Status);
            bool open = o.Status == OutcomeStatus.Fail;
            sb.Append($"<details class=\"outcome status-{token}\" data-target=\"{E(o.Target)}\"{(open ? " open" : "")}>")
              .Append($"<summary><span class=\"chip status-{token}\">{StatusWord(o.Status)}</span> <strong>{E(o.Target)}</strong>");
            string? headline = o.Status switch
            {
                OutcomeStatus.Fail => o.Reason ?? (o.Mismatches.Count > 0 ? MismatchSummary(o) : null),
                OutcomeStatus.NotRun => o.Reason is null ? "not run" : "not run: " + o.Reason,
                OutcomeStatus.Divergence => (o.Reason is null ? "divergence" : "divergence: " + o.Reason)
                                            + (o.MatchesDespiteDivergence ? " — the transcripts now match; the @divergence tag may be stale" : ""),
                _ => o.Reason,
            };
            if (headline != null) sb.Append(" — <span class=\"reason\">").Append(E(headline)).Append("</span>");
            sb.Append("</summary>\n<div class=\"outcome-body\">\n");
            if (o.Reason != null && o.Status == OutcomeStatus.Fail && o.Mismatches.Count > 0 && o.Reason != MismatchSummary(o))
                sb.Append("<p class=\"mm-count\">").Append(E(MismatchSummary(o))).Append("</p>\n");
            foreach (var m in o.Mismatches) WriteMismatch(sb, m);
            if (!string.IsNullOrEmpty(o.StderrTail))
                sb.Append("<div class=\"stderr-block\"><div class=\"label\">stderr (tail)</div><pre class=\"stderr\">")
                  .Append(E(o.StderrTail)).Append("</pre></div>\n");
            if (o.Tags.Count > 0)
                sb.Append("<p class=\"tags\">").Append(string.Join(" ", o.Tags.Select(t => "<code>" + E(t) + "</code>"))).Append("</p>\n");
            sb.Append("</div></details>\n");
        }
        sb.Append("</td></tr>\n");
    }

    private static string MismatchSummary(ScenarioOutcome o)
    {
        int n = o.Mismatches.Count;
        var fields = o.Mismatches.Take(5).Select(m => m.Field).ToList();
        return $"{n} field{(n == 1 ? "" : "s")} differ{(n == 1 ? "s" : "")}: {string.Join(", ", fields)}{(n > 5 ? ", …" : "")}";
    }

    private static void WriteMismatch(StringBuilder sb, FieldMismatch m)
    {
        sb.Append("<div class=\"mismatch\" data-field=\"").Append(E(m.Field)).Append("\">\n<div class=\"mm-head\">")
          .Append("<code class=\"field\">").Append(E(m.Field)).Append("</code>");
        string where;
        if (m.Expected is null) where = "missing on the expected side";
        else if (m.Actual is null) where = "missing on the actual side";
        else if (m.Position < 0) where = "differs";
        else where = $"first difference at index {m.Position} (line {m.Line}, column {m.Column})";
        sb.Append("<span class=\"pos\" data-index=\"").Append(m.Position.ToString(CultureInfo.InvariantCulture))
          .Append("\" data-line=\"").Append(m.Line.ToString(CultureInfo.InvariantCulture))
          .Append("\" data-column=\"").Append(m.Column.ToString(CultureInfo.InvariantCulture)).Append("\">")
          .Append(E(where)).Append("</span>")
          .Append("<span class=\"against\">compared against <strong>").Append(E(m.ExpectedLabel)).Append("</strong></span>")
          .Append("<span class=\"lengths\">expected ").Append(m.Expected is null ? "—" : m.Expected.Length + " chars")
          .Append(", actual ").Append(m.Actual is null ? "—" : m.Actual.Length + " chars").Append("</span>")
          .Append("</div>\n");
        if (m.Step != null) sb.Append("<div class=\"step\">step: <code>").Append(E(m.Step)).Append("</code></div>\n");
        var segments = CharDiff.Collapse(CharDiff.Compute(m.Expected ?? "", m.Actual ?? ""));
        sb.Append("<pre class=\"diff\">").Append(RenderDiff(segments)).Append("</pre>\n")
          .Append("<div class=\"diff-legend\"><del class=\"legend-del\">only in expected</del> <ins class=\"legend-ins\">only in actual</ins></div>\n")
          .Append("</div>\n");
    }

    // ---------------------------------------------------------------- diff & invisible characters

    /// <summary>HTML for diff segments: <c>&lt;span class="eq"&gt;</c>, <c>&lt;del class="del"&gt;</c>,
    /// <c>&lt;ins class="ins"&gt;</c>, <c>&lt;span class="skip"&gt;</c>; every segment through <see cref="Visible"/>.</summary>
    public static string RenderDiff(IReadOnlyList<DiffSegment> segments)
    {
        var sb = new StringBuilder();
        if (segments.Count == 0) return "<span class=\"empty-text\">(both empty)</span>";
        foreach (var s in segments)
        {
            switch (s.Kind)
            {
                case DiffKind.Equal:
                    sb.Append("<span class=\"eq\">").Append(Visible(s.Text)).Append("</span>");
                    break;
                case DiffKind.Deleted:
                    sb.Append("<del class=\"del\" title=\"only in expected\">").Append(VisibleLimited(s.Text)).Append("</del>");
                    break;
                case DiffKind.Inserted:
                    sb.Append("<ins class=\"ins\" title=\"only in actual\">").Append(VisibleLimited(s.Text)).Append("</ins>");
                    break;
                case DiffKind.Elided:
                    sb.Append("<span class=\"skip\">⋯ ").Append(s.ElidedCount.ToString("N0", CultureInfo.InvariantCulture))
                      .Append(" equal character").Append(s.ElidedCount == 1 ? "" : "s").Append(" ⋯</span>");
                    // Context snapped to a line start: keep the marker on a line of its own.
                    if (s.Text.EndsWith('\n')) sb.Append('\n');
                    break;
            }
        }
        return sb.ToString();
    }

    private static string VisibleLimited(string text)
    {
        if (text.Length <= MaxChangedShown) return Visible(text);
        int half = MaxChangedShown / 2;
        int head = half, tail = text.Length - half;
        if (char.IsHighSurrogate(text[head - 1])) head--;
        if (char.IsLowSurrogate(text[tail])) tail++;
        return Visible(text[..head]) + "<span class=\"skip\">⋯ " +
               (tail - head).ToString("N0", CultureInfo.InvariantCulture) + " more characters ⋯</span>" + Visible(text[tail..]);
    }

    /// <summary>The marker shown for an invisible or ambiguous character, or null for a character shown as itself.
    /// Space "·", tab "→", CR "␍", LF "␊", BOM "⟨BOM⟩", NBSP "⍽"; other controls, zero-width, bidi and
    /// separator characters "⟨U+XXXX⟩".</summary>
    public static string? Marker(char c) => c switch
    {
        ' ' => "·",
        '\t' => "→",
        '\r' => "␍",
        '\n' => "␊",
        '\uFEFF' => "⟨BOM⟩",
        '\u00A0' => "⍽",
        _ when c < ' ' || (c >= '\u007F' && c <= '\u009F') => $"⟨U+{(int)c:X4}⟩",
        _ when (c >= '\u200B' && c <= '\u200F') || (c >= '\u2028' && c <= '\u202F') || (c >= '\u2060' && c <= '\u2064')
               || (c >= '\u2066' && c <= '\u2069') || c == '\u00AD' || c == '\u061C' || c == '\u180E'
               || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u3000' => $"⟨U+{(int)c:X4}⟩",
        _ => null,
    };

    /// <summary>HTML-escaped text with every invisible character replaced by its marker inside
    /// <c>&lt;span class="ws" title="U+XXXX"&gt;</c>; an LF marker is followed by a real line break.</summary>
    public static string Visible(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            string? marker = char.IsSurrogate(c) ? $"⟨U+{(int)c:X4}⟩" : Marker(c);
            if (marker is null)
            {
                AppendEscaped(sb, c);
                continue;
            }
            sb.Append("<span class=\"ws\" title=\"U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture))
              .Append("\">").Append(marker).Append("</span>");
            if (c == '\n') sb.Append('\n');
        }
        return sb.ToString();
    }

    // ---------------------------------------------------------------- helpers

    private static void AppendEscaped(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '&': sb.Append("&amp;"); break;
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            case '"': sb.Append("&quot;"); break;
            case '\'': sb.Append("&#39;"); break;
            default: sb.Append(c); break;
        }
    }

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                sb.Append('\uFFFD');
            else if (c < ' ' && c != '\n' && c != '\t' && c != '\r')
                sb.Append('\uFFFD');
            else
                AppendEscaped(sb, c);
        }
        return sb.ToString();
    }

    /// <summary>Link from the report directory to a repo file at a line, e.g. <c>../features/x.feature#L12</c>.</summary>
    public static string FeatureLink(string reportDir, string repoRoot, string featureFile, int line)
    {
        string target = Path.GetFullPath(Path.Combine(repoRoot, featureFile.Replace('/', Path.DirectorySeparatorChar)));
        string rel = Path.GetRelativePath(Path.GetFullPath(reportDir), target).Replace('\\', '/');
        string encoded = string.Join('/', rel.Split('/').Select(p => p is ".." or "." ? p : Uri.EscapeDataString(p)));
        return $"{encoded}#L{line.ToString(CultureInfo.InvariantCulture)}";
    }

    public static string FormatDuration(double ms)
    {
        if (double.IsNaN(ms) || ms < 0) return "—";
        if (ms < 1000) return ms.ToString("0", CultureInfo.InvariantCulture) + " ms";
        double s = ms / 1000;
        if (s < 60) return s.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        var ts = TimeSpan.FromMilliseconds(ms);
        return ts.TotalHours >= 1
            ? $"{(int)ts.TotalHours} h {ts.Minutes:00} min {ts.Seconds:00} s"
            : $"{ts.Minutes} min {ts.Seconds:00} s";
    }

    // ---------------------------------------------------------------- inline CSS and JS

    private const string Css = """
:root {
  --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --bg: #ffffff; --bg-soft: #f6f8fa;
  --pass-bg: #c7ecc9; --pass-fg: #0f5323; --fail-bg: #fbd2d2; --fail-fg: #8c1212;
  --notrun-bg: #e4e6e9; --notrun-fg: #3d434b; --div-bg: #fde7b0; --div-fg: #6b4500;
  --ins-bg: #b6f0c0; --ins-fg: #05361a; --del-bg: #ffc4c4; --del-fg: #5c0b0b;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
}
* { box-sizing: border-box; }
body { margin: 0; padding: 20px 28px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 22px; margin: 0 0 10px; }
h2 { font-size: 16px; margin: 22px 0 8px; }
code { font-family: var(--mono); font-size: 12.5px; }
a { color: #0b5cad; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0; }
.meta div { display: flex; gap: 8px; align-items: baseline; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; font-weight: 500; }
.warn-text { color: #9a5b00; font-weight: 600; }
.ok-text { color: var(--pass-fg); font-size: 12px; }
.warnings { margin-top: 12px; border: 1px solid #e8c36a; background: #fff8e5; border-radius: 6px; padding: 6px 14px; }
.warnings h2 { margin: 4px 0; font-size: 14px; color: #7a4a00; }
.warnings ul { margin: 4px 0 6px; padding-left: 20px; }
table { border-collapse: collapse; }
.summary-table th, .summary-table td { border-bottom: 1px solid var(--border); padding: 5px 12px; text-align: left; }
.summary-table thead th { background: var(--bg-soft); font-weight: 600; font-size: 12.5px; color: var(--muted); }
.summary-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.summary-table .version { font-family: var(--mono); font-size: 12px; color: var(--muted); }
.count-pass { color: var(--pass-fg); font-weight: 600; } .count-fail { color: var(--fail-fg); font-weight: 600; }
.count-divergence { color: var(--div-fg); font-weight: 600; } .count-notrun { color: var(--notrun-fg); }
.bar-col { min-width: 180px; }
.bar { display: flex; height: 12px; border-radius: 3px; overflow: hidden; background: var(--bg-soft); border: 1px solid var(--border); }
.bar .seg { display: block; height: 100%; }
.note { color: var(--muted); font-size: 12.5px; margin: 6px 0 0; }
.filters { position: sticky; top: 0; z-index: 3; display: flex; flex-wrap: wrap; align-items: center; gap: 10px 22px; margin-top: 20px; padding: 10px 14px; background: var(--bg-soft); border: 1px solid var(--border); border-radius: 6px; }
.filters label { font-weight: 600; display: flex; align-items: center; gap: 8px; }
.filters select { font: inherit; font-weight: 400; padding: 3px 6px; border: 1px solid var(--border); border-radius: 4px; background: #fff; }
.filter-count { color: var(--muted); }
.legend { margin-left: auto; display: flex; gap: 6px; }
.chip { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .03em; padding: 1px 7px; border-radius: 3px; }
.status-pass { background: var(--pass-bg); color: var(--pass-fg); }
.status-fail { background: var(--fail-bg); color: var(--fail-fg); }
.status-notrun { background: var(--notrun-bg); color: var(--notrun-fg); }
.status-divergence { background: var(--div-bg); color: var(--div-fg); }
.matrix { width: 100%; table-layout: auto; }
.matrix thead th { position: sticky; top: var(--filters-h, 52px); z-index: 2; background: #fff; border-bottom: 2px solid var(--border); padding: 6px 10px; text-align: left; font-size: 12.5px; }
.matrix th.target-col { text-align: center; min-width: 112px; font-family: var(--mono); }
.matrix tr.group-tool th { background: #eef1f5; text-align: left; padding: 8px 10px 6px; font-size: 14px; border-top: 12px solid #fff; }
.matrix tr.group-feature th { text-align: left; padding: 5px 10px 3px 22px; font-weight: 600; font-size: 13px; border-bottom: 1px solid var(--border); }
.group-count, .feature-file { color: var(--muted); font-weight: 400; font-size: 12px; margin-left: 6px; }
.feature-file { font-family: var(--mono); }
.matrix tr.scenario th.scenario-name { text-align: left; font-weight: 400; padding: 5px 10px 5px 34px; border-bottom: 1px solid #eaeef2; }
.scenario-name .name { display: block; }
.scenario-name .loc { font-family: var(--mono); font-size: 11.5px; color: var(--muted); text-decoration: none; }
.scenario-name .loc:hover { text-decoration: underline; color: #0b5cad; }
.scenario-name .tools { margin-left: 8px; }
.matrix td.cell { text-align: center; padding: 4px 8px; border: 2px solid #fff; vertical-align: middle; }
.cell .word { display: block; font-weight: 700; font-size: 12px; letter-spacing: .03em; }
.cell .sub { display: block; font-size: 11px; opacity: .8; }
.cell.missing { background: repeating-linear-gradient(45deg, #eceef1, #eceef1 6px, #e2e5e9 6px, #e2e5e9 12px); }
.now-matches { font-weight: 600; }
tr.details > td { padding: 2px 10px 12px 34px; border-bottom: 1px solid var(--border); }
details.outcome { margin: 6px 0 0; border: 1px solid var(--border); border-left-width: 4px; border-radius: 4px; background: #fff; }
details.outcome.status-fail { border-left-color: #d33; }
details.outcome.status-notrun { border-left-color: #9aa1a9; }
details.outcome.status-divergence { border-left-color: #d9a21b; }
details.outcome.status-pass { border-left-color: #3a9d4f; }
details.outcome, details.outcome.status-fail, details.outcome.status-notrun, details.outcome.status-divergence, details.outcome.status-pass { color: var(--fg); background: #fff; }
details.outcome > summary { cursor: pointer; padding: 6px 10px; list-style-position: inside; }
details.outcome > summary .reason { color: var(--muted); }
.outcome-body { padding: 0 12px 10px; }
.mm-count { margin: 4px 0; color: var(--muted); }
.mismatch { margin-top: 10px; }
.mm-head { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: baseline; margin-bottom: 4px; }
.mm-head .field { font-weight: 700; font-size: 13px; background: var(--bg-soft); padding: 1px 6px; border-radius: 3px; }
.mm-head .pos, .mm-head .lengths { color: var(--muted); font-size: 12.5px; }
.mm-head .against { font-size: 12.5px; }
.step { font-size: 12.5px; margin: 2px 0 4px; }
pre.diff, pre.stderr { margin: 0; font-family: var(--mono); font-size: 12.5px; line-height: 1.55; white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-all; background: var(--bg-soft); border: 1px solid var(--border); border-radius: 4px; padding: 8px 10px; max-height: 480px; overflow: auto; }
pre.stderr { background: #1f2328; color: #e6edf3; border-color: #1f2328; }
ins.ins, .legend-ins { padding: 0 1px; background: var(--ins-bg); color: var(--ins-fg); text-decoration: none; border-radius: 2px; box-shadow: inset 0 -2px 0 #2da44e; }
del.del, .legend-del { padding: 0 1px; background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; text-decoration-color: #cf222e; border-radius: 2px; box-shadow: inset 0 -2px 0 #cf222e; }
span.ws { color: #8c959f; }
/* CR and LF: the markup keeps "␍" / "␊" (copy, search, tests), but many fonts lack the Control Pictures
   glyphs, so they are drawn as small "CR" / "LF" badges instead of risking an empty box. */
span.ws[title="U+000D"], span.ws[title="U+000A"] { font-size: 0; }
span.ws[title="U+000D"]::before, span.ws[title="U+000A"]::before { font: 600 8.5px/1 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; letter-spacing: -0.02em; border: 1px solid currentColor; border-radius: 2px; padding: 0 1px; margin: 0 1px; vertical-align: 1px; opacity: .85; }
span.ws[title="U+000D"]::before { content: "CR"; }
span.ws[title="U+000A"]::before { content: "LF"; }
ins.ins span.ws { color: #116329; font-weight: 700; }
del.del span.ws { color: #a40e26; font-weight: 700; }
span.skip { display: inline-block; color: var(--muted); background: #e8ebef; border-radius: 3px; padding: 0 6px; margin: 0 2px; font-style: italic; font-family: system-ui, sans-serif; font-size: 11.5px; }
.diff-legend { font-size: 11px; margin-top: 3px; color: var(--muted); opacity: .85; }
.diff-legend del, .diff-legend ins { padding: 0 4px; }
.stderr-block { margin-top: 10px; }
.stderr-block .label, .tags { font-size: 12px; color: var(--muted); margin: 6px 0 3px; }
.empty-row td, td.empty { padding: 16px; color: var(--muted); text-align: center; font-style: italic; }
tr[hidden] { display: none; }
""";

    private const string Js = """
(function () {
  'use strict';
  var toolSel = document.getElementById('filter-tool');
  var statusSel = document.getElementById('filter-status');
  var countEl = document.getElementById('filter-count');
  var emptyRow = document.getElementById('empty');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.scenario'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('tr.group'));
  var STATUSES = ['all', 'fail', 'notrun', 'divergence', 'pass'];

  function words(s) { return (s || '').split(' ').filter(function (w) { return w.length > 0; }); }
  function statusesOf(r) {
    return words(r.getAttribute('data-target-statuses')).map(function (w) { return w.slice(w.lastIndexOf(':') + 1); });
  }
  function toolMatch(r, tool) {
    if (tool === 'all') return true;
    var tools = words(r.getAttribute('data-tool'));
    return tool === '(none)' ? tools.length === 0 : tools.indexOf(tool) >= 0;
  }
  function statusMatch(r, status) {
    var ss = statusesOf(r);
    if (status === 'all') return true;
    if (status === 'pass') return ss.length > 0 && ss.every(function (s) { return s === 'pass'; });
    return ss.indexOf(status) >= 0;
  }
  function hasOption(sel, value) {
    for (var i = 0; i < sel.options.length; i++) if (sel.options[i].value === value) return true;
    return false;
  }
  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    var st = p.get('status'), tool = p.get('tool');
    statusSel.value = st && hasOption(statusSel, st) ? st : 'all';
    toolSel.value = tool && hasOption(toolSel, tool) ? tool : 'all';
  }
  function writeHash() {
    var p = new URLSearchParams();
    if (statusSel.value !== 'all') p.set('status', statusSel.value);
    if (toolSel.value !== 'all') p.set('tool', toolSel.value);
    var h = p.toString();
    var url = location.pathname + location.search + (h ? '#' + h : '');
    try { history.replaceState(null, '', url); } catch (e) { location.hash = h; }
  }
  function apply() {
    var tool = toolSel.value, status = statusSel.value, shown = 0;
    var statusCounts = {}; STATUSES.forEach(function (s) { statusCounts[s] = 0; });
    var toolCounts = {};
    var visibleByGroup = {}, visibleByFeature = {};
    rows.forEach(function (r) {
      var tm = toolMatch(r, tool), sm = statusMatch(r, status);
      if (tm) STATUSES.forEach(function (s) { if (statusMatch(r, s)) statusCounts[s]++; });
      if (sm) {
        toolCounts.all = (toolCounts.all || 0) + 1;
        var ts = words(r.getAttribute('data-tool'));
        if (ts.length === 0) ts = ['(none)'];
        ts.forEach(function (t) { toolCounts[t] = (toolCounts[t] || 0) + 1; });
      }
      var vis = tm && sm;
      r.hidden = !vis;
      var d = document.getElementById(r.id + '-details');
      if (d) d.hidden = !vis;
      if (vis) {
        shown++;
        var g = r.getAttribute('data-group'), f = r.getAttribute('data-feature-group');
        visibleByGroup[g] = (visibleByGroup[g] || 0) + 1;
        visibleByFeature[f] = (visibleByFeature[f] || 0) + 1;
      }
    });
    groups.forEach(function (g) {
      var f = g.getAttribute('data-feature-group');
      var n = f ? (visibleByFeature[f] || 0) : (visibleByGroup[g.getAttribute('data-group')] || 0);
      g.hidden = n === 0;
      if (!f) {
        var c = g.querySelector('.group-count');
        if (c) c.textContent = n + ' scenario' + (n === 1 ? '' : 's');
      }
    });
    Array.prototype.forEach.call(statusSel.options, function (o) {
      o.textContent = o.getAttribute('data-label') + ' (' + (statusCounts[o.value] || 0) + ')';
    });
    Array.prototype.forEach.call(toolSel.options, function (o) {
      o.textContent = o.getAttribute('data-label') + ' (' + (toolCounts[o.value] || 0) + ')';
    });
    countEl.textContent = shown + ' of ' + rows.length + ' scenario' + (rows.length === 1 ? '' : 's') + ' shown';
    emptyRow.hidden = shown > 0;
    document.body.setAttribute('data-visible-count', String(shown));
  }
  toolSel.addEventListener('change', function () { writeHash(); apply(); });
  statusSel.addEventListener('change', function () { writeHash(); apply(); });
  window.addEventListener('hashchange', function () { readHash(); apply(); });
  var filters = document.getElementById('filters');
  function stickOffsets() { document.documentElement.style.setProperty('--filters-h', filters.offsetHeight + 'px'); }
  window.addEventListener('resize', stickOffsets);
  readHash();
  apply();
  stickOffsets();
})();
""";
}
