/**
 * Per-case workspace: <os tmp>/lapce-ts-XXXXXX/<workspaceName>, written from the fixture, optionally a git
 * repository with the fixture committed, read back after the case and deleted.
 */
import * as fs from "fs"
import * as os from "os"
import * as path from "path"
import { execFileSync } from "child_process"
import { createHash } from "crypto"

export interface FixtureFile {
	path: string
	text?: string | null
	base64?: string | null
	symlink?: string | null // a symbolic link to this target (as given: relative or absolute)
	generate?: GeneratedLines | null // lines the target writes itself (files of many MB stay out of the case)
}

/** Line n (1-based) is the pattern with every "{n}" replaced by n, joined by eol; eol after the last line only with finalNewline. */
export interface GeneratedLines {
	lines: number
	pattern: string
	eol?: string
	finalNewline?: boolean
}

/** Files larger than this are read back as their size and SHA-256 (docs/transcript.md). */
export const DIGEST_ABOVE = 8 * 1024 * 1024

function writeGenerated(abs: string, g: GeneratedLines) {
	const eol = g.eol ?? "\n"
	const finalNewline = g.finalNewline ?? true
	const fd = fs.openSync(abs, "w")
	try {
		let piece = ""
		for (let n = 1; n <= g.lines; n++) {
			piece += g.pattern.split("{n}").join(String(n))
			if (n < g.lines || finalNewline) piece += eol
			if (piece.length >= 1 << 20 || n === g.lines) {
				fs.writeSync(fd, Buffer.from(piece, "utf8"))
				piece = ""
			}
		}
	} finally {
		fs.closeSync(fd)
	}
}

function digest(abs: string, size: number): { size: number; sha256: string } {
	const hash = createHash("sha256")
	const fd = fs.openSync(abs, "r")
	try {
		const buffer = Buffer.alloc(1 << 20)
		let n: number
		while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, n))
	} finally {
		fs.closeSync(fd)
	}
	return { size, sha256: hash.digest("hex") }
}

// Folders of a case's temp root that are not fixture files: the workspace itself and the extension's storage.
const RESERVED = new Set([".global-storage"])

/** Where a fixture path goes: inside the workspace, or one level up ("../x") beside it, never further. */
function fixturePath(root: string, cwd: string, p: string): string {
	const rel = p.replace(/\\/g, "/")
	const outside = rel.startsWith("../")
	const rest = outside ? rel.slice(3) : rel
	if (rest.startsWith("/") || rest.split("/").includes("..") || rest === "")
		throw new Error(`fixture path escapes the case folder: ${p}`)
	return path.join(outside ? root : cwd, ...rest.split("/"))
}

export interface Workspace {
	root: string // the temp dir of the case
	cwd: string // root/<workspaceName>
	globalStorage: string // root/.global-storage (extension global storage; outside the workspace)
	permissions: PathMode[] // modes set after the files, restored before the read-back
}

/** A POSIX mode as octal digits ("000": nothing may read it, "444": read-only), set on a fixture path. */
export interface PathMode {
	path: string
	mode: string
}

export function createWorkspace(workspaceName: string, files: FixtureFile[], git: boolean, permissions: PathMode[] = []): Workspace {
	if (!workspaceName || /[\\/]/.test(workspaceName) || workspaceName === "." || workspaceName === "..")
		throw new Error(`bad workspaceName: ${JSON.stringify(workspaceName)}`)
	const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "lapce-ts-")))
	const cwd = path.join(root, workspaceName)
	const globalStorage = path.join(root, ".global-storage")
	fs.mkdirSync(cwd, { recursive: true })
	fs.mkdirSync(globalStorage, { recursive: true })
	for (const f of files) {
		const abs = fixturePath(root, cwd, f.path)
		fs.mkdirSync(path.dirname(abs), { recursive: true })
		if (f.symlink != null) {
			fs.symlinkSync(f.symlink, abs)
			continue
		}
		if (f.generate != null) {
			writeGenerated(abs, f.generate)
			continue
		}
		const bytes = f.base64 != null ? Buffer.from(f.base64, "base64") : Buffer.from(f.text ?? "", "utf8")
		fs.writeFileSync(abs, bytes)
	}
	if (git) {
		// Fixed identity and dates so commit ids are the same on every run and every target.
		const env = {
			...process.env,
			GIT_AUTHOR_NAME: "Lapce Parity",
			GIT_AUTHOR_EMAIL: "parity@example.invalid",
			GIT_COMMITTER_NAME: "Lapce Parity",
			GIT_COMMITTER_EMAIL: "parity@example.invalid",
			GIT_AUTHOR_DATE: "2000-01-01T00:00:00Z",
			GIT_COMMITTER_DATE: "2000-01-01T00:00:00Z",
		}
		const git = (...args: string[]) =>
			execFileSync("git", ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", ...args], {
				cwd,
				env,
				stdio: ["ignore", "ignore", "pipe"],
			})
		git("init", "-q")
		git("add", "-A")
		git("commit", "-q", "--allow-empty", "-m", "fixture")
	}
	// After the commit: git could not add a file nobody may read.
	for (const m of permissions) fs.chmodSync(fixturePath(root, cwd, m.path), parseInt(m.mode, 8))
	return { root, cwd, globalStorage, permissions }
}

/** Back to what the host itself may read and delete (folders 755, files 644), last set first. */
export function restorePermissions(ws: Workspace) {
	for (const m of [...ws.permissions].reverse()) {
		const abs = fixturePath(ws.root, ws.cwd, m.path)
		let isDir: boolean
		try {
			isDir = fs.lstatSync(abs).isDirectory()
		} catch {
			continue
		}
		fs.chmodSync(abs, isDir ? 0o755 : 0o644)
	}
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

/**
 * All files under cwd (no .git) and beside it ("../x"), sorted by path (ordinal): text when valid UTF-8, else base64;
 * symbolic links as their target, not followed; files above DIGEST_ABOVE as {size, sha256}.
 */
export function readWorkspace(cwd: string): FixtureFile[] {
	const out: { path: string; text?: string; base64?: string; symlink?: string; size?: number; sha256?: string }[] = []
	const walk = (dir: string, rel: string, skip: Set<string>) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const r = rel ? `${rel}/${e.name}` : e.name
			const abs = path.join(dir, e.name)
			if (skip.has(e.name)) continue
			if (e.isSymbolicLink()) {
				out.push({ path: r, symlink: fs.readlinkSync(abs) })
			} else if (e.isDirectory()) {
				walk(abs, r, new Set([".git"]))
			} else if (e.isFile()) {
				const size = fs.statSync(abs).size
				if (size > DIGEST_ABOVE) {
					out.push({ path: r, ...digest(abs, size) })
					continue
				}
				const bytes = fs.readFileSync(abs)
				let text: string | undefined
				try {
					text = utf8.decode(bytes)
				} catch {
					text = undefined
				}
				out.push(text !== undefined ? { path: r, text } : { path: r, base64: bytes.toString("base64") })
			}
		}
	}
	walk(cwd, "", new Set([".git"]))
	walk(path.dirname(cwd), "..", new Set([path.basename(cwd), ...RESERVED]))
	out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
	return out
}

export function removeWorkspace(ws: Workspace) {
	try {
		restorePermissions(ws)
		fs.rmSync(ws.root, { recursive: true, force: true, maxRetries: 3 })
	} catch (e) {
		console.error(`[ts-host] could not remove ${ws.root}:`, e)
	}
}
