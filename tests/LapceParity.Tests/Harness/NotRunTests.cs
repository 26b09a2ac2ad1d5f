using System.Text.Json.Nodes;
using Lapce.Tools.Prompts.Instructions;
using LapceParity.Cli;
using LapceParity.Model;
using LapceParity.Targets;

namespace LapceParity.Tests.Harness;

/// <summary>
/// A target that cannot run a case for a stated reason (a resource it reads at run time is missing) reports it as not
/// run, with that reason: never a pass, never a failure.
/// </summary>
public sealed class NotRunTests
{
    [Fact]
    public async Task A_case_the_target_cannot_run_is_not_run_with_its_reason_and_never_a_pass()
    {
        using var repo = new TempRepo();
        repo.Feature("unavailable.feature", """
            Feature: Unavailable
              Scenario: the target lacks a resource
                Given the assistant message is "UNAVAILABLE no Codex tree: the port reads x.ts at run time"
                When the assistant message is presented
                Then "assistantMessage" is "something"
            """);
        var spec = new CaseSpec { Message = "UNAVAILABLE no Codex tree: the port reads x.ts at run time" };
        repo.Reference("unavailable.feature", "the-target-lacks-a-resource", spec, TempRepo.EchoTranscript(spec));

        var (code, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        var outcome = Assert.Single(results.Outcomes);
        Assert.Equal(OutcomeStatus.NotRun, outcome.Status);
        Assert.Equal("no Codex tree: the port reads x.ts at run time", outcome.Reason);
        Assert.Empty(outcome.Mismatches); // its Then steps were not judged on a transcript it does not have
        var summary = Assert.Single(results.Summaries(), s => s.Target == "minimal");
        Assert.Equal((0, 0, 1), (summary.Pass, summary.Fail, summary.NotRun));
        Assert.Equal(0, code);
        Assert.Contains("not run: no Codex tree: the port reads x.ts at run time", File.ReadAllText(Path.Combine(repo.Root, "reports", "parity.html")));
    }

    [Fact]
    public async Task The_csharp_port_without_a_Codex_tree_answers_fetch_instructions_as_unavailable()
    {
        var spec = new CaseSpec { Message = "<fetch_instructions><task>create_mode</task></fetch_instructions>" };
        TargetResponse response;
        using (CodexSources.UseRoot(null)) response = await new CSharpTarget().RunAsync(spec, CancellationToken.None);

        Assert.Equal(ResponseStatus.Unavailable, response.Status);
        Assert.Null(response.Transcript);
        Assert.Equal("no Codex tree: the port reads src/core/prompts/instructions/create-mode.ts at run time (set CODEX_ROOT or pass --codex DIR)", response.Error);
    }

    [Fact]
    public async Task The_csharp_port_without_a_Codex_tree_still_runs_fetch_instructions_cases_that_need_no_text()
    {
        var spec = new CaseSpec { Message = "<fetch_instructions><task>create_theme</task></fetch_instructions>" };
        TargetResponse response;
        using (CodexSources.UseRoot(null)) response = await new CSharpTarget().RunAsync(spec, CancellationToken.None);

        Assert.Equal(ResponseStatus.Ok, response.Status);
        Assert.Contains("Invalid instructions request: create_theme", response.Transcript!["userMessageContent"]![1]!["text"]!.GetValue<string>());
    }
}
