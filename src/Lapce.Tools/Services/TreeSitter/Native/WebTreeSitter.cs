using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Services.TreeSitter.Native;

// The slice of web-tree-sitter 0.25.6's API that Codex's services/tree-sitter uses (Parser, Language, Query, Tree,
// Node, QueryCapture), over the native runtime with web-tree-sitter's semantics: the source is handed to tree-sitter
// as UTF-16LE, as web-tree-sitter does with JS strings, so byte offsets halve into string indices, columns count
// UTF-16 bytes, and node.text is the same substring of the same string; text predicates (#eq?, #match? with a JS
// RegExp, #any-of?, …) are applied per capture after the C cursor, as query.ts does.

/// <summary>A grammar (<c>Language</c>); native languages are static data and never freed.</summary>
public sealed class Language
{
    internal nint Ptr { get; }
    public string Name { get; }

    private Language(nint ptr, string name) => (Ptr, Name) = (ptr, name);

    /// <summary><c>Language.load</c> of <c>tree-sitter-NAME.wasm</c>: the native grammar NAME, or null when not built.</summary>
    public static Language? Load(string name)
    {
        var p = TsNative.Language(name);
        return p == 0 ? null : new Language(p, name);
    }

    public uint AbiVersion => TsNative.ts_language_abi_version(Ptr);
    public uint NodeTypeCount => TsNative.ts_language_symbol_count(Ptr);
    public uint StateCount => TsNative.ts_language_state_count(Ptr);
    public uint FieldCount => TsNative.ts_language_field_count(Ptr);
    public string? NodeTypeForId(ushort id) => TsNative.Utf8(TsNative.ts_language_symbol_name(Ptr, id));
    public bool NodeTypeIsNamed(ushort id) => TsNative.ts_language_symbol_type(Ptr, id) == 0; // TSSymbolTypeRegular
    public bool NodeTypeIsVisible(ushort id) => TsNative.ts_language_symbol_type(Ptr, id) <= 1; // Regular or Anonymous
    public string? FieldNameForId(ushort id) => TsNative.Utf8(TsNative.ts_language_field_name_for_id(Ptr, id));
}

/// <summary><c>Parser</c>: one native parser; not thread-safe (as in JS, one caller at a time).</summary>
public sealed class Parser : IDisposable
{
    private nint _ptr = TsNative.ts_parser_new();
    public Language? Language { get; private set; }

    public void SetLanguage(Language language)
    {
        if (!TsNative.ts_parser_set_language(_ptr, language.Ptr))
            throw new InvalidOperationException($"Incompatible language version {language.AbiVersion}");
        Language = language;
    }

    /// <summary><c>parser.parse(string)</c>: parses the string as UTF-16LE, exactly the code units JS hands over.</summary>
    public unsafe Tree? Parse(string source)
    {
        if (Language is null) throw new JsError("Error", "Parser must have a language to parse");
        fixed (char* p = source)
        {
            var tree = TsNative.ts_parser_parse_string_encoding(_ptr, 0, (byte*)p, checked((uint)source.Length * 2), TsNative.InputEncodingUtf16LE);
            return tree == 0 ? null : new Tree(tree, source, Language);
        }
    }

    public void Dispose()
    {
        if (_ptr != 0) TsNative.ts_parser_delete(_ptr);
        _ptr = 0;
        GC.SuppressFinalize(this);
    }

    ~Parser()
    {
        if (_ptr != 0) TsNative.ts_parser_delete(_ptr);
    }
}

/// <summary><c>Tree</c>: owns the native tree; nodes keep it alive.</summary>
public sealed class Tree
{
    internal nint Ptr { get; }
    public string Source { get; }
    public Language Language { get; }

    internal Tree(nint ptr, string source, Language language) => (Ptr, Source, Language) = (ptr, source, language);

    public Node RootNode => new(this, TsNative.ts_tree_root_node(Ptr));

    ~Tree() => TsNative.ts_tree_delete(Ptr);
}

/// <summary>A row and a column (in UTF-16 code units, as web-tree-sitter reports them).</summary>
public readonly record struct Point(int Row, int Column);

/// <summary><c>Node</c>: positions as web-tree-sitter gives them (indices in UTF-16 code units).</summary>
public sealed unsafe class Node
{
    internal TSNode Raw { get; }
    public Tree Tree { get; }

    internal Node(Tree tree, TSNode raw) => (Tree, Raw) = (tree, raw);

    private static Point ToPoint(TSPoint p) => new((int)p.Row, (int)(p.Column >> 1));

    public Point StartPosition => ToPoint(TsNative.ts_node_start_point(Raw));
    public Point EndPosition => ToPoint(TsNative.ts_node_end_point(Raw));
    public int StartIndex => (int)(TsNative.ts_node_start_byte(Raw) >> 1);
    public int EndIndex => (int)(TsNative.ts_node_end_byte(Raw) >> 1);
    public string Type => TsNative.Utf8(TsNative.ts_node_type(Raw)) ?? "";

    /// <summary><c>node.text</c>: the source's slice [startIndex, endIndex) (getText over <c>input.slice(index)</c>).</summary>
    public string Text
    {
        get
        {
            int start = StartIndex, end = EndIndex, len = Tree.Source.Length;
            // getText: callback(start) is input.slice(start); empty (start past the end) gives "".
            if (start >= len) return "";
            return Tree.Source.Substring(start, Math.Min(end, len) - start);
        }
    }

    private Node? Wrap(TSNode n) => TsNative.ts_node_is_null(n) ? null : new Node(Tree, n);

    public Node? Parent => Wrap(TsNative.ts_node_parent(Raw));
    public int ChildCount => (int)TsNative.ts_node_child_count(Raw);
    public Node? Child(int index) => Wrap(TsNative.ts_node_child(Raw, unchecked((uint)index)));
    public Node? LastChild => Child(ChildCount - 1);

    /// <summary><c>node.toString()</c>: the S-expression.</summary>
    public override string ToString()
    {
        var p = TsNative.ts_node_string(Raw);
        try { return TsNative.Utf8(p) ?? ""; }
        finally { NativeMemory.Free((void*)p); }
    }
}

/// <summary><c>QueryCapture</c> (the fields Codex reads); MarkdownParser builds its own nodes through <see cref="ICaptureNode"/>.</summary>
public sealed record QueryCapture(int PatternIndex, string Name, ICaptureNode Node);

/// <summary>What index.ts's processCaptures reads of a capture's node (tree-sitter nodes and markdown's mock nodes).</summary>
public interface ICaptureNode
{
    int StartRow { get; }
    int EndRow { get; }
    string Text { get; }
    ICaptureNode? ParentNode { get; }
    ICaptureNode? LastChildNode { get; }
}

/// <summary>A tree-sitter node seen as a capture node.</summary>
public sealed class TreeCaptureNode(Node node) : ICaptureNode
{
    public Node Node { get; } = node;
    public int StartRow => Node.StartPosition.Row;
    public int EndRow => Node.EndPosition.Row;
    public string Text => Node.Text;
    public ICaptureNode? ParentNode => Node.Parent is { } p ? new TreeCaptureNode(p) : null;
    public ICaptureNode? LastChildNode => Node.LastChild is { } c ? new TreeCaptureNode(c) : null;
}

/// <summary><c>QueryError</c>: web-tree-sitter's message for a query that does not compile.</summary>
public sealed class QueryError(string message) : JsError("QueryError", message);

/// <summary><c>Query</c>: compiled patterns plus web-tree-sitter's parsed text predicates.</summary>
public sealed unsafe class Query : IDisposable
{
    private nint _ptr;
    private readonly string[] _captureNames;
    private readonly List<Func<List<(string Name, Node Node)>, bool>>[] _textPredicates;

    private static readonly Regex QueryWordRegex = new(@"[\w-]+", RegexOptions.CultureInvariant);

    public Query(Language language, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        uint errorOffset;
        int errorType;
        fixed (byte* p = bytes)
            _ptr = TsNative.ts_query_new(language.Ptr, p, (uint)bytes.Length, &errorOffset, &errorType);
        if (_ptr == 0)
        {
            // errorIndex: the JS length of the first errorOffset UTF-8 bytes.
            var errorIndex = Encoding.UTF8.GetString(bytes, 0, (int)Math.Min(errorOffset, (uint)bytes.Length)).Length;
            var suffix = JsString.Slice(source, errorIndex, errorIndex + 100).Split('\n')[0];
            var word = QueryWordRegex.Match(suffix) is { Success: true } m ? m.Value : "";
            throw errorType switch
            {
                1 => new QueryError($"Bad syntax at offset {errorIndex}: '{suffix}'..."),
                2 => new QueryError($"Bad node name '{word}'"),
                3 => new QueryError($"Bad field name '{word}'"),
                4 => new QueryError($"Bad capture name @{word}"),
                5 => new QueryError($"Bad pattern structure at offset {errorIndex}: '{suffix}'..."),
                _ => new QueryError($"Query error {errorType} at offset {errorIndex}"),
            };
        }

        uint captureCount = TsNative.ts_query_capture_count(_ptr), stringCount = TsNative.ts_query_string_count(_ptr);
        uint patternCount = TsNative.ts_query_pattern_count(_ptr);
        _captureNames = new string[captureCount];
        for (uint i = 0; i < captureCount; i++)
        {
            uint len;
            var name = TsNative.ts_query_capture_name_for_id(_ptr, i, &len);
            _captureNames[i] = TsNative.Utf8(name, len);
        }
        var strings = new string[stringCount];
        for (uint i = 0; i < stringCount; i++)
        {
            uint len;
            var s = TsNative.ts_query_string_value_for_id(_ptr, i, &len);
            strings[i] = TsNative.Utf8(s, len);
        }

        _textPredicates = new List<Func<List<(string, Node)>, bool>>[patternCount];
        try
        {
            for (uint i = 0; i < patternCount; i++)
            {
                _textPredicates[i] = [];
                uint stepCount;
                var steps = TsNative.ts_query_predicates_for_pattern(_ptr, i, &stepCount);
                var current = new List<Step>();
                for (uint j = 0; j < stepCount; j++)
                {
                    var step = steps[j];
                    if (step.Type == 1) current.Add(new Step(true, _captureNames[step.ValueId]));
                    else if (step.Type == 2) current.Add(new Step(false, strings[step.ValueId]));
                    else if (current.Count > 0)
                    {
                        ParsePredicate(current, _textPredicates[i]);
                        current.Clear();
                    }
                }
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    private readonly record struct Step(bool IsCapture, string Value);

    // parsePattern of query.ts: the text predicates; is?/is-not?/set! and unknown operators (#strip!,
    // #select-adjacent!) only record properties that Codex never reads, but their argument checks are kept.
    private static void ParsePredicate(List<Step> steps, List<Func<List<(string Name, Node Node)>, bool>> into)
    {
        if (steps[0].IsCapture) throw new JsError("Error", "Predicates must begin with a literal value");
        var op = steps[0].Value;
        switch (op)
        {
            case "any-not-eq?" or "not-eq?" or "any-eq?" or "eq?":
            {
                if (steps.Count != 3)
                    throw new JsError("Error", $"Wrong number of arguments to `#{op}` predicate. Expected 2, got {steps.Count - 1}");
                if (!steps[1].IsCapture)
                    throw new JsError("Error", $"First argument of `#{op}` predicate must be a capture. Got \"{steps[1].Value}\"");
                var isPositive = op is "eq?" or "any-eq?";
                var matchAll = !op.StartsWith("any-", StringComparison.Ordinal);
                var name1 = steps[1].Value;
                if (steps[2].IsCapture)
                {
                    var name2 = steps[2].Value;
                    into.Add(captures =>
                    {
                        var n1 = captures.Where(c => c.Name == name1).Select(c => c.Node.Text).ToList();
                        var n2 = captures.Where(c => c.Name == name2).Select(c => c.Node.Text).ToList();
                        bool Compare(string a, string b) => isPositive ? a == b : a != b;
                        return matchAll ? n1.All(a => n2.Any(b => Compare(a, b))) : n1.Any(a => n2.Any(b => Compare(a, b)));
                    });
                }
                else
                {
                    var value = steps[2].Value;
                    into.Add(captures =>
                    {
                        var nodes = captures.Where(c => c.Name == name1).Select(c => c.Node.Text);
                        bool Test(string t) => isPositive ? t == value : t != value;
                        return matchAll ? nodes.All(Test) : nodes.Any(Test);
                    });
                }
                break;
            }
            case "any-not-match?" or "not-match?" or "any-match?" or "match?":
            {
                if (steps.Count != 3)
                    throw new JsError("Error", $"Wrong number of arguments to `#{op}` predicate. Expected 2, got {steps.Count - 1}.");
                if (!steps[1].IsCapture)
                    throw new JsError("Error", $"First argument of `#{op}` predicate must be a capture. Got \"{steps[1].Value}\".");
                if (steps[2].IsCapture)
                    throw new JsError("Error", $"Second argument of `#{op}` predicate must be a string. Got @{steps[2].Value}.");
                var isPositive = op is "match?" or "any-match?";
                var matchAll = !op.StartsWith("any-", StringComparison.Ordinal);
                var name = steps[1].Value;
                var regex = JsRegExp.CreateOrThrowSyntaxError(steps[2].Value);
                into.Add(captures =>
                {
                    var nodes = captures.Where(c => c.Name == name).Select(c => c.Node.Text).ToList();
                    bool Test(string t) => isPositive ? regex.IsMatch(t) : !regex.IsMatch(t);
                    if (nodes.Count == 0) return !isPositive;
                    return matchAll ? nodes.All(Test) : nodes.Any(Test);
                });
                break;
            }
            case "not-any-of?" or "any-of?":
            {
                if (steps.Count < 2)
                    throw new JsError("Error", $"Wrong number of arguments to `#{op}` predicate. Expected at least 1. Got {steps.Count - 1}.");
                if (!steps[1].IsCapture)
                    throw new JsError("Error", $"First argument of `#{op}` predicate must be a capture. Got \"{steps[1].Value}\".");
                var isPositive = op == "any-of?";
                var name = steps[1].Value;
                if (steps.Skip(2).Any(s => s.IsCapture)) throw new JsError("Error", $"Arguments to `#{op}` predicate must be strings.\".");
                var values = steps.Skip(2).Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
                into.Add(captures =>
                {
                    var nodes = captures.Where(c => c.Name == name).Select(c => c.Node.Text).ToList();
                    if (nodes.Count == 0) return !isPositive;
                    return nodes.All(values.Contains) == isPositive;
                });
                break;
            }
            case "is?" or "is-not?":
                if (steps.Count is < 2 or > 3)
                    throw new JsError("Error", $"Wrong number of arguments to `#{op}` predicate. Expected 1 or 2. Got {steps.Count - 1}.");
                if (steps.Any(s => s.IsCapture)) throw new JsError("Error", $"Arguments to `#{op}` predicate must be strings.\".");
                break;
            case "set!":
                if (steps.Count is < 2 or > 3)
                    throw new JsError("Error", $"Wrong number of arguments to `#set!` predicate. Expected 1 or 2. Got {steps.Count - 1}.");
                if (steps.Any(s => s.IsCapture)) throw new JsError("Error", "Arguments to `#set!` predicate must be strings.\".");
                break;
        }
    }

    public IReadOnlyList<string> CaptureNames => _captureNames;

    /// <summary><c>query.captures(node)</c>: every capture in cursor order whose match passes its text predicates.</summary>
    public List<QueryCapture> Captures(Node node)
    {
        var result = new List<QueryCapture>();
        var cursor = TsNative.ts_query_cursor_new();
        try
        {
            TsNative.ts_query_cursor_set_match_limit(cursor, 0xFFFFFFFF);
            TsNative.ts_query_cursor_set_max_start_depth(cursor, 0xFFFFFFFF);
            TsNative.ts_query_cursor_exec(cursor, _ptr, node.Raw);
            TSQueryMatch match;
            uint captureIndex;
            var captures = new List<(string Name, Node Node)>();
            while (TsNative.ts_query_cursor_next_capture(cursor, &match, &captureIndex))
            {
                captures.Clear();
                for (var i = 0; i < match.CaptureCount; i++)
                    captures.Add((_captureNames[match.Captures[i].Index], new Node(node.Tree, match.Captures[i].Node)));
                if (_textPredicates[match.PatternIndex].All(p => p(captures)))
                {
                    var (name, captured) = captures[(int)captureIndex];
                    result.Add(new QueryCapture(match.PatternIndex, name, new TreeCaptureNode(captured)));
                }
            }
        }
        finally
        {
            TsNative.ts_query_cursor_delete(cursor);
        }
        GC.KeepAlive(node.Tree);
        return result;
    }

    public void Dispose()
    {
        if (_ptr != 0) TsNative.ts_query_delete(_ptr);
        _ptr = 0;
        GC.SuppressFinalize(this);
    }

    ~Query()
    {
        if (_ptr != 0) TsNative.ts_query_delete(_ptr);
    }
}
