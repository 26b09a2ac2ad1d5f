// Messages and helpers shared by the parser tests. The messages are those of Codex's own specs
// (src/core/assistant-message/__tests__/parseAssistantMessage.spec.ts and AssistantMessageParser.spec.ts).
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port;

internal static class AssistantMessageSpecMessages
{
    public const string WriteToFileWithClosingTagInContent =
        "<write_to_file><path>src/file.ts</path><content>\n\tfunction example() {\n\t// This has XML-like content: </content>\n\treturn true;\n\t}\n\t</content><line_count>5</line_count></write_to_file>";

    public const string MultiLineParameters =
        "<write_to_file><path>file.ts</path><content>\n\tline 1\n\tline 2\n\tline 3\n\t</content><line_count>3</line_count></write_to_file>";

    public const string Complex =
        "I'll help you with that task.\n\n\t<read_file><path>src/index.ts</path></read_file>\n\n\tNow let's modify the file:\n\n\t<write_to_file><path>src/index.ts</path><content>\n\t// Updated content\n\tconsole.log(\"Hello world\");\n\t</content><line_count>2</line_count></write_to_file>\n\n\tLet's run the code:\n\n\t<execute_command><command>node src/index.ts</command></execute_command>";

    /// <summary>Every message of the two specs.</summary>
    public static readonly string[] All =
    [
        "This is a simple text message",
        "This is a multi-line\ntext message\nwith several lines",
        "This is a partial text",
        "Hello, this is a test.",
        "Line 1\nLine 2\nLine 3",
        "<read_file><path>src/file.ts</path></read_file>",
        "<read_file><path>src/file.ts</path><start_line>10</start_line><end_line>20</end_line></read_file>",
        "<read_file><path>src/file.ts</path>",
        "<read_file><path>src/file.ts",
        "<read_file><path>src/file",
        "Here's the file content: <read_file><path>src/file.ts</path></read_file>",
        "Text before tool <read_file><path>src/file.ts</path></read_file>",
        "<read_file><path>src/file.ts</path></read_file>Here's what I found in the file.",
        "<read_file><path>src/file.ts</path></read_file>Text after tool",
        "First file: <read_file><path>src/file1.ts</path></read_file>Second file: <read_file><path>src/file2.ts</path></read_file>",
        "First: <read_file><path>file1.ts</path></read_file>Second: <read_file><path>file2.ts</path></read_file>",
        WriteToFileWithClosingTagInContent,
        "",
        "This has a <not_a_tool>malformed tag</not_a_tool>",
        "<browser_action></browser_action>",
        "<execute_command><command>echo '<read_file><path>test.txt</path></read_file>'</command></execute_command>",
        "<search_files><regex><div>.*</div></regex><path>src</path></search_files>",
        "<read_file><path>file1.ts</path></read_file><read_file><path>file2.ts</path></read_file>",
        "<read_file><path>  src/file.ts  </path></read_file>",
        MultiLineParameters,
        Complex,
    ];

    /// <summary>The specs' <c>isEmptyTextContent</c> filter.</summary>
    public static List<AssistantMessageContent> WithoutEmptyText(IEnumerable<AssistantMessageContent> blocks) =>
        blocks.Where(b => b is not TextContent { Content: "" }).ToList();

    /// <summary>Blocks as JSON (type, content | name + params in order, partial), for whole-value comparisons.</summary>
    public static string Json(IEnumerable<AssistantMessageContent> blocks) =>
        JsJson.Stringify(blocks.Select(b => b switch
        {
            TextContent t => new JsObject { { "type", "text" }, { "content", t.Content }, { "partial", t.Partial } },
            ToolUse u => (object)new JsObject
            {
                { "type", "tool_use" }, { "name", u.Name }, { "params", new OrderedDictionary<string, string>(u.Params) }, { "partial", u.Partial },
            },
            _ => throw new InvalidOperationException(),
        }).ToList())!;
}
