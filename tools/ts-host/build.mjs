#!/usr/bin/env node
// Bundles the ts-host (src/host.ts) together with Codex's real tool layer into dist/host.js.
//
//   node tools/ts-host/build.mjs --codex DIR [--force]      (or CODEX_ROOT=DIR)
//
// Codex is read from DIR at build time; nothing from it is written anywhere but dist/ (git-ignored).
// All output goes to stderr. The build is skipped when dist/.stamp.json matches (Codex commit + hash of our sources).
import * as fs from "node:fs"
import * as path from "node:path"
import * as crypto from "node:crypto"
import { execFileSync } from "node:child_process"
import { builtinModules, createRequire } from "node:module"
import { fileURLToPath, pathToFileURL } from "node:url"

export const HOST_DIR = path.dirname(fileURLToPath(import.meta.url))
export const DIST_DIR = path.join(HOST_DIR, "dist")
export const BUNDLE = path.join(DIST_DIR, "host.js")
const STAMP = path.join(DIST_DIR, ".stamp.json")

/**
 * Packages Codex imports that the bundle does NOT get for real. Each becomes a stub module whose exports
 * exist (so Codex modules load) but throw when called or constructed. Keep README.md in sync.
 */
export const STUBS = {
	// network SDKs and clients: API providers, MCP, cloud, code index, web fetching
	"@anthropic-ai/sdk": "LLM API client (api/providers); tools never call the model",
	"@anthropic-ai/vertex-sdk": "LLM API client (api/providers)",
	"@aws-sdk/client-bedrock-runtime": "LLM API client (api/providers)",
	"@aws-sdk/credential-providers": "AWS credentials for Bedrock (api/providers)",
	"@google/genai": "LLM API client (api/providers)",
	"@lmstudio/sdk": "LLM API client (api/providers)",
	"@mistralai/mistralai": "LLM API client (api/providers)",
	"@modelcontextprotocol/sdk": "MCP client (services/mcp); use_mcp_tool needs a live MCP server",
	"@qdrant/js-client-rest": "vector DB client for codebase_search (services/code-index)",
	"@dotenvx/dotenvx": "loads .env for the extension's activation only",
	"google-auth-library": "Vertex/Gemini auth (api/providers)",
	ollama: "LLM API client (api/providers)",
	axios: "HTTP client (api/providers, marketplace, cloud)",
	undici: "HTTP client (api/providers)",
	"reconnecting-eventsource": "server-sent events to Kilo/Roo backends",
	// browser automation
	"puppeteer-core": "browser_action / url fetching drive a real Chromium (never downloaded here)",
	"puppeteer-chromium-resolver": "downloads Chromium for browser_action",
	cheerio: "HTML parsing for url fetching (UrlContentFetcher)",
	turndown: "HTML to markdown for url fetching (UrlContentFetcher)",
	// heavy or native pieces the tools under test do not reach yet
	workerpool: "token counting in a worker thread (utils/countTokens)",
	"simple-git": "checkpoints (ShadowCheckpointService); checkpointSave is a no-op in the fake Task",
	execa: "execute_command without shell integration (ExecaTerminalProcess); terminals not modelled yet",
	"ps-tree": "process trees for execute_command (ExecaTerminalProcess); terminals not modelled yet",
	chokidar: "file watching (McpHub, code index)",
	"get-folder-size": "storage statistics (ClineProvider)",
	"gray-matter": "front matter of custom modes / rules files (ClineProvider, CustomModesManager)",
	"os-name": "system prompt / bug report text",
	"sanitize-filename": "export of task history",
	"lodash.debounce": "debounced writes (code-index cache manager)",
	"p-limit": "code-index scanner concurrency",
	fzf: "fuzzy file search for @-mentions (services/search)",
}

/** Aliases from module specifiers to OUR shims (src/shims). */
export const SHIMS = {
	vscode: "src/shims/vscode.ts",
	"@roo-code/telemetry": "src/shims/telemetry.ts",
	"@roo-code/cloud": "src/shims/cloud.ts",
	delay: "src/shims/delay.ts", // the real package, plus the benchmark switch
}

/**
 * Codex's OWN modules replaced by ours (path inside the Codex tree without extension → our file), for every
 * importer. Only where the real module needs services the host does not run; see each file for what it keeps.
 */
export const CODEX_SHIMS = {
	// the code index (embedder, Qdrant, watcher) is later work: codebase_search searches the case's results
	"src/services/code-index/manager": "src/shims/code-index-manager.ts",
}

function parseArgs(argv) {
	const out = { codex: process.env.CODEX_ROOT, force: false }
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === "--codex") out.codex = argv[++i]
		else if (argv[i].startsWith("--codex=")) out.codex = argv[i].slice(8)
		else if (argv[i] === "--force") out.force = true
	}
	return out
}

export function codexIdentity(codexDir) {
	let commit = null
	const f = path.join(codexDir, ".codex-commit")
	if (fs.existsSync(f)) commit = fs.readFileSync(f, "utf8").trim() || null
	if (!commit) {
		try {
			commit = execFileSync("git", ["-C", codexDir, "rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null
		} catch {
			commit = null
		}
	}
	let version = null
	try {
		version = JSON.parse(fs.readFileSync(path.join(codexDir, "src", "package.json"), "utf8")).version ?? null
	} catch {
		version = null
	}
	return { commit, version }
}

function listFiles(dir) {
	const out = []
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name)
		if (e.isDirectory()) out.push(...listFiles(p))
		else out.push(p)
	}
	return out
}

/** Hash of everything of ours that goes into the bundle. */
export function hostHash() {
	const h = crypto.createHash("sha256")
	const files = [...listFiles(path.join(HOST_DIR, "src")), path.join(HOST_DIR, "build.mjs"), path.join(HOST_DIR, "package-lock.json")]
		.filter((f) => fs.existsSync(f))
		.map((f) => path.relative(HOST_DIR, f).split(path.sep).join("/"))
		.sort()
	for (const rel of files) {
		h.update(rel + "\0")
		h.update(fs.readFileSync(path.join(HOST_DIR, rel)))
		h.update("\0")
	}
	return h.digest("hex")
}

const log = (...a) => process.stderr.write(`[ts-host build] ${a.join(" ")}\n`)

/** Which names a Codex file imports from `spec`, so the stub can export exactly those. */
function importedNames(importerSource, spec) {
	const names = new Set()
	const q = spec.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
	const re = new RegExp(`(?:import|export)\\s+(?:type\\s+)?([^"';]*?)\\s+from\\s*["']${q}["']`, "g")
	let m
	while ((m = re.exec(importerSource))) {
		const clause = m[1]
		const braces = /\{([^}]*)\}/.exec(clause)
		if (braces)
			for (const part of braces[1].split(",")) {
				const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0].trim()
				if (name && name !== "default") names.add(name)
			}
		const ns = /\*\s+as\s+([A-Za-z_$][\w$]*)/.exec(clause)
		if (ns) {
			const use = new RegExp(`\\b${ns[1]}\\.([A-Za-z_$][\\w$]*)`, "g")
			let u
			while ((u = use.exec(importerSource))) names.add(u[1])
		}
	}
	names.delete("default")
	return [...names].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)).sort()
}

function codexPlugin(codexDir, stubbedSeen) {
	const builtins = new Set([...builtinModules, ...builtinModules.map((m) => "node:" + m)])
	const ourPkg = JSON.parse(fs.readFileSync(path.join(HOST_DIR, "package.json"), "utf8"))
	const realDeps = new Set(Object.keys(ourPkg.dependencies ?? {}))
	const stubRuntime = path.join(HOST_DIR, "src", "shims", "stub-runtime.ts")
	const pkgName = (spec) => (spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0])
	const inCodex = (p) => path.resolve(p).startsWith(path.resolve(codexDir) + path.sep)
	return {
		name: "codex",
		setup(build) {
			build.onResolve({ filter: /^@codex\// }, async (a) => {
				const r = await build.resolve("./" + a.path.slice("@codex/".length), { resolveDir: codexDir, kind: a.kind })
				return r.errors.length ? { errors: r.errors } : { path: r.path }
			})
			for (const [inTree, file] of Object.entries(CODEX_SHIMS)) {
				const target = path.join(codexDir, ...inTree.split("/"))
				const re = new RegExp(`${path.basename(inTree).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`)
				build.onResolve({ filter: re }, (a) =>
					a.path.startsWith(".") && inCodex(a.importer) && path.resolve(a.resolveDir, a.path) === target
						? { path: path.join(HOST_DIR, file) }
						: undefined,
				)
			}
			build.onResolve({ filter: /^@roo-code\/types$/ }, () => ({ path: path.join(codexDir, "packages/types/src/index.ts") }))
			for (const [spec, file] of Object.entries(SHIMS)) {
				const re = new RegExp(`^${spec.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`)
				build.onResolve({ filter: re }, () => ({ path: path.join(HOST_DIR, file) }))
			}
			build.onResolve({ filter: /^[^./]/ }, async (a) => {
				if (path.isAbsolute(a.path) || a.path.startsWith("@codex/")) return undefined
				if (builtins.has(a.path) || builtins.has(pkgName(a.path))) return { path: a.path, external: true }
				// Only Codex's own files are redirected; packages resolve their dependencies normally.
				if (!inCodex(a.importer)) return undefined
				const name = pkgName(a.path)
				if (realDeps.has(name)) {
					// Resolve from OUR node_modules, whatever DIR may hold.
					const r = await build.resolve(a.path, { resolveDir: HOST_DIR, kind: a.kind, pluginData: { fromCodex: true } })
					if (r.errors.length) return { errors: r.errors }
					return { path: r.path, sideEffects: r.sideEffects }
				}
				if (name in STUBS) {
					if (!stubbedSeen.has(name)) stubbedSeen.set(name, new Set())
					stubbedSeen.get(name).add(path.relative(codexDir, a.importer).split(path.sep).join("/"))
					return { path: `${a.path}?from=${a.importer}`, namespace: "codex-stub", pluginData: { spec: a.path, importer: a.importer } }
				}
				return {
					errors: [
						{
							text: `Codex imports "${a.path}" (from ${path.relative(codexDir, a.importer)}): add it to package.json (real, pinned to the version of Codex's pnpm-lock.yaml) or to STUBS in build.mjs (with a reason, and list it in README.md)`,
						},
					],
				}
			})
			build.onLoad({ filter: /.*/, namespace: "codex-stub" }, (a) => {
				const { spec, importer } = a.pluginData
				const names = importedNames(fs.readFileSync(importer, "utf8"), spec)
				const reason = STUBS[pkgName(spec)]
				const lines = [
					`import { makeStub } from ${JSON.stringify(stubRuntime)}`,
					`const m = makeStub(${JSON.stringify(spec)}, ${JSON.stringify(reason)})`,
					`export default m`,
					...names.map((n) => `export const ${n} = m.${n}`),
				]
				return { contents: lines.join("\n"), loader: "js", resolveDir: HOST_DIR }
			})
		},
	}
}

function copyDir(src, dst) {
	fs.mkdirSync(dst, { recursive: true })
	for (const e of fs.readdirSync(src, { withFileTypes: true })) {
		const s = path.join(src, e.name)
		const d = path.join(dst, e.name)
		if (e.isDirectory()) copyDir(s, d)
		else fs.copyFileSync(s, d)
	}
}

/** Build dist/host.js unless the stamp says it is current. Returns { built, stamp }. */
function isCurrent(stamp) {
	if (!stamp.codexCommit || !fs.existsSync(BUNDLE) || !fs.existsSync(STAMP)) return false
	try {
		const old = JSON.parse(fs.readFileSync(STAMP, "utf8"))
		return old.codexCommit === stamp.codexCommit && old.hostHash === stamp.hostHash && old.codexDir === stamp.codexDir
	} catch {
		return false
	}
}

const LOCK = path.join(DIST_DIR, ".build.lock")

/** One build at a time (two hosts may start together): an exclusive lock file holding the builder's pid. */
async function withBuildLock(fn) {
	fs.mkdirSync(DIST_DIR, { recursive: true })
	const deadline = Date.now() + 180_000
	for (;;) {
		try {
			fs.writeFileSync(LOCK, String(process.pid), { flag: "wx" })
			break
		} catch (e) {
			if (e.code !== "EEXIST") throw e
			let holder = NaN
			try {
				holder = Number(fs.readFileSync(LOCK, "utf8"))
			} catch {
				continue
			}
			let alive = false
			try {
				process.kill(holder, 0)
				alive = true
			} catch (err) {
				alive = err.code === "EPERM"
			}
			if (!alive) {
				fs.rmSync(LOCK, { force: true })
				continue
			}
			if (Date.now() > deadline) throw new Error(`another build (pid ${holder}) holds ${LOCK}`)
			await new Promise((r) => setTimeout(r, 200))
		}
	}
	try {
		return await fn()
	} finally {
		fs.rmSync(LOCK, { force: true })
	}
}

/** Build dist/host.js unless the stamp says it is current. Returns { built, stamp }. */
export async function ensureBuilt({ codexDir, force = false } = {}) {
	if (!codexDir) throw new Error("no Codex tree: pass --codex DIR or set CODEX_ROOT")
	codexDir = path.resolve(codexDir)
	if (!fs.existsSync(path.join(codexDir, "src", "core", "assistant-message", "presentAssistantMessage.ts")))
		throw new Error(`${codexDir} does not look like the Codex tree (no src/core/assistant-message/presentAssistantMessage.ts)`)
	const { commit, version } = codexIdentity(codexDir)
	const stamp = { codexCommit: commit, codexVersion: version, codexDir, hostHash: hostHash() }
	if (!force && isCurrent(stamp)) return { built: false, stamp }
	return withBuildLock(async () => {
		if (!force && isCurrent(stamp)) return { built: false, stamp } // built meanwhile by another process
		return build(codexDir, stamp)
	})
}

async function build(codexDir, stamp) {
	const commit = stamp.codexCommit
	const require = createRequire(import.meta.url)
	const esbuild = require("esbuild")
	const t0 = Date.now()
	for (const e of fs.readdirSync(DIST_DIR)) if (path.join(DIST_DIR, e) !== LOCK) fs.rmSync(path.join(DIST_DIR, e), { recursive: true, force: true })
	const stubbedSeen = new Map()
	const result = await esbuild.build({
		entryPoints: [path.join(HOST_DIR, "src", "host.ts")],
		outfile: BUNDLE,
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		sourcemap: true,
		sourcesContent: false,
		logLevel: "silent",
		metafile: true,
		plugins: [codexPlugin(codexDir, stubbedSeen)],
	})
	for (const w of result.warnings) {
		// packages/types/tsconfig.json extends a workspace package (config-typescript) that is not installed; its
		// only setting esbuild uses is target ES2022, i.e. define semantics for class fields, esbuild's default anyway.
		if (/Cannot find base config file "@roo-code\/config-typescript/.test(w.text)) continue
		log("warning:", w.text, w.location ? `(${w.location.file}:${w.location.line})` : "")
	}
	// WASM files Codex loads from the bundle's directory, placed as Codex's own build does (packages/build copyWasms).
	const nm = path.join(HOST_DIR, "node_modules")
	fs.copyFileSync(path.join(nm, "tiktoken", "lite", "tiktoken_bg.wasm"), path.join(DIST_DIR, "tiktoken_bg.wasm"))
	fs.copyFileSync(path.join(nm, "web-tree-sitter", "tree-sitter.wasm"), path.join(DIST_DIR, "tree-sitter.wasm"))
	for (const f of fs.readdirSync(path.join(nm, "tree-sitter-wasms", "out")))
		if (f.endsWith(".wasm")) fs.copyFileSync(path.join(nm, "tree-sitter-wasms", "out", f), path.join(DIST_DIR, f))
	// Codex's i18n loads <bundle dir>/i18n/locales/<lng>/<ns>.json at start-up, as the extension does.
	copyDir(path.join(codexDir, "src", "i18n", "locales"), path.join(DIST_DIR, "i18n", "locales"))
	fs.writeFileSync(path.join(DIST_DIR, "stubs.json"), JSON.stringify(Object.fromEntries([...stubbedSeen].map(([k, v]) => [k, [...v].sort()])), null, 1))
	fs.writeFileSync(STAMP, JSON.stringify(stamp, null, 1))
	const inputs = Object.keys(result.metafile.inputs).length
	log(`bundled ${inputs} modules in ${Date.now() - t0} ms (codex ${commit ?? "unknown"}, ${stubbedSeen.size} stubbed packages) → ${path.relative(process.cwd(), BUNDLE)}`)
	await esbuild.stop?.()
	return { built: true, stamp }
}

const isMain = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url
if (isMain) {
	const args = parseArgs(process.argv.slice(2))
	try {
		await ensureBuilt({ codexDir: args.codex, force: args.force }).then((r) => {
			if (!r.built) log("up to date")
		})
	} catch (e) {
		if (e.errors) for (const er of e.errors) log("error:", er.text, er.location ? `(${er.location.file}:${er.location.line})` : "")
		else log("error:", e.message)
		process.exit(1)
	}
}
