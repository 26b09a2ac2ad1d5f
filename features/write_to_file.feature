@tool:write_to_file
Feature: write_to_file creates or overwrites a whole file through the diff view
  writeToFileTool waits while streaming until path and content are known, then shows {"tool":"newFileCreated" |
  "editedExistingFile","path","content","isOutsideWorkspace","isProtected"} as a partial "tool" ask and streams the
  content into the diff view (which creates a new file, empty, on disk at once). Complete, it checks
  .kilocodeignore, strips a leading/trailing Markdown code fence, unescapes HTML entities for non-Claude models,
  strips read_file line numbers when every line has one, writes the final content into the diff view (keeping the
  original's final newline), waits 300 ms, refuses content that looks truncated (line_count of 100 or more, 20% more
  than the lines given, and a new comment such as "// rest of code unchanged") when a diff strategy exists, and
  asks approval (new file: the content; existing file: a patch). Approved, it saves and answers with the
  file_write_result XML (with <user_edits> when the saved text differs from what the model sent); denied, a new
  file is deleted with the folders created for it, an existing one is restored. line_count is read as
  parseInt(line_count ?? "0"): missing or not a number never raises the line_count error.

  Background:
    Given the mode is "code"

  # ---- writeToFileTool.spec.ts ---------------------------------------------------------------------------------
  Scenario: A new file is created through the diff view after approval
    Given the assistant message:
      """
      <write_to_file>
      <path>test/file.txt</path>
      <content>
      Line 1
      Line 2
      Line 3
      </content>
      <line_count>3</line_count>
      </write_to_file>
      """
    And the user approves
    When the assistant message is presented
    Then the file "test/file.txt" is:
      """
      Line 1
      Line 2
      Line 3
      """
    And "ui[1].partial" is "true"
    And "ui[1].text" is "{\"tool\":\"newFileCreated\",\"path\":\"test/file.txt\",\"content\":\"Line 1\\nLine 2\\nLine 3\",\"isOutsideWorkspace\":false,\"isProtected\":false}"
    And "ui[2].partial" is "false"
    And "ui[2].text" is "{\"tool\":\"newFileCreated\",\"path\":\"test/file.txt\",\"content\":\"Line 1\\nLine 2\\nLine 3\",\"isOutsideWorkspace\":false,\"isProtected\":false}"
    And "ui[2].response" is "yesButtonClicked"
    And the tool result header is "[write_to_file for 'test/file.txt'] Result:"
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
    And tool "write_to_file" was used 1 time with 0 failures

  Scenario: A path that .kilocodeignore does not match is written
    Given a file ".kilocodeignore" containing "secrets/\n"
    And the assistant message is "<write_to_file><path>test/file.txt</path><content>Line 1\nLine 2\nLine 3</content><line_count>3</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[test/file.txt]" is "Line 1\nLine 2\nLine 3"
    And the UI shows no say "rooignore_error"
    And the file ".kilocodeignore" is unchanged

  Scenario: An existing file is detected and overwritten with a patch in the approval
    Given a file "test/file.txt" containing "Old 1\nLine 2\nOld 3"
    And the assistant message:
      """
      <write_to_file>
      <path>test/file.txt</path>
      <content>
      Line 1
      Line 2
      Line 3
      </content>
      <line_count>3</line_count>
      </write_to_file>
      """
    And the user approves
    When the assistant message is presented
    Then "files[test/file.txt]" is "Line 1\nLine 2\nLine 3"
    And the UI shows ask "tool" with "{\"tool\":\"editedExistingFile\",\"path\":\"test/file.txt\",\"content\":\"Line 1\\nLine 2\\nLine 3\",\"isOutsideWorkspace\":false,\"isProtected\":false}"
    And the UI shows ask "tool" with "{\"tool\":\"editedExistingFile\",\"path\":\"test/file.txt\",\"isOutsideWorkspace\":false,\"isProtected\":false,\"diff\":\"@@ -1,3 +1,3 @@\\n-Old 1\\n+Line 1\\n Line 2\\n\\\\ No newline at end of file\\n-Old 3\\n+Line 3\\n\\\\ No newline at end of file\\n\"}"
    And "userMessageContent[1].text" contains "<operation>modified</operation>"

  Scenario: A new file is detected as created
    Given the assistant message is "<write_to_file><path>fresh.txt</path><content>hello</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[fresh.txt]" is "hello"
    And "ui[2].text" is "{\"tool\":\"newFileCreated\",\"path\":\"fresh.txt\",\"content\":\"hello\",\"isOutsideWorkspace\":false,\"isProtected\":false}"
    And "userMessageContent[1].text" contains "<operation>created</operation>"

  Scenario: While streaming, the edit type found first is kept although the diff view already created the file
    Given the assistant message is "<write_to_file><path>stream.txt</path><content>\nalpha\nbeta\ngamma\n</content><line_count>3</line_count></write_to_file>"
    And the message streams in chunks of 12 characters
    When the assistant message is presented
    Then "files[stream.txt]" is "alpha\nbeta\ngamma"
    And "userMessageContent[1].text" contains "<operation>created</operation>"

  Scenario: Markdown code fence lines around the content are removed
    Given the assistant message:
      """
      <write_to_file>
      <path>test/file.txt</path>
      <content>
      ```javascript
      Line 1
      Line 2
      ```
      </content>
      <line_count>2</line_count>
      </write_to_file>
      """
    When the assistant message is presented
    Then the file "test/file.txt" is:
      """
      Line 1
      Line 2
      """
    And the UI shows ask "tool" with "{\"tool\":\"newFileCreated\",\"path\":\"test/file.txt\",\"content\":\"Line 1\\nLine 2\",\"isOutsideWorkspace\":false,\"isProtected\":false}"

  Scenario: Empty content creates an empty file
    Given the assistant message is "<write_to_file><path>test/file.txt</path><content></content><line_count>0</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[test/file.txt]" is ""
    And "userMessageContent[1].text" contains "<operation>created</operation>"
    And the task flag "didEditFile" is true

  Scenario: HTML entities are unescaped for a non-Claude model
    Given the model id is "gpt-4"
    And the assistant message is "<write_to_file><path>test/file.txt</path><content>&lt;test&gt;</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[test/file.txt]" is "<test>"

  Scenario: HTML entities are kept for a Claude model
    Given the model id is "claude-3-5-sonnet-20241022"
    And the assistant message is "<write_to_file><path>test/file.txt</path><content>&lt;test&gt;</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[test/file.txt]" is "&lt;test&gt;"

  Scenario: Line numbers on every line are stripped from what is written but not from the approval
    Given the assistant message:
      """
      <write_to_file>
      <path>test/file.txt</path>
      <content>
      1 | line one
      2 | line two
      </content>
      <line_count>2</line_count>
      </write_to_file>
      """
    When the assistant message is presented
    Then the file "test/file.txt" is:
      """
      line one
      line two
      """
    And the UI shows ask "tool" with "{\"tool\":\"newFileCreated\",\"path\":\"test/file.txt\",\"content\":\"1 | line one\\n2 | line two\",\"isOutsideWorkspace\":false,\"isProtected\":false}"

  Scenario: A file beside the workspace is flagged as outside the workspace and written after approval
    Given the assistant message is "<write_to_file><path>../outside.txt</path><content>outside</content><line_count>1</line_count></write_to_file>"
    And the user approves
    When the assistant message is presented
    Then "files[../outside.txt]" is "outside"
    And "ui[2].text" contains "\"isOutsideWorkspace\":true"
    And "userMessageContent[1].text" contains "<path>../outside.txt</path>"

  Scenario: A very large line count does not stop a short write
    Given the assistant message is "<write_to_file><path>test/file.txt</path><content>Line 1\nLine 2\nLine 3</content><line_count>999999</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[test/file.txt]" is "Line 1\nLine 2\nLine 3"
    And the consecutive mistake count is 0

  Scenario: Content streamed before the path waits for the path
    Given the message streams in these chunks:
      | <write_to_file><content>\\nfirst\\nsecond\\n</content>                  |
      | <path>late.txt</path><line_count>2</line_count></write_to_file> |
    When the assistant message is presented
    Then "files[late.txt]" is "first\nsecond"
    And "ui[1].text" is "{\"tool\":\"newFileCreated\",\"path\":\"late.txt\",\"content\":\"first\\nsecond\",\"isOutsideWorkspace\":false,\"isProtected\":false}"
    And "ui[1].partial" is "true"

  Scenario: A path still streaming after the content opens the diff view on the partial name
    Given the assistant message is "<write_to_file><content>\nfirst\nsecond\n</content><path>late.txt</path><line_count>2</line_count></write_to_file>"
    And the message streams in chunks of 8 characters
    When the assistant message is presented
    Then "files[la]" is "first\nsecond"
    And the file "late.txt" does not exist
    And "ui[2].text" is "{\"tool\":\"newFileCreated\",\"path\":\"la\",\"content\":\"first\\nsecond\",\"isOutsideWorkspace\":false,\"isProtected\":false}"
    And the tool result header is "[write_to_file for 'late.txt'] Result:"
    And "userMessageContent[1].text" contains "<path>la</path>"

  Scenario: A path streamed before any content waits for the content
    And the message streams in these chunks:
      | <write_to_file><path>wait.txt</path>  |
      | <line_count>1</line_count>            |
      | <content>\\nonly-                     |
      | line\\n</content></write_to_file>     |
    When the assistant message is presented
    Then "files[wait.txt]" is "only-line"
    And "ui[1].text" is "{\"tool\":\"newFileCreated\",\"path\":\"wait.txt\",\"content\":\"\\nonly-\",\"isOutsideWorkspace\":false,\"isProtected\":false}"

  Scenario: Streamed content is shown as it grows and the file exists before approval
    Given a file "notes.txt" containing "old\n"
    And the assistant message is "<write_to_file><path>notes.txt</path><content>\none\ntwo\nthree\n</content><line_count>3</line_count></write_to_file>"
    And the message streams in chunks of 16 characters
    And the user approves
    When the assistant message is presented
    Then "files[notes.txt]" is "one\ntwo\nthree\n"
    And the UI shows ask "tool" with "{\"tool\":\"editedExistingFile\",\"path\":\"notes.txt\",\"content\":\"\\no\",\"isOutsideWorkspace\":false,\"isProtected\":false}"

  Scenario: A denied new file is removed again
    Given the assistant message is "<write_to_file><path>test/file.txt</path><content>Line 1</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file "test/file.txt" does not exist
    And the tool result is "The user denied this operation."
    And the task flag "didRejectTool" is true
    And the task flag "didEditFile" is false

  Scenario: A denied overwrite restores the file
    Given a file "a.txt" containing "keep me\n"
    And the assistant message is "<write_to_file><path>a.txt</path><content>replaced</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "The user denied this operation."

  Scenario: Dropping the final newline of an existing file is reported as a user edit
    Given a file "a.txt" containing "one\ntwo\n"
    And the assistant message is "<write_to_file><path>a.txt</path><content>\none\nthree\n</content><line_count>2</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[a.txt]" is "one\nthree\n"
    And the UI shows say "user_feedback_diff" with "{\"tool\":\"editedExistingFile\",\"path\":\"a.txt\",\"diff\":\"@@ -1,2 +1,2 @@\\n one\\n-three\\n\\\\ No newline at end of file\\n+three\\n\"}"
    And the tool result is:
      """
      <file_write_result>
      <path>a.txt</path>
      <operation>modified</operation>
      <user_edits>@@ -1,2 +1,2 @@
       one
      -three
      \ No newline at end of file
      +three
      </user_edits>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      <i>If the user's edits have addressed part of the task or changed the requirements, adjust your approach accordingly.</i>
      </notice>
      </file_write_result>

      """

  Scenario: A directory in place of the file is an error while writing
    Given a file "src/inner.ts" containing "x\n"
    And the assistant message is "<write_to_file><path>src</path><content>text</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error writing file:\nEISDIR: illegal operation on a directory, read"
    And "userMessageContent[1].text" contains "Error writing file: {"
    And the file "src/inner.ts" is unchanged

  Scenario: A directory in place of the file is an error while streaming
    Given a file "src/inner.ts" containing "x\n"
    And the assistant message is "<write_to_file><path>src</path><content>\ntext\nmore\n</content><line_count>2</line_count></write_to_file>"
    And the message streams in chunks of 10 characters
    When the assistant message is presented
    Then the UI shows say "error" with "Error writing file:\nEISDIR: illegal operation on a directory, read"
    And the file "src/inner.ts" is unchanged
    And "assistantMessage" contains "[Response interrupted by a tool use result."

  # ---- parameters and line_count ---------------------------------------------------------------------------------
  Scenario: A missing path is a missing-parameter error
    Given the assistant message is "<write_to_file><content>x</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use write_to_file without value for required parameter 'path'. Retrying..."
    And the tool result header is "[write_to_file for 'undefined'] Result:"
    And the consecutive mistake count is 1
    And tool "write_to_file" was used 1 time with 1 failure

  Scenario: Missing content is a missing-parameter error
    Given the assistant message is "<write_to_file><path>a.txt</path><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use write_to_file without value for required parameter 'content'. Retrying..."
    And the file "a.txt" does not exist
    And the consecutive mistake count is 1

  Scenario Outline: A line_count that is <what> is not an error
    Given the assistant message is "<write_to_file><path>a.txt</path><content>one\ntwo</content><count></write_to_file>"
    When the assistant message is presented
    Then "files[a.txt]" is "one\ntwo"
    And the consecutive mistake count is 0
    And the UI shows no say "error"

    Examples:
      | what         | count                          |
      | missing      |                                |
      | not a number | <line_count>two</line_count>   |
      | too small    | <line_count>1</line_count>     |
      | too large    | <line_count>50</line_count>    |
      | empty        | <line_count></line_count>      |
      | negative     | <line_count>-3</line_count>    |

  Scenario: Content with an omission comment and a far larger line_count is refused
    Given the assistant message:
      """
      <write_to_file>
      <path>app.js</path>
      <content>
      function main() {
        // rest of code unchanged
      }
      </content>
      <line_count>150</line_count>
      </write_to_file>
      """
    When the assistant message is presented
    Then the file "app.js" does not exist
    And the tool result is "The tool execution failed with the following error:\n<error>\nContent appears to be truncated (file has 3 lines but was predicted to have 150 lines), and found comments indicating omitted code (e.g., '// rest of code unchanged', '/* previous code */'). Please provide the complete file content without any omissions if possible, or otherwise use the 'apply_diff' tool to apply the diff to the original file.\n</error>"
    And the consecutive mistake count is 0
    And tool "write_to_file" was used 1 time with 0 failures

  Scenario: An existing file is restored when the new content looks truncated
    Given a file "app.py" of 120 lines "value_{n} = {n}"
    And the assistant message:
      """
      <write_to_file>
      <path>app.py</path>
      <content>
      value_1 = 1
      # ... rest of the values remain
      </content>
      <line_count>120</line_count>
      </write_to_file>
      """
    When the assistant message is presented
    Then the file "app.py" is unchanged
    And "userMessageContent[1].text" contains "Content appears to be truncated (file has 2 lines but was predicted to have 120 lines)"

  Scenario: An omission comment already in the file is not suspicious
    Given a file "app.js" with:
      """
      // rest of code unchanged
      old();

      """
    And the assistant message:
      """
      <write_to_file>
      <path>app.js</path>
      <content>
      // rest of code unchanged
      run();
      </content>
      <line_count>150</line_count>
      </write_to_file>
      """
    When the assistant message is presented
    Then "files[app.js]" is "// rest of code unchanged\nrun();\n"

  Scenario: An omission comment with a line_count below 100 is not suspicious
    Given the assistant message is "<write_to_file><path>app.js</path><content>main();\n// rest of code unchanged</content><line_count>99</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[app.js]" is "main();\n// rest of code unchanged"

  Scenario: Without a diff strategy truncated-looking content is only warned about and written
    Given diff editing is disabled
    And the assistant message is "<write_to_file><path>app.js</path><content>main();\n/* previous code */</content><line_count>150</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[app.js]" is "main();\n/* previous code */"
    And "userMessageContent[1].text" contains "<operation>created</operation>"

  # ---- content processing ----------------------------------------------------------------------------------------
  Scenario: A closing content tag inside the content is kept (the last one closes the parameter)
    Given the assistant message is "<write_to_file><path>doc.xml</path><content>\n<content>inner</content>\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[doc.xml]" is "<content>inner</content>"

  Scenario: Only the first and last fence lines are removed
    Given the assistant message is "<write_to_file><path>a.md</path><content>\n```md\n# Title\n```js\ncode()\n```\n```\n</content><line_count>5</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[a.md]" is "# Title\n```js\ncode()\n```"

  Scenario Outline: Non-Claude model <model> unescapes <entity>
    Given the model id is "<model>"
    And the assistant message is "<write_to_file><path>e.txt</path><content>a <entity> b</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[e.txt]" is "a <char> b"

    Examples:
      | model            | entity  | char |
      | gpt-4o           | &lt;    | <    |
      | gpt-4o           | &gt;    | >    |
      | gpt-4o           | &amp;   | &    |
      | gpt-4o           | &quot;  | \"   |
      | gpt-4o           | &#39;   | '    |
      | gpt-4o           | &apos;  | '    |
      | gemini-2.5-pro   | &amp;lt; | &lt; |
      | deepseek-chat    | &nbsp;  | &nbsp; |

  Scenario: Unicode content is written as UTF-8
    Given the assistant message is "<write_to_file><path>i18n.txt</path><content>cafe\u0301 café 👋🏽 שלום مرحبا\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[i18n.txt]" is "cafe\u0301 café 👋🏽 שלום مرحبا"

  Scenario: Tabs in the content are kept
    Given the assistant message is "<write_to_file><path>Makefile</path><content>\nall:\n\techo hi\n</content><line_count>2</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[Makefile]" is "all:\n\techo hi"

  Scenario: CRLF content for a new file is saved with the editor's LF line endings
    Given the assistant message is "<write_to_file><path>win.txt</path><content>a\r\nb\r\nc</content><line_count>3</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[win.txt]" is "a\nb\nc"

  Scenario: Overwriting a CRLF file keeps CRLF and its final newline, reported as a user edit
    Given a file "win.txt" containing "x\r\ny\r\n"
    And the assistant message is "<write_to_file><path>win.txt</path><content>a\nb</content><line_count>2</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[win.txt]" is "a\r\nb\r\n"
    And "userMessageContent[1].text" contains "<user_edits>"

  Scenario: Overwriting a file with a BOM keeps the BOM
    Given a file "bom.txt" containing "\uFEFFold\n"
    And the assistant message is "<write_to_file><path>bom.txt</path><content>\nnew\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[bom.txt]" is "\uFEFFnew\n"

  Scenario: A BOM at the start of the content is not written
    Given the assistant message is "<write_to_file><path>bom.txt</path><content>\uFEFFhello</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[bom.txt]" is "hello"
    And "userMessageContent[1].text" contains "<user_edits>"

  Scenario: Overwriting an empty file
    Given an empty file "empty.txt"
    And the assistant message is "<write_to_file><path>empty.txt</path><content>filled</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[empty.txt]" is "filled"
    And "userMessageContent[1].text" contains "<operation>modified</operation>"

  Scenario: Overwriting a file with the same content
    Given a file "same.txt" containing "same"
    And the assistant message is "<write_to_file><path>same.txt</path><content>same</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "same.txt" is unchanged
    And "userMessageContent[1].text" contains "<operation>modified</operation>"

  Scenario: A file of 2,000 lines is written
    Given the message streams in three chunks: "<write_to_file><path>gen.txt</path><content>\n", "row\n" repeated 2000 times, and "</content><line_count>2000</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[gen.txt]" has 7999 characters
    And "userMessageContent[1].text" contains "<operation>created</operation>"

  # ---- paths --------------------------------------------------------------------------------------------------------
  Scenario: A new file in new nested folders creates the folders
    Given the assistant message is "<write_to_file><path>a/b/c/d.txt</path><content>deep</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[a/b/c/d.txt]" is "deep"

  Scenario: A denied new file in new nested folders removes the folders it created
    Given a file "a/keep.txt" containing "k"
    And the assistant message is "<write_to_file><path>a/b/c/d.txt</path><content>deep</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file "a/b/c/d.txt" does not exist
    And the file "a/keep.txt" is unchanged

  Scenario: A path with spaces
    Given the assistant message is "<write_to_file><path>my docs/read me.txt</path><content>spaced</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[my docs/read me.txt]" is "spaced"
    And the tool result header is "[write_to_file for 'my docs/read me.txt'] Result:"

  Scenario: A path through .. that stays inside the workspace
    Given a file "a.txt" containing "old"
    And the assistant message is "<write_to_file><path>sub/../a.txt</path><content>new</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[a.txt]" is "new"
    And "ui[2].text" contains "\"path\":\"a.txt\""
    And "ui[2].text" contains "\"isOutsideWorkspace\":false"

  Scenario: Overwriting a symlink writes the file it points to beside the workspace
    Given a file "../outside.txt" containing "outside\n"
    And a symlink "link.txt" to "../outside.txt"
    And the assistant message is "<write_to_file><path>link.txt</path><content>\nchanged\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[../outside.txt]" is "changed\n"
    And "files[link.txt].symlink" is "../outside.txt"
    And "ui[2].text" contains "\"tool\":\"editedExistingFile\",\"path\":\"link.txt\""

  Scenario: Writing through a dangling symlink creates its target beside the workspace
    Given a symlink "link.txt" to "../created.txt"
    And the assistant message is "<write_to_file><path>link.txt</path><content>made</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[../created.txt]" is "made"
    And "files[link.txt].symlink" is "../created.txt"
    And "ui[2].text" contains "\"tool\":\"newFileCreated\""

  Scenario: Denying a write through a dangling symlink deletes the link and leaves the written target
    Given a symlink "link.txt" to "../created.txt"
    And the assistant message is "<write_to_file><path>link.txt</path><content>made</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file "link.txt" does not exist
    And "files[../created.txt]" is "made"
    And the tool result is "The user denied this operation."

  # ---- .kilocodeignore and protected files -------------------------------------------------------------------------
  Scenario: An ignored path is blocked
    Given a file ".kilocodeignore" containing "*.env\n"
    And the assistant message is "<write_to_file><path>prod.env</path><content>KEY=1</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "prod.env" does not exist
    And the UI shows say "rooignore_error" with "prod.env"
    And the tool result is "The tool execution failed with the following error:\n<error>\nAccess to prod.env is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file.\n</error>"
    And the consecutive mistake count is 0

  Scenario: A protected file is flagged in both asks and written after approval
    Given the assistant message is "<write_to_file><path>.kilocodemodes</path><content>customModes: []</content><line_count>1</line_count></write_to_file>"
    And the user approves
    When the assistant message is presented
    Then "files[.kilocodemodes]" is "customModes: []"
    And "ui[1].text" contains "\"isProtected\":true"
    And "ui[2].isProtected" is "true"

  Scenario: A protected rules file denied is restored
    Given a file ".kilocoderules" containing "Be brief.\n"
    And the assistant message is "<write_to_file><path>.kilocoderules</path><content>Be verbose.</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file ".kilocoderules" is unchanged
    And "ui[2].isProtected" is "true"

  # ---- the user's answer ---------------------------------------------------------------------------------------------
  Scenario: A write denied with feedback returns the feedback and removes the new file
    Given the assistant message is "<write_to_file><path>new.txt</path><content>draft</content><line_count>1</line_count></write_to_file>"
    And the user denies with feedback "call it notes.txt"
    When the assistant message is presented
    Then the file "new.txt" does not exist
    And the tool result is "The user denied this operation and provided the following feedback:\n<feedback>\ncall it notes.txt\n</feedback>"
    And the UI shows say "user_feedback" with "call it notes.txt"

  Scenario: A write approved with feedback is saved and returns the feedback first
    Given the assistant message is "<write_to_file><path>new.txt</path><content>draft</content><line_count>1</line_count></write_to_file>"
    And the user approves with feedback "looks fine"
    When the assistant message is presented
    Then "files[new.txt]" is "draft"
    And the user message content is:
      """
      [write_to_file for 'new.txt'] Result:
      ---
      The user approved this operation and provided the following context:
      <feedback>
      looks fine
      </feedback>
      ---
      [write_to_file for 'new.txt'] Result:
      ---
      <file_write_result>
      <path>new.txt</path>
      <operation>created</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>

      """

  Scenario: A write answered with a message is treated as a denial with feedback
    Given a file "a.txt" containing "old"
    And the assistant message is "<write_to_file><path>a.txt</path><content>new</content><line_count>1</line_count></write_to_file>"
    And the user answers "not yet"
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "The user denied this operation and provided the following feedback:\n<feedback>\nnot yet\n</feedback>"
    And the task flag "didRejectTool" is true

  # ---- modes and experiments ---------------------------------------------------------------------------------------------
  Scenario: Writing a Markdown file is allowed in architect mode
    Given the mode is "architect"
    And the assistant message is "<write_to_file><path>plan.md</path><content># Plan</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[plan.md]" is "# Plan"

  Scenario: Writing a source file is refused in architect mode
    Given the mode is "architect"
    And the assistant message is "<write_to_file><path>main.ts</path><content>x</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "main.ts" does not exist
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool 'write_to_file' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: main.ts\n</error>"
    And the consecutive mistake count is 1

  Scenario: Writing is refused in ask mode
    Given the mode is "ask"
    And the assistant message is "<write_to_file><path>a.txt</path><content>x</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "a.txt" does not exist
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"write_to_file\" is not allowed in ask mode.\n</error>"

  Scenario: With preventFocusDisruption a new file is saved directly after approval
    Given the experiment "preventFocusDisruption" is enabled
    And the assistant message is "<write_to_file><path>direct.txt</path><content>direct</content><line_count>1</line_count></write_to_file>"
    And the user approves
    When the assistant message is presented
    Then "files[direct.txt]" is "direct"
    And the UI events are:
      | kind | type | partial | text                                                                                                           |
      | say  | text | false   |                                                                                                                |
      | ask  | tool | false   | {"tool":"newFileCreated","path":"direct.txt","content":"direct","isOutsideWorkspace":false,"isProtected":false} |

  Scenario: With preventFocusDisruption a denied write never touches the disk
    Given the experiment "preventFocusDisruption" is enabled
    And the assistant message is "<write_to_file><path>direct.txt</path><content>direct</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file "direct.txt" does not exist
    And the tool result is "The user denied this operation."

  Scenario: With preventFocusDisruption an existing file loses its final newline
    Given the experiment "preventFocusDisruption" is enabled
    And a file "a.txt" containing "one\n"
    And the assistant message is "<write_to_file><path>a.txt</path><content>\ntwo\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[a.txt]" is "two"
    And "userMessageContent[1].text" contains "<operation>modified</operation>"
