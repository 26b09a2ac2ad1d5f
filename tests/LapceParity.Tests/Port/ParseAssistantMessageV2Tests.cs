// Port of the parseAssistantMessageV2 half of Codex's parseAssistantMessage.spec.ts: the same messages and
// the same expectations (the original's), plus whole-value checks of the V2 results that the original
// produces for them (obtained by running Codex's parseAssistantMessageV2 under Node).
using Lapce.Tools.AssistantMessage;
using Lapce.Tools.Shared;
using static LapceParity.Tests.Port.AssistantMessageSpecMessages;

namespace LapceParity.Tests.Port;

public class ParseAssistantMessageV2Tests
{
    private static List<AssistantMessageContent> Parse(string m) => ParseAssistantMessageV2.Parse(m);

    [Theory]
    [InlineData("This is a simple text message")]
    [InlineData("This is a multi-line\ntext message\nwith several lines")]
    [InlineData("This is a partial text")]
    public void Text_is_one_partial_block(string message)
    {
        var result = Parse(message);
        var text = Assert.IsType<TextContent>(Assert.Single(result));
        Assert.Equal(message, text.Content);
        Assert.True(text.Partial); // Text is always partial when it's the last content
    }

    [Fact]
    public void Simple_tool_use()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse("<read_file><path>src/file.ts</path></read_file>"))));
        Assert.Equal("tool_use", tool.Type);
        Assert.Equal("read_file", tool.Name);
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Tool_use_with_multiple_parameters()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse(
            "<read_file><path>src/file.ts</path><start_line>10</start_line><end_line>20</end_line></read_file>"))));
        Assert.Equal("read_file", tool.Name);
        Assert.Equal(["path", "start_line", "end_line"], tool.Params.Keys);
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.Equal("10", tool.Params["start_line"]);
        Assert.Equal("20", tool.Params["end_line"]);
        Assert.False(tool.Partial);
    }

    [Theory]
    [InlineData("<read_file><path>src/file.ts</path>")]
    [InlineData("<read_file><path>src/file.ts")]
    public void Unclosed_tool_use_is_partial(string message)
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse(message))));
        Assert.Equal("read_file", tool.Name);
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.True(tool.Partial);
    }

    [Fact]
    public void Text_followed_by_tool_use()
    {
        var result = Parse("Here's the file content: <read_file><path>src/file.ts</path></read_file>");
        Assert.Equal(2, result.Count);
        var text = Assert.IsType<TextContent>(result[0]);
        Assert.Equal("Here's the file content:", text.Content);
        Assert.False(text.Partial);
        var tool = Assert.IsType<ToolUse>(result[1]);
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Tool_use_followed_by_text()
    {
        var result = WithoutEmptyText(Parse("<read_file><path>src/file.ts</path></read_file>Here's what I found in the file."));
        Assert.Equal(2, result.Count);
        Assert.False(Assert.IsType<ToolUse>(result[0]).Partial);
        var text = Assert.IsType<TextContent>(result[1]);
        Assert.Equal("Here's what I found in the file.", text.Content);
        Assert.True(text.Partial);
    }

    [Fact]
    public void Multiple_tool_uses_separated_by_text()
    {
        var result = Parse("First file: <read_file><path>src/file1.ts</path></read_file>Second file: <read_file><path>src/file2.ts</path></read_file>");
        Assert.Equal(4, result.Count);
        Assert.Equal("First file:", Assert.IsType<TextContent>(result[0]).Content);
        Assert.Equal("src/file1.ts", Assert.IsType<ToolUse>(result[1]).Params["path"]);
        Assert.Equal("Second file:", Assert.IsType<TextContent>(result[2]).Content);
        Assert.Equal("src/file2.ts", Assert.IsType<ToolUse>(result[3]).Params["path"]);
    }

    [Fact]
    public void Write_to_file_content_containing_its_closing_tag()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse(WriteToFileWithClosingTagInContent))));
        Assert.Equal("write_to_file", tool.Name);
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.Equal("5", tool.Params["line_count"]);
        Assert.Contains("function example()", tool.Params["content"]);
        Assert.Contains("// This has XML-like content: </content>", tool.Params["content"]);
        Assert.Contains("return true;", tool.Params["content"]);
        Assert.False(tool.Partial);
        // The whole value, as the original gives it (first LF stripped, last one too).
        Assert.Equal("\tfunction example() {\n\t// This has XML-like content: </content>\n\treturn true;\n\t}\n\t", tool.Params["content"]);
    }

    [Fact]
    public void Empty_message() => Assert.Empty(Parse(""));

    [Fact]
    public void Malformed_tool_tags_are_text()
    {
        const string message = "This has a <not_a_tool>malformed tag</not_a_tool>";
        Assert.Equal(message, Assert.IsType<TextContent>(Assert.Single(Parse(message))).Content);
    }

    [Fact]
    public void Tool_use_without_parameters()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse("<browser_action></browser_action>"))));
        Assert.Equal("browser_action", tool.Name);
        Assert.Empty(tool.Params);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Tool_tags_inside_a_parameter_are_not_nested_tools()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse(
            "<execute_command><command>echo '<read_file><path>test.txt</path></read_file>'</command></execute_command>"))));
        Assert.Equal("execute_command", tool.Name);
        Assert.Equal("echo '<read_file><path>test.txt</path></read_file>'", tool.Params["command"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Parameter_with_xml_like_content()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse("<search_files><regex><div>.*</div></regex><path>src</path></search_files>"))));
        Assert.Equal("<div>.*</div>", tool.Params["regex"]);
        Assert.Equal("src", tool.Params["path"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Consecutive_tool_uses()
    {
        var result = WithoutEmptyText(Parse("<read_file><path>file1.ts</path></read_file><read_file><path>file2.ts</path></read_file>"));
        Assert.Equal(2, result.Count);
        Assert.Equal("file1.ts", Assert.IsType<ToolUse>(result[0]).Params["path"]);
        Assert.Equal("file2.ts", Assert.IsType<ToolUse>(result[1]).Params["path"]);
        Assert.All(result, b => Assert.False(b.Partial));
    }

    [Fact]
    public void Whitespace_in_parameters_is_trimmed()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse("<read_file><path>  src/file.ts  </path></read_file>"))));
        Assert.Equal("src/file.ts", tool.Params["path"]);
    }

    [Fact]
    public void Multi_line_parameters()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(Parse(MultiLineParameters))));
        Assert.Equal("file.ts", tool.Params["path"]);
        Assert.Equal("\tline 1\n\tline 2\n\tline 3\n\t", tool.Params["content"]);
        Assert.Equal("3", tool.Params["line_count"]);
    }

    [Fact]
    public void Complex_message()
    {
        var result = Parse(Complex);
        Assert.Equal(6, result.Count);
        Assert.Equal("I'll help you with that task.", Assert.IsType<TextContent>(result[0]).Content);
        Assert.Equal("read_file", Assert.IsType<ToolUse>(result[1]).Name);
        Assert.Contains("Now let's modify the file:", Assert.IsType<TextContent>(result[2]).Content);
        Assert.Equal("write_to_file", Assert.IsType<ToolUse>(result[3]).Name);
        Assert.Contains("Let's run the code:", Assert.IsType<TextContent>(result[4]).Content);
        Assert.Equal("execute_command", Assert.IsType<ToolUse>(result[5]).Name);
    }

    // Whole results, as Codex's parseAssistantMessageV2 returns them under Node.
    [Theory]
    [InlineData("<thinking>x</thinking> \uFEFF<switch_mode><mode_slug>a</mode_slug>",
        "[{\"type\":\"text\",\"content\":\"<thinking>x</thinking>\",\"partial\":false},{\"type\":\"tool_use\",\"name\":\"switch_mode\",\"params\":{\"mode_slug\":\"a\"},\"partial\":true}]")]
    [InlineData("a\u0085<read_file>\u00a0<path>\n\n p \u2028</path></read_file>\u0085",
        "[{\"type\":\"text\",\"content\":\"a\u0085\",\"partial\":false},{\"type\":\"tool_use\",\"name\":\"read_file\",\"params\":{\"path\":\"p\"},\"partial\":false},{\"type\":\"text\",\"content\":\"\u0085\",\"partial\":true}]")]
    [InlineData("<write_to_file><content>\n\nx\n\n</content></write_to_file>",
        "[{\"type\":\"tool_use\",\"name\":\"write_to_file\",\"params\":{\"content\":\"\\nx\\n\"},\"partial\":false}]")]
    [InlineData("<write_to_file><path>a</path><path>b</path></write_to_file>",
        "[{\"type\":\"tool_use\",\"name\":\"write_to_file\",\"params\":{\"path\":\"b\"},\"partial\":false}]")]
    public void Whole_results_match_the_original(string message, string expected) =>
        Assert.Equal(expected, Json(Parse(message)));
}
