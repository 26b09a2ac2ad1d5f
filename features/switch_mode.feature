@tool:switch_mode
Feature: switch_mode changes the current mode after the user's approval
  switchModeTool needs a mode_slug. While the block streams it shows {"tool":"switchMode","mode","reason"} as a
  partial "tool" ask. When complete it resets the mistake count, looks the slug up (custom modes first, then the
  built-in architect, code, ask, debug, orchestrator): an unknown slug is the tool error "Invalid mode: <slug>", the
  current mode is answered "Already in <name> mode.". Otherwise it asks approval; once approved the provider switches
  mode and the result is "Successfully switched from <current name> mode to <target name> mode[ because: <reason>]."
  (the current mode's name is looked up among the built-in modes only). A denial leaves the mode as it was.

  # ---- to every built-in mode ------------------------------------------------------------------------------
  Scenario Outline: Switching from <from> to <to> with approval
    Given the mode is "<from>"
    And the assistant message is "<switch_mode><mode_slug><to></mode_slug></switch_mode>"
    And the user approves
    When the assistant message is presented
    Then the UI shows ask "tool" with "{\"tool\":\"switchMode\",\"mode\":\"<to>\"}"
    And the tool result header is "[switch_mode to '<to>'] Result:"
    And the tool result is "Successfully switched from <from_name> mode to <to_name> mode."
    And the current mode is "<to>"
    And the consecutive mistake count is 0
    And tool "switch_mode" was used 1 time with 0 failures

    Examples:
      | from         | to           | from_name    | to_name      |
      | code         | architect    | Code         | Architect    |
      | code         | ask          | Code         | Ask          |
      | code         | debug        | Code         | Debug        |
      | code         | orchestrator | Code         | Orchestrator |
      | architect    | code         | Architect    | Code         |
      | ask          | debug        | Ask          | Debug        |
      | debug        | orchestrator | Debug        | Orchestrator |
      | orchestrator | ask          | Orchestrator | Ask          |

  Scenario Outline: Switching with a reason names the reason in the description and the result
    Given the mode is "<from>"
    And the assistant message is "<switch_mode><mode_slug><to></mode_slug><reason>I need to <why></reason></switch_mode>"
    And the user approves
    When the assistant message is presented
    Then the UI shows ask "tool" with "{\"tool\":\"switchMode\",\"mode\":\"<to>\",\"reason\":\"I need to <why>\"}"
    And the tool result header is "[switch_mode to '<to>' because: I need to <why>] Result:"
    And the tool result is "Successfully switched from <from_name> mode to <to_name> mode because: I need to <why>."
    And the current mode is "<to>"

    Examples:
      | from      | to           | from_name | to_name      | why                  |
      | code      | architect    | Code      | Architect    | plan the refactoring |
      | architect | code         | Architect | Code         | implement the plan   |
      | code      | debug        | Code      | Debug        | find the crash       |
      | debug     | ask          | Debug     | Ask          | explain the fix      |
      | ask       | orchestrator | Ask       | Orchestrator | split the work       |

  # ---- no switch ---------------------------------------------------------------------------------------------
  Scenario Outline: Switching to the current mode answers that it is already active
    Given the mode is "<mode>"
    And the assistant message is "<switch_mode><mode_slug><mode></mode_slug><reason>Just in case</reason></switch_mode>"
    When the assistant message is presented
    Then the tool result is "Already in <name> mode."
    And the UI shows no ask "tool"
    And the current mode is "<mode>"
    And the consecutive mistake count is 0
    And tool "switch_mode" was used 1 time with 1 failure

    Examples:
      | mode         | name         |
      | code         | Code         |
      | architect    | Architect    |
      | orchestrator | Orchestrator |

  Scenario Outline: Switching to a mode that does not exist is a tool error
    Given the assistant message is "<switch_mode><mode_slug><slug></mode_slug></switch_mode>"
    When the assistant message is presented
    Then the tool result header is "[switch_mode to '<slug>'] Result:"
    And the tool result is "The tool execution failed with the following error:\n<error>\nInvalid mode: <slug>\n</error>"
    And the UI shows no ask "tool"
    And the current mode is "code"
    And the consecutive mistake count is 0
    And tool "switch_mode" was used 1 time with 1 failure

    Examples:
      | slug        |
      | nonexistent |
      | Code        |
      | code-mode   |

  Scenario: An empty mode_slug is a missing parameter
    Given the assistant message is "<switch_mode><mode_slug> </mode_slug></switch_mode>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use switch_mode without value for required parameter 'mode_slug'. Retrying..."
    And the tool result header is "[switch_mode to ''] Result:"
    And the consecutive mistake count is 1
    And tool "switch_mode" was used 1 time with 1 failure

  # ---- the user's answer --------------------------------------------------------------------------------------
  Scenario: A denied switch keeps the mode
    Given the assistant message is "<switch_mode><mode_slug>ask</mode_slug><reason>Only questions left</reason></switch_mode>"
    And the user denies
    When the assistant message is presented
    Then the tool result is "The user denied this operation."
    And the current mode is "code"
    And the task flag "didRejectTool" is true
    And tool "switch_mode" was used 1 time with 0 failures

  Scenario: A switch denied with feedback keeps the mode and returns the feedback
    Given the assistant message is "<switch_mode><mode_slug>ask</mode_slug></switch_mode>"
    And the user denies with feedback "Keep coding"
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'ask'] Result:
      ---
      The user denied this operation and provided the following feedback:
      <feedback>
      Keep coding
      </feedback>
      """
    And the UI shows say "user_feedback" with "Keep coding"
    And the current mode is "code"

  Scenario: A switch approved with feedback switches and returns both the feedback and the result
    Given the assistant message is "<switch_mode><mode_slug>debug</mode_slug><reason>Tests fail</reason></switch_mode>"
    And the user approves with feedback "Look at the parser first"
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'debug' because: Tests fail] Result:
      ---
      The user approved this operation and provided the following context:
      <feedback>
      Look at the parser first
      </feedback>
      ---
      [switch_mode to 'debug' because: Tests fail] Result:
      ---
      Successfully switched from Code mode to Debug mode because: Tests fail.
      """
    And the current mode is "debug"

  # ---- custom modes ---------------------------------------------------------------------------------------------
  Scenario: Switching to a custom mode uses its name
    Given the custom modes:
      """
      [{"slug": "docs-writer", "name": "Docs Writer", "roleDefinition": "Writes documentation", "groups": ["read", ["edit", {"fileRegex": "\\.md$"}]]}]
      """
    And the assistant message is "<switch_mode><mode_slug>docs-writer</mode_slug><reason>Update the README</reason></switch_mode>"
    And the user approves
    When the assistant message is presented
    Then the tool result is "Successfully switched from Code mode to Docs Writer mode because: Update the README."
    And the current mode is "docs-writer"

  Scenario: Switching away from a custom mode names it by its slug
    Given the custom modes:
      """
      [{"slug": "docs-writer", "name": "Docs Writer", "roleDefinition": "Writes documentation", "groups": ["read"]}]
      """
    And the mode is "docs-writer"
    And the assistant message is "<switch_mode><mode_slug>code</mode_slug></switch_mode>"
    And the user approves
    When the assistant message is presented
    Then the tool result is "Successfully switched from docs-writer mode to Code mode."
    And the current mode is "code"

  Scenario: Switching to the current custom mode answers with its name
    Given the custom modes:
      """
      [{"slug": "docs-writer", "name": "Docs Writer", "roleDefinition": "Writes documentation", "groups": ["read"]}]
      """
    And the mode is "docs-writer"
    And the assistant message is "<switch_mode><mode_slug>docs-writer</mode_slug></switch_mode>"
    When the assistant message is presented
    Then the tool result is "Already in Docs Writer mode."

  Scenario: A custom mode overriding a built-in one is the target under its custom name, the source under the built-in one
    Given the custom modes:
      """
      [{"slug": "code", "name": "Custom Code", "roleDefinition": "Codes differently", "groups": ["read", "edit"]},
       {"slug": "architect", "name": "Grand Architect", "roleDefinition": "Plans", "groups": ["read"]}]
      """
    And the mode is "architect"
    And the assistant message is "<switch_mode><mode_slug>code</mode_slug></switch_mode>"
    And the user approves
    When the assistant message is presented
    Then the tool result is "Successfully switched from Architect mode to Custom Code mode."
    And the current mode is "code"

  Scenario: switch_mode is available in a custom mode without groups
    Given the custom modes:
      """
      [{"slug": "bare", "name": "Bare", "roleDefinition": "No tools", "groups": []}]
      """
    And the mode is "bare"
    And the assistant message is "<switch_mode><mode_slug>code</mode_slug></switch_mode>"
    And the user approves
    When the assistant message is presented
    Then the tool result is "Successfully switched from bare mode to Code mode."
    And the current mode is "code"

  # ---- streaming -------------------------------------------------------------------------------------------------
  Scenario: A streaming switch shows the mode and reason so far, without closing-tag fragments
    Given the message streams in these chunks:
      | <switch_mode><mode_slug>arch |
      | itect</mode_sl |
      | ug><reason>Need a pl |
      | an</reas |
      | on></switch_mode> |
    And the user approves
    When the assistant message is presented
    Then the UI events are:
      | kind | type | partial | text                                                                  |
      | say  | text | false   |                                                                       |
      | ask  | tool | true    | {"tool":"switchMode","mode":"arch","reason":""}                       |
      | ask  | tool | true    | {"tool":"switchMode","mode":"architect","reason":""}                  |
      | ask  | tool | true    | {"tool":"switchMode","mode":"architect","reason":"Need a pl"}         |
      | ask  | tool | true    | {"tool":"switchMode","mode":"architect","reason":"Need a plan"}       |
      | ask  | tool | false   | {"tool":"switchMode","mode":"architect","reason":"Need a plan"}       |
    And the tool result is "Successfully switched from Code mode to Architect mode because: Need a plan."
    And the current mode is "architect"
    And tool "switch_mode" was used 1 time with 0 failures

  Scenario: A switch cut off by the end of the stream still runs with what was received
    Given the message streams in these chunks:
      | <switch_mode><mode_slug>debug</mode_slug><reason>Crash |
      | \u0020on start |
    And the user approves
    When the assistant message is presented
    Then the UI shows ask "tool" with "{\"tool\":\"switchMode\",\"mode\":\"debug\",\"reason\":\"Crash on start\"}"
    And the tool result is "Successfully switched from Code mode to Debug mode because: Crash on start."
    And the current mode is "debug"
