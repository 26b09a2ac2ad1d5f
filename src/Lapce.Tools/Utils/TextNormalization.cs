// Port of src/utils/text-normalization.ts (Kilo Code 4.88.0): NORMALIZATION_MAPS, NormalizeOptions,
// normalizeString and unescapeHtmlEntities.
// normalizeString runs its steps (smart quotes, typographic characters, whitespace collapse, trim) in one pass
// over the string: the maps replace single characters by strings that contain none of the other keys, so
// applying them together gives what the successive global replaces give. Whitespace is JavaScript's `\s` / trim
// set (JsString.IsWhiteSpace).
// Known difference: an option given as `undefined` in TypeScript ({ trim: undefined }) overrides the default
// with a falsy value; here a null option means "not given" (the default applies). Codex never passes undefined.
using System.Buffers;
using System.Text;

namespace Lapce.Tools.Utils;

/// <summary><c>NormalizeOptions</c>: each option left null takes its default (all true).</summary>
public sealed record NormalizeOptions(
    bool? SmartQuotes = null,
    bool? TypographicChars = null,
    bool? ExtraWhitespace = null,
    bool? Trim = null);

public static class TextNormalization
{
    /// <summary><c>NORMALIZATION_MAPS.SMART_QUOTES</c>, in its order.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> SmartQuotes =
    [
        new("\u201C", "\""), // Left double quote (U+201C)
        new("\u201D", "\""), // Right double quote (U+201D)
        new("\u2018", "'"), // Left single quote (U+2018)
        new("\u2019", "'"), // Right single quote (U+2019)
    ];

    /// <summary><c>NORMALIZATION_MAPS.TYPOGRAPHIC</c>, in its order.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Typographic =
    [
        new("\u2026", "..."), // Ellipsis
        new("\u2014", "-"), // Em dash
        new("\u2013", "-"), // En dash
        new("\u00A0", " "), // Non-breaking space
    ];

    /// <summary><c>normalizeString(str, options)</c>.</summary>
    public static string NormalizeString(string str, NormalizeOptions? options = null)
    {
        bool smart = options?.SmartQuotes ?? true;
        bool typographic = options?.TypographicChars ?? true;
        bool whitespace = options?.ExtraWhitespace ?? true;
        bool trim = options?.Trim ?? true;
        if (smart && typographic && whitespace && trim) return NormalizeDefault(str);

        var sb = new StringBuilder(str.Length);
        bool pendingSpace = false;
        foreach (char c in str)
        {
            string? mapped = null;
            char ch = c;
            if (smart && c is '\u201C' or '\u201D') ch = '"';
            else if (smart && c is '\u2018' or '\u2019') ch = '\'';
            else if (typographic && c == '\u2026') mapped = "...";
            else if (typographic && c is '\u2014' or '\u2013') ch = '-';
            else if (typographic && c == '\u00A0') ch = ' ';

            if (mapped != null)
            {
                if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
                sb.Append(mapped);
            }
            else if (whitespace && JsString.IsWhiteSpace(ch))
            {
                pendingSpace = true;
            }
            else
            {
                if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
                sb.Append(ch);
            }
        }
        if (pendingSpace) sb.Append(' ');
        var result = sb.ToString();
        return trim ? JsString.Trim(result) : result;
    }

    /// <summary>normalizeString with the default options (all on).</summary>
    public static string NormalizeDefault(string str)
    {
        // Fast path: nothing to change.
        if (IsNormalizedDefault(str)) return str;
        return Normalized(str);
    }

    /// <summary>normalizeString with the default options, on a slice: the same slice when nothing changes.</summary>
    public static ReadOnlyMemory<char> NormalizeDefault(ReadOnlyMemory<char> str) =>
        IsNormalizedDefault(str.Span) ? str : Normalized(str.Span).AsMemory();

    private static string Normalized(ReadOnlySpan<char> str)
    {
        char[]? rented = null;
        int max = checked(str.Length * 3);
        Span<char> buf = max <= 512 ? stackalloc char[max] : (rented = ArrayPool<char>.Shared.Rent(max));
        int n = NormalizeDefault(str, buf);
        var result = new string(buf[..n]);
        if (rented != null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// normalizeString with the default options, written into <paramref name="dest"/> (which must hold
    /// 3 × <paramref name="src"/>.Length characters: "…" becomes "..."). Returns the length written.
    /// </summary>
    public static int NormalizeDefault(ReadOnlySpan<char> src, Span<char> dest)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in src)
        {
            switch (c)
            {
                case '\u201C' or '\u201D':
                    if (pendingSpace && n > 0) dest[n++] = ' ';
                    pendingSpace = false;
                    dest[n++] = '"';
                    break;
                case '\u2018' or '\u2019':
                    if (pendingSpace && n > 0) dest[n++] = ' ';
                    pendingSpace = false;
                    dest[n++] = '\'';
                    break;
                case '\u2026':
                    if (pendingSpace && n > 0) dest[n++] = ' ';
                    pendingSpace = false;
                    dest[n++] = '.';
                    dest[n++] = '.';
                    dest[n++] = '.';
                    break;
                case '\u2014' or '\u2013':
                    if (pendingSpace && n > 0) dest[n++] = ' ';
                    pendingSpace = false;
                    dest[n++] = '-';
                    break;
                default:
                    if (JsString.IsWhiteSpace(c))
                    {
                        pendingSpace = true;
                    }
                    else
                    {
                        if (pendingSpace && n > 0) dest[n++] = ' ';
                        pendingSpace = false;
                        dest[n++] = c;
                    }
                    break;
            }
        }
        return n;
    }

    private static bool IsNormalizedDefault(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return true;
        if (JsString.IsWhiteSpace(s[0]) || JsString.IsWhiteSpace(s[^1])) return false;
        bool prevSpace = false;
        foreach (char c in s)
        {
            if (c is '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2026' or '\u2014' or '\u2013') return false;
            if (JsString.IsWhiteSpace(c))
            {
                if (c != ' ' || prevSpace) return false;
                prevSpace = true;
            }
            else prevSpace = false;
        }
        return true;
    }

    /// <summary><c>unescapeHtmlEntities(text)</c>: &amp;lt; &amp;gt; &amp;quot; &amp;#39; &amp;apos; and, last, &amp;amp;.</summary>
    public static string UnescapeHtmlEntities(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;

        return text
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&#39;", "'", StringComparison.Ordinal)
            .Replace("&apos;", "'", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
    }
}
