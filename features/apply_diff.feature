@tool:apply_diff
Feature: apply_diff (legacy, single file): parameters, access checks, approval and the result
  Without the multiFileApplyDiff experiment Codex runs applyDiffToolLegacy. While the block streams it shows
  {"tool":"appliedDiff","path","diff"} as a partial "tool" ask, but only when the diff strategy reports progress
  (the diff's length rounded down to tens is a multiple of 100). Complete, it needs path and diff (missing: the
  missing-parameter error, a mistake), checks .kilocodeignore (blocked: a rooignore_error say and the tool error, no
  mistake), and that the file exists (else "File does not exist at path: …", a mistake). It applies the diff in
  memory (a failure is a mistake, counted per file; the diff_error say only comes from the second failure on a file),
  shows the result in the diff view and asks approval with the diff, the protection flag and the strategy's progress
  ("applied/total" blocks). Approved, it saves and answers with the file_write_result XML, the partial-failure hint
  and, for a single SEARCH block, the notice to batch changes; denied, the file is reverted. For non-Claude models
  HTML entities in the diff are unescaped first.

  Background:
    Given the mode is "code"

  # ---- parameters --------------------------------------------------------------------------------------------
  Scenario: A missing path is a missing-parameter error
    Given the assistant message:
      """
      <apply_diff>
      <diff>
      <<<<<<< SEARCH
      a
      =======
      b
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use apply_diff without value for required parameter 'path'. Retrying..."
    And the tool result header is "[apply_diff] Result:"
    And "userMessageContent[1].text" contains "The tool execution failed with the following error:\n<error>\nMissing value for required parameter 'path'. Please retry with complete response.\n\n# Reminder: Instructions for Tool Use"
    And the consecutive mistake count is 1
    And tool "apply_diff" was used 1 time with 1 failure
    And the UI shows no ask "tool"

  Scenario: A missing diff is a missing-parameter error
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><path>a.ts</path></apply_diff>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use apply_diff without value for required parameter 'diff'. Retrying..."
    And the tool result header is "[apply_diff for 'a.ts'] Result:"
    And the file "a.ts" is unchanged
    And the consecutive mistake count is 1

  Scenario: An empty diff is a missing-parameter error
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><path>a.ts</path><diff>\n\n</diff></apply_diff>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use apply_diff without value for required parameter 'diff'. Retrying..."
    And the file "a.ts" is unchanged

  Scenario: A file that does not exist is reported with its absolute path
    Given the assistant message:
      """
      <apply_diff>
      <path>src/missing.ts</path>
      <diff>
      <<<<<<< SEARCH
      a
      =======
      b
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the tool result is:
      """
      File does not exist at path: {workspace}/src/missing.ts

      <error_details>
      The specified file could not be found. Please verify the file path and try again.
      </error_details>
      """
    And the UI shows say "error" with:
      """
      File does not exist at path: {workspace}/src/missing.ts

      <error_details>
      The specified file could not be found. Please verify the file path and try again.
      </error_details>
      """
    And the file "src/missing.ts" does not exist
    And the consecutive mistake count is 1
    And tool "apply_diff" was used 1 time with 1 failure

  Scenario: A missing file given by an absolute path is reported with that path
    Given the assistant message:
      """
      <apply_diff>
      <path>/nonexistent-lapce-parity/missing.ts</path>
      <diff>
      <<<<<<< SEARCH
      a
      =======
      b
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "File does not exist at path: /nonexistent-lapce-parity/missing.ts\n"
    And the consecutive mistake count is 1

  Scenario: A directory in place of the file is an error while applying the diff
    Given a file "src/inner.ts" containing "x\n"
    And the assistant message:
      """
      <apply_diff>
      <path>src</path>
      <diff>
      <<<<<<< SEARCH
      x
      =======
      y
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the UI shows say "error" with "Error applying diff:\nEISDIR: illegal operation on a directory, read"
    And "userMessageContent[1].text" contains "\"name\":\"Error\",\"message\":\"EISDIR: illegal operation on a directory, read\""
    And the file "src/inner.ts" is unchanged

  # ---- .kilocodeignore and protected files ---------------------------------------------------------------------
  Scenario: An ignored file is blocked without counting a mistake
    Given a file ".kilocodeignore" containing "secret.ts\n"
    And a file "secret.ts" containing "const key = 1;\n"
    And the assistant message:
      """
      <apply_diff>
      <path>secret.ts</path>
      <diff>
      <<<<<<< SEARCH
      const key = 1;
      =======
      const key = 2;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "secret.ts" is unchanged
    And the UI shows say "rooignore_error" with "secret.ts"
    And the tool result is "The tool execution failed with the following error:\n<error>\nAccess to secret.ts is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file.\n</error>"
    And the consecutive mistake count is 0
    And tool "apply_diff" was used 1 time with 0 failures

  Scenario: A file in an ignored folder is blocked
    Given a file ".kilocodeignore" containing "build/\n"
    And a file "build/out.js" containing "let a = 1;\n"
    And the assistant message:
      """
      <apply_diff>
      <path>build/out.js</path>
      <diff>
      <<<<<<< SEARCH
      let a = 1;
      =======
      let a = 2;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "build/out.js" is unchanged
    And the UI shows say "rooignore_error" with "build/out.js"

  Scenario: The .kilocodeignore file itself is blocked once it exists
    Given a file ".kilocodeignore" containing "*.log\n"
    And the assistant message:
      """
      <apply_diff>
      <path>.kilocodeignore</path>
      <diff>
      <<<<<<< SEARCH
      *.log
      =======
      *.tmp
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file ".kilocodeignore" is unchanged
    And the UI shows say "rooignore_error" with ".kilocodeignore"

  Scenario: A protected file asks with the protection flag and is saved once approved
    Given a file ".kilocoderules" containing "Use tabs.\n"
    And the assistant message:
      """
      <apply_diff>
      <path>.kilocoderules</path>
      <diff>
      <<<<<<< SEARCH
      Use tabs.
      =======
      Use spaces.
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    And the user approves
    When the assistant message is presented
    Then "files[.kilocoderules]" is "Use spaces.\n"
    And "ui[1].isProtected" is "true"
    And the UI shows ask "tool" with "{\"tool\":\"appliedDiff\",\"path\":\".kilocoderules\",\"diff\":\"<<<<<<< SEARCH\\nUse tabs.\\n=======\\nUse spaces.\\n>>>>>>> REPLACE\",\"isProtected\":true}"

  Scenario Outline: A protected path <file> is flagged in the approval
    Given a file "<file>" containing "old\n"
    And the assistant message is "<apply_diff><path><file></path><diff>\n<<<<<<< SEARCH\nold\n=======\nnew\n>>>>>>> REPLACE\n</diff></apply_diff>"
    And the user approves
    When the assistant message is presented
    Then "ui[1].isProtected" is "<protected>"
    And "files[<file>]" is "new\n"

    Examples:
      | file                  | protected |
      | .kilocodemodes        | true      |
      | .kilocode/rules/a.md  | true      |
      | .roomodes             | true      |
      | .roorules-code        | true      |
      | .clinerules           | true      |
      | .vscode/settings.json | true      |
      | AGENTS.md             | true      |
      | docs/AGENTS.md        | true      |
      | README.md             | false     |
      | src/kilocodemodes.ts  | false     |

  # ---- the user's answer ---------------------------------------------------------------------------------------
  Scenario: A denied diff leaves the file as it was
    Given a file "a.ts" containing "let a = 1;\n"
    And the assistant message:
      """
      <apply_diff>
      <path>a.ts</path>
      <diff>
      <<<<<<< SEARCH
      let a = 1;
      =======
      let a = 2;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    And the user denies
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the tool result is "The user denied this operation."
    And the task flag "didRejectTool" is true
    And the task flag "didEditFile" is false
    And the consecutive mistake count is 0
    And "assistantMessage" contains "[Response interrupted by user feedback]"

  Scenario: A diff denied with feedback returns the feedback
    Given a file "a.ts" containing "let a = 1;\n"
    And the assistant message:
      """
      <apply_diff>
      <path>a.ts</path>
      <diff>
      <<<<<<< SEARCH
      let a = 1;
      =======
      let a = 2;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    And the user denies with feedback "use const"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the user message content is:
      """
      [apply_diff for 'a.ts'] Result:
      ---
      The user denied this operation and provided the following feedback:
      <feedback>
      use const
      </feedback>
      """
    And the UI shows say "user_feedback" with "use const"
    And the task flag "didRejectTool" is true

  Scenario: A diff approved with feedback is saved and returns the feedback and the result
    Given a file "a.ts" containing "let a = 1;\n"
    And the assistant message:
      """
      <apply_diff>
      <path>a.ts</path>
      <diff>
      <<<<<<< SEARCH
      let a = 1;
      =======
      let a = 2;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    And the user approves with feedback "also rename it later"
    When the assistant message is presented
    Then "files[a.ts]" is "let a = 2;\n"
    And the user message content is:
      """
      [apply_diff for 'a.ts'] Result:
      ---
      The user approved this operation and provided the following context:
      <feedback>
      also rename it later
      </feedback>
      ---
      [apply_diff for 'a.ts'] Result:
      ---
      <file_write_result>
      <path>a.ts</path>
      <operation>modified</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>

      <notice>Making multiple related changes in a single apply_diff is more efficient. If other changes are needed in this file, please include them as additional SEARCH/REPLACE blocks.</notice>
      """
    And the UI shows say "user_feedback" with "also rename it later"
    And the task flag "didRejectTool" is false
    And the task flag "didEditFile" is true

  Scenario: A protected file denied stays as it was
    Given a file ".kilocodemodes" containing "customModes: []\n"
    And the assistant message:
      """
      <apply_diff>
      <path>.kilocodemodes</path>
      <diff>
      <<<<<<< SEARCH
      customModes: []
      =======
      customModes: [x]
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    And the user denies
    When the assistant message is presented
    Then the file ".kilocodemodes" is unchanged
    And "ui[1].isProtected" is "true"
    And the tool result is "The user denied this operation."

  # ---- HTML entities and the model ----------------------------------------------------------------------------
  Scenario: For a non-Claude model HTML entities in the diff are unescaped
    Given the model id is "gpt-4o"
    And a file "a.ts" containing "if (a < b && c > d) {}\n"
    And the assistant message:
      """
      <apply_diff>
      <path>a.ts</path>
      <diff>
      <<<<<<< SEARCH
      if (a &lt; b &amp;&amp; c &gt; d) {}
      =======
      if (a &lt;= b) {}
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[a.ts]" is "if (a <= b) {}\n"
    And the UI shows ask "tool" with "{\"tool\":\"appliedDiff\",\"path\":\"a.ts\",\"diff\":\"<<<<<<< SEARCH\\nif (a < b && c > d) {}\\n=======\\nif (a <= b) {}\\n>>>>>>> REPLACE\",\"isProtected\":false}"

  Scenario: For a Claude model HTML entities in the diff are taken literally
    Given a file "a.ts" containing "if (a < b && c > d) {}\n"
    And the assistant message:
      """
      <apply_diff>
      <path>a.ts</path>
      <diff>
      <<<<<<< SEARCH
      if (a &lt; b &amp;&amp; c &gt; d) {}
      =======
      if (a &lt;= b) {}
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And "userMessageContent[1].text" contains "No sufficiently similar match found"

  Scenario: For a Claude model entities in the file are matched literally
    Given a file "page.html" containing "<p>a &amp; b</p>\n"
    And the assistant message:
      """
      <apply_diff>
      <path>page.html</path>
      <diff>
      <<<<<<< SEARCH
      <p>a &amp; b</p>
      =======
      <p>a &amp; c</p>
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[page.html]" is "<p>a &amp; c</p>\n"

  Scenario: For a non-Claude model entities meant for the file are unescaped and no longer match
    Given the model id is "gpt-4o"
    And a file "page.html" containing "<p>a &amp; b</p>\n"
    And the assistant message:
      """
      <apply_diff>
      <path>page.html</path>
      <diff>
      <<<<<<< SEARCH
      <p>a &amp; b</p>
      =======
      <p>a &amp; c</p>
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "page.html" is unchanged
    And "userMessageContent[1].text" contains "Search Content:\n<p>a & b</p>\n"

  # ---- paths ---------------------------------------------------------------------------------------------------
  Scenario: A path with spaces
    Given a file "my dir/my file.ts" containing "x = 1\n"
    And the assistant message:
      """
      <apply_diff>
      <path>my dir/my file.ts</path>
      <diff>
      <<<<<<< SEARCH
      x = 1
      =======
      x = 2
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[my dir/my file.ts]" is "x = 2\n"
    And the tool result header is "[apply_diff for 'my dir/my file.ts'] Result:"
    And "userMessageContent[1].text" contains "<path>my dir/my file.ts</path>"

  Scenario: A path through .. inside the workspace is shown resolved in the approval
    Given a file "a.ts" containing "x = 1\n"
    And the assistant message:
      """
      <apply_diff>
      <path>src/../a.ts</path>
      <diff>
      <<<<<<< SEARCH
      x = 1
      =======
      x = 2
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[a.ts]" is "x = 2\n"
    And the tool result header is "[apply_diff for 'src/../a.ts'] Result:"
    And "ui[1].text" contains "\"path\":\"a.ts\""
    And "userMessageContent[1].text" contains "<path>src/../a.ts</path>"

  Scenario: A symlink to a file beside the workspace is followed and the outside file is changed
    Given a file "../outside.txt" containing "outside = 1\n"
    And a symlink "link.txt" to "../outside.txt"
    And the assistant message:
      """
      <apply_diff>
      <path>link.txt</path>
      <diff>
      <<<<<<< SEARCH
      outside = 1
      =======
      outside = 2
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[../outside.txt]" is "outside = 2\n"
    And "files[link.txt].symlink" is "../outside.txt"
    And "ui[1].text" contains "\"path\":\"link.txt\""

  Scenario: A file beside the workspace is edited after approval
    Given a file "../outside.txt" containing "outside = 1\n"
    And the assistant message:
      """
      <apply_diff>
      <path>../outside.txt</path>
      <diff>
      <<<<<<< SEARCH
      outside = 1
      =======
      outside = 2
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    And the user approves
    When the assistant message is presented
    Then "files[../outside.txt]" is "outside = 2\n"
    And "userMessageContent[1].text" contains "<path>../outside.txt</path>"

  # ---- streaming -----------------------------------------------------------------------------------------------
  Scenario: A streamed diff shows progress only at every hundredth character and then the final ask
    Given a file "a.ts" of 30 lines "const v{n} = {n};"
    And the assistant message:
      """
      <apply_diff>
      <path>a.ts</path>
      <diff>
      <<<<<<< SEARCH
      const v10 = 10;
      const v11 = 11;
      =======
      const v10 = 100;
      const v11 = 110;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      const v20 = 20;
      =======
      const v20 = 200;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    And the message streams in chunks of 10 characters
    When the assistant message is presented
    Then "files[a.ts]" contains "const v10 = 100;\nconst v11 = 110;\n"
    And "files[a.ts]" contains "const v20 = 200;\n"
    And the UI shows ask "tool" with "{\"tool\":\"appliedDiff\",\"path\":\"a.ts\",\"diff\":\"<<<<<<< SEARCH\\nconst v10 = 10;\\nconst v11 = 11;\\n=======\\nconst v10 = 100;\\nconst v11 = 110;\\n>>>>>>> REPLACE\\n\\n<<<<<<< SEARCH\\nconst v20 = 20;\\n=======\\nconst v20 = 200;\\n>>>>>>> REPLACE\",\"isProtected\":false}"
    And tool "apply_diff" was used 1 time with 0 failures

  Scenario: A diff streamed one character at a time is applied once complete
    Given a file "a.ts" containing "one\ntwo\n"
    And the assistant message is "<apply_diff><path>a.ts</path><diff>\n<<<<<<< SEARCH\ntwo\n=======\nTWO\n>>>>>>> REPLACE\n</diff></apply_diff>"
    And the message streams one character at a time
    When the assistant message is presented
    Then "files[a.ts]" is "one\nTWO\n"
    And the consecutive mistake count is 0

  Scenario: Text before the tool is shown and the diff is applied
    Given a file "a.ts" containing "one\ntwo\n"
    And the assistant message is "I will update the second line.\n\n<apply_diff><path>a.ts</path><diff>\n<<<<<<< SEARCH\ntwo\n=======\n2\n>>>>>>> REPLACE\n</diff></apply_diff>"
    And the message streams in chunks of 25 characters
    When the assistant message is presented
    Then "files[a.ts]" is "one\n2\n"
    And the UI shows say "text" with "I will update the second line."

  Scenario: A second tool after apply_diff in the same message is not executed
    Given a file "a.ts" containing "one\n"
    And a file "b.ts" containing "one\n"
    And the assistant message is "<apply_diff><path>a.ts</path><diff>\n<<<<<<< SEARCH\none\n=======\n1\n>>>>>>> REPLACE\n</diff></apply_diff>\n<apply_diff><path>b.ts</path><diff>\n<<<<<<< SEARCH\none\n=======\n1\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then "files[a.ts]" is "1\n"
    And the file "b.ts" is unchanged

  # ---- mode and settings -----------------------------------------------------------------------------------------
  Scenario: apply_diff is refused when diff editing is disabled
    Given diff editing is disabled
    And a file "a.ts" containing "one\n"
    And the assistant message is "<apply_diff><path>a.ts</path><diff>\n<<<<<<< SEARCH\none\n=======\n1\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"apply_diff\" is not allowed in code mode.\n</error>"
    And the consecutive mistake count is 1

  Scenario: apply_diff is refused in ask mode
    Given the mode is "ask"
    And a file "a.ts" containing "one\n"
    And the assistant message is "<apply_diff><path>a.ts</path><diff>\n<<<<<<< SEARCH\none\n=======\n1\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"apply_diff\" is not allowed in ask mode.\n</error>"

  Scenario: apply_diff on a Markdown file is allowed in architect mode
    Given the mode is "architect"
    And a file "plan.md" containing "# Plan\n"
    And the assistant message is "<apply_diff><path>plan.md</path><diff>\n<<<<<<< SEARCH\n# Plan\n=======\n# The plan\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then "files[plan.md]" is "# The plan\n"

  Scenario: apply_diff on a source file is refused in architect mode
    Given the mode is "architect"
    And a file "a.ts" containing "one\n"
    And the assistant message is "<apply_diff><path>a.ts</path><diff>\n<<<<<<< SEARCH\none\n=======\n1\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool 'apply_diff' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: a.ts\n</error>"
    And the consecutive mistake count is 1
