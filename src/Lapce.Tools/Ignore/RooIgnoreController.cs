// Port of src/core/ignore/RooIgnoreController.ts (Kilo Code 4.88.0): the .kilocodeignore rules (.gitignore syntax via
// the npm `ignore` package, NodeIgnore here) that keep files away from the model.
using System.Text.RegularExpressions;
using Lapce.Tools.Prompts;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Ignore;

public sealed class RooIgnoreController : IRooIgnoreAccess, IDisposable
{
    /// <summary><c>LOCK_TEXT_SYMBOL</c>: "\u{1F512}".</summary>
    public const string LockTextSymbol = "\U0001F512";

    private readonly string _cwd;
    private NodeIgnore _ignoreInstance;

    /// <summary>The content of .kilocodeignore, or null when there is none.</summary>
    public string? RooIgnoreContent { get; private set; }

    public RooIgnoreController(string cwd)
    {
        _cwd = cwd;
        _ignoreInstance = new NodeIgnore();
        RooIgnoreContent = null;
        // Codex also watches .kilocodeignore (create/change/delete reload it); a task here is one response long, and
        // nothing in it changes the file between loading and use, so there is no watcher.
    }

    /// <summary>
    /// <c>initialize()</c>: loads the patterns. Must be called after construction and before the controller is used.
    /// </summary>
    public async Task InitializeAsync() => await LoadRooIgnoreAsync();

    /// <summary>Load custom patterns from .kilocodeignore if it exists.</summary>
    private async Task LoadRooIgnoreAsync()
    {
        try
        {
            // Reset ignore instance to prevent duplicate patterns
            _ignoreInstance = new NodeIgnore();
            var ignorePath = NodePath.Join(_cwd, ".kilocodeignore");
            if (await Fs.FileExistsAtPathAsync(ignorePath))
            {
                var content = await NodeFs.ReadFileUtf8Async(ignorePath);
                RooIgnoreContent = content;
                _ignoreInstance.Add(content);
                _ignoreInstance.Add(".kilocodeignore");
            }
            else
            {
                RooIgnoreContent = null;
            }
        }
        catch (Exception)
        {
            // Should never happen: reading file failed even though it exists
            // (console.error("Unexpected error loading .kilocodeignore:", error))
        }
    }

    /// <summary>
    /// <c>validateAccess(filePath)</c>: whether the file (relative to cwd) is accessible; false when ignored. Paths
    /// outside cwd (which the ignore rules cannot express) are always accessible.
    /// </summary>
    public bool ValidateAccess(string filePath)
    {
        // Always allow access if .kilocodeignore does not exist
        if (string.IsNullOrEmpty(RooIgnoreContent))
        {
            return true;
        }
        try
        {
            // Normalize path to be relative to cwd and use forward slashes
            var absolutePath = NodePath.Resolve(_cwd, filePath);
            var relativePath = NodePath.Relative(_cwd, absolutePath).ToPosix();

            // Ignore expects paths to be path.relative()'d
            return !_ignoreInstance.Ignores(relativePath);
        }
        catch (Exception)
        {
            // The ignore rules throw for paths outside cwd: access to those is allowed.
            return true;
        }
    }

    private static readonly string[] FileReadingCommands =
    [
        // Unix commands
        "cat", "less", "more", "head", "tail", "grep", "awk", "sed",
        // PowerShell commands and aliases
        "get-content", "gc", "type", "select-string", "sls",
    ];

    private static readonly Regex WhiteSpaceRun = new(JsString.WhiteSpaceClass + "+", RegexOptions.CultureInvariant);

    /// <summary>
    /// <c>validateCommand(command)</c>: the first argument of a file-reading command that names an ignored file, or
    /// null when the command is allowed.
    /// </summary>
    public string? ValidateCommand(string command)
    {
        // Always allow if no .kilocodeignore exists
        if (string.IsNullOrEmpty(RooIgnoreContent))
        {
            return null;
        }

        // Split command into parts and get the base command
        var parts = WhiteSpaceRun.Split(JsString.Trim(command));
        var baseCommand = parts[0].ToLowerInvariant();

        if (FileReadingCommands.Contains(baseCommand))
        {
            // Check each argument that could be a file path
            for (var i = 1; i < parts.Length; i++)
            {
                var arg = parts[i];
                // Skip command flags/options (both Unix and PowerShell style)
                if (arg.StartsWith('-') || arg.StartsWith('/'))
                {
                    continue;
                }
                // Ignore PowerShell parameter names
                if (arg.Contains(':'))
                {
                    continue;
                }
                // Validate file access
                if (!ValidateAccess(arg))
                {
                    return arg;
                }
            }
        }

        return null;
    }

    /// <summary><c>filterPaths(paths)</c>: the paths (relative to cwd) that are not ignored.</summary>
    public List<string> FilterPaths(IEnumerable<string> paths)
    {
        try
        {
            return paths
                .Select(p => (Path: p, Allowed: ValidateAccess(p)))
                .Where(x => x.Allowed)
                .Select(x => x.Path)
                .ToList();
        }
        catch (Exception)
        {
            return []; // Fail closed for security
        }
    }

    /// <summary><c>dispose()</c>: there are no watchers to release here.</summary>
    public void Dispose()
    {
    }

    /// <summary><c>getInstructions()</c>: the .kilocodeignore section of the system prompt, or null without the file.</summary>
    public string? GetInstructions()
    {
        if (string.IsNullOrEmpty(RooIgnoreContent))
        {
            return null;
        }

        return $"# .kilocodeignore\n\n(The following is provided by a root-level .kilocodeignore file where the user has specified files and directories that should not be  accessed. When using list_files, you'll notice a {LockTextSymbol} next to files that are blocked. Attempting to access the file's contents e.g. through read_file will result in an error.)\n\n{RooIgnoreContent}\n.kilocodeignore";
    }
}
