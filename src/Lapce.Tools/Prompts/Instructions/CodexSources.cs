// Not a Codex file. The long instruction texts of fetch_instructions are not copied into the port: they are read at run
// time from the Codex tree (src/core/prompts/instructions/*.ts) and their template literals are evaluated with the
// values the port computes for each substitution, the same inputs Codex passes (MCP paths, server names, …).
using System.Text;
using System.Text.RegularExpressions;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Prompts.Instructions;

public static class CodexSources
{
    private static string? _root;
    private static bool _rootSet;
    private static readonly AsyncLocal<Scope?> Scoped = new();
    private sealed record Scope(string? Root);

    /// <summary>
    /// The Codex tree (the runner's --codex); unset: the CODEX_ROOT environment variable; null: none. Within
    /// <see cref="UseRoot"/>, that scope's root.
    /// </summary>
    public static string? Root
    {
        get => Scoped.Value is { } scope ? scope.Root
            : _rootSet ? _root : Environment.GetEnvironmentVariable("CODEX_ROOT") is { Length: > 0 } env ? env : null;
        set
        {
            _root = value;
            _rootSet = true;
        }
    }

    /// <summary>Sets <see cref="Root"/> for the calling async flow only (tests), until disposed.</summary>
    public static IDisposable UseRoot(string? root)
    {
        var previous = Scoped.Value;
        Scoped.Value = new Scope(root);
        return new Restore(() => Scoped.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>The text of a file of the Codex tree; <see cref="ResourceUnavailableException"/> without a tree or file.</summary>
    public static string ReadFile(string relativePath)
    {
        var root = Root ?? throw new ResourceUnavailableException(
            $"no Codex tree: the port reads {relativePath} at run time (set CODEX_ROOT or pass --codex DIR)");
        var file = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(file))
            throw new ResourceUnavailableException($"{relativePath} is not in the Codex tree at {root}");
        return File.ReadAllText(file, Encoding.UTF8);
    }

    /// <summary>The template literal that <c>function <paramref name="functionName"/></c> in the file returns first.</summary>
    public static TemplateLiteral ReturnedTemplate(string relativePath, string functionName)
    {
        var source = ReadFile(relativePath);
        var fn = Regex.Match(source, $@"\bfunction\s+{Regex.Escape(functionName)}\s*\(");
        if (!fn.Success) throw new InvalidOperationException($"{relativePath}: no function {functionName} (not the Codex version the port follows)");
        var ret = Regex.Match(source[fn.Index..], @"\breturn\s*`");
        if (!ret.Success) throw new InvalidOperationException($"{relativePath}: {functionName} returns no template literal");
        return TemplateLiteral.Parse(source, fn.Index + ret.Index + ret.Length - 1, relativePath);
    }
}

/// <summary>
/// A JavaScript template literal read from source: its cooked strings and the source text of its substitutions.
/// </summary>
public sealed class TemplateLiteral
{
    public required IReadOnlyList<string> Strings { get; init; }
    /// <summary>Each substitution's source, whitespace runs collapsed to one space and trimmed.</summary>
    public required IReadOnlyList<string> Expressions { get; init; }
    public required string File { get; init; }

    /// <summary>
    /// The literal's value: the strings with each substitution's value in between, substitutions evaluated left to right
    /// (as JavaScript does). <paramref name="evaluate"/> gets the expression's source and returns its string value.
    /// </summary>
    public async Task<string> EvaluateAsync(Func<string, Task<string>> evaluate)
    {
        var sb = new StringBuilder(Strings[0]);
        for (var i = 0; i < Expressions.Count; i++)
        {
            sb.Append(await evaluate(Expressions[i]));
            sb.Append(Strings[i + 1]);
        }
        return sb.ToString();
    }

    /// <summary>An expression the port does not know: the Codex tree is not the version it follows.</summary>
    public Exception Unknown(string expression) =>
        new InvalidOperationException($"{File}: unknown substitution ${{{expression}}} (not the Codex version the port follows)");

    /// <summary>Parses the literal whose opening backtick is at <paramref name="start"/>.</summary>
    public static TemplateLiteral Parse(string src, int start, string file)
    {
        if (src[start] != '`') throw new ArgumentException("not at a backtick", nameof(start));
        var strings = new List<string>();
        var expressions = new List<string>();
        var sb = new StringBuilder();
        var i = start + 1;
        while (true)
        {
            if (i >= src.Length) throw new InvalidOperationException($"{file}: unterminated template literal");
            var c = src[i];
            if (c == '`') break;
            if (c == '\\')
            {
                i = Cook(src, i, sb);
                continue;
            }
            if (c == '$' && i + 1 < src.Length && src[i + 1] == '{')
            {
                strings.Add(sb.ToString());
                sb.Clear();
                var end = SkipExpression(src, i + 2);
                expressions.Add(Regex.Replace(src[(i + 2)..end], @"\s+", " ").Trim());
                i = end + 1;
                continue;
            }
            if (c == '\r')
            {
                // CR LF and CR are read as LF in template literals
                sb.Append('\n');
                i += i + 1 < src.Length && src[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            sb.Append(c);
            i++;
        }
        strings.Add(sb.ToString());
        return new TemplateLiteral { Strings = strings, Expressions = expressions, File = file };
    }

    /// <summary>Cooks the escape sequence at <paramref name="i"/> (a backslash) into <paramref name="sb"/>; returns the index after it.</summary>
    private static int Cook(string src, int i, StringBuilder sb)
    {
        var c = src[i + 1];
        switch (c)
        {
            case 'n': sb.Append('\n'); return i + 2;
            case 't': sb.Append('\t'); return i + 2;
            case 'r': sb.Append('\r'); return i + 2;
            case 'b': sb.Append('\b'); return i + 2;
            case 'f': sb.Append('\f'); return i + 2;
            case 'v': sb.Append('\v'); return i + 2;
            case '0': sb.Append('\0'); return i + 2;
            case 'x':
                sb.Append((char)Convert.ToInt32(src.Substring(i + 2, 2), 16));
                return i + 4;
            case 'u' when src[i + 2] == '{':
            {
                var close = src.IndexOf('}', i + 3);
                sb.Append(char.ConvertFromUtf32(Convert.ToInt32(src[(i + 3)..close], 16)));
                return close + 1;
            }
            case 'u':
                sb.Append((char)Convert.ToInt32(src.Substring(i + 2, 4), 16));
                return i + 6;
            case '\r':
                return i + (i + 2 < src.Length && src[i + 2] == '\n' ? 3 : 2); // line continuation
            case '\n' or '\u2028' or '\u2029':
                return i + 2;
            default:
                sb.Append(c); // \` \$ \\ \' \" and any other character stand for themselves
                return i + 2;
        }
    }

    /// <summary>The index of the <c>}</c> that closes a substitution starting at <paramref name="i"/>.</summary>
    private static int SkipExpression(string src, int i)
    {
        var depth = 0;
        while (i < src.Length)
        {
            var c = src[i];
            switch (c)
            {
                case '{': depth++; break;
                case '}' when depth == 0: return i;
                case '}': depth--; break;
                case '"' or '\'':
                    i++;
                    while (src[i] != c) i += src[i] == '\\' ? 2 : 1;
                    break;
                case '`':
                    i = SkipTemplate(src, i);
                    break;
            }
            i++;
        }
        throw new InvalidOperationException("unterminated substitution in a template literal");
    }

    /// <summary>The index of the backtick that closes the template literal opened at <paramref name="i"/>.</summary>
    private static int SkipTemplate(string src, int i)
    {
        i++;
        while (src[i] != '`')
        {
            if (src[i] == '\\') i += 2;
            else if (src[i] == '$' && src[i + 1] == '{') i = SkipExpression(src, i + 2) + 1;
            else i++;
        }
        return i;
    }
}
