/**
 * The TypeScript target (docs/protocol.md): one long-lived process, JSON lines on stdin/stdout.
 *
 *   node dist/host.js --codex DIR        (normally started by launch.mjs)
 */
import { writeLine } from "./stdio" // first: routes console.* to stderr before any Codex module loads
import { waits } from "./shims/delay"
import * as fs from "fs"
import * as os from "os"
import * as path from "path"
import * as readline from "readline"
import { execFileSync } from "child_process"
import * as vscode from "vscode"
import { changeLanguage } from "./codex"
import { FakeProvider, FakeTask, driveTask, taskState, type ScriptedAnswer } from "./task"
import { createWorkspace, readWorkspace, removeWorkspace, restorePermissions, type FixtureFile, type PathMode, type Workspace } from "./workspace"
import { runParse, runRepetition, runValidate } from "./ops"
import { setCodeIndexCase, codeIndexCalls } from "./shims/code-index-manager"

const shim = (vscode as any).__host as {
	reset(cwd: string | undefined, name?: string): void
	setConfigurationDefaults(d: Record<string, any>): void
	setConfiguration(values: Record<string, any>): void
	setAppRoot(dir: string): void
}

interface CaseSpec {
	op?: string
	workspaceName?: string
	files?: FixtureFile[]
	git?: boolean
	permissions?: PathMode[] // modes set after the files (docs/transcript.md)
	settings?: Record<string, any>
	message?: string
	chunks?: string[] | null
	answers?: ScriptedAnswer[]
	everySplit?: boolean
	validate?: any
	repetition?: any
	timeoutMs?: number
}

const DEFAULT_SETTINGS = {
	mode: "code",
	customModes: [],
	experiments: {},
	modelId: "claude-sonnet-4-20250514",
	diffEnabled: true,
	maxReadFileLine: -1,
	fuzzyMatchThreshold: 1.0,
	consecutiveMistakeLimit: 3,
}

function argValue(name: string): string | undefined {
	const i = process.argv.indexOf(name)
	if (i !== -1) return process.argv[i + 1]
	const eq = process.argv.find((a) => a.startsWith(name + "="))
	return eq?.slice(name.length + 1)
}

const codexDir = path.resolve(argValue("--codex") ?? process.env.CODEX_ROOT ?? ".")

function codexIdentity() {
	let commit: string | null = null
	try {
		commit = fs.readFileSync(path.join(codexDir, ".codex-commit"), "utf8").trim() || null
	} catch {
		/* fall back to git */
	}
	if (!commit) {
		try {
			commit = execFileSync("git", ["-C", codexDir, "rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null
		} catch {
			commit = null
		}
	}
	let version: string | null = null
	let pkg: any = undefined
	try {
		pkg = JSON.parse(fs.readFileSync(path.join(codexDir, "src", "package.json"), "utf8"))
		version = pkg.version ?? null
	} catch {
		version = null
	}
	return { commit, version, pkg }
}

/** VS Code serves the defaults an extension contributes in package.json; so does the shim. */
function contributedDefaults(pkg: any): Record<string, any> {
	const out: Record<string, any> = {}
	const conf = pkg?.contributes?.configuration
	for (const c of Array.isArray(conf) ? conf : conf ? [conf] : [])
		for (const [k, v] of Object.entries<any>(c.properties ?? {})) if (v && "default" in v) out[k] = v.default
	return out
}

const emptyTranscript = () => ({
	userMessageContent: [] as unknown[],
	ui: [] as unknown[],
	state: null as unknown,
	assistantMessage: null as string | null,
	files: [] as FixtureFile[],
	results: null as unknown,
	error: null as string | null,
})

async function resetModuleState(cwd: string | undefined, name?: string) {
	shim.reset(cwd, name)
	await changeLanguage("en")
}

/**
 * case.bench = {iterations, warmup}: run the same case repeatedly, timing only the tool layer's work (the driver:
 * parsing, dispatch and the tool, with its file I/O), not the workspace set-up or the transcript; Node's start-up and
 * the protocol round trip are outside it too. The transcript of the last run carries `timings.ms`.
 */
async function runPresent(c: CaseSpec) {
	const bench = (c as any).bench as { iterations?: number; warmup?: number } | undefined
	if (!bench) return (await runPresentOnce(c)).t
	const ms: number[] = []
	let last: any
	const warmup = bench.warmup ?? 3
	waits.skip = true // Codex's fixed waits are not work (docs/performance.md)
	try {
		for (let i = 0; i < warmup + (bench.iterations ?? 10); i++) {
			const r = await runPresentOnce(c)
			if (i >= warmup) ms.push(r.ms)
			last = r.t
		}
	} finally {
		waits.skip = false
	}
	last.timings = { ms }
	return last
}

async function runPresentOnce(c: CaseSpec): Promise<{ t: any; ms: number }> {
	const settings = { ...DEFAULT_SETTINGS, ...(c.settings ?? {}) }
	const message = c.message ?? ""
	const chunks = c.chunks ?? [message]
	if (chunks.join("") !== message) throw new Error("case.chunks do not concatenate to case.message")
	const ws: Workspace = createWorkspace(c.workspaceName ?? "workspace", c.files ?? [], !!c.git, c.permissions ?? [])
	try {
		await resetModuleState(ws.cwd, c.workspaceName ?? "workspace")
		// Case setting `vscodeConfiguration` ({"kilo-code.newTaskRequireTodos": true, …}): what
		// vscode.workspace.getConfiguration serves over the contributed defaults.
		shim.setConfiguration(settings.vscodeConfiguration ?? {})
		// Case setting `codeIndex`: what the code index manager's shim reports and finds (codebase_search).
		setCodeIndexCase(settings.codeIndex, ws.cwd)
		const provider = new FakeProvider(settings, ws.globalStorage, codexDir)
		const task = new FakeTask(ws.cwd, settings, c.answers ?? [], provider)
		await task.initialize()
		const started = process.hrtime.bigint()
		const { assistantMessage, error } = await driveTask(task, chunks)
		const ms = Number(process.hrtime.bigint() - started) / 1e6
		const t = emptyTranscript()
		t.userMessageContent = JSON.parse(JSON.stringify(task.userMessageContent))
		t.ui = JSON.parse(JSON.stringify(task.ui))
		t.state = JSON.parse(JSON.stringify(taskState(task)))
		t.assistantMessage = assistantMessage
		restorePermissions(ws)
		t.files = readWorkspace(ws.cwd)
		t.error = error
		// Only when the tools asked the provider to create or finish a task: absent otherwise.
		if (provider.calls.length > 0) (t as any).providerCalls = JSON.parse(JSON.stringify(provider.calls))
		// Only when a search reached the code index: absent otherwise.
		if (codeIndexCalls.length > 0) (t as any).codeIndexCalls = JSON.parse(JSON.stringify(codeIndexCalls))
		;(t as any).workspacePath = ws.cwd // replaced by {workspace} in the runner's normalisation
		return { t, ms }
	} finally {
		await resetModuleState(undefined)
		removeWorkspace(ws)
	}
}

async function runCase(c: CaseSpec) {
	const op = c.op ?? "present"
	switch (op) {
		case "present":
			return runPresent(c)
		case "parse": {
			await resetModuleState(undefined)
			const message = c.message ?? ""
			const chunks = c.chunks ?? [message]
			if (chunks.join("") !== message) throw new Error("case.chunks do not concatenate to case.message")
			const t = emptyTranscript()
			t.results = runParse(message, chunks, !!c.everySplit)
			return t
		}
		case "validate": {
			await resetModuleState(undefined)
			const t = emptyTranscript()
			t.results = runValidate(c.validate)
			return t
		}
		case "repetition": {
			await resetModuleState(undefined)
			const t = emptyTranscript()
			t.results = runRepetition(c.repetition)
			return t
		}
		default:
			throw new Error(`unknown case op: ${JSON.stringify(op)}`)
	}
}

async function handle(line: string): Promise<boolean> {
	let req: any
	try {
		req = JSON.parse(line)
	} catch (e: any) {
		await writeLine({ id: null, ok: false, error: `request is not JSON: ${e.message}` })
		return true
	}
	const id = req?.id ?? null
	if (req?.op === "shutdown") {
		await writeLine({ id, ok: true })
		return false
	}
	if (req?.op !== "run") {
		await writeLine({ id, ok: false, error: `unknown op: ${JSON.stringify(req?.op)}` })
		return true
	}
	const t0 = Date.now()
	try {
		const transcript = await runCase(req.case ?? {})
		await writeLine({ id, ok: true, transcript })
	} catch (e: any) {
		console.error("[ts-host] case failed:", e)
		await writeLine({ id, ok: false, error: `${e?.name ?? "Error"}: ${e?.message ?? String(e)}` })
	}
	console.error(`[ts-host] case ${id} (${req.case?.op ?? "present"}) ${Date.now() - t0} ms`)
	return true
}

/**
 * Codex runs VS Code's bundled ripgrep (<appRoot>/node_modules/@vscode/ripgrep/bin/rg) for list_files and
 * search_files. Without VS Code, point the shim's appRoot at a directory that holds that path as a link to the
 * ripgrep named by LAPCE_RIPGREP or found on PATH (LAPCE_VSCODE_APP_ROOT overrides all). No ripgrep: Codex
 * reports "Could not find ripgrep binary", as it would.
 */
function setUpRipgrep() {
	if (process.env.LAPCE_VSCODE_APP_ROOT) return
	const exe = process.platform === "win32" ? "rg.exe" : "rg"
	let rg = process.env.LAPCE_RIPGREP
	if (!rg)
		for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
			const candidate = path.join(dir, exe)
			if (dir && fs.existsSync(candidate)) {
				rg = candidate
				break
			}
		}
	if (!rg) return
	const root = fs.mkdtempSync(path.join(os.tmpdir(), "lapce-ts-approot-"))
	const bin = path.join(root, "node_modules", "@vscode", "ripgrep", "bin")
	fs.mkdirSync(bin, { recursive: true })
	try {
		fs.symlinkSync(rg, path.join(bin, exe))
	} catch {
		fs.copyFileSync(rg, path.join(bin, exe))
	}
	process.on("exit", () => fs.rmSync(root, { recursive: true, force: true }))
	shim.setAppRoot(root)
}

async function main() {
	process.on("unhandledRejection", (reason) => console.error("[ts-host] unhandled rejection:", reason))
	process.on("uncaughtException", (err) => console.error("[ts-host] uncaught exception:", err))
	const { commit, version, pkg } = codexIdentity()
	shim.setConfigurationDefaults(contributedDefaults(pkg))
	setUpRipgrep()
	// ripgrep (list_files, search_files) matches its globs against paths relative to its working directory, which
	// Codex leaves as the extension host's; seen from elsewhere, a case folder under /tmp would match Codex's own
	// `!**/tmp/**` and lose every file. Both targets run it from the folder that holds the case folders
	// (docs/transcript.md, "The Task driver").
	process.chdir(fs.realpathSync(os.tmpdir()))
	await resetModuleState(undefined)
	await writeLine({ hello: "lapce-parity-target", protocol: 1, name: "typescript", codexVersion: version, codexCommit: commit })

	const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false })
	const queue: string[] = []
	let busy = false
	let closed = false
	const pump = async () => {
		if (busy) return
		busy = true
		while (queue.length) {
			const line = queue.shift()!
			if (!line.trim()) continue
			const goOn = await handle(line)
			if (!goOn) {
				process.exit(0)
			}
		}
		busy = false
		if (closed) process.exit(0)
	}
	rl.on("line", (l) => {
		queue.push(l)
		void pump()
	})
	rl.on("close", () => {
		closed = true
		if (!busy) process.exit(0)
	})
}

main().catch((e) => {
	console.error("[ts-host] fatal:", e)
	process.exit(2)
})
