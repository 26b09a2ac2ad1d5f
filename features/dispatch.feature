Feature: Presenting an assistant message: text, tool dispatch and the one-tool rule
  presentAssistantMessage walks the parsed blocks of the streaming reply. Text is shown with say("text") once
  <thinking> tags and a trailing half-written tag are removed. A tool use is described ("[name for '…']"),
  counted, validated for the current mode (a refusal is a tool error and a mistake), checked for identical
  repetition, and dispatched to its tool; the first tool result ends the turn, so later tools are skipped with
  an explanation, and after the user rejects a tool every later tool is skipped as well. A reply without any
  tool use gets the noToolsUsed reminder and counts a mistake. The cases are driven as Task does for one API
  response (docs/transcript.md): chunks arrive one after the other, each presented before the next.

  Background:
    Given the mode is "code"

  # ---- text-only replies --------------------------------------------------------------------------------
  Scenario: A reply without a tool use shows its text and reminds the model to use a tool
    Given the assistant message is "Hello! How can I help you today?"
    When the assistant message is presented
    Then the UI events are:
      | kind | type | partial | text                             |
      | say  | text | true    | Hello! How can I help you today? |
      | say  | text | false   | Hello! How can I help you today? |
    And the user message content is:
      """
      [ERROR] You did not use a tool in your previous response! Please retry with a tool use.

      # Reminder: Instructions for Tool Use

      Tool uses are formatted using XML-style tags. The tool name itself becomes the XML tag name. Each parameter is enclosed within its own set of tags. Here's the structure:

      <actual_tool_name>
      <parameter1_name>value1</parameter1_name>
      <parameter2_name>value2</parameter2_name>
      ...
      </actual_tool_name>

      For example, to use the attempt_completion tool:

      <attempt_completion>
      <result>
      I have completed the task...
      </result>
      </attempt_completion>

      Always use the actual tool name as the XML tag name for proper parsing and execution.

      # Next Steps

      If you have completed the user's task, use the attempt_completion tool.
      If you require additional information from the user, use the ask_followup_question tool.
      Otherwise, if you have not completed the task and do not need additional information, then proceed with the next step of the task.
      (This is an automated message, so do not respond to it conversationally.)
      """
    And the consecutive mistake count is 1
    And the task flag "userMessageContentReady" is true
    And the task flag "didAlreadyUseTool" is false
    And "assistantMessage" is "Hello! How can I help you today?"
    And no error escaped

  Scenario: Streamed text is shown as it grows, then once more complete
    Given the assistant message is "Hello there, friend."
    And the message streams in chunks of 7 characters
    When the assistant message is presented
    Then the UI events are:
      | kind | type | partial | text                 |
      | say  | text | true    | Hello t              |
      | say  | text | true    | Hello there, f       |
      | say  | text | true    | Hello there, friend. |
      | say  | text | false   | Hello there, friend. |
    And the user message content has 1 block
    And the consecutive mistake count is 1

  Scenario: A reply of whitespace only shows an empty text
    Given the assistant message is "  \n\t "
    When the assistant message is presented
    Then the UI events are:
      | kind | type | partial | text |
      | say  | text | true    |      |
      | say  | text | false   |      |
    And "userMessageContent[0].text" contains "[ERROR] You did not use a tool in your previous response!"
    And the consecutive mistake count is 1

  # ---- thinking tags and half-written tags ------------------------------------------------------------------
  Scenario: Thinking tags are removed from the text shown
    Given the assistant message is "<thinking>\nThe user greets me.\n</thinking>\nHello!"
    When the assistant message is presented
    Then the UI events are:
      | kind | type | partial | text                            |
      | say  | text | true    | The user greets me.\nHello!     |
      | say  | text | false   | The user greets me.\nHello!     |
    And "assistantMessage" is "<thinking>\nThe user greets me.\n</thinking>\nHello!"

  Scenario: Several thinking blocks are all removed, each with one adjacent whitespace character
    Given the assistant message is "<thinking> a </thinking> b <thinking>c</thinking>"
    When the assistant message is presented
    Then the UI shows say "text" with "a b c"

  Scenario: A closing thinking tag cut by a chunk boundary is hidden until it is complete
    Given the message streams in these chunks:
      | <thinking>Plan: greet</thin |
      | king>\\nHi! |
    When the assistant message is presented
    Then the UI events are:
      | kind | type | partial | text              |
      | say  | text | true    | Plan: greet       |
      | say  | text | true    | Plan: greet\nHi!  |
      | say  | text | false   | Plan: greet\nHi!  |

  Scenario Outline: A half-written tag at the very end of the text is not shown
    Given the assistant message is "<msg>"
    When the assistant message is presented
    Then the UI shows say "text" with "<shown>"
    And the user message content has 1 block
    And the consecutive mistake count is 1

    Examples:
      | msg                    | shown                  |
      | Let me look <read_fi   | Let me look            |
      | Let me look <          | Let me look            |
      | Let me look </         | Let me look            |
      | Done </thinking        | Done                   |
      | Done <thinking         | Done                   |
      | x < y                  | x                      |
      | 5 <= 6                 | 5 <= 6                 |
      | Use <div> here         | Use <div> here         |
      | a <b c                 | a <b c                 |
      | Call <tool_name_2      | Call <tool_name_2      |
      | <                      |                        |

  Scenario: The tag fragment at the end of each streamed chunk is hidden while the text streams
    Given the message streams in these chunks:
      | Let me ask.\\n<ask_fol |
      | low |
      | up_question><question>Ready?</question></ask_followup_question> |
    And the user answers "Yes"
    When the assistant message is presented
    Then the UI events are:
      | kind | type          | partial | text                                 |
      | say  | text          | true    | Let me ask.                          |
      | say  | text          | true    | Let me ask.                          |
      | say  | text          | false   | Let me ask.                          |
      | ask  | followup      | false   | {"question":"Ready?","suggest":[]}   |
      | say  | user_feedback | false   | Yes                                  |

  # ---- tags that are not tool uses ------------------------------------------------------------------------
  Scenario Outline: A tag that is not exactly a known tool name is plain text
    Given the assistant message is "<msg>"
    When the assistant message is presented
    Then the UI shows say "text" with "<msg>"
    And the user message content has 1 block
    And "userMessageContent[0].text" contains "[ERROR] You did not use a tool in your previous response!"
    And the consecutive mistake count is 1
    And the task flag "didAlreadyUseTool" is false

    Examples:
      | msg                                                           |
      | <read_files><path>a.ts</path></read_files>                    |
      | <Read_File><path>a.ts</path></Read_File>                      |
      | <read_file ><path>a.ts</path></read_file >                    |
      | < read_file><path>a.ts</path></ read_file>                    |
      | <tool name=\"read_file\"><path>a.ts</path></tool>            |
      | <path>a.ts</path>                                             |
      | <execute-command><command>ls</command></execute-command>      |

  # ---- one tool per message ------------------------------------------------------------------------------
  @tool:ask_followup_question @tool:switch_mode
  Scenario: Only the first tool of a message runs; the next one is skipped with an explanation
    Given the assistant message is "<ask_followup_question><question>Which file?</question></ask_followup_question>\n<switch_mode><mode_slug>architect</mode_slug></switch_mode>"
    And the user answers "src/a.ts"
    When the assistant message is presented
    Then the user message content is:
      """
      [ask_followup_question for 'Which file?'] Result:
      ---
      <answer>
      src/a.ts
      </answer>
      ---
      Tool [switch_mode] was not executed because a tool has already been used in this message. Only one tool may be used per message. You must assess the first tool's result before proceeding to use the next tool.
      """
    And the UI events are:
      | kind | type          | partial | text                                    |
      | say  | text          | false   |                                         |
      | ask  | followup      | false   | {"question":"Which file?","suggest":[]} |
      | say  | user_feedback | false   | src/a.ts                                |
    And the current mode is "code"
    And tool "ask_followup_question" was used 1 time with 0 failures
    And tool "switch_mode" was used 0 times with 0 failures
    And the task flag "didAlreadyUseTool" is true
    And "assistantMessage" is "<ask_followup_question><question>Which file?</question></ask_followup_question>\n<switch_mode><mode_slug>architect</mode_slug></switch_mode>\n\n[Response interrupted by a tool use result. Only one tool may be used at a time and should be placed at the end of the message.]"

  @tool:ask_followup_question
  Scenario: Text before a tool is shown; text after the tool that ran is not
    Given the assistant message is "I need to know one thing.\n<ask_followup_question><question>Which file?</question></ask_followup_question>\nThanks!"
    And the user answers "src/a.ts"
    When the assistant message is presented
    Then the UI events are:
      | kind | type          | partial | text                                    |
      | say  | text          | false   | I need to know one thing.               |
      | ask  | followup      | false   | {"question":"Which file?","suggest":[]} |
      | say  | user_feedback | false   | src/a.ts                                |
    And the user message content has 2 blocks
    And the consecutive mistake count is 0

  @tool:ask_followup_question
  Scenario: Three tool uses in one message: the second and third are both skipped
    Given the assistant message is "<ask_followup_question><question>A?</question></ask_followup_question><ask_followup_question><question>B?</question></ask_followup_question><ask_followup_question><question>C?</question></ask_followup_question>"
    And the user answers "a"
    When the assistant message is presented
    Then the user message content has 4 blocks
    And "userMessageContent[2].text" is "Tool [ask_followup_question] was not executed because a tool has already been used in this message. Only one tool may be used per message. You must assess the first tool's result before proceeding to use the next tool."
    And "userMessageContent[3].text" is "Tool [ask_followup_question] was not executed because a tool has already been used in this message. Only one tool may be used per message. You must assess the first tool's result before proceeding to use the next tool."
    And tool "ask_followup_question" was used 1 time with 0 failures

  # ---- approving and rejecting (switch_mode asks for approval) ---------------------------------------------
  @tool:switch_mode
  Scenario: An approved tool runs and reports its result
    Given the assistant message is "<switch_mode>\n<mode_slug>architect</mode_slug>\n<reason>Design first</reason>\n</switch_mode>"
    And the user approves
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'architect' because: Design first] Result:
      ---
      Successfully switched from Code mode to Architect mode because: Design first.
      """
    And the UI shows ask "tool" with "{\"tool\":\"switchMode\",\"mode\":\"architect\",\"reason\":\"Design first\"}"
    And the current mode is "architect"
    And the task flag "didRejectTool" is false
    And the task flag "didAlreadyUseTool" is true

  @tool:switch_mode
  Scenario: Approval with feedback adds the feedback as a result of its own before the tool's result
    Given the assistant message is "<switch_mode><mode_slug>architect</mode_slug></switch_mode>"
    And the user approves with feedback "Go ahead, but keep it short"
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'architect'] Result:
      ---
      The user approved this operation and provided the following context:
      <feedback>
      Go ahead, but keep it short
      </feedback>
      ---
      [switch_mode to 'architect'] Result:
      ---
      Successfully switched from Code mode to Architect mode.
      """
    And the UI events are:
      | kind | type          | partial | text                                       |
      | say  | text          | false   |                                            |
      | ask  | tool          | false   | {"tool":"switchMode","mode":"architect"}   |
      | say  | user_feedback | false   | Go ahead, but keep it short                |
    And the current mode is "architect"

  @tool:switch_mode
  Scenario: A denied tool does not run and the denial is its result
    Given the assistant message is "<switch_mode><mode_slug>architect</mode_slug></switch_mode>"
    And the user denies
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'architect'] Result:
      ---
      The user denied this operation.
      """
    And the current mode is "code"
    And the task flag "didRejectTool" is true
    And "assistantMessage" is "<switch_mode><mode_slug>architect</mode_slug></switch_mode>\n\n[Response interrupted by user feedback]"

  @tool:switch_mode
  Scenario: A denial with feedback shows the feedback and returns it as the result
    Given the assistant message is "<switch_mode><mode_slug>architect</mode_slug></switch_mode>"
    And the user denies with feedback "Stay in code mode, please"
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'architect'] Result:
      ---
      The user denied this operation and provided the following feedback:
      <feedback>
      Stay in code mode, please
      </feedback>
      """
    And the UI shows say "user_feedback" with "Stay in code mode, please"
    And the current mode is "code"
    And the task flag "didRejectTool" is true

  @tool:switch_mode
  Scenario: A typed answer to an approval question is a denial with feedback
    Given the assistant message is "<switch_mode><mode_slug>debug</mode_slug></switch_mode>"
    And the user answers "No, first explain the bug"
    When the assistant message is presented
    Then the tool result is:
      """
      The user denied this operation and provided the following feedback:
      <feedback>
      No, first explain the bug
      </feedback>
      """
    And the current mode is "code"
    And the task flag "didRejectTool" is true

  @tool:switch_mode @tool:ask_followup_question
  Scenario: After a rejection every later tool of the message is skipped
    Given the assistant message is "<switch_mode><mode_slug>architect</mode_slug><reason>Plan first</reason></switch_mode>\nThen I will ask.\n<ask_followup_question><question>Ready?</question></ask_followup_question>"
    And the user denies
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'architect' because: Plan first] Result:
      ---
      The user denied this operation.
      ---
      Skipping tool [ask_followup_question for 'Ready?'] due to user rejecting a previous tool.
      """
    And the UI shows no say "user_feedback"
    And the UI shows no ask "followup"
    And tool "ask_followup_question" was used 0 times with 0 failures
    And the task flag "didRejectTool" is true

  @tool:switch_mode @tool:ask_followup_question
  Scenario: A tool still streaming when the user rejects the previous one is reported as interrupted
    Given the message streams in these chunks:
      | <switch_mode><mode_slug>architect</mode_slug></switch_mode>\\n<ask_followup_question><question>Rea |
      | dy?</question></ask_followup_question> |
    And the user denies
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'architect'] Result:
      ---
      The user denied this operation.
      ---
      Tool [ask_followup_question for 'Rea'] was interrupted and not executed due to user rejecting a previous tool.
      """
    And "assistantMessage" is "<switch_mode><mode_slug>architect</mode_slug></switch_mode>\n<ask_followup_question><question>Rea\n\n[Response interrupted by user feedback]"
    And the task flag "userMessageContentReady" is true

  # Codex's toolDescription() for new_task reads customModes, a const declared later in the same switch block;
  # on the rejection path it runs before that declaration, so the temporal dead zone throws out of
  # presentAssistantMessage.
  @tool:switch_mode @tool:new_task
  Scenario: A new_task after a rejection throws while describing it
    Given the assistant message is "<switch_mode><mode_slug>architect</mode_slug></switch_mode>\n<new_task><mode>code</mode><message>Build it</message></new_task>"
    And the user denies
    When the assistant message is presented
    Then "error" is "ReferenceError: Cannot access 'customModes' before initialization"
    And the user message content is:
      """
      [switch_mode to 'architect'] Result:
      ---
      The user denied this operation.
      """

  # ---- tools the mode does not allow ---------------------------------------------------------------------
  @tool:write_to_file
  Scenario: A tool the mode does not allow is refused with a tool error and counts a mistake
    Given the mode is "ask"
    And the assistant message is "<write_to_file><path>notes.txt</path><content>hello</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the tool result header is "[write_to_file for 'notes.txt'] Result:"
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"write_to_file\" is not allowed in ask mode.\n</error>"
    And the consecutive mistake count is 1
    And tool "write_to_file" was used 1 time with 0 failures
    And the file "notes.txt" does not exist
    And the UI events are:
      | kind | type | partial | text |
      | say  | text | false   |      |

  @tool:write_to_file
  Scenario: Architect mode refuses to write a file that is not Markdown
    Given the mode is "architect"
    And the assistant message is "<write_to_file><path>src/app.ts</path><content>export {}</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nTool 'write_to_file' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: src/app.ts\n</error>"
    And the consecutive mistake count is 1
    And the file "src/app.ts" does not exist

  @tool:apply_diff
  Scenario: apply_diff is refused when diff editing is disabled
    Given diff editing is disabled
    And a file "src/a.ts" containing "const a = 1\n"
    And the assistant message is "<apply_diff><path>src/a.ts</path><diff><<<<<<< SEARCH\n:start_line:1\n-------\nconst a = 1\n=======\nconst a = 2\n>>>>>>> REPLACE</diff></apply_diff>"
    When the assistant message is presented
    Then the tool result header is "[apply_diff for 'src/a.ts'] Result:"
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"apply_diff\" is not allowed in code mode.\n</error>"
    And the file "src/a.ts" is unchanged
    And the consecutive mistake count is 1

  @tool:read_file
  Scenario: A custom mode without the read group refuses read_file
    Given the custom modes:
      """
      [{"slug": "talker", "name": "Talker", "roleDefinition": "Only talks", "groups": ["browser"]}]
      """
    And the mode is "talker"
    And a file "a.txt" containing "secret"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nTool \"read_file\" is not allowed in talker mode.\n</error>"
    And the UI shows no ask "tool"

  @tool:read_file
  Scenario: A mode that does not exist refuses every tool but the always-available ones
    Given the mode is "nonexistent"
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nTool \"read_file\" is not allowed in nonexistent mode.\n</error>"
    And the consecutive mistake count is 1

  @tool:write_to_file
  Scenario Outline: A refused tool is refused at its first partial presentation while it streams
    Given the mode is "ask"
    And the assistant message is "<write_to_file><path>notes.txt</path><content>hello</content><line_count>1</line_count></write_to_file>"
    And the message streams in chunks of <size> characters
    When the assistant message is presented
    Then the tool result header is "[write_to_file for 'undefined'] Result:"
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"write_to_file\" is not allowed in ask mode.\n</error>"
    And the consecutive mistake count is 1
    And tool "write_to_file" was used 0 times with 0 failures
    And the task flag "didAlreadyUseTool" is true

    Examples:
      | size |
      | 1    |
      | 3    |
      | 7    |

  # ---- missing required parameters -----------------------------------------------------------------------
  @tool:ask_followup_question
  Scenario: ask_followup_question without a question reports the missing parameter
    Given the assistant message is "<ask_followup_question></ask_followup_question>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use ask_followup_question without value for required parameter 'question'. Retrying..."
    And the tool result header is "[ask_followup_question for 'undefined'] Result:"
    And the tool result is:
      """
      The tool execution failed with the following error:
      <error>
      Missing value for required parameter 'question'. Please retry with complete response.

      # Reminder: Instructions for Tool Use

      Tool uses are formatted using XML-style tags. The tool name itself becomes the XML tag name. Each parameter is enclosed within its own set of tags. Here's the structure:

      <actual_tool_name>
      <parameter1_name>value1</parameter1_name>
      <parameter2_name>value2</parameter2_name>
      ...
      </actual_tool_name>

      For example, to use the attempt_completion tool:

      <attempt_completion>
      <result>
      I have completed the task...
      </result>
      </attempt_completion>

      Always use the actual tool name as the XML tag name for proper parsing and execution.
      </error>
      """
    And the consecutive mistake count is 1
    And tool "ask_followup_question" was used 1 time with 1 failure
    And the UI shows no ask "followup"

  @tool:switch_mode
  Scenario: switch_mode without a mode_slug reports the missing parameter
    Given the assistant message is "<switch_mode><reason>Need to plan</reason></switch_mode>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use switch_mode without value for required parameter 'mode_slug'. Retrying..."
    And the tool result header is "[switch_mode to 'undefined' because: Need to plan] Result:"
    And the tool result is:
      """
      The tool execution failed with the following error:
      <error>
      Missing value for required parameter 'mode_slug'. Please retry with complete response.

      # Reminder: Instructions for Tool Use

      Tool uses are formatted using XML-style tags. The tool name itself becomes the XML tag name. Each parameter is enclosed within its own set of tags. Here's the structure:

      <actual_tool_name>
      <parameter1_name>value1</parameter1_name>
      <parameter2_name>value2</parameter2_name>
      ...
      </actual_tool_name>

      For example, to use the attempt_completion tool:

      <attempt_completion>
      <result>
      I have completed the task...
      </result>
      </attempt_completion>

      Always use the actual tool name as the XML tag name for proper parsing and execution.
      </error>
      """
    And the consecutive mistake count is 1
    And tool "switch_mode" was used 1 time with 1 failure
    And the current mode is "code"
    And the UI shows no ask "tool"

  @tool:attempt_completion
  Scenario: attempt_completion without a result reports the missing parameter
    Given the assistant message is "<attempt_completion></attempt_completion>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use attempt_completion without value for required parameter 'result'. Retrying..."
    And the tool result header is "[attempt_completion] Result:"
    And "userMessageContent[1].text" contains "Missing value for required parameter 'result'."
    And the consecutive mistake count is 1

  # ---- the repetition detector inside dispatch ------------------------------------------------------------
  # A tool result normally ends the turn, so an identical second call is never checked. attempt_completion answered
  # with feedback is the exception: it adds its result without marking the tool as used, so the next identical
  # attempt_completion of the same message reaches the detector (its limit is the consecutive mistake limit).
  @tool:attempt_completion
  Scenario: A repeated attempt_completion hits a repetition limit of 1 and the user's feedback is passed on
    Given the consecutive mistake limit is 1
    And the assistant message is "<attempt_completion><result>All done.</result></attempt_completion>\n<attempt_completion><result>All done.</result></attempt_completion>"
    And the user answers "Please also add tests"
    And the user answers "Stop and think"
    When the assistant message is presented
    Then the user message content is:
      """
      [attempt_completion] Result:
      ---
      The user has provided feedback on the results. Consider their input to continue the task, and then attempt completion again.
      <feedback>
      Please also add tests
      </feedback>
      ---
      Tool repetition limit reached. User feedback: Stop and think
      ---
      [attempt_completion] Result:
      ---
      The tool execution failed with the following error:
      <error>
      Tool call repetition limit reached for attempt_completion. Please try a different approach.
      </error>
      """
    And the UI events are:
      | kind | type                  | partial | text |
      | say  | text                  | false   |      |
      | say  | completion_result     | false   | All done. |
      | ask  | completion_result     | false   |      |
      | say  | user_feedback         | false   | Please also add tests |
      | say  | text                  | false   |      |
      | ask  | mistake_limit_reached | false   | Kilo Code appears to be stuck in a loop, attempting the same action (attempt_completion) repeatedly. This might indicate a problem with its current strategy. Consider rephrasing the task, providing more specific instructions, or guiding it towards a different approach. |
      | say  | user_feedback         | false   | Stop and think |
    And tool "attempt_completion" was used 2 times with 0 failures
    And the consecutive mistake count is 0

  @tool:attempt_completion
  Scenario: With the default limit the fourth identical attempt_completion is blocked
    Given the assistant message is "<attempt_completion><result>Done</result></attempt_completion><attempt_completion><result>Done</result></attempt_completion><attempt_completion><result>Done</result></attempt_completion><attempt_completion><result>Done</result></attempt_completion>"
    And the user answers "one"
    And the user answers "two"
    And the user answers "three"
    And the user approves
    When the assistant message is presented
    Then the user message content has 8 blocks
    And "userMessageContent[6].text" is "[attempt_completion] Result:"
    And "userMessageContent[7].text" is "The tool execution failed with the following error:\n<error>\nTool call repetition limit reached for attempt_completion. Please try a different approach.\n</error>"
    And the UI shows ask "mistake_limit_reached" with "Kilo Code appears to be stuck in a loop, attempting the same action (attempt_completion) repeatedly. This might indicate a problem with its current strategy. Consider rephrasing the task, providing more specific instructions, or guiding it towards a different approach."
    And tool "attempt_completion" was used 4 times with 0 failures

  @tool:attempt_completion
  Scenario: A different result in between resets the repetition count
    Given the consecutive mistake limit is 1
    And the assistant message is "<attempt_completion><result>A</result></attempt_completion><attempt_completion><result>B</result></attempt_completion><attempt_completion><result>A</result></attempt_completion>"
    And the user answers "not yet"
    And the user answers "still not"
    And the user answers "nope"
    When the assistant message is presented
    Then the user message content has 6 blocks
    And the UI shows no ask "mistake_limit_reached"
    And tool "attempt_completion" was used 3 times with 0 failures

  # ---- how each tool is described in its result header ---------------------------------------------------------
  # A complete call in a mode that does not allow the tool: nothing runs, and the refusal shows the description.
  Scenario Outline: A refused tool is described in its result header
    Given the mode is "<mode>"
    And the assistant message is "<msg>"
    When the assistant message is presented
    Then the tool result header is "<hdr> Result:"
    And the consecutive mistake count is 1
    And the UI shows no ask "tool"
    And the task flag "didAlreadyUseTool" is true

    @tool:read_file
    Examples: read_file
      | mode         | msg                                                                                                                                              | hdr                                                                                                                                                                          |
      | orchestrator | <read_file><args><file><path>src/a.ts</path></file></args></read_file>                                                                           | [read_file for 'src/a.ts'. Reading multiple files at once is more efficient for the LLM. If other files are relevant to your current task, please read them simultaneously.] |
      | orchestrator | <read_file><args><file><path>src/a.ts</path></file><file><path>src/b.ts</path></file></args></read_file>                                         | [read_file for 'src/a.ts', 'src/b.ts']                                                                                                                                       |
      | orchestrator | <read_file><args><file><path>a</path></file><file><path>b</path></file><file><path>c</path></file></args></read_file>                            | [read_file for 'a', 'b', 'c']                                                                                                                                                |
      | orchestrator | <read_file><args><file><path>a</path></file><file><path>b</path></file><file><path>c</path></file><file><path>d</path></file></args></read_file> | [read_file for 4 files]                                                                                                                                                      |
      | orchestrator | <read_file><args><file><line_range>1-2</line_range></file></args></read_file>                                                                    | [read_file with no valid paths]                                                                                                                                              |
      | orchestrator | <read_file><path>src/a.ts</path></read_file>                                                                                                     | [read_file for 'src/a.ts'. Reading multiple files at once is more efficient for the LLM. If other files are relevant to your current task, please read them simultaneously.] |
      | orchestrator | <read_file></read_file>                                                                                                                          | [read_file with missing path/args]                                                                                                                                           |

    @tool:fetch_instructions
    Examples: fetch_instructions
      | mode         | msg                                                                     | hdr                                          |
      | orchestrator | <fetch_instructions><task>create_mcp_server</task></fetch_instructions> | [fetch_instructions for 'create_mcp_server'] |

    @tool:search_files
    Examples: search_files
      | mode         | msg                                                                                               | hdr                                 |
      | orchestrator | <search_files><path>src</path><regex>TODO</regex><file_pattern>*.ts</file_pattern></search_files> | [search_files for 'TODO' in '*.ts'] |
      | orchestrator | <search_files><path>src</path><regex>TODO</regex></search_files>                                  | [search_files for 'TODO']           |

    @tool:list_files
    Examples: list_files
      | mode         | msg                                                                  | hdr                    |
      | orchestrator | <list_files><path>src</path><recursive>true</recursive></list_files> | [list_files for 'src'] |

    @tool:list_code_definition_names
    Examples: list_code_definition_names
      | mode         | msg                                                                       | hdr                                    |
      | orchestrator | <list_code_definition_names><path>src</path></list_code_definition_names> | [list_code_definition_names for 'src'] |

    @tool:codebase_search
    Examples: codebase_search
      | mode         | msg                                                         | hdr                               |
      | orchestrator | <codebase_search><query>auth flow</query></codebase_search> | [codebase_search for 'auth flow'] |

    @tool:write_to_file
    Examples: write_to_file
      | mode | msg                                                                                             | hdr                         |
      | ask  | <write_to_file><path>a.txt</path><content>x</content><line_count>1</line_count></write_to_file> | [write_to_file for 'a.txt'] |

    @tool:apply_diff
    Examples: apply_diff
      | mode | msg                                                                                                                                                                          | hdr                                          |
      | ask  | <apply_diff><path>src/a.ts</path><diff>d</diff></apply_diff>                                                                                                                 | [apply_diff for 'src/a.ts']                  |
      | ask  | <apply_diff><args><file><path>src/a.ts</path><diff><content>d</content></diff></file></args></apply_diff>                                                                    | [apply_diff for 'src/a.ts']                  |
      | ask  | <apply_diff><args><file><path>src/a.ts</path><diff><content>d</content></diff></file><file><path>src/b.ts</path><diff><content>d</content></diff></file></args></apply_diff> | [apply_diff for 'src/a.ts' and 1 more file]  |
      | ask  | <apply_diff><args><file><path>src/a.ts</path></file><file><path>src/b.ts</path></file><file><path>src/c.ts</path></file></args></apply_diff>                                 | [apply_diff for 'src/a.ts' and 2 more files] |
      | ask  | <apply_diff><args><file><diff><content>d</content></diff></file></args></apply_diff>                                                                                         | [apply_diff]                                 |
      | ask  | <apply_diff></apply_diff>                                                                                                                                                    | [apply_diff]                                 |

    @tool:insert_content
    Examples: insert_content
      | mode | msg                                                                                   | hdr                          |
      | ask  | <insert_content><path>a.txt</path><line>1</line><content>x</content></insert_content> | [insert_content for 'a.txt'] |

    @tool:search_and_replace
    Examples: search_and_replace
      | mode | msg                                                                                               | hdr                              |
      | ask  | <search_and_replace><path>a.txt</path><search>x</search><replace>y</replace></search_and_replace> | [search_and_replace for 'a.txt'] |

    @tool:edit_file
    Examples: edit_file
      | mode | msg                                                                                                                   | hdr                        |
      | ask  | <edit_file><target_file>src/a.ts</target_file><instructions>Rename</instructions><code_edit>b</code_edit></edit_file> | [edit_file for 'src/a.ts'] |

    @tool:new_rule
    Examples: new_rule
      | mode | msg                                                                                    | hdr                                       |
      | ask  | <new_rule><path>.kilocode/rules/style.md</path><content>Be brief.</content></new_rule> | [new_rule for '.kilocode/rules/style.md'] |

    @tool:browser_action
    Examples: browser_action
      | mode         | msg                                                                                      | hdr                           |
      | orchestrator | <browser_action><action>launch</action><url>http://localhost:3000</url></browser_action> | [browser_action for 'launch'] |

    @tool:execute_command
    Examples: execute_command
      | mode | msg                                                            | hdr                              |
      | ask  | <execute_command><command>npm test</command></execute_command> | [execute_command for 'npm test'] |

    @tool:use_mcp_tool
    Examples: use_mcp_tool
      | mode         | msg                                                                                                                       | hdr                         |
      | orchestrator | <use_mcp_tool><server_name>github</server_name><tool_name>list_issues</tool_name><arguments>{}</arguments></use_mcp_tool> | [use_mcp_tool for 'github'] |

    @tool:access_mcp_resource
    Examples: access_mcp_resource
      | mode         | msg                                                                                             | hdr                                |
      | orchestrator | <access_mcp_resource><server_name>github</server_name><uri>repo://x</uri></access_mcp_resource> | [access_mcp_resource for 'github'] |

  Scenario Outline: With a single-file-read model read_file is described by its path alone
    Given the model id is "sonic"
    And the mode is "orchestrator"
    And the assistant message is "<msg>"
    When the assistant message is presented
    Then the tool result header is "<hdr> Result:"

    @tool:read_file
    Examples: read_file
      | msg                                                                                                      | hdr                           |
      | <read_file><path>src/a.ts</path></read_file>                                                             | [read_file for 'src/a.ts']    |
      | <read_file><args><file><path>src/a.ts</path></file><file><path>src/b.ts</path></file></args></read_file> | [read_file with missing path] |

  # The always-available tools are never refused; after a rejected switch_mode they are skipped, which describes them.
  @tool:switch_mode
  Scenario Outline: A tool skipped after a rejection is described in the skip notice
    Given the assistant message is "<switch_mode><mode_slug>architect</mode_slug></switch_mode>\n<msg>"
    And the user denies
    When the assistant message is presented
    Then "userMessageContent[2].text" is "Skipping tool <hdr> due to user rejecting a previous tool."
    And the user message content has 3 blocks
    And the current mode is "code"

    @tool:ask_followup_question
    Examples: ask_followup_question
      | msg                                                                                | hdr                                          |
      | <ask_followup_question><question>Shall I go on?</question></ask_followup_question> | [ask_followup_question for 'Shall I go on?'] |

    @tool:attempt_completion
    Examples: attempt_completion
      | msg                                                            | hdr                  |
      | <attempt_completion><result>Done</result></attempt_completion> | [attempt_completion] |

    @tool:switch_mode
    Examples: switch_mode
      | msg                                                                           | hdr                                     |
      | <switch_mode><mode_slug>debug</mode_slug><reason>A bug</reason></switch_mode> | [switch_mode to 'debug' because: A bug] |
      | <switch_mode><mode_slug>debug</mode_slug></switch_mode>                       | [switch_mode to 'debug']                |

    @tool:report_bug
    Examples: report_bug
      | msg                                                                                | hdr          |
      | <report_bug><title>Crash</title><description>It crashes</description></report_bug> | [report_bug] |

    @tool:condense
    Examples: condense
      | msg                   | hdr        |
      | <condense></condense> | [condense] |

    @tool:update_todo_list
    Examples: update_todo_list
      | msg                                                                 | hdr                |
      | <update_todo_list><todos>[ ] Write tests</todos></update_todo_list> | [update_todo_list] |

  # new_task's description names the mode: built-in (architect, the default mode, when none is given), custom
  # (custom modes first) or the unknown slug itself.
  # Its missing-parameter error shows it without running anything.
  @tool:new_task
  Scenario Outline: new_task is described with the name of its mode
    Given the custom modes:
      """
      [{"slug": "translator", "name": "Translator", "roleDefinition": "Translates", "groups": ["read"]},
       {"slug": "debug", "name": "Bug Hunter", "roleDefinition": "Hunts bugs", "groups": ["read", "command"]}]
      """
    And the assistant message is "<msg>"
    When the assistant message is presented
    Then the tool result header is "<hdr> Result:"
    And the UI shows say "error" with "Kilo Code tried to use new_task without value for required parameter '<param>'. Retrying..."
    And tool "new_task" was used 1 time with 1 failure
    And the consecutive mistake count is 1

    Examples:
      | msg                                                    | hdr                                          | param   |
      | <new_task><message>Build it</message></new_task>       | [new_task in Architect mode: 'Build it']     | mode    |
      | <new_task><mode>architect</mode></new_task>            | [new_task in Architect mode: '(no message)'] | message |
      | <new_task><mode>translator</mode></new_task>           | [new_task in Translator mode: '(no message)'] | message |
      | <new_task><mode>debug</mode></new_task>                | [new_task in Bug Hunter mode: '(no message)'] | message |
      | <new_task><mode>nowhere</mode></new_task>              | [new_task in nowhere mode: '(no message)']   | message |

  # ---- the same reply streamed in different chunk sizes ---------------------------------------------------------
  @tool:ask_followup_question
  Scenario Outline: A question streamed in chunks of <size> gets the same result as in one piece
    Given the assistant message is "Let me check.\n<ask_followup_question><question>Which file should I open?</question><follow_up><suggest>src/a.ts</suggest><suggest mode=\"architect\">Plan first</suggest></follow_up></ask_followup_question>"
    And the message streams in chunks of <size> characters
    And the user answers "src/a.ts"
    When the assistant message is presented
    Then the user message content is:
      """
      [ask_followup_question for 'Which file should I open?'] Result:
      ---
      <answer>
      src/a.ts
      </answer>
      """
    And the UI shows say "text" with "Let me check."
    And the UI shows ask "followup" with "{\"question\":\"Which file should I open?\",\"suggest\":[{\"answer\":\"src/a.ts\"},{\"answer\":\"Plan first\",\"mode\":\"architect\"}]}"
    And the consecutive mistake count is 0
    And tool "ask_followup_question" was used 1 time with 0 failures
    And "assistantMessage" contains "</ask_followup_question>\n\n[Response interrupted by a tool use result."

    Examples:
      | size |
      | 1    |
      | 3    |
      | 7    |
      | 500  |

  @tool:switch_mode
  Scenario Outline: A mode switch streamed in chunks of <size> gets the same result as in one piece
    Given the assistant message is "<thinking>The user wants a plan.</thinking>\n<switch_mode>\n<mode_slug>architect</mode_slug>\n<reason>Plan the feature</reason>\n</switch_mode>"
    And the message streams in chunks of <size> characters
    And the user approves
    When the assistant message is presented
    Then the user message content is:
      """
      [switch_mode to 'architect' because: Plan the feature] Result:
      ---
      Successfully switched from Code mode to Architect mode because: Plan the feature.
      """
    And the UI shows say "text" with "The user wants a plan."
    And the UI shows ask "tool" with "{\"tool\":\"switchMode\",\"mode\":\"architect\",\"reason\":\"Plan the feature\"}"
    And the current mode is "architect"

    Examples:
      | size |
      | 1    |
      | 3    |
      | 7    |
      | 500  |

  Scenario Outline: Text streamed in chunks of <size> ends with the same complete text
    Given the assistant message is "<thinking>\nSimple question.\n</thinking>\nThe answer is 42 < 43, <b>always</b>."
    And the message streams in chunks of <size> characters
    When the assistant message is presented
    Then the UI shows say "text" with "Simple question.\nThe answer is 42 < 43, <b>always</b>."
    And the user message content has 1 block
    And the consecutive mistake count is 1

    Examples:
      | size |
      | 1    |
      | 3    |
      | 7    |
      | 500  |
