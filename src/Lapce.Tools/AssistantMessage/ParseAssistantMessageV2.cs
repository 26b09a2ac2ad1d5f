// Port of src/core/assistant-message/parseAssistantMessageV2.ts (Kilo Code 4.88.0).
// The original scans every index for tags ending there; every tag ends in '>', so tags are only compared
// where the current character is '>' (the same matches, without the per-character work). Values are sliced
// once, when a block completes, as in the original.
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace Lapce.Tools.AssistantMessage;

public static class ParseAssistantMessageV2
{
    // toolUseOpenTags / toolParamOpenTags: Maps built from toolNames / toolParamNames (a repeated name keeps its
    // first place). At most one `<name>` tag can end at a given index, so the order never decides a match.
    private static readonly (string Tag, string Name)[] ToolUseOpenTags =
        ToolNames.All.Distinct().Select(n => ($"<{n}>", n)).ToArray();

    private static readonly (string Tag, string Name)[] ToolParamOpenTags =
        ToolParamNames.All.Distinct().Select(n => ($"<{n}>", n)).ToArray();

    /// <summary>Parses a whole assistant message into text and tool-use blocks; blocks left open at the end are partial.</summary>
    public static List<AssistantMessageContent> Parse(string assistantMessage)
    {
        var contentBlocks = new List<AssistantMessageContent>();

        int currentTextContentStart = 0; // Index where the current text block started.
        TextContent? currentTextContent = null;
        int currentToolUseStart = 0; // Index *after* the opening tag of the current tool use.
        ToolUse? currentToolUse = null;
        int currentParamValueStart = 0; // Index *after* the opening tag of the current param.
        string? currentParamName = null;
        string? closeTag = null; // `</${currentParamName}>`
        string? toolCloseTag = null; // `</${currentToolUse.name}>`

        ReadOnlySpan<char> msg = assistantMessage;
        int len = msg.Length;

        for (int i = 0; i < len; i++)
        {
            bool atTagEnd = msg[i] == '>';

            // Parsing a tool parameter
            if (currentToolUse is not null && currentParamName is not null)
            {
                if (atTagEnd && EndsAt(msg, i, closeTag!))
                {
                    // Found the closing tag for the parameter.
                    var value = Slice(msg, currentParamValueStart, i - closeTag!.Length + 1);
                    // Don't trim content parameters to preserve newlines, but strip first and last newline only
                    currentToolUse.Params[currentParamName] = currentParamName == "content"
                        ? JsString.StripOuterNewlines(value).ToString()
                        : JsString.Trim(value).ToString();
                    currentParamName = null; // Go back to parsing tool content.
                    // No continue: check for tool close or other params at index i.
                }
                else
                {
                    continue; // Still inside param value.
                }
            }

            // Parsing a tool use (but not a specific parameter).
            if (currentToolUse is not null && currentParamName is null)
            {
                if (!atTagEnd) continue; // Neither a param start nor the tool's close can end here.

                bool startedNewParam = false;
                foreach (var (tag, paramName) in ToolParamOpenTags)
                {
                    if (EndsAt(msg, i, tag))
                    {
                        currentParamName = paramName;
                        closeTag = $"</{paramName}>";
                        currentParamValueStart = i + 1; // Value starts after the tag.
                        startedNewParam = true;
                        break;
                    }
                }

                if (startedNewParam) continue;

                // Check if closing the current tool use.
                if (EndsAt(msg, i, toolCloseTag!))
                {
                    // End of the tool use found. Special handling for content params before finalizing the tool.
                    var toolContentSlice = Slice(msg, currentToolUseStart, i - toolCloseTag!.Length + 1);

                    const string contentStartTag = "<content>";
                    const string contentEndTag = "</content>";
                    if (currentToolUse.Name == "write_to_file" /* || new_rule */ &&
                        toolContentSlice.IndexOf(contentStartTag, StringComparison.Ordinal) >= 0)
                    {
                        int contentStart = toolContentSlice.IndexOf(contentStartTag, StringComparison.Ordinal);
                        // `lastIndexOf` for robustness against nested tags.
                        int contentEnd = toolContentSlice.LastIndexOf(contentEndTag, StringComparison.Ordinal);

                        if (contentStart != -1 && contentEnd != -1 && contentEnd > contentStart)
                        {
                            int from = contentStart + contentStartTag.Length;
                            var inner = contentEnd > from ? toolContentSlice[from..contentEnd] : [];
                            currentToolUse.Params["content"] = JsString.StripOuterNewlines(inner).ToString();
                        }
                    }

                    currentToolUse.Partial = false; // Mark as complete.
                    contentBlocks.Add(currentToolUse);
                    currentToolUse = null;
                    toolCloseTag = null;
                    currentTextContentStart = i + 1; // Potential text starts after this tag.
                    continue;
                }

                continue; // Accumulating tool content implicitly.
            }

            // Parsing text / looking for tool start.
            if (currentToolUse is null)
            {
                bool startedNewTool = false;

                if (atTagEnd)
                {
                    foreach (var (tag, toolName) in ToolUseOpenTags)
                    {
                        if (!EndsAt(msg, i, tag)) continue;

                        int tagStart = i - tag.Length + 1;
                        // End current text block if one was active.
                        if (currentTextContent is not null)
                        {
                            currentTextContent.Content = SliceTrim(msg, currentTextContentStart, tagStart);
                            currentTextContent.Partial = false; // Ended because tool started.
                            if (currentTextContent.Content.Length > 0) contentBlocks.Add(currentTextContent);
                            currentTextContent = null;
                        }
                        else
                        {
                            // Any text between the last block and this tag.
                            var potentialText = SliceTrim(msg, currentTextContentStart, tagStart);
                            if (potentialText.Length > 0)
                                contentBlocks.Add(new TextContent { Content = potentialText, Partial = false });
                        }

                        // Start the new tool use; partial until its closing tag is found.
                        currentToolUse = new ToolUse { Name = toolName, Partial = true };
                        toolCloseTag = $"</{toolName}>";
                        currentToolUseStart = i + 1; // Tool content starts after the opening tag.
                        startedNewTool = true;
                        break;
                    }
                }

                if (startedNewTool) continue;

                // Not starting a tool: text content.
                if (currentTextContent is null)
                {
                    currentTextContentStart = i; // Text starts at the current character.
                    currentTextContent = new TextContent { Content = "", Partial = true };
                }
            }
        }

        // Finalize any open parameter within an open tool use.
        if (currentToolUse is not null && currentParamName is not null)
        {
            var value = msg[currentParamValueStart..];
            currentToolUse.Params[currentParamName] = currentParamName == "content"
                ? JsString.StripOuterNewlines(value).ToString()
                : JsString.Trim(value).ToString();
            // Tool use remains partial.
        }

        if (currentToolUse is not null)
        {
            // Partial because the loop finished before its closing tag.
            contentBlocks.Add(currentToolUse);
        }
        else if (currentTextContent is not null)
        {
            // Trailing text: partial because the loop finished.
            currentTextContent.Content = SliceTrim(msg, currentTextContentStart, len);
            if (currentTextContent.Content.Length > 0) contentBlocks.Add(currentTextContent);
        }

        return contentBlocks;
    }

    /// <summary><c>s.startsWith(tag, i - tag.length + 1)</c> guarded by <c>i &gt;= tag.length - 1</c>: the tag ends at index i.</summary>
    private static bool EndsAt(ReadOnlySpan<char> s, int i, string tag)
    {
        int start = i - tag.Length + 1;
        return start >= 0 && s.Slice(start, tag.Length).SequenceEqual(tag);
    }

    /// <summary><c>s.slice(start, end)</c> for in-range indices: empty when end is before start.</summary>
    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> s, int start, int end) =>
        end <= start ? [] : s[start..end];

    /// <summary><c>s.slice(start, end).trim()</c> (slice with end before start is empty).</summary>
    private static string SliceTrim(ReadOnlySpan<char> s, int start, int end) =>
        end <= start ? "" : JsString.Trim(s[start..end]).ToString();
}
