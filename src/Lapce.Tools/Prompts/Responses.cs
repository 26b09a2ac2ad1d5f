// Port of src/core/prompts/responses.ts (Kilo Code 4.88.0): formatResponse, formatImagesIntoBlocks and the
// toolUseInstructionsReminder. Every text here reaches the model, so each is ported character for character
// (LF newlines, as in the original file). A JS template interpolating an `undefined` argument prints
// "undefined", which the `?? "undefined"` below reproduce.
using System.Globalization;
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Prompts;

/// <summary>What formatFilesList needs of RooIgnoreController (src/core/ignore/RooIgnoreController.ts).</summary>
public interface IRooIgnoreAccess
{
    /// <summary><c>validateAccess(filePath)</c>: false when .kilocodeignore blocks the path.</summary>
    bool ValidateAccess(string filePath);
}

/// <summary>What formatFilesList needs of RooProtectedController (src/core/protect/RooProtectedController.ts).</summary>
public interface IRooProtectedAccess
{
    /// <summary><c>isWriteProtected(filePath)</c>.</summary>
    bool IsWriteProtected(string filePath);
}

public static class FormatResponse
{
    /// <summary><c>LOCK_TEXT_SYMBOL</c> of RooIgnoreController.ts: "\u{1F512}".</summary>
    public const string LockTextSymbol = "\U0001F512";

    /// <summary>The shield that marks write-protected files in formatFilesList ("🛡️ ", U+1F6E1 U+FE0F).</summary>
    private const string ShieldSymbol = "\U0001F6E1\uFE0F";

    public static string DuplicateFileReadNotice() =>
        "[[NOTE] This file read has been removed to save space in the context window. Refer to the latest file read for the most up to date version of this file.]";

    public static string ContextTruncationNotice() =>
        "[NOTE] Some previous conversation history with the user has been removed to maintain optimal context window length. The initial user task and the most recent exchanges have been retained for continuity, while intermediate conversation history has been removed. Please keep this in mind as you continue assisting the user.";

    public static string Condense() =>
        "The user has accepted the condensed conversation summary you generated. This summary covers important details of the historical conversation with the user which has been truncated.\n<explicit_instructions type=\"condense_response\">It's crucial that you respond by ONLY asking the user what you should work on next. You should NOT take any initiative or make any assumptions about continuing with work. For example you should NOT suggest file changes or attempt to read any files.\nWhen asking the user what you should work on next, you can reference information in the summary which was just generated. However, you should NOT reference information outside of what's contained in the summary for this response. Keep this response CONCISE.</explicit_instructions>";

    public static string ToolDenied() => "The user denied this operation.";

    public static string ToolDeniedWithFeedback(string? feedback) =>
        $"The user denied this operation and provided the following feedback:\n<feedback>\n{feedback ?? "undefined"}\n</feedback>";

    public static string ToolApprovedWithFeedback(string? feedback) =>
        $"The user approved this operation and provided the following context:\n<feedback>\n{feedback ?? "undefined"}\n</feedback>";

    public static string ToolError(string? error) =>
        $"The tool execution failed with the following error:\n<error>\n{error ?? "undefined"}\n</error>";

    public static string RooIgnoreError(string path) =>
        $"Access to {path} is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file.";

    public static string NoToolsUsed() =>
        "[ERROR] You did not use a tool in your previous response! Please retry with a tool use.\n" +
        "\n" +
        ToolUseInstructionsReminder + "\n" +
        "\n" +
        "# Next Steps\n" +
        "\n" +
        "If you have completed the user's task, use the attempt_completion tool.\n" +
        "If you require additional information from the user, use the ask_followup_question tool.\n" +
        "Otherwise, if you have not completed the task and do not need additional information, then proceed with the next step of the task.\n" +
        "(This is an automated message, so do not respond to it conversationally.)";

    public static string TooManyMistakes(string? feedback) =>
        $"You seem to be having trouble proceeding. The user has provided the following feedback to help guide you:\n<feedback>\n{feedback ?? "undefined"}\n</feedback>";

    public static string MissingToolParameterError(string paramName) =>
        $"Missing value for required parameter '{paramName}'. Please retry with complete response.\n\n{ToolUseInstructionsReminder}";

    public static string LineCountTruncationError(long actualLineCount, bool isNewFile, bool diffStrategyEnabled = false)
    {
        var truncationMessage = $"Note: Your response may have been truncated because it exceeded your output limit. You wrote {actualLineCount.ToString(CultureInfo.InvariantCulture)} lines of content, but the line_count parameter was either missing or not included in your response.";

        var newFileGuidance =
            "This appears to be a new file.\n" +
            $"{truncationMessage}\n\n" +
            "RECOMMENDED APPROACH:\n" +
            "1. Try again with the line_count parameter in your response if you forgot to include it\n" +
            "2. Or break your content into smaller chunks - first use write_to_file with the initial chunk\n" +
            "3. Then use insert_content to append additional chunks\n";

        var existingFileApproaches = new List<string>
        {
            "1. Try again with the line_count parameter in your response if you forgot to include it",
        };
        if (diffStrategyEnabled)
        {
            existingFileApproaches.Add("2. Or try using apply_diff instead of write_to_file for targeted changes");
        }
        existingFileApproaches.Add($"{(diffStrategyEnabled ? "3" : "2")}. Or use search_and_replace for specific text replacements");
        existingFileApproaches.Add($"{(diffStrategyEnabled ? "4" : "3")}. Or use insert_content to add specific content at particular lines");

        var existingFileGuidance =
            "This appears to be content for an existing file.\n" +
            $"{truncationMessage}\n\n" +
            "RECOMMENDED APPROACH:\n" +
            $"{string.Join("\n", existingFileApproaches)}\n";

        return $"{(isNewFile ? newFileGuidance : existingFileGuidance)}\n{ToolUseInstructionsReminder}";
    }

    public static string InvalidMcpToolArgumentError(string serverName, string toolName) =>
        $"Invalid JSON argument used with {serverName} for {toolName}. Please retry with a properly formatted JSON argument.";

    /// <summary><c>toolResult</c>: the text alone, or a text block followed by the image blocks when there are images.</summary>
    public static ToolResponse ToolResult(string text, IReadOnlyList<string>? images = null)
    {
        if (images is { Count: > 0 })
        {
            var textBlock = new TextBlock(text);
            var imageBlocks = FormatImagesIntoBlocks(images);
            // Placing images after text leads to better results
            return ToolResponse.FromBlocks([textBlock, .. imageBlocks]);
        }
        return ToolResponse.FromText(text);
    }

    public static IReadOnlyList<ContentBlock> ImageBlocks(IReadOnlyList<string>? images) => FormatImagesIntoBlocks(images);

    /// <summary>
    /// <c>formatFilesList</c>. Paths are handled with Node's POSIX path semantics (see NodePath); the sort is the
    /// original comparator, with <c>localeCompare(…, { numeric: true, sensitivity: "base" })</c> as ICU collation
    /// ignoring case and accents with numeric ordering, applied with a stable sort as Array.prototype.sort is.
    /// </summary>
    public static string FormatFilesList(
        string absolutePath,
        IReadOnlyList<string> files,
        bool didHitLimit,
        IRooIgnoreAccess? rooIgnoreController,
        bool showRooIgnoredFiles,
        IRooProtectedAccess? rooProtectedController = null)
    {
        var sorted = files
            .Select(file =>
            {
                // convert absolute path to relative path
                var relativePath = ToPosix(NodePath.Relative(absolutePath, file));
                return file.EndsWith('/') ? relativePath + "/" : relativePath;
            })
            .OrderBy(s => s, Comparer<string>.Create(CompareFileListEntries))
            .ToList();

        var rooIgnoreParsed = sorted;

        if (rooIgnoreController is not null)
        {
            rooIgnoreParsed = [];
            foreach (var filePath in sorted)
            {
                // path is relative to absolute path, not cwd
                var absoluteFilePath = NodePath.Resolve(absolutePath, filePath);
                var isIgnored = !rooIgnoreController.ValidateAccess(absoluteFilePath);

                if (isIgnored)
                {
                    // If file is ignored and we're not showing ignored files, skip it
                    if (!showRooIgnoredFiles) continue;
                    // Otherwise, mark it with a lock symbol
                    rooIgnoreParsed.Add(LockTextSymbol + " " + filePath);
                }
                else
                {
                    // Check if file is write-protected (only for non-ignored files)
                    var isWriteProtected = rooProtectedController?.IsWriteProtected(absoluteFilePath) ?? false;
                    rooIgnoreParsed.Add(isWriteProtected ? ShieldSymbol + " " + filePath : filePath);
                }
            }
        }
        if (didHitLimit)
        {
            return $"{string.Join("\n", rooIgnoreParsed)}\n\n(File list truncated. Use list_files on specific subdirectories if you need to explore further.)";
        }
        if (rooIgnoreParsed.Count == 0 || (rooIgnoreParsed.Count == 1 && rooIgnoreParsed[0] == ""))
        {
            return "No files found.";
        }
        return string.Join("\n", rooIgnoreParsed);
    }

    private static readonly CompareInfo RootCollation = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions BaseNumeric = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.NumericOrdering;

    // The comparator of formatFilesList's sort.
    private static int CompareFileListEntries(string a, string b)
    {
        var aParts = a.Split('/'); // only works if we use toPosix first
        var bParts = b.Split('/');
        for (var i = 0; i < Math.Min(aParts.Length, bParts.Length); i++)
        {
            if (aParts[i] != bParts[i])
            {
                // If one is a directory and the other isn't at this level, sort the directory first
                if (i + 1 == aParts.Length && i + 1 < bParts.Length) return -1;
                if (i + 1 == bParts.Length && i + 1 < aParts.Length) return 1;
                // Otherwise, sort alphabetically
                return Math.Sign(RootCollation.Compare(aParts[i], bParts[i], BaseNumeric));
            }
        }
        // If all parts are the same up to the length of the shorter path, the shorter one comes first
        return aParts.Length - bParts.Length;
    }

    /// <summary>
    /// <c>createPrettyPatch(filename = "file", oldStr?, newStr?)</c>: jsdiff's createPatch without its first four
    /// header lines. A null filename is the JS default "file"; null strings are "" (<c>oldStr || ""</c>).
    /// </summary>
    public static string CreatePrettyPatch(string? filename = null, string? oldStr = null, string? newStr = null)
    {
        // strings cannot be undefined or diff throws exception
        var patch = JsDiff.CreatePatch(ToPosix(filename ?? "file"), oldStr ?? "", newStr ?? "");
        // patch.split("\n").slice(4).join("\n"): what follows the fourth "\n" (a name with line breaks has more
        // header lines; a patch always has at least four "\n").
        var start = 0;
        for (var i = 0; i < 4; i++)
        {
            var nl = patch.IndexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        return patch[start..];
    }

    // formatImagesIntoBlocks: "data:image/png;base64,base64string" → media type and data.
    private static IReadOnlyList<ContentBlock> FormatImagesIntoBlocks(IReadOnlyList<string>? images)
    {
        if (images is null) return [];
        return images.Select(dataUrl =>
        {
            // const [rest, base64] = dataUrl.split(",")
            var commaParts = dataUrl.Split(',');
            var rest = commaParts[0];
            var base64 = commaParts.Length > 1 ? commaParts[1] : null;
            // const mimeType = rest.split(":")[1].split(";")[0]
            var colonParts = rest.Split(':');
            if (colonParts.Length < 2)
            {
                throw new JsTypeError("Cannot read properties of undefined (reading 'split')");
            }
            var mimeType = colonParts[1].Split(';')[0];
            // A data URL without a comma leaves `data: undefined` in the original; null stands for it here.
            return (ContentBlock)new ImageBlock(mimeType, base64!);
        }).ToList();
    }

    // String.prototype.toPosix of src/utils/path.ts: backslashes to slashes, except for \\?\ extended paths.
    private static string ToPosix(string p) => p.StartsWith(@"\\?\", StringComparison.Ordinal) ? p : p.Replace('\\', '/');

    private const string ToolUseInstructionsReminder =
        "# Reminder: Instructions for Tool Use\n" +
        "\n" +
        "Tool uses are formatted using XML-style tags. The tool name itself becomes the XML tag name. Each parameter is enclosed within its own set of tags. Here's the structure:\n" +
        "\n" +
        "<actual_tool_name>\n" +
        "<parameter1_name>value1</parameter1_name>\n" +
        "<parameter2_name>value2</parameter2_name>\n" +
        "...\n" +
        "</actual_tool_name>\n" +
        "\n" +
        "For example, to use the attempt_completion tool:\n" +
        "\n" +
        "<attempt_completion>\n" +
        "<result>\n" +
        "I have completed the task...\n" +
        "</result>\n" +
        "</attempt_completion>\n" +
        "\n" +
        "Always use the actual tool name as the XML tag name for proper parsing and execution.";
}
