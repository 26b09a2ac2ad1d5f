@tool:edit_file
Feature: edit_file merges a sketch of an edit into a file with Morph fast apply
  editFileTool (Kilo Code's Morph fast apply) waits while streaming until target_file and instructions are known,
  then shows {"tool":"editedExistingFile" | "newFileCreated","path","content"} as a partial "tool" ask. Complete,
  it requires target_file, instructions (both non-empty) and code_edit (may be empty), checks .kilocodeignore, and
  for an existing file asks Morph to merge: one OpenAI chat.completions request (model "morph/morph-v3-large"
  through OpenRouter or the Kilo Code provider, "auto" with a Morph API key) whose only user message is
  "<instructions>…</instructions>\n<code>ORIGINAL</code>\n<update>CODE_EDIT</update>". A new file is written from
  code_edit as is, without Morph. The result goes through the diff view, the approval shows code_edit and
  fastApplyResult {description, tokensIn, tokensOut, cost}, and an approved edit is saved (waiting the default 1 s
  write delay: the tool passes no setting) and answered with the file_write_result XML ("modified" even for a new
  file). Morph failures (disabled, no token, HTTP errors after the OpenAI SDK's 2 retries, empty answers) are
  "Failed to apply edit using Morph: …" tool errors.

  The Morph endpoint in these scenarios is a local HTTP server on 127.0.0.1 ({morph} = http://127.0.0.1:PORT/v1),
  reached through the OpenRouter configuration: experiment morphFastApply on, apiConfiguration
  {"apiProvider":"openrouter","openRouterApiKey":"test-key","openRouterBaseUrl":"{morph}"}. The Morph API key and the
  Kilo Code provider paths always call fixed public hosts (api.morphllm.com, api.kilocode.ai or localhost:3000), so
  only their failures before any request are pinned here.

  Background:
    Given the mode is "code"
    And a file "src/calc.ts" containing "export function add(a: number, b: number) {\n  return a + b\n}\n"

  # ---- parameters ----------------------------------------------------------------------------------------------
  Scenario: A missing target_file is reported before anything else
    Given the assistant message is "<edit_file><instructions>rename</instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nMissing value for required parameter 'target_file'. Please retry with complete response.\n\n# Reminder: Instructions for Tool Use\n\nTool uses are formatted using XML-style tags. The tool name itself becomes the XML tag name. Each parameter is enclosed within its own set of tags. Here's the structure:\n\n<actual_tool_name>\n<parameter1_name>value1</parameter1_name>\n<parameter2_name>value2</parameter2_name>\n...\n</actual_tool_name>\n\nFor example, to use the attempt_completion tool:\n\n<attempt_completion>\n<result>\nI have completed the task...\n</result>\n</attempt_completion>\n\nAlways use the actual tool name as the XML tag name for proper parsing and execution.\n</error>"
    And the UI shows say "error" with "Kilo Code tried to use edit_file without value for required parameter 'target_file'. Retrying..."
    And the consecutive mistake count is 1
    And tool "edit_file" was used 1 time with 1 failure

  Scenario: Missing instructions are reported
    Given the assistant message is "<edit_file><target_file>src/calc.ts</target_file><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use edit_file without value for required parameter 'instructions'. Retrying..."
    And the consecutive mistake count is 1
    And "httpRequests" is absent

  Scenario: Empty instructions count as missing
    Given the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions></instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use edit_file without value for required parameter 'instructions'. Retrying..."

  Scenario: A missing code_edit is reported
    Given the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>rename</instructions></edit_file>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use edit_file without value for required parameter 'code_edit'. Retrying..."
    And tool "edit_file" was used 1 time with 1 failure
    And the file "src/calc.ts" is unchanged

  # ---- Morph configuration -------------------------------------------------------------------------------------
  Scenario: Without the morphFastApply experiment an existing file is not edited
    Given the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>rename</instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: Morph is disabled. Enable it in API Options > Enable Editing with Morph FastApply\n</error>"
    And the consecutive mistake count is 1
    And tool "edit_file" was used 1 time with 1 failure
    And the file "src/calc.ts" is unchanged

  Scenario: A new file is written from code_edit without Morph, even with Morph disabled
    Given the experiment "morphFastApply" is disabled
    And the assistant message is "<edit_file><target_file>src/new/util.ts</target_file><instructions>create a helper</instructions><code_edit>export const one = 1\n</code_edit></edit_file>"
    And the user approves
    When the assistant message is presented
    Then "files[src/new/util.ts]" is "export const one = 1"
    And "ui[1].text" is "{\"tool\":\"newFileCreated\",\"path\":\"src/new/util.ts\",\"isProtected\":false,\"content\":\"export const one = 1\"}"
    And the tool result is "<file_write_result>\n<path>src/new/util.ts</path>\n<operation>modified</operation>\n<notice>\n<i>You do not need to re-read the file, as you have seen all changes</i>\n<i>Proceed with the task using these changes as the new baseline.</i>\n</notice>\n</file_write_result>\n"
    And the task flag "didEditFile" is true

  Scenario: OpenRouter without an API key cannot use Morph
    Given the experiment "morphFastApply" is enabled
    And the setting "apiConfiguration" is {"apiProvider": "openrouter"}
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>rename</instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: No OpenRouter API token available to use Morph\n</error>"

  Scenario: The Kilo Code provider without a token cannot use Morph
    Given the experiment "morphFastApply" is enabled
    And the setting "apiConfiguration" is {"apiProvider": "kilocode", "kilocodeToken": ""}
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>rename</instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: No KiloCode token available to use Morph\n</error>"

  Scenario: Another provider without a Morph API key is a configuration error
    Given the experiment "morphFastApply" is enabled
    And the setting "apiConfiguration" is {"apiProvider": "anthropic", "apiKey": "sk-test"}
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>rename</instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: Morph configuration error. Please check your settings.\n</error>"

  Scenario: No API configuration at all is a configuration error
    Given the experiment "morphFastApply" is enabled
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>rename</instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: Morph configuration error. Please check your settings."

  Scenario: Human relay without a Morph API key fails in the OpenAI client before any request
    # needs OPENAI_API_KEY unset where the harness runs (the SDK's fallback), as it is here
    Given the experiment "morphFastApply" is enabled
    And the setting "apiConfiguration" is {"apiProvider": "human-relay"}
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>rename</instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).\n</error>"

  Scenario: An OpenRouter base URL that is not a URL fails before any request
    Given the experiment "morphFastApply" is enabled
    And the setting "apiConfiguration" is {"apiProvider": "openrouter", "openRouterApiKey": "k", "openRouterBaseUrl": "not a url"}
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>rename</instructions><code_edit>x</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: Invalid URL\n</error>"

  # ---- a merge -------------------------------------------------------------------------------------------------
  Scenario: Morph's merge is shown for approval and saved
    Given a Morph endpoint that merges the edit into "export function sum(a: number, b: number) {\n  return a + b\n}\n"
    And the assistant message:
      """
      <edit_file>
      <target_file>src/calc.ts</target_file>
      <instructions>I am renaming add to sum</instructions>
      <code_edit>
      export function sum(a: number, b: number) {
      // ... existing code ...
      }
      </code_edit>
      </edit_file>
      """
    And the user approves
    When the assistant message is presented
    Then "files[src/calc.ts]" is "export function sum(a: number, b: number) {\n  return a + b\n}\n"
    And "httpRequests[0].method" is "POST"
    And "httpRequests[0].path" is "/v1/chat/completions"
    And "httpRequests[0].body.model" is "morph/morph-v3-large"
    And "httpRequests[0].body.messages[0].role" is "user"
    And "httpRequests[0].body.messages[0].content" is:
      """
      <instructions>I am renaming add to sum</instructions>
      <code>export function add(a: number, b: number) {
        return a + b
      }
      </code>
      <update>export function sum(a: number, b: number) {
      // ... existing code ...
      }</update>
      """
    And "httpRequests[0].headers.Authorization" is "Bearer test-key"
    And "httpRequests[0].headers.Content-Type" is "application/json"
    And "httpRequests[0].headers.HTTP-Referer" is "https://kilocode.ai"
    And "httpRequests[0].headers.X-Title" is "Kilo Code"
    And "httpRequests[0].headers.X-KiloCode-Version" is "4.88.0"
    And "httpRequests[0].headers.User-Agent" is "Kilo-Code/4.88.0"
    And "httpRequests[0].headers.X-KiloCode-TaskId" is "{uuid}"
    And the consecutive mistake count is 0
    And the task flag "didEditFile" is true
    And tool "edit_file" was used 1 time with 0 failures
    And "ui[1].text" is "{\"tool\":\"editedExistingFile\",\"path\":\"src/calc.ts\",\"isProtected\":false,\"content\":\"export function sum(a: number, b: number) {\\n// ... existing code ...\\n}\",\"fastApplyResult\":{\"description\":\"Morph FastApply Edit (morph/morph-v3-large)\\n\\nFile: calc.ts\\nInstructions: I am renaming add to sum\\n\\nCode Edit:\\n```\\nexport function sum(a: number, b: number) {\\n// ... existing code ...\\n}\\n```\\n\\nOriginal Content: 61 characters\",\"tokensIn\":1200,\"tokensOut\":300,\"cost\":0.00165}}"
    And "ui[1].isProtected" is "false"
    And the tool result is "<file_write_result>\n<path>src/calc.ts</path>\n<operation>modified</operation>\n<notice>\n<i>You do not need to re-read the file, as you have seen all changes</i>\n<i>Proceed with the task using these changes as the new baseline.</i>\n</notice>\n</file_write_result>\n"

  Scenario: The approval shows what Morph cost
    Given a Morph endpoint that merges the edit into (with 4321 prompt and 987 completion tokens):
      """
      export function add(a: number, b: number): number {
        return a + b
      }
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>add a return type</instructions><code_edit>export function add(a: number, b: number): number {</code_edit></edit_file>"
    And the user approves
    When the assistant message is presented
    Then "ui[1].text" contains "\"tokensIn\":4321,\"tokensOut\":987,\"cost\":"
    And "ui[1].text" contains "\"cost\":0.005764200000000001}}"
    # Morph's text lacks the file's final newline: the diff view keeps it, so the saved file differs from the merge
    And "files[src/calc.ts]" is "export function add(a: number, b: number): number {\n  return a + b\n}\n"
    And the UI shows say "user_feedback_diff" with "{\"tool\":\"editedExistingFile\",\"path\":\"src/calc.ts\",\"diff\":\"@@ -1,3 +1,3 @@\\n export function add(a: number, b: number): number {\\n   return a + b\\n-}\\n\\\\ No newline at end of file\\n+}\\n\"}"

  Scenario: A code edit longer than 500 characters is truncated in the description only
    Given a Morph endpoint that merges the edit into "merged\n"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>pad</instructions><code_edit>0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789</code_edit></edit_file>"
    And the user approves
    When the assistant message is presented
    Then "files[src/calc.ts]" is "merged\n"
    And "ui[1].text" contains "012345678901234567890123456789012345678901234567890123456789\\n...(truncated)\\n```\\n\\nOriginal Content: 61 characters\""

  Scenario: An OpenRouter base URL with a trailing slash gives the same request path
    Given a Morph endpoint that merges the edit into "merged\n"
    And the setting "apiConfiguration" is {"apiProvider": "openrouter", "openRouterApiKey": "other-key", "openRouterBaseUrl": "{morph}/"}
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "httpRequests[0].path" is "/v1/chat/completions"
    And "httpRequests[0].headers.Authorization" is "Bearer other-key"

  Scenario: An empty existing file is sent as empty code
    Given an empty file "empty.ts"
    And a Morph endpoint that merges the edit into "const x = 1\n"
    And the assistant message is "<edit_file><target_file>empty.ts</target_file><instructions>add x</instructions><code_edit>const x = 1</code_edit></edit_file>"
    When the assistant message is presented
    Then "httpRequests[0].body.messages[0].content" is "<instructions>add x</instructions>\n<code></code>\n<update>const x = 1</update>"
    And "files[empty.ts]" is "const x = 1\n"

  Scenario: A CRLF file is sent with its CRLF line endings
    Given a file "win.txt" containing "one\r\ntwo\r\n"
    And a Morph endpoint that merges the edit into "one\r\n2\r\n"
    And the assistant message is "<edit_file><target_file>win.txt</target_file><instructions>numbers</instructions><code_edit>2</code_edit></edit_file>"
    When the assistant message is presented
    Then "httpRequests[0].body.messages[0].content" is "<instructions>numbers</instructions>\n<code>one\r\ntwo\r\n</code>\n<update>2</update>"
    And "files[win.txt]" is "one\r\n2\r\n"

  Scenario: An answer without usage counts no tokens and no cost
    Given a Morph endpoint that answers with the JSON:
      """
      {"choices": [{"message": {"content": "merged without usage\n"}}]}
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "files[src/calc.ts]" is "merged without usage\n"
    And "ui[1].text" contains "\"tokensIn\":0,\"tokensOut\":0,\"cost\":0}}"

  Scenario: Token counts sent as text are shown as text and still priced
    Given a Morph endpoint that answers with the JSON:
      """
      {"choices": [{"message": {"content": "priced\n"}}], "usage": {"prompt_tokens": "2000", "completion_tokens": " 100 "}}
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "ui[1].text" contains "\"tokensIn\":\"2000\",\"tokensOut\":\" 100 \",\"cost\":"
    And "ui[1].text" contains "\"cost\":0.00199}}"

  # ---- answers without a merge ---------------------------------------------------------------------------------
  Scenario: An answer without choices is an empty response
    Given a Morph endpoint that answers with no choices
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: Morph API returned empty response\n</error>"
    And the file "src/calc.ts" is unchanged

  Scenario: An empty message is an empty response
    Given a Morph endpoint that answers with an empty message
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: Morph API returned empty response"

  Scenario: A body that is not JSON fails with JSON.parse's error
    Given a Morph endpoint that answers with invalid JSON "{\"choices\": [{\"message\": {\"content\": \"x\"}}"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: "

  Scenario: A short body that is not JSON fails with JSON.parse's error
    Given a Morph endpoint that answers with invalid JSON "merged!"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: "

  Scenario: A text answer is not read as a completion
    Given a Morph endpoint that answers with status 200, content type "text/plain" and the body "merged code"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: "

  Scenario: A JSON null answer
    Given a Morph endpoint that answers with the JSON:
      """
      null
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: "

  Scenario: A message content that is not text
    Given a Morph endpoint that answers with the JSON:
      """
      {"choices": [{"message": {"content": 42}}], "usage": {"prompt_tokens": 5, "completion_tokens": 1}}
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then the file "src/calc.ts" is unchanged

  # ---- HTTP errors and the OpenAI SDK's retries ----------------------------------------------------------------
  Scenario: A server error is retried twice, then reported with the status and the API's message
    Given a Morph endpoint that answers with status 500 "upstream exploded"
    And the Morph endpoint's error answers carry the header "retry-after-ms": "5"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: 500 upstream exploded\n</error>"
    And "httpRequests[2].method" is "POST"
    And "httpRequests[3]" is absent

  Scenario: Rate limits are retried and a later merge is used
    Given a Morph endpoint that answers 2 times with status 429 then merges the edit into:
      """
      after the rate limit
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "files[src/calc.ts]" is "after the rate limit\n"
    And "httpRequests[2].method" is "POST"
    And "httpRequests[3]" is absent

  Scenario: A client error is not retried
    Given a Morph endpoint that answers with status 400 "model not found"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: 400 model not found"

  Scenario: An error with a text body shows the text
    Given a Morph endpoint that answers with status 401 and the text "invalid key"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: 401 invalid key"

  Scenario: An error without a body says so
    Given a Morph endpoint that answers with status 503 and no body
    And the Morph endpoint's error answers carry the header "retry-after-ms": "5"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: 503 status code (no body)"

  Scenario: An error body without error.message is shown as JSON
    Given a Morph endpoint that answers with status 402 and the JSON body:
      """
      {"error": {"code": 402, "metadata": {"credits": 0}}}
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: "

  Scenario: An error whose message is not text shows the message as JSON
    Given a Morph endpoint that answers with status 422 and the JSON body:
      """
      {"error": {"message": {"detail": "code_edit too long", "limit": 1e3}}}
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: 422 {\"detail\":\"code_edit too long\",\"limit\":1000}"

  Scenario: An error body that is a bare JSON string counts as no body
    Given a Morph endpoint that answers with status 403 and the JSON body:
      """
      "forbidden"
      """
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: 403 status code (no body)"

  Scenario: x-should-retry false stops the retries of a server error
    Given a Morph endpoint that answers with status 502 "bad gateway"
    And the Morph endpoint's error answers carry the header "x-should-retry": "false"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: 502 bad gateway"

  Scenario: x-should-retry true retries a client error
    Given a Morph endpoint that answers with status 400 "once"
    And a Morph endpoint that merges the edit into "retried\n"
    And the Morph endpoint's error answers carry the header "x-should-retry": "true"
    And the Morph endpoint's error answers carry the header "retry-after": "0.01"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "files[src/calc.ts]" is "retried\n"

  Scenario: A dropped connection is retried twice, then a connection error
    Given a Morph endpoint that drops the connection
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFailed to apply edit using Morph: Connection error.\n</error>"

  # ---- the user's answer ---------------------------------------------------------------------------------------
  Scenario: A denied merge leaves the file unchanged
    Given a Morph endpoint that merges the edit into "export const replaced = true\n"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>replace</instructions><code_edit>export const replaced = true</code_edit></edit_file>"
    And the user denies
    When the assistant message is presented
    Then the file "src/calc.ts" is unchanged
    And the tool result is "The user denied this operation."
    And the task flag "didRejectTool" is true
    And the task flag "didEditFile" is false

  Scenario: A denial with feedback passes the feedback on
    Given a Morph endpoint that merges the edit into "export const replaced = true\n"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>replace</instructions><code_edit>export const replaced = true</code_edit></edit_file>"
    And the user denies with feedback "keep add"
    When the assistant message is presented
    Then the file "src/calc.ts" is unchanged

  Scenario: An empty code_edit for a new file creates an empty file
    Given the assistant message is "<edit_file><target_file>blank.ts</target_file><instructions>start empty</instructions><code_edit></code_edit></edit_file>"
    When the assistant message is presented
    Then "files[blank.ts]" is ""
    And "ui[1].text" is "{\"tool\":\"newFileCreated\",\"path\":\"blank.ts\",\"isProtected\":false,\"content\":\"\"}"

  Scenario: A denied new file is not created
    Given the assistant message is "<edit_file><target_file>lib/fresh.ts</target_file><instructions>new</instructions><code_edit>fresh</code_edit></edit_file>"
    And the user denies
    When the assistant message is presented
    Then the file "lib/fresh.ts" does not exist

  Scenario: An approval with feedback saves and passes the feedback on
    Given a Morph endpoint that merges the edit into "export const replaced = true\n"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>replace</instructions><code_edit>export const replaced = true</code_edit></edit_file>"
    And the user approves with feedback "thanks"
    When the assistant message is presented
    Then "files[src/calc.ts]" is "export const replaced = true\n"

  # ---- access rules and paths ----------------------------------------------------------------------------------
  Scenario: A path in .kilocodeignore is refused before Morph is asked
    Given a file ".kilocodeignore" containing "secret/\n"
    And a file "secret/key.txt" containing "k=1\n"
    And a Morph endpoint that merges the edit into "k=2\n"
    And the assistant message is "<edit_file><target_file>secret/key.txt</target_file><instructions>bump</instructions><code_edit>k=2</code_edit></edit_file>"
    When the assistant message is presented
    Then the UI shows say "rooignore_error" with "secret/key.txt"
    And the tool result is "Access to secret/key.txt is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file."
    And "httpRequests[0]" is absent
    And the file "secret/key.txt" is unchanged

  Scenario: A protected file is flagged in the approval
    Given a file ".kilocodemodes" containing "customModes: []\n"
    And a Morph endpoint that merges the edit into "customModes: [] # edited\n"
    And the assistant message is "<edit_file><target_file>.kilocodemodes</target_file><instructions>comment</instructions><code_edit>customModes: [] # edited</code_edit></edit_file>"
    And the user approves
    When the assistant message is presented
    Then "ui[1].isProtected" is "true"
    And "files[.kilocodemodes]" is "customModes: [] # edited\n"

  Scenario: A file beside the workspace is edited with its absolute path
    Given a file "../outside.txt" containing "outside = 1\n"
    And a Morph endpoint that merges the edit into "outside = 2\n"
    And the assistant message is "<edit_file><target_file>../outside.txt</target_file><instructions>bump</instructions><code_edit>outside = 2</code_edit></edit_file>"
    And the user approves
    When the assistant message is presented
    Then "files[../outside.txt]" is "outside = 2\n"
    And "ui[1].text" contains "\"path\":\"{workspace}/../outside.txt\""
    And "userMessageContent[1].text" contains "<path>{workspace}/../outside.txt</path>"

  Scenario: A folder as the target fails reading it
    Given a file "src/dir/a.txt" containing "a"
    And the experiment "morphFastApply" is enabled
    And the assistant message is "<edit_file><target_file>src/dir</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Error editing file with Morph: "

  Scenario: In architect mode edit_file is not held to the mode's Markdown-only file pattern
    Given the mode is "architect"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><instructions>x</instructions><code_edit>y</code_edit></edit_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Failed to apply edit using Morph: Morph is disabled."

  # ---- streaming -----------------------------------------------------------------------------------------------
  Scenario: Streamed, partial asks show the code edit once target_file and instructions are known
    Given a Morph endpoint that merges the edit into "export function sum(a: number, b: number) {\n  return a + b\n}\n"
    And the assistant message:
      """
      <edit_file>
      <target_file>src/calc.ts</target_file>
      <instructions>rename</instructions>
      <code_edit>
      export function sum(a: number, b: number) {
      // ... existing code ...
      }
      </code_edit>
      </edit_file>
      """
    And the message streams in chunks of 24 characters
    And the user approves
    When the assistant message is presented
    Then "files[src/calc.ts]" is "export function sum(a: number, b: number) {\n  return a + b\n}\n"

  Scenario: Streamed with code_edit before instructions, nothing is shown until the instructions start
    Given a Morph endpoint that merges the edit into "export const late = 1\n"
    And the assistant message is "<edit_file><target_file>src/calc.ts</target_file><code_edit>export const late = 1</code_edit><instructions>late instructions</instructions></edit_file>"
    And the message streams in chunks of 16 characters
    When the assistant message is presented
    Then "files[src/calc.ts]" is "export const late = 1\n"
    And "ui[1].text" is "{\"tool\":\"editedExistingFile\",\"path\":\"src/calc.ts\",\"content\":\"export const late = 1\"}"
    And "ui[1].partial" is "true"
    And "ui[4].partial" is "false"
    And "ui[5]" is absent

  Scenario: Streamed one character at a time, a new file
    Given the assistant message is "<edit_file><target_file>n.txt</target_file><instructions>i</instructions><code_edit>ab</code_edit></edit_file>"
    And the message streams one character at a time
    When the assistant message is presented
    Then "files[n.txt]" is "ab"
