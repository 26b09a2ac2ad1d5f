#!/usr/bin/env node
// Builds tools/tree-sitter/out/liblapce_tree_sitter.so (Linux; .dylib on macOS): the tree-sitter C runtime that
// web-tree-sitter 0.25.6 compiles to WASM, plus the grammars tree-sitter-wasms 0.1.12 was built from, all pinned in
// grammars.json (package, version, npm integrity). Sources come from the npm registry through `npm pack` into the
// git-ignored .cache/ folder and are checked against their integrity before use. Idempotent: objects are rebuilt only
// when their sources or flags change, the library only when an object did. All output goes to stderr.
//
//   node tools/tree-sitter/build.mjs [--force] [--quiet]
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as crypto from "node:crypto"
import { execFileSync, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const CACHE = path.join(HERE, ".cache")
const OUT = path.join(HERE, "out")
const LIB = path.join(OUT, process.platform === "darwin" ? "liblapce_tree_sitter.dylib" : "liblapce_tree_sitter.so")
const args = new Set(process.argv.slice(2))
const quiet = args.has("--quiet")
const log = (...a) => process.stderr.write(`[tree-sitter build] ${a.join(" ")}\n`)
const CC = process.env.CC || "cc"
const CFLAGS = ["-O2", "-fPIC", "-std=gnu11", "-w"]

const manifest = JSON.parse(fs.readFileSync(path.join(HERE, "grammars.json"), "utf8"))

function sri(file) {
	return "sha512-" + crypto.createHash("sha512").update(fs.readFileSync(file)).digest("base64")
}

/** npm pack PKG@VER into .cache/tarballs (once), verify its integrity, extract into .cache/src/<pkg>@<ver>. */
function fetchPackage({ package: pkg, version, integrity }) {
	const tarDir = path.join(CACHE, "tarballs")
	const srcDir = path.join(CACHE, "src", `${pkg.replace("/", "+")}@${version}`)
	const done = path.join(srcDir, ".integrity")
	if (fs.existsSync(done) && fs.readFileSync(done, "utf8") === integrity) return path.join(srcDir, "package")
	fs.mkdirSync(tarDir, { recursive: true })
	const tgz = path.join(tarDir, `${pkg.replace("@", "").replace("/", "-")}-${version}.tgz`)
	if (!fs.existsSync(tgz) || sri(tgz) !== integrity) {
		log(`npm pack ${pkg}@${version}`)
		execFileSync("npm", ["pack", `${pkg}@${version}`, "--pack-destination", tarDir, "--loglevel=error"], { stdio: ["ignore", "ignore", "inherit"] })
	}
	const actual = sri(tgz)
	if (actual !== integrity) throw new Error(`${pkg}@${version}: integrity ${actual} does not match the pinned ${integrity}`)
	fs.rmSync(srcDir, { recursive: true, force: true })
	fs.mkdirSync(srcDir, { recursive: true })
	execFileSync("tar", ["xzf", tgz, "-C", srcDir])
	fs.writeFileSync(done, integrity)
	return path.join(srcDir, "package")
}

/** One compile unit: skipped when the object's stamp (source hash + command) is unchanged. */
function unit(src, obj, includes) {
	const cmd = [CC, ...CFLAGS, ...includes.map((i) => `-I${i}`), "-c", src, "-o", obj]
	const h = crypto.createHash("sha256").update(cmd.join("\0")).update(fs.readFileSync(src)).digest("hex")
	return { src, obj, cmd, stamp: obj + ".stamp", hash: h }
}

async function runAll(units) {
	const todo = units.filter((u) => args.has("--force") || !fs.existsSync(u.obj) || !fs.existsSync(u.stamp) || fs.readFileSync(u.stamp, "utf8") !== u.hash)
	let next = 0
	let failed = null
	const worker = async () => {
		while (next < todo.length && !failed) {
			const u = todo[next++]
			if (!quiet) log(`cc ${path.relative(CACHE, u.src)}`)
			await new Promise((resolve) => {
				const p = spawn(u.cmd[0], u.cmd.slice(1), { stdio: ["ignore", "inherit", "inherit"] })
				p.on("error", (e) => {
					failed = `${u.cmd[0]}: ${e.message} (install gcc: apt-get install gcc g++ make)`
					resolve()
				})
				p.on("exit", (code) => {
					if (code === 0) fs.writeFileSync(u.stamp, u.hash)
					else failed ??= `compiling ${u.src} failed (exit ${code})`
					resolve()
				})
			})
		}
	}
	await Promise.all(Array.from({ length: Math.max(1, Math.min(os.cpus().length, 4)) }, worker))
	if (failed) throw new Error(failed)
	return todo.length
}

async function main() {
	const t0 = Date.now()
	const objDir = path.join(CACHE, "obj")
	fs.mkdirSync(objDir, { recursive: true })

	// Runtime: web-tree-sitter's lib/ (lib.c amalgamation) with the headers it leaves out.
	const runtimePkg = fetchPackage(manifest.runtime)
	const headerPkg = fetchPackage(manifest.headers)
	const rtSrc = path.join(CACHE, "runtime", "src")
	const rtInc = path.join(CACHE, "runtime", "include")
	const rtKey = manifest.runtime.integrity + manifest.headers.integrity
	const rtDone = path.join(CACHE, "runtime", ".key")
	if (!fs.existsSync(rtDone) || fs.readFileSync(rtDone, "utf8") !== rtKey) {
		fs.rmSync(path.join(CACHE, "runtime"), { recursive: true, force: true })
		fs.cpSync(path.join(runtimePkg, manifest.runtime.src), rtSrc, { recursive: true })
		for (const d of manifest.headers.copy) fs.cpSync(path.join(headerPkg, manifest.headers.src, d), path.join(rtSrc, d), { recursive: true })
		fs.cpSync(path.join(headerPkg, manifest.headers.include), rtInc, { recursive: true })
		fs.writeFileSync(rtDone, rtKey)
	}
	const units = [unit(path.join(rtSrc, "lib.c"), path.join(objDir, "runtime.o"), [rtSrc, rtInc])]

	for (const g of manifest.grammars) {
		const dir = path.join(fetchPackage(g), g.dir)
		units.push(unit(path.join(dir, "parser.c"), path.join(objDir, `${g.name}-parser.o`), [dir]))
		const scanner = path.join(dir, "scanner.c")
		if (fs.existsSync(scanner)) units.push(unit(scanner, path.join(objDir, `${g.name}-scanner.o`), [dir]))
		if (fs.existsSync(path.join(dir, "scanner.cc"))) throw new Error(`${g.name}: C++ scanners are not handled yet`)
	}

	const compiled = await runAll(units)
	const linkKey = crypto.createHash("sha256").update(units.map((u) => fs.readFileSync(u.stamp, "utf8")).join("\n")).digest("hex")
	const linkStamp = LIB + ".stamp"
	if (compiled === 0 && fs.existsSync(LIB) && fs.existsSync(linkStamp) && fs.readFileSync(linkStamp, "utf8") === linkKey) {
		if (!quiet) log(`up to date: ${path.relative(process.cwd(), LIB)}`)
		return
	}
	fs.mkdirSync(OUT, { recursive: true })
	const tmp = LIB + `.tmp${process.pid}`
	execFileSync(CC, ["-shared", "-o", tmp, ...units.map((u) => u.obj)], { stdio: ["ignore", "inherit", "inherit"] })
	fs.renameSync(tmp, LIB) // atomic: a running test never sees half a library
	fs.writeFileSync(linkStamp, linkKey)
	fs.writeFileSync(
		path.join(OUT, "grammars.txt"),
		manifest.grammars.map((g) => `${g.name}\t${g.package}@${g.version}\t${g.integrity}`).join("\n") + "\n",
	)
	log(`built ${path.relative(process.cwd(), LIB)} (${compiled} units compiled, ${manifest.grammars.length} grammars) in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}

main().catch((e) => {
	log("error:", e.message)
	process.exit(1)
})
