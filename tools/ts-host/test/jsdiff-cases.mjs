#!/usr/bin/env node
// Differential corpus for src/Lapce.Tools/Utils/JsDiff.cs: random text pairs through the npm package `diff` 5.2.0
// (Codex's version, from tools/ts-host/node_modules), one JSON line each: {"old", "new", "patch"} where patch is
// createPatch("f.ts", old, new). Seeded, so the corpus is reproducible:
//
//   node tools/ts-host/test/jsdiff-cases.mjs [COUNT] [SEED] > tests/LapceParity.Tests/Port/Diff/jsdiff-cases.jsonl
import { createRequire } from "node:module"
const require = createRequire(import.meta.url)
const { createPatch } = require("../node_modules/diff")

const count = Number(process.argv[2] ?? 400)
let seed = Number(process.argv[3] ?? 42)
const rand = () => {
	// mulberry32
	seed |= 0
	seed = (seed + 0x6d2b79f5) | 0
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (a) => a[Math.floor(rand() * a.length)]
// Few distinct lines, so that equal lines (and so snakes, ties and overlapping hunks) are common.
const vocab = ["", "a", "b", "c", "}", "  x = 1;", "  y = 2;", "// note", "\t", " ", "é", "😀"]
const eols = ["\n", "\n", "\n", "\r\n", "\r"]

function text(n, eol) {
	let s = ""
	for (let i = 0; i < n; i++) s += pick(vocab) + (rand() < 0.9 ? eol : pick(eols))
	if (rand() < 0.3) s = s.replace(/(\r\n|\r|\n)$/, "")
	return s
}

function mutate(s) {
	const lines = s.split("\n")
	const edits = Math.floor(rand() * 6)
	for (let e = 0; e < edits; e++) {
		const at = Math.floor(rand() * (lines.length + 1))
		const r = rand()
		if (r < 0.35) lines.splice(at, 1 + Math.floor(rand() * 3))
		else if (r < 0.7) lines.splice(at, 0, ...Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(vocab)))
		else if (at < lines.length) lines[at] = pick(vocab)
	}
	let out = lines.join("\n")
	if (rand() < 0.15) out = out.endsWith("\n") ? out.slice(0, -1) : out + "\n"
	return out
}

for (let i = 0; i < count; i++) {
	const size = rand() < 0.1 ? 200 + Math.floor(rand() * 300) : Math.floor(rand() * 40)
	const eol = rand() < 0.8 ? "\n" : "\r\n"
	const old = rand() < 0.05 ? "" : text(size, eol)
	const r = rand()
	const neu = r < 0.05 ? "" : r < 0.1 ? old : r < 0.2 ? text(Math.floor(rand() * 40), eol) : mutate(old)
	process.stdout.write(JSON.stringify({ old, new: neu, patch: createPatch("f.ts", old, neu) }) + "\n")
}
