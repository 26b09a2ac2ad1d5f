// Port of src/integrations/editor/detect-omission.ts (Kilo Code 4.88.0).
using System.Text.RegularExpressions;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Integrations.Editor;

public static class DetectOmission
{
    private static readonly string[] OmissionKeywords =
        ["remain", "remains", "unchanged", "rest", "previous", "existing", "content", "same", "..."];

    private const string S = JsString.WhiteSpaceClass;

    private static readonly Regex[] CommentPatterns =
    [
        new($"^{S}*//", RegexOptions.CultureInvariant), // Single-line comment for most languages
        new($"^{S}*#", RegexOptions.CultureInvariant), // Single-line comment for Python, Ruby, etc.
        new($@"^{S}*/\*", RegexOptions.CultureInvariant), // Multi-line comment opening
        new($@"^{S}*\{{{S}*/\*", RegexOptions.CultureInvariant), // JSX comment opening
        new($"^{S}*<!--", RegexOptions.CultureInvariant), // HTML comment opening
        new($@"^{S}*\[", RegexOptions.CultureInvariant), // Square bracket notation
    ];

    private static readonly Regex WhiteSpaceRun = new($"{S}+", RegexOptions.CultureInvariant);

    /// <summary>
    /// <c>detectCodeOmission(originalFileContent, newFileContent, predictedLineCount)</c>: whether the new content looks
    /// like an AI answer that left code out ("// rest of code unchanged"): a new comment line with an omission keyword in
    /// content at least 20% shorter than predicted. Never for a predicted count under 100 (or NaN, or 0).
    /// </summary>
    public static bool DetectCodeOmission(string originalFileContent, string newFileContent, double predictedLineCount)
    {
        // Skip all checks if predictedLineCount is less than 100
        if (predictedLineCount == 0 || double.IsNaN(predictedLineCount) || predictedLineCount < 100)
        {
            return false;
        }

        var actualLineCount = newFileContent.Split('\n').Length;
        var lengthRatio = actualLineCount / predictedLineCount;

        var originalLines = originalFileContent.Split('\n');
        var newLines = newFileContent.Split('\n');

        // Consider comments as suspicious if they weren't in the original file and contain omission keywords
        foreach (var line in newLines)
        {
            if (CommentPatterns.Any(pattern => pattern.IsMatch(line)))
            {
                var words = WhiteSpaceRun.Split(line.ToLowerInvariant());
                if (OmissionKeywords.Any(keyword => words.Contains(keyword)))
                {
                    if (!originalLines.Contains(line))
                    {
                        // For files with 100+ lines, only flag if content is more than 20% shorter
                        if (lengthRatio <= 0.8)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }
}
