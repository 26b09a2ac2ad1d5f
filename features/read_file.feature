@tool:read_file
Feature: read_file reads one or more files, whole or by line ranges, after one approval
  readFileTool takes <args> with <file> entries (<path>, optional <line_range> "N-M", several allowed) or a legacy
  <path> with start_line/end_line. While streaming it shows {"tool":"readFile","path","isOutsideWorkspace"} for the
  first path. Complete: no valid entry is the missing-parameter error (a mistake); each file's ranges are checked
  (start above end: an error for that file), .kilocodeignore'd files are blocked with a rooignore_error say, the rest
  are approved in one ask (one file: {"tool","path","isOutsideWorkspace","content","reason"}; several: "batchFiles"
  with a key per file, and an answer with a JSON object of key → true approves file by file). Approved files are read:
  a line range through readLines (bypassing maxReadFileLine), maxReadFileLine 0 → definitions only, above
  maxReadFileLine → the first lines with definitions and a notice, else the whole numbered text unless it exceeds 80%
  of the context window in tokens. The result is <files> with one <file> each, after the denial / feedback status.
  Paths that do not exist, dangling links, link loops and files that may not be read are in unreadable_paths.feature.

  Background:
    Given the mode is "code"

  # ---- readFileTool.spec.ts: basic reads ---------------------------------------------------------------------------
  Scenario: A whole file is read with line numbers
    Given a file "test/file.txt" containing "Line 1\nLine 2\nLine 3\nLine 4\nLine 5\n"
    And the assistant message is "<read_file><args><file><path>test/file.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result header is "[read_file for 'test/file.txt'. Reading multiple files at once is more efficient for the LLM. If other files are relevant to your current task, please read them simultaneously.] Result:"
    And the tool result is:
      """
      <files>
      <file><path>test/file.txt</path>
      <content lines="1-5">
      1 | Line 1
      2 | Line 2
      3 | Line 3
      4 | Line 4
      5 | Line 5
      </content>
      </file>
      </files>
      """
    And the consecutive mistake count is 0
    And tool "read_file" was used 1 time with 0 failures
    And no error escaped

  Scenario: The approval shows the readable path, the full path and an empty reason
    Given a file "src/app.ts" containing "const a = 1\n"
    And the assistant message is "<read_file><args><file><path>src/app.ts</path></file></args></read_file>"
    When the assistant message is presented
    Then the UI shows ask "tool" with:
      """
      {"tool":"readFile","path":"src/app.ts","isOutsideWorkspace":false,"content":"{workspace}/src/app.ts","reason":""}
      """

  Scenario: An empty file gives an empty content element and a notice
    Given an empty file "empty.txt"
    And the assistant message is "<read_file><args><file><path>empty.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is:
      """
      <files>
      <file><path>empty.txt</path>
      <content/><notice>File is empty</notice>
      </file>
      </files>
      """

  Scenario: A one-line file without a final newline
    Given a file "one.txt" containing "only line"
    And the assistant message is "<read_file><args><file><path>one.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is:
      """
      <files>
      <file><path>one.txt</path>
      <content lines="1-1">
      1 | only line
      </content>
      </file>
      </files>
      """

  Scenario: A file of only a newline counts one line
    Given a file "nl.txt" containing "\n"
    And the assistant message is "<read_file><args><file><path>nl.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A file of blank lines
    Given a file "blank.txt" containing "\n\n\n"
    And the assistant message is "<read_file><args><file><path>blank.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: CRLF line endings are kept in the numbered text
    Given a file "crlf.txt" of 3 lines "row {n}" with CRLF line endings
    And the assistant message is "<read_file><args><file><path>crlf.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Lone carriage returns count as line ends but do not split the numbered text
    Given a file "cr.txt" containing "a\rb\rc"
    And the assistant message is "<read_file><args><file><path>cr.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Mixed line endings
    Given a file "mixed.txt" containing "one\r\ntwo\nthree\rfour"
    And the assistant message is "<read_file><args><file><path>mixed.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A file with ten lines pads the line numbers to two digits
    Given a file "ten.txt" of 10 lines "text {n}"
    And the assistant message is "<read_file><args><file><path>ten.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains " 9 | text"

  Scenario: A UTF-8 byte order mark is kept
    Given a file "bom.txt" containing "\uFEFFfirst\nsecond\n"
    And the assistant message is "<read_file><args><file><path>bom.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Unicode text and a name with spaces and accents
    Given a file "docs/Résumé final.md" containing "Grüße 🌍\nこんにちは\n"
    And the assistant message is "<read_file><args><file><path>docs/Résumé final.md</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | Grüße 🌍"

  Scenario: A hidden file is read like any other
    Given a file ".env.example" containing "KEY=value\n"
    And the assistant message is "<read_file><args><file><path>.env.example</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | KEY=value"

  Scenario: A file in a hidden folder
    Given a file ".config/settings.json" containing "{\"a\": 1}\n"
    And the assistant message is "<read_file><args><file><path>.config/settings.json</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A path with a leading ./ keeps it in the result
    Given a file "a.txt" containing "x\n"
    And the assistant message is "<read_file><args><file><path>./a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<path>./a.txt</path>"

  Scenario: A path with surrounding whitespace inside the tag is trimmed by the XML parser
    Given a file "a.txt" containing "x\n"
    And the assistant message is "<read_file><args><file><path>  a.txt  </path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Line-number-like text in a file is numbered again
    Given a file "nums.txt" containing "1 | already\n2 | numbered\n"
    And the assistant message is "<read_file><args><file><path>nums.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | 1 | already"

  Scenario: Text that looks like XML is not escaped
    Given a file "x.html" containing "<div>&amp;</div>\n"
    And the assistant message is "<read_file><args><file><path>x.html</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | <div>&amp;</div>"

  Scenario: Tabs and trailing spaces are kept
    Given a file "t.txt" containing "\tindented  \n  two\t\n"
    And the assistant message is "<read_file><args><file><path>t.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: The args may be spread over several lines
    Given a file "a.txt" containing "A\n"
    And the assistant message:
      """
      <read_file>
      <args>
        <file>
          <path>a.txt</path>
        </file>
      </args>
      </read_file>
      """
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | A"

  # ---- missing and bad parameters ------------------------------------------------------------------------------------
  Scenario: No args and no path is the missing-parameter error
    Given the assistant message is "<read_file></read_file>"
    When the assistant message is presented
    Then the consecutive mistake count is 1
    And tool "read_file" was used 1 time with 1 failure
    And "userMessageContent[1].text" contains "<files><error>"

  Scenario: Args without any file entry is the missing-parameter error
    Given the assistant message is "<read_file><args></args></read_file>"
    When the assistant message is presented
    Then the consecutive mistake count is 1

  Scenario: A file entry without a path is skipped, none left is the missing-parameter error
    Given the assistant message is "<read_file><args><file><line_range>1-2</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the consecutive mistake count is 1

  Scenario: An empty path element is skipped
    Given the assistant message is "<read_file><args><file><path></path></file></args></read_file>"
    When the assistant message is presented
    Then the consecutive mistake count is 1

  Scenario: Entries without a path are skipped beside valid ones
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file></file><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | A"

  Scenario: Args text that is not XML has no file entries
    Given the assistant message is "<read_file><args>just text</args></read_file>"
    When the assistant message is presented
    Then the consecutive mistake count is 1

  Scenario: Unclosed XML inside args
    Given the assistant message is "<read_file><args><file><path>a.txt</path></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A folder given as the path
    Given a file "src/a.ts" containing "x\n"
    And the assistant message is "<read_file><args><file><path>src</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: The workspace folder itself
    Given a file "a.ts" containing "x\n"
    And the assistant message is "<read_file><args><file><path>.</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A symlink to a file is read through
    Given a file "real.txt" containing "real content\n"
    And a symlink "link.txt" to "real.txt"
    And the assistant message is "<read_file><args><file><path>link.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | real content"

  Scenario: A symlink to a folder
    Given a file "dir/a.txt" containing "x\n"
    And a symlink "dirlink" to "dir"
    And the assistant message is "<read_file><args><file><path>dirlink</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  # ---- outside the workspace ---------------------------------------------------------------------------------------
  Scenario: A file beside the workspace is read and marked outside
    Given a file "../outside.txt" containing "outside\n"
    And the assistant message is "<read_file><args><file><path>../outside.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | outside"

  Scenario: Outside and inside files in one batch
    Given a file "../outside.txt" containing "outside\n"
    And a file "in.txt" containing "inside\n"
    And the assistant message is "<read_file><args><file><path>../outside.txt</path></file><file><path>in.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A line range reads only those lines, numbered from the start
    Given a file "r.txt" of 10 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>3-5</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is:
      """
      <files>
      <file><path>r.txt</path>
      <content lines="3-5">
      3 | line 3
      4 | line 4
      5 | line 5
      </content>
      </file>
      </files>
      """

  Scenario: The approval reason names the range
    Given a file "r.txt" of 10 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>2-4</line_range></file></args></read_file>"
    When the assistant message is presented
    Then "ui[1].text" contains "\"reason\":\" (lines 2-4)\""

  Scenario: Several ranges give several content elements
    Given a file "r.txt" of 20 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>1-2</line_range><line_range>10-11</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Overlapping ranges are read twice
    Given a file "r.txt" of 10 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>2-5</line_range><line_range>4-6</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A single-line range
    Given a file "r.txt" of 10 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>7-7</line_range></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "7 | line 7"

  Scenario: The first line only
    Given a file "r.txt" of 10 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>1-1</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: The last line of a file without a final newline
    Given a file "r.txt" of 5 lines "line {n}" and no final newline
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>5-5</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range whose end is past the end of the file reads to the end
    Given a file "r.txt" of 5 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>3-100</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range that starts past the end of the file is a range error
    Given a file "r.txt" of 5 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>10-20</line_range></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Line with index 9 does not exist"

  Scenario: A range starting just past the last line
    Given a file "r.txt" of 5 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>6-6</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range on an empty file
    Given an empty file "e.txt"
    And the assistant message is "<read_file><args><file><path>e.txt</path><line_range>1-3</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A reversed range blocks the file with an error
    Given a file "r.txt" of 10 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>5-2</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error reading file r.txt:\nInvalid line range: end line cannot be less than start line"
    And the UI shows no ask "tool"

  Scenario: A reversed range blocks only its own file
    Given a file "r.txt" of 10 lines "line {n}"
    And a file "ok.txt" containing "fine\n"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>5-2</line_range></file><file><path>ok.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range starting at zero
    Given a file "r.txt" of 5 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>0-2</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: The range 0-0
    Given a file "r.txt" of 5 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>0-0</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range that is not N-M is ignored and the whole file read
    Given a file "r.txt" of 3 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>abc</line_range></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<content lines=\"1-3\">"

  Scenario: A negative-looking range matches its digits
    Given a file "r.txt" of 5 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>-1-3</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range with spaces around the dash does not match
    Given a file "r.txt" of 5 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>2 - 3</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range with text around it matches the first N-M
    Given a file "r.txt" of 5 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>lines 2-3 please</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: An empty line_range element reads the whole file
    Given a file "r.txt" of 3 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range></line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range on a CRLF file keeps the carriage returns
    Given a file "r.txt" of 5 lines "row {n}" with CRLF line endings
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>2-3</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range on a file of lone carriage returns is one line for readLines
    Given a file "cr.txt" containing "a\rb\rc\n"
    And the assistant message is "<read_file><args><file><path>cr.txt</path><line_range>1-1</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range of a file with Unicode lines
    Given a file "u.txt" containing "α\nβ\nγ\nδ\n"
    And the assistant message is "<read_file><args><file><path>u.txt</path><line_range>2-3</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range ignores maxReadFileLine
    Given a file "r.txt" of 20 lines "line {n}"
    And the setting "maxReadFileLine" is 5
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>8-12</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range with a huge end
    Given a file "r.txt" of 3 lines "line {n}"
    And the assistant message is "<read_file><args><file><path>r.txt</path><line_range>2-99999999999</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range of a large file reads from the middle
    Given a file "big.txt" of 5000 lines "entry {n}"
    And the assistant message is "<read_file><args><file><path>big.txt</path><line_range>4998-5000</line_range></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "5000 | entry 5000"

  # ---- legacy path parameter ---------------------------------------------------------------------------------------
  Scenario: A legacy path reads the file
    Given a file "legacy.txt" containing "old style\n"
    And the assistant message is "<read_file><path>legacy.txt</path></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | old style"

  Scenario: A legacy path with start_line and end_line reads that range
    Given a file "legacy.txt" of 10 lines "line {n}"
    And the assistant message is "<read_file><path>legacy.txt</path><start_line>2</start_line><end_line>4</end_line></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<content lines=\"2-4\">"

  Scenario: A legacy range with only a start line reads the whole file
    Given a file "legacy.txt" of 4 lines "line {n}"
    And the assistant message is "<read_file><path>legacy.txt</path><start_line>2</start_line></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A legacy range of zero is ignored
    Given a file "legacy.txt" of 4 lines "line {n}"
    And the assistant message is "<read_file><path>legacy.txt</path><start_line>0</start_line><end_line>2</end_line></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A legacy range that is not a number is ignored
    Given a file "legacy.txt" of 4 lines "line {n}"
    And the assistant message is "<read_file><path>legacy.txt</path><start_line>a</start_line><end_line>2</end_line></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A legacy reversed range is an error
    Given a file "legacy.txt" of 6 lines "line {n}"
    And the assistant message is "<read_file><path>legacy.txt</path><start_line>5</start_line><end_line>2</end_line></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Legacy start and end with trailing text are parsed as integers
    Given a file "legacy.txt" of 6 lines "line {n}"
    And the assistant message is "<read_file><path>legacy.txt</path><start_line>2abc</start_line><end_line>3.9</end_line></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Args win over a legacy path
    Given a file "a.txt" containing "from args\n"
    And a file "b.txt" containing "from path\n"
    And the assistant message is "<read_file><path>b.txt</path><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "from args"

  # ---- several files -----------------------------------------------------------------------------------------------
  Scenario: Two files are approved in one batch
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result header is "[read_file for 'a.txt', 'b.txt'] Result:"
    And the UI shows ask "tool" with:
      """
      {"tool":"readFile","batchFiles":[{"path":"a.txt","lineSnippet":"","isOutsideWorkspace":false,"key":"a.txt","content":"{workspace}/a.txt"},{"path":"b.txt","lineSnippet":"","isOutsideWorkspace":false,"key":"b.txt","content":"{workspace}/b.txt"}]}
      """
    And the tool result is:
      """
      <files>
      <file><path>a.txt</path>
      <content lines="1-1">
      1 | A
      </content>
      </file>
      <file><path>b.txt</path>
      <content lines="1-1">
      1 | B
      </content>
      </file>
      </files>
      """

  Scenario: Three files are named in the description
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And a file "c.txt" containing "C\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file><file><path>c.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result header is "[read_file for 'a.txt', 'b.txt', 'c.txt'] Result:"

  Scenario: Many files (more than maxConcurrentFileReads) are all read in one batch
    Given 8 files "f{n}.txt" containing "file {n}\n"
    And the setting "maxConcurrentFileReads" is 5
    And the assistant message is "<read_file><args><file><path>f1.txt</path></file><file><path>f2.txt</path></file><file><path>f3.txt</path></file><file><path>f4.txt</path></file><file><path>f5.txt</path></file><file><path>f6.txt</path></file><file><path>f7.txt</path></file><file><path>f8.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result header is "[read_file for 8 files] Result:"

  Scenario: Batch keys carry the line snippets
    Given a file "a.txt" of 10 lines "a {n}"
    And a file "b.txt" of 10 lines "b {n}"
    And the assistant message is "<read_file><args><file><path>a.txt</path><line_range>1-3</line_range><line_range>5-6</line_range></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "ui[1].text" contains "\"key\":\"a.txt ( (lines 1-3),  (lines 5-6))\""

  Scenario: Batch keys carry the maxReadFileLine snippet
    Given a file "a.txt" of 3 lines "a {n}"
    And a file "b.txt" of 3 lines "b {n}"
    And the setting "maxReadFileLine" is 50
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "ui[1].text" contains "\"lineSnippet\":\" (max 50 lines)\""

  Scenario: The same file twice: only the first entry gets the result
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: The same file twice with different ranges
    Given a file "a.txt" of 6 lines "a {n}"
    And the assistant message is "<read_file><args><file><path>a.txt</path><line_range>1-2</line_range></file><file><path>a.txt</path><line_range>5-6</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Denying a batch denies every file
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the user denies
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is true
    And the tool result is:
      """
      The user denied this operation.
      <files>
      <file><path>a.txt</path><status>Denied by user</status></file>
      <file><path>b.txt</path><status>Denied by user</status></file>
      </files>
      """

  Scenario: Denying a batch with feedback
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the user denies with feedback "read c.txt instead"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the UI shows say "user_feedback" with "read c.txt instead"

  Scenario: Approving a batch with feedback
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the user approves with feedback "thanks"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "thanks"

  Scenario: Approving a batch file by file
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the user answers "{\"a.txt\": true, \"b.txt\": false}"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is true

  Scenario: Approving every file of a batch one by one
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the user answers "{\"a.txt\": true, \"b.txt\": true}"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is false

  Scenario: Individual permissions must be exactly true
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the user answers "{\"a.txt\": \"yes\", \"b.txt\": 1}"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is true

  Scenario: Individual permissions use the keys with line snippets
    Given a file "a.txt" of 5 lines "a {n}"
    And a file "b.txt" containing "B\n"
    And the user answers "{\"a.txt ( (lines 1-2))\": true, \"b.txt\": true}"
    And the assistant message is "<read_file><args><file><path>a.txt</path><line_range>1-2</line_range></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is false

  Scenario: A batch answer that is not JSON denies every file
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the user answers "read them later"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is true

  Scenario: A batch answer that is JSON but not an object
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the user answers "[true, true]"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is true

  Scenario: Denying a single file
    Given a file "a.txt" containing "A\n"
    And the user denies
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is:
      """
      The user denied this operation.
      <files>
      <file><path>a.txt</path><status>Denied by user</status></file>
      </files>
      """
    And "assistantMessage" contains "[Response interrupted by user feedback]"

  Scenario: Denying a single file with feedback
    Given a file "a.txt" containing "A\n"
    And the user denies with feedback "no"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "The user denied this operation and provided the following feedback"

  Scenario: Answering a single-file approval with a message denies it
    Given a file "a.txt" containing "A\n"
    And the user answers "look at b.txt"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is true

  Scenario: Approving a single file with feedback
    Given a file "a.txt" containing "A\n"
    And the user approves with feedback "go on"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "go on"

  Scenario: Denial with feedback and an image passes the image on
    Given a file "a.txt" containing "A\n"
    And the user answers "see this" with an image "data:image/png;base64,iVBORw0KGgo="
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Text after the tool is not executed after the read
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>\nMore text"
    When the assistant message is presented
    Then no error escaped

  Scenario: A second tool after read_file is refused
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file><read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  # ---- .kilocodeignore ---------------------------------------------------------------------------------------------
  Scenario: An ignored file is blocked without an approval
    Given a file ".kilocodeignore" containing "secret.txt\n"
    And a file "secret.txt" containing "password\n"
    And the assistant message is "<read_file><args><file><path>secret.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the UI shows say "rooignore_error" with "secret.txt"
    And the UI shows no ask "tool"
    And "userMessageContent[1].text" contains "Access to secret.txt is blocked by the .kilocodeignore file settings"

  Scenario: An ignored file beside an allowed one
    Given a file ".kilocodeignore" containing "secret/\n"
    And a file "secret/key.pem" containing "KEY\n"
    And a file "public.txt" containing "hello\n"
    And the assistant message is "<read_file><args><file><path>secret/key.pem</path></file><file><path>public.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Two allowed files beside an ignored one are approved as a batch
    Given a file ".kilocodeignore" containing "*.secret\n"
    And a file "a.secret" containing "S\n"
    And a file "b.txt" containing "B\n"
    And a file "c.txt" containing "C\n"
    And the assistant message is "<read_file><args><file><path>a.secret</path></file><file><path>b.txt</path></file><file><path>c.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A negated ignore pattern allows the file
    Given a file ".kilocodeignore" containing "*.log\n!keep.log\n"
    And a file "keep.log" containing "kept\n"
    And the assistant message is "<read_file><args><file><path>keep.log</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | kept"

  Scenario: The .kilocodeignore file itself can be read
    Given a file ".kilocodeignore" containing "secret.txt\n"
    And the assistant message is "<read_file><args><file><path>.kilocodeignore</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A range of an ignored file is still blocked
    Given a file ".kilocodeignore" containing "secret.txt\n"
    And a file "secret.txt" containing "a\nb\n"
    And the assistant message is "<read_file><args><file><path>secret.txt</path><line_range>1-1</line_range></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  # ---- maxReadFileLine -----------------------------------------------------------------------------------------------
  Scenario: maxReadFileLine -1 reads the whole file
    Given a file "big.txt" of 30 lines "row {n}"
    And the setting "maxReadFileLine" is -1
    And the assistant message is "<read_file><args><file><path>big.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<content lines=\"1-30\">"

  Scenario: maxReadFileLine above the file's lines reads the whole file
    Given a file "small.txt" of 3 lines "row {n}"
    And the setting "maxReadFileLine" is 10
    And the assistant message is "<read_file><args><file><path>small.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "ui[1].text" contains "\"reason\":\" (max 10 lines)\""

  Scenario: maxReadFileLine equal to the file's lines reads the whole file
    Given a file "eq.txt" of 5 lines "row {n}"
    And the setting "maxReadFileLine" is 5
    And the assistant message is "<read_file><args><file><path>eq.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<content lines=\"1-5\">"

  Scenario: maxReadFileLine below the file's lines shows the first lines, definitions and a notice
    Given a file "big.ts" with:
      """
      export function alpha() {
        return 1
      }

      export class Beta {
        method() {
          return 2
        }
      }
      const gamma = () => 3
      """
    And the setting "maxReadFileLine" is 3
    And the assistant message is "<read_file><args><file><path>big.ts</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<notice>Showing only 3 of 10 total lines. Use line_range if you need to read more lines</notice>"

  Scenario: maxReadFileLine below the lines of a plain text file (no definitions)
    Given a file "notes.txt" of 20 lines "note {n}"
    And the setting "maxReadFileLine" is 4
    And the assistant message is "<read_file><args><file><path>notes.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<content lines=\"1-4\">"

  Scenario: maxReadFileLine 1 on a two-line file
    Given a file "two.txt" of 2 lines "l {n}"
    And the setting "maxReadFileLine" is 1
    And the assistant message is "<read_file><args><file><path>two.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: maxReadFileLine 0 shows only the definitions
    Given a file "defs.ts" with:
      """
      export function alpha() {
        return 1
      }

      export class Beta {
        method() {
          return 2
        }
      }
      """
    And the setting "maxReadFileLine" is 0
    And the assistant message is "<read_file><args><file><path>defs.ts</path></file></args></read_file>"
    When the assistant message is presented
    Then "ui[1].text" contains "\"reason\":\" (definitions only)\""
    And "userMessageContent[1].text" contains "<list_code_definition_names>"

  Scenario: maxReadFileLine 0 on a file without definitions gives no file element
    Given a file "plain.txt" of 5 lines "text {n}"
    And the setting "maxReadFileLine" is 0
    And the assistant message is "<read_file><args><file><path>plain.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is:
      """
      <files>

      </files>
      """

  Scenario: maxReadFileLine 0 with a range reads the range
    Given a file "plain.txt" of 5 lines "text {n}"
    And the setting "maxReadFileLine" is 0
    And the assistant message is "<read_file><args><file><path>plain.txt</path><line_range>2-3</line_range></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "2 | text 2"

  Scenario: maxReadFileLine 0 on an empty file
    Given an empty file "empty.ts"
    And the setting "maxReadFileLine" is 0
    And the assistant message is "<read_file><args><file><path>empty.ts</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: maxReadFileLine 0 for a batch
    Given a file "a.txt" of 3 lines "a {n}"
    And a file "b.txt" of 3 lines "b {n}"
    And the setting "maxReadFileLine" is 0
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "ui[1].text" contains "\"key\":\"a.txt ( (definitions only))\""

  Scenario: maxReadFileLine below the lines of a Python file
    Given a file "mod.py" with:
      """
      def first():
          return 1


      class Second:
          def method(self):
              return 2
      """
    And the setting "maxReadFileLine" is 2
    And the assistant message is "<read_file><args><file><path>mod.py</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped

  # ---- the token limit (kilocode.ts) ----------------------------------------------------------------------------------
  Scenario: A file above 80% of the context window in tokens is refused
    Given a file "huge.txt" of 400 lines "some words to count as tokens here {n}"
    And the setting "modelInfo" is {"contextWindow": 1000, "supportsImages": true}
    And the setting "maxReadFileLine" is 1000
    And the assistant message is "<read_file><args><file><path>huge.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "File content exceeds token limit ("
    And "userMessageContent[1].text" contains "limit is 800 tokens). Please use line_range to read smaller sections.</error>"

  Scenario: The token notice leaves out line ranges when maxReadFileLine is negative
    Given a file "huge.txt" of 100 lines "tokens tokens tokens {n}"
    And the setting "modelInfo" is {"contextWindow": 100}
    And the setting "maxReadFileLine" is -1
    And the assistant message is "<read_file><args><file><path>huge.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "limit is 80 tokens).</error>"

  Scenario: allowVeryLargeReads lets a large file through
    Given a file "huge.txt" of 100 lines "tokens tokens tokens {n}"
    And the setting "modelInfo" is {"contextWindow": 100}
    And the setting "allowVeryLargeReads" is true
    And the assistant message is "<read_file><args><file><path>huge.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<content lines=\"1-100\">"

  Scenario: A file just under the token limit is read
    Given a file "ok.txt" containing "hello\n"
    And the setting "modelInfo" is {"contextWindow": 100}
    And the assistant message is "<read_file><args><file><path>ok.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | hello"

  Scenario: A model info without a context window refuses every file
    Given a file "ok.txt" containing "hello\n"
    And the setting "modelInfo" is {"supportsImages": false}
    And the assistant message is "<read_file><args><file><path>ok.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "limit is NaN tokens"

  Scenario: The token limit applies per file in a batch
    Given a file "huge.txt" of 200 lines "many many tokens here {n}"
    And a file "small.txt" containing "hi\n"
    And the setting "modelInfo" is {"contextWindow": 500}
    And the assistant message is "<read_file><args><file><path>huge.txt</path></file><file><path>small.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | hi"

  Scenario: Ranges are not counted against the token limit
    Given a file "huge.txt" of 200 lines "many many tokens here {n}"
    And the setting "modelInfo" is {"contextWindow": 100}
    And the assistant message is "<read_file><args><file><path>huge.txt</path><line_range>1-200</line_range></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "200 | many many tokens here 200"

  # ---- streaming ---------------------------------------------------------------------------------------------------
  Scenario: While streaming, the first path is shown as a partial ask
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    And the message streams in chunks of 20 characters
    When the assistant message is presented
    Then no error escaped

  Scenario: Streaming one character at a time
    Given a file "a.txt" containing "A\n"
    And a file "b.txt" containing "B\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file></args></read_file>"
    And the message streams one character at a time
    When the assistant message is presented
    Then no error escaped

  Scenario: Streaming a legacy path
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    And the message streams in chunks of 7 characters
    When the assistant message is presented
    Then no error escaped

  Scenario: Streaming a path outside the workspace
    Given a file "../o.txt" containing "O\n"
    And the assistant message is "<read_file><args><file><path>../o.txt</path></file></args></read_file>"
    And the message streams in chunks of 25 characters
    When the assistant message is presented
    Then no error escaped

  Scenario: A message that ends inside the tool
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args>"
    When the assistant message is presented
    Then no error escaped

  # ---- modes -------------------------------------------------------------------------------------------------------
  Scenario: read_file is allowed in ask mode
    Given the mode is "ask"
    And a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | A"

  Scenario: read_file is allowed in architect mode
    Given the mode is "architect"
    And a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then no error escaped
