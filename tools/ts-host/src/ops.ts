/** Ops parse, validate and repetition (docs/transcript.md, "Operations"): Codex's real functions, results as JSON. */
import {
	AssistantMessageParser,
	parseAssistantMessageV2,
	validateToolUse,
	isToolAllowedForMode,
	ToolRepetitionDetector,
} from "./codex"

type Blocks = unknown[] | { error: string }

const und = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v)

function blockOut(b: any) {
	if (b.type === "text") return { type: "text", content: b.content, partial: b.partial }
	if (b.type === "tool_use") return { type: "tool_use", name: b.name, params: { ...b.params }, partial: b.partial }
	return JSON.parse(JSON.stringify(b))
}
const blocksOut = (blocks: any[]) => blocks.map(blockOut)
const errorOf = (e: any) => ({ error: String(e?.message ?? e) })

/** Feed chunks to a fresh AssistantMessageParser; snapshots after every chunk (deep copies), then finalize. */
function streamParse(chunks: string[]): { snapshots: Blocks[]; finalized: Blocks } {
	const parser = new AssistantMessageParser()
	const snapshots: Blocks[] = []
	for (const chunk of chunks) {
		try {
			snapshots.push(blocksOut(parser.processChunk(chunk)))
		} catch (e) {
			snapshots.push(errorOf(e))
			return { snapshots, finalized: errorOf(e) }
		}
	}
	try {
		parser.finalizeContentBlocks()
		return { snapshots, finalized: blocksOut(parser.getContentBlocks()) }
	} catch (e) {
		return { snapshots, finalized: errorOf(e) }
	}
}

export function runParse(message: string, chunks: string[], everySplit: boolean) {
	let v2: Blocks
	try {
		v2 = blocksOut(parseAssistantMessageV2(message))
	} catch (e) {
		v2 = errorOf(e)
	}
	const streamed = streamParse(chunks)
	let splits: { at: number; blocks: Blocks }[] | null = null
	if (everySplit) {
		splits = []
		const whole = JSON.stringify(streamParse([message]).finalized)
		for (let p = 1; p < message.length; p++) {
			const r = streamParse([message.slice(0, p), message.slice(p)]).finalized
			if (JSON.stringify(r) !== whole) splits.push({ at: p, blocks: r })
		}
	}
	return { v2, streamed: streamed.finalized, snapshots: streamed.snapshots, splits }
}

export function runValidate(v: any) {
	if (!v || typeof v !== "object") throw new Error("op validate needs case.validate")
	const toolName = v.toolName
	const mode = v.mode
	const customModes = und(v.customModes)
	const requirements = und(v.requirements)
	const params = und(v.params)
	const results: Record<string, unknown> = {}
	try {
		validateToolUse(toolName, mode, customModes, requirements, params)
		results.allowed = true
	} catch (e: any) {
		results.error = String(e?.message ?? e)
	}
	try {
		results.isToolAllowedForMode = isToolAllowedForMode(toolName, mode, customModes ?? [], requirements, params)
	} catch (e: any) {
		results.isToolAllowedForModeError = String(e?.message ?? e)
	}
	return results
}

export function runRepetition(r: any) {
	if (!r || typeof r !== "object") throw new Error("op repetition needs case.repetition")
	const detector = new ToolRepetitionDetector(und(r.limit))
	return (r.calls ?? []).map((c: any) => {
		const res = detector.check({ type: "tool_use", name: c.name, params: c.params ?? {}, partial: c.partial ?? false } as any)
		return {
			allowExecution: res.allowExecution,
			askUser: res.askUser ? { messageKey: res.askUser.messageKey, messageDetail: res.askUser.messageDetail } : null,
		}
	})
}
