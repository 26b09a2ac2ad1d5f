namespace LapceParity.Targets;

/// <summary>
/// What no target may see: credentials and endpoints of real services. Codex's SDKs fall back to them (the openai SDK
/// reads OPENAI_API_KEY / OPENAI_BASE_URL), and a case must never reach anything but the local endpoints it starts.
/// </summary>
public static class TargetEnvironment
{
    public static readonly IReadOnlyList<string> Scrubbed =
    [
        "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL",
        "OPENROUTER_API_KEY", "KILOCODE_TOKEN", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy",
    ];

    /// <summary>For a target process: drop the variables from its start environment.</summary>
    public static void Scrub(IDictionary<string, string?> environment)
    {
        foreach (var name in Scrubbed) environment.Remove(name);
    }

    /// <summary>For the in-process C# target: clear them in this process (the harness needs none of them).</summary>
    public static void ScrubThisProcess()
    {
        foreach (var name in Scrubbed) Environment.SetEnvironmentVariable(name, null);
    }
}
