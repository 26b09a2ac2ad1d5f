// Port of src/core/protect/RooProtectedController.ts (Kilo Code 4.88.0): the Kilo Code configuration files that are
// write-protected (edits always need approval), matched with the npm `ignore` package's rules (NodeIgnore here).
using Lapce.Tools.Prompts;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Protect;

public sealed class RooProtectedController : IRooProtectedAccess
{
    /// <summary><c>SHIELD_SYMBOL</c>: "\u{1F6E1}".</summary>
    public const string ShieldSymbol = "\U0001F6E1";

    private readonly string _cwd;
    private readonly NodeIgnore _ignoreInstance;

    // Predefined list of protected Roo configuration patterns
    private static readonly string[] ProtectedPatterns =
    [
        ".kilocodeignore",
        ".kilocodemodes",
        ".kilocoderules",
        ".kilocode/**",
        ".kilocodeprotected",
        ".rooignore",
        ".roomodes",
        ".roorules*",
        ".clinerules*",
        ".roo/**",
        ".vscode/**",
        ".rooprotected", // For future use
        "AGENTS.md",
        "AGENT.md", // Alternative singular form for compatibility
    ];

    public RooProtectedController(string cwd)
    {
        _cwd = cwd;
        // Initialize ignore instance with protected patterns
        _ignoreInstance = new NodeIgnore();
        _ignoreInstance.Add(ProtectedPatterns);
    }

    /// <summary><c>isWriteProtected(filePath)</c>: whether the file (relative to cwd) matches a protected pattern.</summary>
    public bool IsWriteProtected(string filePath)
    {
        try
        {
            // Normalize path to be relative to cwd and use forward slashes
            var absolutePath = NodePath.Resolve(_cwd, filePath);
            var relativePath = NodePath.Relative(_cwd, absolutePath).ToPosix();

            // Use ignore library to check if file matches any protected pattern
            return _ignoreInstance.Ignores(relativePath);
        }
        catch (Exception)
        {
            // The ignore rules throw for paths outside cwd: those are not protected.
            // (console.error(`Error checking protection for ${filePath}:`, error))
            return false;
        }
    }

    /// <summary><c>getProtectedFiles(paths)</c>: the write-protected ones among the paths.</summary>
    public HashSet<string> GetProtectedFiles(IEnumerable<string> paths)
    {
        var protectedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var filePath in paths)
        {
            if (IsWriteProtected(filePath))
            {
                protectedFiles.Add(filePath);
            }
        }
        return protectedFiles;
    }

    /// <summary><c>annotatePathsWithProtection(paths)</c>.</summary>
    public List<(string Path, bool IsProtected)> AnnotatePathsWithProtection(IEnumerable<string> paths) =>
        paths.Select(filePath => (filePath, IsWriteProtected(filePath))).ToList();

    /// <summary><c>getProtectionMessage()</c>.</summary>
    public string GetProtectionMessage() =>
        "This is a Kilo Code configuration file and requires approval for modifications";

    /// <summary><c>getInstructions()</c>: the protected-files section of the system prompt.</summary>
    public string GetInstructions()
    {
        var patterns = string.Join(", ", ProtectedPatterns);
        return $"# Protected Files\n\n(The following Kilo Code configuration file patterns are write-protected and always require approval for modifications, regardless of autoapproval settings. When using list_files, you'll notice a {ShieldSymbol} next to files that are write-protected.)\n\nProtected patterns: {patterns}";
    }

    /// <summary><c>RooProtectedController.getProtectedPatterns()</c>.</summary>
    public static IReadOnlyList<string> GetProtectedPatterns() => ProtectedPatterns;
}
