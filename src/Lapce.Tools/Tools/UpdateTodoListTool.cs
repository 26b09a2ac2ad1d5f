// Port of src/core/tools/updateTodoListTool.ts (Kilo Code 4.88.0) — so far only parseMarkdownChecklist, which new_task
// uses; the tool itself and the other todo helpers are not ported yet.
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static partial class UpdateTodoListTool
{
    /// <summary>/\r?\n/</summary>
    private static readonly Regex LineBreak = new("\r?\n", RegexOptions.CultureInvariant);

    /// <summary>/^\[\s*([ xX\-~])\s*\]\s+(.+)$/ with JavaScript's \s, . and $.</summary>
    private static readonly Regex ChecklistItem = JsRegExp.Create(@"^\[\s*([ xX\-~])\s*\]\s+(.+)$");

    /// <summary>
    /// <c>parseMarkdownChecklist(md)</c>: one todo per "[ ] text", "[x] text", "[-] text" line (also "[X]", "[~]",
    /// spaces inside the brackets); other lines are skipped. The id is the MD5 (hex) of content + status, UTF-8.
    /// </summary>
    public static List<TodoItem> ParseMarkdownChecklist(string? md)
    {
        if (md is null) return []; // typeof md !== "string"
        var lines = LineBreak.Split(md)
            .Select(l => JsString.Trim(l))
            .Where(l => l.Length > 0);
        var todos = new List<TodoItem>();
        foreach (var line in lines)
        {
            var match = ChecklistItem.Match(line);
            if (!match.Success) continue;
            var status = TodoStatus.Pending;
            if (match.Groups[1].Value is "x" or "X") status = TodoStatus.Completed;
            else if (match.Groups[1].Value is "-" or "~") status = TodoStatus.InProgress;
            var id = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(match.Groups[2].Value + status)));
            todos.Add(new TodoItem(id, match.Groups[2].Value, status));
        }
        return todos;
    }
}
