// Port of Codex's AssistantMessageParser.spec.ts (streaming in deterministic 1-10 character chunks from the
// spec's own LCG, seed 42), plus: chunking at every position gives the same finalized blocks as one chunk for
// every spec message (the property the runner's everySplit checks), and whole snapshot values obtained from
// Codex's AssistantMessageParser under Node.
using Lapce.Tools.AssistantMessage;
using Lapce.Tools.Shared;
using static LapceParity.Tests.Port.AssistantMessageSpecMessages;

namespace LapceParity.Tests.Port;

public class AssistantMessageParserTests
{
    private readonly AssistantMessageParser _parser = new();

    /// <summary>The spec's createSeededRandom: state = (state * 1664525 + 1013904223) % 2^32, next = state / 2^32.</summary>
    private sealed class SeededRandom(ulong seed)
    {
        private ulong _state = seed;
        public double Next()
        {
            _state = (_state * 1664525 + 1013904223) % 0x100000000;
            return _state / (double)0x100000000;
        }
    }

    /// <summary>The spec's streamChunks: chunk sizes 1-10 from the seeded generator; returns the last processChunk result.</summary>
    private static List<AssistantMessageContent> StreamChunks(AssistantMessageParser parser, string message)
    {
        var result = new List<AssistantMessageContent>();
        int i = 0;
        var rng = new SeededRandom(42);
        while (i < message.Length)
        {
            int chunkSize = Math.Min(message.Length - i, (int)Math.Floor(rng.Next() * 10) + 1);
            result = parser.ProcessChunk(message.Substring(i, chunkSize));
            i += chunkSize;
        }
        return result;
    }

    [Theory]
    [InlineData("Hello, this is a test.")]
    [InlineData("Line 1\nLine 2\nLine 3")]
    public void Text_accumulates_chunk_by_chunk(string message)
    {
        var text = Assert.IsType<TextContent>(Assert.Single(StreamChunks(_parser, message)));
        Assert.Equal(message, text.Content);
        Assert.True(text.Partial);
    }

    [Fact]
    public void Tool_use_with_parameter()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser, "<read_file><path>src/file.ts</path></read_file>"))));
        Assert.Equal("read_file", tool.Name);
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Unclosed_tool_use_is_partial()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser, "<read_file><path>src/file.ts</path>"))));
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.True(tool.Partial);
    }

    [Fact]
    public void Partial_parameter_holds_the_raw_value_so_far()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser, "<read_file><path>src/file"))));
        Assert.Equal("src/file", tool.Params["path"]);
        Assert.True(tool.Partial);
    }

    [Fact]
    public void Tool_use_with_multiple_parameters()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser,
            "<read_file><path>src/file.ts</path><start_line>10</start_line><end_line>20</end_line></read_file>"))));
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.Equal("10", tool.Params["start_line"]);
        Assert.Equal("20", tool.Params["end_line"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Text_followed_by_tool_use()
    {
        var result = StreamChunks(_parser, "Text before tool <read_file><path>src/file.ts</path></read_file>");
        Assert.Equal(2, result.Count);
        var text = Assert.IsType<TextContent>(result[0]);
        Assert.Equal("Text before tool", text.Content);
        Assert.False(text.Partial);
        var tool = Assert.IsType<ToolUse>(result[1]);
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Tool_use_followed_by_text()
    {
        var result = WithoutEmptyText(StreamChunks(_parser, "<read_file><path>src/file.ts</path></read_file>Text after tool"));
        Assert.Equal(2, result.Count);
        Assert.False(Assert.IsType<ToolUse>(result[0]).Partial);
        var text = Assert.IsType<TextContent>(result[1]);
        Assert.Equal("Text after tool", text.Content);
        Assert.True(text.Partial);
    }

    [Fact]
    public void Multiple_tool_uses_separated_by_text()
    {
        var result = StreamChunks(_parser, "First: <read_file><path>file1.ts</path></read_file>Second: <read_file><path>file2.ts</path></read_file>");
        Assert.Equal(4, result.Count);
        Assert.Equal("First:", Assert.IsType<TextContent>(result[0]).Content);
        Assert.Equal("file1.ts", Assert.IsType<ToolUse>(result[1]).Params["path"]);
        Assert.Equal("Second:", Assert.IsType<TextContent>(result[2]).Content);
        Assert.Equal("file2.ts", Assert.IsType<ToolUse>(result[3]).Params["path"]);
    }

    [Fact]
    public void Write_to_file_content_containing_its_closing_tag()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser, WriteToFileWithClosingTagInContent))));
        Assert.Equal("src/file.ts", tool.Params["path"]);
        Assert.Equal("5", tool.Params["line_count"]);
        Assert.Contains("function example()", tool.Params["content"]);
        Assert.Contains("// This has XML-like content: </content>", tool.Params["content"]);
        Assert.Contains("return true;", tool.Params["content"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Empty_message() => Assert.Empty(StreamChunks(_parser, ""));

    [Fact]
    public void Malformed_tool_tags_are_plain_text()
    {
        const string message = "This has a <not_a_tool>malformed tag</not_a_tool>";
        Assert.Equal(message, Assert.IsType<TextContent>(Assert.Single(StreamChunks(_parser, message))).Content);
    }

    [Fact]
    public void Tool_use_without_parameters()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser, "<browser_action></browser_action>"))));
        Assert.Empty(tool.Params);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Parameter_with_xml_like_content()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser, "<search_files><regex><div>.*</div></regex><path>src</path></search_files>"))));
        Assert.Equal("<div>.*</div>", tool.Params["regex"]);
        Assert.Equal("src", tool.Params["path"]);
    }

    [Fact]
    public void Consecutive_tool_uses()
    {
        var result = WithoutEmptyText(StreamChunks(_parser, "<read_file><path>file1.ts</path></read_file><read_file><path>file2.ts</path></read_file>"));
        Assert.Equal(2, result.Count);
        Assert.Equal("file1.ts", Assert.IsType<ToolUse>(result[0]).Params["path"]);
        Assert.Equal("file2.ts", Assert.IsType<ToolUse>(result[1]).Params["path"]);
        Assert.All(result, b => Assert.False(b.Partial));
    }

    [Fact]
    public void Whitespace_in_parameters_is_trimmed() =>
        Assert.Equal("src/file.ts", Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser, "<read_file><path>  src/file.ts  </path></read_file>")))).Params["path"]);

    [Fact]
    public void Multi_line_parameters()
    {
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(StreamChunks(_parser, MultiLineParameters))));
        Assert.Contains("line 1", tool.Params["content"]);
        Assert.Contains("line 3", tool.Params["content"]);
        Assert.Equal("3", tool.Params["line_count"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void Complex_message()
    {
        var result = StreamChunks(_parser, Complex);
        Assert.Equal(6, result.Count);
        Assert.Equal("I'll help you with that task.", Assert.IsType<TextContent>(result[0]).Content);
        Assert.Equal("read_file", Assert.IsType<ToolUse>(result[1]).Name);
        Assert.Contains("Now let's modify the file:", Assert.IsType<TextContent>(result[2]).Content);
        Assert.Equal("write_to_file", Assert.IsType<ToolUse>(result[3]).Name);
        Assert.Contains("Let's run the code:", Assert.IsType<TextContent>(result[4]).Content);
        Assert.Equal("execute_command", Assert.IsType<ToolUse>(result[5]).Name);
    }

    [Fact]
    public void Exceeding_the_accumulator_limit_throws()
    {
        var e = Assert.ThrowsAny<Exception>(() => _parser.ProcessChunk(new string('x', 1024 * 1024 + 1)));
        Assert.Equal("Assistant message exceeds maximum allowed size", e.Message);
    }

    [Fact]
    public void The_limit_counts_the_whole_accumulator()
    {
        _parser.ProcessChunk("abc");
        var e = Assert.ThrowsAny<Exception>(() => _parser.ProcessChunk(new string('x', 1024 * 1024 - 2)));
        Assert.Equal("Assistant message exceeds maximum allowed size", e.Message);
        // Nothing of the rejected chunk was taken: exactly the limit still fits.
        Assert.Equal("abcx", Assert.IsType<TextContent>(Assert.Single(_parser.ProcessChunk("x"))).Content);
    }

    [Fact]
    public void A_parameter_over_the_length_limit_is_abandoned_gracefully()
    {
        var largeParamValue = new string('x', 1024 * 100 + 1);
        var result = _parser.ProcessChunk("<write_to_file><path>test.txt</path><content>");
        for (int i = 0; i < largeParamValue.Length; i += 1000)
        {
            result = _parser.ProcessChunk(largeParamValue.Substring(i, Math.Min(1000, largeParamValue.Length - i)));
        }
        result = _parser.ProcessChunk("</content></write_to_file>After tool");

        Assert.NotEmpty(result);
        var tool = Assert.IsType<ToolUse>(result.Single(b => b is ToolUse));
        Assert.Equal("write_to_file", tool.Name);
        Assert.Equal("test.txt", tool.Params["path"]);
        Assert.Contains(result, b => b is TextContent t && t.Content.Contains("After tool"));
        // As the original: the tool-level write_to_file special case then takes everything between the tags.
        Assert.Equal(largeParamValue, tool.Params["content"]);
        Assert.False(tool.Partial);
    }

    [Fact]
    public void An_abandoned_parameter_keeps_its_first_100KB()
    {
        var value = new string('y', 1024 * 100 + 50);
        var result = _parser.ProcessChunk("<execute_command><command>" + value);
        var tool = Assert.IsType<ToolUse>(Assert.Single(WithoutEmptyText(result)));
        Assert.Equal(1024 * 100, tool.Params["command"].Length);
        Assert.True(tool.Partial);
    }

    [Fact]
    public void Finalize_marks_all_blocks_complete()
    {
        StreamChunks(_parser, "<read_file><path>src/file.ts");
        _parser.FinalizeContentBlocks();
        Assert.False(_parser.GetContentBlocks()[0].Partial);
    }

    [Fact]
    public void GetContentBlocks_is_a_shallow_copy()
    {
        _parser.ProcessChunk("Hi <read_file><path>a");
        var copy = _parser.GetContentBlocks();
        copy.Clear();
        Assert.Equal(2, _parser.GetContentBlocks().Count);
        var again = _parser.GetContentBlocks();
        _parser.ProcessChunk("b</path>");
        Assert.Equal("ab", ((ToolUse)again[1]).Params["path"]); // same block objects, updated in place
    }

    [Fact]
    public void Reset_clears_everything()
    {
        _parser.ProcessChunk("Hi <read_file><path>a");
        _parser.Reset();
        Assert.Empty(_parser.GetContentBlocks());
        Assert.Equal("x", Assert.IsType<TextContent>(Assert.Single(_parser.ProcessChunk("x"))).Content);
    }

    public static TheoryData<string> SpecMessages() => [.. All.Where(m => m.Length > 0)];

    /// <summary>Feeding a message split in two at any position finalizes to the same blocks as one chunk (and as one chunk per character).</summary>
    [Theory]
    [MemberData(nameof(SpecMessages))]
    public void Chunking_at_every_position_gives_the_same_blocks(string message)
    {
        var whole = Finalized([message]);
        for (int p = 1; p < message.Length; p++)
        {
            Assert.Equal(whole, Finalized([message[..p], message[p..]]));
        }
        Assert.Equal(whole, Finalized(message.Select(c => c.ToString())));
        Assert.Equal(whole, Finalized(SeededChunks(message)));
    }

    private static string Finalized(IEnumerable<string> chunks)
    {
        var parser = new AssistantMessageParser();
        foreach (var c in chunks) parser.ProcessChunk(c);
        parser.FinalizeContentBlocks();
        return Json(parser.GetContentBlocks());
    }

    private static IEnumerable<string> SeededChunks(string message)
    {
        var rng = new SeededRandom(42);
        for (int i = 0; i < message.Length;)
        {
            int size = Math.Min(message.Length - i, (int)Math.Floor(rng.Next() * 10) + 1);
            yield return message.Substring(i, size);
            i += size;
        }
    }

    // Snapshots after each chunk, as Codex's AssistantMessageParser returns them under Node.
    [Fact]
    public void Snapshots_match_the_original()
    {
        string[] chunks = ["Hi <rea", "d_file><pa", "th> a.ts ", "</path></read_file> \u00a0t", "ail <thin"];
        string[] expected =
        [
            "[{\"type\":\"text\",\"content\":\"Hi <rea\",\"partial\":true}]",
            "[{\"type\":\"text\",\"content\":\"Hi\",\"partial\":false},{\"type\":\"tool_use\",\"name\":\"read_file\",\"params\":{},\"partial\":true}]",
            "[{\"type\":\"text\",\"content\":\"Hi\",\"partial\":false},{\"type\":\"tool_use\",\"name\":\"read_file\",\"params\":{\"path\":\" a.ts \"},\"partial\":true}]",
            "[{\"type\":\"text\",\"content\":\"Hi\",\"partial\":false},{\"type\":\"tool_use\",\"name\":\"read_file\",\"params\":{\"path\":\"a.ts\"},\"partial\":false},{\"type\":\"text\",\"content\":\"t\",\"partial\":true}]",
            "[{\"type\":\"text\",\"content\":\"Hi\",\"partial\":false},{\"type\":\"tool_use\",\"name\":\"read_file\",\"params\":{\"path\":\"a.ts\"},\"partial\":false},{\"type\":\"text\",\"content\":\"tail <thin\",\"partial\":true}]",
        ];
        for (int i = 0; i < chunks.Length; i++)
        {
            Assert.Equal(expected[i], Json(_parser.ProcessChunk(chunks[i])));
        }
    }

    [Fact]
    public void Large_messages_are_parsed_without_per_character_rescans()
    {
        var sb = new System.Text.StringBuilder();
        int i = 0;
        while (sb.Length < 1000 * 1024)
        {
            sb.Append("Some text ").Append(i).Append(" <write_to_file><path>f").Append(i).Append(".txt</path><content>\n")
              .Append('x', 20_000).Append("\n</content><line_count>1</line_count></write_to_file>\n");
            i++;
        }
        var message = sb.ToString();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var streamed = Finalized(Enumerable.Range(0, (message.Length + 4095) / 4096).Select(k => message.Substring(k * 4096, Math.Min(4096, message.Length - k * 4096))));
        var v2 = ParseAssistantMessageV2.Parse(message);
        sw.Stop();
        Assert.Equal(2 * i, v2.Count);
        Assert.Contains("\"line_count\":\"1\"", streamed);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
    }
}
