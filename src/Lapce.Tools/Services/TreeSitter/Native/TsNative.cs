using System.Reflection;
using System.Runtime.InteropServices;

namespace Lapce.Tools.Services.TreeSitter.Native;

// Layouts of tree_sitter/api.h (0.25), as the C library lays them out on 64-bit targets.
[StructLayout(LayoutKind.Sequential)]
internal struct TSPoint
{
    public uint Row;
    public uint Column;
}

[StructLayout(LayoutKind.Sequential)]
internal struct TSNode
{
    public uint Context0, Context1, Context2, Context3;
    public nint Id;
    public nint Tree;
}

[StructLayout(LayoutKind.Sequential)]
internal struct TSQueryCapture
{
    public TSNode Node;
    public uint Index;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TSQueryMatch
{
    public uint Id;
    public ushort PatternIndex;
    public ushort CaptureCount;
    public TSQueryCapture* Captures;
}

[StructLayout(LayoutKind.Sequential)]
internal struct TSQueryPredicateStep
{
    public int Type; // 0 done, 1 capture, 2 string
    public uint ValueId;
}

/// <summary>
/// P/Invoke into liblapce_tree_sitter (tools/tree-sitter/build.mjs): the tree-sitter 0.25 runtime web-tree-sitter
/// 0.25.6 is compiled from, and the grammars of tree-sitter-wasms 0.1.12, each exported as <c>tree_sitter_NAME</c>.
/// </summary>
internal static unsafe partial class TsNative
{
    public const string LibraryName = "lapce_tree_sitter";

    /// <summary>Environment variable naming the library file to load instead of the searched ones.</summary>
    public const string LibraryEnvVar = "LAPCE_TREE_SITTER_LIB";

    public const int InputEncodingUtf16LE = 1;

    static TsNative() => NativeLibrary.SetDllImportResolver(typeof(TsNative).Assembly, Resolve);

    private static nint _handle;
    private static readonly Lock HandleLock = new();

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == LibraryName ? Handle : 0;

    /// <summary>The loaded library; throws <see cref="DllNotFoundException"/> naming where it looked.</summary>
    public static nint Handle
    {
        get
        {
            if (_handle != 0) return _handle;
            lock (HandleLock)
            {
                if (_handle != 0) return _handle;
                var tried = new List<string>();
                foreach (var candidate in Candidates())
                {
                    tried.Add(candidate);
                    if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var h)) return _handle = h;
                }
                throw new DllNotFoundException(
                    $"liblapce_tree_sitter not found (tried {string.Join(", ", tried)}); build it with `node tools/tree-sitter/build.mjs` or set {LibraryEnvVar}");
            }
        }
    }

    private static IEnumerable<string> Candidates()
    {
        var file = OperatingSystem.IsMacOS() ? "liblapce_tree_sitter.dylib" : OperatingSystem.IsWindows() ? "lapce_tree_sitter.dll" : "liblapce_tree_sitter.so";
        var env = Environment.GetEnvironmentVariable(LibraryEnvVar);
        if (!string.IsNullOrEmpty(env)) yield return env;
        yield return Path.Combine(AppContext.BaseDirectory, file);
        // A checkout: tools/tree-sitter/out above the binaries (bin/Debug/net10.0 of any project).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var p = Path.Combine(dir.FullName, "tools", "tree-sitter", "out", file);
            if (File.Exists(p)) { yield return p; yield break; }
        }
    }

    /// <summary>The <c>TSLanguage*</c> of grammar NAME (<c>tree_sitter_NAME()</c>), or 0 when the library lacks it.</summary>
    public static nint Language(string name)
    {
        if (!NativeLibrary.TryGetExport(Handle, "tree_sitter_" + name, out var fn)) return 0;
        return ((delegate* unmanaged[Cdecl]<nint>)fn)();
    }

    [LibraryImport(LibraryName)] public static partial nint ts_parser_new();
    [LibraryImport(LibraryName)] public static partial void ts_parser_delete(nint parser);
    [LibraryImport(LibraryName)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_parser_set_language(nint parser, nint language);
    [LibraryImport(LibraryName)] public static partial nint ts_parser_parse_string_encoding(nint parser, nint oldTree, byte* source, uint length, int encoding);

    [LibraryImport(LibraryName)] public static partial TSNode ts_tree_root_node(nint tree);
    [LibraryImport(LibraryName)] public static partial void ts_tree_delete(nint tree);

    [LibraryImport(LibraryName)] public static partial TSPoint ts_node_start_point(TSNode node);
    [LibraryImport(LibraryName)] public static partial TSPoint ts_node_end_point(TSNode node);
    [LibraryImport(LibraryName)] public static partial uint ts_node_start_byte(TSNode node);
    [LibraryImport(LibraryName)] public static partial uint ts_node_end_byte(TSNode node);
    [LibraryImport(LibraryName)] public static partial TSNode ts_node_parent(TSNode node);
    [LibraryImport(LibraryName)] public static partial uint ts_node_child_count(TSNode node);
    [LibraryImport(LibraryName)] public static partial TSNode ts_node_child(TSNode node, uint index);
    [LibraryImport(LibraryName)] public static partial nint ts_node_type(TSNode node);
    [LibraryImport(LibraryName)] public static partial nint ts_node_string(TSNode node);
    [LibraryImport(LibraryName)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_node_is_null(TSNode node);

    [LibraryImport(LibraryName)] public static partial nint ts_query_new(nint language, byte* source, uint length, uint* errorOffset, int* errorType);
    [LibraryImport(LibraryName)] public static partial void ts_query_delete(nint query);
    [LibraryImport(LibraryName)] public static partial uint ts_query_pattern_count(nint query);
    [LibraryImport(LibraryName)] public static partial uint ts_query_capture_count(nint query);
    [LibraryImport(LibraryName)] public static partial uint ts_query_string_count(nint query);
    [LibraryImport(LibraryName)] public static partial byte* ts_query_capture_name_for_id(nint query, uint index, uint* length);
    [LibraryImport(LibraryName)] public static partial byte* ts_query_string_value_for_id(nint query, uint index, uint* length);
    [LibraryImport(LibraryName)] public static partial TSQueryPredicateStep* ts_query_predicates_for_pattern(nint query, uint patternIndex, uint* stepCount);

    [LibraryImport(LibraryName)] public static partial nint ts_query_cursor_new();
    [LibraryImport(LibraryName)] public static partial void ts_query_cursor_delete(nint cursor);
    [LibraryImport(LibraryName)] public static partial void ts_query_cursor_exec(nint cursor, nint query, TSNode node);
    [LibraryImport(LibraryName)] public static partial void ts_query_cursor_set_match_limit(nint cursor, uint limit);
    [LibraryImport(LibraryName)] public static partial void ts_query_cursor_set_max_start_depth(nint cursor, uint depth);
    [LibraryImport(LibraryName)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_query_cursor_next_capture(nint cursor, TSQueryMatch* match, uint* captureIndex);

    [LibraryImport(LibraryName)] public static partial uint ts_language_abi_version(nint language);
    [LibraryImport(LibraryName)] public static partial uint ts_language_symbol_count(nint language);
    [LibraryImport(LibraryName)] public static partial uint ts_language_state_count(nint language);
    [LibraryImport(LibraryName)] public static partial uint ts_language_field_count(nint language);
    [LibraryImport(LibraryName)] public static partial nint ts_language_symbol_name(nint language, ushort symbol);
    [LibraryImport(LibraryName)] public static partial int ts_language_symbol_type(nint language, ushort symbol);
    [LibraryImport(LibraryName)] public static partial nint ts_language_field_name_for_id(nint language, ushort id);

    public static string? Utf8(nint p) => p == 0 ? null : Marshal.PtrToStringUTF8(p);
    public static string Utf8(byte* p, uint length) => System.Text.Encoding.UTF8.GetString(p, checked((int)length));
}
