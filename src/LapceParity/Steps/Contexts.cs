using System.Text.Json.Nodes;
using LapceParity.Features;
using LapceParity.Model;

namespace LapceParity.Steps;

/// <summary>What Given/When steps build: the case every target receives.</summary>
public sealed class ArrangeContext(ScenarioInstance scenario)
{
    public ScenarioInstance Scenario { get; } = scenario;
    public CaseSpec Spec { get; } = new();
    public JsonObject ValidationParams { get; } = new();
    public JsonObject ValidationRequirements { get; } = new();
    /// <summary>Services the case needs beside each target run (a new instance per run).</summary>
    public List<Func<ICaseService>> Services { get; } = [];
}

/// <summary>What Then steps check: one target's normalized transcript.</summary>
public sealed class AssertContext(string target, CaseSpec spec, JsonObject transcript)
{
    public string Target { get; } = target;
    public CaseSpec Spec { get; } = spec;
    public JsonObject Transcript { get; } = transcript;
}

public static class Escapes
{
    /// <summary>Reads \n \r \t \\ \" \uXXXX in step text, so features can state invisible characters exactly.</summary>
    public static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { sb.Append(s[i]); continue; }
            var c = s[++i];
            switch (c)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case '0': sb.Append('\0'); break;
                case 'u' when i + 4 < s.Length:
                    sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 4), 16)); i += 4; break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
