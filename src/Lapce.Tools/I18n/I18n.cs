// Port of src/i18n/index.ts `t` (Kilo Code 4.88.0) as configured by src/i18n/setup.ts: i18next 25.2.1,
// lng "en", fallbackLng "en", interpolation.escapeValue false, default separators (ns ":", key "."),
// default namespace "translation". The English strings are taken verbatim from src/i18n/locales/en/*.json,
// only for the keys the ported code uses.
//
// Reproduced from i18next: the namespace split of extractFromKey (including its "natural language" test),
// lookup by dotted path, "key '… (en)' returned an object instead of string." for a non-leaf key, the key
// itself (without namespace) for a missing key, and Interpolator.interpolate: the "{{- x}}" then "{{x}}"
// passes, trimmed variable names, dotted variable paths, undefined variables left in place
// (skipOnVariables), null → "", non-strings through `'' + value`, first-occurrence replacement with the
// lastIndex bookkeeping, and the 1000-replacement cap.
// Not reproduced: formatters ("{{x, number}}" returns the value unformatted), plurals/context (count,
// context), the special option keys (lng, ns, defaultValue, replace, …), and $t() nesting (no string below
// contains $t( ).
using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Lapce.Tools.Utils;

// The class sits in namespace Lapce.Tools (not Lapce.Tools.I18n) so that `I18n.T(...)` resolves to it from any
// Lapce.Tools.* namespace: a namespace named I18n would shadow the class there.
namespace Lapce.Tools;

public static class I18n
{
    private const string Language = "en";
    private const string DefaultNamespace = "translation";

    /// <summary>"namespace:dotted.key" → English string from src/i18n/locales/en/&lt;namespace&gt;.json.</summary>
    private static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        // tools.json
        ["tools:toolRepetitionLimitReached"] =
            "Kilo Code appears to be stuck in a loop, attempting the same action ({{toolName}}) repeatedly. This might indicate a problem with its current strategy. Consider rephrasing the task, providing more specific instructions, or guiding it towards a different approach.",
        ["tools:readFile.linesRange"] = " (lines {{start}}-{{end}})",
        ["tools:readFile.definitionsOnly"] = " (definitions only)",
        ["tools:readFile.maxLines"] = " (max {{max}} lines)",
        ["tools:readFile.imageTooLarge"] = "Image file is too large ({{size}} MB). The maximum allowed size is {{max}} MB.",
        ["tools:readFile.imageWithSize"] = "Image file ({{size}} KB)",
        ["tools:newTask.errors.policy_restriction"] = "Failed to create new task due to policy restrictions.",
        // common.json (used by Task's mistake-limit handling)
        ["common:errors.mistake_limit_guidance"] =
            "This may indicate a failure in the model's thought process or inability to use a tool properly, which can be mitigated with some user guidance (e.g. \"Try breaking down the task into smaller steps\").",
        // kilocode.json (used by Task when a response has no assistant message)
        ["kilocode:task.noAssistantMessages"] =
            "The model's response ended unexpectedly (no assistant messages). This may be a sign of rate limiting.",
    };

    /// <summary>
    /// <c>t(key, options)</c>. <paramref name="args"/> is an anonymous object, or a dictionary from variable
    /// name to value (nested dictionaries / objects for dotted variables).
    /// </summary>
    public static string T(string key, object? args = null)
    {
        var (ns, k) = ExtractFromKey(key);
        string result;
        var fullKey = ns + ":" + k;
        if (English.TryGetValue(fullKey, out var value))
        {
            result = value;
        }
        else if (English.Keys.Any(existing => existing.StartsWith(fullKey + ".", StringComparison.Ordinal)))
        {
            return $"key '{k} ({Language})' returned an object instead of string.";
        }
        else
        {
            result = k;
        }
        return Interpolate(result, args);
    }

    private static readonly char[] PossibleChars = [' ', ',', '?', '!', ';'];

    // Translator.extractFromKey with nsSeparator ":" and keySeparator ".".
    private static (string Ns, string Key) ExtractFromKey(string key)
    {
        var wouldCheckForNsInKey = key.Contains(':');
        var seemsNaturalLanguage = !LooksLikeObjectPath(key);
        if (wouldCheckForNsInKey && !seemsNaturalLanguage)
        {
            if (NestingRegex.IsMatch(key)) return (DefaultNamespace, key);
            var parts = key.Split(':');
            return (parts[0], string.Join(".", parts.Skip(1)));
        }
        return (DefaultNamespace, key);
    }

    private static bool LooksLikeObjectPath(string key)
    {
        var matched = key.IndexOfAny(PossibleChars) < 0;
        if (!matched)
        {
            var ki = key.IndexOf('.');
            if (ki > 0 && key[..ki].IndexOfAny(PossibleChars) < 0) matched = true;
        }
        return matched;
    }

    private const string NotLineTerminator = @"[^\n\r\u2028\u2029]";
    private static readonly Regex NestingRegex = new(@"\$t\((" + NotLineTerminator + @"+?)\)");
    private static readonly Regex UnescapeRegex = new(@"\{\{-(" + NotLineTerminator + @"+?)\}\}");
    private static readonly Regex PlainRegex = new(@"\{\{(" + NotLineTerminator + @"+?)\}\}");
    private const int MaxReplaces = 1000;

    // Interpolator.interpolate with escapeValue false and skipOnVariables true.
    private static string Interpolate(string str, object? data)
    {
        foreach (var regex in new[] { UnescapeRegex, PlainRegex })
        {
            var replaces = 0;
            var lastIndex = 0;
            while (lastIndex <= str.Length)
            {
                var match = regex.Match(str, lastIndex);
                if (!match.Success) break;
                lastIndex = match.Index + match.Length;
                var matchedVar = JsString.Trim(match.Groups[1].Value);
                var varName = matchedVar.Contains(',') ? JsString.Trim(matchedVar[..matchedVar.IndexOf(',')]) : matchedVar;
                if (!TryFind(data, varName, out var found))
                {
                    continue; // skipOnVariables: the placeholder stays
                }
                var valueText = MakeString(found);
                var at = str.IndexOf(match.Value, StringComparison.Ordinal);
                str = str[..at] + valueText + str[(at + match.Value.Length)..];
                lastIndex += valueText.Length;
                lastIndex -= match.Value.Length;
                replaces++;
                if (replaces >= MaxReplaces) break;
            }
        }
        return str;
    }

    // deepFindWithDefaults over the options object: the flat key first, then the dotted path.
    private static bool TryFind(object? data, string key, out object? value)
    {
        value = null;
        if (data is null) return false;
        if (TryGetMember(data, key, out value)) return true;
        object? current = data;
        foreach (var part in key.Split('.'))
        {
            if (current is null || current is string || !TryGetMember(current, part, out current)) return false;
        }
        value = current;
        return true;
    }

    private static bool TryGetMember(object obj, string name, out object? value)
    {
        value = null;
        switch (obj)
        {
            case IReadOnlyDictionary<string, object?> rod:
                return rod.TryGetValue(name, out value);
            case IDictionary<string, object?> d:
                return d.TryGetValue(name, out value);
            case IReadOnlyDictionary<string, string> sd:
                if (sd.TryGetValue(name, out var s)) { value = s; return true; }
                return false;
            case IDictionary nd:
                if (nd.Contains(name)) { value = nd[name]; return true; }
                return false;
        }
        var prop = obj.GetType().GetProperty(name);
        if (prop is null || prop.GetIndexParameters().Length > 0) return false;
        value = prop.GetValue(obj);
        return true;
    }

    // makeString: `object == null ? '' : '' + object`.
    private static string MakeString(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => JsNumberToString(d),
        float f => JsNumberToString(f),
        decimal m => JsNumberToString((double)m),
        IEnumerable e => string.Join(",", e.Cast<object?>().Select(MakeString)),
        _ => "[object Object]",
    };

    private static string JsNumberToString(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == 0) return "0";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var abs = Math.Abs(d);
        if (abs >= 1e21 || abs < 1e-6)
        {
            // JS: "1e+21", "1.5e-7"
            return r.Replace("E+", "e+").Replace("E-", "e-");
        }
        if (r.Contains('E'))
        {
            return d.ToString("0.####################", CultureInfo.InvariantCulture);
        }
        return r;
    }
}
