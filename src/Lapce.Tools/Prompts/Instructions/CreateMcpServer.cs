// Port of src/core/prompts/instructions/create-mcp-server.ts (Kilo Code 4.88.0). The text is Codex's own, read from the
// Codex tree at run time (CodexSources); this file computes what its substitutions stand for.
using Lapce.Tools.Services.Mcp;
using Lapce.Tools.Shared;

namespace Lapce.Tools.Prompts.Instructions;

public static class CreateMcpServer
{
    private const string File = "src/core/prompts/instructions/create-mcp-server.ts";

    // The server list of the "Editing MCP Servers" section, an inline function in Codex's template.
    private const string ServerList =
        "(() => { if (!mcpHub) return \"(None running currently)\" const servers = mcpHub .getServers() .map((server) => server.name) .join(\", \") return servers || \"(None running currently)\" })()";

    public static async Task<string> CreateMCPServerInstructionsAsync(McpHub? mcpHub, IDiffStrategy? diffStrategy)
    {
        if (diffStrategy is null || mcpHub is null) throw new Exception("Missing MCP Hub or Diff Strategy");

        var template = CodexSources.ReturnedTemplate(File, "createMCPServerInstructions");
        return await template.EvaluateAsync(async expression => expression switch
        {
            "await mcpHub.getMcpServersPath()" => await mcpHub.GetMcpServersPathAsync(),
            "await mcpHub.getMcpSettingsFilePath()" => await mcpHub.GetMcpSettingsFilePathAsync(),
            ServerList => string.Join(", ", mcpHub.GetServers().Select(s => s.Name)) is { Length: > 0 } servers ? servers : "(None running currently)",
            "diffStrategy ? \" or apply_diff\" : \"\"" => " or apply_diff", // diffStrategy is set (checked above)
            _ => throw template.Unknown(expression),
        });
    }
}
