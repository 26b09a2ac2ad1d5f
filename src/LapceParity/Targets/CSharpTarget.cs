using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lapce.Tools.AssistantMessage;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Tools;
using Lapce.Tools.Utils;
using LapceParity.Model;

namespace LapceParity.Targets;

/// <summary>
/// The C# port, in process. Each case runs in its own temp workspace (<c>&lt;tmp&gt;/&lt;guid&gt;/&lt;workspaceName&gt;</c>)
/// and produces the transcript of docs/transcript.md, shaped as the TypeScript host shapes it.
/// </summary>
public sealed class CSharpTarget : ITarget
{
    /// <param name="codexRoot">
    /// The Codex tree the port reads resources from at run time (fetch_instructions' texts); null: CODEX_ROOT, if set.
    /// Without one, cases that need it are reported as not run.
    /// </param>
    public CSharpTarget(string? codexRoot = null)
    {
        TargetEnvironment.ScrubThisProcess();
        if (codexRoot is not null) Lapce.Tools.Prompts.Instructions.CodexSources.Root = Path.GetFullPath(codexRoot);
    }

    // ripgrep (list_files, search_files) runs from the folder that holds the case folders, as in the TypeScript host
    // (docs/transcript.md, "The Task driver"): its globs see "<case>/<workspace>/…", not "/tmp/…".
    static CSharpTarget() => NodeChildProcess.WorkingDirectory =
        Directory.ResolveLinkTarget(Path.GetTempPath().TrimEnd('/'), returnFinalTarget: true)?.FullName ?? Path.GetTempPath();

    public string Name => "csharp";
    public TargetKind Kind => TargetKind.CSharp;

    public string? Version { get; } =
        typeof(ClineTask).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public Task<string?> EnsureStartedAsync(CancellationToken ct) => Task.FromResult<string?>(null);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public async Task<TargetResponse> RunAsync(CaseSpec spec, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (spec.TimeoutMs > 0) cts.CancelAfter(spec.TimeoutMs);

        // The case runs off the caller's thread so a timeout can be reported while it is still going.
        var run = Task.Run(() => RunCaseAsync(spec, cts.Token), CancellationToken.None);
        try
        {
            var transcript = await run.WaitAsync(cts.Token);
            // Finished, but past the deadline (the timer's callback can lag behind on a busy machine).
            if (spec.TimeoutMs > 0 && sw.ElapsedMilliseconds > spec.TimeoutMs)
                return new TargetResponse(ResponseStatus.Timeout, null, $"timed out after {spec.TimeoutMs} ms", Elapsed: sw.Elapsed);
            return TargetResponse.Success(transcript, sw.Elapsed);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new TargetResponse(ResponseStatus.Timeout, null, $"timed out after {spec.TimeoutMs} ms", Elapsed: sw.Elapsed);
        }
        catch (ResourceUnavailableException e)
        {
            // The port needs something this run does not have (e.g. the Codex tree): not run, never a pass.
            return new TargetResponse(ResponseStatus.Unavailable, null, e.Reason, Elapsed: sw.Elapsed);
        }
        catch (CaseException e)
        {
            return new TargetResponse(ResponseStatus.TargetError, null, $"Error: {e.Message}", Elapsed: sw.Elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new TargetResponse(ResponseStatus.TargetError, null, $"{e.GetType().Name}: {e.Message}", StderrTail: e.ToString(), Elapsed: sw.Elapsed);
        }
    }

    /// <summary>A bad case or a failure of the harness itself (not of the tool layer): <c>ok:false</c>.</summary>
    private sealed class CaseException(string message) : Exception(message);

    private static async Task<JsonObject> RunCaseAsync(CaseSpec spec, CancellationToken ct)
    {
        var op = string.IsNullOrEmpty(spec.Op) ? "present" : spec.Op;
        switch (op)
        {
            case "present":
                return await RunPresentAsync(spec, ct);
            case "parse":
            {
                var t = EmptyTranscript();
                var chunks = ChunksOf(spec);
                t["results"] = RunParse(spec.Message ?? "", chunks, spec.EverySplit, ct);
                return t;
            }
            case "validate":
            {
                var t = EmptyTranscript();
                t["results"] = RunValidate(spec.Validate ?? throw new CaseException("op validate needs case.validate"));
                return t;
            }
            case "repetition":
            {
                var t = EmptyTranscript();
                t["results"] = RunRepetition(spec.Repetition ?? throw new CaseException("op repetition needs case.repetition"));
                return t;
            }
            default:
                throw new CaseException($"unknown case op: {JsJson.Quote(op)}");
        }
    }

    private static JsonObject EmptyTranscript() => new()
    {
        ["userMessageContent"] = new JsonArray(),
        ["ui"] = new JsonArray(),
        ["state"] = null,
        ["assistantMessage"] = null,
        ["files"] = new JsonArray(),
        ["results"] = null,
        ["error"] = null,
    };

    private static List<string> ChunksOf(CaseSpec spec)
    {
        var message = spec.Message ?? "";
        var chunks = spec.Chunks ?? [message];
        if (string.Concat(chunks) != message) throw new CaseException("case.chunks do not concatenate to case.message");
        return chunks;
    }

    // ---- present ------------------------------------------------------------------------------------------

    /// <summary>
    /// case.bench = {iterations, warmup}: the same case run repeatedly, timing only the tool layer's work (the driver:
    /// parsing, dispatch and the tool with its file I/O), as the TypeScript host does; the last transcript carries timings.ms.
    /// </summary>
    private static async Task<JsonObject> RunPresentAsync(CaseSpec spec, CancellationToken ct)
    {
        if (spec.Bench is not { } bench) return (await RunPresentOnceAsync(spec, ct)).Transcript;
        var warmup = bench["warmup"]?.GetValue<int>() ?? 3;
        var iterations = bench["iterations"]?.GetValue<int>() ?? 10;
        var ms = new JsonArray();
        JsonObject last = null!;
        JsTimers.SkipWaits = true; // Codex's fixed waits are not work (docs/performance.md)
        try
        {
            for (var i = 0; i < warmup + iterations; i++)
            {
                var (t, elapsed) = await RunPresentOnceAsync(spec, ct);
                if (i >= warmup) ms.Add(elapsed);
                last = t;
            }
        }
        finally
        {
            JsTimers.SkipWaits = false;
        }
        last["timings"] = new JsonObject { ["ms"] = ms };
        return last;
    }

    private static async Task<(JsonObject Transcript, double Ms)> RunPresentOnceAsync(CaseSpec spec, CancellationToken ct)
    {
        var settings = CaseSpec.DefaultSettings();
        foreach (var (k, v) in spec.Settings ?? new JsonObject()) settings[k] = v?.DeepClone();
        var chunks = ChunksOf(spec);

        var ws = Workspace.Create(spec.WorkspaceName ?? "workspace", spec.Files ?? [], spec.Git, spec.Permissions ?? []);
        try
        {
            var codeIndex = new Lapce.Tools.Services.CodeIndex.CodeIndexCase(settings["codeIndex"] as JsonObject, ws.Cwd);
            var provider = new ClineProvider(ProviderState.FromSettings(settings), new ExtensionContext(ws.GlobalStorage, codeIndex));
            var answers = (spec.Answers ?? []).Select(a => new AskResponse(a.Response, a.Text, a.Images));
            var task = new ClineTask(ws.Cwd, provider, answers);

            string? error = null;
            long started = 0;
            double elapsed = 0;
            try
            {
                // Bench runs: the harness's own garbage (the last transcript, this workspace's fixture) is collected
                // before the timed part, so that a collection it triggers is not counted as the tool's work.
                if (spec.Bench is not null) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
                started = Stopwatch.GetTimestamp();
                await task.RunAssistantResponseAsync(chunks, ct);
                elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (ResourceUnavailableException)
            {
                throw;
            }
            catch (Exception e)
            {
                error = $"{JsError.NameOf(e)}: {e.Message}";
            }

            var t = EmptyTranscript();
            t["userMessageContent"] = new JsonArray(task.UserMessageContent.Select(ContentBlockJson).ToArray());
            t["ui"] = new JsonArray(task.UiEvents.Select(UiEventJson).ToArray());
            t["state"] = StateJson(task, provider);
            t["assistantMessage"] = task.AssistantMessage;
            ws.RestorePermissions();
            t["files"] = Workspace.Read(ws.Cwd);
            t["error"] = error;
            // Only when the tools asked the provider to create or finish a task: absent otherwise (as the TypeScript host).
            if (provider.Calls.Count > 0) t["providerCalls"] = JsonText.Parse(JsJson.Stringify(provider.Calls)!);
            // Only when a search reached the code index: absent otherwise (as the TypeScript host).
            if (codeIndex.Calls.Count > 0) t["codeIndexCalls"] = JsonText.Parse(JsJson.Stringify(codeIndex.Calls)!);
            t["workspacePath"] = ws.Cwd; // replaced by {workspace} in normalisation
            return (t, elapsed);
        }
        finally
        {
            ws.Remove();
        }
    }

    private static JsonNode ContentBlockJson(ContentBlock block) => block switch
    {
        TextBlock t => new JsonObject { ["type"] = "text", ["text"] = t.Text },
        ImageBlock i => new JsonObject
        {
            ["type"] = "image",
            ["source"] = WithoutNulls(new JsonObject { ["type"] = "base64", ["media_type"] = i.MediaType, ["data"] = i.Data }),
        },
        _ => throw new InvalidOperationException($"unknown content block {block.GetType().Name}"),
    };

    /// <summary>JSON.parse(JSON.stringify(x)) drops undefined properties; the port's null stands for undefined there.</summary>
    private static JsonObject WithoutNulls(JsonObject o)
    {
        foreach (var key in o.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList()) o.Remove(key);
        return o;
    }

    private static JsonArray? Strings(IReadOnlyList<string>? list) =>
        list is null ? null : new JsonArray(list.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());

    private static JsonNode UiEventJson(UiEvent e) => e switch
    {
        SayEvent s => new JsonObject
        {
            ["kind"] = "say",
            ["type"] = s.Type,
            ["text"] = s.Text,
            ["partial"] = s.Partial,
            ["images"] = Strings(s.Images),
        },
        AskEvent a => new JsonObject
        {
            ["kind"] = "ask",
            ["type"] = a.Type,
            ["text"] = a.Text,
            ["partial"] = a.Partial,
            ["isProtected"] = a.IsProtected,
            ["progressStatus"] = a.ProgressStatus is null ? null : WithoutNulls(new JsonObject { ["icon"] = a.ProgressStatus.Icon, ["text"] = a.ProgressStatus.Text }),
            ["response"] = a.Response,
            ["responseText"] = a.ResponseText,
            ["responseImages"] = Strings(a.ResponseImages),
            ["scripted"] = a.Scripted,
        },
        _ => throw new InvalidOperationException($"unknown UI event {e.GetType().Name}"),
    };

    private static JsonObject StateJson(ClineTask task, ClineProvider provider)
    {
        var applyDiff = new JsonObject();
        foreach (var (path, count) in task.ConsecutiveMistakeCountForApplyDiff) applyDiff[path] = count;
        var usage = new JsonObject();
        foreach (var (tool, u) in task.ToolUsage) usage[tool] = new JsonObject { ["attempts"] = u.Attempts, ["failures"] = u.Failures };
        return new JsonObject
        {
            ["consecutiveMistakeCount"] = task.ConsecutiveMistakeCount,
            ["consecutiveMistakeCountForApplyDiff"] = applyDiff,
            ["didRejectTool"] = task.DidRejectTool,
            ["didAlreadyUseTool"] = task.DidAlreadyUseTool,
            ["didEditFile"] = task.DidEditFile,
            ["userMessageContentReady"] = task.UserMessageContentReady,
            ["mode"] = provider.State.Mode,
            ["toolUsage"] = usage,
        };
    }

    // ---- parse --------------------------------------------------------------------------------------------

    private static JsonNode BlockJson(AssistantMessageContent block) => block switch
    {
        TextContent t => new JsonObject { ["type"] = "text", ["content"] = t.Content, ["partial"] = t.Partial },
        ToolUse u => new JsonObject
        {
            ["type"] = "tool_use",
            ["name"] = u.Name,
            ["params"] = new JsonObject(u.Params.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
            ["partial"] = u.Partial,
        },
        _ => throw new InvalidOperationException($"unknown block {block.GetType().Name}"),
    };

    private static JsonNode BlocksJson(IEnumerable<AssistantMessageContent> blocks) => new JsonArray(blocks.Select(BlockJson).ToArray());

    private static JsonObject ErrorOf(Exception e) => new() { ["error"] = e.Message };

    /// <summary>Feeds chunks to a fresh parser: a snapshot after every chunk (deep copies), then the finalized blocks.</summary>
    private static (JsonArray Snapshots, JsonNode Finalized) StreamParse(IEnumerable<string> chunks)
    {
        var parser = new AssistantMessageParser();
        var snapshots = new JsonArray();
        foreach (var chunk in chunks)
        {
            try
            {
                snapshots.Add(BlocksJson(parser.ProcessChunk(chunk)));
            }
            catch (Exception e)
            {
                snapshots.Add(ErrorOf(e));
                return (snapshots, ErrorOf(e));
            }
        }
        parser.FinalizeContentBlocks();
        return (snapshots, BlocksJson(parser.GetContentBlocks()));
    }

    private static JsonObject RunParse(string message, List<string> chunks, bool everySplit, CancellationToken ct)
    {
        JsonNode v2;
        try
        {
            v2 = BlocksJson(ParseAssistantMessageV2.Parse(message));
        }
        catch (Exception e)
        {
            v2 = ErrorOf(e);
        }
        var streamed = StreamParse(chunks);

        JsonArray? splits = null;
        if (everySplit)
        {
            splits = [];
            var whole = JsonText.Write(StreamParse([message]).Finalized);
            for (int p = 1; p < message.Length; p++)
            {
                ct.ThrowIfCancellationRequested();
                var r = StreamParse([message[..p], message[p..]]).Finalized;
                if (JsonText.Write(r) != whole) splits.Add(new JsonObject { ["at"] = p, ["blocks"] = r });
            }
        }

        return new JsonObject
        {
            ["v2"] = v2,
            ["streamed"] = streamed.Finalized,
            ["snapshots"] = streamed.Snapshots,
            ["splits"] = splits,
        };
    }

    // ---- validate / repetition ----------------------------------------------------------------------------

    private static JsonObject RunValidate(JsonObject v)
    {
        var toolName = v["toolName"]?.GetValue<string>() ?? "undefined";
        var mode = v["mode"]?.GetValue<string>() ?? "undefined";
        var customModes = (v["customModes"] as JsonArray)?.OfType<JsonObject>().Select(ModeConfig.FromJson).ToList();
        var requirements = v["requirements"] is JsonObject req
            ? req.Where(kv => kv.Value is JsonValue).ToDictionary(kv => kv.Key, kv => kv.Value!.GetValueKind() == JsonValueKind.True)
            : null;
        var parameters = v["params"] is JsonObject par ? ToStringParams(par) : null;

        var results = new JsonObject();
        try
        {
            ValidateToolUse.Validate(toolName, mode, customModes, requirements, parameters);
            results["allowed"] = true;
        }
        catch (Exception e)
        {
            results["error"] = e.Message;
        }
        try
        {
            results["isToolAllowedForMode"] = Modes.IsToolAllowedForMode(toolName, mode, customModes ?? [], requirements, parameters);
        }
        catch (Exception e)
        {
            results["isToolAllowedForModeError"] = e.Message;
        }
        return results;
    }

    /// <summary>Parameter values as the parsers produce them: strings (other JSON values by their JSON text).</summary>
    private static OrderedDictionary<string, string> ToStringParams(JsonObject o)
    {
        var d = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in o)
        {
            if (v is null) continue;
            d[k] = v is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>() : v.ToJsonString();
        }
        return d;
    }

    private static JsonArray RunRepetition(JsonObject r)
    {
        var limit = r["limit"] is JsonValue l && l.GetValueKind() == JsonValueKind.Number ? (int)double.Parse(l.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) : 3;
        var detector = new ToolRepetitionDetector(limit);
        var results = new JsonArray();
        foreach (var call in (r["calls"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var block = new ToolUse
            {
                Name = call["name"]?.GetValue<string>() ?? "",
                Params = call["params"] is JsonObject p ? ToStringParams(p) : new OrderedDictionary<string, string>(),
                Partial = call["partial"] is JsonValue b && b.GetValueKind() == JsonValueKind.True,
            };
            var res = detector.Check(block);
            results.Add(new JsonObject
            {
                ["allowExecution"] = res.AllowExecution,
                ["askUser"] = res.AskUser is null
                    ? null
                    : new JsonObject { ["messageKey"] = res.AskUser.MessageKey, ["messageDetail"] = res.AskUser.MessageDetail },
            });
        }
        return results;
    }

    // ---- workspace ----------------------------------------------------------------------------------------

    private sealed record Workspace(string Root, string Cwd, IReadOnlyList<PathMode> Permissions)
    {
        /// <summary>root/.global-storage: the extension's global storage (outside the workspace; not read back).</summary>
        public string GlobalStorage => Path.Combine(Root, ".global-storage");

        private static readonly IReadOnlySet<string> GitOnly = new HashSet<string> { ".git" };
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static Workspace Create(string workspaceName, IReadOnlyList<WorkspaceFile> files, bool git, IReadOnlyList<PathMode> permissions)
        {
            if (string.IsNullOrEmpty(workspaceName) || workspaceName.Contains('/') || workspaceName.Contains('\\') || workspaceName is "." or "..")
                throw new CaseException($"bad workspaceName: {JsJson.Quote(workspaceName ?? "")}");

            var root = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
            var cwd = Path.Combine(root, workspaceName);
            Directory.CreateDirectory(cwd);
            var ws = new Workspace(root, cwd, permissions);
            Directory.CreateDirectory(ws.GlobalStorage);
            try
            {
                foreach (var f in files)
                {
                    var abs = FixturePath(root, cwd, f.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(abs)!);
                    if (f.Symlink is not null) File.CreateSymbolicLink(abs, f.Symlink);
                    else f.WriteNew(abs);
                }
                if (git) InitGit(cwd);
                // After the commit: git could not add a file nobody may read.
                foreach (var m in permissions)
                    File.SetUnixFileMode(FixturePath(root, cwd, m.Path), m.UnixMode);
                return ws;
            }
            catch
            {
                ws.Remove();
                throw;
            }
        }

        /// <summary>Inside the workspace, or one level up ("../x") beside it, never further (as the TypeScript host).</summary>
        private static string FixturePath(string root, string cwd, string path)
        {
            var rel = path.Replace('\\', '/');
            var outside = rel.StartsWith("../", StringComparison.Ordinal);
            var rest = outside ? rel[3..] : rel;
            if (rest.Length == 0 || rest.StartsWith('/') || rest.Split('/').Contains(".."))
                throw new CaseException($"fixture path escapes the case folder: {path}");
            return Path.Combine([outside ? root : cwd, .. rest.Split('/')]);
        }

        /// <summary><c>git init</c> + commit of the fixture, with a fixed identity and dates (as the TypeScript host).</summary>
        private static void InitGit(string cwd)
        {
            Git(cwd, "init", "-q");
            Git(cwd, "add", "-A");
            Git(cwd, "commit", "-q", "--allow-empty", "-m", "fixture");
        }

        private static void Git(string cwd, params string[] args)
        {
            var psi = new ProcessStartInfo("git")
            {
                WorkingDirectory = cwd,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var a in (string[])["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", .. args])
                psi.ArgumentList.Add(a);
            psi.Environment["GIT_AUTHOR_NAME"] = "Lapce Parity";
            psi.Environment["GIT_AUTHOR_EMAIL"] = "parity@example.invalid";
            psi.Environment["GIT_COMMITTER_NAME"] = "Lapce Parity";
            psi.Environment["GIT_COMMITTER_EMAIL"] = "parity@example.invalid";
            psi.Environment["GIT_AUTHOR_DATE"] = "2000-01-01T00:00:00Z";
            psi.Environment["GIT_COMMITTER_DATE"] = "2000-01-01T00:00:00Z";
            using var p = Process.Start(psi) ?? throw new CaseException("could not start git");
            p.StandardInput.Close();
            var stderr = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new CaseException($"git {string.Join(' ', args)} failed ({p.ExitCode}): {stderr.Result.Trim()}");
        }

        /// <summary>Files larger than this are read back as their size and SHA-256 (docs/transcript.md).</summary>
        public const long DigestAbove = 8L << 20;

        private static JsonObject Digest(FileInfo file)
        {
            using var stream = file.OpenRead();
            return new JsonObject { ["size"] = file.Length, ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)) };
        }

        /// <summary>All files under cwd (no .git) and beside it ("../x"), sorted by path (ordinal): text when valid UTF-8
        /// (BOM kept), else base64; symbolic links as their target, not followed.</summary>
        public static JsonArray Read(string cwd)
        {
            var files = new List<(string Path, byte[]? Bytes, string? Link, JsonObject? Digest)>();
            void Walk(string dir, string rel, IReadOnlySet<string> skip)
            {
                foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
                {
                    var r = rel.Length > 0 ? $"{rel}/{entry.Name}" : entry.Name;
                    if (skip.Contains(entry.Name)) continue;
                    if (entry.LinkTarget is { } target) files.Add((r, null, target, null));
                    else if (entry is DirectoryInfo d) Walk(d.FullName, r, GitOnly);
                    else if (entry is FileInfo fi && fi.Length > DigestAbove) files.Add((r, null, null, Digest(fi)));
                    else if (entry is FileInfo small) files.Add((r, File.ReadAllBytes(small.FullName), null, null));
                }
            }
            if (Directory.Exists(cwd))
            {
                Walk(cwd, "", GitOnly);
                Walk(Path.GetDirectoryName(cwd)!, "..", new HashSet<string> { Path.GetFileName(cwd), ".global-storage" });
            }

            var result = new JsonArray();
            foreach (var (path, bytes, link, digest) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                if (link is not null)
                {
                    result.Add(new JsonObject { ["path"] = path, ["symlink"] = link });
                    continue;
                }
                if (digest is not null)
                {
                    result.Add(new JsonObject { ["path"] = path, ["size"] = digest["size"]!.DeepClone(), ["sha256"] = digest["sha256"]!.DeepClone() });
                    continue;
                }
                string? text;
                try
                {
                    text = StrictUtf8.GetString(bytes!);
                }
                catch (DecoderFallbackException)
                {
                    text = null;
                }
                result.Add(text is not null
                    ? new JsonObject { ["path"] = path, ["text"] = text }
                    : new JsonObject { ["path"] = path, ["base64"] = Convert.ToBase64String(bytes!) });
            }
            return result;
        }

        /// <summary>Back to what the harness itself may read and delete (folders 755, files 644), last set first.</summary>
        public void RestorePermissions()
        {
            foreach (var m in Permissions.Reverse())
            {
                var abs = FixturePath(Root, Cwd, m.Path);
                if (Directory.Exists(abs)) File.SetUnixFileMode(abs, (UnixFileMode)0b111_101_101);
                else if (File.Exists(abs)) File.SetUnixFileMode(abs, (UnixFileMode)0b110_100_100);
            }
        }

        public void Remove()
        {
            try
            {
                if (!Directory.Exists(Root)) return;
                RestorePermissions();
                foreach (var f in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
                    File.SetAttributes(f, FileAttributes.Normal); // git objects are read-only (matters on Windows)
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"[csharp] could not remove {Root}: {e.Message}");
            }
        }
    }
}
