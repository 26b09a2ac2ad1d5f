// TEMPORARY placeholder on the read_file branch: the port of src/services/tree-sitter/index.ts (native tree-sitter) is
// written on another branch, and the merge replaces this file. Only the signature readFileTool calls is here.
using Lapce.Tools.Ignore;

namespace Lapce.Tools.Services.TreeSitter;

public static class TreeSitter
{
    /// <summary><c>parseSourceCodeDefinitionsForFile(filePath, rooIgnoreController)</c>.</summary>
    public static Task<string?> ParseSourceCodeDefinitionsForFileAsync(string filePath, RooIgnoreController? rooIgnoreController = null) =>
        throw new NotImplementedException("tree-sitter is ported on another branch");
}
