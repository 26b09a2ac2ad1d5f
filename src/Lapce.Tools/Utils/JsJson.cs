// JSON.stringify, byte for byte as V8 prints it: keys in insertion order, strings escaped only where
// ECMA-262 requires (", \, control characters, lone surrogates; never non-ASCII, <, >, &, '), numbers as
// Number.prototype.toString prints them, undefined properties omitted (null in arrays).
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lapce.Tools.Utils;

/// <summary>A plain JS object: string keys in insertion order. Re-assigning a key keeps its place, as in JS.</summary>
public sealed class JsObject : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly OrderedDictionary<string, object?> _props = new(StringComparer.Ordinal);

    /// <summary>Collection-initializer support: <c>new JsObject { { "tool", "switchMode" } }</c>.</summary>
    public void Add(string key, object? value) => _props[key] = value;

    public object? this[string key]
    {
        get => _props.TryGetValue(key, out var v) ? v : JsJson.Undefined;
        set => _props[key] = value;
    }

    public bool ContainsKey(string key) => _props.ContainsKey(key);
    public int Count => _props.Count;
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _props.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class JsJson
{
    private sealed class UndefinedValue
    {
        public override string ToString() => "undefined";
    }

    /// <summary>JS <c>undefined</c>: omitted as an object property, <c>null</c> in an array. C# null is JS null.</summary>
    public static readonly object Undefined = new UndefinedValue();

    /// <summary>Maps C# null to <see cref="Undefined"/> (for optional properties such as <c>string | undefined</c>).</summary>
    public static object OrUndefined(object? value) => value ?? Undefined;

    /// <summary>
    /// <c>JSON.stringify(value, null, indent)</c>. Accepts null, <see cref="Undefined"/>, strings, booleans, CLR
    /// numbers, <see cref="JsObject"/>, any <c>IEnumerable&lt;KeyValuePair&lt;string, T&gt;&gt;</c> (as an object, in its
    /// enumeration order), <see cref="JsonNode"/> and other enumerables (as arrays). Returns null where JS returns
    /// undefined (a top-level undefined).
    /// </summary>
    public static string? Stringify(object? value, int indent = 0)
    {
        if (value is UndefinedValue) return null;
        var sb = new StringBuilder();
        var gap = new string(' ', Math.Clamp(indent, 0, 10));
        Write(sb, value, gap, "");
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, string gap, string currentIndent)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case UndefinedValue:
                sb.Append("null"); // only reached for array elements; properties skip it before this
                return;
            case string s:
                WriteString(sb, s);
                return;
            case char ch:
                WriteString(sb, ch.ToString());
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case JsonNode node:
                WriteNode(sb, node, gap, currentIndent);
                return;
            case JsonElement el:
                WriteNode(sb, JsonSerializerNodeFrom(el), gap, currentIndent);
                return;
            case double d:
                WriteNumber(sb, d);
                return;
            case float f:
                WriteNumber(sb, f);
                return;
            case decimal m:
                WriteNumber(sb, (double)m);
                return;
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                WriteNumber(sb, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                return;
            case JsObject o:
                WriteObject(sb, o, gap, currentIndent);
                return;
            case IEnumerable<KeyValuePair<string, object?>> kvs:
                WriteObject(sb, kvs, gap, currentIndent);
                return;
            case IDictionary dict:
                WriteObject(sb, EnumerateDictionary(dict), gap, currentIndent);
                return;
            case IEnumerable e:
                if (TryAsStringKeyedPairs(e, out var pairs))
                {
                    WriteObject(sb, pairs, gap, currentIndent);
                    return;
                }
                WriteArray(sb, e.Cast<object?>(), gap, currentIndent);
                return;
            default:
                throw new ArgumentException($"JsJson cannot serialize a {value.GetType().Name}");
        }
    }

    private static JsonNode? JsonSerializerNodeFrom(JsonElement el) => el.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(el),
        JsonValueKind.Array => JsonArray.Create(el),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(el),
    };

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateDictionary(IDictionary dict)
    {
        foreach (DictionaryEntry de in dict)
            yield return new KeyValuePair<string, object?>(Convert.ToString(de.Key, CultureInfo.InvariantCulture)!, de.Value);
    }

    /// <summary>Any <c>IEnumerable&lt;KeyValuePair&lt;string, T&gt;&gt;</c> (e.g. an OrderedDictionary of strings) is an object.</summary>
    private static bool TryAsStringKeyedPairs(IEnumerable e, out IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        foreach (var itf in e.GetType().GetInterfaces())
        {
            if (!itf.IsGenericType || itf.GetGenericTypeDefinition() != typeof(IEnumerable<>)) continue;
            var arg = itf.GetGenericArguments()[0];
            if (arg.IsGenericType && arg.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && arg.GetGenericArguments()[0] == typeof(string))
            {
                var keyProp = arg.GetProperty("Key")!;
                var valueProp = arg.GetProperty("Value")!;
                pairs = e.Cast<object>().Select(kv => new KeyValuePair<string, object?>((string)keyProp.GetValue(kv)!, valueProp.GetValue(kv)));
                return true;
            }
        }
        pairs = [];
        return false;
    }

    private static void WriteObject(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> props, string gap, string currentIndent)
    {
        string stepback = currentIndent;
        string indent = currentIndent + gap;
        bool any = false;
        sb.Append('{');
        foreach (var (key, v) in props)
        {
            if (v is UndefinedValue) continue;
            if (any) sb.Append(',');
            any = true;
            if (gap.Length > 0) sb.Append('\n').Append(indent);
            WriteString(sb, key);
            sb.Append(':');
            if (gap.Length > 0) sb.Append(' ');
            Write(sb, v, gap, indent);
        }
        if (any && gap.Length > 0) sb.Append('\n').Append(stepback);
        sb.Append('}');
    }

    private static void WriteArray(StringBuilder sb, IEnumerable<object?> items, string gap, string currentIndent)
    {
        string stepback = currentIndent;
        string indent = currentIndent + gap;
        bool any = false;
        sb.Append('[');
        foreach (var v in items)
        {
            if (any) sb.Append(',');
            any = true;
            if (gap.Length > 0) sb.Append('\n').Append(indent);
            Write(sb, v, gap, indent);
        }
        if (any && gap.Length > 0) sb.Append('\n').Append(stepback);
        sb.Append(']');
    }

    private static void WriteNode(StringBuilder sb, JsonNode? node, string gap, string currentIndent)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                return;
            case JsonObject o:
                WriteObject(sb, o.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value)), gap, currentIndent);
                return;
            case JsonArray a:
                WriteArray(sb, a.Select(n => (object?)n), gap, currentIndent);
                return;
            case JsonValue v:
                switch (v.GetValueKind())
                {
                    case JsonValueKind.String: WriteString(sb, v.GetValue<string>()); return;
                    case JsonValueKind.True: sb.Append("true"); return;
                    case JsonValueKind.False: sb.Append("false"); return;
                    case JsonValueKind.Number:
                        WriteNumber(sb, double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture));
                        return;
                    default: sb.Append("null"); return;
                }
        }
    }

    private static void WriteNumber(StringBuilder sb, double d)
    {
        // JSON.stringify writes non-finite numbers as null.
        if (double.IsNaN(d) || double.IsInfinity(d)) sb.Append("null");
        else sb.Append(NumberToString(d));
    }

    /// <summary>JSON's Quote(): escapes ", \, \b \f \n \r \t, other controls as \u00xx and lone surrogates as \udxxx (lowercase hex).</summary>
    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        int runStart = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            string? esc = null;
            if (c < 0x20 || c == '"' || c == '\\')
            {
                esc = c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                };
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                esc = "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
            }
            else if (char.IsLowSurrogate(c))
            {
                esc = "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
            }
            if (esc is null) continue;
            sb.Append(s, runStart, i - runStart).Append(esc);
            runStart = i + 1;
        }
        sb.Append(s, runStart, s.Length - runStart);
        sb.Append('"');
    }

    /// <summary>A JSON string literal of <paramref name="s"/>, as <c>JSON.stringify(s)</c>.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        WriteString(sb, s);
        return sb.ToString();
    }

    /// <summary><c>Number.prototype.toString()</c> (radix 10): shortest round-trip digits, JS exponent rules.</summary>
    public static string NumberToString(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (d == 0) return "0"; // also -0
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d < 0) return "-" + NumberToString(-d);

        // .NET's "R" is the shortest round-trippable representation; re-lay its digits out as ECMA-262 does.
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        int ePos = r.IndexOfAny(['E', 'e']);
        string mantissa = ePos >= 0 ? r[..ePos] : r;
        int exp = ePos >= 0 ? int.Parse(r[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        int dot = mantissa.IndexOf('.');
        string digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        int n = (dot >= 0 ? dot : mantissa.Length) + exp; // position of the decimal point relative to digits
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        n -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) return "0";
        int k = digits.Length;

        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        int e = n - 1;
        string expPart = (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + "e" + expPart : digits[..1] + "." + digits[1..] + "e" + expPart;
    }
}
