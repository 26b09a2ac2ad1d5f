/**
 * stdout carries protocol lines only. This module is imported first by host.ts, so it runs before any
 * Codex module: console.* and any direct process.stdout.write go to stderr from here on, and the host
 * writes protocol lines through `writeLine`, which keeps the original stdout writer.
 */
import { Console } from "console"

const g = globalThis as any
if (!g.__tsHostStdout) {
	const originalWrite = process.stdout.write.bind(process.stdout)
	g.__tsHostStdout = originalWrite
	const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr })
	for (const k of ["log", "info", "debug", "warn", "error", "trace", "dir", "dirxml", "table", "group", "groupCollapsed", "groupEnd", "time", "timeEnd", "timeLog", "count", "countReset", "assert"] as const) {
		;(console as any)[k] = (toStderr as any)[k].bind(toStderr)
	}
	;(process.stdout as any).write = (chunk: any, encoding?: any, cb?: any) => process.stderr.write(chunk, encoding, cb)
}

const write: (s: string, cb: (err?: Error | null) => void) => boolean = g.__tsHostStdout

/** Write one protocol line (JSON) to the real stdout; resolves once it is flushed. */
export function writeLine(obj: unknown): Promise<void> {
	const line = JSON.stringify(obj) + "\n"
	return new Promise((resolve) => {
		write(line, () => resolve())
	})
}
