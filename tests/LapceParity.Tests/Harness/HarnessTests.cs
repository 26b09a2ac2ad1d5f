using System.Text.Json.Nodes;
using LapceParity.Cli;
using LapceParity.Comparison;
using LapceParity.Features;
using LapceParity.Model;

namespace LapceParity.Tests.Harness;

/// <summary>The harness itself: external targets, crashes, hangs, bad input, and that nothing unproven passes.</summary>
public sealed class HarnessTests
{
    private const string EchoFeature = """
        Feature: Echo
          Scenario: hello is echoed
            Given the assistant message is "hello"
            When the assistant message is presented
            Then "assistantMessage" is "hello"
        """;

    private static CaseSpec EchoSpec(string message) => new() { Message = message };

    [Fact]
    public async Task A_minimal_external_target_runs_and_is_compared_with_the_reference()
    {
        using var repo = new TempRepo();
        repo.Feature("echo.feature", EchoFeature);
        repo.Reference("echo.feature", "hello-is-echoed", EchoSpec("hello"), TempRepo.EchoTranscript(EchoSpec("hello")));

        var (code, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        var outcome = Assert.Single(results.Outcomes);
        Assert.Equal("minimal", outcome.Target);
        Assert.Equal(OutcomeStatus.Pass, outcome.Status);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(repo.Root, "reports", "parity.html")));
    }

    [Fact]
    public async Task A_one_character_change_is_a_mismatch_in_that_field()
    {
        using var repo = new TempRepo();
        repo.Feature("echo.feature", EchoFeature);
        var reference = TempRepo.EchoTranscript(EchoSpec("hello"));
        reference["userMessageContent"]![0]!["text"] = "hellO";
        repo.Reference("echo.feature", "hello-is-echoed", EchoSpec("hello"), reference);

        var (code, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        var outcome = Assert.Single(results.Outcomes);
        Assert.Equal(OutcomeStatus.Fail, outcome.Status);
        var mismatch = Assert.Single(outcome.Mismatches);
        Assert.Equal("userMessageContent[0].text", mismatch.Field);
        Assert.Equal(4, mismatch.Position);
        Assert.Equal("hellO", mismatch.Expected);
        Assert.Equal("hello", mismatch.Actual);
        Assert.Equal(1, code);
    }

    [Theory]
    [InlineData("userMessageContent[1].text", "[switch_mode to 'architect'] Result:")]
    [InlineData("ui[0].text", "{\"tool\":\"switchMode\",\"mode\":\"architect\"}")]
    [InlineData("files[a.txt]", "line one\r\nline two\n")]
    public void Every_single_character_edit_of_a_field_is_reported_in_that_field(string field, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var edited = value[..i] + (value[i] == 'x' ? 'y' : 'x') + value[(i + 1)..];
            var expected = Transcript(field, value);
            var actual = Transcript(field, edited);
            var mismatch = Assert.Single(TranscriptComparer.Compare(expected, actual, "reference"));
            Assert.Equal(field, mismatch.Field);
            Assert.Equal(i, mismatch.Position);
        }
    }

    private static JsonObject Transcript(string field, string value)
    {
        var t = new JsonObject
        {
            ["userMessageContent"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "header" }, new JsonObject { ["type"] = "text", ["text"] = "body" }),
            ["ui"] = new JsonArray(new JsonObject { ["kind"] = "ask", ["type"] = "tool", ["text"] = "" }),
            ["files"] = new JsonArray(new JsonObject { ["path"] = "a.txt", ["text"] = "" }),
        };
        switch (field)
        {
            case "userMessageContent[1].text": t["userMessageContent"]![1]!["text"] = value; break;
            case "ui[0].text": t["ui"]![0]!["text"] = value; break;
            case "files[a.txt]": t["files"]![0]!["text"] = value; break;
        }
        return t;
    }

    [Fact]
    public void A_string_and_a_boolean_with_the_same_text_differ()
    {
        var mismatch = Assert.Single(TranscriptComparer.Compare(new JsonObject { ["x"] = "true" }, new JsonObject { ["x"] = true }, "reference"));
        Assert.Equal("x", mismatch.Field);
    }

    [Fact]
    public async Task A_crashing_target_is_reported_with_its_stderr_and_the_run_goes_on()
    {
        using var repo = new TempRepo();
        repo.Feature("crash.feature", """
            Feature: Crash
              Scenario: the target crashes
                Given the assistant message is "CRASH now"
                When the assistant message is presented
              Scenario: the next case still runs
                Given the assistant message is "hello"
                When the assistant message is presented
            """);
        repo.Reference("crash.feature", "the-next-case-still-runs", EchoSpec("hello"), TempRepo.EchoTranscript(EchoSpec("hello")));

        var (code, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        var crashed = results.Outcomes.Single(o => o.Scenario == "the target crashes");
        Assert.Equal(OutcomeStatus.Fail, crashed.Status);
        Assert.Contains("target crashed", crashed.Reason);
        Assert.Contains("crashing on purpose", crashed.StderrTail);
        Assert.Equal(OutcomeStatus.Pass, results.Outcomes.Single(o => o.Scenario == "the next case still runs").Status);
        Assert.Equal(1, code);
        Assert.Contains("crashing on purpose", File.ReadAllText(Path.Combine(repo.Root, "reports", "parity.html")));
    }

    [Fact]
    public async Task A_hanging_case_times_out_and_the_target_restarts()
    {
        using var repo = new TempRepo();
        repo.Feature("hang.feature", """
            Feature: Hang
              Scenario: the target hangs
                Given the assistant message is "HANG"
                And the case times out after 700 ms
                When the assistant message is presented
              Scenario: the next case still runs
                Given the assistant message is "hello"
                When the assistant message is presented
            """);
        repo.Reference("hang.feature", "the-next-case-still-runs", EchoSpec("hello"), TempRepo.EchoTranscript(EchoSpec("hello")));

        var (_, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        var hung = results.Outcomes.Single(o => o.Scenario == "the target hangs");
        Assert.Equal(OutcomeStatus.Fail, hung.Status);
        Assert.StartsWith("timeout", hung.Reason);
        Assert.Equal(OutcomeStatus.Pass, results.Outcomes.Single(o => o.Scenario == "the next case still runs").Status);
    }

    [Fact]
    public async Task Without_a_Codex_tree_TypeScript_is_not_run_and_never_passes()
    {
        using var repo = new TempRepo();
        repo.Feature("echo.feature", EchoFeature);

        var (code, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, Codex = Path.Combine(repo.Root, "no-codex-here") });

        var outcome = Assert.Single(results.Outcomes);
        Assert.Equal(OutcomeStatus.NotRun, outcome.Status);
        Assert.Contains("no Codex tree", outcome.Reason);
        var summary = Assert.Single(results.Summaries());
        Assert.Equal(0, summary.Pass);
        Assert.Equal(1, summary.NotRun);
        Assert.Equal(0, code); // nothing that ran failed…
        var junit = File.ReadAllText(Path.Combine(repo.Root, "reports", "junit.xml"));
        Assert.Contains("<skipped", junit);

        var (requireCode, _) = await repo.RunAsync(new RunSettings { NoCSharp = true, Codex = Path.Combine(repo.Root, "no-codex-here"), RequireTs = true });
        Assert.NotEqual(0, requireCode); // …but the gate, which requires TypeScript, fails
    }

    [Fact]
    public async Task A_target_with_no_reference_fails_rather_than_passes()
    {
        using var repo = new TempRepo();
        repo.Feature("echo.feature", EchoFeature);

        var (code, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        var outcome = Assert.Single(results.Outcomes);
        Assert.Equal(OutcomeStatus.Fail, outcome.Status);
        Assert.Contains("no expectation", outcome.Reason);
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task A_stale_recording_is_not_used()
    {
        using var repo = new TempRepo();
        repo.Feature("echo.feature", EchoFeature);
        repo.Reference("echo.feature", "hello-is-echoed", EchoSpec("a different message"), TempRepo.EchoTranscript(EchoSpec("hello")));

        var (_, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        Assert.Contains("stale", Assert.Single(results.Outcomes).Reason);
    }

    [Fact]
    public async Task A_Codex_tree_of_another_version_is_warned_about()
    {
        using var repo = new TempRepo();
        repo.Feature("echo.feature", EchoFeature);
        var fakeCodex = Path.Combine(repo.Root, "codex");
        Directory.CreateDirectory(Path.Combine(fakeCodex, "src", "core", "tools"));
        // The TypeScript target starts tools/ts-host/launch.mjs of the repository: here, the minimal target.
        Directory.CreateDirectory(Path.Combine(repo.Root, "tools", "ts-host"));
        File.Copy(TempRepo.MinimalTarget, Path.Combine(repo.Root, "tools", "ts-host", "launch.mjs"));
        Environment.SetEnvironmentVariable("MINIMAL_TARGET_COMMIT", "0123456789abcdef0123456789abcdef01234567");
        try
        {
            var (_, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, Codex = fakeCodex });
            var warning = Assert.Single(results.Warnings);
            Assert.Contains("0123456789abcdef0123456789abcdef01234567", warning);
            Assert.Contains(CodexPin.Commit, warning);
            Assert.Contains("0123456789abcdef", File.ReadAllText(Path.Combine(repo.Root, "reports", "parity.html")));
        }
        finally { Environment.SetEnvironmentVariable("MINIMAL_TARGET_COMMIT", null); }
    }

    [Fact]
    public async Task A_malformed_feature_file_fails_the_run_with_file_and_line()
    {
        using var repo = new TempRepo();
        repo.Feature("broken.feature", "Feature: Broken\n  Scenario: one\n    Given the mode is \"code\"\n  this line is not gherkin\n");

        var (code, results) = await repo.RunAsync(new RunSettings { NoCSharp = true, NoTypeScript = true });

        var outcome = Assert.Single(results.Outcomes);
        Assert.Equal(OutcomeStatus.Fail, outcome.Status);
        Assert.Contains("features/broken.feature:4", outcome.Reason);
        Assert.NotEqual(0, code);
    }

    [Fact]
    public void An_unknown_step_is_named_with_file_and_line()
    {
        var scenario = Scenario("Given the moon is \"full\"");
        var (_, problems) = StepRegistry.FromAssemblies(typeof(ParityEngine).Assembly).Bind(scenario);
        var problem = Assert.Single(problems);
        Assert.Equal("features/x.feature:3: no step definition matches: Given the moon is \"full\"", problem.ToString());
    }

    [Fact]
    public void An_ambiguous_step_is_named_with_file_line_and_both_definitions()
    {
        var scenario = Scenario("Given an overlapping step");
        var (_, problems) = StepRegistry.FromAssemblies(typeof(HarnessTests).Assembly).Bind(scenario);
        var problem = Assert.Single(problems);
        Assert.StartsWith("features/x.feature:3: ambiguous step: Given an overlapping step", problem.ToString());
        Assert.Contains(nameof(OverlappingSteps.First), problem.Message);
        Assert.Contains(nameof(OverlappingSteps.Second), problem.Message);
    }

    private static ScenarioInstance Scenario(string stepText) =>
        new("X", "features/x.feature", "x", 2, [], [new ScenarioStep(StepKind.Given, "Given ", stepText["Given ".Length..], null, null, 3)]);
}

[StepDefinitions]
public static class OverlappingSteps
{
    [Given("an overlapping step")]
    public static void First(object _) { }

    [Given("an (overlapping|other) step")]
    public static void Second(object _, string __) { }
}
