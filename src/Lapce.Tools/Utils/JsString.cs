// JavaScript string semantics the port relies on, where .NET differs: String.prototype.trim's whitespace set
// (and the regex class \s, which is the same set), slice with negative/clamped indices, and the replace
// patterns the Codex sources use. All comparisons are ordinal (UTF-16 code units), as in JS.
using System.Text;

namespace Lapce.Tools.Utils;

public static class JsString
{
    /// <summary>
    /// The JS regex class <c>\s</c> as a .NET character class. .NET's own <c>\s</c> differs: it matches U+0085
    /// and not U+FEFF.
    /// </summary>
    public const string WhiteSpaceClass = @"[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]";

    /// <summary>
    /// WhiteSpace or LineTerminator of ECMA-262 (what <c>trim()</c> strips and <c>\s</c> matches):
    /// TAB, VT, FF, SP, NBSP, ZWNBSP (U+FEFF), the Zs category, LF, CR, LS, PS.
    /// Unlike <see cref="char.IsWhiteSpace(char)"/>: U+0085 is not whitespace, U+FEFF is.
    /// </summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202f' or '\u205f' or '\u3000' or '\ufeff' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary><c>String.prototype.trim()</c>.</summary>
    public static string Trim(string s)
    {
        var span = Trim(s.AsSpan());
        return span.Length == s.Length ? s : span.ToString();
    }

    /// <summary><c>String.prototype.trim()</c> on a span (no allocation).</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsWhiteSpace(s[start])) start++;
        while (end > start && IsWhiteSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary><c>String.prototype.trimStart()</c>.</summary>
    public static string TrimStart(string s)
    {
        int start = 0;
        while (start < s.Length && IsWhiteSpace(s[start])) start++;
        return start == 0 ? s : s[start..];
    }

    /// <summary><c>String.prototype.trimEnd()</c>.</summary>
    public static string TrimEnd(string s)
    {
        int end = s.Length;
        while (end > 0 && IsWhiteSpace(s[end - 1])) end--;
        return end == s.Length ? s : s[..end];
    }

    /// <summary><c>s.replace(/^\n/, "").replace(/\n$/, "")</c>: drop one leading LF, then one trailing LF.</summary>
    public static ReadOnlySpan<char> StripOuterNewlines(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && s[0] == '\n') s = s[1..];
        if (s.Length > 0 && s[^1] == '\n') s = s[..^1];
        return s;
    }

    /// <inheritdoc cref="StripOuterNewlines(ReadOnlySpan{char})"/>
    public static string StripOuterNewlines(string s)
    {
        var span = StripOuterNewlines(s.AsSpan());
        return span.Length == s.Length ? s : span.ToString();
    }

    /// <summary><c>String.prototype.slice(start, end)</c>: negative indices count from the end; out of range clamps; end before start gives "".</summary>
    public static string Slice(string s, int start, int? end = null)
    {
        int len = s.Length;
        int from = start < 0 ? Math.Max(len + start, 0) : Math.Min(start, len);
        int e = end ?? len;
        int to = e < 0 ? Math.Max(len + e, 0) : Math.Min(e, len);
        return to <= from ? "" : s.Substring(from, to - from);
    }

    /// <summary>
    /// <c>s.replace(pattern, replacement)</c> with a string pattern: only the first occurrence, and the
    /// replacement's <c>$$ $&amp; $` $'</c> patterns expanded as JS does.
    /// </summary>
    public static string ReplaceFirst(string s, string pattern, string replacement)
    {
        int idx = s.IndexOf(pattern, StringComparison.Ordinal);
        if (idx < 0) return s;
        var sb = new StringBuilder(s.Length + replacement.Length);
        sb.Append(s, 0, idx);
        AppendSubstitution(sb, s, pattern, idx, replacement);
        sb.Append(s, idx + pattern.Length, s.Length - idx - pattern.Length);
        return sb.ToString();
    }

    private static void AppendSubstitution(StringBuilder sb, string s, string matched, int position, string replacement)
    {
        if (!replacement.Contains('$'))
        {
            sb.Append(replacement);
            return;
        }
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '$' && i + 1 < replacement.Length)
            {
                char n = replacement[i + 1];
                switch (n)
                {
                    case '$': sb.Append('$'); i++; continue;
                    case '&': sb.Append(matched); i++; continue;
                    case '`': sb.Append(s, 0, position); i++; continue;
                    case '\'':
                        int tail = position + matched.Length;
                        sb.Append(s, tail, s.Length - tail); i++; continue;
                }
            }
            sb.Append(c);
        }
    }

    /// <summary>JS truthiness of a string that may be undefined: non-empty.</summary>
    public static bool Truthy(string? s) => !string.IsNullOrEmpty(s);

    /// <summary>A template-literal interpolation of a string that may be undefined (<c>`${x}`</c>).</summary>
    public static string Interp(string? s) => s ?? "undefined";

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
