// VS Code's text documents, editors and tabs, as far as DiffViewProvider observes them. Not a Codex file: Codex runs
// on VS Code's own model; this mirrors its observable rules (the TypeScript target's `vscode` module models the same):
//   - a document is loaded from disk decoded by its BOM (UTF-8, UTF-8 with BOM, UTF-16 LE/BE); the BOM is not part of
//     the text and is written back on save;
//   - on load the line breaks are normalised to the document's EOL: the majority of the file's breaks (a lone CR counts
//     with CRLF), "\n" for a file without any;
//   - line breaks in inserted text take the document's EOL;
//   - an edit that changes nothing (an empty insertion) leaves the document clean, any other makes it dirty, and only
//     a dirty document is written by save (through NodeFs, i.e. atomically);
//   - opening a document that is already open and clean reloads it from disk;
//   - there are no diagnostics, decorations or scrolling that anything could observe.
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.RegularExpressions;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Integrations.Editor;

/// <summary><c>vscode.Position</c>.</summary>
public readonly record struct DocPosition(int Line, int Character)
{
    public bool IsBefore(DocPosition o) => Line < o.Line || (Line == o.Line && Character < o.Character);
}

/// <summary><c>vscode.Range</c>: start and end in order.</summary>
public readonly record struct DocRange
{
    public DocPosition Start { get; }
    public DocPosition End { get; }

    public DocRange(DocPosition start, DocPosition end)
    {
        if (end.IsBefore(start)) (start, end) = (end, start);
        Start = start;
        End = end;
    }

    public DocRange(int startLine, int startCharacter, int endLine, int endCharacter)
        : this(new DocPosition(startLine, startCharacter), new DocPosition(endLine, endCharacter))
    {
    }
}

/// <summary>How a document's bytes are encoded (by its BOM).</summary>
public enum DocumentEncoding
{
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
}

/// <summary><c>vscode.TextDocument</c>.</summary>
public sealed class TextDocument
{

    /// <summary>The EOL of text without any line break (VS Code's <c>files.eol</c> "auto" on Linux).</summary>
    public const string DefaultEol = "\n";

    private string _text = "";
    /// <summary>
    /// Start offset and length (without the line break) of each line (VS Code's lines: \r\n, \r or \n end a line),
    /// built on first use: edits replace whole documents of possibly many lines, and most texts are never indexed.
    /// </summary>
    private readonly List<int> _lineLengths = [0];
    private readonly List<int> _lineStarts = [0];
    private bool _linesValid = true;
    /// <summary>The bytes the current text was loaded from, while the document is unedited since; null otherwise.</summary>
    private byte[]? _loadedFrom;

    internal TextDocument(string fsPath)
    {
        FsPath = fsPath;
    }

    /// <summary><c>uri.fsPath</c> (also <c>fileName</c>).</summary>
    public string FsPath { get; }
    public int Version { get; private set; } = 1;
    public bool IsClosed { get; internal set; }
    public bool IsDirty { get; private set; }
    /// <summary>"\n" or "\r\n".</summary>
    public string Eol { get; private set; } = DefaultEol;
    public DocumentEncoding Encoding { get; private set; } = DocumentEncoding.Utf8;
    public int LineCount => Lines().Lengths.Count;

    /// <summary>(Re)load from disk, as VS Code does when it opens a file or reloads a clean one.</summary>
    internal void LoadFromDisk()
    {
        var bytes = NodeFs.ReadFileSync(FsPath);
        // Loading the same bytes again gives the same text, EOL and encoding: nothing to redo.
        if (_loadedFrom is not null && bytes.AsSpan().SequenceEqual(_loadedFrom))
        {
            IsDirty = false;
            return;
        }
        var (text, encoding) = Decode(bytes);
        var (normalized, eol) = NormalizeOnLoad(text);
        Encoding = encoding;
        Eol = eol;
        SetText(normalized);
        IsDirty = false;
        _loadedFrom = bytes;
    }

    private void SetText(string text)
    {
        _text = text;
        _linesValid = false;
        _loadedFrom = null;
    }

    private (List<int> Starts, List<int> Lengths) Lines()
    {
        if (_linesValid) return (_lineStarts, _lineLengths);
        // One pass over the text, vectorised (documents are whole files of many short lines).
        _lineStarts.Clear();
        _lineLengths.Clear();
        _lineStarts.Add(0);
        var span = _text.AsSpan();
        int start = 0;
        void Break(ReadOnlySpan<char> text, int at, ref int start)
        {
            if (at < start) return; // the \n of a \r\n already taken
            _lineLengths.Add(at - start);
            int next = at + 1;
            if (text[at] == '\r' && next < text.Length && text[next] == '\n') next++;
            _lineStarts.Add(next);
            start = next;
        }
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            var lf = Vector256.Create((ushort)'\n');
            var cr = Vector256.Create((ushort)'\r');
            for (; i + Vector256<ushort>.Count <= span.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)i);
                var mask = (Vector256.Equals(v, lf) | Vector256.Equals(v, cr)).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    Break(span, i + BitOperations.TrailingZeroCount(mask), ref start);
                    mask &= mask - 1;
                }
            }
        }
        for (; i < span.Length; i++)
        {
            if (span[i] is '\r' or '\n') Break(span, i, ref start);
        }
        _lineLengths.Add(_text.Length - start);
        _linesValid = true;
        return (_lineStarts, _lineLengths);
    }

    public string GetText() => _text;

    public string GetText(DocRange range)
    {
        var r = ValidateRange(range);
        return _text[OffsetAt(r.Start)..OffsetAt(r.End)];
    }

    public int OffsetAt(DocPosition pos)
    {
        var p = ValidatePosition(pos);
        return Lines().Starts[p.Line] + p.Character;
    }

    public DocPosition PositionAt(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _text.Length));
        var (starts, lengths) = Lines();
        int lo = 0, hi = starts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        var ch = Math.Min(offset - starts[lo], lengths[lo]);
        return new DocPosition(lo, ch);
    }

    public DocPosition ValidatePosition(DocPosition pos)
    {
        if (pos.Line < 0) return new DocPosition(0, 0);
        var lengths = Lines().Lengths;
        if (pos.Line >= lengths.Count)
        {
            var last = lengths.Count - 1;
            return new DocPosition(last, lengths[last]);
        }
        return new DocPosition(pos.Line, Math.Max(0, Math.Min(pos.Character, lengths[pos.Line])));
    }

    public DocRange ValidateRange(DocRange range) => new(ValidatePosition(range.Start), ValidatePosition(range.End));

    /// <summary>
    /// Applies non-overlapping edits (document coordinates); inserted line breaks take the document's EOL. False (and
    /// nothing applied) when edits overlap.
    /// </summary>
    internal bool ApplyEdits(IReadOnlyList<(DocRange Range, string NewText)> edits)
    {
        if (edits.Count == 0) return true;
        var ops = edits
            .Select((e, i) => (Start: OffsetAt(e.Range.Start), End: OffsetAt(e.Range.End), Text: e.NewText, I: i))
            .OrderBy(o => o.Start).ThenBy(o => o.I)
            .ToList();
        for (var i = 1; i < ops.Count; i++)
        {
            if (ops[i].Start < ops[i - 1].End) return false;
        }
        var text = _text;
        var changed = false;
        for (var i = ops.Count - 1; i >= 0; i--)
        {
            var op = ops[i];
            var t = ToEol(op.Text, Eol);
            if (op.Start == op.End && t.Length == 0) continue;
            // (A replacement of the whole text, the usual edit here, is the new text itself.)
            text = op.Start == 0 && op.End == text.Length ? t : string.Concat(text.AsSpan(0, op.Start), t, text.AsSpan(op.End));
            changed = true;
        }
        if (changed)
        {
            SetText(text);
            Version++;
            IsDirty = true;
        }
        return true;
    }

    /// <summary><c>save()</c>: writes a dirty document (BOM and EOL kept); false for a closed or clean one.</summary>
    public async Task<bool> SaveAsync()
    {
        if (IsClosed) return false;
        if (!IsDirty) return false;
        await NodeFs.WriteFileAsync(FsPath, Encode(_text, Encoding));
        IsDirty = false;
        return true;
    }

    private static (string Text, DocumentEncoding Encoding) Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (NodeFs.Utf8.GetString(bytes, 3, bytes.Length - 3), DocumentEncoding.Utf8Bom);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return (System.Text.Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), DocumentEncoding.Utf16Le);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return (System.Text.Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), DocumentEncoding.Utf16Be);
        return (NodeFs.Utf8.GetString(bytes), DocumentEncoding.Utf8);
    }

    private static byte[] Encode(string text, DocumentEncoding encoding)
    {
        switch (encoding)
        {
            case DocumentEncoding.Utf8Bom:
                return [0xEF, 0xBB, 0xBF, .. NodeFs.Utf8.GetBytes(text)];
            case DocumentEncoding.Utf16Le:
            case DocumentEncoding.Utf16Be:
            {
                // Code unit by code unit (lone surrogates included, as Node's Buffer writes them).
                var units = MemoryMarshal.AsBytes(text.AsSpan()).ToArray();
                var littleEndian = BitConverter.IsLittleEndian == (encoding == DocumentEncoding.Utf16Le);
                if (!littleEndian)
                {
                    for (var i = 0; i + 1 < units.Length; i += 2) (units[i], units[i + 1]) = (units[i + 1], units[i]);
                }
                return encoding == DocumentEncoding.Utf16Le ? [0xFF, 0xFE, .. units] : [0xFE, 0xFF, .. units];
            }
            default:
                return NodeFs.Utf8.GetBytes(text);
        }
    }

    /// <summary>The majority EOL wins (lone CRs count with CRLF); all breaks are normalised to it.</summary>
    private static (string Text, string Eol) NormalizeOnLoad(string text)
    {
        // Counted with vectorised searches (this runs on every load of a possibly large file).
        var span = text.AsSpan();
        var hasCr = span.Contains('\r');
        int crlf = hasCr ? span.Count("\r\n") : 0;
        int cr = hasCr ? span.Count('\r') - crlf : 0;
        int lf = span.Count('\n') - crlf;
        var total = cr + lf + crlf;
        var totalCr = cr + crlf;
        var eol = total == 0 ? DefaultEol : totalCr > total / 2.0 ? "\r\n" : "\n";
        var needs = eol == "\r\n" ? cr > 0 || lf > 0 : cr > 0 || crlf > 0;
        return (needs ? ToEol(text, eol) : text, eol);
    }

    /// <summary>Every line break (\r\n, \r or \n) as <paramref name="eol"/>; the text itself when nothing changes.</summary>
    internal static string ToEol(string text, string eol)
    {
        var span = text.AsSpan();
        int first = span.IndexOfAny('\r', '\n');
        if (first < 0) return text;
        // Already in that EOL (checked with vectorised searches: the usual case, on whole files): nothing to rebuild.
        if (eol == "\n" ? !span[first..].Contains('\r') : eol == "\r\n" && IsAllCrlf(span[first..])) return text;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        sb.Append(span[..first]);
        for (int i = first; i < span.Length;)
        {
            int rel = span[i..].IndexOfAny('\r', '\n');
            if (rel < 0) { sb.Append(span[i..]); break; }
            sb.Append(span.Slice(i, rel)).Append(eol);
            int at = i + rel;
            i = at + (span[at] == '\r' && at + 1 < span.Length && span[at + 1] == '\n' ? 2 : 1);
        }
        var result = sb.ToString();
        return result == text ? text : result;
    }

    // Every \r and every \n is part of a \r\n.
    private static bool IsAllCrlf(ReadOnlySpan<char> span)
    {
        var crlf = span.Count("\r\n");
        return span.Count('\r') == crlf && span.Count('\n') == crlf;
    }
}

/// <summary><c>vscode.TextEditor</c>: the document it shows.</summary>
public sealed class TextEditor(TextDocument document)
{
    public TextDocument Document { get; } = document;
}

/// <summary>
/// The original side of a diff editor: <c>scheme:fileName?base64(utf8(content))</c>. The URI string (the size of the
/// file) is only built when asked for; tabs are matched by <see cref="SameUri"/>, which compares the parts instead.
/// </summary>
public sealed class DiffOriginal(string scheme, string fileName, string content)
{
    private string? _uri;

    public string Scheme { get; } = scheme;
    public string FileName { get; } = fileName;
    public string Content { get; } = content;
    public string Uri => _uri ??= $"{Scheme}:{FileName}?{Convert.ToBase64String(NodeFs.Utf8.GetBytes(Content))}";

    /// <summary>Whether both URIs are the same string (equal contents have equal bytes; lone surrogates can make different ones equal).</summary>
    public bool SameUri(DiffOriginal other) =>
        Scheme == other.Scheme && FileName == other.FileName
        && (Content == other.Content || NodeFs.Utf8.GetBytes(Content).AsSpan().SequenceEqual(NodeFs.Utf8.GetBytes(other.Content)));
}

/// <summary>A tab: a text editor (<see cref="Original"/> null) or a diff editor of <see cref="FsPath"/>.</summary>
public sealed class EditorTab(string label, string fsPath, DiffOriginal? original, TextDocument document)
{
    public string Label { get; } = label;
    /// <summary>The file shown (the modified side of a diff).</summary>
    public string FsPath { get; } = fsPath;
    /// <summary>A diff's original side; null for a text tab.</summary>
    public DiffOriginal? Original { get; } = original;
    /// <summary>The scheme of a diff's original side (e.g. "cline-diff"); null for a text tab.</summary>
    public string? OriginalScheme => Original?.Scheme;
    public string? OriginalUri => Original?.Uri;
    public bool IsDiff => Original is not null;
    public bool IsDirty => document.IsDirty;
    public bool IsActive { get; internal set; }
}

/// <summary><c>vscode.WorkspaceEdit</c>: text replacements (document coordinates) by file.</summary>
public sealed class WorkspaceEdit
{
    internal List<(string FsPath, DocRange Range, string NewText)> Edits { get; } = [];

    public void Replace(string fsPath, DocRange range, string newText) => Edits.Add((fsPath, range, newText));

    public void Insert(string fsPath, DocPosition position, string newText) => Edits.Add((fsPath, new DocRange(position, position), newText));

    public void Delete(string fsPath, DocRange range) => Edits.Add((fsPath, range, ""));
}

/// <summary>
/// The open documents, tabs and editors of one VS Code window (<c>vscode.workspace.textDocuments</c>,
/// <c>vscode.window.tabGroups</c>, <c>showTextDocument</c>, the <c>vscode.diff</c> command, <c>applyEdit</c>).
/// </summary>
public sealed class TextDocumentModel
{
    private readonly Dictionary<string, TextDocument> _documents = new(StringComparer.Ordinal);
    private readonly List<TextEditor> _editors = [];

    /// <summary><c>vscode.workspace.textDocuments</c>.</summary>
    public IReadOnlyCollection<TextDocument> TextDocuments => _documents.Values;

    /// <summary>The tabs of the (single) tab group, in order.</summary>
    public List<EditorTab> Tabs { get; } = [];

    /// <summary>
    /// <c>vscode.workspace.openTextDocument(uri)</c>: the open document (reloaded from disk when it is clean), or the
    /// file loaded as a new one.
    /// </summary>
    public Task<TextDocument> OpenTextDocumentAsync(string fsPath)
    {
        if (_documents.TryGetValue(fsPath, out var existing))
        {
            // A clean document follows the file on disk (VS Code reloads it when the file changes).
            if (!existing.IsDirty && NodeFs.Exists(fsPath)) existing.LoadFromDisk();
            return Task.FromResult(existing);
        }
        if (!NodeFs.Exists(fsPath))
        {
            var uri = FileUri(fsPath);
            throw new JsError("Error", $"cannot open {uri}. Detail: Unable to read file '{fsPath}' (Error: Unable to resolve nonexistent file '{fsPath}')");
        }
        var doc = new TextDocument(fsPath);
        doc.LoadFromDisk();
        _documents[fsPath] = doc;
        return Task.FromResult(doc);
    }

    /// <summary><c>vscode.window.showTextDocument(uri)</c>: the document in a text tab, made active.</summary>
    public async Task<TextEditor> ShowTextDocumentAsync(string fsPath)
    {
        var doc = await OpenTextDocumentAsync(fsPath);
        return ShowEditor(doc, label: NodePath.Basename(fsPath));
    }

    /// <summary>The <c>vscode.diff</c> command: <paramref name="original"/> against the file, in a diff tab.</summary>
    public async Task<TextEditor> OpenDiffAsync(DiffOriginal original, string fsPath, string title)
    {
        var doc = await OpenTextDocumentAsync(fsPath);
        return ShowEditor(doc, title, original);
    }

    private TextEditor ShowEditor(TextDocument doc, string label, DiffOriginal? original = null)
    {
        var tab = Tabs.Find(t => original is not null
            ? t.Original is not null && t.FsPath == doc.FsPath && t.Original.SameUri(original)
            : !t.IsDiff && t.FsPath == doc.FsPath);
        if (tab is null)
        {
            tab = new EditorTab(label, doc.FsPath, original, doc);
            Tabs.Add(tab);
        }
        foreach (var t in Tabs) t.IsActive = t == tab;
        var editor = _editors.Find(e => e.Document == doc) ?? new TextEditor(doc);
        _editors.Clear();
        _editors.Add(editor);
        return editor;
    }

    /// <summary><c>vscode.window.tabGroups.close(tab)</c>.</summary>
    public Task<bool> CloseTabAsync(EditorTab tab)
    {
        if (!Tabs.Remove(tab)) return Task.FromResult(false);
        if (!Tabs.Any(t => t.FsPath == tab.FsPath)) _editors.RemoveAll(e => e.Document.FsPath == tab.FsPath);
        return Task.FromResult(true);
    }

    /// <summary><c>vscode.workspace.applyEdit(edit)</c>: false when a document's edits overlap.</summary>
    public async Task<bool> ApplyEditAsync(WorkspaceEdit edit)
    {
        var byDoc = new List<(TextDocument Doc, List<(DocRange, string)> Edits)>();
        foreach (var (fsPath, range, newText) in edit.Edits)
        {
            var doc = await OpenTextDocumentAsync(fsPath);
            var entry = byDoc.Find(e => e.Doc == doc);
            if (entry.Doc is null)
            {
                entry = (doc, []);
                byDoc.Add(entry);
            }
            entry.Edits.Add((doc.ValidateRange(range), newText));
        }
        foreach (var (doc, edits) in byDoc)
        {
            if (!doc.ApplyEdits(edits)) return false;
        }
        return true;
    }

    /// <summary><c>Uri.file(fsPath).toString()</c>: "file://" and the path, percent-encoded except A-Z a-z 0-9 - . _ ~ / ! * ' ( ).</summary>
    public static string FileUri(string fsPath)
    {
        var path = fsPath.StartsWith('/') ? fsPath : "/" + fsPath;
        var sb = new StringBuilder("file://");
        var utf8 = new UTF8Encoding(false, false);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/' or '!' or '*' or '\'' or '(' or ')')
            {
                sb.Append(c);
                continue;
            }
            var len = char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]) ? 2 : 1;
            foreach (var b in utf8.GetBytes(path.Substring(i, len))) sb.Append('%').Append(b.ToString("X2"));
            i += len - 1;
        }
        return sb.ToString();
    }
}
