// Port of src/services/tree-sitter/index.ts (Kilo Code 4.88.0).
using System.Text;
using System.Text.RegularExpressions;
using Lapce.Tools.Ignore;
using Lapce.Tools.Services;
using Lapce.Tools.Services.TreeSitter.Native;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Services.TreeSitter;

/// <summary>
/// Source code definitions of a file or of the top level of a folder: tree-sitter captures of Codex's queries (or
/// markdown headers), sorted by row and printed as "START--END | first line" for definitions of at least
/// MIN_COMPONENT_LINES lines.
/// </summary>
public static class TreeSitter
{
    // Private constant
    private const int DefaultMinComponentLinesValue = 4;

    private static int _currentMinComponentLines = DefaultMinComponentLinesValue;

    /// <summary>Get the current minimum number of lines for a component to be included</summary>
    public static int GetMinComponentLines() => _currentMinComponentLines;

    /// <summary>Set the minimum number of lines for a component (for testing)</summary>
    public static void SetMinComponentLines(int value) => _currentMinComponentLines = value;

    public static readonly IReadOnlyList<string> Extensions = new[]
    {
        "tla", "js", "jsx", "ts", "vue", "tsx", "py",
        // Rust
        "rs", "go",
        // C
        "c", "h",
        // C++
        "cpp", "hpp",
        // C#
        "cs",
        // Ruby
        "rb", "java", "php", "swift",
        // Solidity
        "sol",
        // Kotlin
        "kt", "kts",
        // Elixir
        "ex", "exs",
        // Elisp
        "el",
        // HTML
        "html", "htm",
        // Markdown
        "md", "markdown",
        // JSON
        "json",
        // CSS
        "css",
        // SystemRDL
        "rdl",
        // OCaml
        "ml", "mli",
        // Lua
        "lua",
        // Scala
        "scala",
        // TOML
        "toml",
        // Zig
        "zig",
        // Elm
        "elm",
        // Embedded Template
        "ejs", "erb",
        // Visual Basic .NET
        "vb",
    }.Select(e => $".{e}").ToArray();

    public static async Task<string?> ParseSourceCodeDefinitionsForFileAsync(string filePath, RooIgnoreController? rooIgnoreController = null)
    {
        // check if the file exists
        var fileExists = await Fs.FileExistsAtPathAsync(NodePath.Resolve(filePath));
        if (!fileExists)
        {
            return "This file does not exist or you do not have permission to access it.";
        }

        // Get file extension to determine parser
        var ext = NodePath.Extname(filePath).ToLowerInvariant();
        // Check if the file extension is supported
        if (!Extensions.Contains(ext))
        {
            return null;
        }

        // Special case for markdown files
        if (ext is ".md" or ".markdown")
        {
            // Check if we have permission to access this file
            if (rooIgnoreController is not null && !rooIgnoreController.ValidateAccess(filePath))
            {
                return null;
            }

            var fileContent = await NodeFs.ReadFileUtf8Async(filePath);
            var lines = fileContent.Split('\n');
            var markdownCaptures = MarkdownParser.ParseMarkdown(fileContent);
            var markdownDefinitions = ProcessCaptures(markdownCaptures, lines, "markdown");

            if (markdownDefinitions is not null)
            {
                return $"# {NodePath.Basename(filePath)}\n{markdownDefinitions}";
            }
            return null;
        }

        // For other file types, load parser and use tree-sitter
        var languageParsers = await LanguageParser.LoadRequiredLanguageParsersAsync([filePath]);

        // Parse the file if we have a parser for it
        var definitions = await ParseFileAsync(filePath, languageParsers, rooIgnoreController);
        if (definitions is not null && definitions.Length > 0)
        {
            return $"# {NodePath.Basename(filePath)}\n{definitions}";
        }

        return null;
    }

    // TODO: implement caching behavior to avoid having to keep analyzing project for new tasks.
    public static async Task<string> ParseSourceCodeForDefinitionsTopLevelAsync(string dirPath, RooIgnoreController? rooIgnoreController = null)
    {
        // check if the path exists
        var dirExists = await Fs.FileExistsAtPathAsync(NodePath.Resolve(dirPath));
        if (!dirExists)
        {
            return "This directory does not exist or you do not have permission to access it.";
        }

        // Get all files at top level (not gitignored)
        var (allFiles, _) = await ListFiles.ListFilesAsync(dirPath, false, 200);

        var result = new StringBuilder();

        // Separate files to parse and remaining files
        var filesToParse = SeparateFiles(allFiles);

        // Filter filepaths for access if controller is provided
        var allowedFilesToParse = rooIgnoreController is not null ? rooIgnoreController.FilterPaths(filesToParse) : filesToParse;

        // Separate markdown files from other files
        var markdownFiles = new List<string>();
        var otherFiles = new List<string>();

        foreach (var file in allowedFilesToParse)
        {
            var ext = NodePath.Extname(file).ToLowerInvariant();
            if (ext is ".md" or ".markdown") markdownFiles.Add(file);
            else otherFiles.Add(file);
        }

        // Load language parsers only for non-markdown files
        var languageParsers = await LanguageParser.LoadRequiredLanguageParsersAsync(otherFiles);

        // Process markdown files
        foreach (var file in markdownFiles)
        {
            // Check if we have permission to access this file
            if (rooIgnoreController is not null && !rooIgnoreController.ValidateAccess(file))
            {
                continue;
            }

            try
            {
                var fileContent = await NodeFs.ReadFileUtf8Async(file);
                var lines = fileContent.Split('\n');
                var markdownCaptures = MarkdownParser.ParseMarkdown(fileContent);
                var markdownDefinitions = ProcessCaptures(markdownCaptures, lines, "markdown");

                if (markdownDefinitions is not null)
                {
                    result.Append($"# {NodePath.Relative(dirPath, file).ToPosix()}\n{markdownDefinitions}\n");
                }
            }
            catch (Exception error)
            {
                Console.WriteLine($"Error parsing markdown file: {JsError.ToJsString(error)}\n");
            }
        }

        // Process other files using tree-sitter
        foreach (var file in otherFiles)
        {
            var definitions = await ParseFileAsync(file, languageParsers, rooIgnoreController);
            if (definitions is not null && definitions.Length > 0)
            {
                result.Append($"# {NodePath.Relative(dirPath, file).ToPosix()}\n{definitions}\n");
            }
        }

        return result.Length > 0 ? result.ToString() : "No source code definitions found.";
    }

    // separateFiles: the first 50 files whose extension (as written: not lowercased here) is supported.
    private static List<string> SeparateFiles(List<string> allFiles) =>
        allFiles.Where(file => Extensions.Contains(NodePath.Extname(file))).Take(50).ToList(); // 50 files max

    // Common HTML elements pattern
    private static readonly Regex HtmlElements = JsRegExp.Create(@"^[^A-Z]*<\/?(?:div|span|button|input|h[1-6]|p|a|img|ul|li|form)\b");

    /// <summary>processCaptures: definitions of at least MIN_COMPONENT_LINES lines, once per line range.</summary>
    private static string? ProcessCaptures(List<QueryCapture> captures, string[] lines, string language)
    {
        // Determine if HTML filtering is needed for this language
        var needsHtmlFiltering = language is "jsx" or "tsx";

        // Filter function to exclude HTML elements if needed
        bool IsNotHtmlElement(string line)
        {
            if (!needsHtmlFiltering) return true;
            var trimmedLine = JsString.Trim(line);
            return !HtmlElements.IsMatch(trimmedLine);
        }

        // No definitions found
        if (captures.Count == 0)
        {
            return null;
        }

        var formattedOutput = new StringBuilder();

        // Sort captures by their start position (stable, as Array.prototype.sort)
        var sorted = captures.OrderBy(c => c.Node.StartRow).ToList();

        // Track already processed lines to avoid duplicates
        var processedLines = new HashSet<string>();
        var minComponentLines = GetMinComponentLines();

        foreach (var capture in sorted)
        {
            var node = capture.Node;
            var name = capture.Name;

            // Skip captures that don't represent definitions
            if (!name.Contains("definition", StringComparison.Ordinal) && !name.Contains("name", StringComparison.Ordinal))
            {
                continue;
            }

            // Get the parent node that contains the full definition
            var definitionNode = name.Contains("name", StringComparison.Ordinal) ? node.ParentNode : node;
            if (definitionNode is null) continue;

            // Get the start and end lines of the full definition
            var startLine = definitionNode.StartRow;
            var endLine = definitionNode.EndRow;
            var lineCount = endLine - startLine + 1;

            // Skip components that don't span enough lines
            if (lineCount < minComponentLines)
            {
                continue;
            }

            // Create unique key for this definition based on line range
            var lineKey = $"{startLine}-{endLine}";

            // Skip already processed lines
            if (processedLines.Contains(lineKey))
            {
                continue;
            }

            // Check if this is a valid component definition (not an HTML element)
            var startLineContent = JsString.Trim(lines[startLine]);

            // Special handling for component name definitions
            if (name.Contains("name.definition", StringComparison.Ordinal))
            {
                // Extract component name
                var componentName = node.Text;

                // Add component name to output regardless of HTML filtering
                if (!processedLines.Contains(lineKey) && componentName.Length > 0)
                {
                    formattedOutput.Append($"{startLine + 1}--{endLine + 1} | {lines[startLine]}\n");
                    processedLines.Add(lineKey);
                }
            }
            // For other component definitions
            else if (IsNotHtmlElement(startLineContent))
            {
                formattedOutput.Append($"{startLine + 1}--{endLine + 1} | {lines[startLine]}\n");
                processedLines.Add(lineKey);

                // If this is part of a larger definition, include its non-HTML context
                if (node.ParentNode is { } parent && parent.LastChildNode is { } lastChild)
                {
                    var contextEnd = lastChild.EndRow;
                    var contextSpan = contextEnd - parent.StartRow + 1;

                    // Only include context if it spans multiple lines
                    if (contextSpan >= minComponentLines)
                    {
                        // Add the full range first
                        var rangeKey = $"{parent.StartRow}-{contextEnd}";
                        if (!processedLines.Contains(rangeKey))
                        {
                            formattedOutput.Append($"{parent.StartRow + 1}--{contextEnd + 1} | {lines[parent.StartRow]}\n");
                            processedLines.Add(rangeKey);
                        }
                    }
                }
            }
        }

        return formattedOutput.Length > 0 ? formattedOutput.ToString() : null;
    }

    /// <summary>parseFile: the definitions of one file, "Unsupported file type: …" without a parser, null on none.</summary>
    private static async Task<string?> ParseFileAsync(string filePath, Dictionary<string, LanguageParserEntry> languageParsers, RooIgnoreController? rooIgnoreController)
    {
        // Check if we have permission to access this file
        if (rooIgnoreController is not null && !rooIgnoreController.ValidateAccess(filePath))
        {
            return null;
        }

        // Read file content
        var fileContent = await NodeFs.ReadFileUtf8Async(filePath);
        var extLang = JsString.Slice(NodePath.Extname(filePath).ToLowerInvariant(), 1);

        // Check if we have a parser for this file type
        if (!languageParsers.TryGetValue(extLang, out var entry))
        {
            return $"Unsupported file type: {filePath}";
        }

        try
        {
            // Parse the file content into an Abstract Syntax Tree (AST)
            var tree = entry.Parser.Parse(fileContent);

            // Apply the query to the AST and get the captures
            var captures = tree is not null ? entry.Query.Captures(tree.RootNode) : [];

            // Split the file content into individual lines
            var lines = fileContent.Split('\n');

            // Process the captures
            return ProcessCaptures(captures, lines, extLang);
        }
        catch (Exception error)
        {
            Console.WriteLine($"Error parsing file: {JsError.ToJsString(error)}\n");
            // Return null on parsing error to avoid showing error messages in the output
            return null;
        }
    }
}
