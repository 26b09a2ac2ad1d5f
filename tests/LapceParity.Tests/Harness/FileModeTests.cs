using LapceParity.Cli;
using LapceParity.Model;
using LapceParity.Targets;

namespace LapceParity.Tests.Harness;

/// <summary>
/// "the mode of … is …": each target sets the mode after writing the files and restores it before the read-back; where
/// modes do not bind (root with CAP_DAC_OVERRIDE) the case is not run on any target, with the reason.
/// </summary>
public sealed class FileModeTests
{
    private const string Feature = """
        Feature: Modes
          Scenario: an unreadable file
            Given a file "secret.txt" containing "s\n"
            And the mode of "secret.txt" is "000"
            And the assistant message is "<read_file><args><file><path>secret.txt</path></file></args></read_file>"
            When the assistant message is presented
            Then the file "secret.txt" is unchanged
        """;

    [Fact]
    public void Modes_travel_in_the_case_only_when_set()
    {
        var spec = new CaseSpec { Permissions = [new PathMode("locked", "000"), new PathMode("locked/a.txt", "444")] };
        var json = spec.ToJson();
        Assert.Contains("\"permissions\":[{\"path\":\"locked\",\"mode\":\"000\"},{\"path\":\"locked/a.txt\",\"mode\":\"444\"}]", json);
        Assert.Equal(spec.Permissions, CaseSpec.FromJson(json).Permissions);
        Assert.DoesNotContain("permissions", new CaseSpec().ToJson());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, new PathMode("a", "444").UnixMode);
    }

    [Fact]
    public async Task Where_modes_do_not_bind_a_case_with_modes_is_not_run_on_every_target_with_the_reason()
    {
        using var repo = new TempRepo();
        repo.Feature("modes.feature", Feature);
        using var _ = FilePermissions.Assume("modes do not bind in this test");

        var (code, results) = await repo.RunAsync(new RunSettings { NoTypeScript = true, ExternalTargets = [repo.MinimalTargetSpec()] });

        Assert.Equal(2, results.Outcomes.Count);
        Assert.All(results.Outcomes, o =>
        {
            Assert.Equal(OutcomeStatus.NotRun, o.Status);
            Assert.Equal("modes do not bind in this test", o.Reason);
        });
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task The_csharp_target_sets_the_mode_and_restores_it_before_reading_the_files_back()
    {
        var spec = new CaseSpec
        {
            Files = [new WorkspaceFile("secret.txt", Text: "s\n"), new WorkspaceFile("locked/a.txt", Text: "a\n")],
            Permissions = [new PathMode("secret.txt", "000"), new PathMode("locked", "000")],
            Message = "<read_file><args><file><path>secret.txt</path></file><file><path>locked/a.txt</path></file></args></read_file>",
        };
        var response = await new CSharpTarget().RunAsync(spec, CancellationToken.None);

        Assert.Equal(ResponseStatus.Ok, response.Status);
        var t = response.Transcript!;
        // Read back in full: the modes were lifted first, and nothing changed.
        Assert.Equal("""[{"path":"locked/a.txt","text":"a\n"},{"path":"secret.txt","text":"s\n"}]""", t["files"]!.ToJsonString());
        var result = t["userMessageContent"]!.AsArray().Last()!["text"]!.GetValue<string>();
        if (FilePermissions.NotEnforcedReason is null)
        {
            // Modes bind here (CI runs the tests through tools/with-file-modes.sh): the original's texts.
            Assert.Contains("<error>Error reading file: EACCES: permission denied, open '", result);
            Assert.Contains("<path>locked/a.txt</path><error>Error reading file: File not found: ", result);
        }
        else
        {
            Assert.Contains("1 | s", result); // root reads past the mode: why such cases are not run there
        }
        Assert.False(Directory.Exists(Path.GetDirectoryName(t["workspacePath"]!.GetValue<string>())), "the case folder is removed");
    }
}
