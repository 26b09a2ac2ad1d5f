// Port of getCommitRangeForNewCompletion of src/core/checkpoints/kilocode/seeNewChanges.ts (Kilo Code 4.88.0), the part
// attempt_completion uses ("See new changes" metadata of a completion_result). seeNewChanges (the command that opens
// the diff) is not ported.
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;

namespace Lapce.Tools.Checkpoints.Kilocode;

public static class SeeNewChanges
{
    private static int FindLast<T>(IReadOnlyList<T> array, Func<T, bool> predicate)
    {
        int index = array.Count - 1;
        for (; index >= 0; index--)
        {
            if (predicate(array[index]))
            {
                break;
            }
        }
        return index;
    }

    private static bool IsSay(ClineMessage msg, string say) => msg.Type == "say" && msg.Say == say;

    public static async Task<CommitRange?> GetCommitRangeForNewCompletionAsync(ClineTask task)
    {
        try
        {
            var service = await CheckpointsIndex.GetCheckpointServiceAsync(task);
            if (service is null)
            {
                // console.log("getCommitRangeForNewCompletion: no checkpoint service")
                return null;
            }

            IReadOnlyList<ClineMessage> messages =
                task.ClineMessages.Count > 0 && task.ClineMessages[^1].Say == "completion_result"
                    ? task.ClineMessages.Take(task.ClineMessages.Count - 1).ToList()
                    : task.ClineMessages.ToList();

            int firstCompletionIndex = -1;
            for (int i = 0; i < messages.Count; i++)
            {
                if (IsSay(messages[i], "completion_result")) { firstCompletionIndex = i; break; }
            }
            var firstCommit = messages
                .Take(firstCompletionIndex >= 0 ? firstCompletionIndex : messages.Count)
                .FirstOrDefault(msg => IsSay(msg, "checkpoint_saved"))?.Text;

            int previousCompletionIndex = FindLast(messages, msg => IsSay(msg, "completion_result"));

            int lastCheckpointIndex = FindLast(messages, msg => IsSay(msg, "checkpoint_saved"));

            if (lastCheckpointIndex >= 0 && previousCompletionIndex >= 0 && lastCheckpointIndex < previousCompletionIndex)
            {
                // console.log(`getCommitRangeForNewCompletion: last checkpoint … is older than previous completion …`)
                return null;
            }

            int previousCheckpointIndex =
                previousCompletionIndex >= 0
                    ? FindLast(messages.Take(previousCompletionIndex).ToList(), msg => IsSay(msg, "checkpoint_saved"))
                    : -1;

            var toCommit = lastCheckpointIndex >= 0 ? messages[lastCheckpointIndex].Text : null;
            var fromCommit = previousCheckpointIndex >= 0 ? messages[previousCheckpointIndex].Text : firstCommit;

            if (string.IsNullOrEmpty(toCommit) || string.IsNullOrEmpty(fromCommit) || fromCommit == toCommit)
            {
                // console.log(`getCommitRangeForNewCompletion: invalid commit range '${fromCommit}' to '${toCommit}'.`)
                return null;
            }

            var result = new CommitRange(fromCommit, toCommit);
            if ((await service.GetDiffAsync(result)).Count == 0)
            {
                // console.log(`getCommitRangeForNewCompletion: no changes in commit range …`)
                return null;
            }

            return result;
        }
        catch (Exception)
        {
            // console.error("getCommitRangeForNewCompletion: exception", err)
            // TelemetryService.instance.captureException(err, { context: "getCommitRangeForNewCompletion" })
            return null;
        }
    }
}
