Feature: attempt_completion and new_task end a turn or hand work to a sub-task
  attempt_completion shows the result, asks the user (or, in a sub-task, asks to finish it) and turns feedback into
  the next instruction; it can be refused while todos are open. new_task checks the mode and the todos, asks for
  approval, and creates the sub-task through the provider (recorded as providerCalls in the transcript).

  @tool:attempt_completion
  Scenario: An approved completion ends the turn with no further result
    Given the assistant message is "<attempt_completion><result>All done.</result></attempt_completion>"
    And the user approves
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: Feedback with an image on a completion is passed back to the model with the image
    Given the assistant message is "<attempt_completion><result>All done.</result></attempt_completion>"
    And the user answers "more" with an image "data:image/png;base64,AAAA"
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: A completion answered with the no button and no text
    Given the assistant message is "<attempt_completion><result>All done.</result></attempt_completion>"
    And the user denies
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: A completion streamed three characters at a time shows its result as it arrives
    Given the assistant message is "Done. <attempt_completion><result>All\ndone &amp; tested.</result></attempt_completion>"
    And the message streams in chunks of 3 characters
    And the user answers "again"
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: A completion with a command, streamed four characters at a time
    Given the assistant message is "<attempt_completion><result>Built it</result><command>npm run dev</command></attempt_completion>"
    And the message streams in chunks of 4 characters
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: A completion with a command, streamed one character at a time
    Given the assistant message is "<attempt_completion><result>Built it</result><command>npm run dev</command></attempt_completion>"
    And the message streams one character at a time
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: A completion whose command comes before its result
    Given the assistant message is "<attempt_completion><command>ls</command><result>Built it</result></attempt_completion>"
    And the message streams in chunks of 5 characters
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: A sub-task's completion asks to finish the sub-task and returns to the parent
    Given the setting "isSubtask" is true
    And the assistant message is "<attempt_completion><result>Sub done</result></attempt_completion>"
    And the user approves
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: A sub-task's completion denied with feedback goes back to the model
    Given the setting "isSubtask" is true
    And the assistant message is "<attempt_completion><result>Sub done</result></attempt_completion>"
    And the user denies with feedback "not yet"
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: A sub-task's completion denied without text stays in the sub-task
    Given the setting "isSubtask" is "yes"
    And the assistant message is "<attempt_completion><result>Sub done</result></attempt_completion>"
    And the user denies
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: Completion is refused while the todo list has pending items and the setting forbids it
    Given the setting "vscodeConfiguration" is {"kilo-code.preventCompletionWithOpenTodos": true}
    And the setting "initialTodos" is [{"id":"1","content":"a","status":"completed"},{"id":"2","content":"b","status":"pending"}]
    And the assistant message is "<attempt_completion><result>Done</result></attempt_completion>"
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: Completion with an in-progress todo is refused while it streams
    Given the setting "vscodeConfiguration" is {"kilo-code.preventCompletionWithOpenTodos": 1}
    And the setting "initialTodos" is [{"id":"2","content":"b","status":"in_progress"}]
    And the assistant message is "<attempt_completion><result>Done</result></attempt_completion>"
    And the message streams in chunks of 10 characters
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: Completion is allowed when every todo is completed
    Given the setting "vscodeConfiguration" is {"kilo-code.preventCompletionWithOpenTodos": true}
    And the setting "initialTodos" is [{"id":"1","content":"a","status":"completed"}]
    And the assistant message is "<attempt_completion><result>Done</result></attempt_completion>"
    When the assistant message is presented
    Then no error escaped

  @tool:attempt_completion
  Scenario: Open todos do not block completion when the setting is off
    Given the setting "initialTodos" is [{"id":"1","content":"a","status":"pending"}]
    And the assistant message is "<attempt_completion><result>Done</result></attempt_completion>"
    When the assistant message is presented
    Then no error escaped

  @tool:new_task
  Scenario: An approved new_task creates the sub-task with its unescaped message and parsed checklist
    Given the assistant message is "<new_task><mode>architect</mode><message>Plan \\\\@foo and \\\\\\@bar</message><todos>\n[ ] one\n[x] two\n[-] three\n  [ ~ ]   four  \r\n[X] five\nnot a todo\n[] six\n</todos></new_task>"
    And the user approves
    When the assistant message is presented
    Then no error escaped

  @tool:new_task
  Scenario: A new_task into a custom mode approved with feedback
    Given the mode is "ask"
    And the assistant message is "<new_task><mode>translator</mode><message>Translate</message></new_task>"
    And the custom modes:
      """
      [{"slug": "translator", "name": "Translator", "roleDefinition": "Translates", "groups": ["read"]}]
      """
    And the user approves with feedback "go"
    When the assistant message is presented
    Then no error escaped

  @tool:new_task
  Scenario: A denied new_task creates nothing
    Given the assistant message is "<new_task><mode>debug</mode><message>Fix</message><todos>[ ] a</todos></new_task>"
    And the user denies with feedback "no"
    When the assistant message is presented
    Then no error escaped

  @tool:new_task
  Scenario: A new_task into an unknown mode is a tool error
    Given the assistant message is "<new_task><mode>nowhere</mode><message>Fix</message></new_task>"
    When the assistant message is presented
    Then no error escaped

  @tool:new_task
  Scenario: A new_task without todos when the setting requires them
    Given the setting "vscodeConfiguration" is {"kilo-code.newTaskRequireTodos": true}
    And the assistant message is "<new_task><mode>code</mode><message>Fix</message></new_task>"
    When the assistant message is presented
    Then no error escaped

  @tool:new_task
  Scenario: A new_task with empty todos when the setting requires them
    Given the setting "vscodeConfiguration" is {"kilo-code.newTaskRequireTodos": true}
    And the assistant message is "<new_task><mode>code</mode><message>Fix</message><todos></todos></new_task>"
    When the assistant message is presented
    Then no error escaped

  @tool:new_task
  Scenario: A new_task streamed three characters at a time
    Given the assistant message is "<new_task><mode>code</mode><message>Fix it\nnow</message><todos>[ ] a\n[x] b</todos></new_task>"
    And the message streams in chunks of 3 characters
    When the assistant message is presented
    Then no error escaped

  @tool:new_task
  Scenario: Todos with Unicode, line separators and carriage returns are parsed as Codex does
    Given the assistant message is "<new_task><mode>code</mode><message>Fix</message><todos>[ ] café ☕ 😀\n[x] a\u2028b\n[ ] x\ry</todos></new_task>"
    When the assistant message is presented
    Then no error escaped
