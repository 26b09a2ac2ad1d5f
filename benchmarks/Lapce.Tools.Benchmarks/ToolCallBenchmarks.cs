using BenchmarkDotNet.Attributes;
using Lapce.Tools.AssistantMessage;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;
using LapceParity.Model;

namespace Lapce.Tools.Benchmarks;

/// <summary>
/// One whole tool call as the model makes it: parse, dispatch, the tool, the file written. The workspace is restored
/// before every call (not timed), as `lapce-parity bench` does in both targets.
/// </summary>
[MemoryDiagnoser]
[IterationCount(15), WarmupCount(3), InvocationCount(1)]
public class ToolCallBenchmarks
{
    private string _root = "";
    private string _cwd = "";
    private CaseSpec _case = null!;

    public static IEnumerable<string> Cases => BenchCases.Names;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _case = BenchCases.Get(Case);
        // ripgrep (list_files, search_files) runs from the folder that holds the case folders, as in both targets: seen
        // from elsewhere, a workspace under /tmp would match Codex's own !**/tmp/** glob (docs/transcript.md).
        NodeChildProcess.WorkingDirectory = Path.GetTempPath();
        _root = Directory.CreateTempSubdirectory("lapce-bench-").FullName;
        _cwd = Path.Combine(_root, _case.WorkspaceName);
    }

    [IterationSetup]
    public void RestoreWorkspace() => _case.WriteWorkspaceFiles(_cwd);

    [Benchmark]
    public async Task ToolCall()
    {
        var provider = new ClineProvider(ProviderState.FromSettings(_case.Settings));
        var task = new ClineTask(_cwd, provider, _case.Answers.Select(a => new AskResponse(a.Response, a.Text, a.Images)));
        await task.RunAssistantResponseAsync(_case.Chunks ?? [_case.Message]);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, true);
}

/// <summary>
/// The parsers, whole (V2) and streamed in 64-character chunks, on a message of many small blocks (100 KB) and on one
/// 900 KB write_to_file. (Streaming cost grows with blocks × chunks: getContentBlocks copies the list per chunk, as
/// Codex's does.)
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _message = "";
    private List<string> _chunks = [];

    [Params("many blocks, 100 KB", "one write_to_file, 900 KB")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var sb = new System.Text.StringBuilder();
        if (Message.StartsWith("many", StringComparison.Ordinal))
        {
            for (var i = 0; sb.Length < 100_000; i++)
                sb.Append($"Step {i}: reading.\n<read_file><args><file><path>src/file{i}.ts</path></file></args></read_file>\n");
        }
        else
        {
            sb.Append("Writing the file.\n<write_to_file><path>big.txt</path><content>\n");
            for (var i = 0; sb.Length < 900_000; i++) sb.Append($"line {i} of a generated file, about fifty chars\n");
            sb.Append("</content><line_count>1</line_count></write_to_file>");
        }
        _message = sb.ToString();
        _chunks = Enumerable.Range(0, (_message.Length + 63) / 64).Select(i => _message.Substring(i * 64, Math.Min(64, _message.Length - i * 64))).ToList();
    }

    [Benchmark]
    public int ParseWhole() => ParseAssistantMessageV2.Parse(_message).Count;

    [Benchmark]
    public int ParseStreamed()
    {
        var parser = new AssistantMessageParser();
        foreach (var c in _chunks) parser.ProcessChunk(c);
        parser.FinalizeContentBlocks();
        return parser.GetContentBlocks().Count;
    }
}

/// <summary>
/// The baseline of the search_files cases: bare ripgrep with the arguments Codex passes, from the same working folder,
/// whole output read (LapceParity.Cli.BareRipgrep); compare with ToolCall of the same case (the goal: ≤ 1.2×).
/// Like ToolCall, every timed call gets the workspace written afresh (not timed): a warm tree is faster to walk.
/// </summary>
[MemoryDiagnoser]
[IterationCount(15), WarmupCount(3), InvocationCount(1)]
public class BareRipgrepBenchmarks
{
    private string _root = "";
    private string _cwd = "";
    private string _rg = "";
    private string[] _args = [];
    private CaseSpec _case = null!;

    public static IEnumerable<string> Cases => BenchCases.Names.Where(n => n.StartsWith("search_files", StringComparison.Ordinal));

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public async Task Setup()
    {
        _case = BenchCases.Get(Case);
        NodeChildProcess.WorkingDirectory = Path.GetTempPath();
        _root = Directory.CreateTempSubdirectory("lapce-bench-rg-").FullName;
        _cwd = Path.Combine(_root, _case.WorkspaceName);
        var call = ParseAssistantMessageV2.Parse(_case.Message).OfType<Lapce.Tools.Shared.ToolUse>().First(b => b.Name == "search_files");
        _rg = await Lapce.Tools.Services.Ripgrep.GetHostBinPathAsync() ?? throw new InvalidOperationException("no ripgrep");
        _args = LapceParity.Cli.BareRipgrep.Args(call, _cwd);
    }

    [IterationSetup]
    public void WriteWorkspace() => _case.WriteWorkspaceFiles(_cwd);

    [Benchmark]
    public Task<double> BareRg() => LapceParity.Cli.BareRipgrep.RunOnceAsync(_rg, _args, CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, true);
}
