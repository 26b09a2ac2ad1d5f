// The slice of src/services/mcp/McpHub.ts (Kilo Code 4.88.0) that fetch_instructions reaches: getServers,
// getMcpServersPath, getMcpSettingsFilePath. Connections (clients, transports, file watchers) are not modelled: the
// hub holds the servers the case names (settings.mcpHub, docs/transcript.md), as the TypeScript host's fake does.
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;

namespace Lapce.Tools.Services.Mcp;

/// <summary>The McpServer fields the ported code reads.</summary>
public sealed record McpServer(string Name, bool Disabled = false);

public sealed class McpHub(ProviderRef providerRef, IReadOnlyList<McpServer> servers)
{
    /// <summary><c>getServers()</c>: only the enabled servers.</summary>
    public IReadOnlyList<McpServer> GetServers() => servers.Where(s => !s.Disabled).ToList();

    public async Task<string> GetMcpServersPathAsync()
    {
        var provider = providerRef.Deref();
        if (provider is null)
        {
            throw new Exception("Provider not available");
        }
        var mcpServersPath = await provider.EnsureMcpServersDirectoryExistsAsync();
        return mcpServersPath;
    }

    public async Task<string> GetMcpSettingsFilePathAsync()
    {
        var provider = providerRef.Deref();
        if (provider is null)
        {
            throw new Exception("Provider not available");
        }
        var mcpSettingsFilePath = Lapce.Tools.Utils.NodePath.Join(
            await provider.EnsureSettingsDirectoryExistsAsync(),
            GlobalFileNames.McpSettings);
        var fileExists = await Lapce.Tools.Utils.Fs.FileExistsAtPathAsync(mcpSettingsFilePath);
        if (!fileExists)
        {
            await File.WriteAllTextAsync(mcpSettingsFilePath, "{\n  \"mcpServers\": {\n\n  }\n}");
        }
        return mcpSettingsFilePath;
    }
}
