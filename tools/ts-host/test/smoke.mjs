#!/usr/bin/env node
// Smoke test of the TypeScript target: runs test/smoke.jsonl through launch.mjs over the real protocol.
//
//   node tools/ts-host/test/smoke.mjs --codex DIR [--print NAME]     (or CODEX_ROOT=DIR)
//
// Each line of smoke.jsonl is {"name", "case", "expect"?: [[path, value], ...]}. A case passes when the
// answer has ok:true and a transcript, and every expected path (dots; numbers index arrays; "length")
// holds exactly that value. Exits 1 when any case fails, or when the hello or the shutdown goes wrong.
import * as fs from "node:fs"
import * as path from "node:path"
import * as readline from "node:readline"
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
let codex = process.env.CODEX_ROOT
let print = null
for (let i = 0; i < args.length; i++) {
	if (args[i] === "--codex") codex = args[++i]
	else if (args[i] === "--print") print = args[++i]
}
if (!codex) {
	console.error("smoke: pass --codex DIR or set CODEX_ROOT")
	process.exit(2)
}

const cases = fs
	.readFileSync(path.join(here, "smoke.jsonl"), "utf8")
	.split("\n")
	.filter((l) => l.trim())
	.map((l) => JSON.parse(l))

const child = spawn(process.execPath, [path.join(here, "..", "launch.mjs"), "--codex", codex], { stdio: ["pipe", "pipe", "pipe"] })
let stderr = ""
child.stderr.on("data", (d) => (stderr += d))
const lines = readline.createInterface({ input: child.stdout })
const pending = []
const waiting = []
lines.on("line", (l) => (waiting.length ? waiting.shift()(l) : pending.push(l)))
const nextLine = (ms) =>
	new Promise((resolve, reject) => {
		if (pending.length) return resolve(pending.shift())
		const t = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
		waiting.push((l) => {
			clearTimeout(t)
			resolve(l)
		})
	})
const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)))

function at(obj, p) {
	let v = obj
	for (const k of p.split(".")) {
		if (v == null) return undefined
		v = k === "length" ? v.length : Array.isArray(v) ? v[Number(k)] : v[k]
	}
	return v
}

let failures = 0
try {
	const t0 = Date.now()
	const hello = JSON.parse(await nextLine(120_000))
	if (hello.hello !== "lapce-parity-target" || hello.protocol !== 1 || hello.name !== "typescript") throw new Error(`bad hello: ${JSON.stringify(hello)}`)
	console.log(`hello after ${Date.now() - t0} ms: ${JSON.stringify(hello)}`)
	let id = 0
	for (const c of cases) {
		id++
		const t1 = Date.now()
		child.stdin.write(JSON.stringify({ id, op: "run", case: c.case }) + "\n")
		const answer = JSON.parse(await nextLine(c.case.timeoutMs ?? 30_000))
		const ms = Date.now() - t1
		const problems = []
		if (answer.id !== id) problems.push(`id ${answer.id} instead of ${id}`)
		if (answer.ok !== true) problems.push(`ok:${answer.ok} ${answer.error ?? ""}`)
		if (!answer.transcript || typeof answer.transcript !== "object") problems.push("no transcript")
		else {
			if (answer.transcript.error) problems.push(`transcript.error: ${answer.transcript.error}`)
			for (const [p, want] of c.expect ?? []) {
				const got = at(answer.transcript, p)
				if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${p}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`)
			}
		}
		if (problems.length) failures++
		console.log(`${problems.length ? "FAIL" : "ok  "} ${String(ms).padStart(5)} ms  ${c.name}${problems.map((p) => "\n       " + p).join("")}`)
		if (print && c.name.includes(print)) console.log(JSON.stringify(answer.transcript, null, 1))
	}
	child.stdin.write(JSON.stringify({ id: ++id, op: "shutdown" }) + "\n")
	const bye = JSON.parse(await nextLine(10_000))
	if (bye.id !== id || bye.ok !== true) throw new Error(`bad shutdown answer: ${JSON.stringify(bye)}`)
	const code = await exited
	if (code !== 0) throw new Error(`host exited with ${code}`)
} catch (e) {
	failures++
	console.error(`smoke: ${e.message}\n--- host stderr (tail) ---\n${stderr.split("\n").slice(-30).join("\n")}`)
	child.kill()
}
console.log(failures ? `${failures} failure(s)` : `all ${cases.length} cases ok`)
process.exit(failures ? 1 : 0)
