// JavaScript semantics on values parsed by JsJsonParse (null, JsJson.Undefined, bool, double, string, JsObject,
// List<object?>): property reads (with V8's TypeError on null/undefined), optional chaining, truthiness, ToNumber.
// Not a Codex file.
using System.Globalization;

namespace Lapce.Tools.Utils;

public static class JsValue
{
    public static bool IsNullish(object? v) => v is null || ReferenceEquals(v, JsJson.Undefined);

    /// <summary><c>v[key]</c>: throws V8's TypeError on null / undefined.</summary>
    public static object? Get(object? v, string key)
    {
        if (v is null) throw new JsTypeError($"Cannot read properties of null (reading '{key}')");
        if (ReferenceEquals(v, JsJson.Undefined)) throw new JsTypeError($"Cannot read properties of undefined (reading '{key}')");
        return GetOwn(v, key);
    }

    /// <summary><c>v?.[key]</c>.</summary>
    public static object? GetOptional(object? v, string key) => IsNullish(v) ? JsJson.Undefined : GetOwn(v, key);

    // Only data read from JSON: the keys the callers read are no Object.prototype / Array.prototype members.
    private static object? GetOwn(object? v, string key)
    {
        switch (v)
        {
            case JsObject o:
                return o.ContainsKey(key) ? o[key] : JsJson.Undefined;
            case List<object?> a:
                return Index(key) is { } i && i < a.Count ? a[i] : JsJson.Undefined;
            case string s:
                return Index(key) is { } j && j < s.Length ? s[j].ToString() : JsJson.Undefined;
            default:
                return JsJson.Undefined;
        }
    }

    private static int? Index(string key)
    {
        if (key.Length == 0 || key.Length > 9 || (key.Length > 1 && key[0] == '0')) return null;
        foreach (var c in key) if (c is < '0' or > '9') return null;
        return int.Parse(key, CultureInfo.InvariantCulture);
    }

    public static bool Truthy(object? v) => v switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => !ReferenceEquals(v, JsJson.Undefined),
    };

    /// <summary>ECMAScript ToNumber (for JSON values; objects and arrays through their default string form).</summary>
    public static double ToNumber(object? v) => v switch
    {
        null => 0,
        bool b => b ? 1 : 0,
        double d => d,
        string s => StringToNumber(s),
        List<object?> a => StringToNumber(ArrayToString(a)),
        JsObject => double.NaN,
        _ => double.NaN, // undefined
    };

    /// <summary><c>String(v)</c> of a parsed JS value.</summary>
    public static string ToJsString(object? v) => v switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => JsJson.NumberToString(d),
        string s => s,
        List<object?> a => ArrayToString(a),
        JsObject => "[object Object]",
        _ => "undefined",
    };

    private static string ArrayToString(List<object?> a) =>
        string.Join(",", a.Select(e => IsNullish(e) ? "" : ToJsString(e)));

    /// <summary>StringToNumber: trimmed; "" is 0; decimal literals, Infinity, 0x / 0o / 0b integers; otherwise NaN.</summary>
    public static double StringToNumber(string s)
    {
        var t = s.Trim(JsWhitespace);
        if (t.Length == 0) return 0;
        if (t.Length > 2 && t[0] == '0' && t[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = t[1] is 'x' or 'X' ? 16 : t[1] is 'o' or 'O' ? 8 : 2;
            double n = 0;
            foreach (var c in t[2..])
            {
                var digit = c switch { >= '0' and <= '9' => c - '0', >= 'a' and <= 'z' => c - 'a' + 10, >= 'A' and <= 'Z' => c - 'A' + 10, _ => 99 };
                if (digit >= radix) return double.NaN;
                n = n * radix + digit;
            }
            return n;
        }
        var body = t[0] is '+' or '-' ? t[1..] : t;
        if (body == "Infinity") return t[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        foreach (var c in body)
            if (!(c is >= '0' and <= '9' or '.' or 'e' or 'E' or '+' or '-')) return double.NaN;
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d)
            ? d
            : double.NaN;
    }

    private static readonly char[] JsWhitespace =
    [
        '\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
        '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF',
    ];
}
