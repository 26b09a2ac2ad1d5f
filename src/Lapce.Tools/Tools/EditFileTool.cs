// Port of src/core/tools/editFileTool.ts (Kilo Code 4.88.0): Morph fast apply. The merge request goes through
// Api/OpenAiClient (the openai SDK's observable behaviour), the result through the diff view.
using Lapce.Tools.Api;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools;

public static class EditFileTool
{
    // Morph model pricing per 1M tokens
    private static readonly Dictionary<string, (double InputPrice, double OutputPrice)> MorphModelPricing = new(StringComparer.Ordinal)
    {
        ["morph-v3-fast"] = (0.8, 1.2), // $0.8 / $1.2 per 1M tokens
        ["morph-v3-large"] = (0.9, 1.9), // $0.9 / $1.9 per 1M tokens
        ["auto"] = (0.9, 1.9), // Default to morph-v3-large pricing
    };

    public static double CalculateMorphCost(double inputTokens, double outputTokens, string model)
    {
        var normalizedModel = ReplaceFirst(model, "morph/", ""); // Remove OpenRouter prefix if present
        var pricing = MorphModelPricing.TryGetValue(normalizedModel, out var p) ? p : MorphModelPricing["auto"];

        var inputCost = pricing.InputPrice / 1_000_000 * inputTokens;
        var outputCost = pricing.OutputPrice / 1_000_000 * outputTokens;

        return inputCost + outputCost;
    }

    // String.prototype.replace with a string pattern: the first occurrence only.
    private static string ReplaceFirst(string s, string pattern, string replacement)
    {
        var i = s.IndexOf(pattern, StringComparison.Ordinal);
        return i < 0 ? s : s[..i] + replacement + s[(i + pattern.Length)..];
    }

    private static async Task<bool> ValidateParamsAsync(
        ClineTask cline, string? targetFile, string? instructions, string? codeEdit, PushToolResult pushToolResult)
    {
        if (string.IsNullOrEmpty(targetFile))
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("edit_file");
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("edit_file", "target_file"));
            return false;
        }

        if (string.IsNullOrEmpty(instructions))
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("edit_file");
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("edit_file", "instructions"));
            return false;
        }

        if (codeEdit is null)
        {
            cline.ConsecutiveMistakeCount++;
            cline.RecordToolError("edit_file");
            pushToolResult(await cline.SayAndCreateMissingParamErrorAsync("edit_file", "code_edit"));
            return false;
        }

        return true;
    }

    public static async Task RunAsync(
        ClineTask cline,
        ToolUse block,
        AskApproval askApproval,
        HandleError handleError,
        PushToolResult pushToolResult,
        RemoveClosingTag removeClosingTag)
    {
        var target_file = block.Param("target_file");
        var instructions = block.Param("instructions");
        var code_edit = block.Param("code_edit");

        var fileExists = true;
        try
        {
            if (block.Partial && (string.IsNullOrEmpty(target_file) || instructions is null))
            {
                // wait so we can determine if it's a new file or editing an existing file
                return;
            }
            fileExists = await Fs.FileExistsAtPathAsync(NodePath.Resolve(cline.Cwd, target_file ?? ""));

            // Handle partial tool use
            if (block.Partial)
            {
                var partialMessageProps = new JsObject
                {
                    { "tool", fileExists ? "editedExistingFile" : "newFileCreated" },
                    { "path", Paths.GetReadablePath(cline.Cwd, removeClosingTag("target_file", target_file)) },
                    { "content", removeClosingTag("code_edit", code_edit) },
                };
                try
                {
                    await cline.AskAsync("tool", JsJson.Stringify(partialMessageProps), block.Partial);
                }
                catch (Exception)
                {
                    // Roo tools ignore exceptions as well here
                }
                return;
            }

            // Validate required parameters
            if (!await ValidateParamsAsync(cline, target_file, instructions, code_edit, pushToolResult))
            {
                return;
            }

            // At this point we know all parameters are defined
            var targetFile = target_file!;
            var editInstructions = instructions!;
            var editCode = code_edit!;

            // Validate and resolve the file path
            var absolutePath = NodePath.Resolve(cline.Cwd, targetFile);
            var relPath = Paths.GetReadablePath(cline.Cwd, absolutePath);

            // Check if file access is allowed
            var accessAllowed = cline.RooIgnoreController?.ValidateAccess(relPath) ?? false;
            if (!accessAllowed)
            {
                await cline.SayAsync("rooignore_error", relPath);
                pushToolResult(FormatResponse.RooIgnoreError(relPath));
                return;
            }

            // Read the original file content
            var originalContent = fileExists ? await NodeFs.ReadFileUtf8Async(absolutePath) : "";

            // Check if Morph is available
            var morphApplyResult = fileExists
                ? await ApplyMorphEditAsync(originalContent, editInstructions, editCode, cline, relPath)
                : null;

            if (morphApplyResult is { Success: false })
            {
                cline.ConsecutiveMistakeCount++;
                cline.RecordToolError("edit_file");
                pushToolResult(FormatResponse.ToolError($"Failed to apply edit using Morph: {morphApplyResult.Error}"));
                return;
            }

            // morphApplyResult?.result ?? code_edit ?? "": Morph's content is whatever JSON value it answered with.
            var newContent = morphApplyResult?.Result ?? code_edit ?? "";

            // Show the diff and ask for approval
            cline.DiffViewProvider.EditType = fileExists ? "modify" : "create";
            await cline.DiffViewProvider.OpenAsync(relPath);

            // Stream the content to show the diff
            if (newContent is not string newText)
            {
                // DiffViewProvider.update splits its text: a JSON number, boolean, object or array has no split.
                throw new JsTypeError("accumulatedContent.split is not a function");
            }
            await cline.DiffViewProvider.UpdateAsync(newText, true);
            cline.DiffViewProvider.ScrollToFirstDiff();

            // Ask for user approval
            var approved = await askApproval(
                "tool",
                JsJson.Stringify(new JsObject
                {
                    { "tool", fileExists ? "editedExistingFile" : "newFileCreated" },
                    { "path", relPath },
                    { "isProtected", cline.RooProtectedController?.IsWriteProtected(relPath) ?? false },
                    { "content", editCode },
                    {
                        "fastApplyResult", morphApplyResult is not null
                            ? new JsObject
                            {
                                { "description", JsJson.OrUndefined(morphApplyResult.Description) },
                                { "tokensIn", JsJson.OrUndefined(morphApplyResult.TokensIn) },
                                { "tokensOut", JsJson.OrUndefined(morphApplyResult.TokensOut) },
                                { "cost", JsJson.OrUndefined(morphApplyResult.Cost) },
                            }
                            : JsJson.Undefined
                    },
                }),
                null,
                cline.RooProtectedController?.IsWriteProtected(relPath) ?? false);

            if (!approved)
            {
                await cline.DiffViewProvider.RevertChangesAsync();
                return;
            }

            // Apply the changes (saveChanges() with its defaults: diagnostics on, DEFAULT_WRITE_DELAY_MS)
            await cline.DiffViewProvider.SaveChangesAsync();

            // Track file context
            await cline.FileContextTracker.TrackFileContextAsync(relPath, "roo_edited");
            cline.DidEditFile = true;
            cline.ConsecutiveMistakeCount = 0;

            // Get the formatted response message
            var message = await cline.DiffViewProvider.PushToolWriteResultAsync(cline, cline.Cwd, false);
            pushToolResult(message);

            await cline.DiffViewProvider.ResetAsync();
        }
        catch (Exception error)
        {
            // TelemetryService.instance.captureException(error, { context: "editFileTool" }): no telemetry here.
            await handleError("editing file with Morph", error);
            await cline.DiffViewProvider.ResetAsync();
        }
    }

    /// <summary>MorphApplyResult. <see cref="Result"/> and the token counts are JS values as Morph's JSON answer gave them.</summary>
    private sealed record MorphApplyResult(
        bool Success,
        object? Result = null,
        string? Error = null,
        string? Description = null,
        object? TokensIn = null,
        object? TokensOut = null,
        double? Cost = null);

    private static async Task<MorphApplyResult> ApplyMorphEditAsync(
        string originalContent, string instructions, string codeEdit, ClineTask cline, string filePath)
    {
        try
        {
            // Get the current API configuration
            var provider = cline.ProviderRef.Deref();
            if (provider is null)
            {
                return new MorphApplyResult(false, Error: "No API provider available");
            }

            var state = await provider.GetStateAsync();

            // Check if user has Morph enabled via OpenRouter or direct API
            var morphConfig = GetMorphConfiguration(state);
            if (!morphConfig.Available)
            {
                return new MorphApplyResult(false, Error: string.IsNullOrEmpty(morphConfig.Error) ? "Morph is not available" : morphConfig.Error);
            }

            // Create a verbose request description similar to regular API requests
            var fileName = !string.IsNullOrEmpty(filePath) ? NodePath.Basename(filePath) : "unknown file";
            var truncatedCodeEdit = codeEdit.Length > 500 ? codeEdit[..500] + "\n...(truncated)" : codeEdit;
            var description = string.Join("\n",
                $"Morph FastApply Edit ({morphConfig.Model})",
                "",
                $"File: {fileName}",
                $"Instructions: {instructions}",
                "",
                "Code Edit:",
                "```",
                truncatedCodeEdit,
                "```",
                "",
                $"Original Content: {originalContent.Length} characters");

            // Create OpenAI client for Morph API
            var client = new OpenAiClient(
                morphConfig.ApiKey,
                morphConfig.BaseUrl,
                [new("X-KiloCode-TaskId", cline.TaskId), .. ProviderConstants.DefaultHeaders]);

            // Apply the edit using Morph's format
            var prompt = $"<instructions>{instructions}</instructions>\n<code>{originalContent}</code>\n<update>{codeEdit}</update>";

            var response = await client.CreateChatCompletionAsync(
                new JsObject
                {
                    { "model", morphConfig.Model! },
                    { "messages", new List<object?> { new JsObject { { "role", "user" }, { "content", prompt } } } },
                },
                30000); // 30 second timeout

            // response.choices[0]?.message?.content
            var mergedCode = JsValue.GetOptional(JsValue.GetOptional(JsValue.Get(JsValue.Get(response, "choices"), "0"), "message"), "content");
            if (!JsValue.Truthy(mergedCode))
            {
                return new MorphApplyResult(false, Error: "Morph API returned empty response");
            }

            // Extract usage information from response
            var usage = JsValue.Get(response, "usage");
            var promptTokens = JsValue.GetOptional(usage, "prompt_tokens");
            var completionTokens = JsValue.GetOptional(usage, "completion_tokens");
            object tokensIn = JsValue.Truthy(promptTokens) ? promptTokens! : 0.0;
            object tokensOut = JsValue.Truthy(completionTokens) ? completionTokens! : 0.0;
            var cost = CalculateMorphCost(JsValue.ToNumber(tokensIn), JsValue.ToNumber(tokensOut), morphConfig.Model!);

            return new MorphApplyResult(true, Result: mergedCode, Description: description, TokensIn: tokensIn, TokensOut: tokensOut, Cost: cost);
        }
        catch (Exception error)
        {
            // TelemetryService.instance.captureException(error, { context: "applyMorphEdit" }): no telemetry here.
            return new MorphApplyResult(false, Error: error.Message);
        }
    }

    private sealed record MorphConfiguration(bool Available, string? ApiKey = null, string? BaseUrl = null, string? Model = null, string? Error = null);

    /// <summary>getMorphConfiguration(state), on the provider state as JS sees it (the case settings).</summary>
    private static MorphConfiguration GetMorphConfiguration(ProviderState providerState)
    {
        var state = JsJsonParse.Parse(providerState.Settings.ToJsonString());

        // Check if Morph is enabled in API configuration
        if (!Equals(JsValue.Get(JsValue.Get(state, "experiments"), "morphFastApply"), true))
        {
            return new MorphConfiguration(false, Error: "Morph is disabled. Enable it in API Options > Enable Editing with Morph FastApply");
        }

        var morphApiKey = JsValue.Get(state, "morphApiKey");
        var apiConfiguration = JsValue.Get(state, "apiConfiguration");
        var apiProvider = JsValue.GetOptional(apiConfiguration, "apiProvider");

        // Priority 1: Use direct Morph API key if available
        // Allow human-relay for debugging
        if (JsValue.Truthy(morphApiKey) || Equals(apiProvider, "human-relay"))
        {
            return new MorphConfiguration(true, ApiKey: TemplateString(morphApiKey), BaseUrl: "https://api.morphllm.com/v1", Model: "auto");
        }

        // Priority 2: Use KiloCode provider
        if (Equals(apiProvider, "kilocode"))
        {
            var token = JsValue.Get(apiConfiguration, "kilocodeToken");
            if (!JsValue.Truthy(token))
            {
                return new MorphConfiguration(false, Error: "No KiloCode token available to use Morph");
            }
            return new MorphConfiguration(
                true,
                ApiKey: TemplateString(token),
                BaseUrl: $"{KilocodeToken.GetKiloBaseUriFromToken(TemplateString(token))}/api/openrouter/",
                Model: "morph/morph-v3-large"); // Morph model via OpenRouter
        }

        // Priority 3: Use OpenRouter provider
        if (Equals(apiProvider, "openrouter"))
        {
            var token = JsValue.Get(apiConfiguration, "openRouterApiKey");
            if (!JsValue.Truthy(token))
            {
                return new MorphConfiguration(false, Error: "No OpenRouter API token available to use Morph");
            }
            var baseUrl = JsValue.Get(apiConfiguration, "openRouterBaseUrl");
            return new MorphConfiguration(
                true,
                ApiKey: TemplateString(token),
                BaseUrl: JsValue.Truthy(baseUrl) ? TemplateString(baseUrl) : "https://openrouter.ai/api/v1",
                Model: "morph/morph-v3-large"); // Morph model via OpenRouter
        }

        return new MorphConfiguration(false, Error: "Morph configuration error. Please check your settings.");
    }

    /// <summary>A setting used as a string (`${value}` in the SDK); undefined stays null (the SDK's fallback).</summary>
    private static string? TemplateString(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        double d => JsJson.NumberToString(d),
        JsObject => "[object Object]",
        List<object?> a => string.Join(",", a.Select(e => JsValue.IsNullish(e) ? "" : TemplateString(e))),
        _ => null, // undefined
    };

    /// <summary>isMorphAvailable(state).</summary>
    public static bool IsMorphAvailable(ProviderState? state) => state is not null && GetMorphConfiguration(state).Available;
}
