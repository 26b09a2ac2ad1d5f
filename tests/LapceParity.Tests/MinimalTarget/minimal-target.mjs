// The smallest program that speaks docs/protocol.md: it "presents" a message by echoing it back.
// The harness's tests use it as an external target, and to play a crashing or hanging target:
// a message containing CRASH exits mid-case, one containing HANG never answers, one "UNAVAILABLE <reason>" answers
// that it cannot run the case (ok:false with notRun); a message "FETCH <url>" first POSTs
// {"message": <the message>} to that URL (a case service's local endpoint, to test placeholder substitution).
// MINIMAL_TARGET_COMMIT, when set, is announced as the Codex commit (to test the version warning).
import readline from "node:readline"

const hello = { hello: "lapce-parity-target", protocol: 1, name: "minimal", version: "0.0.1" }
if (process.env.MINIMAL_TARGET_COMMIT) hello.codexCommit = process.env.MINIMAL_TARGET_COMMIT
process.stdout.write(JSON.stringify(hello) + "\n")

const rl = readline.createInterface({ input: process.stdin })
rl.on("line", async (line) => {
	const request = JSON.parse(line)
	if (request.op === "shutdown") {
		process.stdout.write(JSON.stringify({ id: request.id, ok: true }) + "\n")
		process.exit(0)
	}
	const c = request.case
	if (c.message.includes("CRASH")) {
		process.stderr.write("minimal target: crashing on purpose\n")
		process.exit(7)
	}
	if (c.message.includes("HANG")) return
	if (c.message.startsWith("UNAVAILABLE ")) {
		process.stdout.write(JSON.stringify({ id: request.id, ok: false, notRun: c.message.slice("UNAVAILABLE ".length) }) + "\n")
		return
	}
	if (c.message.startsWith("FETCH ")) {
		const response = await fetch(c.message.slice("FETCH ".length), {
			method: "POST",
			headers: { "Content-Type": "application/json" },
			body: JSON.stringify({ message: c.message }),
		})
		await response.text()
	}
	const transcript = {
		userMessageContent: [{ type: "text", text: c.message }],
		ui: [],
		state: { consecutiveMistakeCount: 0, didRejectTool: false, didAlreadyUseTool: false, mode: c.settings.mode },
		assistantMessage: c.message,
		files: [...c.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
		results: null,
		error: null,
	}
	process.stdout.write(JSON.stringify({ id: request.id, ok: true, transcript }) + "\n")
})
