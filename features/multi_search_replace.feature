@tool:apply_diff
Feature: apply_diff with SEARCH/REPLACE blocks (MultiSearchReplaceDiffStrategy), end to end
  Every case of Codex's multi-search-replace.spec.ts, run through the legacy apply_diff tool instead of calling the
  strategy directly: the workspace holds the spec's original content as test.ts, the assistant sends the spec's
  diff in <apply_diff><path>test.ts</path><diff>…</diff></apply_diff>, the user approves, and the file (or the
  tool result) is what the spec expects. The strategy first checks the marker sequence (SEARCH, =======, REPLACE,
  escaped markers, no :start_line:/:end_line: in a REPLACE part), then finds each block — at :start_line: first,
  else middle-out over the file — by Levenshtein similarity of whitespace-normalised text against the fuzzy
  threshold (Task's fuzzyMatchThreshold, 1.0 by default), re-indents the replacement relative to the match and
  joins the lines with the file's line ending. The diff parameter is trimmed by the parser, so a leading
  "test.ts" line (as the spec writes it) is simply text before the first block.
  A failure is "Unable to apply diff to file: <absolute path>" with <error_details> for a malformed diff, or the
  <error_details> of the last failed block; it counts a mistake (also per file) and a tool failure.
  Notes: the spec builds the strategy with 5 buffer lines; Task (and so the host) always uses Codex's default of 40
  (only the "Original Content" excerpt of a failure and the search window around :start_line: depend on it; no
  spec case below observes the difference). The spec's getToolDescription cases test the system prompt text, which
  no tool call shows; they have no scenario here.

  Background:
    Given the mode is "code"

  # ---- validateMarkerSequencing ------------------------------------------------------------------------------
  Scenario: A correct marker sequence is applied
    Given a file "test.ts" with:
      """
      some content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      some content
      =======
      new content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      new content

      """
    And the tool result header is "[apply_diff for 'test.ts'] Result:"
    And the tool result is:
      """
      <file_write_result>
      <path>test.ts</path>
      <operation>modified</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>

      <notice>Making multiple related changes in a single apply_diff is more efficient. If other changes are needed in this file, please include them as additional SEARCH/REPLACE blocks.</notice>
      """
    And the consecutive mistake count is 0
    And the task flag "didEditFile" is true
    And tool "apply_diff" was used 1 time with 0 failures

  Scenario: A SEARCH marker with one extra > is accepted
    Given a file "test.ts" with:
      """
      some content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH>
      some content
      =======
      new content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      new content

      """

  Scenario: A SEARCH marker with two extra > is a merge-conflict marker error
    Given a file "test.ts" with:
      """
      some content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH>>
      some content
      =======
      new content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      Unable to apply diff to file: {workspace}/test.ts

      <error_details>
      ERROR: Special marker '<<<<<<< SEARCH>>' found in your diff content at line 1:

      When removing merge conflict markers like '<<<<<<< SEARCH>>' from files, you MUST escape them
      in your SEARCH section by prepending a backslash (\) at the beginning of the line:

      CORRECT FORMAT:

      <<<<<<< SEARCH
      content before
      \<<<<<<< SEARCH>>    <-- Note the backslash here in this example
      content after
      =======
      replacement content
      >>>>>>> REPLACE

      Without escaping, the system confuses your content with diff syntax markers.
      You may use multiple diff blocks in a single diff request, but ANY of ONLY the following separators that occur within SEARCH or REPLACE content must be escaped, as follows:
      \<<<<<<< SEARCH>?
      \=======
      \>>>>>>> REPLACE

      </error_details>
      """
    And the consecutive mistake count is 1
    And "state.consecutiveMistakeCountForApplyDiff.test.ts" is "1"
    And tool "apply_diff" was used 1 time with 1 failure
    And the UI shows no say "diff_error"

  Scenario: Blocks with and without the extra > in one diff are both applied
    Given a file "test.ts" with:
      """
      content1
      content2

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH>
      content1
      =======
      new1
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      content2
      =======
      new2
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      new1
      new2

      """
    And "userMessageContent[1].text" is:
      """
      <file_write_result>
      <path>test.ts</path>
      <operation>modified</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>

      """

  Scenario: Trailing spaces after the extra > are accepted
    Given a file "test.ts" with:
      """
      some content

      """
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\n<<<<<<< SEARCH>  \nsome content\n=======\nnew content\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      new content

      """

  Scenario: Spaces between SEARCH and the extra > are a merge-conflict marker error
    Given a file "test.ts" with:
      """
      some content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH  >
      some content
      =======
      new content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Special marker '<<<<<<< SEARCH  >' found in your diff content at line 1:"

  Scenario: The extra > works with a start line
    Given a file "test.ts" with:
      """
      a
      b
      c
      d
      e
      f
      g
      h
      i
      content1
      k

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH>
      :start_line:10
      -------
      content1
      =======
      new1
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      a
      b
      c
      d
      e
      f
      g
      h
      i
      new1
      k

      """

  Scenario: Several correct marker sequences are all applied
    Given a file "test.ts" with:
      """
      content1
      content2

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content1
      =======
      new1
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      content2
      =======
      new2
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      new1
      new2

      """

  Scenario: Several marker sequences with the same start line are applied around that line
    Given a file "test.ts" with:
      """
      a
      b
      c
      d
      e
      f
      g
      h
      i
      content1
      content2

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:10
      -------
      content1
      =======
      new1
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:10
      -------
      content2
      =======
      new2
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      a
      b
      c
      d
      e
      f
      g
      h
      i
      new1
      new2

      """

  Scenario: A separator before any SEARCH marker is a malformed diff
    Given a file "test.ts" with:
      """
      content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      =======
      content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      Unable to apply diff to file: {workspace}/test.ts

      <error_details>
      ERROR: Diff block is malformed: marker '=======' found in your diff content at line 1. Expected: <<<<<<< SEARCH>?

      CORRECT FORMAT:

      <<<<<<< SEARCH
      :start_line: (required) The line number of original content where the search block starts.
      -------
      [exact content to find including whitespace]
      =======
      [new content to replace with]
      >>>>>>> REPLACE

      </error_details>
      """

  Scenario: A REPLACE marker without a separator is a malformed diff
    Given a file "test.ts" with:
      """
      content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Diff block is malformed: marker '>>>>>>> REPLACE' found in your diff content at line 3. Expected: =======\n"

  Scenario: Two separators in one block are a merge-conflict marker error
    Given a file "test.ts" with:
      """
      content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content
      =======
      =======
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Special marker '=======' found in your diff content at line 4:"
    And "userMessageContent[1].text" contains "When removing merge conflict markers like '=======' from files, you MUST escape them"

  Scenario: A bare >>>>>>> before the separator is a merge-conflict marker error
    Given a file "test.ts" with:
      """
      content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content
      >>>>>>>
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Special marker '>>>>>>>' found in your diff content at line 3:"
    And "userMessageContent[1].text" contains "When removing merge conflict markers like '>>>>>>>' from files"

  Scenario: A block without its REPLACE marker is an unexpected end of sequence
    Given a file "test.ts" with:
      """
      content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content
      =======
      new content
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      Unable to apply diff to file: {workspace}/test.ts

      <error_details>
      ERROR: Unexpected end of sequence: Expected '>>>>>>> REPLACE' was not found.
      </error_details>
      """
    And the consecutive mistake count is 1
    And tool "apply_diff" was used 1 time with 1 failure

  # ---- exact matching (threshold 1.0) ----------------------------------------------------------------------
  Scenario: Matching content is replaced
    Given a file "test.ts" with:
      """
      function hello() {
          console.log("hello")
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function hello() {
          console.log("hello")
      }
      =======
      function hello() {
          console.log("hello world")
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function hello() {
          console.log("hello world")
      }

      """
    And the UI shows ask "tool" with:
      """
      {"tool":"appliedDiff","path":"test.ts","diff":"test.ts\n<<<<<<< SEARCH\nfunction hello() {\n    console.log(\"hello\")\n}\n=======\nfunction hello() {\n    console.log(\"hello world\")\n}\n>>>>>>> REPLACE","isProtected":false}
      """
    And "ui[1].progressStatus.text" is "1"

  Scenario: Matching content is replaced in several blocks
    Given a file "test.ts" with:
      """
      function hello() {
          console.log("hello")
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function hello() {
      =======
      function helloWorld() {
      >>>>>>> REPLACE
      <<<<<<< SEARCH
          console.log("hello")
      =======
          console.log("hello world")
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function helloWorld() {
          console.log("hello world")
      }

      """

  Scenario: Matching content is replaced in several blocks with line numbers
    Given a file "test.ts" with:
      """
      function hello() {
          console.log("hello")
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      :start_line:1
      -------
      function hello() {
      =======
      function helloWorld() {
      >>>>>>> REPLACE
      <<<<<<< SEARCH
      :start_line:2
      -------
          console.log("hello")
      =======
          console.log("hello world")
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function helloWorld() {
          console.log("hello world")
      }

      """

  Scenario: An end line in the block is accepted
    Given a file "test.ts" with:
      """
      function hello() {
          console.log("hello")
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      :start_line:1
      :end_line:1
      -------
      function hello() {
      =======
      function helloWorld() {
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function helloWorld() {
          console.log("hello")
      }

      """

  Scenario: Content with different surrounding blank lines is matched
    Given a file "test.ts" containing "\nfunction example() {\n    return 42;\n}\n\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function example() {
          return 42;
      }
      =======
      function example() {
          return 43;
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "\nfunction example() {\n    return 43;\n}\n\n"

  Scenario: A search block with less indentation matches and takes the file's indentation
    Given a file "test.ts" with:
      """
          function test() {
              return true;
          }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function test() {
          return true;
      }
      =======
      function test() {
          return false;
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
          function test() {
              return false;
          }

      """

  Scenario: Tab indentation is kept
    Given a file "test.ts" containing "function test() {\n\treturn true;\n}\n"
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\ntest.ts\n<<<<<<< SEARCH\nfunction test() {\n\treturn true;\n}\n=======\nfunction test() {\n\treturn false;\n}\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "function test() {\n\treturn false;\n}\n"

  Scenario: Mixed tabs and spaces are preserved
    Given a file "test.ts" containing "\tclass Example {\n\t    constructor() {\n\t\tthis.value = 0;\n\t    }\n\t}"
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\ntest.ts\n<<<<<<< SEARCH\n\tclass Example {\n\t    constructor() {\n\t\tthis.value = 0;\n\t    }\n\t}\n=======\n\tclass Example {\n\t    constructor() {\n\t\tthis.value = 1;\n\t    }\n\t}\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "\tclass Example {\n\t    constructor() {\n\t\tthis.value = 1;\n\t    }\n\t}"

  Scenario: Additional tab indentation in the replacement follows the matched indentation
    Given a file "test.ts" containing "\tfunction test() {\n\t\treturn true;\n\t}"
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\ntest.ts\n<<<<<<< SEARCH\nfunction test() {\n\treturn true;\n}\n=======\nfunction test() {\n\t// Add comment\n\treturn false;\n}\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "\tfunction test() {\n\t\t// Add comment\n\t\treturn false;\n\t}"

  Scenario: Added lines keep the exact indentation characters
    Given a file "test.ts" containing "\tfunction test() {\n\t\treturn true;\n\t}"
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\ntest.ts\n<<<<<<< SEARCH\n\tfunction test() {\n\t\treturn true;\n\t}\n=======\n\tfunction test() {\n\t\t// First comment\n\t\t// Second comment\n\t\treturn true;\n\t}\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "\tfunction test() {\n\t\t// First comment\n\t\t// Second comment\n\t\treturn true;\n\t}"

  Scenario: A file with Windows line endings keeps them
    Given a file "test.ts" containing "function test() {\r\n    return true;\r\n}\r\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function test() {
          return true;
      }
      =======
      function test() {
          return false;
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "function test() {\r\n    return false;\r\n}\r\n"

  Scenario: Search content that does not match fails with the best match found
    Given a file "test.ts" with:
      """
      function hello() {
          console.log("hello")
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function hello() {
          console.log("wrong")
      }
      =======
      function hello() {
          console.log("hello world")
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      <error_details>
      No sufficiently similar match found (87% similar, needs 100%)

      Debug Info:
      - Similarity Score: 87%
      - Required Threshold: 100%
      - Search Range: start to end
      - Tried both standard and aggressive line number stripping
      - Tip: Use the read_file tool to get the latest content of the file before attempting to use the apply_diff tool again, as the file content may have changed

      Search Content:
      function hello() {
          console.log("wrong")
      }

      Best Match Found:
      1 | function hello() {
      2 |     console.log("hello")
      3 | }


      Original Content:
      1 | function hello() {
      2 |     console.log("hello")
      3 | }

      </error_details>
      """
    And the consecutive mistake count is 1
    And "state.consecutiveMistakeCountForApplyDiff.test.ts" is "1"
    And tool "apply_diff" was used 1 time with 1 failure
    And the task flag "didEditFile" is false

  Scenario: A diff without any block is an invalid diff format
    Given a file "test.ts" with:
      """
      function hello() {
          console.log("hello")
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      Invalid diff format
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      Unable to apply diff to file: {workspace}/test.ts

      <error_details>
      Invalid diff format - missing required sections

      Debug Info:
      - Expected Format: <<<<<<< SEARCH\n:start_line: start line\n-------\n[search content]\n=======\n[replace content]\n>>>>>>> REPLACE
      - Tip: Make sure to include start_line/SEARCH/=======/REPLACE sections with correct markers on new lines
      </error_details>
      """

  Scenario: Several lines are replaced with proper indentation
    Given a file "test.ts" with:
      """
      class Example {
          constructor() {
              this.value = 0
          }

          getValue() {
              return this.value
          }
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
          getValue() {
              return this.value
          }
      =======
          getValue() {
              // Add logging
              console.log("Getting value")
              return this.value
          }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      class Example {
          constructor() {
              this.value = 0
          }

          getValue() {
              // Add logging
              console.log("Getting value")
              return this.value
          }
      }

      """

  Scenario: Whitespace is preserved exactly in the output
    Given a file "test.ts" with:
      """
          indented
              more indented
          back

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
          indented
              more indented
          back
      =======
          modified
              still indented
          end
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
          modified
              still indented
          end

      """

  Scenario: New lines added after existing content keep its tab indentation
    Given a file "test.ts" containing "\t\t\t\tonScroll={() => updateHighlights()}"
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\ntest.ts\n<<<<<<< SEARCH\n\t\t\t\tonScroll={() => updateHighlights()}\n=======\n\t\t\t\tonScroll={() => updateHighlights()}\n\t\t\t\tonDragOver={(e) => {\n\t\t\t\t\te.preventDefault()\n\t\t\t\t\te.stopPropagation()\n\t\t\t\t}}\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "\t\t\t\tonScroll={() => updateHighlights()}\n\t\t\t\tonDragOver={(e) => {\n\t\t\t\t\te.preventDefault()\n\t\t\t\t\te.stopPropagation()\n\t\t\t\t}}"

  Scenario: Varying indentation levels are re-based on the match
    Given a file "test.ts" with:
      """
      class Example {
          constructor() {
              this.value = 0;
              if (true) {
                  this.init();
              }
          }
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
          class Example {
              constructor() {
                  this.value = 0;
                  if (true) {
                      this.init();
                  }
              }
          }
      =======
          class Example {
              constructor() {
                  this.value = 1;
                  if (true) {
                      this.init();
                      this.setup();
                      this.validate();
                  }
              }
          }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      class Example {
          constructor() {
              this.value = 1;
              if (true) {
                  this.init();
                  this.setup();
                  this.validate();
              }
          }
      }
      """

  Scenario: Mixed indentation styles in the same file are matched
    Given a file "test.ts" with:
      """
      class Example {
          constructor() {
              this.value = 0;
              if (true) {
                  this.init();
              }
          }
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
          constructor() {
              this.value = 0;
              if (true) {
              this.init();
              }
          }
      =======
          constructor() {
              this.value = 1;
              if (true) {
              this.init();
              this.validate();
              }
          }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      class Example {
          constructor() {
              this.value = 1;
              if (true) {
              this.init();
              this.validate();
              }
          }
      }
      """

  Scenario: Python-style significant whitespace is kept
    Given a file "test.ts" with:
      """
      def example():
          if condition:
              do_something()
              for item in items:
                  process(item)
          return True
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
          if condition:
              do_something()
              for item in items:
                  process(item)
      =======
          if condition:
              do_something()
              while items:
                  item = items.pop()
                  process(item)
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      def example():
          if condition:
              do_something()
              while items:
                  item = items.pop()
                  process(item)
          return True
      """

  Scenario: Blank lines with indentation are preserved
    Given a file "test.ts" containing "function test() {\n    const x = 1;\n    \n    if (x) {\n        return true;\n    }\n}"
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\ntest.ts\n<<<<<<< SEARCH\n    const x = 1;\n    \n    if (x) {\n=======\n    const x = 1;\n    \n    // Check x\n    if (x) {\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "function test() {\n    const x = 1;\n    \n    // Check x\n    if (x) {\n        return true;\n    }\n}"

  Scenario: A whole block is replaced with deeper indentation
    Given a file "test.ts" with:
      """
      class Test {
          method() {
              if (true) {
                  console.log("test");
              }
          }
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
          method() {
              if (true) {
                  console.log("test");
              }
          }
      =======
          method() {
              try {
                  if (true) {
                      console.log("test");
                  }
              } catch (e) {
                  console.error(e);
              }
          }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      class Test {
          method() {
              try {
                  if (true) {
                      console.log("test");
                  }
              } catch (e) {
                  console.error(e);
              }
          }
      }
      """

  Scenario: Negative indentation relative to the search content removes indentation
    Given a file "test.ts" with:
      """
      class Example {
          constructor() {
              if (true) {
                  this.init();
                  this.setup();
              }
          }
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
                  this.init();
                  this.setup();
      =======
              this.init();
              this.setup();
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      class Example {
          constructor() {
              if (true) {
              this.init();
              this.setup();
              }
          }
      }
      """

  Scenario: A replacement without indentation removes all of it
    Given a file "test.ts" with:
      """
      class Example {
          constructor() {
              if (true) {
                  this.init();
              }
          }
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
                  this.init();
      =======
      this.init();
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      class Example {
          constructor() {
              if (true) {
      this.init();
              }
          }
      }
      """

  Scenario: Mixed indentation changes in the replace block are kept relative to the match
    Given a file "test.ts" with:
      """
      class Example {
          constructor() {
              if (true) {
                  this.init();
                  this.setup();
                  this.validate();
              }
          }
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
                  this.init();
                  this.setup();
                  this.validate();
      =======
              this.init();
                  this.setup();
          this.validate();
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      class Example {
          constructor() {
              if (true) {
              this.init();
                  this.setup();
          this.validate();
              }
          }
      }
      """

  Scenario: Matches are searched from the middle of the file outwards
    Given a file "test.ts" with:
      """
      function one() {
          return "target";
      }

      function two() {
          return "target";
      }

      function three() {
          return "target";
      }

      function four() {
          return "target";
      }

      function five() {
          return "target";
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
          return "target";
      =======
          return "updated";
      >>>>>>> REPLACE
      </diff>
      <start_line>9</start_line>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function one() {
          return "target";
      }

      function two() {
          return "target";
      }

      function three() {
          return "updated";
      }

      function four() {
          return "target";
      }

      function five() {
          return "target";
      }
      """

  # ---- fuzzy matching (threshold 0.9) -----------------------------------------------------------------------
  Scenario: Content with small differences matches above a 90% threshold
    Given the setting "fuzzyMatchThreshold" is 0.9
    And a file "test.ts" with:
      """
      function getData() {
          const results = fetchData();
          return results.filter(Boolean);
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function getData() {
          const result = fetchData();
          return results.filter(Boolean);
      }
      =======
      function getData() {
          const data = fetchData();
          return data.filter(Boolean);
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function getData() {
          const data = fetchData();
          return data.filter(Boolean);
      }

      """

  Scenario: Content that is too different does not match at a 90% threshold
    Given the setting "fuzzyMatchThreshold" is 0.9
    And a file "test.ts" with:
      """
      function processUsers(data) {
          return data.map(user => user.name);
      }

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function handleItems(items) {
          return items.map(item => item.username);
      }
      =======
      function processData(data) {
          return data.map(d => d.value);
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "% similar, needs 90%)"
    And "userMessageContent[1].text" contains "- Required Threshold: 90%"
    And the consecutive mistake count is 1

  Scenario: Content with extra whitespace matches at a 90% threshold
    Given the setting "fuzzyMatchThreshold" is 0.9
    And a file "test.ts" with:
      """
      function sum(a, b) {
          return a + b;
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function   sum(a,   b)    {
          return    a + b;
      }
      =======
      function sum(a, b) {
          return a + b + 1;
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function sum(a, b) {
          return a + b + 1;
      }
      """

  Scenario: The smart-quotes case of the spec matches and appends text
    Given the setting "fuzzyMatchThreshold" is 0.9
    And a file "test.ts" containing "**Enjoy Roo Code!** Whether you keep it on a short leash or let it roam autonomously, we can't wait to see what you build. If you have questions or feature ideas, drop by our [Reddit community](https://www.reddit.com/r/RooCode/) or [Discord](https://discord.gg/roocode). Happy coding!"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      **Enjoy Roo Code!** Whether you keep it on a short leash or let it roam autonomously, we can't wait to see what you build. If you have questions or feature ideas, drop by our [Reddit community](https://www.reddit.com/r/RooCode/) or [Discord](https://discord.gg/roocode). Happy coding!
      =======
      **Enjoy Roo Code!** Whether you keep it on a short leash or let it roam autonomously, we can't wait to see what you build. If you have questions or feature ideas, drop by our [Reddit community](https://www.reddit.com/r/RooCode/) or [Discord](https://discord.gg/roocode). Happy coding!

      You're still here?
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "**Enjoy Roo Code!** Whether you keep it on a short leash or let it roam autonomously, we can't wait to see what you build. If you have questions or feature ideas, drop by our [Reddit community](https://www.reddit.com/r/RooCode/) or [Discord](https://discord.gg/roocode). Happy coding!\n\nYou're still here?"

  Scenario: A one-line search does not match an empty line
    Given the setting "fuzzyMatchThreshold" is 0.9
    And a file "test.ts" with:
      """
      function sum(a, b) {

          return a + b;
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
      function sum(a, b) {
      =======
      import { a } from "a";
      function sum(a, b) {
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      import { a } from "a";
      function sum(a, b) {

          return a + b;
      }
      """

  # ---- deletion ----------------------------------------------------------------------------------------------
  Scenario: An empty replace block deletes the matched line
    Given a file "test.ts" with:
      """
      function test() {
          console.log("hello");
          // Comment to remove
          console.log("world");
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
          // Comment to remove
      =======
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function test() {
          console.log("hello");
          console.log("world");
      }
      """

  Scenario: An empty replace block deletes several lines
    Given a file "test.ts" with:
      """
      class Example {
          constructor() {
              // Initialize
              this.value = 0;
              // Set defaults
              this.name = "";
              // End init
          }
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
              // Initialize
              this.value = 0;
              // Set defaults
              this.name = "";
              // End init
      =======
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      class Example {
          constructor() {
          }
      }
      """

  Scenario: Deleting nested code keeps the surrounding indentation
    Given a file "test.ts" with:
      """
      function outer() {
          if (true) {
              // Remove this
              console.log("test");
              // And this
          }
          return true;
      }
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      test.ts
      <<<<<<< SEARCH
              // Remove this
              console.log("test");
              // And this
      =======
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      function outer() {
          if (true) {
          }
          return true;
      }
      """

  Scenario: A search line with a line-number prefix and an empty replace deletes the line
    Given a file "test.ts" with:
      """
      line 1
      line to delete
      line 3
      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:2
      -------
      2 | line to delete
      =======
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      line 1
      line 3
      """

  # ---- line markers in REPLACE sections ----------------------------------------------------------------------
  Scenario: A start_line marker in a REPLACE section is rejected
    Given a file "test.ts" with:
      """
      content to find

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content to find
      =======
      :start_line:5
      replacement content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Invalid line marker ':start_line:' found in REPLACE section at line 4\n"
    And "userMessageContent[1].text" contains "Line markers (:start_line: and :end_line:) are only allowed in SEARCH sections."

  Scenario: An end_line marker in a REPLACE section is rejected
    Given a file "test.ts" with:
      """
      content to find

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content to find
      =======
      :end_line:10
      replacement content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Invalid line marker ':end_line:' found in REPLACE section at line 4\n"
    And "userMessageContent[1].text" contains "Line markers (:start_line: and :end_line:) are only allowed in SEARCH sections."

  Scenario: Both line markers in a REPLACE section are rejected at the first
    Given a file "test.ts" with:
      """
      content to find

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content to find
      =======
      :start_line:5
      :end_line:10
      replacement content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Invalid line marker ':start_line:' found in REPLACE section at line 4\n"

  Scenario: One block with a line marker in its REPLACE section rejects the whole diff
    Given a file "test.ts" with:
      """
      content1
      content2

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:1
      content1
      =======
      replacement1
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      content2
      =======
      :start_line:5
      replacement2
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Invalid line marker ':start_line:' found in REPLACE section at line 11\n"

  Scenario: Line markers in the SEARCH section with content in the REPLACE section are valid
    Given a file "test.ts" with:
      """
      one
      two
      three
      four
      content to find
      six

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:5
      :end_line:10
      -------
      content to find
      =======
      replacement content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      one
      two
      three
      four
      replacement content
      six

      """

  Scenario: An escaped start_line marker in REPLACE content is written unescaped
    Given a file "test.ts" with:
      """
      content to find

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content to find
      =======
      replacement content
      \:start_line:5
      more content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      replacement content
      :start_line:5
      more content

      """

  Scenario: An escaped end_line marker in REPLACE content is written unescaped
    Given a file "test.ts" with:
      """
      content to find

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content to find
      =======
      replacement content
      \:end_line:10
      more content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      replacement content
      :end_line:10
      more content

      """

  Scenario: Both escaped line markers in REPLACE content are written unescaped
    Given a file "test.ts" with:
      """
      content to find

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content to find
      =======
      replacement content
      \:start_line:5
      \:end_line:10
      more content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      replacement content
      :start_line:5
      :end_line:10
      more content

      """

  Scenario: A line marker surrounded by spaces in a REPLACE section is rejected
    Given a file "test.ts" with:
      """
      content to find

      """
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\n<<<<<<< SEARCH\ncontent to find\n=======\n  :start_line:5  \nreplacement content\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Invalid line marker ':start_line:' found in REPLACE section at line 4\n"

  Scenario: A line marker in the middle of REPLACE content is rejected
    Given a file "test.ts" with:
      """
      content to find

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content to find
      =======
      some replacement
      :end_line:15
      more replacement
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Invalid line marker ':end_line:' found in REPLACE section at line 5\n"

  Scenario: The line-marker error shows the correct and the incorrect format
    Given a file "test.ts" with:
      """
      content

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      content
      =======
      :start_line:5
      replacement
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      Unable to apply diff to file: {workspace}/test.ts

      <error_details>
      ERROR: Invalid line marker ':start_line:' found in REPLACE section at line 4

      Line markers (:start_line: and :end_line:) are only allowed in SEARCH sections.

      CORRECT FORMAT:
      <<<<<<< SEARCH
      :start_line:5
      content to find
      =======
      replacement content
      >>>>>>> REPLACE

      INCORRECT FORMAT:
      <<<<<<< SEARCH
      content to find
      =======
      :start_line:5    <-- Invalid location
      replacement content
      >>>>>>> REPLACE

      </error_details>
      """

  # ==== beyond the spec ==========================================================================================
  # ---- line endings, BOM, empty files ------------------------------------------------------------------------
  Scenario: A CRLF file gets CRLF in every added line
    Given a file "test.ts" containing "a\r\nb\r\nc\r\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      b
      =======
      b1
      b2
      b3
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "a\r\nb1\r\nb2\r\nb3\r\nc\r\n"

  Scenario: A diff sent with CRLF line breaks applies to an LF file
    Given a file "test.ts" containing "a\nb\nc\n"
    And the assistant message is "<apply_diff>\r\n<path>test.ts</path>\r\n<diff>\r\n<<<<<<< SEARCH\r\nb\r\n=======\r\nB\r\n>>>>>>> REPLACE\r\n</diff>\r\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "a\nB\nc\n"

  Scenario: Mixed line endings with a CRLF majority become CRLF throughout
    Given a file "test.ts" containing "one\r\ntwo\r\nthree\nfour\r\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      two
      =======
      TWO
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "one\r\nTWO\r\nthree\r\nfour\r\n"

  Scenario: Mixed line endings with an LF majority become LF throughout
    Given a file "test.ts" containing "one\ntwo\nthree\r\nfour\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      two
      =======
      TWO
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "one\nTWO\nthree\nfour\n"

  Scenario: A UTF-8 BOM is kept and reported as a user edit
    Given a file "test.ts" containing "\uFEFFconst a = 1;\nconst b = 2;\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      const b = 2;
      =======
      const b = 3;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "\uFEFFconst a = 1;\nconst b = 3;\n"
    And "userMessageContent[1].text" contains "<user_edits>@@ -1,2 +1,2 @@\n-\uFEFFconst a = 1;\n+const a = 1;\n const b = 3;\n</user_edits>"
    And "userMessageContent[1].text" contains "<i>If the user's edits have addressed part of the task or changed the requirements, adjust your approach accordingly.</i>"

  Scenario: The first line of a file with a BOM is matched through the BOM
    Given a file "test.ts" containing "\uFEFFconst a = 1;\nconst b = 2;\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      const a = 1;
      =======
      const a = 10;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "\uFEFFconst a = 10;\nconst b = 2;\n"

  Scenario: An empty file has nothing to match
    Given an empty file "test.ts"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      anything
      =======
      something
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      <error_details>
      No sufficiently similar match found (0% similar, needs 100%)

      Debug Info:
      - Similarity Score: 0%
      - Required Threshold: 100%
      - Search Range: start to end
      - Tried both standard and aggressive line number stripping
      - Tip: Use the read_file tool to get the latest content of the file before attempting to use the apply_diff tool again, as the file content may have changed

      Search Content:
      anything

      Best Match Found:
      (no match)

      Original Content:

      </error_details>
      """

  Scenario: The last line of a file without a final newline is replaced without adding one
    Given a file "test.ts" containing "first\nlast"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      last
      =======
      final
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "first\nfinal"

  Scenario: Deleting the last line before the final newline keeps the final newline
    Given a file "test.ts" containing "keep\ndrop\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      keep
      drop
      =======
      keep
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "keep\n"

  # ---- Unicode -----------------------------------------------------------------------------------------------
  Scenario: Lines with emoji are matched and replaced
    Given a file "test.ts" containing "const greet = \"👋 hello\";\nconst bye = \"🌙\";\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      const greet = "👋 hello";
      =======
      const greet = "👋 hi 🌍";
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "const greet = \"👋 hi 🌍\";\nconst bye = \"🌙\";\n"

  Scenario: A decomposed accent does not match a composed one exactly
    Given a file "test.ts" containing "const name = \"cafe\u0301\";\n"
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\n<<<<<<< SEARCH\nconst name = \"caf\u00e9\";\n=======\nconst name = \"bar\";\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "No sufficiently similar match found (90% similar, needs 100%)"

  Scenario: A decomposed accent matches a composed one at a 90% threshold
    Given the setting "fuzzyMatchThreshold" is 0.9
    And a file "test.ts" containing "const name = \"cafe\u0301\";\n"
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\n<<<<<<< SEARCH\nconst name = \"caf\u00e9\";\n=======\nconst name = \"bar\";\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "const name = \"bar\";\n"

  Scenario: Right-to-left text is matched and replaced
    Given a file "test.ts" containing "const he = \"שלום עולם\";\nconst ar = \"مرحبا بالعالم\";\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      const ar = "مرحبا بالعالم";
      =======
      const ar = "مرحبا";
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "const he = \"שלום עולם\";\nconst ar = \"مرحبا\";\n"

  Scenario: Curly quotes in the file match straight quotes in the search
    Given a file "test.ts" containing "say(\u201chello\u201d, \u2018x\u2019);\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      say("hello", 'x');
      =======
      say("goodbye", 'x');
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "say(\"goodbye\", 'x');\n"

  # ---- tabs against spaces -----------------------------------------------------------------------------------
  Scenario: A space-indented search line matches a tab-indented line and keeps the tab
    Given a file "test.ts" containing "function f() {\n\treturn 1;\n}\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
          return 1;
      =======
          return 2;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "function f() {\n\treturn 2;\n}\n"

  Scenario: A space-indented block over tab-indented code writes the replacement's spaces
    Given a file "test.ts" containing "function f() {\n\treturn 1;\n}\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      function f() {
          return 1;
      }
      =======
      function f() {
          const x = 1;
          return x;
      }
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "function f() {\n    const x = 1;\n    return x;\n}\n"

  Scenario: Deeper space indentation in the replacement is appended to the matched tab
    Given a file "test.ts" containing "\tif (a) {\n\t\tb();\n\t}\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      if (a) {
      =======
      if (a) {
          // note
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "\tif (a) {\n\t    // note\n\t\tb();\n\t}\n"

  # ---- 10,000-line files -------------------------------------------------------------------------------------
  Scenario: A line in the middle of a 10,000-line file is replaced at its start line
    Given a file "big.ts" of 10000 lines "const x{n} = {n};"
    And the assistant message:
      """
      <apply_diff>
      <path>big.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:5000
      -------
      const x5000 = 5000;
      =======
      const x5000 = 5001;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[big.ts]" contains "const x4999 = 4999;\nconst x5000 = 5001;\nconst x5001 = 5001;\n"
    And "files[big.ts]" has 197788 characters
    And "ui[1].progressStatus.text" is "1"

  Scenario: A line near the end of a 10,000-line file is found without a start line
    Given a file "big.ts" of 10000 lines "const x{n} = {n};"
    And the assistant message:
      """
      <apply_diff>
      <path>big.ts</path>
      <diff>
      <<<<<<< SEARCH
      const x9998 = 9998;
      const x9999 = 9999;
      =======
      const x9998 = 0;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[big.ts]" contains "const x9997 = 9997;\nconst x9998 = 0;\nconst x10000 = 10000;\n"
    And "files[big.ts]" has 197765 characters

  Scenario: A mismatch in a 10,000-line file shows 40 lines around the start line
    Given a file "big.ts" of 10000 lines "const x{n} = {n};"
    And the assistant message:
      """
      <apply_diff>
      <path>big.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:5000
      -------
      const x5000 = 999;
      =======
      const x5000 = 0;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "big.ts" is unchanged
    And "userMessageContent[1].text" contains "No sufficiently similar match found at line: 5000 (78% similar, needs 100%)"
    And "userMessageContent[1].text" contains "- Search Range: starting at line 5000\n"
    And "userMessageContent[1].text" contains "Best Match Found:\n5000 | const x5000 = 5000;\n"
    And "userMessageContent[1].text" contains "Original Content:\n4960 | const x4960 = 4960;\n"
    And "userMessageContent[1].text" contains "5040 | const x5040 = 5040;\n\n</error_details>"

  Scenario: A start line more than 40 lines away from the content does not find it
    Given a file "test.ts" of 200 lines "line {n}"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:10
      -------
      line 150
      =======
      line one-fifty
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "No sufficiently similar match found at line: 10 (87% similar, needs 100%)"

  Scenario: A start line less than 40 lines away from the content still finds it
    Given a file "test.ts" of 200 lines "line {n}"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:120
      -------
      line 150
      =======
      line one-fifty
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" contains "line 149\nline one-fifty\nline 151\n"

  # ---- markers inside content --------------------------------------------------------------------------------
  Scenario: Escaped merge-conflict markers in the search remove a conflict from the file
    Given a file "test.ts" with:
      """
      before
      <<<<<<< HEAD
      ours
      =======
      theirs
      >>>>>>> feature
      after

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      \<<<<<<< HEAD
      ours
      \=======
      theirs
      \>>>>>>> feature
      =======
      ours and theirs
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      before
      ours and theirs
      after

      """

  Scenario: Escaped markers in the replacement are written as markers
    Given a file "test.ts" with:
      """
      placeholder

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      placeholder
      =======
      \<<<<<<< SEARCH
      \-------
      \=======
      \>>>>>>> REPLACE
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      <<<<<<< SEARCH
      -------
      =======
      >>>>>>> REPLACE

      """

  Scenario: An unescaped merge-conflict marker in the search is refused
    Given a file "test.ts" with:
      """
      <<<<<<< HEAD
      ours

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      <<<<<<< HEAD
      ours
      =======
      ours
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Special marker '<<<<<<< HEAD' found in your diff content at line 2:"

  Scenario: Trailing spaces after a REPLACE marker make the block swallow the next one
    Given a file "test.ts" with:
      """
      content1
      content2

      """
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\n<<<<<<< SEARCH\ncontent1\n=======\nnew1\n>>>>>>> REPLACE  \n\n<<<<<<< SEARCH\ncontent2\n=======\nnew2\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      new1
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      content2
      =======
      new2
      content2

      """
    And "ui[1].progressStatus.text" is "2"

  Scenario: A ------- line without a start line is accepted
    Given a file "test.ts" with:
      """
      alpha
      beta

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      -------
      beta
      =======
      gamma
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      alpha
      gamma

      """

  # ---- several blocks: order, overlap, partial success ---------------------------------------------------------
  Scenario: Blocks given out of order are applied by start line with the line shift
    Given a file "test.ts" with:
      """
      one
      two
      three
      four
      five

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:5
      -------
      five
      =======
      FIVE
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:1
      -------
      one
      =======
      zero
      one
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      zero
      one
      two
      three
      four
      FIVE

      """

  Scenario: Overlapping blocks apply the first and report the second as failed
    Given a file "test.ts" with:
      """
      a
      b
      c

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      a
      b
      =======
      A
      B
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      b
      c
      =======
      X
      Y
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      A
      B
      c

      """
    And the tool result is:
      """
      But unable to apply all diff parts to file: {workspace}/test.ts, silently use <read_file> tool to check newest file version and re-apply diffs
      <file_write_result>
      <path>test.ts</path>
      <operation>modified</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>

      """
    And "ui[1].progressStatus.text" is "1/2"
    And the consecutive mistake count is 0
    And tool "apply_diff" was used 1 time with 0 failures

  Scenario: Two of three blocks applied is a partial success
    Given a file "test.ts" with:
      """
      let a = 1;
      let b = 2;
      let c = 3;

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      let a = 1;
      =======
      const a = 1;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      let missing = 0;
      =======
      const missing = 0;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      let c = 3;
      =======
      const c = 3;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      const a = 1;
      let b = 2;
      const c = 3;

      """
    And "userMessageContent[1].text" contains "But unable to apply all diff parts to file: {workspace}/test.ts, silently use <read_file> tool to check newest file version and re-apply diffs\n<file_write_result>"
    And "ui[1].progressStatus.text" is "2/3"

  Scenario: When every block fails only the last failure is reported
    Given a file "test.ts" with:
      """
      real

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      first missing
      =======
      x
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      second missing
      =======
      y
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "Search Content:\nsecond missing\n"
    And the consecutive mistake count is 1

  Scenario: Identical search and replace content is refused
    Given a file "test.ts" with:
      """
      same

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      same
      =======
      same
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      <error_details>
      Search and replace content are identical - no changes would be made

      Debug Info:
      - Search and replace must be different to make changes
      - Use read_file to verify the content you want to change
      </error_details>
      """

  Scenario: An empty search is refused
    Given a file "test.ts" with:
      """
      something

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      =======
      inserted
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      <error_details>
      Empty search content is not allowed

      Debug Info:
      - Search content cannot be empty
      - For insertions, provide a specific line using :start_line: and include content to search for
      - For example, match a single line to insert before/after it
      </error_details>
      """

  # ---- line numbers copied from read_file ----------------------------------------------------------------------
  Scenario: Line numbers on every search and replace line are stripped and give the start line
    Given a file "test.ts" with:
      """
      alpha
      beta
      gamma

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      2 | beta
      3 | gamma
      =======
      2 | BETA
      3 | GAMMA
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      alpha
      BETA
      GAMMA

      """

  Scenario: A numbered search with a plain replacement falls back to aggressive stripping
    Given a file "test.ts" with:
      """
      alpha
      beta

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      2 | beta
      =======
      delta
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      alpha
      delta

      """

  # ---- fuzzy threshold edges -----------------------------------------------------------------------------------
  Scenario Outline: A one-line search at <similar>% similarity with threshold <threshold>
    Given the setting "fuzzyMatchThreshold" is <threshold>
    And a file "test.ts" with:
      """
      abcdefghij

      """
    And the assistant message is "<apply_diff>\n<path>test.ts</path>\n<diff>\n<<<<<<< SEARCH\n<search>\n=======\ndone\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "<result>"

    Examples:
      | similar | threshold | search     | result        |
      | 90      | 0.9       | abcdefghiX | done\\n       |
      | 80      | 0.8       | abcdefghXY | done\\n       |
      | 80      | 0.81      | abcdefghXY | abcdefghij\\n |
      | 90      | 0.95      | abcdefghiX | abcdefghij\\n |
      | 90      | 1         | abcdefghiX | abcdefghij\\n |
      | 100     | 1         | abcdefghij | done\\n       |

  Scenario: A search just below the threshold reports both percentages
    Given the setting "fuzzyMatchThreshold" is 0.9
    And a file "test.ts" with:
      """
      abcdefghij

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      abcdefghXY
      =======
      done
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "No sufficiently similar match found (80% similar, needs 90%)"

  Scenario: With threshold 0 the most similar line is replaced
    Given the setting "fuzzyMatchThreshold" is 0
    And a file "test.ts" with:
      """
      alpha
      beta
      gamma

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      betX
      =======
      BETA
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      alpha
      BETA
      gamma

      """

  Scenario: With threshold 0 a search with nothing in common still fails
    Given the setting "fuzzyMatchThreshold" is 0
    And a file "test.ts" with:
      """
      aaa

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      zzz
      =======
      yyy
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "No sufficiently similar match found (0% similar, needs 0%)"

  Scenario: With a start line the exact position wins over an identical line elsewhere
    Given a file "test.ts" with:
      """
      x = 1
      y = 2
      x = 1

      """
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:3
      -------
      x = 1
      =======
      x = 3
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then the file "test.ts" is:
      """
      x = 1
      y = 2
      x = 3

      """
