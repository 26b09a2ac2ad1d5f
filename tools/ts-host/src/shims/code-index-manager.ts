/**
 * Stands in for Codex's src/services/code-index/manager.ts (build.mjs aliases every import of it here): the index
 * itself (embedder, Qdrant, file watcher) is later work, so what a search finds is supplied by the case
 * (`settings.codeIndex`, docs/transcript.md). The checks on the way to the results are the manager's and its search
 * service's, in their order and with their texts (manager.searchIndex → assertInitialized →
 * CodeIndexSearchService.searchIndex: enabled/configured, state "Indexed"/"Indexing", then the search, whose error
 * puts the state to "Error" and is re-thrown). Codex's real codebaseSearchTool runs on top of it.
 *
 * settings.codeIndex = {
 *   available?: boolean       // false: getInstance returns undefined (as Codex's does without a workspace folder)
 *   enabled?: boolean         // isFeatureEnabled (default false, as a fresh VS Code install)
 *   configured?: boolean      // isFeatureConfigured (default false)
 *   initialized?: boolean     // default true; false: "CodeIndexManager not initialized. Call initialize() first."
 *   state?: string            // the search service's system status (default "Indexed")
 *   results?: VectorStoreSearchResult[]   // what the vector store returns, as given (no filtering by prefix)
 *   error?: string            // the search (embedding / vector store) throws Error(error)
 * }
 * In a result's payload.filePath, "{workspace}" stands for the workspace's absolute path (the index stores absolute
 * paths; each target puts its own).
 * Every call of searchIndex that reaches the index is recorded as {query, directoryPrefix} (the transcript's
 * `codeIndexCalls`), so the directory prefix the tool passes is compared too.
 */
import * as path from "path"

interface CodeIndexCase {
	available?: boolean
	enabled?: boolean
	configured?: boolean
	initialized?: boolean
	state?: string
	results?: unknown[]
	error?: string
}

let current: CodeIndexCase = {}
let workspace = ""
export const codeIndexCalls: { query: string | null; directoryPrefix: string | null }[] = []

/** The host sets each case's settings.codeIndex before the case runs (undefined: the defaults above). */
export function setCodeIndexCase(c: CodeIndexCase | undefined, cwd: string) {
	current = c ?? {}
	workspace = cwd
	codeIndexCalls.length = 0
}

export class CodeIndexManager {
	private static instances = new Map<string, CodeIndexManager>()
	private systemStatus: string

	private constructor(private readonly c: CodeIndexCase) {
		this.systemStatus = c.state ?? "Indexed"
	}

	public static getInstance(_context: unknown, _workspacePath?: string): CodeIndexManager | undefined {
		if (current.available === false) return undefined
		return new CodeIndexManager(current)
	}

	public static disposeAll(): void {
		CodeIndexManager.instances.clear()
	}

	public get isFeatureEnabled(): boolean {
		return this.c.enabled ?? false
	}

	public get isFeatureConfigured(): boolean {
		return this.c.configured ?? false
	}

	public get isInitialized(): boolean {
		return this.c.initialized ?? true
	}

	public get state(): string {
		if (!this.isFeatureEnabled) return "Standby"
		this.assertInitialized()
		return this.systemStatus
	}

	private assertInitialized() {
		if (!this.isInitialized) throw new Error("CodeIndexManager not initialized. Call initialize() first.")
	}

	public async searchIndex(query: string, directoryPrefix?: string): Promise<unknown[]> {
		if (!this.isFeatureEnabled) return []
		this.assertInitialized()
		// CodeIndexSearchService.searchIndex
		if (!this.isFeatureEnabled || !this.isFeatureConfigured) throw new Error("Code index feature is disabled or not configured.")
		if (this.systemStatus !== "Indexed" && this.systemStatus !== "Indexing")
			throw new Error(`Code index is not ready for search. Current state: ${this.systemStatus}`)
		try {
			const normalizedPrefix = directoryPrefix ? path.normalize(directoryPrefix) : undefined
			codeIndexCalls.push({ query: query ?? null, directoryPrefix: normalizedPrefix ?? null })
			if (this.c.error !== undefined) throw new Error(this.c.error)
			const results = JSON.parse(JSON.stringify(this.c.results ?? []))
			for (const r of Array.isArray(results) ? results : [])
				if (r?.payload && typeof r.payload.filePath === "string") r.payload.filePath = r.payload.filePath.split("{workspace}").join(workspace)
			return results
		} catch (error) {
			this.systemStatus = "Error"
			throw error
		}
	}
}
