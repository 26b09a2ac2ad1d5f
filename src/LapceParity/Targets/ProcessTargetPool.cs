using System.Threading.Channels;
using LapceParity.Model;

namespace LapceParity.Targets;

/// <summary>Several processes of one target, so --jobs N runs N cases at once; each process still answers one case at a time.</summary>
public sealed class ProcessTargetPool : ITarget
{
    private readonly IReadOnlyList<ProcessTarget> _workers;
    private readonly Channel<ProcessTarget> _free = Channel.CreateUnbounded<ProcessTarget>();

    public ProcessTargetPool(IReadOnlyList<ProcessTarget> workers)
    {
        _workers = workers;
        foreach (var w in workers) _free.Writer.TryWrite(w);
    }

    public string Name => _workers[0].Name;
    public TargetKind Kind => _workers[0].Kind;
    public string? Version => _workers.Select(w => w.Version).FirstOrDefault(v => v is not null);

    public async Task<string?> EnsureStartedAsync(CancellationToken ct) => await _workers[0].EnsureStartedAsync(ct);

    public async Task<TargetResponse> RunAsync(CaseSpec spec, CancellationToken ct)
    {
        var worker = await _free.Reader.ReadAsync(ct);
        try { return await worker.RunAsync(spec, ct); }
        finally { _free.Writer.TryWrite(worker); }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var w in _workers) await w.DisposeAsync();
    }
}
