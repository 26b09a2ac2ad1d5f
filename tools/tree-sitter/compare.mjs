#!/usr/bin/env node
// The reference side of the native/WASM differential check: loads tree-sitter-wasms' .wasm grammars in
// web-tree-sitter 0.25.6 (both from tools/ts-host/node_modules, as Codex loads them) and prints, as JSON on stdout,
// each grammar's metadata and the S-expressions of the given samples parsed by it. The C# side
// (tests/LapceParity.Tests/Port/TreeSitterNativeTests.cs) compares them with the native build.
//
//   echo '{"grammars":["c_sharp"],"samples":[{"grammar":"c_sharp","source":"class A {}"}],"queries":[...]}' | node compare.mjs
import * as fs from "node:fs"
import * as path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const HOST = path.join(HERE, "..", "ts-host")
const require = createRequire(path.join(HOST, "package.json"))
const { Parser, Language, Query } = require("web-tree-sitter")
const wasmDir = path.join(path.dirname(require.resolve("tree-sitter-wasms/package.json")), "out")

const input = JSON.parse(fs.readFileSync(0, "utf8"))
await Parser.init()
const languages = {}
const out = { grammars: {}, samples: [], queries: [] }
const load = async (name) => (languages[name] ??= await Language.load(path.join(wasmDir, `tree-sitter-${name}.wasm`)))

for (const name of input.grammars ?? []) {
	const l = await load(name)
	const symbols = []
	for (let i = 0; i < l.nodeTypeCount; i++) symbols.push(`${l.nodeTypeForId(i)}|${l.nodeTypeIsNamed(i) ? 1 : 0}|${l.nodeTypeIsVisible(i) ? 1 : 0}`)
	const fields = []
	for (let i = 1; i <= l.fieldCount; i++) fields.push(l.fieldNameForId(i))
	out.grammars[name] = { abi: l.abiVersion, nodeTypeCount: l.nodeTypeCount, stateCount: l.stateCount, fieldCount: l.fieldCount, symbols, fields }
}
for (const s of input.samples ?? []) {
	const parser = new Parser()
	parser.setLanguage(await load(s.grammar))
	const tree = parser.parse(s.source)
	out.samples.push(tree.rootNode.toString())
}
for (const q of input.queries ?? []) {
	// every capture with the fields Codex's processCaptures reads
	const parser = new Parser()
	const lang = await load(q.grammar)
	parser.setLanguage(lang)
	const tree = parser.parse(q.source)
	try {
		const query = new Query(lang, q.query)
		out.queries.push(
			query.captures(tree.rootNode).map((c) => ({
				name: c.name,
				start: [c.node.startPosition.row, c.node.startPosition.column],
				end: [c.node.endPosition.row, c.node.endPosition.column],
				text: c.node.text,
				parentStartRow: c.node.parent ? c.node.parent.startPosition.row : null,
				parentLastChildEndRow: c.node.parent?.lastChild ? c.node.parent.lastChild.endPosition.row : null,
			})),
		)
	} catch (e) {
		out.queries.push({ error: `${e.name}: ${e.message}` })
	}
}
process.stdout.write(JSON.stringify(out))
