@tool:fetch_instructions
Feature: fetch_instructions returns Codex's instructions for creating an MCP server or a mode
  fetchInstructionsTool shows {"tool":"fetchInstructions","content":task} (no content while streaming), needs a task
  (else the missing-parameter error, a mistake and a recorded tool error), and after approval (a denial returns at
  once: only askApproval's result) asks the provider for its MCP hub ("MCP hub not available" without one) and calls
  fetchInstructions(task, {mcpHub, diffStrategy, context}): create_mcp_server (needs the hub and a diff strategy, else
  "Missing MCP Hub or Diff Strategy"; names the MCP servers folder, the MCP settings file, created when missing, and the
  enabled servers), create_mode (names the global custom modes file under the global storage), anything else "" →
  "Invalid instructions request: <task>" as a tool error. Errors go through handleError("fetch instructions").
  The long texts are Codex's: the C# port reads them from the Codex tree at run time, so the scenarios that show them
  are tagged @needs-codex-tree — without a tree their C# runs are "not run" with the reason, never a pass.

  Background:
    Given the mode is "code"

  # ---- the tasks ----------------------------------------------------------------------------------------------------
  @needs-codex-tree
  Scenario: create_mcp_server names the servers folder, the settings file and that no server runs
    Given the assistant message is "<fetch_instructions><task>create_mcp_server</task></fetch_instructions>"
    When the assistant message is presented
    Then the tool result header is "[fetch_instructions for 'create_mcp_server'] Result:"
    And "userMessageContent[1].text" contains "Unless the user specifies otherwise, new local MCP servers should be created in: {workspace}/../.global-storage/Kilo-Code/MCP\n"
    And "userMessageContent[1].text" contains "cd {workspace}/../.global-storage/Kilo-Code/MCP\n"
    And "userMessageContent[1].text" contains "to the settings file located at '{workspace}/../.global-storage/settings/mcp_settings.json'."
    And "userMessageContent[1].text" contains "listed under 'Connected MCP Servers' above: (None running currently), e.g."
    And "userMessageContent[1].text" contains "and use write_to_file or apply_diff to make changes to the files."
    And "userMessageContent[1].text" contains "text: `Weather API error: ${"
    And the UI shows ask "tool" with "{\"tool\":\"fetchInstructions\",\"content\":\"create_mcp_server\"}"
    And the consecutive mistake count is 0
    And tool "fetch_instructions" was used 1 time with 0 failures
    And no error escaped

  @needs-codex-tree
  Scenario: create_mcp_server lists the enabled MCP servers
    Given the MCP hub has the servers:
      | name    | disabled |
      | weather | false    |
      | old     | true     |
      | github  | false    |
    And the assistant message is "<fetch_instructions><task>create_mcp_server</task></fetch_instructions>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "listed under 'Connected MCP Servers' above: weather, github, e.g."

  @needs-codex-tree
  Scenario: create_mcp_server with only disabled servers says that none runs
    Given the MCP hub has the servers:
      | name | disabled |
      | old  | true     |
    And the assistant message is "<fetch_instructions><task>create_mcp_server</task></fetch_instructions>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "above: (None running currently), e.g."

  Scenario: create_mcp_server without a diff strategy is an error
    Given diff editing is disabled
    And the assistant message is "<fetch_instructions><task>create_mcp_server</task></fetch_instructions>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error fetch instructions:\nMissing MCP Hub or Diff Strategy"
    And "userMessageContent[1].text" contains "Error fetch instructions: {\"name\":\"Error\",\"message\":\"Missing MCP Hub or Diff Strategy\""

  @needs-codex-tree
  Scenario: create_mode names the global custom modes file
    Given the assistant message is "<fetch_instructions><task>create_mode</task></fetch_instructions>"
    When the assistant message is presented
    Then the tool result header is "[fetch_instructions for 'create_mode'] Result:"
    And "userMessageContent[1].text" contains "\nCustom modes can be configured in two ways:\n  1. Globally via '{workspace}/../.global-storage/settings/custom_modes.yaml' (created automatically on startup)\n"
    And "userMessageContent[1].text" contains "#   - fileRegex: \\.md$"
    And "userMessageContent[1].text" contains "include newline characters in the string like \"This is the first line.\\nThis is the next line."
    And no error escaped

  Scenario: An unknown task is an invalid request
    Given the assistant message is "<fetch_instructions><task>create_theme</task></fetch_instructions>"
    When the assistant message is presented
    Then the tool result is:
      """
      The tool execution failed with the following error:
      <error>
      Invalid instructions request: create_theme
      </error>
      """
    And the UI shows no say "error"
    And the consecutive mistake count is 0

  Scenario: Task names are matched exactly
    Given the assistant message is "<fetch_instructions><task>CREATE_MODE</task></fetch_instructions>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Invalid instructions request: CREATE_MODE"

  @needs-codex-tree
  Scenario: White space around the task is trimmed by the parser
    Given the assistant message is "<fetch_instructions><task>\n  create_mode \n</task></fetch_instructions>"
    When the assistant message is presented
    Then the tool result header is "[fetch_instructions for 'create_mode'] Result:"
    And "userMessageContent[1].text" contains "Custom modes can be configured in two ways:"

  # ---- parameters ---------------------------------------------------------------------------------------------------
  Scenario: A missing task is a missing-parameter mistake and a tool error
    Given the assistant message is "<fetch_instructions></fetch_instructions>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use fetch_instructions without value for required parameter 'task'. Retrying..."
    And "userMessageContent[1].text" contains "Missing value for required parameter 'task'. Please retry with complete response."
    And the UI shows no ask "tool"
    And the consecutive mistake count is 1
    And tool "fetch_instructions" was used 1 time with 1 failure

  Scenario: An empty task is a missing-parameter mistake
    Given the assistant message is "<fetch_instructions><task></task></fetch_instructions>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use fetch_instructions without value for required parameter 'task'. Retrying..."
    And the consecutive mistake count is 1

  @needs-codex-tree
  Scenario: A streamed call shows no content until it is complete
    Given the assistant message is "<fetch_instructions><task>create_mode</task></fetch_instructions>"
    And the message streams in chunks of 7 characters
    When the assistant message is presented
    Then the UI shows ask "tool" with "{\"tool\":\"fetchInstructions\"}"
    And the UI shows ask "tool" with "{\"tool\":\"fetchInstructions\",\"content\":\"create_mode\"}"
    And "userMessageContent[1].text" contains "Custom modes can be configured in two ways:"

  # ---- the provider -------------------------------------------------------------------------------------------------
  Scenario: Without an MCP hub no task can be fetched
    Given there is no MCP hub
    And the assistant message is "<fetch_instructions><task>create_mode</task></fetch_instructions>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error fetch instructions:\nMCP hub not available"

  Scenario: Without an MCP hub even an unknown task is that error
    Given there is no MCP hub
    And the assistant message is "<fetch_instructions><task>nothing</task></fetch_instructions>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error fetch instructions:\nMCP hub not available"

  # ---- approval -----------------------------------------------------------------------------------------------------
  Scenario: A denial returns without instructions
    Given the user denies
    And the assistant message is "<fetch_instructions><task>create_mode</task></fetch_instructions>"
    When the assistant message is presented
    Then the user message content has 2 blocks
    And "userMessageContent[1].text" is "The user denied this operation."
    And the task flag "didRejectTool" is true

  Scenario: A denial with feedback keeps the feedback
    Given the user denies with feedback "not now"
    And the assistant message is "<fetch_instructions><task>create_mcp_server</task></fetch_instructions>"
    When the assistant message is presented
    Then the UI shows say "user_feedback" with "not now"
    And the user message content has 2 blocks

  @needs-codex-tree
  Scenario: An approval with feedback returns the instructions after the feedback
    Given the user approves with feedback "make it a global mode"
    And the assistant message is "<fetch_instructions><task>create_mode</task></fetch_instructions>"
    When the assistant message is presented
    Then the UI shows say "user_feedback" with "make it a global mode"
    And "userMessageContent[1].text" contains "make it a global mode"
    And "userMessageContent[2].text" is "[fetch_instructions for 'create_mode'] Result:"
    And "userMessageContent[3].text" contains "Custom modes can be configured in two ways:"

  # ---- modes --------------------------------------------------------------------------------------------------------
  @needs-codex-tree
  Scenario: The ask mode may fetch instructions (read group)
    Given the mode is "ask"
    And the assistant message is "<fetch_instructions><task>create_mode</task></fetch_instructions>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Custom modes can be configured in two ways:"

  Scenario: A custom mode without the read group may not
    Given the custom modes:
      """
      [{"slug": "writer", "name": "Writer", "roleDefinition": "You write.", "groups": ["edit"]}]
      """
    And the mode is "writer"
    And the assistant message is "<fetch_instructions><task>create_mode</task></fetch_instructions>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Tool \"fetch_instructions\" is not allowed in writer mode."
    And the UI shows no ask "tool"
    And the consecutive mistake count is 1
