// Port of the parts of src/utils/storage.ts (Kilo Code 4.88.0) the tools reach: getStorageBasePath and
// getSettingsDirectoryPath. The custom path is the "kilo-code.customStoragePath" setting, passed in by the caller.
namespace Lapce.Tools.Utils;

public static class Storage
{
    /// <summary>
    /// <c>getStorageBasePath(defaultPath)</c>: the custom storage path when one is set and usable (created, readable,
    /// writable), else <paramref name="defaultPath"/>.
    /// </summary>
    public static Task<string> GetStorageBasePathAsync(string defaultPath, string customStoragePath)
    {
        // If no custom path is set, use default path
        if (string.IsNullOrEmpty(customStoragePath)) return Task.FromResult(defaultPath);
        try
        {
            // Ensure custom path exists
            Directory.CreateDirectory(customStoragePath);
            // Check directory write permission without creating temp files
            if (!OperatingSystem.IsWindows() &&
                (File.GetUnixFileMode(customStoragePath) & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute))
                != (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute))
                throw new UnauthorizedAccessException(customStoragePath);
            return Task.FromResult(customStoragePath);
        }
        catch (Exception)
        {
            // If path is unusable, report error and fall back to default path (Codex also shows an error message)
            return Task.FromResult(defaultPath);
        }
    }

    /// <summary><c>getSettingsDirectoryPath(globalStoragePath)</c>: &lt;base&gt;/settings, created.</summary>
    public static async Task<string> GetSettingsDirectoryPathAsync(string globalStoragePath, string customStoragePath)
    {
        var basePath = await GetStorageBasePathAsync(globalStoragePath, customStoragePath);
        var settingsDir = NodePath.Join(basePath, "settings");
        Directory.CreateDirectory(settingsDir);
        return settingsDir;
    }
}
