using LapceParity.Cli;
using LapceParity.Model;
using Spectre.Console;

namespace LapceParity.Tests.Harness;

/// <summary>The C# port served over docs/protocol.md (`lapce-parity target csharp`) gives the same outcomes as in process.</summary>
public sealed class ProtocolTargetTests
{
    [Fact]
    public async Task The_port_over_the_protocol_matches_the_recordings_like_the_in_process_target()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "LapceParity.dll");
        var settings = new RunSettings
        {
            NoTypeScript = true,
            ExternalTargets = [$"csharp-protocol=dotnet \"{dll}\" target csharp"],
            // A spread of features, without the slow ones (switch_mode waits 500 ms as Codex does).
            Filter = "!@slow",
            Features = [Path.Combine(Parity.ParitySuite.Repo, "features", "parse_assistant_message.feature"),
                        Path.Combine(Parity.ParitySuite.Repo, "features", "validate_tool_use.feature"),
                        Path.Combine(Parity.ParitySuite.Repo, "features", "tool_repetition.feature"),
                        Path.Combine(Parity.ParitySuite.Repo, "features", "ask_followup_question.feature")],
            ReportDir = Path.Combine(Path.GetTempPath(), "lapce-parity-protocol-" + Guid.NewGuid().ToString("N")),
            Quiet = true,
        };
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Interactive = InteractionSupport.No });
        try
        {
            var (_, results) = await ParityRun.ExecuteAsync(settings, Parity.ParitySuite.Repo, console, CancellationToken.None);
            var viaProtocol = results.Outcomes.Where(o => o.Target == "csharp-protocol").ToList();
            Assert.True(viaProtocol.Count > 200, $"only {viaProtocol.Count} scenarios ran");

            var (_, inProcess) = await ParityRun.ExecuteAsync(settings with { ExternalTargets = [], NoCSharp = false }, Parity.ParitySuite.Repo, console, CancellationToken.None);
            var expected = inProcess.Outcomes.Where(o => o.Target == "csharp").ToDictionary(o => (o.FeatureFile, o.Line), o => o.Status);
            Assert.All(viaProtocol, o => Assert.Equal(expected[(o.FeatureFile, o.Line)], o.Status));
            Assert.Contains(viaProtocol, o => o.Status == OutcomeStatus.Pass);
        }
        finally
        {
            if (Directory.Exists(settings.ReportDir)) Directory.Delete(settings.ReportDir, true);
        }
    }
}
