Feature: Reading tools on paths that cannot be read: missing files, dangling links, link loops, modes that forbid it
  What each reading tool answers when the path is not there or may not be read, and that nothing on disk changes.
  "the mode of … is …" sets a POSIX mode on a fixture path after the files are written: these cases run only where
  modes bind the targets (not as root with CAP_DAC_OVERRIDE; run-parity.sh and .ci/run drop it with setpriv), and
  show as "not run" elsewhere. read_file runs countFileLines and isBinaryFile in one Promise.all: a path that does not
  resolve fails both after one file-system call each, and the first to settle decides the text. With VS Code's four
  libuv threads countFileLines' "File not found: …" wins 2,995 of 3,000 calls for a missing file and 2,980 of 3,000 for
  a link loop (the rest show "ENOENT/ELOOP: …, stat '…'"); the TypeScript host runs with one libuv thread, where it
  wins every call, so these cases are stable. A file that exists but may not be opened fails both calls with the
  same "EACCES: permission denied, open '…'".

  Background:
    Given the mode is "code"

  # ---- read_file: paths that do not resolve --------------------------------------------------------------------------
  @tool:read_file
  Scenario: read_file of a missing file answers "File not found" with the absolute path
    Given a file "a.txt" containing "a\n"
    And the assistant message is "<read_file><args><file><path>missing.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>missing.txt</path><error>Error reading file: File not found: {workspace}/missing.txt</error></file>\n</files>"
    And the UI shows say "error" with "Error reading file missing.txt:\nFile not found: {workspace}/missing.txt"
    And the file "a.txt" is unchanged

  @tool:read_file
  Scenario: read_file of a missing file in a missing folder
    Given the assistant message is "<read_file><args><file><path>no/such/dir/file.ts</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>no/such/dir/file.ts</path><error>Error reading file: File not found: {workspace}/no/such/dir/file.ts</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a missing file with a line range
    Given the assistant message is "<read_file><args><file><path>missing.txt</path><line_range>1-5</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>missing.txt</path><error>Error reading file: File not found: {workspace}/missing.txt</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a missing file when only definitions are read (maxReadFileLine 0)
    Given the setting "maxReadFileLine" is 0
    And the assistant message is "<read_file><args><file><path>missing.ts</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>missing.ts</path><error>Error reading file: File not found: {workspace}/missing.ts</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a missing image
    Given the setting "modelInfo" is {"contextWindow": 200000, "supportsImages": true}
    And the assistant message is "<read_file><args><file><path>missing.png</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>missing.png</path><error>Error reading file: File not found: {workspace}/missing.png</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a missing file beside two that exist: the others are still read
    Given a file "a.txt" containing "alpha\n"
    And a file "c.txt" containing "gamma\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>b.txt</path></file><file><path>c.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is:
      """
      <files>
      <file><path>a.txt</path>
      <content lines="1-1">
      1 | alpha
      </content>
      </file>
      <file><path>b.txt</path><error>Error reading file: File not found: {workspace}/b.txt</error></file>
      <file><path>c.txt</path>
      <content lines="1-1">
      1 | gamma
      </content>
      </file>
      </files>
      """

  @tool:read_file
  Scenario: read_file of two missing files gives two errors and two error messages
    Given the assistant message is "<read_file><args><file><path>x.txt</path></file><file><path>y.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<file><path>x.txt</path><error>Error reading file: File not found: {workspace}/x.txt</error></file>"
    And the last tool result contains "<file><path>y.txt</path><error>Error reading file: File not found: {workspace}/y.txt</error></file>"

  @tool:read_file
  Scenario: read_file of a missing file with a name with spaces and Unicode
    Given the assistant message is "<read_file><args><file><path>docs/Überblick und Plan.md</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>docs/Überblick und Plan.md</path><error>Error reading file: File not found: {workspace}/docs/Überblick und Plan.md</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a missing file beside the workspace
    Given the assistant message is "<read_file><args><file><path>../gone.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: File not found: {workspace}/../gone.txt</error>"

  @tool:read_file
  Scenario: read_file with the legacy <path> parameter on a missing file
    Given the assistant message is "<read_file><path>missing.txt</path></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>missing.txt</path><error>Error reading file: File not found: {workspace}/missing.txt</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a dangling link
    Given a symlink "dangling.txt" to "nowhere.txt"
    And the assistant message is "<read_file><args><file><path>dangling.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>dangling.txt</path><error>Error reading file: File not found: {workspace}/dangling.txt</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a link to itself
    Given a symlink "loop" to "loop"
    And the assistant message is "<read_file><args><file><path>loop</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>loop</path><error>Error reading file: File not found: {workspace}/loop</error></file>\n</files>"
    And the UI shows say "error" with "Error reading file loop:\nFile not found: {workspace}/loop"

  @tool:read_file
  Scenario: read_file of two links that point at each other
    Given a symlink "ping" to "pong"
    And a symlink "pong" to "ping"
    And the assistant message is "<read_file><args><file><path>ping</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>ping</path><error>Error reading file: File not found: {workspace}/ping</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a file below a folder link that loops
    Given a file "sub/a.txt" containing "a\n"
    And a symlink "sub/loop" to "."
    And the assistant message is "<read_file><args><file><path>sub/loop/loop/loop/a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | a"

  @tool:read_file
  Scenario: read_file of a path that goes through a file as if it were a folder
    Given a file "a.txt" containing "a\n"
    And the assistant message is "<read_file><args><file><path>a.txt/b.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>a.txt/b.txt</path><error>Error reading file: File not found: {workspace}/a.txt/b.txt</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a missing file that .kilocodeignore blocks is blocked, not read
    Given a file ".kilocodeignore" containing "secret/\n"
    And the assistant message is "<read_file><args><file><path>secret/missing.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is "<files>\n<file><path>secret/missing.txt</path><error>Access to secret/missing.txt is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file.</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file of a missing file, denied by the user, is not read
    Given the user denies
    And the assistant message is "<read_file><args><file><path>missing.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is "The user denied this operation.\n<files>\n<file><path>missing.txt</path><status>Denied by user</status></file>\n</files>"

  # ---- read_file: files that may not be read ---------------------------------------------------------------------------
  @tool:read_file
  Scenario: read_file of a file nobody may read: EACCES, and the file is unchanged
    Given a file "secret.txt" containing "a\nb\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<read_file><args><file><path>secret.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>secret.txt</path><error>Error reading file: EACCES: permission denied, open '{workspace}/secret.txt'</error></file>\n</files>"
    And the UI shows say "error" with "Error reading file secret.txt:\nEACCES: permission denied, open '{workspace}/secret.txt'"
    And the file "secret.txt" is unchanged

  @tool:read_file
  Scenario: read_file of a write-only file
    Given a file "log.txt" containing "entry\n"
    And the mode of "log.txt" is "200"
    And the assistant message is "<read_file><args><file><path>log.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: EACCES: permission denied, open '{workspace}/log.txt'</error>"

  @tool:read_file
  Scenario: read_file of a read-only file reads it
    Given a file "ro.txt" containing "frozen\n"
    And the mode of "ro.txt" is "444"
    And the assistant message is "<read_file><args><file><path>ro.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>ro.txt</path>\n<content lines=\"1-1\">\n1 | frozen\n</content>\n</file>\n</files>"

  @tool:read_file
  Scenario: read_file of an unreadable file with a line range
    Given a file "secret.txt" containing "1\n2\n3\n4\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<read_file><args><file><path>secret.txt</path><line_range>2-3</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: EACCES: permission denied, open '{workspace}/secret.txt'</error>"

  @tool:read_file
  Scenario: read_file of an unreadable source file when only definitions are read
    Given the setting "maxReadFileLine" is 0
    And a file "a.ts" containing "export function a() {\n  return 1\n}\n"
    And the mode of "a.ts" is "000"
    And the assistant message is "<read_file><args><file><path>a.ts</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: EACCES: permission denied, open '{workspace}/a.ts'</error>"

  @tool:read_file
  Scenario: read_file of an unreadable file above maxReadFileLine
    Given the setting "maxReadFileLine" is 2
    And a file "a.ts" of 10 lines "const v{n} = {n}"
    And the mode of "a.ts" is "000"
    And the assistant message is "<read_file><args><file><path>a.ts</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: EACCES: permission denied, open '{workspace}/a.ts'</error>"

  @tool:read_file
  Scenario: read_file of an unreadable image
    Given the setting "modelInfo" is {"contextWindow": 200000, "supportsImages": true}
    And a file "pic.png" with base64 "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    And the mode of "pic.png" is "000"
    And the assistant message is "<read_file><args><file><path>pic.png</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: EACCES: permission denied, open '{workspace}/pic.png'</error>"

  @tool:read_file
  Scenario: read_file of an unreadable notebook
    Given a file "nb.ipynb" containing "{\"cells\": []}"
    And the mode of "nb.ipynb" is "000"
    And the assistant message is "<read_file><args><file><path>nb.ipynb</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: EACCES: permission denied, open '{workspace}/nb.ipynb'</error>"

  @tool:read_file
  Scenario: read_file of an empty file nobody may read
    Given an empty file "empty.txt"
    And the mode of "empty.txt" is "000"
    And the assistant message is "<read_file><args><file><path>empty.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: EACCES: permission denied, open '{workspace}/empty.txt'</error>"

  @tool:read_file
  Scenario: read_file of an unreadable file between two readable ones
    Given a file "a.txt" containing "alpha\n"
    And a file "secret.txt" containing "hidden\n"
    And a file "c.txt" containing "gamma\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file><file><path>secret.txt</path></file><file><path>c.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<file><path>a.txt</path>\n<content lines=\"1-1\">\n1 | alpha\n</content>\n</file>\n<file><path>secret.txt</path><error>Error reading file: EACCES: permission denied, open '{workspace}/secret.txt'</error></file>\n<file><path>c.txt</path>"
    And the last tool result does not contain "hidden"

  @tool:read_file
  Scenario: read_file of a file in a folder nobody may enter is "File not found"
    Given a file "locked/a.txt" containing "a\n"
    And the mode of "locked" is "000"
    And the assistant message is "<read_file><args><file><path>locked/a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result is "<files>\n<file><path>locked/a.txt</path><error>Error reading file: File not found: {workspace}/locked/a.txt</error></file>\n</files>"
    And the file "locked/a.txt" is unchanged

  @tool:read_file
  Scenario: read_file of a file in a folder that may be listed but not entered
    Given a file "listable/a.txt" containing "a\n"
    And the mode of "listable" is "644"
    And the assistant message is "<read_file><args><file><path>listable/a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: File not found: {workspace}/listable/a.txt</error>"

  @tool:read_file
  Scenario: read_file of a file in a folder that may be entered but not listed reads it
    Given a file "hidden-names/a.txt" containing "a\n"
    And the mode of "hidden-names" is "311"
    And the assistant message is "<read_file><args><file><path>hidden-names/a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "1 | a"

  @tool:read_file
  Scenario: read_file of a folder nobody may enter
    Given a file "locked/a.txt" containing "a\n"
    And the mode of "locked" is "000"
    And the assistant message is "<read_file><args><file><path>locked</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nError reading file locked: {\"name\":\"Error\",\"message\":\"Path provided was not a file!\",\"stack\":\"{stack}\"}\n</error>"
    And the last tool result is "<files>\n<file><path>locked</path><error>Error reading file: Path provided was not a file!</error></file>\n</files>"

  @tool:read_file
  Scenario: read_file through a link to an unreadable file
    Given a file "secret.txt" containing "s\n"
    And a symlink "link.txt" to "secret.txt"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<read_file><args><file><path>link.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the last tool result contains "<error>Error reading file: EACCES: permission denied, open '{workspace}/link.txt'</error>"

  @tool:read_file
  Scenario: read_file of an unreadable file with the legacy <path> parameter and a model that reads one file at a time
    Given the model id is "sonic"
    And a file "secret.txt" containing "s\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<read_file><path>secret.txt</path></read_file>"
    When the assistant message is presented
    Then the tool result is "<file><path>secret.txt</path><error>Error reading file: EACCES: permission denied, open '{workspace}/secret.txt'</error></file>"

  # ---- simple_read_file (models that read one file at a time) ----------------------------------------------------------
  @tool:read_file
  Scenario: simple read_file of a missing file: the <file> result first, then the tool error
    Given the model id is "sonic"
    And the assistant message is "<read_file><path>missing.txt</path></read_file>"
    When the assistant message is presented
    Then the tool result is "<file><path>missing.txt</path><error>Error reading file: File not found: {workspace}/missing.txt</error></file>"
    And the last tool result contains "Error reading file missing.txt: {\"name\":\"Error\",\"message\":\"File not found: {workspace}/missing.txt\""

  @tool:read_file
  Scenario: simple read_file of a link loop
    Given the model id is "sonic"
    And a symlink "loop" to "loop"
    And the assistant message is "<read_file><path>loop</path></read_file>"
    When the assistant message is presented
    Then the tool result is "<file><path>loop</path><error>Error reading file: File not found: {workspace}/loop</error></file>"

  @tool:read_file
  Scenario: simple read_file of a file in a folder nobody may enter
    Given the model id is "sonic"
    And a file "locked/a.txt" containing "a\n"
    And the mode of "locked" is "000"
    And the assistant message is "<read_file><path>locked/a.txt</path></read_file>"
    When the assistant message is presented
    Then the tool result is "<file><path>locked/a.txt</path><error>Error reading file: File not found: {workspace}/locked/a.txt</error></file>"

  @tool:read_file
  Scenario: simple read_file of an unreadable image
    Given the model id is "sonic"
    And the setting "modelInfo" is {"contextWindow": 200000, "supportsImages": true}
    And a file "pic.png" with base64 "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    And the mode of "pic.png" is "000"
    And the assistant message is "<read_file><path>pic.png</path></read_file>"
    When the assistant message is presented
    Then the tool result is "<file><path>pic.png</path><error>Error reading file: EACCES: permission denied, open '{workspace}/pic.png'</error></file>"

  # ---- list_files ------------------------------------------------------------------------------------------------------
  @tool:list_files
  Scenario: list_files shows a folder nobody may enter, but nothing in it
    Given a file "locked/a.txt" containing "a\n"
    And a file "b.txt" containing "b\n"
    And the mode of "locked" is "000"
    And the assistant message is "<list_files><path>.</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is "b.txt\nlocked/"

  @tool:list_files
  Scenario: list_files (not recursive) shows a folder nobody may enter
    Given a file "locked/a.txt" containing "a\n"
    And a file "b.txt" containing "b\n"
    And the mode of "locked" is "000"
    And the assistant message is "<list_files><path>.</path></list_files>"
    When the assistant message is presented
    Then the tool result is "b.txt\nlocked/"

  @tool:list_files
  Scenario: list_files of a folder nobody may enter
    Given a file "locked/a.txt" containing "a\n"
    And the mode of "locked" is "000"
    And the assistant message is "<list_files><path>locked</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is "No files found."

  @tool:list_files
  Scenario: list_files (not recursive) of a folder nobody may enter
    Given a file "locked/a.txt" containing "a\n"
    And the mode of "locked" is "000"
    And the assistant message is "<list_files><path>locked</path></list_files>"
    When the assistant message is presented
    Then the tool result is "No files found."

  @tool:list_files
  Scenario: list_files of a folder that may be listed but not entered shows its names
    Given a file "listable/a.txt" containing "a\n"
    And a file "listable/sub/b.txt" containing "b\n"
    And the mode of "listable" is "644"
    And the assistant message is "<list_files><path>.</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is "listable/\nlistable/a.txt\nlistable/sub/"

  @tool:list_files
  Scenario: list_files of a folder that may be entered but not listed
    Given a file "hidden-names/a.txt" containing "a\n"
    And a file "c.txt" containing "c\n"
    And the mode of "hidden-names" is "311"
    And the assistant message is "<list_files><path>.</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is "c.txt\nhidden-names/"

  @tool:list_files
  Scenario: list_files lists files nobody may read
    Given a file "secret.txt" containing "s\n"
    And a file "open.txt" containing "o\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<list_files><path>.</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is "open.txt\nsecret.txt"

  @tool:list_files
  Scenario: list_files in a git repository whose .gitignore may not be read lists what it would ignore
    Given the workspace is a git repository
    And a file ".gitignore" containing "*.log\n"
    And a file "a.log" containing "log\n"
    And a file "a.ts" containing "a\n"
    And the mode of ".gitignore" is "000"
    And the assistant message is "<list_files><path>.</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is ".gitignore\na.log\na.ts"

  @tool:list_files
  Scenario: list_files of a missing folder
    Given the assistant message is "<list_files><path>nowhere</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is "No files found."

  @tool:list_files
  Scenario: list_files of a dangling link to a folder
    Given a symlink "gone" to "missing-dir"
    And the assistant message is "<list_files><path>gone</path></list_files>"
    When the assistant message is presented
    Then the tool result is "No files found."

  @tool:list_files
  Scenario: list_files of a link loop
    Given a symlink "loop" to "loop"
    And the assistant message is "<list_files><path>loop</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is "No files found."

  @tool:list_files
  Scenario: list_files with two folder links that point at each other's parent
    Given a file "a/x.txt" containing "x\n"
    And a file "b/y.txt" containing "y\n"
    And a symlink "a/to-b" to "../b"
    And a symlink "b/to-a" to "../a"
    And the assistant message is "<list_files><path>.</path><recursive>true</recursive></list_files>"
    When the assistant message is presented
    Then the tool result is "a/\na/x.txt\na/to-b/y.txt\nb/\nb/y.txt\nb/to-a/x.txt"

  # ---- search_files ----------------------------------------------------------------------------------------------------
  @tool:search_files
  Scenario: search_files skips a file nobody may read and a folder nobody may enter
    Given a file "locked/a.txt" containing "TODO locked\n"
    And a file "secret.txt" containing "TODO secret\n"
    And a file "b.txt" containing "TODO open\n"
    And the mode of "locked" is "000"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<search_files><path>.</path><regex>TODO</regex></search_files>"
    When the assistant message is presented
    Then the tool result is "Found 1 result.\n\n# b.txt\n  1 | TODO open\n----"

  @tool:search_files
  Scenario: search_files in a folder nobody may enter
    Given a file "locked/a.txt" containing "TODO\n"
    And the mode of "locked" is "000"
    And the assistant message is "<search_files><path>locked</path><regex>TODO</regex></search_files>"
    When the assistant message is presented
    Then the tool result is "Found 0 results."

  @tool:search_files
  Scenario: search_files of a single file nobody may read
    Given a file "secret.txt" containing "TODO\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<search_files><path>secret.txt</path><regex>TODO</regex></search_files>"
    When the assistant message is presented
    Then the tool result is "Found 0 results."

  @tool:search_files
  Scenario: search_files with only unreadable files finds nothing
    Given a file "a.txt" containing "TODO\n"
    And a file "b.txt" containing "TODO\n"
    And the mode of "a.txt" is "000"
    And the mode of "b.txt" is "000"
    And the assistant message is "<search_files><path>.</path><regex>TODO</regex></search_files>"
    When the assistant message is presented
    Then the tool result is "Found 0 results."

  @tool:search_files
  Scenario: search_files in a missing folder
    Given the assistant message is "<search_files><path>nowhere</path><regex>TODO</regex></search_files>"
    When the assistant message is presented
    Then the tool result is "Found 0 results."

  @tool:search_files
  Scenario: search_files through a link loop
    Given a file "sub/a.txt" containing "TODO\n"
    And a symlink "sub/loop" to ".."
    And the assistant message is "<search_files><path>.</path><regex>TODO</regex></search_files>"
    When the assistant message is presented
    Then the tool result is "Found 1 result.\n\n# sub/a.txt\n  1 | TODO\n----"

  @tool:search_files
  Scenario: search_files of a path that is a link loop
    Given a symlink "loop" to "loop"
    And the assistant message is "<search_files><path>loop</path><regex>TODO</regex></search_files>"
    When the assistant message is presented
    Then the tool result is "Found 0 results."

  # ---- list_code_definition_names -------------------------------------------------------------------------------------
  @tool:list_code_definition_names
  Scenario: list_code_definition_names of a source file nobody may read: "does not exist or cannot be accessed"
    Given a file "a.ts" containing "export function a() {\n  return 1\n  // two\n}\n"
    And the mode of "a.ts" is "000"
    And the assistant message is "<list_code_definition_names><path>a.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/a.ts: does not exist or cannot be accessed."

  @tool:list_code_definition_names
  Scenario: list_code_definition_names of a folder with one file nobody may read fails for the whole folder
    Given a file "src/a.ts" containing "export function a() {\n  return 1\n  // two\n}\n"
    And a file "src/b.ts" containing "export function b() {\n  return 2\n  // two\n}\n"
    And the mode of "src/a.ts" is "000"
    And the assistant message is "<list_code_definition_names><path>src</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/src: does not exist or cannot be accessed."

  @tool:list_code_definition_names
  Scenario: list_code_definition_names of a folder nobody may enter finds no definitions
    Given a file "locked/a.ts" containing "export function a() {\n  return 1\n  // two\n}\n"
    And the mode of "locked" is "000"
    And the assistant message is "<list_code_definition_names><path>locked</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found."

  @tool:list_code_definition_names
  Scenario: list_code_definition_names of a file in a folder nobody may enter
    Given a file "locked/a.ts" containing "export function a() {\n  return 1\n  // two\n}\n"
    And the mode of "locked" is "000"
    And the assistant message is "<list_code_definition_names><path>locked/a.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/locked/a.ts: does not exist or cannot be accessed."

  @tool:list_code_definition_names
  Scenario: list_code_definition_names of a markdown file nobody may read
    Given a file "README.md" containing "# Title\n\ntext\n\n## Part\n\nmore\nmore\nmore\n"
    And the mode of "README.md" is "000"
    And the assistant message is "<list_code_definition_names><path>README.md</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/README.md: does not exist or cannot be accessed."

  @tool:list_code_definition_names
  Scenario: list_code_definition_names of a link loop
    Given a symlink "loop" to "loop"
    And the assistant message is "<list_code_definition_names><path>loop</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/loop: does not exist or cannot be accessed."

  @tool:list_code_definition_names
  Scenario: list_code_definition_names of a dangling link
    Given a symlink "gone.ts" to "missing.ts"
    And the assistant message is "<list_code_definition_names><path>gone.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/gone.ts: does not exist or cannot be accessed."

  # ---- codebase_search and fetch_instructions read no workspace file: nothing to add here ------------------------------
