// Port of src/integrations/misc/extract-text.ts (Kilo Code 4.88.0), the line-number half: addLineNumbers,
// everyLineHasLineNumbers, stripLineNumbers. (The file-reading half comes with its own issue.)
// The regexes are matched by hand with JavaScript's semantics: `\s` is JsString.IsWhiteSpace, `\d` is ASCII,
// `.` excludes \n \r U+2028 U+2029 and `$` (no m flag) is the end of the line, so a line that still holds a
// lone \r (or U+2028/U+2029) after its pipe is left as it is, as in JavaScript.
using System.Globalization;
using System.Text;
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
}
