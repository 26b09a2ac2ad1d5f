// Port of the part of src/core/context-tracking/FileContextTracker.ts (Kilo Code 4.88.0) that the tools call.
//
// Codex records each file a tool read or edited in the task's metadata (task_metadata.json in the extension's global
// storage) and watches it for edits made outside Kilo Code. Neither is visible to the tool layer within one response
// (no tool result, message or workspace file depends on it), so here tracking records nothing.
namespace Lapce.Tools.ContextTracking;

public sealed class FileContextTracker(string taskId)
{
    public string TaskId { get; } = taskId;

    /// <summary>
    /// <c>trackFileContext(filePath, operation)</c>; <paramref name="operation"/> is a RecordSource: "read_tool",
    /// "user_edited", "roo_edited", "file_mentioned".
    /// </summary>
    public Task TrackFileContextAsync(string filePath, string operation) => Task.CompletedTask;
}
