// `new RegExp(pattern, flags)` of JavaScript (non-unicode mode) on top of .NET Regex. Not a Codex file: the
// helper that the ports of Codex code building regexes from data (mode fileRegex, XML entity names) share.
//
// The pattern is rewritten where JavaScript and .NET disagree, and compiled with RegexOptions.ECMAScript
// (ASCII \d \w \b, JavaScript backreference/octal rules):
//   .   → [^\n\r\u2028\u2029]        (JS excludes all four line terminators; .NET only \n)
//   $   → \z                          (JS `$` without m is the very end; .NET also matches before a final \n)
//   ^/$ with the m flag → look-arounds on all four line terminators
//   \s \S (outside classes) and \s (inside) → the JS WhiteSpace+LineTerminator set (ECMAScript mode makes them ASCII)
//   [] → (?!)   [^] → [\s\S]   [ inside a class → \[ (no .NET class subtraction)
//   identity escapes of letters that .NET gives a meaning (\a \e \A \Z \z \G \p \P \K …) → the letter itself
//   (?i) (?m) … inline options, which JS rejects, are rejected.
//   \N naming an existing group → \k<N> (JS: a backreference even before the group; .NET reads it as octal)
// Known gaps: .NET numbers named groups after the unnamed ones, JS in order of appearance (only matters for
// numeric backreferences in patterns mixing both); \S inside a character class stays .NET's (ASCII-whitespace complement under ECMAScript);
// what JS rejects as a syntax error and .NET accepts (or the reverse) beyond the cases above is not
// reproduced; the u, y, s, d, v flags other than s are not supported.
using System.Text;
using System.Text.RegularExpressions;

namespace Lapce.Tools.Utils;

public static class JsRegExp
{
    /// <summary>JavaScript's <c>\s</c>: WhiteSpace and LineTerminator, as the body of a character class.</summary>
    public const string WhiteSpaceClassBody = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    /// <summary>Compiles like <c>new RegExp(pattern, flags)</c>; throws ArgumentException where the pattern is invalid.</summary>
    public static Regex Create(string pattern, string flags = "")
    {
        var options = RegexOptions.ECMAScript;
        bool multiline = false, dotAll = false;
        foreach (var f in flags)
        {
            switch (f)
            {
                case 'g': break;
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'm': multiline = true; break;
                case 's': dotAll = true; break;
                default: throw new ArgumentException($"Invalid flags supplied to RegExp constructor '{flags}'");
            }
        }
        // A .NET Regex is immutable and safe to share across threads; building one costs far more than matching
        // (tens of microseconds), and the same patterns (protected files, ignore rules) come back on every call.
        // Bounded: user patterns (search_and_replace) pass through here too.
        if (Cache.Count > 1024) Cache.Clear();
        return Cache.GetOrAdd((pattern, options, multiline, dotAll), k => new Regex(Translate(k.Pattern, k.Multiline, k.DotAll), k.Options));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Pattern, RegexOptions Options, bool Multiline, bool DotAll), Regex> Cache = new();

    /// <summary>
    /// <c>new RegExp(pattern, flags)</c> where JavaScript's SyntaxError reaches the user: an invalid pattern throws a
    /// <see cref="JsError"/> named "SyntaxError" with V8's message, <c>Invalid regular expression: /p/flags: reason</c>
    /// (the reasons V8 gives for the errors .NET also detects; others keep .NET's wording).
    /// </summary>
    public static Regex CreateOrThrowSyntaxError(string pattern, string flags = "")
    {
        try
        {
            return Create(pattern, flags);
        }
        catch (ArgumentException e)
        {
            var reason = e is RegexParseException rpe
                ? rpe.Error switch
                {
                    RegexParseError.InsufficientClosingParentheses => "Unterminated group",
                    RegexParseError.InsufficientOpeningParentheses => "Unmatched ')'",
                    RegexParseError.UnterminatedBracket => "Unterminated character class",
                    RegexParseError.QuantifierAfterNothing => "Nothing to repeat",
                    RegexParseError.NestedQuantifiersNotParenthesized => "Nothing to repeat",
                    RegexParseError.UnescapedEndingBackslash => "\\ at end of pattern",
                    RegexParseError.ReversedCharacterRange => "Range out of order in character class",
                    RegexParseError.ReversedQuantifierRange => "numbers out of order in {} quantifier",
                    RegexParseError.InvalidGroupingConstruct => "Invalid group",
                    RegexParseError.UndefinedNamedReference => "Invalid named capture referenced",
                    _ => e.Message,
                }
                : e.Message.EndsWith(": Invalid group", StringComparison.Ordinal) ? "Invalid group"
                : e.Message.StartsWith("Invalid flags", StringComparison.Ordinal) ? null
                : e.Message;
            if (reason is null) throw new JsError("SyntaxError", e.Message);
            throw new JsError("SyntaxError", $"Invalid regular expression: /{pattern}/{flags}: {reason}");
        }
    }

    /// <summary>Returns null where JavaScript would throw (invalid pattern) — the callers that catch and go on.</summary>
    public static Regex? TryCreate(string pattern, string flags = "")
    {
        try { return Create(pattern, flags); }
        catch (ArgumentException) { return null; }
    }

    /// <summary><c>str.replace(regex, replacement)</c> with a string replacement: JS's $-patterns ($$, $&amp;, $`, $', $n).</summary>
    public static string Replace(Regex regex, string input, string replacement, bool global)
    {
        var sb = new StringBuilder();
        int last = 0;
        for (var m = regex.Match(input); m.Success; m = m.NextMatch())
        {
            sb.Append(input, last, m.Index - last);
            AppendSubstitution(sb, input, m, replacement);
            last = m.Index + m.Length;
            if (!global) break;
            if (m.Length == 0 && m.Index >= input.Length) break;
        }
        sb.Append(input, last, input.Length - last);
        return sb.ToString();
    }

    // GetSubstitution of ECMA-262 (numbered groups; named groups are not used by the ported callers).
    private static void AppendSubstitution(StringBuilder sb, string input, Match m, string replacement)
    {
        int groupCount = m.Groups.Count - 1;
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c != '$' || i + 1 >= replacement.Length) { sb.Append(c); continue; }
            char n = replacement[i + 1];
            switch (n)
            {
                case '$': sb.Append('$'); i++; continue;
                case '&': sb.Append(m.Value); i++; continue;
                case '`': sb.Append(input, 0, m.Index); i++; continue;
                case '\'': sb.Append(input, m.Index + m.Length, input.Length - m.Index - m.Length); i++; continue;
            }
            if (n is >= '0' and <= '9')
            {
                int one = n - '0';
                if (i + 2 < replacement.Length && replacement[i + 2] is >= '0' and <= '9')
                {
                    int two = one * 10 + (replacement[i + 2] - '0');
                    if (two >= 1 && two <= groupCount) { sb.Append(m.Groups[two].Value); i += 2; continue; }
                }
                if (one >= 1 && one <= groupCount) { sb.Append(m.Groups[one].Value); i++; continue; }
            }
            sb.Append('$');
        }
    }

    private const string LineTerminators = @"\n\r\u2028\u2029";

    private static string Translate(string p, bool multiline, bool dotAll)
    {
        var sb = new StringBuilder(p.Length + 16);
        var groupCount = CountCapturingGroups(p);
        int i = 0;
        while (i < p.Length)
        {
            char c = p[i];
            switch (c)
            {
                case '\\':
                    i = TranslateEscape(p, i, sb, inClass: false, groupCount);
                    continue;
                case '[':
                    i = TranslateClass(p, i, sb);
                    continue;
                case '.':
                    sb.Append(dotAll ? @"[\s\S]" : $"[^{LineTerminators}]");
                    break;
                case '$':
                    sb.Append(multiline ? $"(?=[{LineTerminators}]|\\z)" : @"\z");
                    break;
                case '^':
                    sb.Append(multiline ? $"(?<=[{LineTerminators}]|\\A)" : "^");
                    break;
                case '(':
                    if (i + 1 < p.Length && p[i + 1] == '?')
                    {
                        string rest = p[(i + 2)..];
                        bool ok = rest.StartsWith(':') || rest.StartsWith('=') || rest.StartsWith('!') ||
                                  rest.StartsWith("<=") || rest.StartsWith("<!") ||
                                  Regex.IsMatch(rest, @"^<[A-Za-z_$][A-Za-z0-9_$]*>");
                        if (!ok) throw new ArgumentException($"Invalid regular expression: /{p}/: Invalid group");
                    }
                    sb.Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
            i++;
        }
        return sb.ToString();
    }

    // Capturing groups of the whole pattern: "(" outside classes, not escaped, not "(?" unless "(?<name>".
    private static int CountCapturingGroups(string p)
    {
        int count = 0;
        bool inClass = false;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c != '(') continue;
            if (i + 1 < p.Length && p[i + 1] == '?')
            {
                if (i + 2 < p.Length && p[i + 2] == '<' && i + 3 < p.Length && p[i + 3] is not ('=' or '!')) count++;
            }
            else count++;
        }
        return count;
    }

    private static int TranslateClass(string p, int i, StringBuilder sb)
    {
        // p[i] == '['
        bool negated = i + 1 < p.Length && p[i + 1] == '^';
        int j = i + (negated ? 2 : 1);
        if (j < p.Length && p[j] == ']')
        {
            sb.Append(negated ? @"[\s\S]" : "(?!)");
            return j + 1;
        }
        sb.Append(negated ? "[^" : "[");
        while (j < p.Length && p[j] != ']')
        {
            if (p[j] == '\\') { j = TranslateEscape(p, j, sb, inClass: true); continue; }
            if (p[j] == '[') { sb.Append(@"\["); j++; continue; }
            sb.Append(p[j]);
            j++;
        }
        if (j < p.Length) { sb.Append(']'); j++; }
        return j; // an unterminated class is left for .NET to reject, as JS rejects it
    }

    private static int TranslateEscape(string p, int i, StringBuilder sb, bool inClass, int groupCount = 0)
    {
        // p[i] == '\\'
        if (i + 1 >= p.Length) { sb.Append('\\'); return i + 1; } // "\ at end of pattern": .NET rejects too
        char n = p[i + 1];
        switch (n)
        {
            case 's':
                sb.Append(inClass ? WhiteSpaceClassBody : $"[{WhiteSpaceClassBody}]");
                return i + 2;
            case 'S':
                sb.Append(inClass ? @"\S" : $"[^{WhiteSpaceClassBody}]");
                return i + 2;
            case 'd': case 'D': case 'w': case 'W': case 'f': case 'n': case 'r': case 't': case 'v':
                sb.Append('\\').Append(n);
                return i + 2;
            case 'b': case 'B':
                sb.Append('\\').Append(n); // in a class \b is backspace in both
                return i + 2;
            case 'c':
                if (i + 2 < p.Length && char.IsAsciiLetter(p[i + 2])) { sb.Append(p, i, 3); return i + 3; }
                sb.Append(@"\\c"); // Annex B: "\c" not followed by a letter is a literal backslash and c
                return i + 2;
            case 'x':
                if (i + 3 < p.Length && char.IsAsciiHexDigit(p[i + 2]) && char.IsAsciiHexDigit(p[i + 3])) { sb.Append(p, i, 4); return i + 4; }
                sb.Append('x');
                return i + 2;
            case 'u':
                if (i + 5 < p.Length && char.IsAsciiHexDigit(p[i + 2]) && char.IsAsciiHexDigit(p[i + 3]) &&
                    char.IsAsciiHexDigit(p[i + 4]) && char.IsAsciiHexDigit(p[i + 5])) { sb.Append(p, i, 6); return i + 6; }
                sb.Append('u');
                return i + 2;
            case 'k':
                if (!inClass && i + 2 < p.Length && p[i + 2] == '<') { sb.Append(@"\k"); return i + 2; }
                sb.Append('k');
                return i + 2;
        }
        if (char.IsAsciiDigit(n))
        {
            // A decimal escape naming an existing group is a backreference in JS even before the group
            // (forward references match empty); .NET's ECMAScript mode would read it as an octal escape.
            var j = i + 1;
            while (j < p.Length && char.IsAsciiDigit(p[j])) j++;
            if (!inClass && n != '0' && int.TryParse(p.AsSpan(i + 1, j - i - 1), out var group) && group <= groupCount)
            {
                sb.Append(@"\k<").Append(group).Append('>');
                return j;
            }
            sb.Append('\\').Append(n);
            return i + 2;
        }
        if (char.IsAsciiLetter(n)) { sb.Append(n); return i + 2; } // identity escape: the letter itself
        sb.Append('\\').Append(n); // escaped punctuation (or any other char) is literal in both
        return i + 2;
    }
}
