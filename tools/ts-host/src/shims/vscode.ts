/**
 * A small stand-in for the `vscode` module, good enough for Codex's tool layer running headless.
 *
 * It models what the tools observe of VS Code: text documents loaded from disk (UTF-8 with or without BOM,
 * UTF-16 with BOM; line endings normalised to the document's EOL as VS Code's text model does), workspace
 * edits, saving (BOM and EOL preserved), editors and tabs (including the `vscode.diff` command), the
 * workspace folder, contributed configuration defaults, and no diagnostics. Everything else is inert.
 * `__host` (not part of VS Code) lets the host set the workspace folder and reset all state between cases.
 */
import * as fs from "fs"
import * as fsp from "fs/promises"
import * as nodePath from "path"
import * as os from "os"

// ---------------------------------------------------------------------------------------------------------
// Events and disposables

export class Disposable {
	static from(...items: { dispose(): any }[]): Disposable {
		return new Disposable(() => items.forEach((d) => d?.dispose?.()))
	}
	private fn?: () => any
	constructor(fn: () => any) {
		this.fn = fn
	}
	dispose(): any {
		const fn = this.fn
		this.fn = undefined
		return fn?.()
	}
}

export type Event<T> = (listener: (e: T) => any, thisArgs?: any, disposables?: Disposable[]) => Disposable

export class EventEmitter<T> {
	private listeners = new Set<(e: T) => any>()
	event: Event<T> = (listener, thisArgs, disposables) => {
		const bound = thisArgs ? listener.bind(thisArgs) : listener
		this.listeners.add(bound)
		const d = new Disposable(() => this.listeners.delete(bound))
		disposables?.push(d)
		return d
	}
	fire(e: T): void {
		for (const l of [...this.listeners]) {
			try {
				const r = l(e)
				if (r && typeof r.catch === "function") r.catch((err: any) => console.error("[vscode shim] listener", err))
			} catch (err) {
				console.error("[vscode shim] listener", err)
			}
		}
	}
	dispose(): void {
		this.listeners.clear()
	}
}

export class CancellationError extends Error {
	constructor() {
		super("Canceled")
		this.name = "Canceled"
	}
}

export class CancellationTokenSource {
	private emitter = new EventEmitter<void>()
	token = {
		isCancellationRequested: false,
		onCancellationRequested: this.emitter.event,
	}
	cancel() {
		if (!this.token.isCancellationRequested) {
			this.token.isCancellationRequested = true
			this.emitter.fire()
		}
	}
	dispose() {
		this.emitter.dispose()
	}
}

// ---------------------------------------------------------------------------------------------------------
// Enums

export enum EndOfLine {
	LF = 1,
	CRLF = 2,
}
export enum DiagnosticSeverity {
	Error = 0,
	Warning = 1,
	Information = 2,
	Hint = 3,
}
export enum TextEditorRevealType {
	Default = 0,
	InCenter = 1,
	InCenterIfOutsideViewport = 2,
	AtTop = 3,
}
export enum ViewColumn {
	Active = -1,
	Beside = -2,
	One = 1,
	Two = 2,
	Three = 3,
}
export enum FileType {
	Unknown = 0,
	File = 1,
	Directory = 2,
	SymbolicLink = 64,
}
export enum ConfigurationTarget {
	Global = 1,
	Workspace = 2,
	WorkspaceFolder = 3,
}
export enum OverviewRulerLane {
	Left = 1,
	Center = 2,
	Right = 4,
	Full = 7,
}
export enum DecorationRangeBehavior {
	OpenOpen = 0,
	ClosedClosed = 1,
	OpenClosed = 2,
	ClosedOpen = 3,
}
export enum StatusBarAlignment {
	Left = 1,
	Right = 2,
}
export enum ProgressLocation {
	SourceControl = 1,
	Window = 10,
	Notification = 15,
}
export enum UIKind {
	Desktop = 1,
	Web = 2,
}
export enum ExtensionMode {
	Production = 1,
	Development = 2,
	Test = 3,
}
export enum LanguageModelChatMessageRole {
	User = 1,
	Assistant = 2,
}
export class CodeActionKind {
	static readonly Empty = new CodeActionKind("")
	static readonly QuickFix = new CodeActionKind("quickfix")
	static readonly Refactor = new CodeActionKind("refactor")
	static readonly RefactorRewrite = new CodeActionKind("refactor.rewrite")
	constructor(readonly value: string) {}
}

// ---------------------------------------------------------------------------------------------------------
// Positions and ranges

export class Position {
	readonly line: number
	readonly character: number
	constructor(line: number, character: number) {
		if (line < 0 || character < 0) throw new Error("Illegal argument: line/character must be non-negative")
		this.line = line
		this.character = character
	}
	isBefore(o: Position) {
		return this.line < o.line || (this.line === o.line && this.character < o.character)
	}
	isBeforeOrEqual(o: Position) {
		return this.isBefore(o) || this.isEqual(o)
	}
	isAfter(o: Position) {
		return !this.isBeforeOrEqual(o)
	}
	isAfterOrEqual(o: Position) {
		return !this.isBefore(o)
	}
	isEqual(o: Position) {
		return this.line === o.line && this.character === o.character
	}
	compareTo(o: Position) {
		return this.isBefore(o) ? -1 : this.isEqual(o) ? 0 : 1
	}
	translate(a?: number | { lineDelta?: number; characterDelta?: number }, b?: number) {
		const ld = typeof a === "object" ? (a.lineDelta ?? 0) : (a ?? 0)
		const cd = typeof a === "object" ? (a.characterDelta ?? 0) : (b ?? 0)
		return new Position(this.line + ld, this.character + cd)
	}
	with(a?: number | { line?: number; character?: number }, b?: number) {
		if (typeof a === "object") return new Position(a.line ?? this.line, a.character ?? this.character)
		return new Position(a ?? this.line, b ?? this.character)
	}
}

export class Range {
	readonly start: Position
	readonly end: Position
	constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
		let s: Position, e: Position
		if (typeof a === "number") {
			s = new Position(a, b as number)
			e = new Position(c as number, d as number)
		} else {
			s = a
			e = b as Position
		}
		if (e.isBefore(s)) [s, e] = [e, s]
		this.start = s
		this.end = e
	}
	get isEmpty() {
		return this.start.isEqual(this.end)
	}
	get isSingleLine() {
		return this.start.line === this.end.line
	}
	contains(p: Position | Range): boolean {
		if (p instanceof Range) return this.contains(p.start) && this.contains(p.end)
		return p.isAfterOrEqual(this.start) && p.isBeforeOrEqual(this.end)
	}
	isEqual(o: Range) {
		return this.start.isEqual(o.start) && this.end.isEqual(o.end)
	}
	with(a?: Position | { start?: Position; end?: Position }, b?: Position) {
		if (a && !(a instanceof Position)) return new Range(a.start ?? this.start, a.end ?? this.end)
		return new Range((a as Position) ?? this.start, b ?? this.end)
	}
}

export class Selection extends Range {
	readonly anchor: Position
	readonly active: Position
	constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
		const anchor = typeof a === "number" ? new Position(a, b as number) : a
		const active = typeof a === "number" ? new Position(c as number, d as number) : (b as Position)
		super(anchor, active)
		this.anchor = anchor
		this.active = active
	}
	get isReversed() {
		return this.anchor === this.end
	}
}

// ---------------------------------------------------------------------------------------------------------
// Uri (same shape and formatting rules as VS Code's URI for the file and simple custom schemes)

function encodeUriPart(s: string, isPath: boolean): string {
	let out = ""
	for (const ch of s) {
		if (/[A-Za-z0-9\-._~]/.test(ch) || (isPath && ch === "/")) out += ch
		else out += encodeURIComponent(ch)
	}
	return out
}

export class Uri {
	readonly scheme: string
	readonly authority: string
	readonly path: string
	readonly query: string
	readonly fragment: string
	private constructor(scheme: string, authority: string, path: string, query: string, fragment: string) {
		this.scheme = scheme
		this.authority = authority
		this.path = path
		this.query = query
		this.fragment = fragment
	}
	static file(p: string): Uri {
		let path = p
		if (process.platform === "win32") path = path.replace(/\\/g, "/")
		let authority = ""
		if (path.startsWith("//")) {
			const idx = path.indexOf("/", 2)
			authority = idx === -1 ? path.substring(2) : path.substring(2, idx)
			path = idx === -1 ? "/" : path.substring(idx)
		}
		if (path[0] !== "/") path = "/" + path
		return new Uri("file", authority, path, "", "")
	}
	static parse(value: string): Uri {
		const m = /^(([^:/?#]+?):)?(\/\/([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?/.exec(value)
		if (!m) return new Uri("", "", "", "", "")
		const dec = (s: string) => {
			try {
				return decodeURIComponent(s)
			} catch {
				return s
			}
		}
		return new Uri(m[2] || "file", dec(m[4] || ""), dec(m[5] || ""), dec(m[7] || ""), dec(m[9] || ""))
	}
	static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
		return new Uri(c.scheme, c.authority ?? "", c.path ?? "", c.query ?? "", c.fragment ?? "")
	}
	static joinPath(base: Uri, ...segments: string[]): Uri {
		return base.with({ path: nodePath.posix.join(base.path || "/", ...segments) })
	}
	get fsPath(): string {
		let value: string
		if (this.authority && this.path.length > 1 && this.scheme === "file") value = `//${this.authority}${this.path}`
		else if (/^\/[a-zA-Z]:/.test(this.path)) value = this.path[1].toLowerCase() + this.path.substring(2)
		else value = this.path
		if (process.platform === "win32") value = value.replace(/\//g, "\\")
		return value
	}
	with(change: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
		return new Uri(
			change.scheme ?? this.scheme,
			change.authority ?? this.authority,
			change.path ?? this.path,
			change.query ?? this.query,
			change.fragment ?? this.fragment,
		)
	}
	toString(_skipEncoding?: boolean): string {
		let res = this.scheme + ":"
		if (this.authority || this.scheme === "file") res += "//" + encodeUriPart(this.authority, false)
		let path = this.path
		const drive = /^\/([a-zA-Z]):/.exec(path)
		if (drive) res += "/" + drive[1].toLowerCase() + "%3A" + encodeUriPart(path.substring(3), true)
		else res += encodeUriPart(path, true)
		if (this.query) res += "?" + encodeUriPart(this.query, false)
		if (this.fragment) res += "#" + encodeUriPart(this.fragment, false)
		return res
	}
	toJSON() {
		return { $mid: 1, scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment, fsPath: this.fsPath, external: this.toString() }
	}
}

export class RelativePattern {
	baseUri: Uri
	base: string
	pattern: string
	constructor(base: string | Uri | { uri: Uri }, pattern: string) {
		this.baseUri = typeof base === "string" ? Uri.file(base) : base instanceof Uri ? base : base.uri
		this.base = this.baseUri.fsPath
		this.pattern = pattern
	}
}

export class ThemeIcon {
	static readonly File = new ThemeIcon("file")
	static readonly Folder = new ThemeIcon("folder")
	constructor(
		readonly id: string,
		readonly color?: any,
	) {}
}
export class ThemeColor {
	constructor(readonly id: string) {}
}
export class MarkdownString {
	constructor(
		public value = "",
		public supportThemeIcons = false,
	) {}
	appendText(v: string) {
		this.value += v
		return this
	}
	appendMarkdown(v: string) {
		this.value += v
		return this
	}
}

export class Diagnostic {
	source?: string
	code?: string | number
	constructor(
		public range: Range,
		public message: string,
		public severity: DiagnosticSeverity = DiagnosticSeverity.Error,
	) {}
}

export class Location {
	constructor(
		public uri: Uri,
		public range: Range | Position,
	) {}
}

export class CodeAction {
	constructor(
		public title: string,
		public kind?: CodeActionKind,
	) {}
}

export class TextEdit {
	static replace(range: Range, newText: string) {
		return new TextEdit(range, newText)
	}
	static insert(position: Position, newText: string) {
		return new TextEdit(new Range(position, position), newText)
	}
	static delete(range: Range) {
		return new TextEdit(range, "")
	}
	constructor(
		public range: Range,
		public newText: string,
	) {}
}

// Language model API classes: referenced by the VS Code LM provider only; never used by the tools.
export class LanguageModelTextPart {
	constructor(public value: string) {}
}
export class LanguageModelToolCallPart {
	constructor(
		public callId: string,
		public name: string,
		public input: object,
	) {}
}
export class LanguageModelToolResultPart {
	constructor(
		public callId: string,
		public content: any[],
	) {}
}
export class LanguageModelChatMessage {
	static User(content: any, name?: string) {
		return new LanguageModelChatMessage(LanguageModelChatMessageRole.User, content, name)
	}
	static Assistant(content: any, name?: string) {
		return new LanguageModelChatMessage(LanguageModelChatMessageRole.Assistant, content, name)
	}
	constructor(
		public role: LanguageModelChatMessageRole,
		public content: any,
		public name?: string,
	) {}
}

// ---------------------------------------------------------------------------------------------------------
// Text documents: VS Code's text model rules for decoding, EOL and edits

type Encoding = "utf8" | "utf8bom" | "utf16le" | "utf16be"

/** The EOL used for text without any line break (VS Code: `files.eol` = "auto" → the OS default). */
const DEFAULT_EOL: "\n" | "\r\n" = "\n"

function decode(bytes: Buffer): { text: string; encoding: Encoding } {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: "utf8bom" }
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf16le" }
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder("utf-16be", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf16be" }
	return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), encoding: "utf8" }
}

function encode(text: string, encoding: Encoding): Buffer {
	switch (encoding) {
		case "utf8bom":
			return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])
		case "utf16le":
			return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
		case "utf16be": {
			const le = Buffer.from(text, "utf16le")
			for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]]
			return Buffer.concat([Buffer.from([0xfe, 0xff]), le])
		}
		default:
			return Buffer.from(text, "utf8")
	}
}

/** PieceTreeTextBufferFactory._getEOL + normalisation: the majority EOL wins; lone CRs count as CRLF-ish. */
function normalizeOnLoad(text: string): { text: string; eol: "\n" | "\r\n" } {
	let cr = 0,
		lf = 0,
		crlf = 0
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i)
		if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) {
				crlf++
				i++
			} else cr++
		} else if (c === 10) lf++
	}
	const total = cr + lf + crlf
	const totalCR = cr + crlf
	const eol: "\n" | "\r\n" = total === 0 ? DEFAULT_EOL : totalCR > total / 2 ? "\r\n" : "\n"
	const needs = eol === "\r\n" ? cr > 0 || lf > 0 : cr > 0 || crlf > 0
	return { text: needs ? text.replace(/\r\n|\r|\n/g, eol) : text, eol }
}

function languageIdFor(p: string): string {
	const ext = nodePath.extname(p).toLowerCase()
	const map: Record<string, string> = {
		".ts": "typescript",
		".tsx": "typescriptreact",
		".js": "javascript",
		".jsx": "javascriptreact",
		".json": "json",
		".md": "markdown",
		".py": "python",
		".rs": "rust",
		".cs": "csharp",
		".go": "go",
		".html": "html",
		".css": "css",
		".txt": "plaintext",
	}
	return map[ext] ?? "plaintext"
}

export class TextLine {
	constructor(
		readonly lineNumber: number,
		readonly text: string,
		readonly range: Range,
		readonly rangeIncludingLineBreak: Range,
	) {}
	get firstNonWhitespaceCharacterIndex() {
		return /^(\s*)/.exec(this.text)![1].length
	}
	get isEmptyOrWhitespace() {
		return this.firstNonWhitespaceCharacterIndex === this.text.length
	}
}

export class TextDocument {
	readonly uri: Uri
	readonly isUntitled = false
	languageId: string
	version = 1
	isClosed = false
	private _text = ""
	private _eol: "\n" | "\r\n" = DEFAULT_EOL
	private _encoding: Encoding = "utf8"
	private _dirty = false
	private _lines: string[] = [""]
	private _lineStarts: number[] = [0]

	constructor(uri: Uri) {
		this.uri = uri
		this.languageId = languageIdFor(uri.fsPath)
	}

	/** (Re)load from disk, as VS Code does when it opens a file or reloads a non-dirty one. */
	loadFromDisk(): void {
		const { text, encoding } = decode(fs.readFileSync(this.uri.fsPath))
		const n = normalizeOnLoad(text)
		this._encoding = encoding
		this._eol = n.eol
		this.setText(n.text)
		this._dirty = false
	}

	private setText(text: string) {
		this._text = text
		this._lines = text.split(/\r\n|\r|\n/)
		this._lineStarts = []
		const re = /\r\n|\r|\n/g
		this._lineStarts.push(0)
		let m: RegExpExecArray | null
		while ((m = re.exec(text))) this._lineStarts.push(m.index + m[0].length)
	}

	get fileName() {
		return this.uri.fsPath
	}
	get isDirty() {
		return this._dirty
	}
	get eol(): EndOfLine {
		return this._eol === "\r\n" ? EndOfLine.CRLF : EndOfLine.LF
	}
	get lineCount() {
		return this._lines.length
	}
	get encoding() {
		return this._encoding === "utf8bom" ? "utf8bom" : this._encoding
	}

	getText(range?: Range): string {
		if (!range) return this._text
		const r = this.validateRange(range)
		return this._text.substring(this.offsetAt(r.start), this.offsetAt(r.end))
	}
	lineAt(lineOrPos: number | Position): TextLine {
		const line = typeof lineOrPos === "number" ? lineOrPos : lineOrPos.line
		if (line < 0 || line >= this._lines.length) throw new Error("Illegal value for `line`")
		const text = this._lines[line]
		const nextStart = line + 1 < this._lineStarts.length ? this._lineStarts[line + 1] : this._text.length
		const range = new Range(line, 0, line, text.length)
		const withBreak =
			line + 1 < this._lines.length ? new Range(line, 0, line + 1, 0) : new Range(line, 0, line, text.length)
		void nextStart
		return new TextLine(line, text, range, withBreak)
	}
	offsetAt(pos: Position): number {
		const p = this.validatePosition(pos)
		return this._lineStarts[p.line] + p.character
	}
	positionAt(offset: number): Position {
		offset = Math.max(0, Math.min(Math.floor(offset), this._text.length))
		let lo = 0,
			hi = this._lineStarts.length - 1
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1
			if (this._lineStarts[mid] <= offset) lo = mid
			else hi = mid - 1
		}
		const ch = Math.min(offset - this._lineStarts[lo], this._lines[lo].length)
		return new Position(lo, ch)
	}
	validatePosition(pos: Position): Position {
		if (pos.line < 0) return new Position(0, 0)
		if (pos.line >= this._lines.length) {
			const last = this._lines.length - 1
			return new Position(last, this._lines[last].length)
		}
		return new Position(pos.line, Math.max(0, Math.min(pos.character, this._lines[pos.line].length)))
	}
	validateRange(range: Range): Range {
		return new Range(this.validatePosition(range.start), this.validatePosition(range.end))
	}
	getWordRangeAtPosition(_p: Position): Range | undefined {
		return undefined
	}

	/** Apply edits (non-overlapping, document coordinates); inserted line breaks take the document's EOL. */
	applyEdits(edits: { range: Range; newText: string }[]): boolean {
		if (edits.length === 0) return true
		const ops = edits
			.map((e, i) => ({ start: this.offsetAt(e.range.start), end: this.offsetAt(e.range.end), text: e.newText, i }))
			.sort((a, b) => a.start - b.start || a.i - b.i)
		for (let i = 1; i < ops.length; i++) if (ops[i].start < ops[i - 1].end) return false
		let text = this._text
		let changed = false
		for (let i = ops.length - 1; i >= 0; i--) {
			const op = ops[i]
			const t = op.text.replace(/\r\n|\r|\n/g, this._eol)
			if (op.start === op.end && t.length === 0) continue
			text = text.substring(0, op.start) + t + text.substring(op.end)
			changed = true
		}
		if (changed) {
			this.setText(text)
			this.version++
			this._dirty = true
			state.onDidChangeTextDocument.fire({ document: this, contentChanges: [], reason: undefined })
		}
		return true
	}

	async save(): Promise<boolean> {
		if (this.isClosed) return false
		if (!this._dirty) return false
		await fsp.mkdir(nodePath.dirname(this.uri.fsPath), { recursive: true })
		await fsp.writeFile(this.uri.fsPath, encode(this._text, this._encoding))
		this._dirty = false
		state.onDidSaveTextDocument.fire(this)
		return true
	}
}

// ---------------------------------------------------------------------------------------------------------
// Editors and tabs

export class TabInputText {
	constructor(readonly uri: Uri) {}
}
export class TabInputTextDiff {
	constructor(
		readonly original: Uri,
		readonly modified: Uri,
	) {}
}

interface Tab {
	readonly label: string
	readonly input: TabInputText | TabInputTextDiff
	readonly group: any
	readonly isDirty: boolean
	isActive: boolean
	isPinned: boolean
	isPreview: boolean
}

class TextEditor {
	selection: Selection = new Selection(0, 0, 0, 0)
	selections: Selection[] = [this.selection]
	visibleRanges: Range[] = [new Range(0, 0, 0, 0)]
	options = {}
	viewColumn = ViewColumn.One
	constructor(readonly document: TextDocument) {}
	revealRange(_range: Range, _type?: TextEditorRevealType) {}
	setDecorations(_type: any, _ranges: any[]) {}
	async edit(cb: (b: { replace: Function; insert: Function; delete: Function; setEndOfLine: Function }) => void) {
		const edits: { range: Range; newText: string }[] = []
		cb({
			replace: (loc: Range | Position, text: string) =>
				edits.push({ range: loc instanceof Position ? new Range(loc, loc) : loc, newText: text }),
			insert: (p: Position, text: string) => edits.push({ range: new Range(p, p), newText: text }),
			delete: (r: Range) => edits.push({ range: r, newText: "" }),
			setEndOfLine: () => {},
		})
		return this.document.applyEdits(edits)
	}
	show() {}
	hide() {}
}

const fsKey = (p: string) => (process.platform === "win32" ? p.toLowerCase() : p)

const state = {
	workspaceFolders: undefined as { uri: Uri; name: string; index: number }[] | undefined,
	documents: new Map<string, TextDocument>(),
	tabs: [] as Tab[],
	visibleEditors: [] as TextEditor[],
	activeEditor: undefined as TextEditor | undefined,
	configDefaults: {} as Record<string, any>,
	configValues: {} as Record<string, any>,
	onDidOpenTextDocument: new EventEmitter<TextDocument>(),
	onDidCloseTextDocument: new EventEmitter<TextDocument>(),
	onDidChangeTextDocument: new EventEmitter<any>(),
	onDidSaveTextDocument: new EventEmitter<TextDocument>(),
	onDidChangeVisibleTextEditors: new EventEmitter<readonly TextEditor[]>(),
	onDidChangeActiveTextEditor: new EventEmitter<TextEditor | undefined>(),
	onDidChangeWorkspaceFolders: new EventEmitter<any>(),
	onDidChangeConfiguration: new EventEmitter<any>(),
	onDidChangeTabs: new EventEmitter<any>(),
}

const tabGroup = {
	get tabs() {
		return state.tabs
	},
	isActive: true,
	viewColumn: ViewColumn.One,
	get activeTab() {
		return state.tabs.find((t) => t.isActive)
	},
}

function docFor(uri: Uri): TextDocument | undefined {
	return state.documents.get(fsKey(uri.fsPath))
}

async function openDocument(uri: Uri): Promise<TextDocument> {
	if (uri.scheme !== "file") throw new Error(`cannot open ${uri.toString()}: the vscode shim only opens file: URIs`)
	const existing = docFor(uri)
	if (existing) {
		// A non-dirty document follows the file on disk (VS Code reloads it when the file changes).
		if (!existing.isDirty && fs.existsSync(uri.fsPath)) existing.loadFromDisk()
		return existing
	}
	if (!fs.existsSync(uri.fsPath)) throw new Error(`cannot open ${uri.toString()}. Detail: Unable to read file '${uri.fsPath}' (Error: Unable to resolve nonexistent file '${uri.fsPath}')`)
	const doc = new TextDocument(uri)
	doc.loadFromDisk()
	state.documents.set(fsKey(uri.fsPath), doc)
	state.onDidOpenTextDocument.fire(doc)
	return doc
}

function showEditor(doc: TextDocument, tabInput: TabInputText | TabInputTextDiff, label: string): TextEditor {
	const sameTab = (t: Tab) =>
		t.input instanceof TabInputTextDiff && tabInput instanceof TabInputTextDiff
			? t.input.modified.fsPath === tabInput.modified.fsPath && t.input.original.toString() === tabInput.original.toString()
			: t.input instanceof TabInputText && tabInput instanceof TabInputText && t.input.uri.fsPath === tabInput.uri.fsPath
	let tab = state.tabs.find(sameTab)
	if (!tab) {
		tab = {
			label,
			input: tabInput,
			group: tabGroup,
			get isDirty() {
				return doc.isDirty
			},
			isActive: false,
			isPinned: false,
			isPreview: false,
		}
		state.tabs.push(tab)
	}
	state.tabs.forEach((t) => (t.isActive = t === tab))
	let editor = state.visibleEditors.find((e) => e.document === doc)
	if (!editor) editor = new TextEditor(doc)
	state.visibleEditors = [editor]
	state.activeEditor = editor
	state.onDidChangeVisibleTextEditors.fire(state.visibleEditors)
	state.onDidChangeActiveTextEditor.fire(editor)
	state.onDidChangeTabs.fire({})
	return editor
}

function closeTab(tab: Tab): boolean {
	const i = state.tabs.indexOf(tab)
	if (i === -1) return false
	state.tabs.splice(i, 1)
	const uri = tab.input instanceof TabInputText ? tab.input.uri : tab.input.modified
	const stillShown = state.tabs.some((t) => (t.input instanceof TabInputText ? t.input.uri : t.input.modified).fsPath === uri.fsPath)
	if (!stillShown) {
		state.visibleEditors = state.visibleEditors.filter((e) => e.document.uri.fsPath !== uri.fsPath)
		if (state.activeEditor && state.activeEditor.document.uri.fsPath === uri.fsPath) state.activeEditor = state.visibleEditors[0]
		state.onDidChangeVisibleTextEditors.fire(state.visibleEditors)
	}
	state.onDidChangeTabs.fire({})
	return true
}

// ---------------------------------------------------------------------------------------------------------
// WorkspaceEdit

export class WorkspaceEdit {
	private _edits: { uri: Uri; range: Range; newText: string }[] = []
	private _fileOps: { kind: "create" | "delete"; uri: Uri; options?: any }[] = []
	replace(uri: Uri, range: Range, newText: string) {
		this._edits.push({ uri, range, newText })
	}
	insert(uri: Uri, position: Position, newText: string) {
		this._edits.push({ uri, range: new Range(position, position), newText })
	}
	delete(uri: Uri, range: Range) {
		this._edits.push({ uri, range, newText: "" })
	}
	set(uri: Uri, edits: TextEdit[]) {
		for (const e of edits) this._edits.push({ uri, range: e.range, newText: e.newText })
	}
	createFile(uri: Uri, options?: any) {
		this._fileOps.push({ kind: "create", uri, options })
	}
	deleteFile(uri: Uri, options?: any) {
		this._fileOps.push({ kind: "delete", uri, options })
	}
	has(uri: Uri) {
		return this._edits.some((e) => e.uri.fsPath === uri.fsPath)
	}
	get size() {
		return new Set(this._edits.map((e) => e.uri.toString())).size
	}
	entries(): [Uri, TextEdit[]][] {
		const m = new Map<string, [Uri, TextEdit[]]>()
		for (const e of this._edits) {
			const k = e.uri.toString()
			if (!m.has(k)) m.set(k, [e.uri, []])
			m.get(k)![1].push(new TextEdit(e.range, e.newText))
		}
		return [...m.values()]
	}
	/** @internal */ get __edits() {
		return this._edits
	}
	/** @internal */ get __fileOps() {
		return this._fileOps
	}
}

async function applyWorkspaceEdit(edit: WorkspaceEdit): Promise<boolean> {
	for (const op of edit.__fileOps) {
		if (op.kind === "create") {
			if (fs.existsSync(op.uri.fsPath) && !op.options?.overwrite) {
				if (op.options?.ignoreIfExists) continue
				return false
			}
			await fsp.mkdir(nodePath.dirname(op.uri.fsPath), { recursive: true })
			await fsp.writeFile(op.uri.fsPath, "")
		} else {
			await fsp.rm(op.uri.fsPath, { recursive: !!op.options?.recursive, force: !!op.options?.ignoreIfNotExists })
		}
	}
	const byDoc = new Map<TextDocument, { range: Range; newText: string }[]>()
	for (const e of edit.__edits) {
		const doc = await openDocument(e.uri)
		if (!byDoc.has(doc)) byDoc.set(doc, [])
		byDoc.get(doc)!.push({ range: doc.validateRange(e.range), newText: e.newText })
	}
	for (const [doc, edits] of byDoc) if (!doc.applyEdits(edits)) return false
	return true
}

// ---------------------------------------------------------------------------------------------------------
// Configuration

function getConfiguration(section?: string) {
	const full = (key: string) => (section ? `${section}.${key}` : key)
	const lookup = (key: string) => {
		const k = full(key)
		if (k in state.configValues) return state.configValues[k]
		if (k in state.configDefaults) return state.configDefaults[k]
		return undefined
	}
	return {
		get<T>(key: string, defaultValue?: T): T {
			const v = lookup(key)
			return (v === undefined ? defaultValue : v) as T
		},
		has(key: string) {
			return lookup(key) !== undefined
		},
		inspect(key: string) {
			const k = full(key)
			return { key: k, defaultValue: state.configDefaults[k], globalValue: state.configValues[k] }
		},
		async update(key: string, value: any) {
			state.configValues[full(key)] = value
		},
	}
}

// ---------------------------------------------------------------------------------------------------------
// Namespaces

const fileSystem = {
	async stat(uri: Uri) {
		const s = await fsp.stat(uri.fsPath)
		return {
			type: s.isDirectory() ? FileType.Directory : s.isFile() ? FileType.File : FileType.Unknown,
			ctime: s.ctimeMs,
			mtime: s.mtimeMs,
			size: s.size,
		}
	},
	async readFile(uri: Uri) {
		return new Uint8Array(await fsp.readFile(uri.fsPath))
	},
	async writeFile(uri: Uri, content: Uint8Array) {
		await fsp.mkdir(nodePath.dirname(uri.fsPath), { recursive: true })
		await fsp.writeFile(uri.fsPath, content)
	},
	async createDirectory(uri: Uri) {
		await fsp.mkdir(uri.fsPath, { recursive: true })
	},
	async delete(uri: Uri, options?: { recursive?: boolean }) {
		await fsp.rm(uri.fsPath, { recursive: !!options?.recursive })
	},
	async readDirectory(uri: Uri): Promise<[string, FileType][]> {
		const entries = await fsp.readdir(uri.fsPath, { withFileTypes: true })
		return entries.map((e) => [e.name, e.isDirectory() ? FileType.Directory : e.isFile() ? FileType.File : FileType.Unknown])
	},
	async rename(a: Uri, b: Uri) {
		await fsp.rename(a.fsPath, b.fsPath)
	},
	async copy(a: Uri, b: Uri) {
		await fsp.cp(a.fsPath, b.fsPath, { recursive: true })
	},
	isWritableFileSystem(scheme: string) {
		return scheme === "file"
	},
}

const noopWatcher = () => ({
	onDidChange: new EventEmitter<Uri>().event,
	onDidCreate: new EventEmitter<Uri>().event,
	onDidDelete: new EventEmitter<Uri>().event,
	dispose() {},
	ignoreChangeEvents: false,
	ignoreCreateEvents: false,
	ignoreDeleteEvents: false,
})

export const workspace = {
	get workspaceFolders() {
		return state.workspaceFolders
	},
	get rootPath() {
		return state.workspaceFolders?.[0]?.uri.fsPath
	},
	get name() {
		return state.workspaceFolders?.[0]?.name
	},
	workspaceFile: undefined,
	get textDocuments() {
		return [...state.documents.values()]
	},
	fs: fileSystem,
	isTrusted: true,
	async openTextDocument(arg: Uri | string | { language?: string; content?: string }) {
		if (typeof arg === "string") return openDocument(Uri.file(arg))
		if (arg instanceof Uri) return openDocument(arg)
		throw new Error("vscode shim: untitled documents are not supported")
	},
	applyEdit: applyWorkspaceEdit,
	getConfiguration,
	getWorkspaceFolder(uri: Uri) {
		const p = uri.fsPath
		return state.workspaceFolders?.find((f) => p === f.uri.fsPath || p.startsWith(f.uri.fsPath + nodePath.sep))
	},
	asRelativePath(pathOrUri: string | Uri, includeWorkspaceFolder?: boolean) {
		const p = typeof pathOrUri === "string" ? pathOrUri : pathOrUri.fsPath
		const folder = state.workspaceFolders?.find((f) => p.startsWith(f.uri.fsPath + nodePath.sep))
		if (!folder) return p
		const rel = nodePath.relative(folder.uri.fsPath, p).replace(/\\/g, "/")
		return includeWorkspaceFolder && (state.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${rel}` : rel
	},
	createFileSystemWatcher: (_pattern: any) => noopWatcher(),
	async findFiles() {
		return []
	},
	async saveAll() {
		for (const d of state.documents.values()) await d.save()
		return true
	},
	registerTextDocumentContentProvider: () => new Disposable(() => {}),
	onDidOpenTextDocument: state.onDidOpenTextDocument.event,
	onDidCloseTextDocument: state.onDidCloseTextDocument.event,
	onDidChangeTextDocument: state.onDidChangeTextDocument.event,
	onDidSaveTextDocument: state.onDidSaveTextDocument.event,
	onDidChangeWorkspaceFolders: state.onDidChangeWorkspaceFolders.event,
	onDidChangeConfiguration: state.onDidChangeConfiguration.event,
	onDidCreateFiles: new EventEmitter<any>().event,
	onDidDeleteFiles: new EventEmitter<any>().event,
	onDidRenameFiles: new EventEmitter<any>().event,
}

const messageBox = async (..._args: any[]) => undefined

export const window = {
	get activeTextEditor() {
		return state.activeEditor
	},
	get visibleTextEditors() {
		return state.visibleEditors
	},
	tabGroups: {
		get all() {
			return [tabGroup]
		},
		get activeTabGroup() {
			return tabGroup
		},
		async close(tab: Tab | Tab[]) {
			const tabs = Array.isArray(tab) ? tab : [tab]
			return tabs.map(closeTab).every(Boolean)
		},
		onDidChangeTabs: state.onDidChangeTabs.event,
		onDidChangeTabGroups: new EventEmitter<any>().event,
	},
	terminals: [] as any[],
	activeTerminal: undefined,
	async showTextDocument(arg: Uri | TextDocument, _options?: any) {
		const doc = arg instanceof TextDocument ? arg : await openDocument(arg)
		return showEditor(doc, new TabInputText(doc.uri), nodePath.basename(doc.uri.fsPath))
	},
	createTextEditorDecorationType: (_options: any) => ({ key: "decoration", dispose() {} }),
	showInformationMessage: messageBox,
	showWarningMessage: messageBox,
	showErrorMessage: messageBox,
	showQuickPick: messageBox,
	showInputBox: messageBox,
	showSaveDialog: messageBox,
	showOpenDialog: messageBox,
	createOutputChannel: (name: string) => ({
		name,
		append() {},
		appendLine() {},
		clear() {},
		show() {},
		hide() {},
		dispose() {},
		replace() {},
	}),
	createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {}, text: "", tooltip: "", command: undefined }),
	createTerminal: () => {
		throw new Error("vscode shim: terminals are not modelled yet")
	},
	async withProgress(_opts: any, task: (p: any, t: any) => Promise<any>) {
		return task({ report() {} }, new CancellationTokenSource().token)
	},
	registerWebviewViewProvider: () => new Disposable(() => {}),
	registerUriHandler: () => new Disposable(() => {}),
	onDidChangeActiveTextEditor: state.onDidChangeActiveTextEditor.event,
	onDidChangeVisibleTextEditors: state.onDidChangeVisibleTextEditors.event,
	onDidChangeTextEditorSelection: new EventEmitter<any>().event,
	onDidOpenTerminal: new EventEmitter<any>().event,
	onDidCloseTerminal: new EventEmitter<any>().event,
	onDidStartTerminalShellExecution: new EventEmitter<any>().event,
	onDidEndTerminalShellExecution: new EventEmitter<any>().event,
	onDidChangeTerminalShellIntegration: new EventEmitter<any>().event,
}

const commandHandlers = new Map<string, (...args: any[]) => any>()

export const commands = {
	async executeCommand(command: string, ...args: any[]): Promise<any> {
		if (command === "vscode.diff") {
			const [left, right, title] = args as [Uri, Uri, string]
			const doc = await openDocument(right)
			showEditor(doc, new TabInputTextDiff(left, right), title ?? nodePath.basename(right.fsPath))
			return undefined
		}
		if (command === "vscode.open") {
			await window.showTextDocument(args[0])
			return undefined
		}
		const h = commandHandlers.get(command)
		if (h) return h(...args)
		return undefined
	},
	registerCommand(command: string, handler: (...args: any[]) => any) {
		commandHandlers.set(command, handler)
		return new Disposable(() => commandHandlers.delete(command))
	},
	async getCommands() {
		return [...commandHandlers.keys()]
	},
}

export const languages = {
	getDiagnostics(uri?: Uri): any {
		return uri ? [] : []
	},
	createDiagnosticCollection: () => ({ set() {}, delete() {}, clear() {}, dispose() {} }),
	registerCodeActionsProvider: () => new Disposable(() => {}),
	onDidChangeDiagnostics: new EventEmitter<any>().event,
}

export const env = {
	appName: "Visual Studio Code",
	/** Where Codex looks for VS Code's bundled ripgrep (`node_modules/@vscode/ripgrep/bin/rg`); none here unless set. */
	appRoot: process.env.LAPCE_VSCODE_APP_ROOT ?? nodePath.join(os.tmpdir(), "lapce-ts-host-no-vscode"),
	language: "en",
	machineId: "someValue.machineId",
	sessionId: "someValue.sessionId",
	uriScheme: "vscode",
	uiKind: UIKind.Desktop,
	shell: process.env.SHELL ?? "/bin/sh",
	clipboard: {
		async readText() {
			return ""
		},
		async writeText(_t: string) {},
	},
	async openExternal(_uri: Uri) {
		return true
	},
	asExternalUri: async (u: Uri) => u,
}

export const extensions = {
	getExtension: (_id: string) => undefined,
	all: [] as any[],
}

export const lm = {
	selectChatModels: async () => [],
	registerTool: () => new Disposable(() => {}),
}

export const version = "1.100.0"

// ---------------------------------------------------------------------------------------------------------
// Host control (not VS Code API)

export const __host = {
	/** Reset everything a case may have touched and make `cwd` the single workspace folder. */
	reset(cwd: string | undefined, name?: string) {
		for (const d of state.documents.values()) d.isClosed = true
		state.documents.clear()
		state.tabs = []
		state.visibleEditors = []
		state.activeEditor = undefined
		state.configValues = {}
		state.workspaceFolders = cwd ? [{ uri: Uri.file(cwd), name: name ?? nodePath.basename(cwd), index: 0 }] : undefined
	},
	/** Defaults contributed by the extension's package.json (`contributes.configuration`), as VS Code serves them. */
	setConfigurationDefaults(defaults: Record<string, any>) {
		state.configDefaults = { ...defaults }
	},
	setConfiguration(values: Record<string, any>) {
		state.configValues = { ...values }
	},
	documents: () => [...state.documents.values()],
	/** Where Codex looks for VS Code's ripgrep: <appRoot>/node_modules/@vscode/ripgrep/bin/rg. */
	setAppRoot(dir: string) {
		env.appRoot = dir
	},
}

export default {
	Disposable,
	EventEmitter,
	CancellationError,
	CancellationTokenSource,
	EndOfLine,
	DiagnosticSeverity,
	TextEditorRevealType,
	ViewColumn,
	FileType,
	ConfigurationTarget,
	OverviewRulerLane,
	DecorationRangeBehavior,
	StatusBarAlignment,
	ProgressLocation,
	UIKind,
	ExtensionMode,
	CodeActionKind,
	Position,
	Range,
	Selection,
	Uri,
	RelativePattern,
	ThemeIcon,
	ThemeColor,
	MarkdownString,
	Diagnostic,
	Location,
	CodeAction,
	TextEdit,
	TextDocument,
	TabInputText,
	TabInputTextDiff,
	WorkspaceEdit,
	LanguageModelTextPart,
	LanguageModelToolCallPart,
	LanguageModelToolResultPart,
	LanguageModelChatMessage,
	LanguageModelChatMessageRole,
	workspace,
	window,
	commands,
	languages,
	env,
	extensions,
	lm,
	version,
}
