// Port of src/core/prompts/instructions/instructions.ts (Kilo Code 4.88.0).
using Lapce.Tools.Services.Mcp;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;

namespace Lapce.Tools.Prompts.Instructions;

public sealed record InstructionsDetail(McpHub? McpHub = null, IDiffStrategy? DiffStrategy = null, ExtensionContext? Context = null);

public static class Instructions
{
    public static async Task<string> FetchInstructionsAsync(string text, InstructionsDetail detail)
    {
        switch (text)
        {
            case "create_mcp_server":
            {
                return await CreateMcpServer.CreateMCPServerInstructionsAsync(detail.McpHub, detail.DiffStrategy);
            }
            case "create_mode":
            {
                return await CreateMode.CreateModeInstructionsAsync(detail.Context);
            }
            default:
            {
                return "";
            }
        }
    }
}
