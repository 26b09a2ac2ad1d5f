namespace LapceParity.Cli;

public sealed record RunSettings
{
    public IReadOnlyList<string> Features { get; init; } = [];
    public string? Codex { get; init; }
    public IReadOnlyList<string> ExternalTargets { get; init; } = [];   // NAME=COMMAND
    public string? Filter { get; init; }
    public bool Record { get; init; }
    public string ReportDir { get; init; } = "reports";
    public int Jobs { get; init; } = 1;
    public bool RequireTs { get; init; }
    public bool NoCSharp { get; init; }
    public bool NoTypeScript { get; init; }
    public bool Quiet { get; init; }
}
