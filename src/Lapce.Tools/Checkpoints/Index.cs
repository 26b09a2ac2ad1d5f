// Port of the part of src/core/checkpoints/index.ts (Kilo Code 4.88.0) that attempt_completion reaches:
// getCheckpointService. The shadow-git checkpoint service itself (RepoPerTaskCheckpointService) is not ported.
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;

namespace Lapce.Tools.Checkpoints;

/// <summary>CheckpointDiff of src/services/checkpoints/types.ts.</summary>
public sealed record CheckpointDiff(string RelativePath, string AbsolutePath, string Before, string After);

/// <summary>The part of RepoPerTaskCheckpointService that the ported code calls.</summary>
public interface ICheckpointService
{
    /// <summary><c>getDiff({ from, to })</c></summary>
    Task<IReadOnlyList<CheckpointDiff>> GetDiffAsync(CommitRange range);
}

public static class CheckpointsIndex
{
    /// <summary>
    /// <c>getCheckpointService(cline)</c>: undefined when checkpoints are off, the task's service when it has one.
    /// Creating a service is not ported: that path ends as Codex's does when creating one fails (the catch block):
    /// checkpoints are disabled and undefined is returned.
    /// </summary>
    public static Task<ICheckpointService?> GetCheckpointServiceAsync(ClineTask cline)
    {
        if (!cline.EnableCheckpoints)
        {
            return Task.FromResult<ICheckpointService?>(null);
        }
        if (cline.CheckpointService is not null)
        {
            return Task.FromResult<ICheckpointService?>(cline.CheckpointService);
        }

        // console.log("[Task#getCheckpointService] initializing checkpoints service") … RepoPerTaskCheckpointService.create
        cline.EnableCheckpoints = false;
        return Task.FromResult<ICheckpointService?>(null);
    }
}
