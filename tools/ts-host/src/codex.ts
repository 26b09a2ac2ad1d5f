/**
 * Everything the host takes from Codex, in one place. `@codex/...` resolves to the Codex tree given to
 * build.mjs; these are Codex's real modules, bundled, not copies.
 */
export { presentAssistantMessage } from "@codex/src/core/assistant-message/presentAssistantMessage"
export { AssistantMessageParser } from "@codex/src/core/assistant-message/AssistantMessageParser"
export { parseAssistantMessageV2 } from "@codex/src/core/assistant-message/parseAssistantMessageV2"
export { validateToolUse } from "@codex/src/core/tools/validateToolUse"
export { ToolRepetitionDetector } from "@codex/src/core/tools/ToolRepetitionDetector"
export { isToolAllowedForMode, defaultModeSlug } from "@codex/src/shared/modes"
export { formatResponse } from "@codex/src/core/prompts/responses"
export { changeLanguage } from "@codex/src/i18n"
export { DiffViewProvider } from "@codex/src/integrations/editor/DiffViewProvider"
export { RooIgnoreController } from "@codex/src/core/ignore/RooIgnoreController"
export { RooProtectedController } from "@codex/src/core/protect/RooProtectedController"
export { FileContextTracker } from "@codex/src/core/context-tracking/FileContextTracker"
export { MultiSearchReplaceDiffStrategy } from "@codex/src/core/diff/strategies/multi-search-replace"
export { MultiFileSearchReplaceDiffStrategy } from "@codex/src/core/diff/strategies/multi-file-search-replace"
export { experiments, EXPERIMENT_IDS } from "@codex/src/shared/experiments"
export { Task } from "@codex/src/core/task/Task"
export { anthropicModels, anthropicDefaultModelId } from "@roo-code/types"
export { tiktoken } from "@codex/src/utils/tiktoken"
export { McpHub } from "@codex/src/services/mcp/McpHub"
export { getSettingsDirectoryPath } from "@codex/src/utils/storage"
