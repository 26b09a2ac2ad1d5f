// Port of src/core/tools/ToolRepetitionDetector.ts (Kilo Code 4.88.0).
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public sealed record AskUserInfo(string MessageKey, string MessageDetail);

/// <summary>The result of <see cref="ToolRepetitionDetector.Check"/>: <c>{ allowExecution, askUser? }</c>.</summary>
public sealed record RepetitionCheck(bool AllowExecution, AskUserInfo? AskUser);

/// <summary>Detects consecutive identical tool calls, to stop the model looping.</summary>
public sealed class ToolRepetitionDetector(int consecutiveRepetitionLimit = 3)
{
    private string? _previousToolCallJson;
    private int _consecutiveIdenticalToolCallCount;
    private readonly int _consecutiveIdenticalToolCallLimit = consecutiveRepetitionLimit;

    /// <summary>Checks whether the call repeats the previous one and whether it may run.</summary>
    public RepetitionCheck Check(ToolUse currentToolCallBlock)
    {
        // Serialize the block to a canonical JSON string for comparison
        var currentToolCallJson = SerializeToolUse(currentToolCallBlock);

        // Compare with previous tool call
        if (_previousToolCallJson == currentToolCallJson)
        {
            _consecutiveIdenticalToolCallCount++;
        }
        else
        {
            _consecutiveIdenticalToolCallCount = 0; // Reset to 0 for a new tool
            _previousToolCallJson = currentToolCallJson;
        }

        // kilocode_change: browser scrolling many times is fine
        var limit = currentToolCallBlock.Name == "browser_action"
            ? 10 * _consecutiveIdenticalToolCallLimit
            : _consecutiveIdenticalToolCallLimit;

        // Check if limit is reached (0 means unlimited)
        if (_consecutiveIdenticalToolCallLimit > 0 && _consecutiveIdenticalToolCallCount >= limit)
        {
            // Reset counters to allow recovery if user guides the AI past this point
            _consecutiveIdenticalToolCallCount = 0;
            _previousToolCallJson = null;

            return new RepetitionCheck(false, new AskUserInfo(
                "mistake_limit_reached",
                I18n.T("tools:toolRepetitionLimitReached", new { toolName = currentToolCallBlock.Name })));
        }

        // Execution is allowed
        return new RepetitionCheck(true, null);
    }

    /// <summary>
    /// <c>JSON.stringify({ name, parameters })</c> with the parameter keys sorted by <c>Array.prototype.sort</c>
    /// (UTF-16 code unit order, i.e. ordinal). Integer-like keys, which a JS object would enumerate first, cannot
    /// occur: the parsers only produce names from toolParamNames.
    /// </summary>
    private static string SerializeToolUse(ToolUse toolUse)
    {
        var sortedParams = new JsObject();
        foreach (var key in toolUse.Params.Keys.Order(StringComparer.Ordinal))
        {
            sortedParams[key] = toolUse.Params[key];
        }
        var toolObject = new JsObject { { "name", toolUse.Name }, { "parameters", sortedParams } };
        return JsJson.Stringify(toolObject)!;
    }
}
