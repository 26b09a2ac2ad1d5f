// Port of src/integrations/misc/extract-text.ts (Kilo Code 4.88.0): extractTextFromFile with its PDF / DOCX / IPYNB
// extractors (XLSX: ExtractTextFromXlsx.cs), addLineNumbers, everyLineHasLineNumbers, stripLineNumbers.
// mammoth's extractRawText is reproduced on the document part read through DocumentFormat.OpenXml; pdf-parse (pdf.js)
// has no .NET twin here: Utils/PdfText.cs reads simple PDFs (see there for what differs).
// The regexes are matched by hand with JavaScript's semantics: `\s` is JsString.IsWhiteSpace, `\d` is ASCII,
// `.` excludes \n \r U+2028 U+2029 and `$` (no m flag) is the end of the line, so a line that still holds a
// lone \r (or U+2028/U+2029) after its pipe is left as it is, as in JavaScript.
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Integrations.Misc;

public static partial class ExtractText
{
    /// <summary><c>addLineNumbers(content, startLine)</c>: "N | line" for each line, numbers padded to one width.</summary>
    public static string AddLineNumbers(string content, int startLine = 1) => AddLineNumbers(content, (double)startLine);

    /// <summary>
    /// <c>addLineNumbers</c> with a JavaScript number as start line (NaN, huge or fractional values print as
    /// <c>String(n)</c> does), as the diff strategies pass it.
    /// </summary>
    public static string AddLineNumbers(string content, double startLine)
    {
        // If content is empty, return empty string - empty files should not have line numbers
        // If content is empty but startLine > 1, return "startLine | " because we know the file is not empty
        // but the content is empty at that line offset
        if (content.Length == 0)
        {
            return startLine == 1 ? "" : $"{JsJson.NumberToString(startLine)} | \n";
        }

        // Split into lines and handle trailing line feeds (\n)
        int count = 1;
        foreach (char c in content) if (c == '\n') count++;
        bool lastLineEmpty = content[^1] == '\n';
        if (lastLineEmpty) count--;

        bool simple = startLine == Math.Floor(startLine) && Math.Abs(startLine) + count < 1e15;
        var sb = new StringBuilder(content.Length + count * 8);
        if (simple)
        {
            long first = (long)startLine;
            int width = (first + count - 1).ToString(CultureInfo.InvariantCulture).Length;
            int pos = 0;
            for (int index = 0; index < count; index++)
            {
                int nl = content.IndexOf('\n', pos);
                int end = nl < 0 ? content.Length : nl;
                string number = (first + index).ToString(CultureInfo.InvariantCulture);
                sb.Append(' ', Math.Max(0, width - number.Length)).Append(number).Append(" | ").Append(content, pos, end - pos);
                if (index < count - 1) sb.Append('\n');
                pos = end + 1;
            }
        }
        else
        {
            int width = JsJson.NumberToString(startLine + count - 1).Length;
            int pos = 0;
            for (int index = 0; index < count; index++)
            {
                int nl = content.IndexOf('\n', pos);
                int end = nl < 0 ? content.Length : nl;
                string number = JsJson.NumberToString(startLine + index);
                sb.Append(' ', Math.Max(0, width - number.Length)).Append(number).Append(" | ").Append(content, pos, end - pos);
                if (index < count - 1) sb.Append('\n');
                pos = end + 1;
            }
        }
        sb.Append('\n');
        return sb.ToString();
    }

    // Checks if every line in the content has line numbers prefixed (e.g., "1 | content" or "123 | content")
    // Line numbers must be followed by a single pipe character (not double pipes)
    /// <summary><c>everyLineHasLineNumbers(content)</c>: every line (split on \r?\n) matches <c>^\s*\d+\s+\|(?!\|)</c>.</summary>
    public static bool EveryLineHasLineNumbers(string content)
    {
        foreach (var range in SplitLineRanges(content))
        {
            if (!HasLineNumber(content.AsSpan(range.Start, range.Length))) return false;
        }
        return true;
    }

    private static bool HasLineNumber(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && JsString.IsWhiteSpace(line[i])) i++;
        int digits = i;
        while (i < line.Length && char.IsAsciiDigit(line[i])) i++;
        if (i == digits) return false;
        int spaces = i;
        while (i < line.Length && JsString.IsWhiteSpace(line[i])) i++;
        if (i == spaces) return false;
        if (i >= line.Length || line[i] != '|') return false;
        return i + 1 >= line.Length || line[i + 1] != '|';
    }

    /// <summary>
    /// <c>stripLineNumbers(content, aggressive)</c>: removes "N | " prefixes (aggressive: also a bare "| "),
    /// joining the lines back with \r\n when the content holds one, else \n.
    /// </summary>
    public static string StripLineNumbers(string content, bool aggressive = false)
    {
        // Join back with original line endings (carriage return (\r) + line feed (\n) or just line feed (\n))
        string lineEnding = content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var sb = new StringBuilder(content.Length);
        bool first = true;
        foreach (var range in SplitLineRanges(content))
        {
            if (!first) sb.Append(lineEnding);
            first = false;
            var line = content.AsSpan(range.Start, range.Length);
            // Match line number pattern and capture everything after the pipe
            int captured = aggressive ? MatchAggressive(line) : MatchStandard(line);
            sb.Append(captured < 0 ? line : line[captured..]);
        }
        return sb.ToString();
    }

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    // (.*)$ from `start`: the index where the capture starts, or -1 when `.` cannot reach the end.
    private static int DotStarToEnd(ReadOnlySpan<char> line, int start) =>
        line[start..].IndexOfAny('\r', '\u2028', '\u2029') < 0 ? start : -1; // (\n cannot occur: lines are split on it)

    // /^\s*\d+\s+\|(?!\|)\s?(.*)$/ : the start of group 1, or -1.
    private static int MatchStandard(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && JsString.IsWhiteSpace(line[i])) i++;
        int digits = i;
        while (i < line.Length && char.IsAsciiDigit(line[i])) i++;
        if (i == digits) return -1;
        int spaces = i;
        while (i < line.Length && JsString.IsWhiteSpace(line[i])) i++;
        if (i == spaces) return -1;
        if (i >= line.Length || line[i] != '|') return -1;
        i++;
        if (i < line.Length && line[i] == '|') return -1;
        // \s? is greedy: first with one whitespace character, then without.
        if (i < line.Length && JsString.IsWhiteSpace(line[i]))
        {
            int r = DotStarToEnd(line, i + 1);
            if (r >= 0) return r;
        }
        return DotStarToEnd(line, i);
    }

    // /^\s*(?:\d+\s)?\|\s(.*)$/ : the start of group 1, or -1.
    private static int MatchAggressive(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && JsString.IsWhiteSpace(line[i])) i++;
        if (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            while (i < line.Length && char.IsAsciiDigit(line[i])) i++;
            if (i >= line.Length || !JsString.IsWhiteSpace(line[i])) return -1;
            i++;
        }
        if (i >= line.Length || line[i] != '|') return -1;
        i++;
        if (i >= line.Length || !JsString.IsWhiteSpace(line[i])) return -1;
        return DotStarToEnd(line, i + 1);
    }

    /// <summary>The lines of <c>content.split(/\r?\n/)</c> as (start, length) ranges.</summary>
    internal static List<(int Start, int Length)> SplitLineRanges(string content)
    {
        var result = new List<(int, int)>();
        int pos = 0;
        while (true)
        {
            int nl = content.IndexOf('\n', pos);
            if (nl < 0)
            {
                result.Add((pos, content.Length - pos));
                return result;
            }
            int end = nl > pos && content[nl - 1] == '\r' ? nl - 1 : nl;
            result.Add((pos, end - pos));
            pos = nl + 1;
        }
    }

    // ---- the file-reading half ------------------------------------------------------------------------------------

    private static async Task<string> ExtractTextFromPdfAsync(string filePath)
    {
        var dataBuffer = await NodeFs.ReadFileAsync(filePath);
        var text = PdfText.Parse(dataBuffer);
        return AddLineNumbers(text);
    }

    private static async Task<string> ExtractTextFromDocxAsync(string filePath)
    {
        var bytes = await NodeFs.ReadFileAsync(filePath);
        return AddLineNumbers(MammothRawText(bytes));
    }

    private static async Task<string> ExtractTextFromIpynbAsync(string filePath)
    {
        var data = await NodeFs.ReadFileUtf8Async(filePath);
        var notebook = JsJsonParse.Parse(data);
        var extractedText = new StringBuilder();
        var cells = JsValue.Get(notebook, "cells");
        // for (const cell of notebook.cells): a string iterates its characters (none has a cell_type)
        IEnumerable<object?> items = cells switch
        {
            List<object?> list => list,
            string str => str.Select(c => (object?)c.ToString()),
            _ => throw new JsTypeError("notebook.cells is not iterable"),
        };
        foreach (var cell in items)
        {
            var cellType = JsValue.Get(cell, "cell_type");
            if ((Equals(cellType, "markdown") || Equals(cellType, "code")) && JsValue.Truthy(JsValue.Get(cell, "source")))
            {
                if (JsValue.Get(cell, "source") is not List<object?> source) throw new JsTypeError("cell.source.join is not a function");
                extractedText.Append(string.Join("\n", source.Select(JoinElement))).Append('\n');
            }
        }
        return AddLineNumbers(extractedText.ToString());
    }

    /// <summary>Array.prototype.join's string of one element (null and undefined join as "").</summary>
    private static string JoinElement(object? v) => v switch
    {
        null => "",
        _ when ReferenceEquals(v, JsJson.Undefined) => "",
        string s => s,
        double d => JsJson.NumberToString(d),
        bool b => b ? "true" : "false",
        List<object?> l => string.Join(",", l.Select(JoinElement)),
        _ => "[object Object]",
    };

    /// <summary>The extensions SUPPORTED_BINARY_FORMATS maps to an extractor, in its order.</summary>
    private static readonly string[] SupportedBinaryFormats = [".pdf", ".docx", ".ipynb", ".xlsx"];

    /// <summary><c>getSupportedBinaryFormats()</c>.</summary>
    public static IReadOnlyList<string> GetSupportedBinaryFormats() => SupportedBinaryFormats;

    /// <summary>
    /// <c>extractTextFromFile(filePath, maxReadFileLine?)</c>: the numbered text of a PDF / DOCX / IPYNB / XLSX (XLSX
    /// unnumbered) or text file; throws "File not found: …" or "Cannot read text for file type: …".
    /// </summary>
    public static async Task<string> ExtractTextFromFileAsync(string filePath, double? maxReadFileLine = null)
    {
        // Validate maxReadFileLine parameter
        if (maxReadFileLine is { } max && max != -1)
        {
            if (max != Math.Floor(max) || double.IsInfinity(max) || max < 1)
            {
                throw new JsError("Error",
                    $"Invalid maxReadFileLine: {JsJson.NumberToString(max)}. Must be a positive integer or -1 for unlimited.");
            }
        }

        if (!LineCounter.Accessible(filePath)) throw new JsError("Error", $"File not found: {filePath}");

        var fileExtension = NodePath.Extname(filePath).ToLowerInvariant();

        // Check if we have a specific extractor for this format
        switch (fileExtension)
        {
            case ".pdf": return await ExtractTextFromPdfAsync(filePath);
            case ".docx": return await ExtractTextFromDocxAsync(filePath);
            case ".ipynb": return await ExtractTextFromIpynbAsync(filePath);
            case ".xlsx": return await ExtractTextFromXlsx.ExtractTextFromXLSXAsync(filePath);
        }

        // Handle other files
        bool isBinary;
        try
        {
            isBinary = await IsBinaryFile.IsBinaryFileAsync(filePath);
        }
        catch
        {
            isBinary = false;
        }

        if (!isBinary)
        {
            // Check if we need to apply line limit
            if (maxReadFileLine is { } limit && limit != -1)
            {
                var totalLines = await LineCounter.CountFileLinesAsync(filePath);
                if (totalLines > limit)
                {
                    // Read only up to maxReadFileLine (endLine is 0-based and inclusive)
                    var content = await ReadLines.ReadLinesAsync(filePath, limit - 1, 0);
                    var numberedContent = AddLineNumbers(content);
                    return numberedContent +
                           $"\n\n[File truncated: showing {JsJson.NumberToString(limit)} of {totalLines} total lines. The file is too large and may exhaust the context window if read in full.]";
                }
            }
            // Read the entire file if no limit or file is within limit
            return AddLineNumbers(await NodeFs.ReadFileUtf8Async(filePath));
        }
        else
        {
            throw new JsError("Error", $"Cannot read text for file type: {fileExtension}");
        }
    }

    // ---- mammoth.extractRawText ------------------------------------------------------------------------------------

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>
    /// mammoth 1.9.1's extractRawText on the main document part: each paragraph's text followed by "\n\n", tabs as
    /// "\t", non-breaking / soft hyphens as U+2011 / U+00AD, breaks as nothing; runs, hyperlinks, insertions, smart
    /// tags, content controls, tables and the fallback of alternate content are read through; deletions are
    /// skipped and a deleted paragraph mark joins its text to the next paragraph.
    /// </summary>
    internal static string MammothRawText(byte[] bytes)
    {
        WordprocessingDocument doc;
        try
        {
            doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        }
        catch (Exception e) when (e is System.IO.InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException)
        {
            // JSZip's answer for bytes that are not a zip archive
            throw new JsError("Error",
                "Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/jszip/documentation/howto/read_zip.html");
        }
        using (doc)
        {
            var part = doc.MainDocumentPart ?? throw new JsError("Error", "Could not find main document part. Are you sure this is a valid .docx file?");
            XDocument xml;
            using (var stream = part.GetStream()) xml = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
            var body = xml.Root?.Element(W + "body");
            var sb = new StringBuilder();
            var deleted = new List<XElement>();
            if (body is not null) foreach (var e in body.Elements()) Read(e, sb, deleted);
            return sb.ToString();
        }
    }

    private static void Read(XElement element, StringBuilder sb, List<XElement> deletedParagraphContents)
    {
        var name = element.Name;
        if (name == W + "p")
        {
            var isDeleted = element.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + "del") is not null;
            if (isDeleted)
            {
                deletedParagraphContents.AddRange(element.Elements());
                return;
            }
            var children = element.Elements().ToList();
            if (deletedParagraphContents.Count > 0)
            {
                children = [.. deletedParagraphContents, .. children];
                deletedParagraphContents.Clear();
            }
            foreach (var c in children) Read(c, sb, deletedParagraphContents);
            sb.Append("\n\n");
        }
        else if (name == W + "t")
        {
            sb.Append(element.Value);
        }
        else if (name == W + "tab")
        {
            sb.Append('\t');
        }
        else if (name == W + "noBreakHyphen")
        {
            sb.Append('\u2011');
        }
        else if (name == W + "softHyphen")
        {
            sb.Append('\u00AD');
        }
        else if (name == W + "sdt")
        {
            foreach (var c in element.Element(W + "sdtContent")?.Elements() ?? []) Read(c, sb, deletedParagraphContents);
        }
        else if (name == Mc + "AlternateContent")
        {
            foreach (var c in element.Element(Mc + "Fallback")?.Elements() ?? []) Read(c, sb, deletedParagraphContents);
        }
        else if (name == W + "r" || name == W + "hyperlink" || name == W + "ins" || name == W + "smartTag" ||
                 name == W + "tbl" || name == W + "tr" || name == W + "tc" || name == W + "body")
        {
            foreach (var c in element.Elements()) Read(c, sb, deletedParagraphContents);
        }
        // everything else (properties, deletions, breaks, bookmarks, field characters, drawings…) adds no text
    }
}
