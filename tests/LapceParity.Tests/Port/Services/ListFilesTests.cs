// Services/Glob/ListFiles.cs (port of src/services/glob/list-files.ts): the cases of Codex's list-files.spec.ts
// that are about ripgrep's arguments or listFiles itself rather than what list_files shows (those are scenarios
// of features/list_files.feature), and the home folder, which no scenario can name on every machine.
using Lapce.Tools.Services;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port.Services;

public class ListFilesTests
{
    [Fact]
    public async Task ALimitOfZeroReturnsNothingAtOnce()
    {
        var (files, limitReached) = await ListFiles.ListFilesAsync("/test/path", true, 0);
        Assert.Empty(files);
        Assert.False(limitReached);
    }

    [Fact]
    public async Task TheHomeFolderIsAnsweredWithItself()
    {
        var home = Paths.HomeDir();
        var (files, limitReached) = await ListFiles.ListFilesAsync(home, true, 200);
        Assert.Equal([home], files);
        Assert.False(limitReached);
        // arePathsEqual normalises: a trailing slash is the same folder
        (files, _) = await ListFiles.ListFilesAsync(home + "/", false, 200);
        Assert.Equal([home], files);
    }

    [Fact]
    public async Task TheRootIsAnsweredWithItself()
    {
        var (files, limitReached) = await ListFiles.ListFilesAsync("/", false, 200);
        Assert.Equal(["/"], files);
        Assert.False(limitReached);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RipgrepListsHiddenFilesAndFollowsLinks(bool recursive)
    {
        var args = ListFiles.BuildRipgrepArgs("/test/dir", recursive);
        Assert.Equal(["--files", "--hidden", "--follow"], args.Take(3));
        Assert.Equal("/test/dir", args[^1]);
    }

    [Fact]
    public void TopLevelArguments() =>
        Assert.Equal(
            "--files --hidden --follow -g * --maxdepth 1 -g !node_modules -g !node_modules/** -g !__pycache__ -g !__pycache__/** "
            + "-g !env -g !env/** -g !venv -g !venv/** -g !target/dependency -g !target/dependency/** -g !build/dependencies "
            + "-g !build/dependencies/** -g !dist -g !dist/** -g !out -g !out/** -g !bundle -g !bundle/** -g !vendor -g !vendor/** "
            + "-g !tmp -g !tmp/** -g !temp -g !temp/** -g !deps -g !deps/** -g !pkg -g !pkg/** -g !Pods -g !Pods/** -g !.git -g !.git/** /test/dir",
            string.Join(' ', ListFiles.BuildRipgrepArgs("/test/dir", false)));

    [Fact]
    public void RecursiveArguments() =>
        Assert.Equal(
            "--files --hidden --follow -g !**/node_modules/** -g !**/__pycache__/** -g !**/env/** -g !**/venv/** -g !**/target/dependency/** "
            + "-g !**/build/dependencies/** -g !**/dist/** -g !**/out/** -g !**/bundle/** -g !**/vendor/** -g !**/tmp/** -g !**/temp/** "
            + "-g !**/deps/** -g !**/pkg/** -g !**/Pods/** -g !**/.git/** -g !**/.*/** /test/dir",
            string.Join(' ', ListFiles.BuildRipgrepArgs("/test/dir", true)));

    // list-files.spec.ts, "buildRecursiveArgs edge cases" and the .roo/temp case
    [Theory]
    [InlineData("/test/.hidden/")]
    [InlineData("/test//.hidden")]
    [InlineData("/test//normal/.hidden//subdir/")]
    [InlineData("/test/.roo/temp")]
    public void AHiddenPartTurnsIgnoreFilesOffAndIncludesEverything(string dirPath)
    {
        var args = ListFiles.BuildRipgrepArgs(dirPath, true);
        Assert.Contains("--no-ignore-vcs", args);
        Assert.Contains("--no-ignore", args);
        var g = args.IndexOf("-g");
        Assert.Equal("*", args[g + 1]);
        Assert.DoesNotContain("!**/.*/**", args);
    }

    [Fact]
    public void DotsInNamesAreNoHiddenPart()
    {
        var args = ListFiles.BuildRipgrepArgs("/test/file.with.dots/normal", true);
        Assert.DoesNotContain("--no-ignore-vcs", args);
        Assert.DoesNotContain("--no-ignore", args);
    }

    [Fact]
    public void ATargetedIgnoredFolderLeavesOutOnlyItsOwnExclusion()
    {
        var args = ListFiles.BuildRipgrepArgs("/test/temp", true);
        Assert.Equal(["--no-ignore-vcs", "--no-ignore", "-g", "*", "-g", "**/*"], args.Skip(3).Take(6));
        Assert.DoesNotContain("!**/temp/**", args);
        Assert.Contains("!**/tmp/**", args);
        Assert.Contains("!**/.*/**", args);
    }
}
