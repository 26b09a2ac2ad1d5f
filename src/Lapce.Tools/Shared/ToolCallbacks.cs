// The callback types of src/shared/tools.ts (AskApproval, HandleError, PushToolResult, RemoveClosingTag,
// ToolDescription, AskFinishSubTaskApproval) that presentAssistantMessage hands to every tool, and
// ToolProgressStatus of packages/types/src/message.ts.
namespace Lapce.Tools.Shared;

/// <summary><c>{ icon?: string; text?: string }</c></summary>
public sealed record ToolProgressStatus(string? Icon = null, string? Text = null);

/// <summary>Asks the user to approve; false (and a pushed result) when denied.</summary>
public delegate Task<bool> AskApproval(string type, string? partialMessage = null, ToolProgressStatus? progressStatus = null, bool? isProtected = null);

/// <summary>Reports an error of <paramref name="action"/> to the user and as the tool result.</summary>
public delegate Task HandleError(string action, Exception error);

/// <summary>Adds a tool result to the user message (once per message).</summary>
public delegate void PushToolResult(ToolResponse content);

/// <summary>For a partial block, strips a partially streamed closing tag from the end of a value.</summary>
public delegate string RemoveClosingTag(string tag, string? text = null);

public delegate string ToolDescription();

public delegate Task<bool> AskFinishSubTaskApproval();
