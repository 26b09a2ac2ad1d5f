// Port of src/core/assistant-message/AssistantMessageParser.ts (Kilo Code 4.88.0).
//
// The original appends one character at a time to a string accumulator and, for every character, re-slices
// the open text block or parameter value and re-checks every tag with endsWith. This port keeps the same
// state machine but:
//  - accumulates into a growable char buffer;
//  - compares tags only where the character just added is '>' (every tag ends in '>', so no other position
//    can match);
//  - writes the running value of an open text block / parameter once, when processChunk returns (or when the
//    block's state changes), instead of after every character. Nothing can observe the intermediate values:
//    the blocks are only seen between calls, and the keys written keep the places their first write gave them.
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace Lapce.Tools.AssistantMessage;

/// <summary>Parser for assistant messages. Keeps state between chunks to avoid reprocessing the whole message on each update.</summary>
public sealed class AssistantMessageParser
{
    private const int MaxAccumulatorSize = 1024 * 1024; // 1MB limit (UTF-16 code units, as JS string length)
    private const int MaxParamLength = 1024 * 100; // 100KB per parameter limit

    private static readonly string[] ToolUseOpeningTags = ToolNames.All.Select(n => $"<{n}>").ToArray();
    private static readonly string[] ParamOpeningTags = ToolParamNames.All.Select(n => $"<{n}>").ToArray();

    private List<AssistantMessageContent> _contentBlocks = [];
    private TextContent? _currentTextContent;
    private int _currentTextContentStartIndex;
    private ToolUse? _currentToolUse;
    private int _currentToolUseStartIndex;
    private string? _currentParamName;
    private int _currentParamValueStartIndex;

    private char[] _accumulator = [];
    private int _length;

    // Derived from the state above (cached closing tags, pending writes of running values).
    private string? _paramClosingTag;
    private string? _toolUseClosingTag;
    private bool _paramValuePending;
    private bool _textContentPending;

    public AssistantMessageParser() => Reset();

    /// <summary>Reset the parser state.</summary>
    public void Reset()
    {
        _contentBlocks = [];
        _currentTextContent = null;
        _currentTextContentStartIndex = 0;
        _currentToolUse = null;
        _currentToolUseStartIndex = 0;
        _currentParamName = null;
        _currentParamValueStartIndex = 0;
        _accumulator = [];
        _length = 0;
        _paramClosingTag = null;
        _toolUseClosingTag = null;
        _paramValuePending = false;
        _textContentPending = false;
    }

    /// <summary>The current parsed content blocks: a shallow copy (the blocks themselves are shared).</summary>
    public List<AssistantMessageContent> GetContentBlocks() => [.. _contentBlocks];

    private ReadOnlySpan<char> Acc => _accumulator.AsSpan(0, _length);

    /// <summary>Process a new chunk of text and update the parser state.</summary>
    public List<AssistantMessageContent> ProcessChunk(string chunk)
    {
        if (_length + chunk.Length > MaxAccumulatorSize)
        {
            throw new Exception("Assistant message exceeds maximum allowed size");
        }

        int accumulatorStartLength = _length;
        EnsureCapacity(_length + chunk.Length);

        for (int i = 0; i < chunk.Length; i++)
        {
            char c = chunk[i];
            _accumulator[_length++] = c;
            int currentPosition = accumulatorStartLength + i;
            bool atTagEnd = c == '>';

            // There should not be a param without a tool use.
            if (_currentToolUse is not null && _currentParamName is not null)
            {
                int valueLength = _length - _currentParamValueStartIndex;
                if (valueLength > MaxParamLength)
                {
                    // The value last written (by the previous character) was the first MaxParamLength characters.
                    if (_paramValuePending)
                    {
                        _currentToolUse.Params[_currentParamName] = new string(_accumulator, _currentParamValueStartIndex, MaxParamLength);
                        _paramValuePending = false;
                    }
                    // Reset to a safe state
                    _currentParamName = null;
                    _paramClosingTag = null;
                    _currentParamValueStartIndex = 0;
                    continue;
                }

                if (atTagEnd && valueLength >= _paramClosingTag!.Length && Acc.EndsWith(_paramClosingTag))
                {
                    // End of param value. Do not trim content parameters to preserve newlines, but strip first
                    // and last newline only.
                    var paramValue = _accumulator.AsSpan(_currentParamValueStartIndex, valueLength - _paramClosingTag.Length);
                    _currentToolUse.Params[_currentParamName] = _currentParamName == "content"
                        ? JsString.StripOuterNewlines(paramValue).ToString()
                        : JsString.Trim(paramValue).ToString();
                    _paramValuePending = false;
                    _currentParamName = null;
                    _paramClosingTag = null;
                    continue;
                }

                // Partial param value is accumulating (written in real time; see the note at the top).
                _paramValuePending = true;
                continue;
            }

            // No currentParamName.

            if (_currentToolUse is not null)
            {
                if (!atTagEnd) continue; // Partial tool value is accumulating.

                int toolValueLength = _length - _currentToolUseStartIndex;
                if (toolValueLength >= _toolUseClosingTag!.Length && Acc.EndsWith(_toolUseClosingTag))
                {
                    // End of a tool use.
                    _currentToolUse.Partial = false;
                    _currentToolUse = null;
                    _toolUseClosingTag = null;
                    continue;
                }

                foreach (var paramOpeningTag in ParamOpeningTags)
                {
                    if (Acc.EndsWith(paramOpeningTag))
                    {
                        // Start of a new parameter.
                        _currentParamName = paramOpeningTag[1..^1];
                        _paramClosingTag = $"</{_currentParamName}>";
                        _currentParamValueStartIndex = _length;
                        break;
                    }
                }

                // Special case for write_to_file where file contents could contain the closing tag, in which
                // case the param would have closed and we end up with the rest of the file contents here: take
                // the string between the first content opening tag and the LAST content closing tag.
                const string contentStartTag = "<content>";
                const string contentEndTag = "</content>";
                if (_currentToolUse.Name == "write_to_file" && Acc.EndsWith(contentEndTag))
                {
                    var toolContent = _accumulator.AsSpan(_currentToolUseStartIndex, toolValueLength);
                    // As the original: indexOf(...) + length, so "not found" becomes 8, never -1.
                    int contentStartIndex = toolContent.IndexOf(contentStartTag, StringComparison.Ordinal) + contentStartTag.Length;
                    int contentEndIndex = toolContent.LastIndexOf(contentEndTag, StringComparison.Ordinal);

                    if (contentStartIndex != -1 && contentEndIndex != -1 && contentEndIndex > contentStartIndex)
                    {
                        _currentToolUse.Params["content"] =
                            JsString.StripOuterNewlines(toolContent[contentStartIndex..contentEndIndex]).ToString();
                    }
                }

                continue;
            }

            // No currentToolUse.

            bool didStartToolUse = false;
            if (atTagEnd)
            {
                foreach (var toolUseOpeningTag in ToolUseOpeningTags)
                {
                    if (!Acc.EndsWith(toolUseOpeningTag)) continue;

                    // Start of a new tool use.
                    var toolName = toolUseOpeningTag[1..^1];
                    _currentToolUse = new ToolUse { Name = toolName, Partial = true };
                    _toolUseClosingTag = $"</{toolName}>";
                    _currentToolUseStartIndex = _length;

                    // This also indicates the end of the current text content.
                    if (_currentTextContent is not null)
                    {
                        _currentTextContent.Partial = false;

                        // Its content as the previous character left it, minus the partially accumulated tool
                        // tag at its end (<tool): content.slice(0, -"<tool".length).trim().
                        var previous = JsString.Trim(_accumulator.AsSpan(_currentTextContentStartIndex, _length - 1 - _currentTextContentStartIndex));
                        int cut = toolUseOpeningTag.Length - 1;
                        var kept = previous.Length > cut ? previous[..(previous.Length - cut)] : [];
                        _currentTextContent.Content = JsString.Trim(kept).ToString();
                        _textContentPending = false;

                        // No need to push, currentTextContent is already in contentBlocks
                        _currentTextContent = null;
                    }

                    // Immediately push new tool_use block as partial
                    _contentBlocks.Add(_currentToolUse);
                    didStartToolUse = true;
                    break;
                }
            }

            if (!didStartToolUse)
            {
                // No tool use, so it must be text either at the beginning or between tools.
                if (_currentTextContent is null)
                {
                    _currentTextContentStartIndex = currentPosition;
                    _currentTextContent = new TextContent
                    {
                        Content = JsString.Trim(_accumulator.AsSpan(_currentTextContentStartIndex, _length - _currentTextContentStartIndex)).ToString(),
                        Partial = true,
                    };
                    // Add the new text content to contentBlocks immediately
                    _contentBlocks.Add(_currentTextContent);
                }
                else
                {
                    // Update the existing text content (written when the chunk ends).
                    _textContentPending = true;
                }
            }
        }

        WritePendingValues();
        // Do not finalize here: partial blocks are updated in place and new ones added as they complete.
        return GetContentBlocks();
    }

    /// <summary>Finalize any partial content blocks. Should be called after processing the last chunk.</summary>
    public void FinalizeContentBlocks()
    {
        foreach (var block in _contentBlocks)
        {
            if (block.Partial) block.Partial = false;
            if (block is TextContent text) text.Content = JsString.Trim(text.Content);
        }
    }

    /// <summary>The running values the original writes after every character: the open parameter's raw value and the open text's trimmed content.</summary>
    private void WritePendingValues()
    {
        if (_paramValuePending && _currentToolUse is not null && _currentParamName is not null)
        {
            _currentToolUse.Params[_currentParamName] = new string(_accumulator, _currentParamValueStartIndex, _length - _currentParamValueStartIndex);
        }
        _paramValuePending = false;

        if (_textContentPending && _currentTextContent is not null)
        {
            _currentTextContent.Content = JsString.Trim(_accumulator.AsSpan(_currentTextContentStartIndex, _length - _currentTextContentStartIndex)).ToString();
        }
        _textContentPending = false;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= _accumulator.Length) return;
        int size = Math.Max(needed, Math.Max(256, _accumulator.Length * 2));
        Array.Resize(ref _accumulator, size);
    }
}
