// Port of src/services/tree-sitter/markdownParser.ts (Kilo Code 4.88.0).
using System.Text.RegularExpressions;
using Lapce.Tools.Services.TreeSitter.Native;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Services.TreeSitter;

/// <summary>
/// Markdown headers and the line ranges of their sections, as captures shaped like tree-sitter's (no tree-sitter
/// involved). The regular expressions keep JS semantics (JsRegExp): e.g. <c>.</c> stops at "\r", so an ATX header
/// of a CRLF file does not match, as in the original.
/// </summary>
public static class MarkdownParser
{
    /// <summary>MockNode: rows, text, no parent; the end row is moved once the next header is known.</summary>
    public sealed class MockNode(int startRow, int endRow, string text) : ICaptureNode
    {
        public int StartRow { get; } = startRow;
        public int EndRow { get; set; } = endRow;
        public string Text { get; } = text;
        public ICaptureNode? ParentNode => null;
        public ICaptureNode? LastChildNode => null;
    }

    private static readonly Regex AtxHeaderRegex = JsRegExp.Create(@"^(#{1,6})\s+(.+)$");
    // Setext headers must have at least 3 = or - characters
    private static readonly Regex SetextH1Regex = JsRegExp.Create(@"^={3,}\s*$");
    private static readonly Regex SetextH2Regex = JsRegExp.Create(@"^-{3,}\s*$");
    // Valid setext header text line should be plain text (not empty, not indented, not a special element)
    private static readonly Regex ValidSetextTextRegex = JsRegExp.Create(@"^\s*[^#<>!\[\]`\t]+[^\n]$");

    /// <summary>parseMarkdown: a name and a definition capture per header, sections ending where the next begins.</summary>
    public static List<QueryCapture> ParseMarkdown(string content)
    {
        if (string.IsNullOrEmpty(content) || JsString.Trim(content) == "")
        {
            return [];
        }

        var lines = content.Split('\n');
        var captures = new List<QueryCapture>();

        // Find all headers in the document
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];

            // Check for ATX headers (# Header)
            var atxMatch = AtxHeaderRegex.Match(line);
            if (atxMatch.Success)
            {
                var level = atxMatch.Groups[1].Length;
                var text = JsString.Trim(atxMatch.Groups[2].Value);
                var node = new MockNode(i, i, text);
                captures.Add(new QueryCapture(0, $"name.definition.header.h{level}", node));
                captures.Add(new QueryCapture(0, $"definition.header.h{level}", node));
                continue;
            }

            // Check for setext headers (underlined headers)
            if (i > 0)
            {
                // Check for H1 (======)
                if (SetextH1Regex.IsMatch(line) && ValidSetextTextRegex.IsMatch(lines[i - 1]))
                {
                    var node = new MockNode(i - 1, i, JsString.Trim(lines[i - 1]));
                    captures.Add(new QueryCapture(0, "name.definition.header.h1", node));
                    captures.Add(new QueryCapture(0, "definition.header.h1", node));
                    continue;
                }

                // Check for H2 (------)
                if (SetextH2Regex.IsMatch(line) && ValidSetextTextRegex.IsMatch(lines[i - 1]))
                {
                    var node = new MockNode(i - 1, i, JsString.Trim(lines[i - 1]));
                    captures.Add(new QueryCapture(0, "name.definition.header.h2", node));
                    captures.Add(new QueryCapture(0, "definition.header.h2", node));
                    continue;
                }
            }
        }

        // Sort captures by their start position (stable, as Array.prototype.sort)
        captures = captures.OrderBy(c => c.Node.StartRow).ToList();

        // Group captures by header (name and definition pairs)
        var headerCaptures = new List<List<QueryCapture>>();
        for (var i = 0; i < captures.Count; i += 2)
        {
            headerCaptures.Add(i + 1 < captures.Count ? [captures[i], captures[i + 1]] : [captures[i]]);
        }

        // Update end positions for section ranges
        for (var i = 0; i < headerCaptures.Count; i++)
        {
            var endRow = i < headerCaptures.Count - 1
                ? headerCaptures[i + 1][0].Node.StartRow - 1 // the start of the next header minus 1
                : lines.Length - 1; // Last header extends to the end of the file
            foreach (var capture in headerCaptures[i]) ((MockNode)capture.Node).EndRow = endRow;
        }

        return headerCaptures.SelectMany(h => h).ToList();
    }

    private static readonly Regex HeaderLevelRegex = JsRegExp.Create(@"\.h(\d)$");

    /// <summary>formatMarkdownCaptures (kept for compatibility in the original; nothing in the tool path calls it).</summary>
    public static string? FormatMarkdownCaptures(List<QueryCapture> captures, int minSectionLines = 4)
    {
        if (captures.Count == 0)
        {
            return null;
        }

        var formattedOutput = "";

        // Process only the definition captures (every other capture)
        for (var i = 1; i < captures.Count; i += 2)
        {
            var capture = captures[i];
            var startLine = capture.Node.StartRow;
            var endLine = capture.Node.EndRow;

            // Only include sections that span at least minSectionLines lines
            var sectionLength = endLine - startLine + 1;
            if (sectionLength >= minSectionLines)
            {
                var headerLevel = 1;
                var headerMatch = HeaderLevelRegex.Match(capture.Name);
                if (headerMatch.Success && headerMatch.Groups[1].Value.Length > 0)
                {
                    headerLevel = int.Parse(headerMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                }

                var headerPrefix = new string('#', headerLevel);
                formattedOutput += $"{startLine}--{endLine} | {headerPrefix} {capture.Node.Text}\n";
            }
        }

        return formattedOutput.Length > 0 ? formattedOutput : null;
    }
}
