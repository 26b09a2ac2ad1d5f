// Differential oracle for the read_file port's unit tests (tests/LapceParity.Tests/Port/ReadFileHelpersTests.cs):
// reads a JSON request on stdin and answers with what the npm packages Codex uses give for it. Our code only.
//   {"binary": ["<file>", …], "prettyBytes": [n, …], "lines": ["<file>", …], "docx": ["<file>"], "xlsx": ["<file>"], "pdf": ["<file>"]}
const fs = require("fs")
const path = require("path")
const readline = require("readline")
const nm = path.join(__dirname, "..", "node_modules")
const { isBinaryFile } = require(path.join(nm, "isbinaryfile"))
const mammoth = require(path.join(nm, "mammoth"))
const ExcelJS = require(path.join(nm, "exceljs"))
const pdf = require(path.join(nm, "pdf-parse", "lib", "pdf-parse"))

function countLines(file) {
	return new Promise((resolve, reject) => {
		let n = 0
		const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })
		rl.on("line", () => n++)
		rl.on("close", () => resolve(n))
		rl.on("error", reject)
	})
}

// extract-text-from-xlsx.ts's formatting, restated (the oracle needs exceljs's cell values, not Codex's file).
function cellText(cell) {
	const v = cell.value
	if (v === null || v === undefined) return ""
	if (typeof v === "object" && "error" in v) return `[Error: ${v.error}]`
	if (v instanceof Date) return v.toISOString().split("T")[0]
	if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("")
	if (typeof v === "object" && "text" in v && "hyperlink" in v) return `${v.text} (${v.hyperlink})`
	if (typeof v === "object" && "formula" in v) return v.result !== undefined && v.result !== null ? v.result.toString() : `[Formula: ${v.formula}]`
	return v.toString()
}

async function xlsx(file) {
	const wb = new ExcelJS.Workbook()
	await wb.xlsx.readFile(file)
	let out = ""
	wb.eachSheet((ws) => {
		if (ws.state === "hidden" || ws.state === "veryHidden") return
		out += `--- Sheet: ${ws.name} ---\n`
		ws.eachRow({ includeEmpty: false }, (row) => {
			const texts = []
			let has = false
			row.eachCell({ includeEmpty: true }, (c) => {
				const t = cellText(c)
				if (t.trim()) has = true
				texts.push(t)
			})
			if (has) out += texts.join("\t") + "\n"
		})
		out += "\n"
	})
	return out.trim()
}

const settle = (p) => p.then((value) => ({ value }), (e) => ({ error: String(e && e.message) }))

;(async () => {
	const req = JSON.parse(fs.readFileSync(0, "utf8"))
	const res = {}
	res.binary = await Promise.all((req.binary ?? []).map((f) => settle(isBinaryFile(f))))
	const prettyBytes = (await import(path.join(nm, "pretty-bytes", "index.js"))).default
	res.prettyBytes = (req.prettyBytes ?? []).map((n) => prettyBytes(n))
	res.lines = await Promise.all((req.lines ?? []).map((f) => settle(countLines(f))))
	res.docx = await Promise.all((req.docx ?? []).map((f) => settle(mammoth.extractRawText({ path: f }).then((r) => r.value))))
	res.xlsx = await Promise.all((req.xlsx ?? []).map((f) => settle(xlsx(f))))
	res.pdf = await Promise.all((req.pdf ?? []).map((f) => settle(fs.promises.readFile(f).then(pdf).then((d) => d.text))))
	process.stdout.write(JSON.stringify(res))
})()
