// Port of src/services/ripgrep/index.ts (Kilo Code 4.88.0): the ripgrep binary lookup, and regexSearchFiles (the
// search behind search_files): `rg --json -e REGEX --glob PATTERN --context 1 --no-messages DIR`, at most
// MAX_RESULTS * 5 lines of its output read, parsed into per-file groups of contiguous lines and formatted as
// "# path" sections of "NNN | text" lines separated by "----".
//
// Where ripgrep comes from: Codex runs the one VS Code bundles (getBinPath(vscode.env.appRoot) below). There is no
// VS Code here, so the host stands in for vscode.env.appRoot exactly as the TypeScript host (tools/ts-host/src/host.ts,
// setUpRipgrep) does: LAPCE_VSCODE_APP_ROOT, when set, is taken as VS Code's app root and searched as Codex searches
// it; otherwise the ripgrep named by LAPCE_RIPGREP, else the first `rg` on PATH, is used. No ripgrep: Codex's
// "Could not find ripgrep binary".
using System.Text;
using Lapce.Tools.Ignore;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Services;

public static class Ripgrep
{
    private const string BinName = "rg"; // isWindows ? "rg.exe" : "rg" (the port runs on POSIX)

    // Constants
    public const int MaxResults = 300;
    public const int MaxLineLength = 500;

    private sealed class SearchFileResult(string file)
    {
        public string File { get; } = file;
        public List<SearchResult> SearchResults { get; } = [];
    }

    private sealed class SearchResult
    {
        public List<SearchLineResult> Lines { get; } = [];
    }

    // { line, text, isMatch, column? }: line is rg's line_number as JSON gave it (a number in practice).
    private sealed record SearchLineResult(object? Line, string Text, bool IsMatch);

    /// <summary>
    /// <c>truncateLine(line, maxLength = MAX_LINE_LENGTH)</c>: the line cut to maxLength UTF-16 code units, with
    /// " [truncated...]" appended, when it is longer.
    /// </summary>
    public static string TruncateLine(string line, int maxLength = MaxLineLength) =>
        line.Length > maxLength ? line[..maxLength] + " [truncated...]" : line;

    /// <summary><c>getBinPath(vscodeAppRoot)</c>: the ripgrep VS Code bundles under its app root, if any.</summary>
    public static async Task<string?> GetBinPathAsync(string vscodeAppRoot)
    {
        async Task<string?> CheckPath(string pkgFolder)
        {
            var fullPath = NodePath.Join(vscodeAppRoot, pkgFolder, BinName);
            return await Fs.FileExistsAtPathAsync(fullPath) ? fullPath : null;
        }

        return await CheckPath("node_modules/@vscode/ripgrep/bin/")
            ?? await CheckPath("node_modules/vscode-ripgrep/bin")
            ?? await CheckPath("node_modules.asar.unpacked/vscode-ripgrep/bin/")
            ?? await CheckPath("node_modules.asar.unpacked/@vscode/ripgrep/bin/");
    }

    /// <summary>
    /// <c>getBinPath(vscode.env.appRoot)</c> on this host (see the file comment): LAPCE_VSCODE_APP_ROOT searched as VS
    /// Code's app root; otherwise LAPCE_RIPGREP, else <c>rg</c> on PATH; null when there is none.
    /// </summary>
    public static async Task<string?> GetHostBinPathAsync()
    {
        var appRoot = Environment.GetEnvironmentVariable("LAPCE_VSCODE_APP_ROOT");
        if (!string.IsNullOrEmpty(appRoot)) return await GetBinPathAsync(appRoot);

        var rg = Environment.GetEnvironmentVariable("LAPCE_RIPGREP");
        if (string.IsNullOrEmpty(rg))
        {
            rg = null;
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            {
                var candidate = NodePath.Join(dir, BinName);
                if (dir.Length > 0 && NodeFs.Exists(candidate))
                {
                    rg = candidate;
                    break;
                }
            }
        }
        if (rg is null) return null;
        // The TypeScript host links it into a stand-in app root, where getBinPath's fs.access check follows the link.
        var full = NodePath.Resolve(rg);
        return await Fs.FileExistsAtPathAsync(full) ? full : null;
    }

    // execRipgrep(bin, args): the output's first MAX_RESULTS * 5 lines, each followed by "\n"; rejected with
    // "ripgrep process error: …" when ripgrep wrote anything to stderr. Codex checks stderr when readline closes (the
    // end of stdout, or the line cap), so stderr data that arrives after the end of stdout is missed: an invalid
    // regex or glob gives "No results found" or "Found 0 results." depending on timing. Here stderr is read to its
    // end before deciding (at the line cap: what arrived so far), so such errors always reject.
    private static async Task<string> ExecRipgrepAsync(string bin, IReadOnlyList<string> args)
    {
        using var rgProcess = NodeChildProcess.Spawn(bin, args);
        var output = new StringBuilder();
        var lineCount = 0;
        // limiting ripgrep output with max lines since there's no other way to limit results. it's okay that we're
        // outputting as json, since we're parsing it line by line and ignore anything that's not part of a match.
        // This assumes each result is at most 5 lines.
        const int maxLines = MaxResults * 5;

        // readline with crlfDelay: Infinity: lines end at \n, \r\n or a lone \r; a last line without one still counts.
        var decoder = NodeFs.Utf8.GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[NodeFs.Utf8.GetMaxCharCount(bytes.Length)];
        var line = new StringBuilder();
        var pendingCr = false;
        var closed = false;

        bool OnLine(string l)
        {
            if (lineCount < maxLines)
            {
                output.Append(l).Append('\n');
                lineCount++;
                return true;
            }
            // rl.close(); rgProcess.kill()
            return false;
        }

        var stream = rgProcess.Stdout;
        int n;
        while (!closed && (n = await stream.ReadAsync(bytes)) > 0)
        {
            var count = decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
            for (var i = 0; i < count && !closed; i++)
            {
                var ch = chars[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (ch == '\n') continue; // the \n of a \r\n
                }
                if (ch == '\n' || ch == '\r')
                {
                    pendingCr = ch == '\r';
                    closed = !OnLine(line.ToString());
                    line.Clear();
                }
                else
                {
                    line.Append(ch);
                }
            }
        }

        string errorOutput;
        if (closed)
        {
            rgProcess.Kill();
            errorOutput = rgProcess.StderrSoFar;
        }
        else
        {
            var tail = decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            line.Append(chars, 0, tail);
            if (line.Length > 0) OnLine(line.ToString());
            errorOutput = await rgProcess.StderrToEndAsync();
        }

        if (errorOutput.Length > 0)
        {
            throw new JsError("Error", $"ripgrep process error: {errorOutput}");
        }
        return output.ToString();
    }

    /// <summary>
    /// <c>regexSearchFiles(cwd, directoryPath, regex, filePattern?, rooIgnoreController?)</c>: searches
    /// <paramref name="directoryPath"/> with ripgrep and formats the results with paths relative to <paramref name="cwd"/>.
    /// A ripgrep that cannot run or reports an error (an invalid regex or glob) gives "No results found".
    /// </summary>
    public static async Task<string> RegexSearchFilesAsync(
        string cwd,
        string directoryPath,
        string regex,
        string? filePattern = null,
        RooIgnoreController? rooIgnoreController = null)
    {
        var rgPath = await GetHostBinPathAsync();

        if (rgPath is null)
        {
            throw new JsError("Error", "Could not find ripgrep binary");
        }

        string[] args =
            ["--json", "-e", regex, "--glob", JsString.Truthy(filePattern) ? filePattern! : "*", "--context", "1", "--no-messages", directoryPath];

        string output;
        try
        {
            output = await ExecRipgrepAsync(rgPath, args);
        }
        catch (Exception)
        {
            // console.error("Error executing ripgrep:", error)
            return "No results found";
        }

        // A null entry is what `results.push(currentFile)` adds for an "end" whose "begin" could not be read.
        var results = new List<SearchFileResult?>();
        SearchFileResult? currentFile = null;

        foreach (var outputLine in output.Split('\n'))
        {
            if (outputLine.Length == 0) continue;
            try
            {
                var parsed = JsJsonParse.Parse(outputLine);
                var type = JsValue.Get(parsed, "type");
                if (type is "begin")
                {
                    currentFile = new SearchFileResult(
                        ToStringMethod(JsValue.Get(JsValue.Get(JsValue.Get(parsed, "data"), "path"), "text")));
                }
                else if (type is "end")
                {
                    // Reset the current result when a new file is encountered
                    results.Add(currentFile);
                    currentFile = null;
                }
                else if (type is "match" or "context" && currentFile is not null)
                {
                    var data = JsValue.Get(parsed, "data");
                    var lineNumber = JsValue.Get(data, "line_number");
                    var line = new SearchLineResult(
                        lineNumber,
                        TruncateLine(LinesText(JsValue.Get(JsValue.Get(data, "lines"), "text"))),
                        type is "match");

                    var lastResult = currentFile.SearchResults.Count > 0 ? currentFile.SearchResults[^1] : null;
                    if (lastResult is not null && lastResult.Lines.Count > 0)
                    {
                        var lastLine = lastResult.Lines[^1];

                        // If this line is contiguous with the last result, add to it
                        if (JsValue.ToNumber(lineNumber) <= JsValue.ToNumber(lastLine.Line) + 1)
                        {
                            lastResult.Lines.Add(line);
                        }
                        else
                        {
                            // Otherwise create a new result
                            var next = new SearchResult();
                            next.Lines.Add(line);
                            currentFile.SearchResults.Add(next);
                        }
                    }
                    else
                    {
                        // First line in file
                        var first = new SearchResult();
                        first.Lines.Add(line);
                        currentFile.SearchResults.Add(first);
                    }
                }
            }
            catch (Exception)
            {
                // console.error("Error parsing ripgrep output:", error)
            }
        }

        // Filter results using RooIgnoreController if provided
        var filteredResults = rooIgnoreController is not null
            ? results.Where(result => rooIgnoreController.ValidateAccess(NotNull(result, "file").File)).ToList()
            : results;

        return FormatResults(filteredResults, cwd);
    }

    // `value.toString()` of the path's text: a string in practice (JSON), V8's TypeError on null / undefined.
    private static string ToStringMethod(object? value) => value switch
    {
        string s => s,
        null => throw new JsTypeError("Cannot read properties of null (reading 'toString')"),
        _ when ReferenceEquals(value, JsJson.Undefined) => throw new JsTypeError("Cannot read properties of undefined (reading 'toString')"),
        double d => JsJson.NumberToString(d),
        bool b => b ? "true" : "false",
        _ => throw new JsTypeError("ripgrep path text is not a string"),
    };

    // truncateLine(parsed.data.lines.text): ripgrep gives {"bytes": …} instead of {"text": …} for a line that is not
    // UTF-8, and `undefined.length` throws, which drops the line.
    private static string LinesText(object? value) => value switch
    {
        string s => s,
        null => throw new JsTypeError("Cannot read properties of null (reading 'length')"),
        _ when ReferenceEquals(value, JsJson.Undefined) => throw new JsTypeError("Cannot read properties of undefined (reading 'length')"),
        _ => throw new JsTypeError("ripgrep line text is not a string"),
    };

    private static SearchFileResult NotNull(SearchFileResult? result, string property) =>
        result ?? throw new JsTypeError($"Cannot read properties of null (reading '{property}')");

    // The names a plain object `{}` already answers through Object.prototype: `groupedResults[name]` is truthy for
    // them, so a file whose relative path is one of these is never added (and Object.entries does not list it).
    private static readonly HashSet<string> ObjectPrototypeNames = new(StringComparer.Ordinal)
    {
        "__proto__", "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
        "toString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    };

    private static string FormatResults(List<SearchFileResult?> fileResults, string cwd)
    {
        // { [key: string]: SearchResult[] }, in insertion order (Object.entries puts array-index keys first, below)
        var groupedResults = new Dictionary<string, List<SearchResult>>(StringComparer.Ordinal);
        var insertionOrder = new List<string>();

        var totalResults = 0;
        foreach (var file in fileResults) totalResults += NotNull(file, "searchResults").SearchResults.Count;
        var output = new StringBuilder();
        if (totalResults >= MaxResults)
        {
            output.Append($"Showing first {MaxResults} of {MaxResults}+ results. Use a more specific search if necessary.\n\n");
        }
        else
        {
            // totalResults.toLocaleString(): below MAX_RESULTS, no group separators
            output.Append($"Found {(totalResults == 1 ? "1 result" : $"{totalResults} results")}.\n\n");
        }

        // Group results by file name
        foreach (var file in fileResults.Take(MaxResults))
        {
            var relativeFilePath = NodePath.Relative(cwd, NotNull(file, "file").File);
            if (!groupedResults.ContainsKey(relativeFilePath) && !ObjectPrototypeNames.Contains(relativeFilePath))
            {
                groupedResults[relativeFilePath] = [.. file!.SearchResults];
                insertionOrder.Add(relativeFilePath);
            }
        }

        // Object.entries: integer-like keys (array indices) first, ascending, then the others in insertion order.
        var entries = insertionOrder.Where(k => ArrayIndex(k) is not null).OrderBy(k => ArrayIndex(k)!.Value)
            .Concat(insertionOrder.Where(k => ArrayIndex(k) is null));

        foreach (var filePath in entries)
        {
            output.Append($"# {filePath.ToPosix()}\n");

            foreach (var result in groupedResults[filePath])
            {
                // Only show results with at least one line
                if (result.Lines.Count > 0)
                {
                    // Show all lines in the result
                    foreach (var line in result.Lines)
                    {
                        var lineNumber = StringOf(line.Line).PadLeft(3, ' ');
                        output.Append($"{lineNumber} | {JsString.TrimEnd(line.Text)}\n");
                    }
                    output.Append("----\n");
                }
            }

            output.Append('\n');
        }

        return JsString.Trim(output.ToString());
    }

    // String(value) for a JSON value.
    private static string StringOf(object? value) => value switch
    {
        null => "null",
        string s => s,
        double d => JsJson.NumberToString(d),
        bool b => b ? "true" : "false",
        _ when ReferenceEquals(value, JsJson.Undefined) => "undefined",
        _ => "[object Object]",
    };

    // A canonical array index (0 .. 2^32 - 2) as a property key.
    private static uint? ArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0')) return null;
        foreach (var c in key) if (c is < '0' or > '9') return null;
        var n = ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        return n < uint.MaxValue ? (uint)n : null;
    }
}
