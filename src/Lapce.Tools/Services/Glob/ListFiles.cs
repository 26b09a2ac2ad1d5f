// Port of src/services/glob/list-files.ts (Kilo Code 4.88.0): listFiles(dirPath, recursive, limit), the listing behind
// list_files. Files come from ripgrep (`rg --files --hidden --follow` with Codex's globs, ripgrep found as
// Services/Ripgrep/Ripgrep.cs describes), directories from a scan of the folder (symbolic links not followed) filtered
// by DIRS_TO_IGNORE and the .gitignore files found from the folder up to the root; both are combined, directories
// first, sorted with localeCompare and cut at the limit. The root and the home folder are never listed.
//
// Node's readdir gives a folder's entries sorted by their UTF-8 bytes (libuv's scandir sorts with strcmp), and a
// Dirent's type is the entry's own (a link is a link): both as here. ripgrep's stdout is read as Node reads it, line
// by line, keeping the first `limit` lines that are not blank; Node decodes each chunk of the pipe on its own (a
// character split between two 64 KB chunks becomes U+FFFD twice), which this port does not reproduce.
using System.Globalization;
using System.IO.Enumeration;
using System.Text;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Services;

public static class ListFiles
{
    /// <summary>Context object for directory scanning operations.</summary>
    private sealed record ScanContext(
        // Whether this is the explicitly targeted directory
        bool IsTargetDir,
        // Whether we're inside an explicitly targeted hidden directory
        bool InsideExplicitHiddenTarget,
        // The base path for the scan operation
        string BasePath,
        // The ignore instance for gitignore handling
        NodeIgnore IgnoreInstance);

    private static IReadOnlyList<string> DirsToIgnore => GlobConstants.DirsToIgnore;

    /// <summary>
    /// <c>listFiles(dirPath, recursive, limit)</c>: the file paths (absolute; directories end with "/") and whether the
    /// limit was reached.
    /// </summary>
    public static async Task<(List<string> Files, bool DidHitLimit)> ListFilesAsync(string dirPath, bool recursive, int limit)
    {
        // Early return for limit of 0 - no need to scan anything
        if (limit == 0)
        {
            return ([], false);
        }

        // Handle special directories
        var specialResult = HandleSpecialDirectories(dirPath);

        if (specialResult is { } special)
        {
            return special;
        }

        // Get ripgrep path
        var rgPath = await GetRipgrepPathAsync();

        if (!recursive)
        {
            // For non-recursive, use the existing approach
            var topFiles = await ListFilesWithRipgrepAsync(rgPath, dirPath, false, limit);
            var topIgnoreInstance = await CreateIgnoreInstanceAsync(dirPath);
            var topDirectories = ListFilteredDirectories(dirPath, false, topIgnoreInstance);
            return FormatAndCombineResults(topFiles, topDirectories, limit);
        }

        // For recursive mode, use the original approach but ensure first-level directories are included
        var files = await ListFilesWithRipgrepAsync(rgPath, dirPath, true, limit);
        var ignoreInstance = await CreateIgnoreInstanceAsync(dirPath);
        var directories = ListFilteredDirectories(dirPath, true, ignoreInstance);

        // Combine and check if we hit the limit
        var (results, limitReached) = FormatAndCombineResults(files, directories, limit);

        // If we hit the limit, ensure all first-level directories are included
        if (limitReached)
        {
            var firstLevelDirs = GetFirstLevelDirectories(dirPath, ignoreInstance);
            return EnsureFirstLevelDirectoriesIncluded(results, firstLevelDirs, limit);
        }

        return (results, limitReached);
    }

    /// <summary>Get only the first-level directories in a path.</summary>
    private static List<string> GetFirstLevelDirectories(string dirPath, NodeIgnore ignoreInstance)
    {
        var absolutePath = NodePath.Resolve(dirPath);
        var directories = new List<string>();

        try
        {
            foreach (var entry in ReadDirWithFileTypes(absolutePath))
            {
                if (entry.IsDirectory && !entry.IsSymbolicLink)
                {
                    var fullDirPath = NodePath.Join(absolutePath, entry.Name);
                    var context = new ScanContext(false, false, dirPath, ignoreInstance);
                    if (ShouldIncludeDirectory(entry.Name, fullDirPath, context))
                    {
                        var formattedPath = fullDirPath.EndsWith('/') ? fullDirPath : $"{fullDirPath}/";
                        directories.Add(formattedPath);
                    }
                }
            }
        }
        catch (Exception)
        {
            // console.warn(`Could not read directory ${absolutePath}: ${err}`)
        }

        return directories;
    }

    /// <summary>Ensure all first-level directories are included in the results.</summary>
    private static (List<string>, bool) EnsureFirstLevelDirectoriesIncluded(List<string> results, List<string> firstLevelDirs, int limit)
    {
        // Create a set of existing paths for quick lookup
        var existingPaths = new HashSet<string>(results, StringComparer.Ordinal);

        // Find missing first-level directories
        var missingDirs = firstLevelDirs.Where(dir => !existingPaths.Contains(dir)).ToList();

        if (missingDirs.Count == 0)
        {
            // All first-level directories are already included
            return (results, true);
        }

        // We need to make room for the missing directories
        // Remove items from the end (which are likely deeper in the tree)
        var itemsToRemove = Math.Min(missingDirs.Count, results.Count);
        var adjustedResults = results.Take(results.Count - itemsToRemove).ToList();

        // Add the missing directories at the beginning (after any existing first-level dirs)
        // First, separate existing results into first-level and others
        var resultPaths = adjustedResults.Select(r => NodePath.Resolve(r)).ToList();
        var baseParts = NodePath.Resolve(firstLevelDirs[0]).Split('/');
        var basePath = string.Join('/', baseParts.Take(baseParts.Length - 1));

        var firstLevelResults = new List<string>();
        var otherResults = new List<string>();

        for (var i = 0; i < adjustedResults.Count; i++)
        {
            var resolvedPath = resultPaths[i];
            var relativePath = NodePath.Relative(basePath, resolvedPath);
            var depth = relativePath.Split('/').Length;

            if (depth == 1)
            {
                firstLevelResults.Add(adjustedResults[i]);
            }
            else
            {
                otherResults.Add(adjustedResults[i]);
            }
        }

        // Combine: existing first-level dirs + missing first-level dirs + other results
        var finalResults = firstLevelResults.Concat(missingDirs).Concat(otherResults).Take(limit).ToList();

        return (finalResults, true);
    }

    /// <summary>Handle special directories (root, home) that should not be fully listed.</summary>
    private static (List<string>, bool)? HandleSpecialDirectories(string dirPath)
    {
        var absolutePath = NodePath.Resolve(dirPath);

        // Do not allow listing files in root directory
        const string root = "/"; // process.platform === "win32" ? path.parse(absolutePath).root : "/"
        var isRoot = Paths.ArePathsEqual(absolutePath, root);
        if (isRoot)
        {
            return ([root], false);
        }

        // Do not allow listing files in home directory
        var homeDir = Paths.HomeDir();
        var isHomeDir = Paths.ArePathsEqual(absolutePath, homeDir);
        if (isHomeDir)
        {
            return ([homeDir], false);
        }

        return null;
    }

    /// <summary>Get the path to the ripgrep binary.</summary>
    private static async Task<string> GetRipgrepPathAsync()
    {
        // getBinPath(vscode.env.appRoot), as this host stands in for VS Code (Services/Ripgrep/Ripgrep.cs)
        var rgPath = await Ripgrep.GetHostBinPathAsync();

        if (rgPath is null)
        {
            throw new JsError("Error", "Could not find ripgrep binary");
        }

        return rgPath;
    }

    /// <summary>List files using ripgrep with appropriate arguments.</summary>
    private static async Task<List<string>> ListFilesWithRipgrepAsync(string rgPath, string dirPath, bool recursive, int limit)
    {
        var rgArgs = BuildRipgrepArgs(dirPath, recursive);

        var relativePaths = await ExecRipgrepAsync(rgPath, rgArgs, limit);

        // Convert relative paths from ripgrep to absolute paths
        // Resolve dirPath once here for the mapping operation
        var absolutePath = NodePath.Resolve(dirPath);
        return relativePaths.Select(relativePath => NodePath.Resolve(absolutePath, relativePath)).ToList();
    }

    /// <summary>Build appropriate ripgrep arguments based on whether we're doing a recursive search (public for the tests).</summary>
    public static List<string> BuildRipgrepArgs(string dirPath, bool recursive)
    {
        // Base arguments to list files
        List<string> args = ["--files", "--hidden", "--follow"];

        if (recursive)
        {
            return [.. args, .. BuildRecursiveArgs(dirPath), dirPath];
        }
        else
        {
            return [.. args, .. BuildNonRecursiveArgs(), dirPath];
        }
    }

    /// <summary>Build ripgrep arguments for recursive directory traversal.</summary>
    private static List<string> BuildRecursiveArgs(string dirPath)
    {
        var args = new List<string>();

        // In recursive mode, respect .gitignore by default
        // (ripgrep does this automatically)

        // Check if we're explicitly targeting a hidden directory
        // Normalize the path first to handle edge cases
        var normalizedPath = NodePath.Normalize(dirPath);
        // Split by separator and filter out empty parts
        // This handles cases like trailing slashes, multiple separators, etc.
        var pathParts = normalizedPath.Split('/').Where(part => part.Length > 0);
        var isTargetingHiddenDir = pathParts.Any(part => part.StartsWith('.'));

        // Get the target directory name to check if it's in the ignore list
        var targetDirName = NodePath.Basename(dirPath);
        var isTargetInIgnoreList = DirsToIgnore.Contains(targetDirName);

        // If targeting a hidden directory or a directory in the ignore list,
        // use special handling to ensure all files are shown
        if (isTargetingHiddenDir || isTargetInIgnoreList)
        {
            args.Add("--no-ignore-vcs");
            args.Add("--no-ignore");

            // When targeting an ignored directory, we need to be careful with glob patterns
            // Add a pattern to explicitly include files at the root level
            args.AddRange(["-g", "*"]);
            args.AddRange(["-g", "**/*"]);
        }

        // Apply directory exclusions for recursive searches
        foreach (var dir in DirsToIgnore)
        {
            // Special handling for hidden directories pattern
            if (dir == ".*")
            {
                // If we're explicitly targeting a hidden directory, don't exclude hidden files/dirs
                // This allows the target hidden directory and all its contents to be listed
                if (!isTargetingHiddenDir)
                {
                    // Not targeting hidden dir: exclude all hidden directories
                    args.AddRange(["-g", "!**/.*/**"]);
                }
                // If targeting hidden dir: don't add any exclusion for hidden directories
                continue;
            }

            // When explicitly targeting a directory that's in the ignore list (e.g., "temp"),
            // we need special handling:
            // - Don't add any exclusion pattern for the target directory itself
            // - Only exclude nested subdirectories with the same name
            // This ensures all files in the target directory are listed, while still
            // preventing recursion into nested directories with the same ignored name
            if (dir == targetDirName && isTargetInIgnoreList)
            {
                // Skip adding any exclusion pattern - we want to see everything in the target directory
                continue;
            }

            // For all other cases, exclude the directory pattern globally
            args.AddRange(["-g", $"!**/{dir}/**"]);
        }

        return args;
    }

    /// <summary>Build ripgrep arguments for non-recursive directory listing.</summary>
    private static List<string> BuildNonRecursiveArgs()
    {
        var args = new List<string>();

        // For non-recursive, limit to the current directory level
        args.AddRange(["-g", "*"]);
        args.AddRange(["--maxdepth", "1"]); // ripgrep uses maxdepth, not max-depth

        // Respect .gitignore in non-recursive mode too
        // (ripgrep respects .gitignore by default)

        // Apply directory exclusions for non-recursive searches
        foreach (var dir in DirsToIgnore)
        {
            if (dir == ".*")
            {
                // For hidden directories in non-recursive mode, we want to show the directories
                // themselves but not their contents. Since we're using --maxdepth 1, this
                // naturally happens - we just need to avoid excluding the directories entirely.
                // We'll let the directory scanning logic handle the visibility.
                continue;
            }
            else
            {
                // Direct children only
                args.AddRange(["-g", $"!{dir}"]);
                args.AddRange(["-g", $"!{dir}/**"]);
            }
        }

        return args;
    }

    /// <summary>
    /// Create an ignore instance that handles .gitignore files properly
    /// This replaces the custom gitignore parsing with the proper ignore library
    /// </summary>
    private static async Task<NodeIgnore> CreateIgnoreInstanceAsync(string dirPath)
    {
        var ignoreInstance = new NodeIgnore();
        var absolutePath = NodePath.Resolve(dirPath);

        // Find all .gitignore files from the target directory up to the root
        var gitignoreFiles = FindGitignoreFiles(absolutePath);

        // Add patterns from all .gitignore files
        foreach (var gitignoreFile in gitignoreFiles)
        {
            try
            {
                var content = await NodeFs.ReadFileUtf8Async(gitignoreFile);
                ignoreInstance.Add(content);
            }
            catch (Exception)
            {
                // Continue if we can't read a .gitignore file
                // console.warn(`Could not read .gitignore at ${gitignoreFile}: ${err}`)
            }
        }

        // Always ignore .gitignore files themselves
        ignoreInstance.Add(".gitignore");

        return ignoreInstance;
    }

    /// <summary>Find all .gitignore files from the given directory up to the workspace root.</summary>
    private static List<string> FindGitignoreFiles(string startPath)
    {
        var gitignoreFiles = new List<string>();
        var currentPath = startPath;

        // Walk up the directory tree looking for .gitignore files
        while (currentPath.Length > 0 && currentPath != NodePath.Dirname(currentPath))
        {
            var gitignorePath = NodePath.Join(currentPath, ".gitignore");

            // fs.promises.access: exists (links followed)
            if (NodeFs.Exists(gitignorePath))
            {
                gitignoreFiles.Add(gitignorePath);
            }

            // Move up one directory
            var parentPath = NodePath.Dirname(currentPath);
            if (parentPath == currentPath)
            {
                break; // Reached root
            }
            currentPath = parentPath;
        }

        // Return in reverse order (root .gitignore first, then more specific ones)
        gitignoreFiles.Reverse();
        return gitignoreFiles;
    }

    /// <summary>List directories with appropriate filtering.</summary>
    private static List<string> ListFilteredDirectories(string dirPath, bool recursive, NodeIgnore ignoreInstance)
    {
        var absolutePath = NodePath.Resolve(dirPath);
        var directories = new List<string>();

        // For environment details generation, we don't want to treat the root as a "target"
        // if we're doing a general recursive scan, as this would include hidden directories
        // Only treat as target if we're explicitly scanning a single hidden directory
        var isExplicitHiddenTarget = NodePath.Basename(absolutePath).StartsWith('.');

        // Create initial context for the scan
        var initialContext = new ScanContext(isExplicitHiddenTarget, isExplicitHiddenTarget, dirPath, ignoreInstance);

        void ScanDirectory(string currentPath, ScanContext context)
        {
            try
            {
                // List all entries in the current directory
                var entries = ReadDirWithFileTypes(currentPath);

                // Filter for directories only, excluding symbolic links to prevent circular traversal
                foreach (var entry in entries)
                {
                    if (entry.IsDirectory && !entry.IsSymbolicLink)
                    {
                        var dirName = entry.Name;
                        var fullDirPath = NodePath.Join(currentPath, dirName);

                        // Create context for subdirectory checks
                        // Subdirectories found during scanning are never target directories themselves
                        var subdirContext = context with { IsTargetDir = false };

                        // Check if this directory should be included
                        if (ShouldIncludeDirectory(dirName, fullDirPath, subdirContext))
                        {
                            // Add the directory to our results (with trailing slash)
                            // fullDirPath is already absolute since it's built with path.join from absolutePath
                            var formattedPath = fullDirPath.EndsWith('/') ? fullDirPath : $"{fullDirPath}/";
                            directories.Add(formattedPath);
                        }

                        // If recursive mode and not a ignored directory, scan subdirectories
                        // Don't recurse into hidden directories unless they are the explicit target
                        // or we're already inside an explicitly targeted hidden directory
                        var isHiddenDir = dirName.StartsWith('.');

                        // Use the same logic as shouldIncludeDirectory for recursion decisions
                        // When inside an explicitly targeted hidden directory, only block critical directories
                        bool shouldRecurseIntoDir;
                        if (context.InsideExplicitHiddenTarget)
                        {
                            // Only apply the most critical ignore patterns when inside explicit hidden target
                            shouldRecurseIntoDir = !CriticalIgnorePatterns.Contains(dirName);
                        }
                        else
                        {
                            shouldRecurseIntoDir = !IsDirectoryExplicitlyIgnored(dirName);
                        }

                        var shouldRecurse =
                            recursive &&
                            shouldRecurseIntoDir &&
                            !(
                                isHiddenDir &&
                                DirsToIgnore.Contains(".*") &&
                                !context.IsTargetDir &&
                                !context.InsideExplicitHiddenTarget
                            );
                        if (shouldRecurse)
                        {
                            // If we're entering a hidden directory that's the target, or we're already inside one,
                            // mark that we're inside an explicitly targeted hidden directory
                            var newInsideExplicitHiddenTarget =
                                context.InsideExplicitHiddenTarget || (isHiddenDir && context.IsTargetDir);
                            var newContext = context with
                            {
                                IsTargetDir = false,
                                InsideExplicitHiddenTarget = newInsideExplicitHiddenTarget,
                            };
                            ScanDirectory(fullDirPath, newContext);
                        }
                    }
                }
            }
            catch (Exception)
            {
                // Continue if we can't read a directory
                // console.warn(`Could not read directory ${currentPath}: ${err}`)
            }
        }

        // Start scanning from the root directory
        ScanDirectory(absolutePath, initialContext);

        return directories;
    }

    /// <summary>Critical directories that should always be ignored, even inside explicitly targeted hidden directories.</summary>
    private static readonly HashSet<string> CriticalIgnorePatterns = new(StringComparer.Ordinal)
    {
        "node_modules", ".git", "__pycache__", "venv", "env",
    };

    /// <summary>Check if a directory matches any of the given patterns.</summary>
    private static bool MatchesIgnorePattern(string dirName, IEnumerable<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern == dirName || (pattern.Contains('/') && pattern.Split('/')[0] == dirName))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Check if a directory is ignored by gitignore.</summary>
    private static bool IsIgnoredByGitignore(string fullDirPath, string basePath, NodeIgnore ignoreInstance)
    {
        var relativePath = NodePath.Relative(basePath, fullDirPath);
        var normalizedPath = relativePath.Replace('\\', '/');
        return ignoreInstance.Ignores(normalizedPath) || ignoreInstance.Ignores(normalizedPath + "/");
    }

    /// <summary>Check if a target directory should be included.</summary>
    private static bool ShouldIncludeTargetDirectory(string dirName)
    {
        // Only apply non-hidden-directory ignore rules to target directories
        var nonHiddenIgnorePatterns = DirsToIgnore.Where(pattern => pattern != ".*");
        return !MatchesIgnorePattern(dirName, nonHiddenIgnorePatterns);
    }

    /// <summary>Check if a directory inside an explicitly targeted hidden directory should be included.</summary>
    private static bool ShouldIncludeInsideHiddenTarget(string dirName, string fullDirPath, ScanContext context)
    {
        // Only apply the most critical ignore patterns when inside explicit hidden target
        if (CriticalIgnorePatterns.Contains(dirName))
        {
            return false;
        }

        // Check against gitignore patterns
        return !IsIgnoredByGitignore(fullDirPath, context.BasePath, context.IgnoreInstance);
    }

    /// <summary>Check if a regular directory should be included.</summary>
    private static bool ShouldIncludeRegularDirectory(string dirName, string fullDirPath, ScanContext context)
    {
        // Check against explicit ignore patterns (excluding the ".*" pattern)
        var nonHiddenIgnorePatterns = DirsToIgnore.Where(pattern => pattern != ".*");
        if (MatchesIgnorePattern(dirName, nonHiddenIgnorePatterns))
        {
            return false;
        }

        // Check against gitignore patterns
        return !IsIgnoredByGitignore(fullDirPath, context.BasePath, context.IgnoreInstance);
    }

    /// <summary>Determine if a directory should be included in results based on filters.</summary>
    private static bool ShouldIncludeDirectory(string dirName, string fullDirPath, ScanContext context)
    {
        // If this is the explicitly targeted directory, allow it even if it's hidden
        // This preserves the ability to explicitly target hidden directories like .roo-memory
        if (context.IsTargetDir)
        {
            return ShouldIncludeTargetDirectory(dirName);
        }

        // If we're inside an explicitly targeted hidden directory, allow subdirectories
        // even if they would normally be filtered out by the ".*" pattern or other ignore rules
        if (context.InsideExplicitHiddenTarget)
        {
            return ShouldIncludeInsideHiddenTarget(dirName, fullDirPath, context);
        }

        // Regular directory inclusion logic
        return ShouldIncludeRegularDirectory(dirName, fullDirPath, context);
    }

    /// <summary>Check if a directory is in our explicit ignore list.</summary>
    private static bool IsDirectoryExplicitlyIgnored(string dirName)
    {
        foreach (var pattern in DirsToIgnore)
        {
            // Exact name matching
            if (pattern == dirName)
            {
                return true;
            }

            // Skip the ".*" pattern - it's handled specially to allow top-level visibility
            if (pattern == ".*")
            {
                continue;
            }

            // Path patterns that contain /
            if (pattern.Contains('/'))
            {
                var pathParts = pattern.Split('/');
                if (pathParts[0] == dirName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly CompareInfo RootCollation = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>Combine file and directory results and format them properly.</summary>
    private static (List<string>, bool) FormatAndCombineResults(List<string> files, List<string> directories, int limit)
    {
        // Combine file paths with directory paths
        var allPaths = directories.Concat(files);

        // Deduplicate paths (a directory might appear in both lists)
        var uniquePaths = allPaths.Distinct(StringComparer.Ordinal).ToList();

        // Sort to ensure directories come first, followed by files
        // (Array.prototype.sort is stable, as OrderBy is; a.localeCompare(b) is ICU's default collation)
        uniquePaths = uniquePaths.OrderBy(p => p, Comparer<string>.Create((a, b) =>
        {
            var aIsDir = a.EndsWith('/');
            var bIsDir = b.EndsWith('/');

            if (aIsDir && !bIsDir) return -1;
            if (!aIsDir && bIsDir) return 1;
            return Math.Sign(RootCollation.Compare(a, b, CompareOptions.None));
        })).ToList();

        var trimmedPaths = uniquePaths.Take(limit).ToList();
        return (trimmedPaths, trimmedPaths.Count >= limit);
    }

    /// <summary>Execute ripgrep command and return list of files.</summary>
    private static async Task<List<string>> ExecRipgrepAsync(string rgPath, List<string> args, int limit)
    {
        NodeChildProcess rgProcess;
        try
        {
            rgProcess = NodeChildProcess.Spawn(rgPath, args);
        }
        catch (JsError error)
        {
            throw new JsError("Error", $"ripgrep process error: {error.Message}");
        }

        using (rgProcess)
        {
            var output = new StringBuilder();
            var results = new List<string>();

            // Helper function to process output buffer
            void ProcessRipgrepOutput(bool isFinal = false)
            {
                var lines = output.ToString().Split('\n').ToList();

                // Keep the last incomplete line unless this is the final processing
                output.Clear();
                if (!isFinal)
                {
                    output.Append(lines[^1]);
                    lines.RemoveAt(lines.Count - 1);
                }

                // Process each complete line
                foreach (var line in lines)
                {
                    if (JsString.Trim(line).Length > 0 && results.Count < limit)
                    {
                        // Keep the relative path as returned by ripgrep
                        results.Add(line);
                    }
                    else if (results.Count >= limit)
                    {
                        break;
                    }
                }
            }

            // Set timeout to avoid hanging
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(10_000));
            var decoder = NodeFs.Utf8.GetDecoder();
            var bytes = new byte[64 * 1024];
            var chars = new char[NodeFs.Utf8.GetMaxCharCount(bytes.Length)];
            var stream = rgProcess.Stdout;
            try
            {
                // Process stdout data as it comes in
                int n;
                while ((n = await stream.ReadAsync(bytes, timeout.Token)) > 0)
                {
                    var count = decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
                    output.Append(chars, 0, count);
                    ProcessRipgrepOutput();

                    // Kill the process if we've reached the limit
                    if (results.Count >= limit)
                    {
                        rgProcess.Kill();
                        break;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // console.warn("ripgrep timed out, returning partial results")
                rgProcess.Kill();
                return results.Take(limit).ToList();
            }

            // Handle process completion: process any remaining output
            var tail = decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            output.Append(chars, 0, tail);
            ProcessRipgrepOutput(true);

            // Non-zero exit codes are only logged (console.warn), never an error
            return results.Take(limit).ToList();
        }
    }

    /// <summary>One entry of <c>fs.promises.readdir(path, { withFileTypes: true })</c>.</summary>
    private sealed record DirEntry(string Name, bool IsDirectory, bool IsSymbolicLink);

    // fs.promises.readdir(path, { withFileTypes: true }): the entries sorted by the bytes of their UTF-8 names (libuv's
    // scandir), each with its own type (a symbolic link is a link, whatever it points at). Throws when the path is no
    // readable folder.
    // The types come from the directory entry itself, as readdir's do: in a folder that may be listed but not entered
    // nothing can be stat'ed, and Node still tells folders from files.
    private static List<DirEntry> ReadDirWithFileTypes(string path)
    {
        var entries = new FileSystemEnumerable<DirEntry>(path, static (ref FileSystemEntry e) =>
            {
                var isLink = (e.Attributes & FileAttributes.ReparsePoint) != 0;
                return new DirEntry(e.FileName.ToString(), !isLink && e.IsDirectory, isLink);
            },
            new EnumerationOptions
            {
                AttributesToSkip = 0,
                IgnoreInaccessible = false,
                RecurseSubdirectories = false,
                MatchType = MatchType.Simple,
                ReturnSpecialDirectories = false,
            }).ToList();
        entries.Sort((a, b) => CompareUtf8(a.Name, b.Name));
        return entries;
    }

    private static int CompareUtf8(string a, string b)
    {
        var x = Encoding.UTF8.GetBytes(a);
        var y = Encoding.UTF8.GetBytes(b);
        return ((ReadOnlySpan<byte>)x).SequenceCompareTo(y);
    }
}
