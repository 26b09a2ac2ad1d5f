// The npm package `ignore` 7.0.4 (the version Codex's lock file resolves), which RooIgnoreController and
// RooProtectedController use for .gitignore-style matching: each pattern is rewritten into a JavaScript regular
// expression by the package's chain of replacers, transcribed here one by one (JS `$` → \z, JS `\s` → its Unicode set,
// JS `.` → no line terminators), and compiled with JsRegExp. Not a Codex file. Only what the controllers use is here:
// `ignore({ ignorecase })`, `add(string | string[])` and `ignores(path)` (with its parent-directory rule and
// `path.relative()`d check); the win32 path conversion is not.
using System.Text.RegularExpressions;

namespace Lapce.Tools.Utils;

public sealed class NodeIgnore
{
    private const string Ws = JsRegExp.WhiteSpaceClassBody;

    private static readonly Regex TestBlankLine = new($"^[{Ws}]+\\z", RegexOptions.CultureInvariant);
    private static readonly Regex InvalidTrailingBackslash = new(@"(?:[^\\]|^)\\\z", RegexOptions.CultureInvariant);
    private static readonly Regex LeadingEscapedExclamation = new(@"^\\!", RegexOptions.CultureInvariant);
    private static readonly Regex LeadingEscapedHash = new(@"^\\#", RegexOptions.CultureInvariant);
    private static readonly Regex SplitAllCrlf = new(@"\r?\n", RegexOptions.CultureInvariant);
    // Invalid: /foo, ./foo, ../foo, ., ..   Valid: .foo
    private static readonly Regex TestInvalidPath = new(@"^\.{0,2}/|^\.{1,2}\z", RegexOptions.CultureInvariant);
    private static readonly Regex RegexpRange = new("([0-z])-([0-z])", RegexOptions.CultureInvariant);
    private static readonly Regex ReplaceTrailingWildcard = new(@"(^|\\/)?\\\*\z", RegexOptions.CultureInvariant);
    private static readonly Regex SlashNotAtEnd = new(@"/(?!\z)", RegexOptions.CultureInvariant);

    /// <summary>One replacer: its regex, whether it is global, and the replacement (match, the string being rewritten, the original pattern).</summary>
    private sealed record Replacer(Regex Matcher, bool Global, Func<Match, string, string, string> Replace);

    private static Replacer R(string pattern, bool global, Func<Match, string, string, string> replace) =>
        new(new Regex(pattern, RegexOptions.CultureInvariant), global, replace);

    // Sanitize the range of a regular expression: out-of-order ranges are fine for gitignore, fatal for a RegExp.
    private static string SanitizeRange(string range) =>
        RegexpRange.Replace(range, m => m.Groups[1].Value[0] <= m.Groups[2].Value[0] ? m.Value : "");

    private static string CleanRangeBackSlash(string slashes) => slashes[..(slashes.Length - slashes.Length % 2)];

    private static readonly Replacer[] Replacers =
    [
        // Remove BOM
        R("^\uFEFF", false, (_, _, _) => ""),

        // Trailing spaces are ignored unless they are quoted with backslash ("\")
        R($@"((?:\\\\)*?)(\\?[{Ws}]+)\z", false, (m, _, _) =>
            m.Groups[1].Value + (m.Groups[2].Value.IndexOf('\\') == 0 ? " " : "")),

        // Replace (\ ) with ' '
        R($@"(\\+?)[{Ws}]", true, (m, _, _) =>
        {
            var m1 = m.Groups[1].Value;
            return m1[..(m1.Length - m1.Length % 2)] + " ";
        }),

        // Escape metacharacters
        R(@"[\\$.|*+(){^]", true, (m, _, _) => "\\" + m.Value),

        // a question mark (?) matches a single character
        R(@"(?!\\)\?", true, (_, _, _) => "[^/]"),

        // A leading slash matches the beginning of the pathname
        R("^/", false, (_, _, _) => "^"),

        // replace special metacharacter slash after the leading slash
        R("/", true, (_, _, _) => @"\/"),

        // A leading "**" followed by a slash means match in all directories: '**/foo' <-> 'foo'
        R(@"^\^*\\\*\\\*\\/", false, (_, _, _) => @"^(?:.*\/)?"),

        // starting
        R("^(?=[^^])", false, (_, _, pattern) =>
            // If has a slash `/` at the beginning or middle
            !SlashNotAtEnd.IsMatch(pattern)
                // a pattern without a slash (or with only a trailing one) may match at any level
                ? @"(?:^|\/)"
                // otherwise it is relative to the .gitignore's folder
                : "^"),

        // two globstars
        R(@"\\/\\\*\\\*(?=\\/|\z)", true, (m, str, _) =>
            m.Index + 6 < str.Length
                // case: /**/ — zero, one or several directories
                ? @"(?:\/[^\/]+)*"
                // case: /** — everything inside, but not the folder itself
                : @"\/.+"),

        // normal intermediate wildcards ('abc.*/' -> go; a trailing single wildcard is left to the trailing-wildcard step)
        R(@"(^|[^\\]+)(\\\*)+(?=[^\n\r\u2028\u2029]+)", true, (m, _, _) =>
            // the repeated group holds its last iteration: consecutive asterisks become one [^\/]*
            m.Groups[1].Value + m.Groups[2].Value.Replace(@"\*", @"[^\/]*", StringComparison.Ordinal)),

        // unescape, revert step 3 except for back slash
        R(@"\\\\\\(?=[$.|*+(){^])", true, (_, _, _) => "\\"),

        // '\\\\' -> '\\'
        R(@"\\\\", true, (_, _, _) => "\\"),

        // The range notation, e.g. [a-zA-Z]
        R(@"(\\)?\[([^\]/]*?)(\\*)(\z|\])", true, (m, _, _) =>
        {
            var range = m.Groups[2].Value;
            var endEscape = m.Groups[3].Value;
            var close = m.Groups[4].Value;
            return m.Groups[1].Success && m.Groups[1].Value == "\\"
                // '\\[bar]' -> '\\\\[bar\\]'
                ? $@"\[{range}{CleanRangeBackSlash(endEscape)}{close}"
                : close == "]"
                    ? endEscape.Length % 2 == 0
                        // A normal case, and it is a range notation
                        ? $"[{SanitizeRange(range)}{endEscape}]"
                        // Invalid range notation
                        : "[]"
                    : "[]";
        }),

        // ending: 'js' will not match 'js.', 'ab' will not match 'abc'
        R(@"(?:[^*])\z", false, (m, _, _) =>
            m.Value.EndsWith('/')
                // foo/ will not match 'foo'
                ? m.Value + "$"
                // foo matches 'foo' and 'foo/'
                : m.Value + @"(?=$|\/$)"),
    ];

    private static string MakeRegexPrefix(string pattern)
    {
        var prev = pattern;
        foreach (var replacer in Replacers)
        {
            var current = prev;
            prev = replacer.Matcher.Replace(current, m => replacer.Replace(m, current, pattern), replacer.Global ? -1 : 1);
        }
        return prev;
    }

    private sealed class IgnoreRule(string pattern, bool negative, bool ignoreCase, string regexPrefix)
    {
        private Regex? _regex;

        public string Pattern { get; } = pattern;
        public bool Negative { get; } = negative;

        /// <summary>The rule's regex in `ignores` mode (MODE_IGNORE), compiled on first use.</summary>
        public Regex Regex => _regex ??= Make();

        private Regex Make()
        {
            var str = ReplaceTrailingWildcard.Replace(regexPrefix, m =>
            {
                var p1 = m.Groups[1].Success ? m.Groups[1].Value : "";
                // '\\\/': 'abc/*' does not match 'abc/'; 'a*' matches 'a' and 'aa'
                var prefix = p1.Length > 0 ? $"{p1}[^/]+" : "[^/]*";
                return prefix + @"(?=$|\/$)";
            }, 1);
            return JsRegExp.Create(str, ignoreCase ? "i" : "");
        }
    }

    private readonly bool _ignoreCase;
    private readonly bool _strictPathCheck;
    private readonly List<IgnoreRule> _rules = [];
    private Dictionary<string, (bool Ignored, bool Unignored)> _ignoreCache = new(StringComparer.Ordinal);

    /// <summary><c>ignore({ ignorecase = true, allowRelativePaths = false })</c>.</summary>
    public NodeIgnore(bool ignoreCase = true, bool allowRelativePaths = false)
    {
        _ignoreCase = ignoreCase;
        _strictPathCheck = !allowRelativePaths;
    }

    /// <summary><c>add(pattern)</c> with a string: one pattern per line (<c>\r?\n</c>), empty lines dropped.</summary>
    public NodeIgnore Add(string patterns) => Add(SplitAllCrlf.Split(patterns).Where(p => p.Length > 0));

    /// <summary><c>add(patterns)</c> with an array.</summary>
    public NodeIgnore Add(IEnumerable<string> patterns)
    {
        var added = false;
        foreach (var pattern in patterns)
        {
            if (!CheckPattern(pattern)) continue;
            _rules.Add(CreateRule(pattern));
            added = true;
        }
        // Rules were added: the cached results no longer hold
        if (added) _ignoreCache = new(StringComparer.Ordinal);
        return this;
    }

    // A blank line matches no files; a line starting with # is a comment; a trailing lone backslash is invalid.
    private static bool CheckPattern(string pattern) =>
        pattern.Length > 0
        && !TestBlankLine.IsMatch(pattern)
        && !InvalidTrailingBackslash.IsMatch(pattern)
        && !pattern.StartsWith('#');

    private IgnoreRule CreateRule(string pattern)
    {
        var negative = false;
        var body = pattern;

        // An optional prefix "!" which negates the pattern
        if (body.StartsWith('!'))
        {
            negative = true;
            body = body[1..];
        }

        // A backslash in front of a first "!" or "#" makes it literal
        body = LeadingEscapedExclamation.Replace(body, "!", 1);
        body = LeadingEscapedHash.Replace(body, "#", 1);

        return new IgnoreRule(pattern, negative, _ignoreCase, MakeRegexPrefix(body));
    }

    /// <summary>
    /// <c>ignores(path)</c>: whether the (relative, POSIX) path is ignored, a path under an ignored folder included.
    /// Throws a TypeError for an empty path and a RangeError for one that is not <c>path.relative()</c>d
    /// (<c>/x</c>, <c>./x</c>, <c>../x</c>, <c>.</c>, <c>..</c>), as the package does.
    /// </summary>
    public bool Ignores(string path)
    {
        CheckPath(path);
        return T(path, _ignoreCache, false, null).Ignored;
    }

    private void CheckPath(string path)
    {
        if (!_strictPathCheck) return;
        // We don't know if we should ignore EMPTY, so throw
        if (path.Length == 0) throw new JsError("TypeError", "path must not be empty");
        if (TestInvalidPath.IsMatch(path))
        {
            throw new JsError("RangeError", $"path should be a `path.relative()`d string, but got \"{path}\"");
        }
    }

    // _t(path, cache, checkUnignored, slices): a path is ignored when its parent folder is, else by its own test.
    private (bool Ignored, bool Unignored) T(string path, Dictionary<string, (bool, bool)> cache, bool checkUnignored, List<string>? slices)
    {
        if (cache.TryGetValue(path, out var cached)) return cached;

        // path/to/a.js → ['path', 'to', 'a.js']
        slices ??= path.Split('/').Where(s => s.Length > 0).ToList();
        if (slices.Count > 0) slices.RemoveAt(slices.Count - 1);

        // If the path has no parent directory, just test it
        if (slices.Count == 0)
        {
            return cache[path] = Test(path, checkUnignored);
        }

        var parent = T(string.Join('/', slices) + "/", cache, checkUnignored, slices);

        // It is not possible to re-include a file if a parent directory of that file is excluded.
        return cache[path] = parent.Ignored ? parent : Test(path, checkUnignored);
    }

    // RuleManager.test(path, checkUnignored, MODE_IGNORE)
    private (bool Ignored, bool Unignored) Test(string path, bool checkUnignored)
    {
        var ignored = false;
        var unignored = false;

        foreach (var rule in _rules)
        {
            var negative = rule.Negative;
            // skip rules that cannot change the outcome
            if ((unignored == negative && ignored != unignored) || (negative && !ignored && !unignored && !checkUnignored))
            {
                continue;
            }

            if (!rule.Regex.IsMatch(path)) continue;

            ignored = !negative;
            unignored = negative;
        }

        return (ignored, unignored);
    }
}
