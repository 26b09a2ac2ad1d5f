// RooIgnoreController and RooProtectedController. Expected values are Codex's: the same paths through Codex's
// controllers (the npm `ignore` package 7.0.4) in the TypeScript host.
using Lapce.Tools.Ignore;
using Lapce.Tools.Protect;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port.Editor;

public sealed class ControllerTests : IDisposable
{
    private readonly string _cwd = Directory.CreateTempSubdirectory("lapce-ctrl-").FullName;

    public void Dispose() => Directory.Delete(_cwd, recursive: true);

    private async Task<RooIgnoreController> IgnoreWith(string? content)
    {
        if (content is not null) await File.WriteAllTextAsync(Path.Combine(_cwd, ".kilocodeignore"), content);
        var controller = new RooIgnoreController(_cwd);
        await controller.InitializeAsync();
        return controller;
    }

    [Fact]
    public async Task Without_an_ignore_file_everything_is_allowed()
    {
        var controller = await IgnoreWith(null);
        Assert.Null(controller.RooIgnoreContent);
        Assert.True(controller.ValidateAccess("anything/at/all.env"));
        Assert.Null(controller.ValidateCommand("cat secret.txt"));
        Assert.Null(controller.GetInstructions());
    }

    [Theory]
    [InlineData("secret/a.txt", false)]
    [InlineData("secret", true)] // "secret/" only matches a folder's contents as a path
    [InlineData("a.env", false)]
    [InlineData("keep.env", true)]
    [InlineData("sub/KEEP.ENV", true)] // case-insensitive, as ignore() is by default
    [InlineData("src/a.ts", true)]
    [InlineData(".kilocodeignore", false)] // the file itself is always added
    [InlineData("../outside.env", true)] // outside cwd: the rules cannot say, access is allowed
    [InlineData(".", true)]
    public async Task Patterns_follow_gitignore_rules(string path, bool allowed)
    {
        var controller = await IgnoreWith("secret/\n*.env\n!keep.env\n");
        Assert.Equal(allowed, controller.ValidateAccess(path));
    }

    [Fact]
    public async Task An_absolute_path_inside_cwd_is_checked_relative_to_it()
    {
        var controller = await IgnoreWith("*.env\n");
        Assert.False(controller.ValidateAccess(Path.Combine(_cwd, "x", "a.env")));
        Assert.True(controller.ValidateAccess("/somewhere/else/a.env"));
    }

    [Fact]
    public async Task Commands_that_read_ignored_files_are_reported()
    {
        var controller = await IgnoreWith("*.env\n");
        Assert.Equal("a.env", controller.ValidateCommand("  CAT -n a.env b.txt"));
        Assert.Null(controller.ValidateCommand("Get-Content -Path:a.env"));
        Assert.Null(controller.ValidateCommand("echo a.env"));
        Assert.Equal("x.env", controller.ValidateCommand("grep foo /etc/passwd x.env"));
    }

    [Fact]
    public async Task FilterPaths_and_instructions()
    {
        var controller = await IgnoreWith("*.env");
        Assert.Equal(["a.txt", "b/c.md"], controller.FilterPaths(["a.txt", "x.env", "b/c.md"]));
        Assert.Equal(
            "# .kilocodeignore\n\n(The following is provided by a root-level .kilocodeignore file where the user has specified files and directories that should not be  accessed. When using list_files, you'll notice a \U0001F512 next to files that are blocked. Attempting to access the file's contents e.g. through read_file will result in an error.)\n\n*.env\n.kilocodeignore",
            controller.GetInstructions());
    }

    [Fact]
    public async Task An_empty_ignore_file_blocks_nothing()
    {
        var controller = await IgnoreWith("");
        Assert.Equal("", controller.RooIgnoreContent);
        Assert.True(controller.ValidateAccess(".kilocodeignore"));
    }

    [Theory]
    [InlineData(".kilocode/rules/a.md", true)]
    [InlineData(".kilocode", false)]
    [InlineData(".roorules-code", true)]
    [InlineData("docs/agents.md", true)]
    [InlineData("AGENTS.md.bak", false)]
    [InlineData(".vscode/settings.json", true)]
    [InlineData("src/.vscode/x", false)]
    [InlineData("README.md", false)]
    [InlineData(".clinerules", true)]
    [InlineData("../.kilocodemodes", false)]
    public void Protected_patterns(string path, bool isProtected)
    {
        var controller = new RooProtectedController(_cwd);
        Assert.Equal(isProtected, controller.IsWriteProtected(path));
    }

    [Fact]
    public void Protection_texts()
    {
        var controller = new RooProtectedController(_cwd);
        Assert.Equal("This is a Kilo Code configuration file and requires approval for modifications", controller.GetProtectionMessage());
        Assert.Equal(
            "# Protected Files\n\n(The following Kilo Code configuration file patterns are write-protected and always require approval for modifications, regardless of autoapproval settings. When using list_files, you'll notice a \U0001F6E1 next to files that are write-protected.)\n\nProtected patterns: .kilocodeignore, .kilocodemodes, .kilocoderules, .kilocode/**, .kilocodeprotected, .rooignore, .roomodes, .roorules*, .clinerules*, .roo/**, .vscode/**, .rooprotected, AGENTS.md, AGENT.md",
            controller.GetInstructions());
        Assert.Equal(new HashSet<string> { "AGENTS.md", ".roo/x" }, controller.GetProtectedFiles(["a.txt", "AGENTS.md", ".roo/x"]));
    }

    [Fact]
    public void The_ignore_package_rejects_paths_that_are_not_relative()
    {
        var ig = new NodeIgnore().Add("x");
        Assert.Equal("path must not be empty", Assert.Throws<JsError>(() => ig.Ignores("")).Message);
        var e = Assert.Throws<JsError>(() => ig.Ignores("../x"));
        Assert.Equal("RangeError", e.Name);
        Assert.Equal("path should be a `path.relative()`d string, but got \"../x\"", e.Message);
    }
}
