/**
 * The fake Task and the Task driver of docs/transcript.md ("The Task driver").
 *
 * Only what Codex's Task does around the tool layer is faked here: the streaming loop (driver), ask/say
 * (recorded, scripted answers), provider state. Tools, parser, presentAssistantMessage, DiffViewProvider,
 * RooIgnore/RooProtected controllers, FileContextTracker and diff strategies are Codex's own classes.
 * sayAndCreateMissingParamError / recordToolUsage / recordToolError (and getTokenUsage) are Codex's own
 * Task.prototype methods, called on the fake.
 */
import { EventEmitter } from "events"
import * as crypto from "crypto"
import * as vscode from "vscode"
import {
	presentAssistantMessage,
	AssistantMessageParser,
	ToolRepetitionDetector,
	formatResponse,
	DiffViewProvider,
	RooIgnoreController,
	RooProtectedController,
	FileContextTracker,
	MultiSearchReplaceDiffStrategy,
	MultiFileSearchReplaceDiffStrategy,
	experiments,
	EXPERIMENT_IDS,
	defaultModeSlug,
	Task,
	anthropicModels,
	anthropicDefaultModelId,
	tiktoken,
	McpHub,
	getSettingsDirectoryPath,
} from "./codex"
import * as fs from "fs"
import * as path from "path"

export interface ScriptedAnswer {
	response: string
	text?: string | null
	images?: string[] | null
}

export type UiEvent =
	| { kind: "say"; type: string; text: string | null; partial: boolean | null; images: string[] | null }
	| {
			kind: "ask"
			type: string
			text: string | null
			partial: boolean | null
			isProtected: boolean | null
			progressStatus: unknown
			response: string | null
			responseText: string | null
			responseImages: string[] | null
			scripted: boolean | null
	  }

const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v)

/** The provider (ClineProvider) as the tools see it: state from the case settings, mode switching. */
export class FakeProvider {
	state: Record<string, any>
	readonly context: any
	readonly contextProxy: any
	private readonly mcpHub: any
	private readonly globalStorageDir: string
	constructor(settings: Record<string, any>, globalStorageDir: string, extensionPath: string) {
		this.state = { ...settings }
		this.globalStorageDir = globalStorageDir
		this.mcpHub = this.fakeMcpHub(settings.mcpHub)
		const globalStorageUri = vscode.Uri.file(globalStorageDir)
		this.context = {
			globalStorageUri,
			globalStoragePath: globalStorageDir,
			extensionPath,
			extensionUri: vscode.Uri.file(extensionPath),
			globalState: { get: (k: string) => this.state[k], update: async (k: string, v: any) => void (this.state[k] = v), keys: () => Object.keys(this.state) },
			workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
			secrets: { get: async () => undefined, store: async () => {}, delete: async () => {} },
			subscriptions: [],
		}
		this.contextProxy = {
			globalStorageUri,
			extensionUri: this.context.extensionUri,
			getGlobalState: (k: string) => this.state[k],
			getValue: (k: string) => this.state[k],
			getValues: () => ({ ...this.state }),
			setValue: async (k: string, v: any) => void (this.state[k] = v),
		}
	}
	async getState() {
		return { ...this.state }
	}
	async handleModeSwitch(slug: string) {
		this.state.mode = slug
	}
	/** What the tools asked of the provider beyond its state (the transcript's `providerCalls`). */
	readonly calls: Record<string, unknown>[] = []
	/**
	 * `createTask(text, images, parentTask, options)`: records the child's text, images, the provider's mode at that
	 * moment and `options.initialTodos`, and returns a fake child task that has only a taskId (Codex's real one
	 * builds a Task and puts it on the task stack).
	 */
	async createTask(text?: string, images?: string[], _parentTask?: unknown, options: { initialTodos?: unknown[] } = {}) {
		this.calls.push({ call: "createTask", text: nul(text), images: nul(images), mode: nul(this.state.mode), initialTodos: nul(options.initialTodos) })
		return { taskId: crypto.randomUUID() }
	}
	/** `finishSubTask(lastMessage)`: records it (Codex's real one ends the sub task and resumes its parent). */
	async finishSubTask(lastMessage: string) {
		this.calls.push({ call: "finishSubTask", lastMessage: nul(lastMessage) })
	}
	async postMessageToWebview(_m: unknown) {}
	async postStateToWebview() {}
	log(..._a: unknown[]) {}
	/**
	 * The McpHub the provider holds (case setting `mcpHub`: absent → a hub with no servers; null or false → none, as
	 * before the hub is set up; `{servers: [{name, disabled}]}` → those connections). It is an object of Codex's own
	 * McpHub class (its real methods: getServers, getMcpServersPath, getMcpSettingsFilePath) with only the fields those
	 * methods read; the real constructor would watch files and connect to servers.
	 */
	private fakeMcpHub(setting: any) {
		if (setting === null || setting === false) return undefined
		const hub = Object.create(McpHub.prototype)
		hub.providerRef = new WeakRef(this)
		hub.connections = (setting?.servers ?? []).map((s: any) => ({ server: { name: s.name, disabled: s.disabled ?? false, status: "connected", config: "{}" } }))
		return hub
	}
	getMcpHub() {
		return this.mcpHub
	}
	/**
	 * Codex's creates ~/.local/share/Kilo-Code/MCP (by platform) in the user's home, which the hosts must not touch:
	 * here the same folder shape under the case's global storage.
	 */
	async ensureMcpServersDirectoryExists(): Promise<string> {
		const dir = path.join(this.globalStorageDir, "Kilo-Code", "MCP")
		fs.mkdirSync(dir, { recursive: true })
		return dir
	}
	/** As Codex's ClineProvider.ensureSettingsDirectoryExists. */
	async ensureSettingsDirectoryExists(): Promise<string> {
		return getSettingsDirectoryPath(this.contextProxy.globalStorageUri.fsPath)
	}
}

/** A Task as presentAssistantMessage and the tools use it. */
export class FakeTask extends EventEmitter {
	readonly taskId = crypto.randomUUID()
	readonly instanceId = crypto.randomUUID().slice(0, 8)
	readonly cwd: string
	readonly workspacePath: string
	abort = false
	abandoned = false
	isPaused = false
	pausedModeSlug: string = defaultModeSlug
	parentTask: { taskId: string } | undefined = undefined
	rootTask: undefined = undefined
	taskNumber = -1
	isInitialized = true

	// streaming (Task.ts)
	currentStreamingContentIndex = 0
	currentStreamingDidCheckpoint = false
	assistantMessageContent: any[] = []
	presentAssistantMessageLocked = false
	presentAssistantMessageHasPendingUpdates = false
	userMessageContent: any[] = []
	userMessageContentReady = false
	didRejectTool = false
	didAlreadyUseTool = false
	didCompleteReadingStream = false
	isStreaming = true

	// tool use
	consecutiveMistakeCount = 0
	consecutiveMistakeLimit: number
	consecutiveMistakeCountForApplyDiff = new Map<string, number>()
	toolUsage: Record<string, { attempts: number; failures: number }> = {}
	toolRepetitionDetector: InstanceType<typeof ToolRepetitionDetector>
	diffEnabled: boolean
	diffStrategy: any
	fuzzyMatchThreshold: number
	didEditFile = false
	enableCheckpoints = false
	todoList: any[] | undefined = undefined

	clineMessages: any[] = []
	apiConversationHistory: any[] = []
	lastMessageTs?: number

	api: { getModel(): { id: string; info: any }; countTokens(content: any[]): Promise<number> }
	browserSession = { closeBrowser: async () => {}, isSessionActive: () => false }
	urlContentFetcher = { launchBrowser: async () => {}, closeBrowser: async () => {} }
	terminalProcess: undefined = undefined
	readonly provider: FakeProvider
	readonly providerRef: WeakRef<FakeProvider>
	diffViewProvider: InstanceType<typeof DiffViewProvider>
	rooIgnoreController: InstanceType<typeof RooIgnoreController>
	rooProtectedController: InstanceType<typeof RooProtectedController>
	fileContextTracker: InstanceType<typeof FileContextTracker>

	readonly ui: UiEvent[] = []
	private answers: ScriptedAnswer[]

	constructor(cwd: string, settings: Record<string, any>, answers: ScriptedAnswer[], provider: FakeProvider) {
		super()
		this.cwd = cwd
		this.workspacePath = cwd
		this.answers = [...answers]
		this.provider = provider
		this.providerRef = new WeakRef(provider)
		this.consecutiveMistakeLimit = settings.consecutiveMistakeLimit ?? 3
		// A sub task (case setting `isSubtask`): its parent is a fake task with only a taskId.
		if (settings.isSubtask) this.parentTask = { taskId: crypto.randomUUID() }
		// As Task's constructor does with TaskOptions.initialTodos (case setting `initialTodos`).
		const initialTodos = settings.initialTodos
		if (initialTodos && initialTodos.length > 0) this.todoList = initialTodos
		this.toolRepetitionDetector = new ToolRepetitionDetector(settings.consecutiveMistakeLimit)
		this.diffEnabled = settings.diffEnabled ?? false
		this.fuzzyMatchThreshold = settings.fuzzyMatchThreshold ?? 1.0
		const modelId: string = settings.modelId ?? anthropicDefaultModelId
		const info = settings.modelInfo ?? (anthropicModels as any)[modelId] ?? (anthropicModels as any)[anthropicDefaultModelId]
		// countTokens: the local estimate every Codex provider uses (BaseProvider → utils/countTokens → tiktoken;
		// the worker runs the same function). Anthropic's handler first asks the network API, never reachable here.
		this.api = { getModel: () => ({ id: modelId, info }), countTokens: (content) => tiktoken(content) }
		// As Task's constructor: the diff strategy follows diffEnabled and the multi-file experiment.
		if (this.diffEnabled) {
			this.diffStrategy = experiments.isEnabled(settings.experiments ?? {}, EXPERIMENT_IDS.MULTI_FILE_APPLY_DIFF)
				? new MultiFileSearchReplaceDiffStrategy(this.fuzzyMatchThreshold)
				: new MultiSearchReplaceDiffStrategy(this.fuzzyMatchThreshold)
		}
		this.rooIgnoreController = new RooIgnoreController(cwd)
		this.rooProtectedController = new RooProtectedController(cwd)
		this.fileContextTracker = new FileContextTracker(provider as any, this.taskId)
		this.diffViewProvider = new DiffViewProvider(cwd, this as any)
	}

	async initialize() {
		await this.rooIgnoreController.initialize()
	}

	// --- Codex's own Task methods, run on the fake -----------------------------------------------------
	sayAndCreateMissingParamError(toolName: string, paramName: string, relPath?: string): Promise<string> {
		return (Task.prototype as any).sayAndCreateMissingParamError.call(this, toolName, paramName, relPath)
	}
	recordToolUsage(toolName: string): void {
		return (Task.prototype as any).recordToolUsage.call(this, toolName)
	}
	recordToolError(toolName: string, error?: string): void {
		return (Task.prototype as any).recordToolError.call(this, toolName, error)
	}
	combineMessages(messages: any[]) {
		return (Task.prototype as any).combineMessages.call(this, messages)
	}
	getTokenUsage() {
		return (Task.prototype as any).getTokenUsage.call(this)
	}

	async checkpointSave(_force?: boolean, _suppressMessage?: boolean) {}
	async getSystemPrompt(): Promise<string> {
		throw new Error("ts-host: getSystemPrompt is not available")
	}
	async overwriteApiConversationHistory(h: any[]) {
		this.apiConversationHistory = h
	}
	async updateClineMessage(_m: unknown) {}
	async saveClineMessages() {}

	// --- UI ----------------------------------------------------------------------------------------------
	async say(
		type: string,
		text?: string,
		images?: string[],
		partial?: boolean,
		checkpoint?: Record<string, unknown>,
		progressStatus?: unknown,
		options: { isNonInteractive?: boolean; metadata?: Record<string, unknown> } = {},
		contextCondense?: unknown,
	): Promise<undefined> {
		if (this.abort) throw new Error(`[Kilo Code#say] task ${this.taskId}.${this.instanceId} aborted`)
		this.ui.push({ kind: "say", type, text: nul(text), partial: nul(partial), images: nul(images) })
		// Keep clineMessages as Task.say does (some tools read the last message).
		const last = this.clineMessages.at(-1)
		const updating = partial !== undefined && last && last.partial && last.type === "say" && last.say === type
		const ts = Date.now()
		if (updating) {
			Object.assign(last, { text, images, partial: partial ? true : false, progressStatus })
			if (!options.isNonInteractive) this.lastMessageTs = last.ts
		} else {
			if (!options.isNonInteractive) this.lastMessageTs = ts
			this.clineMessages.push({ ts, type: "say", say: type, text, images, ...(partial ? { partial } : {}), checkpoint, contextCondense, metadata: options.metadata })
		}
		return undefined
	}

	async ask(
		type: string,
		text?: string,
		partial?: boolean,
		progressStatus?: unknown,
		isProtected?: boolean,
	): Promise<{ response: string; text?: string; images?: string[] }> {
		if (this.abort) throw new Error(`[KiloCode#ask] task ${this.taskId}.${this.instanceId} aborted`)
		const ev = {
			kind: "ask" as const,
			type,
			text: nul(text),
			partial: nul(partial),
			isProtected: nul(isProtected),
			progressStatus: nul(progressStatus),
			response: null as string | null,
			responseText: null as string | null,
			responseImages: null as string[] | null,
			scripted: null as boolean | null,
		}
		this.ui.push(ev)
		const last = this.clineMessages.at(-1)
		const updating = partial !== undefined && last && last.partial && last.type === "ask" && last.ask === type
		if (updating) {
			Object.assign(last, { text, partial: partial ? true : false, progressStatus, isProtected })
		} else {
			const ts = Date.now()
			this.lastMessageTs = ts
			this.clineMessages.push({ ts, type: "ask", ask: type, text, ...(partial ? { partial } : {}), isProtected })
		}
		// Task.ask's texts: #1 when a partial message was updated, #2 when a new partial message was added.
		if (partial) throw new Error(`Current ask promise was ignored (${updating ? "#1" : "#2"})`)
		const answer = this.answers.shift()
		if (answer) {
			ev.response = answer.response
			ev.responseText = nul(answer.text ?? undefined)
			ev.responseImages = nul(answer.images ?? undefined)
			ev.scripted = true
			return { response: answer.response, text: answer.text ?? undefined, images: answer.images ?? undefined }
		}
		ev.response = "yesButtonClicked"
		ev.scripted = false
		return { response: "yesButtonClicked", text: undefined, images: undefined }
	}
}

const INTERRUPTED_BY_FEEDBACK = "\n\n[Response interrupted by user feedback]"
const INTERRUPTED_BY_TOOL =
	"\n\n[Response interrupted by a tool use result. Only one tool may be used at a time and should be placed at the end of the message.]"

/**
 * Drive one assistant response through the tool layer as Task.recursivelyMakeClineRequests does,
 * each chunk delivered after the presentation it triggered has settled.
 */
export async function driveTask(task: FakeTask, chunks: string[]): Promise<{ assistantMessage: string; error: string | null }> {
	const parser = new AssistantMessageParser()
	let assistantMessage = ""
	try {
		for (const chunk of chunks) {
			assistantMessage += chunk
			const prevLength = task.assistantMessageContent.length
			task.assistantMessageContent = parser.processChunk(chunk)
			if (task.assistantMessageContent.length > prevLength) task.userMessageContentReady = false
			await presentAssistantMessage(task as any)
			if (task.didRejectTool) {
				assistantMessage += INTERRUPTED_BY_FEEDBACK
				break
			}
			if (task.didAlreadyUseTool) {
				assistantMessage += INTERRUPTED_BY_TOOL
				break
			}
		}
		task.isStreaming = false
		task.didCompleteReadingStream = true
		const partialBlocks = task.assistantMessageContent.filter((b) => b.partial)
		partialBlocks.forEach((b) => (b.partial = false))
		parser.finalizeContentBlocks()
		task.assistantMessageContent = parser.getContentBlocks()
		if (partialBlocks.length > 0) await presentAssistantMessage(task as any)
		const didToolUse = task.assistantMessageContent.some((b) => b.type === "tool_use")
		// Task.ts only asks for a tool when the model said something (assistantMessage.length > 0).
		if (assistantMessage.length > 0 && !didToolUse) {
			task.userMessageContent.push({ type: "text", text: formatResponse.noToolsUsed() })
			task.consecutiveMistakeCount++
		}
		return { assistantMessage, error: null }
	} catch (e: any) {
		const name = e?.name ?? "Error"
		const message = e?.message ?? String(e)
		return { assistantMessage, error: `${name}: ${message}` }
	}
}

export function taskState(task: FakeTask) {
	return {
		consecutiveMistakeCount: task.consecutiveMistakeCount,
		consecutiveMistakeCountForApplyDiff: Object.fromEntries(task.consecutiveMistakeCountForApplyDiff),
		didRejectTool: task.didRejectTool,
		didAlreadyUseTool: task.didAlreadyUseTool,
		didEditFile: task.didEditFile,
		userMessageContentReady: task.userMessageContentReady,
		mode: task.provider.state.mode ?? null,
		toolUsage: task.toolUsage,
	}
}

