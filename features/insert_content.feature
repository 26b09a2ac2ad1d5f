@tool:insert_content
Feature: insert_content inserts lines before a line number, or appends with line 0
  insertContentTool shows {"tool":"insertContent","path","diff":content,"lineNumber"} as a partial "tool" ask while
  streaming. Complete, it needs path, line and content (missing: the missing-parameter error, a mistake), checks
  .kilocodeignore, reads line as parseInt (NaN or negative: "Invalid line number. Must be a non-negative integer.",
  a mistake). A file that does not exist can only take line 0 or 1 (else an error, said and returned as is, a
  mistake). The content's lines are inserted before line N (index N-1 of the file split on "\n"; 0 appends after
  the last element, which for a file ending in a newline is the empty string after it). It shows the result in the
  diff view and asks approval with cline.ask directly — passing the protection flag as the ask's *partial*
  argument — with a patch for an existing file or the whole content for a new one. Only "yesButtonClicked" counts:
  any other answer restores the file and returns "Changes were rejected by the user." without setting
  didRejectTool and without the user's text. Approved, it saves and returns the file_write_result XML.

  Background:
    Given the mode is "code"

  # ---- insertContentTool.spec.ts -----------------------------------------------------------------------------------
  Scenario: A new file is created with the content appended at line 0
    Given the assistant message is "<insert_content><path>test/file.txt</path><line>0</line><content>\nNew Line 1\nNew Line 2\n</content></insert_content>"
    And the user approves
    When the assistant message is presented
    Then "files[test/file.txt]" is "New Line 1\nNew Line 2"
    And the UI shows ask "tool" with "{\"tool\":\"insertContent\",\"path\":\"test/file.txt\",\"lineNumber\":0,\"content\":\"New Line 1\\nNew Line 2\",\"isProtected\":false}"
    And the tool result header is "[insert_content for 'test/file.txt'] Result:"
    And the tool result is:
      """
      <file_write_result>
      <path>test/file.txt</path>
      <operation>created</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>

      """
    And the consecutive mistake count is 0
    And the task flag "didEditFile" is true
    And tool "insert_content" was used 1 time with 0 failures

  Scenario: A new file is created with the content inserted at line 1
    Given the assistant message is "<insert_content><path>test/file.txt</path><line>1</line><content>Hello World!</content></insert_content>"
    And the user approves
    When the assistant message is presented
    Then "files[test/file.txt]" is "Hello World!"
    And "userMessageContent[1].text" contains "<operation>created</operation>"

  Scenario: An empty new file is created when the content is empty
    Given the assistant message is "<insert_content><path>test/file.txt</path><line>1</line><content></content></insert_content>"
    And the user approves
    When the assistant message is presented
    Then "files[test/file.txt]" is ""
    And the UI shows ask "tool" with "{\"tool\":\"insertContent\",\"path\":\"test/file.txt\",\"lineNumber\":1,\"content\":\"\",\"isProtected\":false}"
    And "userMessageContent[1].text" contains "<operation>created</operation>"

  Scenario: A line other than 0 or 1 cannot be used for a file that does not exist
    Given the assistant message is "<insert_content><path>test/file.txt</path><line>5</line><content>Arbitrary insert</content></insert_content>"
    When the assistant message is presented
    Then the file "test/file.txt" does not exist
    And the UI shows say "error" with "Cannot insert content at line 5 into a non-existent file. For new files, 'line' must be 0 (to append) or 1 (to insert at the beginning)."
    And the tool result is "Cannot insert content at line 5 into a non-existent file. For new files, 'line' must be 0 (to append) or 1 (to insert at the beginning)."
    And the consecutive mistake count is 1
    And tool "insert_content" was used 1 time with 1 failure
    And the UI shows no ask "tool"

  # ---- positions in an existing file --------------------------------------------------------------------------------
  Scenario Outline: Inserting at line <n> of a three-line file
    Given a file "list.txt" containing "a\nb\nc\n"
    And the assistant message is "<insert_content><path>list.txt</path><line><n></line><content>X</content></insert_content>"
    When the assistant message is presented
    Then "files[list.txt]" is "<result>"

    Examples:
      | n    | result          |
      | 1    | X\\na\\nb\\nc\\n    |
      | 2    | a\\nX\\nb\\nc\\n    |
      | 3    | a\\nb\\nX\\nc\\n    |
      | 4    | a\\nb\\nc\\nX\\n    |

  Scenario: Appending with line 0 to a file ending in a newline leaves an empty line before the content
    Given a file "list.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>list.txt</path><line>0</line><content>X</content></insert_content>"
    When the assistant message is presented
    Then "files[list.txt]" is "a\nb\n\nX\n"
    And the UI shows ask "tool" with "{\"tool\":\"insertContent\",\"path\":\"list.txt\",\"diff\":\"@@ -1,2 +1,4 @@\\n a\\n b\\n+\\n+X\\n\\\\ No newline at end of file\\n\",\"lineNumber\":0,\"isProtected\":false}"
    And "userMessageContent[1].text" contains "<user_edits>"

  Scenario: Appending with line 0 to a file without a final newline adds a line
    Given a file "list.txt" containing "a\nb"
    And the assistant message is "<insert_content><path>list.txt</path><line>0</line><content>X</content></insert_content>"
    When the assistant message is presented
    Then "files[list.txt]" is "a\nb\nX"

  Scenario: A line far past the end appends like line 0
    Given a file "list.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>list.txt</path><line>100</line><content>X</content></insert_content>"
    When the assistant message is presented
    Then "files[list.txt]" is "a\nb\n\nX\n"
    And the UI shows ask "tool" with "{\"tool\":\"insertContent\",\"path\":\"list.txt\",\"diff\":\"@@ -1,2 +1,4 @@\\n a\\n b\\n+\\n+X\\n\\\\ No newline at end of file\\n\",\"lineNumber\":100,\"isProtected\":false}"

  Scenario: Inserting into an empty file at line 1
    Given an empty file "empty.txt"
    And the assistant message is "<insert_content><path>empty.txt</path><line>1</line><content>first</content></insert_content>"
    When the assistant message is presented
    Then "files[empty.txt]" is "first\n"
    And "userMessageContent[1].text" contains "<operation>modified</operation>"

  Scenario: Inserting several lines
    Given a file "a.py" with:
      """
      import os

      def main():
          pass

      """
    And the assistant message:
      """
      <insert_content>
      <path>a.py</path>
      <line>2</line>
      <content>
      import sys
      import json
      </content>
      </insert_content>
      """
    When the assistant message is presented
    Then the file "a.py" is:
      """
      import os
      import sys
      import json

      def main():
          pass

      """

  Scenario: Content keeps its own indentation and tabs
    Given a file "Makefile" containing "all:\n\tbuild\n"
    And the assistant message is "<insert_content><path>Makefile</path><line>3</line><content>\tcheck\n    lint</content></insert_content>"
    When the assistant message is presented
    Then "files[Makefile]" is "all:\n\tbuild\n\tcheck\n    lint\n"

  Scenario: Empty content inserts an empty line
    Given a file "list.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>list.txt</path><line>2</line><content></content></insert_content>"
    When the assistant message is presented
    Then "files[list.txt]" is "a\n\nb\n"

  Scenario: A trailing newline inside the content adds an empty line
    Given a file "list.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>list.txt</path><line>2</line><content>\nX\n\n</content></insert_content>"
    When the assistant message is presented
    Then "files[list.txt]" is "a\nX\n\nb\n"

  Scenario: Content inserted into the middle of a 10,000-line file
    Given a file "big.ts" of 10000 lines "const x{n} = {n};"
    And the assistant message is "<insert_content><path>big.ts</path><line>5000</line><content>// marker</content></insert_content>"
    When the assistant message is presented
    Then "files[big.ts]" contains "const x4999 = 4999;\n// marker\nconst x5000 = 5000;\n"
    And "files[big.ts]" has 197798 characters

  # ---- line endings, BOM, Unicode ------------------------------------------------------------------------------------
  Scenario: A line inserted into a CRLF file gets CRLF
    Given a file "win.txt" containing "a\r\nb\r\n"
    And the assistant message is "<insert_content><path>win.txt</path><line>2</line><content>X\nY</content></insert_content>"
    When the assistant message is presented
    Then "files[win.txt]" is "a\r\nX\r\nY\r\nb\r\n"

  Scenario: A line inserted before the first line of a file with a BOM leaves a stray BOM behind it
    Given a file "bom.txt" containing "\uFEFFa\nb\n"
    And the assistant message is "<insert_content><path>bom.txt</path><line>1</line><content>X</content></insert_content>"
    When the assistant message is presented
    Then "files[bom.txt]" is "\uFEFFX\n\uFEFFa\nb\n"

  Scenario: A line inserted after the first line of a file with a BOM is reported as a user edit
    Given a file "bom.txt" containing "\uFEFFa\nb\n"
    And the assistant message is "<insert_content><path>bom.txt</path><line>2</line><content>X</content></insert_content>"
    When the assistant message is presented
    Then "files[bom.txt]" is "\uFEFFa\nX\nb\n"
    And "userMessageContent[1].text" contains "<user_edits>"

  Scenario: Emoji, combining marks and right-to-left text are inserted as given
    Given a file "i18n.txt" containing "start\nend\n"
    And the assistant message is "<insert_content><path>i18n.txt</path><line>2</line><content>👋🏽 cafe\u0301\nשלום עולם</content></insert_content>"
    When the assistant message is presented
    Then "files[i18n.txt]" is "start\n👋🏽 cafe\u0301\nשלום עולם\nend\n"

  # ---- parameters ----------------------------------------------------------------------------------------------------
  Scenario: A missing path is a missing-parameter error
    Given the assistant message is "<insert_content><line>1</line><content>x</content></insert_content>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use insert_content without value for required parameter 'path'. Retrying..."
    And the tool result header is "[insert_content for 'undefined'] Result:"
    And the consecutive mistake count is 1
    And tool "insert_content" was used 1 time with 1 failure

  Scenario: A missing line is a missing-parameter error
    Given a file "a.txt" containing "a\n"
    And the assistant message is "<insert_content><path>a.txt</path><content>x</content></insert_content>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use insert_content without value for required parameter 'line'. Retrying..."
    And the file "a.txt" is unchanged
    And the consecutive mistake count is 1

  Scenario: An empty line is a missing-parameter error
    Given a file "a.txt" containing "a\n"
    And the assistant message is "<insert_content><path>a.txt</path><line> </line><content>x</content></insert_content>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use insert_content without value for required parameter 'line'. Retrying..."
    And the file "a.txt" is unchanged

  Scenario: Missing content is a missing-parameter error
    Given a file "a.txt" containing "a\n"
    And the assistant message is "<insert_content><path>a.txt</path><line>1</line></insert_content>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use insert_content without value for required parameter 'content'. Retrying..."
    And the file "a.txt" is unchanged
    And the consecutive mistake count is 1

  Scenario Outline: The line "<value>" is not a non-negative integer
    Given a file "a.txt" containing "a\n"
    And the assistant message is "<insert_content><path>a.txt</path><line><value></line><content>x</content></insert_content>"
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nInvalid line number. Must be a non-negative integer.\n</error>"
    And the consecutive mistake count is 1
    And tool "insert_content" was used 1 time with 1 failure
    And the UI shows no say "error"

    Examples:
      | value |
      | abc   |
      | -1    |
      | one   |

  Scenario Outline: The line "<value>" is read by parseInt as <read>
    Given a file "a.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>a.txt</path><line><value></line><content>X</content></insert_content>"
    When the assistant message is presented
    Then "files[a.txt]" is "<result>"
    And "ui[1].text" contains "\"lineNumber\":<read>,"

    Examples:
      | value | read | result        |
      | 2.9   | 2    | a\\nX\\nb\\n      |
      | 2abc  | 2    | a\\nX\\nb\\n      |
      | 01    | 1    | X\\na\\nb\\n      |
      | +1    | 1    | X\\na\\nb\\n      |
      | 0x2   | 0    | a\\nb\\n\\nX\\n   |
      | -0.5x | 0    | a\\nb\\n\\nX\\n   |

  Scenario: A new file at line 2 is refused
    Given the assistant message is "<insert_content><path>new.txt</path><line>2</line><content>x</content></insert_content>"
    When the assistant message is presented
    Then the file "new.txt" does not exist
    And the tool result is "Cannot insert content at line 2 into a non-existent file. For new files, 'line' must be 0 (to append) or 1 (to insert at the beginning)."

  Scenario: A new file in new nested folders at line 0
    Given the assistant message is "<insert_content><path>deep/er/new.txt</path><line>0</line><content>x</content></insert_content>"
    When the assistant message is presented
    Then "files[deep/er/new.txt]" is "x"

  Scenario: A missing file by an absolute path at line 3 is refused before anything is written
    Given the assistant message is "<insert_content><path>/nonexistent-lapce-parity/new.txt</path><line>3</line><content>x</content></insert_content>"
    When the assistant message is presented
    Then the tool result is "Cannot insert content at line 3 into a non-existent file. For new files, 'line' must be 0 (to append) or 1 (to insert at the beginning)."
    And the consecutive mistake count is 1

  # ---- the user's answer ------------------------------------------------------------------------------------------------
  Scenario: A denied insertion restores the file without marking the tool as rejected
    Given a file "a.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>a.txt</path><line>2</line><content>X</content></insert_content>"
    And the user denies
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "Changes were rejected by the user."
    And the task flag "didRejectTool" is false
    And the task flag "didEditFile" is false
    And "assistantMessage" contains "[Response interrupted by a tool use result."

  Scenario: Feedback with a denial is dropped
    Given a file "a.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>a.txt</path><line>2</line><content>X</content></insert_content>"
    And the user denies with feedback "put it at the top"
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "Changes were rejected by the user."
    And the UI shows no say "user_feedback"

  Scenario: Feedback with an approval is dropped and the insertion saved
    Given a file "a.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>a.txt</path><line>2</line><content>X</content></insert_content>"
    And the user approves with feedback "ok but hurry"
    When the assistant message is presented
    Then "files[a.txt]" is "a\nX\nb\n"
    And the user message content has 2 blocks
    And the UI shows no say "user_feedback"

  Scenario: An answer with a message is a rejection
    Given a file "a.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>a.txt</path><line>2</line><content>X</content></insert_content>"
    And the user answers "use line 1"
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "Changes were rejected by the user."

  Scenario: A denied new file is removed again
    Given the assistant message is "<insert_content><path>new.txt</path><line>1</line><content>x</content></insert_content>"
    And the user denies
    When the assistant message is presented
    Then the file "new.txt" does not exist
    And the tool result is "Changes were rejected by the user."

  # ---- .kilocodeignore and protected files -------------------------------------------------------------------------------
  Scenario: An ignored file is blocked
    Given a file ".kilocodeignore" containing "private/\n"
    And a file "private/keys.txt" containing "k\n"
    And the assistant message is "<insert_content><path>private/keys.txt</path><line>1</line><content>x</content></insert_content>"
    When the assistant message is presented
    Then the file "private/keys.txt" is unchanged
    And the UI shows say "rooignore_error" with "private/keys.txt"
    And the tool result is "The tool execution failed with the following error:\n<error>\nAccess to private/keys.txt is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file.\n</error>"
    And the consecutive mistake count is 0

  Scenario: A protected file turns the approval into a partial ask that fails, and the file stays as it was
    Given a file ".kilocoderules" containing "rule one\n"
    And the assistant message is "<insert_content><path>.kilocoderules</path><line>2</line><content>rule two</content></insert_content>"
    When the assistant message is presented
    Then the file ".kilocoderules" is unchanged
    And "ui[1].partial" is "true"
    And "ui[1].text" contains "\"isProtected\":true"
    And the UI shows say "error" with "Error insert content:\nCurrent ask promise was ignored (#2)"
    And "userMessageContent[1].text" contains "Error insert content: {\"name\":\"Error\",\"message\":\"Current ask promise was ignored (#2)"
    And the task flag "didEditFile" is false

  Scenario: A new protected file is left empty after the failed partial ask
    Given the assistant message is "<insert_content><path>.kilocodemodes</path><line>1</line><content>customModes: []</content></insert_content>"
    When the assistant message is presented
    Then "files[.kilocodemodes]" is ""
    And the UI shows say "error" with "Error insert content:\nCurrent ask promise was ignored (#2)"

  # ---- paths -------------------------------------------------------------------------------------------------------
  Scenario: A path with spaces
    Given a file "my notes/to do.txt" containing "one\n"
    And the assistant message is "<insert_content><path>my notes/to do.txt</path><line>1</line><content>zero</content></insert_content>"
    When the assistant message is presented
    Then "files[my notes/to do.txt]" is "zero\none\n"

  Scenario: A symlink to a file beside the workspace is followed
    Given a file "../outside.txt" containing "one\n"
    And a symlink "link.txt" to "../outside.txt"
    And the assistant message is "<insert_content><path>link.txt</path><line>2</line><content>two</content></insert_content>"
    When the assistant message is presented
    Then "files[../outside.txt]" is "one\ntwo\n"
    And "files[link.txt].symlink" is "../outside.txt"

  Scenario: A file beside the workspace is changed after approval
    Given a file "../outside.txt" containing "one\n"
    And the assistant message is "<insert_content><path>../outside.txt</path><line>2</line><content>two</content></insert_content>"
    And the user approves
    When the assistant message is presented
    Then "files[../outside.txt]" is "one\ntwo\n"
    And "userMessageContent[1].text" contains "<path>../outside.txt</path>"

  # ---- streaming ------------------------------------------------------------------------------------------------------
  Scenario: A streamed insertion shows the content as it grows
    Given a file "a.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>a.txt</path><line>2</line><content>\nfirst\nsecond\n</content></insert_content>"
    And the message streams in chunks of 15 characters
    When the assistant message is presented
    Then "files[a.txt]" is "a\nfirst\nsecond\nb\n"
    And the UI shows ask "tool" with "{\"tool\":\"insertContent\",\"path\":\"a.txt\",\"diff\":\"\\nfi\",\"lineNumber\":2}"
    And tool "insert_content" was used 1 time with 0 failures

  Scenario: A streamed insertion before the line is known shows no line number
    Given a file "a.txt" containing "a\n"
    And the message streams in these chunks:
      | <insert_content><path>a.txt</path>              |
      | <content>top</content>                          |
      | <line>1</line></insert_content>                 |
    When the assistant message is presented
    Then "files[a.txt]" is "top\na\n"
    And the UI shows ask "tool" with "{\"tool\":\"insertContent\",\"path\":\"a.txt\"}"
    And the UI shows ask "tool" with "{\"tool\":\"insertContent\",\"path\":\"a.txt\",\"diff\":\"top\"}"

  # ---- modes and experiments -----------------------------------------------------------------------------------------------
  Scenario: Inserting into a Markdown file is allowed in architect mode
    Given the mode is "architect"
    And a file "plan.md" containing "# Plan\n"
    And the assistant message is "<insert_content><path>plan.md</path><line>0</line><content>- step</content></insert_content>"
    When the assistant message is presented
    Then "files[plan.md]" is "# Plan\n\n- step\n"

  Scenario: Inserting into a source file is refused in architect mode
    Given the mode is "architect"
    And a file "a.ts" containing "x\n"
    And the assistant message is "<insert_content><path>a.ts</path><line>1</line><content>y</content></insert_content>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool 'insert_content' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: a.ts\n</error>"

  Scenario: Inserting is refused in ask mode
    Given the mode is "ask"
    And a file "a.ts" containing "x\n"
    And the assistant message is "<insert_content><path>a.ts</path><line>1</line><content>y</content></insert_content>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"insert_content\" is not allowed in ask mode.\n</error>"

  Scenario: With preventFocusDisruption the insertion is saved directly without the final-newline fix
    Given the experiment "preventFocusDisruption" is enabled
    And a file "list.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>list.txt</path><line>0</line><content>X</content></insert_content>"
    When the assistant message is presented
    Then "files[list.txt]" is "a\nb\n\nX"
    And "userMessageContent[1].text" contains "<operation>modified</operation>"

  Scenario: With preventFocusDisruption a denied insertion never touches the file
    Given the experiment "preventFocusDisruption" is enabled
    And a file "list.txt" containing "a\nb\n"
    And the assistant message is "<insert_content><path>list.txt</path><line>1</line><content>X</content></insert_content>"
    And the user denies
    When the assistant message is presented
    Then the file "list.txt" is unchanged
    And the tool result is "Changes were rejected by the user."
