// The C# twin of the parts of src/core/task/Task.ts (Kilo Code 4.88.0) that the tool layer uses. Codex calls
// the task `cline`; the class is ClineTask because `Task` would clash with System.Threading.Tasks.Task (and
// the namespace is Lapce.Tools.Tasks for the same reason).
//
// The webview, API streaming, checkpoints and telemetry are outside the tool layer: ask/say record UI events
// (docs/transcript.md), complete asks take scripted answers, and RunAssistantResponseAsync drives one
// assistant response through the parser and presentAssistantMessage as Task.recursivelyMakeClineRequests
// does (Task.ts ~1790-2180), delivering each chunk after the presentation it triggered has settled.
using System.Text.Json;
using System.Text.Json.Nodes;
using Lapce.Tools.AssistantMessage;
using Lapce.Tools.Checkpoints;
using Lapce.Tools.ContextTracking;
using Lapce.Tools.Diff.Strategies;
using Lapce.Tools.Ignore;
using Lapce.Tools.Integrations.Editor;
using Lapce.Tools.Protect;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tools;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tasks;

/// <summary>A user's answer to an ask: yesButtonClicked | noButtonClicked | messageResponse, with optional text and images (data URLs).</summary>
public sealed record AskResponse(string Response, string? Text = null, IReadOnlyList<string>? Images = null);

/// <summary>One ask/say call, in order (the transcript's <c>ui</c>).</summary>
public abstract record UiEvent(string Kind, string Type, string? Text, bool? Partial);

/// <summary><c>say(type, text, images, partial, …)</c>. A null <see cref="UiEvent.Partial"/> is <c>undefined</c>.</summary>
public sealed record SayEvent(string Type, string? Text, bool? Partial, IReadOnlyList<string>? Images)
    : UiEvent("say", Type, Text, Partial);

/// <summary>
/// <c>ask(type, text, partial, progressStatus, isProtected)</c> and the answer it got. A partial ask gets no
/// answer (Response null, Scripted null); a complete ask with no scripted answer left is approved with
/// Scripted = false.
/// </summary>
public sealed record AskEvent(
    string Type, string? Text, bool? Partial, bool? IsProtected, ToolProgressStatus? ProgressStatus,
    string? Response, string? ResponseText, IReadOnlyList<string>? ResponseImages, bool? Scripted)
    : UiEvent("ask", Type, Text, Partial);

/// <summary><c>{ attempts, failures }</c> of ToolUsage (packages/types).</summary>
public sealed class ToolUsageEntry
{
    public int Attempts { get; set; }
    public int Failures { get; set; }
}

/// <summary>The provider state the tools read (<c>providerRef.deref().getState()</c>): the case settings.</summary>
public sealed class ProviderState
{
    public string? Mode { get; set; } = "code";
    public IReadOnlyList<ModeConfig>? CustomModes { get; set; } = [];
    public IReadOnlyDictionary<string, bool>? Experiments { get; set; } = new Dictionary<string, bool>();
    public string ModelId { get; set; } = "claude-sonnet-4-20250514";
    public bool DiffEnabled { get; set; } = true;
    public int MaxReadFileLine { get; set; } = -1;
    public double FuzzyMatchThreshold { get; set; } = 1.0;
    public int ConsecutiveMistakeLimit { get; set; } = 3;
    /// <summary><c>diagnosticsEnabled</c> (its JS truthiness; null when absent, which the tools read as true).</summary>
    public bool? DiagnosticsEnabled { get; set; }
    /// <summary><c>writeDelayMs</c>: the wait after saving an edit (null when absent: DEFAULT_WRITE_DELAY_MS).</summary>
    public double? WriteDelayMs { get; set; }
    /// <summary>The whole settings object, for settings a later tool reads that have no property here.</summary>
    public JsonObject Settings { get; set; } = new();

    /// <summary>From a case's <c>settings</c> object (docs/transcript.md); absent keys keep their defaults.</summary>
    public static ProviderState FromSettings(JsonObject? settings)
    {
        var s = new ProviderState { Settings = settings ?? new JsonObject() };
        if (settings is null) return s;
        if (settings.TryGetPropertyValue("mode", out var mode)) s.Mode = mode is JsonValue m ? m.GetValue<string>() : null;
        if (settings["customModes"] is JsonArray modes)
            s.CustomModes = modes.OfType<JsonObject>().Select(ModeConfig.FromJson).ToList();
        if (settings["experiments"] is JsonObject exps)
        {
            var d = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var (k, v) in exps)
                if (v is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    d[k] = b.GetValueKind() == JsonValueKind.True;
            s.Experiments = d;
        }
        if (settings["modelId"] is JsonValue model) s.ModelId = model.GetValue<string>();
        // The host's `settings.diffEnabled ?? false`, used for its truthiness (Task's `if (this.diffEnabled)`, validateToolUse).
        if (settings.TryGetPropertyValue("diffEnabled", out var diff))
            s.DiffEnabled = diff is JsonObject or JsonArray || (diff is JsonValue dv && dv.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.String => dv.GetValue<string>().Length > 0,
                JsonValueKind.Number => Number(dv) is { } n && n != 0 && !double.IsNaN(n),
                _ => false,
            });
        if (Number(settings["maxReadFileLine"]) is { } maxLine) s.MaxReadFileLine = (int)maxLine;
        if (Number(settings["fuzzyMatchThreshold"]) is { } fuzzy) s.FuzzyMatchThreshold = fuzzy;
        if (Number(settings["consecutiveMistakeLimit"]) is { } limit) s.ConsecutiveMistakeLimit = (int)limit;
        if (settings["diagnosticsEnabled"] is JsonValue diagnostics && diagnostics.GetValueKind() != JsonValueKind.Null)
            s.DiagnosticsEnabled = diagnostics.GetValueKind() switch
            {
                JsonValueKind.False => false,
                JsonValueKind.String => diagnostics.GetValue<string>().Length > 0,
                JsonValueKind.Number => Number(diagnostics) is var d && d != 0,
                _ => true,
            };
        if (Number(settings["writeDelayMs"]) is { } writeDelay) s.WriteDelayMs = writeDelay;
        return s;
    }

    private static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)
            : null;
}

/// <summary>
/// A ClineMessage (packages/types/src/message.ts) as the fake's ask/say keep them in <c>clineMessages</c>
/// (docs/transcript.md, "The fake Task"): attempt_completion reads the last one.
/// </summary>
public sealed class ClineMessage
{
    /// <summary>"ask" or "say".</summary>
    public required string Type { get; init; }
    public string? Ask { get; init; }
    public string? Say { get; init; }
    public string? Text { get; set; }
    public IReadOnlyList<string>? Images { get; set; }
    /// <summary>Only set (true) on a partial message, false once a partial message is updated as complete.</summary>
    public bool? Partial { get; set; }
    public ToolProgressStatus? ProgressStatus { get; set; }
    public bool? IsProtected { get; set; }
    public JsonObject? Metadata { get; init; }
}

/// <summary>
/// A task the fake provider knows only by its id: the fake parent of a sub task (case setting <c>isSubtask</c>) and
/// the fake child task that <see cref="ClineProvider.CreateTaskAsync"/> returns.
/// </summary>
public sealed record TaskHandle(string TaskId);

/// <summary>The options of <c>createTask</c> that new_task passes.</summary>
public sealed record CreateTaskOptions(IReadOnlyList<TodoItem>? InitialTodos = null);

/// <summary>
/// The <c>vscode.ExtensionContext</c> the provider holds, as far as the tools read it: <c>globalStorageUri.fsPath</c>
/// (the case's global storage folder, beside the workspace) and, standing for the code index the case supplies
/// (settings.codeIndex), <see cref="CodeIndex"/>.
/// </summary>
public sealed class ExtensionContext(string globalStoragePath, Lapce.Tools.Services.CodeIndex.CodeIndexCase? codeIndex = null)
{
    public string GlobalStoragePath { get; } = globalStoragePath;
    public Lapce.Tools.Services.CodeIndex.CodeIndexCase? CodeIndex { get; } = codeIndex;
}

/// <summary>The ClineProvider surface the tools use.</summary>
public sealed class ClineProvider(ProviderState state, ExtensionContext? context = null)
{
    public ProviderState State { get; } = state;

    /// <summary><c>provider.context</c> (null: none, as a provider that lost it).</summary>
    public ExtensionContext? Context { get; } = context;

    private Lapce.Tools.Services.Mcp.McpHub? _mcpHub;
    private bool _mcpHubMade;

    /// <summary>
    /// <c>getMcpHub()</c>: from the case setting <c>mcpHub</c> (absent → a hub with no servers; null or false → none;
    /// <c>{servers: [{name, disabled}]}</c> → those), as the TypeScript host's fake provider. Needs a context.
    /// </summary>
    public Lapce.Tools.Services.Mcp.McpHub? GetMcpHub()
    {
        if (_mcpHubMade) return _mcpHub;
        _mcpHubMade = true;
        var hasSetting = State.Settings.TryGetPropertyValue("mcpHub", out var setting);
        if (hasSetting && (setting is null || setting is JsonValue v && v.GetValueKind() == JsonValueKind.False)) return null;
        var servers = (setting?["servers"] as JsonArray ?? [])
            .Select(s => new Lapce.Tools.Services.Mcp.McpServer(s?["name"]?.GetValue<string>() ?? "", s?["disabled"] is JsonValue d && d.GetValueKind() == JsonValueKind.True))
            .ToList();
        return _mcpHub = new Lapce.Tools.Services.Mcp.McpHub(new ProviderRef(this), servers);
    }

    /// <summary>
    /// Codex's creates ~/.local/share/Kilo-Code/MCP (by platform) in the user's home, which the hosts must not touch:
    /// here the same folder shape under the case's global storage (as the TypeScript host's fake provider).
    /// </summary>
    public Task<string> EnsureMcpServersDirectoryExistsAsync()
    {
        var dir = NodePath.Join(Context!.GlobalStoragePath, "Kilo-Code", "MCP");
        Directory.CreateDirectory(dir);
        return Task.FromResult(dir);
    }

    /// <summary><c>ensureSettingsDirectoryExists()</c>: getSettingsDirectoryPath(contextProxy.globalStorageUri.fsPath).</summary>
    public Task<string> EnsureSettingsDirectoryExistsAsync() =>
        Storage.GetSettingsDirectoryPathAsync(Context!.GlobalStoragePath,
            // vscode.workspace.getConfiguration("kilo-code").get("customStoragePath", "") (contributed default "")
            (State.Settings["vscodeConfiguration"] as JsonObject)?["kilo-code.customStoragePath"] is JsonValue p && p.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : "");

    /// <summary>
    /// What the tools asked of the provider beyond its state, in order (the transcript's <c>providerCalls</c>):
    /// <c>{call:"createTask", text, images, mode, initialTodos}</c>, <c>{call:"finishSubTask", lastMessage}</c>.
    /// </summary>
    public List<JsObject> Calls { get; } = [];

    public Task<ProviderState> GetStateAsync() => Task.FromResult(State);

    /// <summary><c>handleModeSwitch(newMode)</c>: here, only the state's mode changes.</summary>
    public Task HandleModeSwitchAsync(string newMode)
    {
        State.Mode = newMode;
        return Task.CompletedTask;
    }

    /// <summary>
    /// <c>createTask(text, images, parentTask, options)</c>: records the child's text, images, the provider's mode at
    /// that moment and <c>options.initialTodos</c>, and returns a fake child that has only a taskId (Codex's real one
    /// builds a Task and puts it on the task stack).
    /// </summary>
    public Task<TaskHandle?> CreateTaskAsync(string? text = null, IReadOnlyList<string>? images = null, ClineTask? parentTask = null, CreateTaskOptions? options = null)
    {
        options ??= new CreateTaskOptions();
        Calls.Add(new JsObject
        {
            { "call", "createTask" },
            { "text", text },
            { "images", images },
            { "mode", State.Mode },
            { "initialTodos", options.InitialTodos?.Select(t => t.ToJs()).ToList() },
        });
        return Task.FromResult<TaskHandle?>(new TaskHandle(Guid.NewGuid().ToString()));
    }

    /// <summary><c>finishSubTask(lastMessage)</c>: records it (Codex's real one ends the sub task and resumes its parent).</summary>
    public Task FinishSubTaskAsync(string lastMessage)
    {
        Calls.Add(new JsObject { { "call", "finishSubTask" }, { "lastMessage", lastMessage } });
        return Task.CompletedTask;
    }
}

/// <summary><c>WeakRef&lt;ClineProvider&gt;</c>: <see cref="Deref"/> may give null, as in Codex.</summary>
public sealed class ProviderRef(ClineProvider? provider)
{
    public ClineProvider? Deref() => provider;

    /// <summary><c>(await providerRef.deref()?.getState())</c>.</summary>
    public async Task<ProviderState?> GetStateAsync() => provider is null ? null : await provider.GetStateAsync();
}

/// <summary>
/// The part of a ModelInfo (packages/types/src/model.ts) the tools read: <c>supportsImages</c> (undefined → null) and
/// <c>contextWindow</c> (NaN when the case's <c>modelInfo</c> setting leaves it out, as <c>0.8 * undefined</c> is).
/// </summary>
public sealed record ModelInfo(bool? SupportsImages, double ContextWindow)
{
    /// <summary>anthropicModels (packages/types/src/providers/anthropic.ts): every one has a 200K window; only 3.5 Haiku takes no images.</summary>
    private static readonly IReadOnlyDictionary<string, ModelInfo> Anthropic = new Dictionary<string, ModelInfo>(StringComparer.Ordinal)
    {
        ["claude-sonnet-4-20250514"] = new(true, 200_000),
        ["claude-opus-4-1-20250805"] = new(true, 200_000),
        ["claude-opus-4-20250514"] = new(true, 200_000),
        ["claude-3-7-sonnet-20250219:thinking"] = new(true, 200_000),
        ["claude-3-7-sonnet-20250219"] = new(true, 200_000),
        ["claude-3-5-sonnet-20241022"] = new(true, 200_000),
        ["claude-3-5-haiku-20241022"] = new(false, 200_000),
        ["claude-3-opus-20240229"] = new(true, 200_000),
        ["claude-3-haiku-20240307"] = new(true, 200_000),
    };

    /// <summary>
    /// The fake's model info (docs/transcript.md): the case setting <c>modelInfo</c>, else anthropicModels[modelId], else
    /// the default Anthropic model's.
    /// </summary>
    public static ModelInfo For(string modelId, JsonNode? modelInfoSetting)
    {
        if (modelInfoSetting is JsonObject o)
        {
            bool? images = o["supportsImages"] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? v.GetValueKind() == JsonValueKind.True
                : null;
            double window = o["contextWindow"] is JsonValue w && w.GetValueKind() == JsonValueKind.Number ? w.GetValue<double>() : double.NaN;
            return new ModelInfo(images, window);
        }
        return Anthropic.GetValueOrDefault(modelId) ?? Anthropic["claude-sonnet-4-20250514"];
    }
}

/// <summary>The model of <c>cline.api.getModel()</c>.</summary>
public sealed record ApiModel(string Id, ModelInfo Info);

public sealed class ApiHandler(string modelId, ModelInfo info)
{
    public ApiModel GetModel() => new(modelId, info);

    /// <summary>
    /// <c>countTokens(content)</c>: the local o200k estimate every Codex provider uses (BaseProvider → countTokens →
    /// tiktoken); Anthropic's handler first asks the network API, never reachable here.
    /// </summary>
    public Task<int> CountTokensAsync(IReadOnlyList<ContentBlock> content) => Tiktoken.CountTokensAsync(content);
}

/// <summary>The browser session (browser_action is not in this port yet): closing is a no-op.</summary>
public sealed class BrowserSession
{
    public Task CloseBrowserAsync() => Task.CompletedTask;
}

public sealed class ClineTask
{
    public string TaskId { get; } = Guid.NewGuid().ToString();
    public string InstanceId { get; } = Guid.NewGuid().ToString()[..8];
    /// <summary>The workspace folder (Codex's <c>cline.cwd</c>).</summary>
    public string Cwd { get; }
    public bool Abort { get; set; }
    public bool IsPaused { get; set; }
    public string PausedModeSlug { get; set; } = Modes.DefaultModeSlug;
    /// <summary>The parent of a sub task: a fake one with only a taskId (case setting <c>isSubtask</c>), else null.</summary>
    public TaskHandle? ParentTask { get; }

    public ProviderRef ProviderRef { get; }
    /// <summary>The <c>vscode</c> API as the tools see it (configuration from the case setting <c>vscodeConfiguration</c>).</summary>
    public VsCode VsCode { get; }
    public ApiHandler Api { get; }
    public BrowserSession BrowserSession { get; } = new();
    public ToolRepetitionDetector ToolRepetitionDetector { get; }

    // Checkpoints (never enabled for these tasks, as in the TypeScript host's fake)
    public bool EnableCheckpoints { get; set; }
    public ICheckpointService? CheckpointService { get; set; }

    // Todos
    public List<TodoItem>? TodoList { get; set; }

    // Editing
    public bool DiffEnabled { get; set; }
    public double FuzzyMatchThreshold { get; set; }
    public bool DidEditFile { get; set; }
    /// <summary>
    /// Task's constructor sets a MultiSearchReplaceDiffStrategy when diff editing is enabled (the multi-file one with
    /// the multiFileApplyDiff experiment); null otherwise.
    /// </summary>
    public IDiffStrategy? DiffStrategy { get; set; }
    public DiffViewProvider DiffViewProvider { get; }
    public RooIgnoreController? RooIgnoreController { get; }
    public RooProtectedController? RooProtectedController { get; }
    public FileContextTracker FileContextTracker { get; }

    // Tool Use
    public int ConsecutiveMistakeCount { get; set; }
    public int ConsecutiveMistakeLimit { get; set; }
    /// <summary>A Map (insertion-ordered) of path → count.</summary>
    public OrderedDictionary<string, int> ConsecutiveMistakeCountForApplyDiff { get; } = new(StringComparer.Ordinal);
    /// <summary>ToolUsage: tool name → { attempts, failures }, in first-use order.</summary>
    public OrderedDictionary<string, ToolUsageEntry> ToolUsage { get; } = new(StringComparer.Ordinal);

    // Streaming
    public bool IsStreaming { get; set; }
    public int CurrentStreamingContentIndex { get; set; }
    public bool CurrentStreamingDidCheckpoint { get; set; }
    public List<AssistantMessageContent> AssistantMessageContent { get; set; } = [];
    public bool PresentAssistantMessageLocked { get; set; }
    public bool PresentAssistantMessageHasPendingUpdates { get; set; }
    public List<ContentBlock> UserMessageContent { get; set; } = [];
    public bool UserMessageContentReady { get; set; }
    public bool DidRejectTool { get; set; }
    public bool DidAlreadyUseTool { get; set; }
    public bool DidCompleteReadingStream { get; set; }
    public AssistantMessageParser AssistantMessageParser { get; } = new();

    /// <summary>The assistant text of the current response as it would be saved to the API history (with any interrupt note).</summary>
    public string AssistantMessage { get; private set; } = "";

    /// <summary>Every ask/say call, in order.</summary>
    public List<UiEvent> UiEvents { get; } = [];

    /// <summary><c>clineMessages</c>, kept by ask/say as Task.ask/say keep them (partial messages updated in place).</summary>
    public List<ClineMessage> ClineMessages { get; } = [];

    private readonly Queue<AskResponse> _scriptedAnswers;

    public ClineTask(string cwd, ClineProvider? provider, IEnumerable<AskResponse>? scriptedAnswers = null)
    {
        Cwd = cwd;
        ProviderRef = new ProviderRef(provider);
        var state = provider?.State ?? new ProviderState();
        Api = new ApiHandler(state.ModelId, ModelInfo.For(state.ModelId, state.Settings["modelInfo"]));
        DiffEnabled = state.DiffEnabled;
        FuzzyMatchThreshold = state.FuzzyMatchThreshold;
        ConsecutiveMistakeLimit = state.ConsecutiveMistakeLimit;
        ToolRepetitionDetector = new ToolRepetitionDetector(ConsecutiveMistakeLimit);
        _scriptedAnswers = new Queue<AskResponse>(scriptedAnswers ?? []);
        // A sub task (case setting `isSubtask`): its parent is a fake task with only a taskId.
        if (Truthy(state.Settings["isSubtask"])) ParentTask = new TaskHandle(Guid.NewGuid().ToString());
        // As Task's constructor does with TaskOptions.initialTodos (case setting `initialTodos`).
        if (state.Settings["initialTodos"] is JsonArray { Count: > 0 } initialTodos)
            TodoList = initialTodos.Select(t => t is JsonObject o ? TodoItem.FromJson(o) : new TodoItem("", "", "")).ToList();
        VsCode = VsCode.FromSettings(state.Settings["vscodeConfiguration"] as JsonObject);
        VsCode.WorkspaceFolders = [cwd];

        RooIgnoreController = new RooIgnoreController(cwd);
        RooProtectedController = new RooProtectedController(cwd);
        FileContextTracker = new FileContextTracker(TaskId);
        // Codex starts initialize() here without awaiting it (the TypeScript host awaits it before the response); its
        // file I/O completes synchronously here, so the rules are loaded when the constructor returns.
        RooIgnoreController.InitializeAsync().GetAwaiter().GetResult();
        DiffViewProvider = new DiffViewProvider(cwd, this);
        if (DiffEnabled) DiffStrategy = CreateDiffStrategy(state);
    }

    /// <summary>The diff strategy Task's constructor picks (see <see cref="DiffStrategy"/>).</summary>
    private IDiffStrategy CreateDiffStrategy(ProviderState state) =>
        Experiments.IsEnabled(state.Experiments ?? new Dictionary<string, bool>(), Experiments.MultiFileApplyDiff)
            ? new MultiFileSearchReplaceDiffStrategy(FuzzyMatchThreshold)
            : new MultiSearchReplaceDiffStrategy(FuzzyMatchThreshold);

    /// <summary>
    /// <c>emit(event, ...args)</c> of the task's EventEmitter: nothing listens to a task in this port, so it only
    /// reports that there were no listeners (the events: taskCompleted, taskSpawned, taskPaused, …).
    /// </summary>
    public bool Emit(string eventName, params object?[] args) => false;

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.Number => v.GetValue<double>() is var d && d != 0 && !double.IsNaN(d),
            _ => true,
        },
        _ => true,
    };

    // Ask / say

    /// <summary>
    /// <c>ask(type, text?, partial?, progressStatus?, isProtected?)</c>. A partial ask records its event and
    /// throws "Current ask promise was ignored (#1|#2)" as Task.ask does (callers catch it); a complete one takes the next scripted
    /// answer, or approves when none is left.
    /// </summary>
    public async Task<AskResponse> AskAsync(string type, string? text = null, bool? partial = null, ToolProgressStatus? progressStatus = null, bool? isProtected = null)
    {
        await Task.CompletedTask;
        if (Abort)
        {
            throw new Exception($"[KiloCode#ask] task {TaskId}.{InstanceId} aborted");
        }

        var ev = new AskEvent(type, text, partial, isProtected, progressStatus, null, null, null, null);
        int at = UiEvents.Count;
        UiEvents.Add(ev);
        // Keep clineMessages as Task.ask does.
        var last = ClineMessages.Count > 0 ? ClineMessages[^1] : null;
        bool updating = partial is not null && last is not null && last.Partial == true && last.Type == "ask" && last.Ask == type;
        if (updating)
        {
            last!.Text = text;
            last.Partial = partial == true;
            last.ProgressStatus = progressStatus;
            last.IsProtected = isProtected;
        }
        else
        {
            ClineMessages.Add(new ClineMessage { Type = "ask", Ask = type, Text = text, Partial = partial == true ? true : null, IsProtected = isProtected });
        }

        if (partial == true)
        {
            // Task.ask's texts: #1 when a partial message was updated, #2 when a new partial message was added.
            throw new Exception($"Current ask promise was ignored ({(updating ? "#1" : "#2")})");
        }

        bool scripted = _scriptedAnswers.TryDequeue(out var answer);
        answer ??= new AskResponse("yesButtonClicked");
        UiEvents[at] = ev with { Response = answer.Response, ResponseText = answer.Text, ResponseImages = answer.Images, Scripted = scripted };
        return answer;
    }

    /// <summary><c>say(type, text?, images?, partial?, checkpoint?, progressStatus?, options?, contextCondense?)</c>: records the event.</summary>
    public async Task SayAsync(
        string type, string? text = null, IReadOnlyList<string>? images = null, bool? partial = null,
        JsonObject? checkpoint = null, ToolProgressStatus? progressStatus = null, JsonObject? options = null,
        JsonObject? contextCondense = null)
    {
        await Task.CompletedTask;
        if (Abort)
        {
            throw new Exception($"[Kilo Code#say] task {TaskId}.{InstanceId} aborted");
        }
        UiEvents.Add(new SayEvent(type, text, partial, images));
        // Keep clineMessages as Task.say does (some tools read the last message).
        var last = ClineMessages.Count > 0 ? ClineMessages[^1] : null;
        bool updating = partial is not null && last is not null && last.Partial == true && last.Type == "say" && last.Say == type;
        if (updating)
        {
            last!.Text = text;
            last.Images = images;
            last.Partial = partial == true;
            last.ProgressStatus = progressStatus;
        }
        else
        {
            ClineMessages.Add(new ClineMessage
            {
                Type = "say", Say = type, Text = text, Images = images, Partial = partial == true ? true : null,
                Metadata = options?["metadata"] as JsonObject,
            });
        }
    }

    /// <summary><c>sayAndCreateMissingParamError(toolName, paramName, relPath?)</c>.</summary>
    public async Task<string> SayAndCreateMissingParamErrorAsync(string toolName, string paramName, string? relPath = null)
    {
        await SayAsync(
            "error",
            $"Kilo Code tried to use {toolName}{(!string.IsNullOrEmpty(relPath) ? $" for '{ToPosix(relPath)}'" : "")} without value for required parameter '{paramName}'. Retrying...");
        return FormatResponse.ToolError(FormatResponse.MissingToolParameterError(paramName));
    }

    public void RecordToolUsage(string toolName)
    {
        if (!ToolUsage.TryGetValue(toolName, out var usage))
        {
            usage = new ToolUsageEntry();
            ToolUsage[toolName] = usage;
        }
        usage.Attempts++;
    }

    public void RecordToolError(string toolName, string? error = null)
    {
        if (!ToolUsage.TryGetValue(toolName, out var usage))
        {
            usage = new ToolUsageEntry();
            ToolUsage[toolName] = usage;
        }
        usage.Failures++;
        // if (error) emit(TaskToolFailed, …): no listeners here.
    }

    /// <summary><c>checkpointSave(force)</c>: checkpoints are not enabled for these tasks, so nothing is saved.</summary>
    public Task CheckpointSaveAsync(bool force = false) => Task.CompletedTask;

    /// <summary>
    /// One API response, as Task.recursivelyMakeClineRequests streams it (docs/transcript.md, "The Task driver"):
    /// each chunk is parsed and presented, and the next one is delivered after that presentation settled.
    /// </summary>
    public async Task RunAssistantResponseAsync(IReadOnlyList<string> chunks, CancellationToken cancellationToken = default)
    {
        // Reset streaming state.
        CurrentStreamingContentIndex = 0;
        CurrentStreamingDidCheckpoint = false;
        AssistantMessageContent = [];
        DidCompleteReadingStream = false;
        UserMessageContent = [];
        UserMessageContentReady = false;
        DidRejectTool = false;
        DidAlreadyUseTool = false;
        PresentAssistantMessageLocked = false;
        PresentAssistantMessageHasPendingUpdates = false;
        AssistantMessageParser.Reset();

        AssistantMessage = "";
        IsStreaming = true;
        try
        {
            foreach (var chunk in chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AssistantMessage += chunk;

                // Parse raw assistant message chunk into content blocks.
                int prevLength = AssistantMessageContent.Count;
                AssistantMessageContent = AssistantMessageParser.ProcessChunk(chunk);

                if (AssistantMessageContent.Count > prevLength)
                {
                    // New content we need to present, reset to false in case previous content set this to true.
                    UserMessageContentReady = false;
                }

                // Present content to user.
                await PresentAssistantMessage.PresentAsync(this);

                if (DidRejectTool)
                {
                    // userContent has a tool rejection: interrupt the response to present the user's feedback.
                    AssistantMessage += "\n\n[Response interrupted by user feedback]";
                    break;
                }

                if (DidAlreadyUseTool)
                {
                    AssistantMessage +=
                        "\n\n[Response interrupted by a tool use result. Only one tool may be used at a time and should be placed at the end of the message.]";
                    break;
                }
            }
        }
        finally
        {
            IsStreaming = false;
        }

        DidCompleteReadingStream = true;

        // Set any blocks to be complete to allow presentAssistantMessage to finish and set
        // userMessageContentReady to true.
        var partialBlocks = AssistantMessageContent.Where(block => block.Partial).ToList();
        foreach (var block in partialBlocks) block.Partial = false;

        // Now that the stream is complete, finalize any remaining partial content blocks
        AssistantMessageParser.FinalizeContentBlocks();
        AssistantMessageContent = AssistantMessageParser.GetContentBlocks();

        if (partialBlocks.Count > 0)
        {
            // Presents the last partial block that was just set to complete.
            cancellationToken.ThrowIfCancellationRequested();
            await PresentAssistantMessage.PresentAsync(this);
        }

        // Reset parser after each complete conversation round
        AssistantMessageParser.Reset();

        if (AssistantMessage.Length > 0)
        {
            // (Codex saves the assistant message to the API history here and waits for userMessageContentReady;
            // the driver records it instead of waiting.)

            // If the model did not tool use, then we need to tell it to either use a tool or attempt_completion.
            bool didToolUse = AssistantMessageContent.Any(block => block is ToolUse);
            if (!didToolUse)
            {
                UserMessageContent.Add(new TextBlock(FormatResponse.NoToolsUsed()));
                ConsecutiveMistakeCount++;
            }
        }
        // else: Codex reports an empty response as an API error (outside the tool layer).
    }

    /// <summary>utils/path.ts toPosixPath: backslashes to slashes, except Windows extended-length paths.</summary>
    private static string ToPosix(string p) => p.StartsWith(@"\\?\", StringComparison.Ordinal) ? p : p.Replace('\\', '/');
}
