using System.Globalization;
using System.Text;
using System.Xml;
using LapceParity.Model;

namespace LapceParity.Report;

/// <summary>
/// <c>reports/junit.xml</c>: one &lt;testsuite&gt; per target, one &lt;testcase&gt; per scenario
/// (classname = feature, name = "scenario [target]"). Fail → &lt;failure&gt;; not run → &lt;skipped message="not run: …"&gt;;
/// divergence → &lt;skipped message="divergence: …"&gt; (never a pass). Characters XML cannot carry are written as \uXXXX.
/// </summary>
public static class JUnitReport
{
    public static void Write(RunResults r, string path)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Render(r), new UTF8Encoding(false));
    }

    public static string Render(RunResults r)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineHandling = NewLineHandling.Entitize,
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = false,
        };
        var targets = r.Outcomes.Select(o => o.Target).Distinct(StringComparer.Ordinal).ToList();
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", "lapce-parity");
            w.WriteAttributeString("tests", Num(r.Outcomes.Count));
            w.WriteAttributeString("failures", Num(r.Outcomes.Count(o => o.Status == OutcomeStatus.Fail)));
            w.WriteAttributeString("errors", "0");
            w.WriteAttributeString("skipped", Num(r.Outcomes.Count(o => o.Status is OutcomeStatus.NotRun or OutcomeStatus.Divergence)));
            w.WriteAttributeString("time", Seconds(r.WallMilliseconds));
            w.WriteAttributeString("timestamp", r.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));

            foreach (var target in targets)
            {
                var cases = r.Outcomes.Where(o => o.Target == target)
                    .OrderBy(o => o.FeatureFile, StringComparer.Ordinal).ThenBy(o => o.Line).ToList();
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", Clean(target));
                w.WriteAttributeString("tests", Num(cases.Count));
                w.WriteAttributeString("failures", Num(cases.Count(o => o.Status == OutcomeStatus.Fail)));
                w.WriteAttributeString("errors", "0");
                w.WriteAttributeString("skipped", Num(cases.Count(o => o.Status is OutcomeStatus.NotRun or OutcomeStatus.Divergence)));
                w.WriteAttributeString("time", Seconds(cases.Sum(o => o.Milliseconds)));
                w.WriteAttributeString("timestamp", r.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));

                w.WriteStartElement("properties");
                Property(w, "codexPin", r.CodexPin);
                Property(w, "codexFound", r.CodexFound ?? "no Codex tree");
                Property(w, "passed", Num(cases.Count(o => o.Status == OutcomeStatus.Pass)));
                Property(w, "notRun", Num(cases.Count(o => o.Status == OutcomeStatus.NotRun)));
                Property(w, "divergence", Num(cases.Count(o => o.Status == OutcomeStatus.Divergence)));
                w.WriteEndElement();

                foreach (var o in cases) WriteCase(w, o);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void WriteCase(XmlWriter w, ScenarioOutcome o)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("classname", Clean(o.Feature));
        w.WriteAttributeString("name", Clean($"{o.Scenario} [{o.Target}]"));
        w.WriteAttributeString("file", Clean(o.FeatureFile));
        w.WriteAttributeString("line", Num(o.Line));
        w.WriteAttributeString("time", Seconds(o.Milliseconds));
        switch (o.Status)
        {
            case OutcomeStatus.Fail:
                w.WriteStartElement("failure");
                w.WriteAttributeString("message", Clean(FailureMessage(o)));
                w.WriteAttributeString("type", o.Mismatches.Count > 0 ? "mismatch" : "failure");
                w.WriteString(Clean(FailureBody(o)));
                w.WriteEndElement();
                break;
            case OutcomeStatus.NotRun:
                w.WriteStartElement("skipped");
                w.WriteAttributeString("message", Clean("not run: " + (o.Reason ?? "no reason given")));
                w.WriteEndElement();
                break;
            case OutcomeStatus.Divergence:
                w.WriteStartElement("skipped");
                w.WriteAttributeString("message", Clean("divergence: " + (o.Reason ?? "no reason given")
                    + (o.MatchesDespiteDivergence ? " (the transcripts now match)" : "")));
                w.WriteEndElement();
                break;
        }
        if (!string.IsNullOrEmpty(o.StderrTail))
        {
            w.WriteStartElement("system-err");
            w.WriteString(Clean(o.StderrTail));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>One line: the reason, or "N field(s) differ: a, b" from the mismatches.</summary>
    public static string FailureMessage(ScenarioOutcome o)
    {
        if (o.Mismatches.Count == 0) return o.Reason ?? "failed";
        int n = o.Mismatches.Count;
        string fields = string.Join(", ", o.Mismatches.Take(5).Select(m => m.Field)) + (n > 5 ? ", …" : "");
        string summary = $"{n} field{(n == 1 ? "" : "s")} differ{(n == 1 ? "s" : "")}: {fields}";
        return o.Reason is null || o.Reason == summary ? summary : $"{o.Reason} ({summary})";
    }

    private static string FailureBody(ScenarioOutcome o)
    {
        var sb = new StringBuilder();
        if (o.Reason != null) sb.Append(o.Reason).Append('\n');
        foreach (var m in o.Mismatches)
        {
            sb.Append('\n').Append(m.Field).Append(" (against ").Append(m.ExpectedLabel).Append("): ");
            if (m.Expected is null) sb.Append("missing on the expected side");
            else if (m.Actual is null) sb.Append("missing on the actual side");
            else sb.Append(CultureInfo.InvariantCulture, $"first difference at index {m.Position}, line {m.Line}, column {m.Column}");
            sb.Append('\n');
            if (m.Step != null) sb.Append("  step:     ").Append(m.Step).Append('\n');
            sb.Append("  expected: ").Append(Quote(m.Expected)).Append('\n');
            sb.Append("  actual:   ").Append(Quote(m.Actual)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>A JSON-style quoted string (escapes make CR, LF, tabs, BOMs visible), cut to 2,000 characters.</summary>
    private static string Quote(string? s)
    {
        if (s is null) return "(missing)";
        const int max = 2000;
        string cut = s.Length > max ? s[..max] : s;
        var sb = new StringBuilder("\"");
        foreach (char c in cut)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\uFEFF' || c == '\u00A0' || (c >= '\u007F' && c <= '\u009F'))
                        sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        if (s.Length > max) sb.Append(CultureInfo.InvariantCulture, $" … ({s.Length - max} more characters)");
        return sb.ToString();
    }

    /// <summary>Replaces characters XML 1.0 cannot carry (controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) with \uXXXX.</summary>
    public static string Clean(string s)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool ok;
            if (char.IsHighSurrogate(c)) ok = i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            else if (char.IsLowSurrogate(c)) ok = i > 0 && char.IsHighSurrogate(s[i - 1]);
            else ok = c == '\t' || c == '\n' || c == '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');
            if (ok) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(s, 0, i, s.Length + 16);
            sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return sb?.ToString() ?? s;
    }

    private static void Property(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("property");
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("value", Clean(value));
        w.WriteEndElement();
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Seconds(double ms) => (ms / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
