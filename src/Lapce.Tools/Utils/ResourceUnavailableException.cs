// Not a Codex file. A resource the port reads at run time is missing (e.g. the Codex tree that holds the long
// instruction texts of fetch_instructions). It is no error of the tool layer: the tools let it pass (they do not turn it
// into a tool error), and a host reports the case as not run, with this reason.
namespace Lapce.Tools.Utils;

public sealed class ResourceUnavailableException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
