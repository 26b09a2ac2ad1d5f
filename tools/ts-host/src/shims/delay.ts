/**
 * The npm `delay` package as Codex imports it, with one switch: benchmark runs (case.bench) skip Codex's fixed waits
 * (300 ms after a diff view update, 500 ms after a mode switch, …) so that they time the work, not the sleeps; the C#
 * target does the same (Lapce.Tools.Utils.JsTimers). Parity runs always wait, through the real package.
 */
import realDelay from "../../node_modules/delay/index.js"

export const waits = { skip: false }

export default function delay(milliseconds: number, options?: { value?: unknown; signal?: AbortSignal }) {
	if (waits.skip) return Promise.resolve(options?.value)
	return realDelay(milliseconds, options as any)
}
