// parseMarkdownChecklist of updateTodoListTool.ts. Ids are Codex's (md5 of content + status, UTF-8).
using Lapce.Tools.Shared;
using Lapce.Tools.Tools;

namespace LapceParity.Tests.Port;

public class UpdateTodoListToolTests
{
    [Fact]
    public void Checklist_lines_become_todos_and_other_lines_are_skipped()
    {
        var todos = UpdateTodoListTool.ParseMarkdownChecklist("\n[ ] one\n[x] two\n[-] three\n  [ ~ ]   four  \r\n[X] five\nnot a todo\n[] six\n");
        Assert.Equal(
            [
                new TodoItem("7b12001547f9a975f100aec5f67445e2", "one", "pending"),
                new TodoItem("fec647b9ff50c178b252b7dfb9b6cd49", "two", "completed"),
                new TodoItem("76fc4d93ed3d58ff7afa19132753a00f", "three", "in_progress"),
                new TodoItem("1bffad874173103383d9bec9b0438481", "four", "in_progress"),
                new TodoItem("59ceca23a462efb31d54bfb2502becde", "five", "completed"),
            ],
            todos);
    }

    [Fact]
    public void Content_is_hashed_as_UTF8_and_line_terminators_inside_a_line_end_the_match()
    {
        var todos = UpdateTodoListTool.ParseMarkdownChecklist("[ ] café ☕ 😀\n[x] a\u2028b\n[ ] x\ry");
        Assert.Equal([new TodoItem("9e9f03966e597b3c5f82dd61e6b87be2", "café ☕ 😀", "pending")], todos);
    }

    [Fact]
    public void Null_gives_no_todos() => Assert.Empty(UpdateTodoListTool.ParseMarkdownChecklist(null));
}
