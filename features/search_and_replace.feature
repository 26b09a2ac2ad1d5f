@tool:search_and_replace
Feature: search_and_replace replaces every match of a literal or regular-expression search
  searchAndReplaceTool shows {"tool":"searchAndReplace","path","search","replace","useRegex","ignoreCase",
  "startLine","endLine"} as a partial "tool" ask while streaming. Complete, it needs path, a non-empty search and a
  replace (which may be empty); search and replace come trimmed from the parser. It checks .kilocodeignore, that the
  file exists (else "File does not exist at path: …" as a tool error, said and returned, a mistake), builds
  RegExp(search or its escaped form, "g" or "gi") — use_regex/ignore_case only when exactly "true" — and replaces
  with String.replace (so "$&", "$1" … are always interpreted), in the whole file or only in the lines
  start_line..end_line (parseInt, clamped). No difference: "No changes needed for '<path>'". Otherwise it shows the
  result in the diff view and asks approval with cline.ask directly, passing the protection flag as the ask's
  partial argument; anything but "yesButtonClicked" restores the file and returns "Changes were rejected by the
  user." (no didRejectTool, the user's text dropped). Saved, it returns the file_write_result XML and records the
  tool use a second time.

  Background:
    Given the mode is "code"

  # ---- literal searches -------------------------------------------------------------------------------------------
  Scenario: A literal search replaces its match and the tool use is counted twice
    Given a file "a.txt" containing "hello world\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>world</search><replace>there</replace></search_and_replace>"
    And the user approves
    When the assistant message is presented
    Then "files[a.txt]" is "hello there\n"
    And the UI shows ask "tool" with "{\"tool\":\"searchAndReplace\",\"path\":\"a.txt\",\"search\":\"world\",\"replace\":\"there\",\"useRegex\":false,\"ignoreCase\":false,\"diff\":\"@@ -1,1 +1,1 @@\\n-hello world\\n+hello there\\n\",\"isProtected\":false}"
    And the tool result header is "[search_and_replace for 'a.txt'] Result:"
    And the tool result is:
      """
      <file_write_result>
      <path>a.txt</path>
      <operation>modified</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>

      """
    And tool "search_and_replace" was used 2 times with 0 failures
    And the task flag "didEditFile" is true
    And the consecutive mistake count is 0

  Scenario: A literal search replaces every occurrence
    Given a file "a.txt" containing "foo bar foo\nfoo\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>foo</search><replace>baz</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "baz bar baz\nbaz\n"

  Scenario: Regular-expression characters in a literal search are matched literally
    Given a file "a.txt" containing "a.b*c axbbc (x) [y] $z ^w\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>a.b*c</search><replace>ok</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "ok axbbc (x) [y] $z ^w\n"

  Scenario: Brackets, dollars and carets in a literal search are matched literally
    Given a file "a.txt" containing "cost: $5 (approx) [x] ^up {a|b} back\\slash\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>$5 (approx) [x] ^up {a|b} back\\slash</search><replace>gone</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "cost: gone\n"

  Scenario: "$&" in the replacement of a literal search inserts the match
    Given a file "a.txt" containing "value\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>value</search><replace>[$&] costs $$5</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "[value] costs $5\n"

  Scenario: A multi-line literal search matches across lines
    Given a file "a.txt" containing "one\ntwo\nthree\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>one\ntwo</search><replace>1-2</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "1-2\nthree\n"

  Scenario: Surrounding whitespace of search and replace is trimmed by the parser
    Given a file "a.txt" containing "x  foo  y\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>  foo  </search><replace> bar </replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "x  bar  y\n"
    And "ui[1].text" contains "\"search\":\"foo\",\"replace\":\"bar\""

  Scenario: An empty replacement deletes every match, and the search loses its trailing space
    Given a file "a.txt" containing "keep DEBUG keep DEBUG\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>DEBUG </search><replace></replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "keep  keep \n"

  Scenario: A search that is not in the file needs no changes
    Given a file "a.txt" containing "hello\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>absent</search><replace>x</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "No changes needed for 'a.txt'"
    And the UI shows no ask "tool"
    And tool "search_and_replace" was used 1 time with 0 failures
    And the task flag "didEditFile" is false
    And the consecutive mistake count is 0

  Scenario: Replacing a text by itself needs no changes
    Given a file "a.txt" containing "same\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>same</search><replace>same</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "No changes needed for 'a.txt'"

  # ---- case ---------------------------------------------------------------------------------------------------------
  Scenario: The search is case-sensitive by default
    Given a file "a.txt" containing "Hello HELLO hello\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>hello</search><replace>hi</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "Hello HELLO hi\n"

  Scenario: ignore_case true matches every case
    Given a file "a.txt" containing "Hello HELLO hello\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>hello</search><replace>hi</replace><ignore_case>true</ignore_case></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "hi hi hi\n"
    And "ui[1].text" contains "\"useRegex\":false,\"ignoreCase\":true"

  Scenario: ignore_case also folds accented letters
    Given a file "a.txt" containing "ÉCOLE école\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>école</search><replace>school</replace><ignore_case>true</ignore_case></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "school school\n"

  Scenario Outline: A flag given as "<flag>" is <meaning>
    Given a file "a.txt" containing "abc a.c\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>a.c</search><replace>X</replace><use_regex><flag></use_regex></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "<result>"

    Examples:
      | flag  | meaning | result      |
      | true  | on      | X X\\n      |
      | True  | off     | abc X\\n    |
      | TRUE  | off     | abc X\\n    |
      | yes   | off     | abc X\\n    |
      | 1     | off     | abc X\\n    |
      | false | off     | abc X\\n    |

  # ---- regular expressions --------------------------------------------------------------------------------------------
  Scenario: A regular expression replaces every match
    Given a file "a.txt" containing "a1 b22 c333\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>\\d+</search><replace>N</replace><use_regex>true</use_regex></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "aN bN cN\n"

  Scenario: Capture groups can be used in the replacement
    Given a file "a.txt" containing "user@host admin@server\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>(\\w+)@(\\w+)</search><replace>$2 at $1</replace><use_regex>true</use_regex></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "host at user server at admin\n"

  Scenario: Without the m flag ^ and $ anchor the whole text
    Given a file "a.txt" containing "a\nb"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>^|$</search><replace>|</replace><use_regex>true</use_regex></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "|a\nb|"

  Scenario: A regular expression works on UTF-16 code units, splitting an emoji
    Given a file "a.txt" containing "a👋b\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>[^ab\\n]</search><replace>_</replace><use_regex>true</use_regex></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "a__b\n"

  Scenario: An invalid regular expression is an error
    Given a file "a.txt" containing "(x)\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>(x</search><replace>y</replace><use_regex>true</use_regex></search_and_replace>"
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the UI shows say "error" with "Error search and replace:\nInvalid regular expression: /(x/g: Unterminated group"
    And "userMessageContent[1].text" contains "Error search and replace: {\"name\":\"SyntaxError\",\"message\":\"Invalid regular expression: /(x/g: Unterminated group\""
    And the consecutive mistake count is 0

  Scenario: A regular expression that matches nothing needs no changes
    Given a file "a.txt" containing "abc\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>[0-9]+</search><replace>N</replace><use_regex>true</use_regex></search_and_replace>"
    When the assistant message is presented
    Then the tool result is "No changes needed for 'a.txt'"

  # ---- line ranges -------------------------------------------------------------------------------------------------------
  Scenario: start_line and end_line limit the replacement to those lines
    Given a file "a.txt" containing "x\nx\nx\nx\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>x</search><replace>y</replace><start_line>2</start_line><end_line>3</end_line></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "x\ny\ny\nx\n"
    And "ui[1].text" contains "\"startLine\":2,\"endLine\":3,"

  Scenario: start_line alone runs to the end of the file
    Given a file "a.txt" containing "x\nx\nx\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>x</search><replace>y</replace><start_line>2</start_line></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "x\ny\ny\n"

  Scenario: end_line alone starts at the first line
    Given a file "a.txt" containing "x\nx\nx\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>x</search><replace>y</replace><end_line>2</end_line></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "y\ny\nx\n"

  Scenario: A multi-line search inside a line range
    Given a file "a.txt" containing "a\nb\na\nb\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>a\nb</search><replace>ab</replace><start_line>3</start_line><end_line>4</end_line></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "a\nb\nab\n"

  Scenario: An end_line past the end is clamped
    Given a file "a.txt" containing "x\nx\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>x</search><replace>y</replace><start_line>2</start_line><end_line>99</end_line></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "x\ny\n"

  Scenario: A start_line past the end adds an empty line
    Given a file "a.txt" containing "a\nb\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>a</search><replace>z</replace><start_line>99</start_line></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "a\nb\n\n"

  Scenario: A start_line after the end_line inserts an empty line between them
    Given a file "a.txt" containing "x\nx\nx\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>x</search><replace>y</replace><start_line>3</start_line><end_line>2</end_line></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "x\nx\n\nx\n"

  Scenario: A start_line that is not a number covers the whole file
    Given a file "a.txt" containing "x\nx\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>x</search><replace>y</replace><start_line>first</start_line></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "y\ny\n"
    And "ui[1].text" contains "\"startLine\":null,"

  Scenario: A line range in a 10,000-line file
    Given a file "big.ts" of 10000 lines "const x{n} = {n};"
    And the assistant message is "<search_and_replace><path>big.ts</path><search>const</search><replace>let</replace><start_line>5000</start_line><end_line>5001</end_line></search_and_replace>"
    When the assistant message is presented
    Then "files[big.ts]" contains "const x4999 = 4999;\nlet x5000 = 5000;\nlet x5001 = 5001;\nconst x5002 = 5002;\n"
    And "files[big.ts]" has 197784 characters

  # ---- line endings, BOM, empty files -----------------------------------------------------------------------------------
  Scenario: A CRLF file keeps CRLF
    Given a file "win.txt" containing "alpha\r\nbeta\r\n"
    And the assistant message is "<search_and_replace><path>win.txt</path><search>beta</search><replace>gamma\ndelta</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[win.txt]" is "alpha\r\ngamma\r\ndelta\r\n"

  Scenario: A multi-line search written with LF does not match a CRLF file
    Given a file "win.txt" containing "alpha\r\nbeta\r\n"
    And the assistant message is "<search_and_replace><path>win.txt</path><search>alpha\nbeta</search><replace>x</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "win.txt" is unchanged
    And the tool result is "No changes needed for 'win.txt'"

  Scenario: A line range in a CRLF file keeps the carriage returns
    Given a file "win.txt" containing "x\r\nx\r\nx\r\n"
    And the assistant message is "<search_and_replace><path>win.txt</path><search>x</search><replace>y</replace><start_line>2</start_line><end_line>2</end_line></search_and_replace>"
    When the assistant message is presented
    Then "files[win.txt]" is "x\r\ny\r\nx\r\n"

  Scenario: A file with a BOM keeps it and the BOM is reported as a user edit
    Given a file "bom.txt" containing "\uFEFFkey=1\n"
    And the assistant message is "<search_and_replace><path>bom.txt</path><search>1</search><replace>2</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[bom.txt]" is "\uFEFFkey=2\n"
    And "userMessageContent[1].text" contains "<user_edits>"

  Scenario: An empty file needs no changes
    Given an empty file "empty.txt"
    And the assistant message is "<search_and_replace><path>empty.txt</path><search>x</search><replace>y</replace></search_and_replace>"
    When the assistant message is presented
    Then the tool result is "No changes needed for 'empty.txt'"

  Scenario: Emoji and right-to-left text are replaced literally
    Given a file "i18n.txt" containing "👋 שלום 👋\n"
    And the assistant message is "<search_and_replace><path>i18n.txt</path><search>👋</search><replace>🌍</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[i18n.txt]" is "🌍 שלום 🌍\n"

  # ---- parameters and missing files ------------------------------------------------------------------------------------------
  Scenario: A missing path is a missing-parameter error
    Given the assistant message is "<search_and_replace><search>a</search><replace>b</replace></search_and_replace>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use search_and_replace without value for required parameter 'path'. Retrying..."
    And the tool result header is "[search_and_replace for 'undefined'] Result:"
    And the consecutive mistake count is 1
    And tool "search_and_replace" was used 1 time with 1 failure

  Scenario: A missing search is a missing-parameter error
    Given a file "a.txt" containing "a\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><replace>b</replace></search_and_replace>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use search_and_replace without value for required parameter 'search'. Retrying..."
    And the file "a.txt" is unchanged

  Scenario: A search of only whitespace is a missing-parameter error
    Given a file "a.txt" containing "a b\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search> </search><replace>_</replace></search_and_replace>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use search_and_replace without value for required parameter 'search'. Retrying..."
    And the file "a.txt" is unchanged

  Scenario: A missing replace is a missing-parameter error
    Given a file "a.txt" containing "a\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>a</search></search_and_replace>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use search_and_replace without value for required parameter 'replace'. Retrying..."
    And the file "a.txt" is unchanged
    And the consecutive mistake count is 1

  Scenario: A file that does not exist is a tool error with its absolute path
    Given the assistant message is "<search_and_replace><path>nope.txt</path><search>a</search><replace>b</replace></search_and_replace>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nFile does not exist at path: {workspace}/nope.txt\nThe specified file could not be found. Please verify the file path and try again.\n</error>"
    And the UI shows say "error" with "The tool execution failed with the following error:\n<error>\nFile does not exist at path: {workspace}/nope.txt\nThe specified file could not be found. Please verify the file path and try again.\n</error>"
    And the file "nope.txt" does not exist
    And the consecutive mistake count is 1
    And tool "search_and_replace" was used 1 time with 1 failure

  Scenario: A directory in place of the file is a read error
    Given a file "src/a.txt" containing "a\n"
    And the assistant message is "<search_and_replace><path>src</path><search>a</search><replace>b</replace></search_and_replace>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nError reading file: {workspace}/src\nFailed to read the file content: EISDIR: illegal operation on a directory, read\nPlease verify file permissions and try again.\n</error>"
    And the file "src/a.txt" is unchanged
    And the consecutive mistake count is 1

  # ---- the user's answer -----------------------------------------------------------------------------------------------------
  Scenario: A denied replacement restores the file without marking the tool as rejected
    Given a file "a.txt" containing "old\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>old</search><replace>new</replace></search_and_replace>"
    And the user denies
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "Changes were rejected by the user."
    And the task flag "didRejectTool" is false
    And tool "search_and_replace" was used 1 time with 0 failures

  Scenario: Feedback with a denial is dropped
    Given a file "a.txt" containing "old\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>old</search><replace>new</replace></search_and_replace>"
    And the user denies with feedback "rename it differently"
    When the assistant message is presented
    Then the file "a.txt" is unchanged
    And the tool result is "Changes were rejected by the user."
    And the UI shows no say "user_feedback"

  Scenario: Feedback with an approval is dropped and the change saved
    Given a file "a.txt" containing "old\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>old</search><replace>new</replace></search_and_replace>"
    And the user approves with feedback "thanks"
    When the assistant message is presented
    Then "files[a.txt]" is "new\n"
    And the user message content has 2 blocks

  # ---- .kilocodeignore and protected files -------------------------------------------------------------------------------------
  Scenario: An ignored file is blocked
    Given a file ".kilocodeignore" containing "*.secret\n"
    And a file "db.secret" containing "password=1\n"
    And the assistant message is "<search_and_replace><path>db.secret</path><search>1</search><replace>2</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "db.secret" is unchanged
    And the UI shows say "rooignore_error" with "db.secret"
    And the tool result is "The tool execution failed with the following error:\n<error>\nAccess to db.secret is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file.\n</error>"

  # The ask gets the protection flag as its partial argument; a partial ask throws (Codex: "… ignored (#2)").
  Scenario: A protected file turns the approval into a partial ask that fails, and the file stays as it was
    Given a file "AGENTS.md" containing "Use tabs.\n"
    And the assistant message is "<search_and_replace><path>AGENTS.md</path><search>tabs</search><replace>spaces</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "AGENTS.md" is unchanged
    And "ui[1].partial" is "true"
    And "ui[1].text" contains "\"isProtected\":true"
    And the UI shows say "error" with "Error search and replace:\nCurrent ask promise was ignored (#2)"

  # ---- paths ---------------------------------------------------------------------------------------------------------------
  Scenario: A path with spaces
    Given a file "my dir/my file.txt" containing "a\n"
    And the assistant message is "<search_and_replace><path>my dir/my file.txt</path><search>a</search><replace>b</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[my dir/my file.txt]" is "b\n"

  Scenario: A symlink to a file beside the workspace is followed
    Given a file "../outside.txt" containing "secret=1\n"
    And a symlink "link.txt" to "../outside.txt"
    And the assistant message is "<search_and_replace><path>link.txt</path><search>1</search><replace>2</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[../outside.txt]" is "secret=2\n"
    And "files[link.txt].symlink" is "../outside.txt"

  # ---- streaming -------------------------------------------------------------------------------------------------------------
  Scenario: A streamed replacement shows search and replace without closing-tag fragments
    Given a file "a.txt" containing "old value\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>old value</search><replace>new value</replace></search_and_replace>"
    And the message streams in chunks of 9 characters
    When the assistant message is presented
    Then "files[a.txt]" is "new value\n"
    And the UI shows ask "tool" with "{\"tool\":\"searchAndReplace\",\"path\":\"a.txt\",\"search\":\"old value\",\"replace\":\"new valu\",\"useRegex\":false,\"ignoreCase\":false}"
    And tool "search_and_replace" was used 2 times with 0 failures

  # ---- modes and experiments -------------------------------------------------------------------------------------------------
  Scenario: search_and_replace on a source file is refused in architect mode
    Given the mode is "architect"
    And a file "a.ts" containing "x\n"
    And the assistant message is "<search_and_replace><path>a.ts</path><search>x</search><replace>y</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool 'search_and_replace' in mode 'Architect' can only edit files matching pattern: \\.md$ (Markdown files only). Got: a.ts\n</error>"

  Scenario: search_and_replace is refused in ask mode
    Given the mode is "ask"
    And a file "a.ts" containing "x\n"
    And the assistant message is "<search_and_replace><path>a.ts</path><search>x</search><replace>y</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"search_and_replace\" is not allowed in ask mode.\n</error>"

  Scenario: With preventFocusDisruption the replacement is saved directly
    Given the experiment "preventFocusDisruption" is enabled
    And a file "a.txt" containing "old\n"
    And the assistant message is "<search_and_replace><path>a.txt</path><search>old</search><replace>new</replace></search_and_replace>"
    When the assistant message is presented
    Then "files[a.txt]" is "new\n"
    And tool "search_and_replace" was used 2 times with 0 failures
