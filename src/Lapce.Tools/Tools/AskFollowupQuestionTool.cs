// Port of src/core/tools/askFollowupQuestionTool.ts (Kilo Code 4.88.0).
using System.Text.Json;
using System.Text.Json.Nodes;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class AskFollowupQuestionTool
{
    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var question = block.Param("question");
        var followUp = block.Param("follow_up");

        try
        {
            if (block.Partial)
            {
                try
                {
                    await cline.AskAsync("followup", removeClosingTag("question", question), block.Partial);
                }
                catch (Exception)
                {
                    // .catch(() => {})
                }
                return;
            }

            if (!JsString.Truthy(question))
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("ask_followup_question");
                pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("ask_followup_question", "question"));
                return;
            }

            var followUpJson = new JsObject
            {
                { "question", question },
                { "suggest", new List<JsObject>() },
            };

            if (JsString.Truthy(followUp))
            {
                JsonNode? parsedSuggest;
                try
                {
                    parsedSuggest = Xml.ParseXml(followUp!, ["suggest"]);
                }
                catch (Exception error)
                {
                    cline.ConsecutiveMistakeCount++;
                    cline.RecordToolError("ask_followup_question");
                    await cline.SayAsync("error", $"Failed to parse operations: {error.Message}");
                    pushToolResult(FormatResponse.ToolError("Invalid operations xml format"));
                    return;
                }

                // Array.isArray(parsedSuggest?.suggest) ? parsedSuggest.suggest : [parsedSuggest?.suggest].filter((sug) => sug !== undefined)
                List<JsonNode?> rawSuggestions;
                if (parsedSuggest is JsonObject parsed && parsed.TryGetPropertyValue("suggest", out var suggest))
                {
                    rawSuggestions = suggest is JsonArray array ? [.. array] : [suggest];
                }
                else
                {
                    rawSuggestions = [];
                }

                // Transform parsed XML to the Suggest format: { answer, mode? }
                followUpJson["suggest"] = rawSuggestions.Select(sug =>
                {
                    if (sug is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        // Simple string suggestion (no mode attribute)
                        return new JsObject { { "answer", value.GetValue<string>() } };
                    }

                    // XML object with text content and optional mode attribute
                    if (sug is null)
                    {
                        throw new JsTypeError("Cannot read properties of null (reading '#text')");
                    }
                    var result = new JsObject { { "answer", Property(sug, "#text") } };
                    var mode = Property(sug, "@_mode");
                    if (IsTruthy(mode))
                    {
                        result["mode"] = mode;
                    }
                    return result;
                }).ToList();
            }

            cline.ConsecutiveMistakeCount = 0;
            var (_, text, images) = await cline.AskAsync("followup", JsJson.Stringify(followUpJson), false);
            await cline.SayAsync("user_feedback", text ?? "", images);
            pushToolResult(FormatResponse.ToolResult($"<answer>\n{JsString.Interp(text)}\n</answer>", images));
        }
        catch (Exception error)
        {
            await handleError("asking question", error);
        }
    }

    /// <summary><c>node[key]</c> of a parsed-XML value; a missing property is <see cref="JsJson.Undefined"/>.</summary>
    private static object? Property(JsonNode node, string key) =>
        node is JsonObject o && o.TryGetPropertyValue(key, out var v) ? v : JsJson.Undefined;

    private static bool IsTruthy(object? value) => value switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length > 0,
        JsonValue v when v.GetValueKind() is JsonValueKind.False or JsonValueKind.Null => false,
        JsonNode => true,
        _ => false, // undefined
    };
}
