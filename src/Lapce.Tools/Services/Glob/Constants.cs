// Port of src/services/glob/constants.ts (Kilo Code 4.88.0).
namespace Lapce.Tools.Services;

public static class GlobConstants
{
    /// <summary>
    /// <c>DIRS_TO_IGNORE</c>: directories that are typically large and are left out of recursive listings (shared
    /// with the codebase indexing scanner in Codex). <c>".*"</c> stands for every hidden directory.
    /// </summary>
    public static readonly IReadOnlyList<string> DirsToIgnore =
    [
        "node_modules",
        "__pycache__",
        "env",
        "venv",
        "target/dependency",
        "build/dependencies",
        "dist",
        "out",
        "bundle",
        "vendor",
        "tmp",
        "temp",
        "deps",
        "pkg",
        "Pods",
        ".git",
        ".*",
    ];
}
