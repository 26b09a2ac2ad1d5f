// JavaScript string operations whose edge cases differ from .NET's, used by the ports in this assembly.
// Not a Codex file. (Utils/JsString.cs, written alongside, may absorb these later.)
namespace Lapce.Tools.Utils;

internal static class JsText
{
    /// <summary>JS WhiteSpace + LineTerminator (<c>\s</c>, <c>trim</c>): unlike .NET, includes U+FEFF and excludes U+0085.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f'
            or '\u3000' or '\ufeff' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary><c>String.prototype.trim</c>.</summary>
    public static string Trim(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsWhiteSpace(s[start])) start++;
        while (end > start && IsWhiteSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary><c>String.prototype.trimStart</c>.</summary>
    public static string TrimStart(string s)
    {
        int start = 0;
        while (start < s.Length && IsWhiteSpace(s[start])) start++;
        return s[start..];
    }

    /// <summary><c>s.search(/\s/)</c>.</summary>
    public static int SearchWhiteSpace(string s)
    {
        for (int i = 0; i < s.Length; i++) if (IsWhiteSpace(s[i])) return i;
        return -1;
    }

    /// <summary><c>String.prototype.substring</c>: clamps to [0, length] and swaps reversed bounds.</summary>
    public static string Substring(string s, int start, int? end = null)
    {
        int a = Math.Clamp(start, 0, s.Length), b = Math.Clamp(end ?? s.Length, 0, s.Length);
        return a <= b ? s[a..b] : s[b..a];
    }

    /// <summary><c>String.prototype.substr</c>: negative start counts from the end; length clamps at 0.</summary>
    public static string Substr(string s, int start, int? length = null)
    {
        if (start < 0) start = Math.Max(s.Length + start, 0);
        start = Math.Min(start, s.Length);
        int len = Math.Clamp(length ?? s.Length - start, 0, s.Length - start);
        return s.Substring(start, len);
    }

    /// <summary><c>s[i]</c> as a JS template would print it: the char, or "undefined" out of range.</summary>
    public static string CharOrUndefined(string s, int i) => i >= 0 && i < s.Length ? s[i].ToString() : "undefined";
}
