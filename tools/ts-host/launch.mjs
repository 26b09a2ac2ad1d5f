#!/usr/bin/env node
// The command the parity runner starts for the TypeScript target:
//
//   node tools/ts-host/launch.mjs --codex DIR        (or CODEX_ROOT=DIR)
//
// Exits 3 when node_modules is missing, 4 when the bundle cannot be built. Otherwise builds dist/host.js if
// stale and runs it in this process: the first stdout line is the hello of docs/protocol.md, every log line
// (including Codex's console output) goes to stderr.
import * as fs from "node:fs"
import * as path from "node:path"
import { Console } from "node:console"
import { createRequire } from "node:module"
import { fileURLToPath, pathToFileURL } from "node:url"

const HOST_DIR = path.dirname(fileURLToPath(import.meta.url))

// Nothing but protocol lines on stdout, from the very start (the host's stdio module takes over the same way).
const originalWrite = process.stdout.write.bind(process.stdout)
globalThis.__tsHostStdout = originalWrite
const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr })
for (const k of ["log", "info", "debug", "warn", "error", "trace", "dir", "table"]) console[k] = toStderr[k].bind(toStderr)
process.stdout.write = (chunk, encoding, cb) => process.stderr.write(chunk, encoding, cb)

// node_modules must hold exactly the pinned dependencies (package.json pins exact versions).
{
	const nm = path.join(HOST_DIR, "node_modules")
	const deps = JSON.parse(fs.readFileSync(path.join(HOST_DIR, "package.json"), "utf8")).dependencies ?? {}
	const problems = []
	if (!fs.existsSync(nm)) problems.push(`${nm} is missing`)
	else
		for (const [name, version] of Object.entries(deps)) {
			let installed = null
			try {
				installed = JSON.parse(fs.readFileSync(path.join(nm, name, "package.json"), "utf8")).version
			} catch {
				installed = null
			}
			if (installed !== version) problems.push(`${name}@${version} is ${installed ? `at ${installed}` : "not installed"}`)
		}
	if (problems.length) {
		process.stderr.write(`ts-host: dependencies are not installed (${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : ""})\nrun: npm ci --prefix tools/ts-host\n`)
		process.exit(3)
	}
}

const args = process.argv.slice(2)
let codexDir = process.env.CODEX_ROOT
for (let i = 0; i < args.length; i++) {
	if (args[i] === "--codex") codexDir = args[++i]
	else if (args[i].startsWith("--codex=")) codexDir = args[i].slice("--codex=".length)
}
if (!codexDir) {
	process.stderr.write("ts-host: no Codex tree; pass --codex DIR or set CODEX_ROOT\n")
	process.exit(4)
}
codexDir = path.resolve(codexDir)

const { ensureBuilt, BUNDLE } = await import(pathToFileURL(path.join(HOST_DIR, "build.mjs")).href)
try {
	await ensureBuilt({ codexDir })
} catch (e) {
	if (e.errors) for (const er of e.errors) process.stderr.write(`ts-host build error: ${er.text}\n`)
	else process.stderr.write(`ts-host build error: ${e.message ?? e}\n`)
	process.exit(4)
}

// The host reads its arguments from process.argv.
process.argv = [process.argv[0], BUNDLE, "--codex", codexDir]
createRequire(import.meta.url)(BUNDLE)
