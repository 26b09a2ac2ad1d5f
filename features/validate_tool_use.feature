Feature: Validating a tool use against the current mode
  Before a tool runs, presentAssistantMessage calls validateToolUse(name, mode, customModes, {apply_diff: diffEnabled},
  params), which throws 'Tool "x" is not allowed in <mode> mode.' unless isToolAllowedForMode says yes. That check
  allows the always-available tools (ask_followup_question, attempt_completion, switch_mode, new_task, report_bug,
  condense, update_todo_list) in any mode, refuses a tool whose requirement is false, finds the mode (custom modes
  first, then the built-in architect, code, ask, debug and orchestrator) and allows the tool if one of the mode's
  groups (read, edit, browser, command, mcp, modes) lists it. An edit group with a fileRegex option only lets real
  edits (a path plus diff, content, operations, search, replace, args or line) touch matching paths, and throws a
  FileRestrictionError naming the tool, the mode's name, the pattern and the path otherwise; apply_diff's multi-file
  args are checked path by path. Each scenario reports both validateToolUse's outcome and isToolAllowedForMode's.

  # ---- isToolAllowedForMode: code mode (validateToolUse.spec.ts) ----------------------------------------
  Scenario Outline: Code mode allows every tool of every tool group
    When tool "<tool>" is validated in mode "code"
    Then validation passes
    And the tool is allowed for the mode

    @tool:read_file
    Examples: read_file
      | tool      |
      | read_file |

    @tool:fetch_instructions
    Examples: fetch_instructions
      | tool               |
      | fetch_instructions |

    @tool:search_files
    Examples: search_files
      | tool         |
      | search_files |

    @tool:list_files
    Examples: list_files
      | tool       |
      | list_files |

    @tool:list_code_definition_names
    Examples: list_code_definition_names
      | tool                       |
      | list_code_definition_names |

    @tool:codebase_search
    Examples: codebase_search
      | tool            |
      | codebase_search |

    @tool:apply_diff
    Examples: apply_diff
      | tool       |
      | apply_diff |

    @tool:edit_file
    Examples: edit_file
      | tool      |
      | edit_file |

    @tool:write_to_file
    Examples: write_to_file
      | tool          |
      | write_to_file |

    @tool:insert_content
    Examples: insert_content
      | tool           |
      | insert_content |

    @tool:search_and_replace
    Examples: search_and_replace
      | tool               |
      | search_and_replace |

    @tool:new_rule
    Examples: new_rule
      | tool     |
      | new_rule |

    @tool:browser_action
    Examples: browser_action
      | tool           |
      | browser_action |

    @tool:execute_command
    Examples: execute_command
      | tool            |
      | execute_command |

    @tool:use_mcp_tool
    Examples: use_mcp_tool
      | tool         |
      | use_mcp_tool |

    @tool:access_mcp_resource
    Examples: access_mcp_resource
      | tool                |
      | access_mcp_resource |

    @tool:switch_mode
    Examples: switch_mode
      | tool        |
      | switch_mode |

    @tool:new_task
    Examples: new_task
      | tool     |
      | new_task |

  @tool:unknown_tool
  Scenario: Code mode refuses an unknown tool
    When tool "unknown_tool" is validated in mode "code"
    Then validation fails with "Tool \"unknown_tool\" is not allowed in code mode."
    And the tool is not allowed for the mode

  # ---- architect and ask modes allow the read, browser and mcp groups ----------------------------------
  Scenario Outline: Architect and ask modes allow the read, browser and mcp tools
    When tool "<tool>" is validated in mode "<mode>"
    Then validation passes
    And the tool is allowed for the mode

    @tool:read_file
    Examples: read_file
      | mode      | tool      |
      | architect | read_file |
      | ask       | read_file |

    @tool:fetch_instructions
    Examples: fetch_instructions
      | mode      | tool               |
      | architect | fetch_instructions |
      | ask       | fetch_instructions |

    @tool:search_files
    Examples: search_files
      | mode      | tool         |
      | architect | search_files |
      | ask       | search_files |

    @tool:list_files
    Examples: list_files
      | mode      | tool       |
      | architect | list_files |
      | ask       | list_files |

    @tool:list_code_definition_names
    Examples: list_code_definition_names
      | mode      | tool                       |
      | architect | list_code_definition_names |
      | ask       | list_code_definition_names |

    @tool:codebase_search
    Examples: codebase_search
      | mode      | tool            |
      | architect | codebase_search |
      | ask       | codebase_search |

    @tool:browser_action
    Examples: browser_action
      | mode      | tool           |
      | architect | browser_action |
      | ask       | browser_action |

    @tool:use_mcp_tool
    Examples: use_mcp_tool
      | mode      | tool         |
      | architect | use_mcp_tool |
      | ask       | use_mcp_tool |

    @tool:access_mcp_resource
    Examples: access_mcp_resource
      | mode      | tool                |
      | architect | access_mcp_resource |
      | ask       | access_mcp_resource |

  # ---- custom modes ------------------------------------------------------------------------------------
  Scenario Outline: A custom mode allows the tools of its groups
    Given the custom modes:
      """
      [{"slug": "custom-mode", "name": "Custom Mode", "roleDefinition": "Custom role", "groups": ["read", "edit"]}]
      """
    When tool "<tool>" is validated in mode "custom-mode"
    Then validation passes
    And the tool is allowed for the mode

    @tool:read_file
    Examples: read_file
      | tool      |
      | read_file |

    @tool:write_to_file
    Examples: write_to_file
      | tool          |
      | write_to_file |

  @tool:execute_command
  Scenario: A custom mode refuses the tools of groups it does not list
    Given the custom modes:
      """
      [{"slug": "custom-mode", "name": "Custom Mode", "roleDefinition": "Custom role", "groups": ["read", "edit"]}]
      """
    When tool "execute_command" is validated in mode "custom-mode"
    Then validation fails with "Tool \"execute_command\" is not allowed in custom-mode mode."
    And the tool is not allowed for the mode

  @tool:read_file
  Scenario: A custom mode with a built-in slug overrides the built-in mode and keeps its allowed tools
    Given the custom modes:
      """
      [{"slug": "code", "name": "Custom Code Mode", "roleDefinition": "Custom role", "groups": ["read"]}]
      """
    When tool "read_file" is validated in mode "code"
    Then validation passes
    And the tool is allowed for the mode

  @tool:write_to_file
  Scenario: A custom mode with a built-in slug overrides the built-in mode and drops the other groups
    Given the custom modes:
      """
      [{"slug": "code", "name": "Custom Code Mode", "roleDefinition": "Custom role", "groups": ["read"]}]
      """
    When tool "write_to_file" is validated in mode "code"
    Then validation fails with "Tool \"write_to_file\" is not allowed in code mode."
    And the tool is not allowed for the mode

  @tool:apply_diff
  Scenario: A disabled requirement refuses apply_diff even though the custom mode has the edit group
    Given the custom modes:
      """
      [{"slug": "custom-mode", "name": "Custom Mode", "roleDefinition": "Custom role", "groups": ["edit"]}]
      """
    And the tool requirements:
      | name       | value |
      | apply_diff | false |
    When tool "apply_diff" is validated in mode "custom-mode"
    Then validation fails with "Tool \"apply_diff\" is not allowed in custom-mode mode."
    And the tool is not allowed for the mode

  @tool:write_to_file
  Scenario: A disabled apply_diff requirement leaves the other edit tools of a custom mode allowed
    Given the custom modes:
      """
      [{"slug": "custom-mode", "name": "Custom Mode", "roleDefinition": "Custom role", "groups": ["edit"]}]
      """
    And the tool requirements:
      | name       | value |
      | apply_diff | false |
    When tool "write_to_file" is validated in mode "custom-mode"
    Then validation passes
    And the tool is allowed for the mode

  # ---- tool requirements (the apply_diff requirement is Task.diffEnabled) ---------------------------------
  # Also the spec's "prioritizes requirements over mode configuration" and validateToolUse's
  # "throws error when tool requirement is not met": the same inputs.
  @tool:apply_diff
  Scenario: A disabled requirement refuses apply_diff in code mode
    Given the tool requirements:
      | name       | value |
      | apply_diff | false |
    When tool "apply_diff" is validated in mode "code"
    Then validation fails with "Tool \"apply_diff\" is not allowed in code mode."
    And the tool is not allowed for the mode

  # Also validateToolUse's "does not throw when tool requirement is met".
  @tool:apply_diff
  Scenario: An enabled requirement allows apply_diff in code mode
    Given the tool requirements:
      | name       | value |
      | apply_diff | true  |
    When tool "apply_diff" is validated in mode "code"
    Then validation passes
    And the tool is allowed for the mode

  @tool:apply_diff
  Scenario: Requirements that do not name the tool do not restrict it
    Given the tool requirements:
      | name            | value |
      | some_other_tool | true  |
    When tool "apply_diff" is validated in mode "code"
    Then validation passes
    And the tool is allowed for the mode

  # Also validateToolUse's "handles undefined requirements gracefully".
  @tool:apply_diff
  Scenario: Without requirements apply_diff is allowed in code mode
    When tool "apply_diff" is validated in mode "code"
    Then validation passes
    And the tool is allowed for the mode

  # The spec's empty requirements object {}: a header-only table sends no requirements, which Codex treats alike.
  @tool:apply_diff
  Scenario: Empty requirements allow apply_diff in code mode
    Given the tool requirements:
      | name | value |
    When tool "apply_diff" is validated in mode "code"
    Then validation passes
    And the tool is allowed for the mode

  @tool:apply_diff
  Scenario: A disabled requirement does not make apply_diff allowed in a mode without the edit group
    Given the tool requirements:
      | name       | value |
      | apply_diff | true  |
    When tool "apply_diff" is validated in mode "ask"
    Then validation fails with "Tool \"apply_diff\" is not allowed in ask mode."
    And the tool is not allowed for the mode

  # ---- validateToolUse ----------------------------------------------------------------------------------
  @tool:unknown_tool
  Scenario: validateToolUse throws for an unknown tool in architect mode
    When tool "unknown_tool" is validated in mode "architect"
    Then validation fails with "Tool \"unknown_tool\" is not allowed in architect mode."
    And the tool is not allowed for the mode

  @tool:read_file
  Scenario: validateToolUse does not throw for read_file in architect mode
    When tool "read_file" is validated in mode "architect"
    Then validation passes
    And the tool is allowed for the mode

  # ---- unknown modes ------------------------------------------------------------------------------------
  @tool:read_file
  Scenario: A mode slug that names no mode allows nothing but the always-available tools
    When tool "read_file" is validated in mode "nonexistent"
    Then validation fails with "Tool \"read_file\" is not allowed in nonexistent mode."
    And the tool is not allowed for the mode

  @tool:read_file
  Scenario: An empty mode slug names no mode
    When tool "read_file" is validated in mode ""
    Then validation fails with "Tool \"read_file\" is not allowed in  mode."
    And the tool is not allowed for the mode

  @tool:attempt_completion
  Scenario: An always-available tool is allowed even in a mode that does not exist
    When tool "attempt_completion" is validated in mode "nonexistent"
    Then validation passes
    And the tool is allowed for the mode

  @tool:switch_mode
  Scenario: An always-available tool is allowed even when its requirement is false
    Given the tool requirements:
      | name        | value |
      | switch_mode | false |
    When tool "switch_mode" is validated in mode "code"
    Then validation passes
    And the tool is allowed for the mode

  # ---- always-available tools in every built-in mode and in a mode without groups ------------------------
  Scenario Outline: Always-available tools are allowed in every mode
    Given the custom modes:
      """
      [{"slug": "bare", "name": "Bare", "roleDefinition": "No tools", "groups": []}]
      """
    When tool "<tool>" is validated in mode "<mode>"
    Then validation passes
    And the tool is allowed for the mode

    @tool:ask_followup_question
    Examples: ask_followup_question
      | tool                  | mode         |
      | ask_followup_question | architect    |
      | ask_followup_question | code         |
      | ask_followup_question | ask          |
      | ask_followup_question | debug        |
      | ask_followup_question | orchestrator |
      | ask_followup_question | bare         |

    @tool:attempt_completion
    Examples: attempt_completion
      | tool               | mode         |
      | attempt_completion | architect    |
      | attempt_completion | code         |
      | attempt_completion | ask          |
      | attempt_completion | debug        |
      | attempt_completion | orchestrator |
      | attempt_completion | bare         |

    @tool:switch_mode
    Examples: switch_mode
      | tool        | mode         |
      | switch_mode | architect    |
      | switch_mode | code         |
      | switch_mode | ask          |
      | switch_mode | debug        |
      | switch_mode | orchestrator |
      | switch_mode | bare         |

    @tool:new_task
    Examples: new_task
      | tool     | mode         |
      | new_task | architect    |
      | new_task | code         |
      | new_task | ask          |
      | new_task | debug        |
      | new_task | orchestrator |
      | new_task | bare         |

    @tool:report_bug
    Examples: report_bug
      | tool       | mode         |
      | report_bug | architect    |
      | report_bug | code         |
      | report_bug | ask          |
      | report_bug | debug        |
      | report_bug | orchestrator |
      | report_bug | bare         |

    @tool:condense
    Examples: condense
      | tool     | mode         |
      | condense | architect    |
      | condense | code         |
      | condense | ask          |
      | condense | debug        |
      | condense | orchestrator |
      | condense | bare         |

    @tool:update_todo_list
    Examples: update_todo_list
      | tool             | mode         |
      | update_todo_list | architect    |
      | update_todo_list | code         |
      | update_todo_list | ask          |
      | update_todo_list | debug        |
      | update_todo_list | orchestrator |
      | update_todo_list | bare         |

  # ---- the built-in modes x a few tools (no params: the architect's file restriction does not apply) -------
  Scenario Outline: A built-in mode allows the tools of its groups
    When tool "<tool>" is validated in mode "<mode>"
    Then validation passes
    And the tool is allowed for the mode

    @tool:read_file
    Examples: read_file
      | tool      | mode      |
      | read_file | architect |
      | read_file | code      |
      | read_file | ask       |
      | read_file | debug     |

    @tool:write_to_file
    Examples: write_to_file
      | tool          | mode      |
      | write_to_file | architect |
      | write_to_file | code      |
      | write_to_file | debug     |

    @tool:apply_diff
    Examples: apply_diff
      | tool       | mode      |
      | apply_diff | architect |
      | apply_diff | code      |
      | apply_diff | debug     |

    @tool:execute_command
    Examples: execute_command
      | tool            | mode  |
      | execute_command | code  |
      | execute_command | debug |

    @tool:browser_action
    Examples: browser_action
      | tool           | mode      |
      | browser_action | architect |
      | browser_action | code      |
      | browser_action | ask       |
      | browser_action | debug     |

    @tool:use_mcp_tool
    Examples: use_mcp_tool
      | tool         | mode      |
      | use_mcp_tool | architect |
      | use_mcp_tool | code      |
      | use_mcp_tool | ask       |
      | use_mcp_tool | debug     |

    @tool:list_files
    Examples: list_files
      | tool       | mode      |
      | list_files | architect |
      | list_files | code      |
      | list_files | ask       |
      | list_files | debug     |

    @tool:new_rule
    Examples: new_rule
      | tool     | mode      |
      | new_rule | architect |
      | new_rule | code      |
      | new_rule | debug     |

  Scenario Outline: A built-in mode refuses the tools of groups it does not have
    When tool "<tool>" is validated in mode "<mode>"
    Then validation fails with "Tool \"<tool>\" is not allowed in <mode> mode."
    And the tool is not allowed for the mode

    @tool:read_file
    Examples: read_file
      | tool      | mode         |
      | read_file | orchestrator |

    @tool:write_to_file
    Examples: write_to_file
      | tool          | mode         |
      | write_to_file | ask          |
      | write_to_file | orchestrator |

    @tool:apply_diff
    Examples: apply_diff
      | tool       | mode         |
      | apply_diff | ask          |
      | apply_diff | orchestrator |

    @tool:execute_command
    Examples: execute_command
      | tool            | mode         |
      | execute_command | architect    |
      | execute_command | ask          |
      | execute_command | orchestrator |

    @tool:browser_action
    Examples: browser_action
      | tool           | mode         |
      | browser_action | orchestrator |

    @tool:use_mcp_tool
    Examples: use_mcp_tool
      | tool         | mode         |
      | use_mcp_tool | orchestrator |

    @tool:list_files
    Examples: list_files
      | tool       | mode         |
      | list_files | orchestrator |

    @tool:new_rule
    Examples: new_rule
      | tool     | mode         |
      | new_rule | ask          |
      | new_rule | orchestrator |

  # ---- file restrictions: architect edits only Markdown (groups: ["edit", {fileRegex: "\\.md$", description: "Markdown files only"}])
  Scenario Outline: Architect mode lets an edit tool change a Markdown file
    Given the tool params:
      | name   | value     |
      | path   | <path>    |
      | <edit> | <payload> |
    When tool "<tool>" is validated in mode "architect"
    Then validation passes
    And the tool is allowed for the mode

    @tool:write_to_file
    Examples: write_to_file
      | tool          | path         | edit    | payload     |
      | write_to_file | README.md    | content | # Title     |
      | write_to_file | docs/plan.md | content | - step one  |

    @tool:apply_diff
    Examples: apply_diff
      | tool       | path    | edit | payload                                |
      | apply_diff | notes.md | diff | <<<<<<< SEARCH\n=======\n>>>>>>> REPLACE |

    @tool:insert_content
    Examples: insert_content
      | tool           | path      | edit | payload |
      | insert_content | CHANGES.md | line | 1       |

    @tool:search_and_replace
    Examples: search_and_replace
      | tool               | path      | edit   | payload |
      | search_and_replace | README.md | search | foo     |

  Scenario Outline: Architect mode refuses an edit of a file that is not Markdown
    Given the tool params:
      | name   | value     |
      | path   | <path>    |
      | <edit> | <payload> |
    When tool "<tool>" is validated in mode "architect"
    Then validation fails with "Tool '<tool>' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: <path>"
    And "results.isToolAllowedForModeError" is "Tool '<tool>' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: <path>"

    @tool:write_to_file
    Examples: write_to_file
      | tool          | path         | edit    | payload           |
      | write_to_file | src/a.ts     | content | export const a = 1 |
      | write_to_file | README.MD    | content | # Title           |
      | write_to_file | notes.md.bak | content | old               |

    @tool:apply_diff
    Examples: apply_diff
      | tool       | path     | edit | payload                                |
      | apply_diff | src/a.ts | diff | <<<<<<< SEARCH\n=======\n>>>>>>> REPLACE |

    @tool:insert_content
    Examples: insert_content
      | tool           | path     | edit | payload |
      | insert_content | src/a.ts | line | 1       |

    @tool:search_and_replace
    Examples: search_and_replace
      | tool               | path     | edit    | payload |
      | search_and_replace | src/a.ts | search  | foo     |
      | search_and_replace | src/a.ts | replace | bar     |

    @tool:new_rule
    Examples: new_rule
      | tool     | path               | edit    | payload   |
      | new_rule | .kilocode/rules.txt | content | Be brief. |

  @tool:write_to_file
  Scenario: A path alone is not an edit, so a streaming write_to_file may name any file
    Given the tool params:
      | name | value    |
      | path | src/a.ts |
    When tool "write_to_file" is validated in mode "architect"
    Then validation passes
    And the tool is allowed for the mode

  @tool:write_to_file
  Scenario: An empty content is not an edit
    Given the tool params:
      | name    | value    |
      | path    | src/a.ts |
      | content |          |
    When tool "write_to_file" is validated in mode "architect"
    Then validation passes
    And the tool is allowed for the mode

  @tool:edit_file
  Scenario: edit_file names its file in target_file, which the restriction does not look at
    Given the tool params:
      | name         | value              |
      | target_file  | src/a.ts           |
      | instructions | Rename a to b      |
      | code_edit    | export const b = 1 |
    When tool "edit_file" is validated in mode "architect"
    Then validation passes
    And the tool is allowed for the mode

  @tool:apply_diff
  Scenario: Multi-file apply_diff args are checked file by file and the first other path is reported
    Given the tool params:
      | name | value |
      | args | <file><path>notes.md</path><diff><content>a</content></diff></file><file><path>src/b.ts</path><diff><content>b</content></diff></file><file><path>src/c.ts</path></file> |
    When tool "apply_diff" is validated in mode "architect"
    Then validation fails with "Tool 'apply_diff' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: src/b.ts"

  @tool:apply_diff
  Scenario: Multi-file apply_diff args touching only Markdown files are allowed
    Given the tool params:
      | name | value |
      | args | <file><path>notes.md</path><diff><content>a</content></diff></file><file><path> docs/b.md </path><diff><content>b</content></diff></file> |
    When tool "apply_diff" is validated in mode "architect"
    Then validation passes
    And the tool is allowed for the mode

  @tool:apply_diff
  Scenario: A path param and args are both checked, the path first
    Given the tool params:
      | name | value |
      | path | src/a.ts |
      | args | <file><path>src/b.ts</path></file> |
    When tool "apply_diff" is validated in mode "architect"
    Then validation fails with "Tool 'apply_diff' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: src/a.ts"

  @tool:write_to_file
  Scenario: A custom mode's file restriction names the custom mode
    Given the custom modes:
      """
      [{"slug": "docs-writer", "name": "Docs Writer", "roleDefinition": "Writes documentation", "groups": ["read", ["edit", {"fileRegex": "\\.md$", "description": "Markdown files only"}]]}]
      """
    And the tool params:
      | name    | value              |
      | path    | src/a.ts           |
      | content | export const a = 1 |
    When tool "write_to_file" is validated in mode "docs-writer"
    Then validation fails with "Tool 'write_to_file' in mode 'Docs Writer' can only edit files matching pattern: \\.md$ (Markdown files only). Got: src/a.ts"

  @tool:write_to_file
  Scenario: A custom file restriction without a description names only the pattern
    Given the custom modes:
      """
      [{"slug": "ts-writer", "name": "TS Writer", "roleDefinition": "Writes TypeScript", "groups": ["read", ["edit", {"fileRegex": "\\.ts$"}]]}]
      """
    And the tool params:
      | name    | value    |
      | path    | notes.md |
      | content | # Notes  |
    When tool "write_to_file" is validated in mode "ts-writer"
    Then validation fails with "Tool 'write_to_file' in mode 'TS Writer' can only edit files matching pattern: \\.ts$. Got: notes.md"

  @tool:write_to_file
  Scenario: An invalid fileRegex matches nothing, so every edit is refused
    Given the custom modes:
      """
      [{"slug": "broken", "name": "Broken", "roleDefinition": "Bad pattern", "groups": [["edit", {"fileRegex": "[", "description": "never"}]]}]
      """
    And the tool params:
      | name    | value |
      | path    | a.md  |
      | content | x     |
    When tool "write_to_file" is validated in mode "broken"
    Then validation fails with "Tool 'write_to_file' in mode 'Broken' can only edit files matching pattern: [ (never). Got: a.md"

  @tool:write_to_file
  Scenario: An edit group with options but no fileRegex allows every file
    Given the custom modes:
      """
      [{"slug": "loose", "name": "Loose", "roleDefinition": "Edits anything", "groups": [["edit", {"description": "Anything"}]]}]
      """
    And the tool params:
      | name    | value    |
      | path    | src/a.ts |
      | content | x        |
    When tool "write_to_file" is validated in mode "loose"
    Then validation passes
    And the tool is allowed for the mode

  @tool:read_file
  Scenario: The file restriction only applies to edits: architect reads any file
    Given the tool params:
      | name | value    |
      | path | src/a.ts |
    When tool "read_file" is validated in mode "architect"
    Then validation passes
    And the tool is allowed for the mode

