Feature: Edit safety: a refused, failed or blocked edit leaves the file byte for byte as it was
  For every editing tool — write_to_file, insert_content, search_and_replace, apply_diff (legacy) and apply_diff with
  multiFileApplyDiff — a denial, a denial with feedback, malformed input, a search that does not match, a
  .kilocodeignore'd path, a protected path and a missing file leave the workspace as it was, and the tool result
  says why. Most fixtures carry a BOM, CRLF line endings and no final newline, so that a revert through the diff
  view (which re-applies the original text and saves it) has to restore every byte. Known exceptions are pinned
  too: the editor model rewrites mixed line endings when it saves a reverted file, a UTF-16 file is reverted with
  its bytes read as UTF-8, and insert_content / search_and_replace on a protected file fail after the diff view
  (and, for a new file, the empty file it created) was already opened. Files and folders whose mode forbids the write
  (read-only, unreadable, a read-only folder) fail with Node's EACCES and stay as they were; the port writes through a
  temporary file and a rename, so it checks first that it may open the file for writing, as Node's writeFile does.

  Background:
    Given the mode is "code"

  # ==== write_to_file =================================================================================================
  @tool:write_to_file
  Scenario: write_to_file denied leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<write_to_file><path>doc.txt</path><content>replaced</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "The user denied this operation."

  @tool:write_to_file
  Scenario: write_to_file denied with feedback leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<write_to_file><path>doc.txt</path><content>replaced</content><line_count>1</line_count></write_to_file>"
    And the user denies with feedback "keep it"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "The user denied this operation and provided the following feedback:\n<feedback>\nkeep it\n</feedback>"

  @tool:write_to_file
  Scenario: write_to_file answered with a message leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<write_to_file><path>doc.txt</path><content>replaced</content><line_count>1</line_count></write_to_file>"
    And the user answers "wait"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "The user denied this operation and provided the following feedback:\n<feedback>\nwait\n</feedback>"

  @tool:write_to_file
  Scenario: write_to_file with truncated-looking content restores the file
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<write_to_file><path>doc.txt</path><content>line one\n// rest of code unchanged</content><line_count>200</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Content appears to be truncated (file has 2 lines but was predicted to have 200 lines)"

  @tool:write_to_file
  Scenario: write_to_file without content leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<write_to_file><path>doc.txt</path><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Missing value for required parameter 'content'."

  @tool:write_to_file
  Scenario: write_to_file to an ignored path leaves the file as it was
    Given a file ".kilocodeignore" containing "doc.txt\n"
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<write_to_file><path>doc.txt</path><content>replaced</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the file ".kilocodeignore" is unchanged
    And "userMessageContent[1].text" contains "Access to doc.txt is blocked by the .kilocodeignore file settings."

  @tool:write_to_file
  Scenario: write_to_file to a protected path denied leaves the file as it was
    Given a file ".kilocode/rules/style.md" containing "\uFEFF# Style\r\nTabs."
    And the assistant message is "<write_to_file><path>.kilocode/rules/style.md</path><content># Style\nSpaces.</content><line_count>2</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file ".kilocode/rules/style.md" is unchanged
    And "ui[2].isProtected" is "true"
    And the tool result is "The user denied this operation."

  @tool:write_to_file
  Scenario: write_to_file of a missing file denied leaves no file
    Given a file "other.txt" containing "\uFEFFother\r\n"
    And the assistant message is "<write_to_file><path>missing.txt</path><content>new</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file "missing.txt" does not exist
    And the file "other.txt" is unchanged
    And the tool result is "The user denied this operation."

  @tool:write_to_file
  Scenario: write_to_file in ask mode leaves the file as it was
    Given the mode is "ask"
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<write_to_file><path>doc.txt</path><content>replaced</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"write_to_file\" is not allowed in ask mode.\n</error>"

  @tool:write_to_file
  @divergence(on_a_denial_Codex_saves_the_reverted_document,_rewriting_these_bytes;_the_port_puts_the_exact_original_bytes_back)
  Scenario: write_to_file denied on a file with mixed line endings saves them normalised
    Given a file "mixed.txt" containing "a\r\nb\nc\r\n"
    And the assistant message is "<write_to_file><path>mixed.txt</path><content>x</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then "files[mixed.txt]" is "a\r\nb\r\nc\r\n"
    And the tool result is "The user denied this operation."

  @tool:write_to_file
  @divergence(on_a_denial_Codex_saves_the_reverted_document,_rewriting_these_bytes;_the_port_puts_the_exact_original_bytes_back)
  Scenario: write_to_file denied on a UTF-16 file saves the UTF-8 reading of its bytes
    Given a file "wide.txt" with base64 "//5hAGIACgA="
    And the assistant message is "<write_to_file><path>wide.txt</path><content>x</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then "files[wide.txt].base64" is "//79//3/YQAAAGIAAAAKAAAA"
    And the tool result is "The user denied this operation."

  @tool:write_to_file
  Scenario: write_to_file denied with preventFocusDisruption never opens the file
    Given the experiment "preventFocusDisruption" is enabled
    And a file "mixed.txt" containing "a\r\nb\nc\r\n"
    And the assistant message is "<write_to_file><path>mixed.txt</path><content>x</content><line_count>1</line_count></write_to_file>"
    And the user denies
    When the assistant message is presented
    Then the file "mixed.txt" is unchanged

  # ==== insert_content ================================================================================================
  @tool:insert_content
  Scenario: insert_content denied leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<insert_content><path>doc.txt</path><line>2</line><content>inserted</content></insert_content>"
    And the user denies
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "Changes were rejected by the user."

  @tool:insert_content
  Scenario: insert_content denied with feedback leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<insert_content><path>doc.txt</path><line>2</line><content>inserted</content></insert_content>"
    And the user denies with feedback "not there"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "Changes were rejected by the user."

  @tool:insert_content
  Scenario: insert_content with a malformed line leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<insert_content><path>doc.txt</path><line>second</line><content>inserted</content></insert_content>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nInvalid line number. Must be a non-negative integer.\n</error>"

  @tool:insert_content
  Scenario: insert_content at a line a new file cannot have leaves no file
    Given the assistant message is "<insert_content><path>new.txt</path><line>3</line><content>inserted</content></insert_content>"
    When the assistant message is presented
    Then the file "new.txt" does not exist
    And the tool result is "Cannot insert content at line 3 into a non-existent file. For new files, 'line' must be 0 (to append) or 1 (to insert at the beginning)."

  @tool:insert_content
  Scenario: insert_content into an ignored path leaves the file as it was
    Given a file ".kilocodeignore" containing "*.txt\n"
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<insert_content><path>doc.txt</path><line>1</line><content>inserted</content></insert_content>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Access to doc.txt is blocked by the .kilocodeignore file settings."

  @tool:insert_content
  Scenario: insert_content into a protected path fails and leaves the file as it was
    Given a file ".clinerules" containing "\uFEFFrule one\r\nrule two"
    And the assistant message is "<insert_content><path>.clinerules</path><line>1</line><content>rule zero</content></insert_content>"
    And the user denies
    When the assistant message is presented
    Then the file ".clinerules" is unchanged
    And "userMessageContent[1].text" contains "Error insert content: "

  @tool:insert_content
  Scenario: insert_content into a missing file denied leaves no file
    Given the assistant message is "<insert_content><path>sub/new.txt</path><line>1</line><content>inserted</content></insert_content>"
    And the user denies
    When the assistant message is presented
    Then the file "sub/new.txt" does not exist
    And the tool result is "Changes were rejected by the user."

  @tool:insert_content
  Scenario: insert_content in architect mode on a source file leaves it as it was
    Given the mode is "architect"
    And a file "doc.ts" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<insert_content><path>doc.ts</path><line>1</line><content>inserted</content></insert_content>"
    When the assistant message is presented
    Then the file "doc.ts" is unchanged
    And "userMessageContent[1].text" contains "Tool 'insert_content' in mode 'Architect' can only edit files matching pattern"

  @tool:insert_content
  @divergence(on_a_denial_Codex_saves_the_reverted_document,_rewriting_these_bytes;_the_port_puts_the_exact_original_bytes_back)
  Scenario: insert_content denied on a file with mixed line endings saves them normalised
    Given a file "mixed.txt" containing "a\nb\r\nc\n"
    And the assistant message is "<insert_content><path>mixed.txt</path><line>1</line><content>x</content></insert_content>"
    And the user denies
    When the assistant message is presented
    Then "files[mixed.txt]" is "a\nb\nc\n"

  # ==== search_and_replace ============================================================================================
  @tool:search_and_replace
  Scenario: search_and_replace denied leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<search_and_replace><path>doc.txt</path><search>one</search><replace>1</replace></search_and_replace>"
    And the user denies
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "Changes were rejected by the user."

  @tool:search_and_replace
  Scenario: search_and_replace denied with feedback leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<search_and_replace><path>doc.txt</path><search>one</search><replace>1</replace></search_and_replace>"
    And the user denies with feedback "use words"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "Changes were rejected by the user."

  @tool:search_and_replace
  Scenario: search_and_replace with a malformed regular expression leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<search_and_replace><path>doc.txt</path><search>line [</search><replace>x</replace><use_regex>true</use_regex></search_and_replace>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Error search and replace: {\"name\":\"SyntaxError\",\"message\":\"Invalid regular expression: /line [/g: Unterminated character class\""

  @tool:search_and_replace
  Scenario: search_and_replace with an unmatched search leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<search_and_replace><path>doc.txt</path><search>three</search><replace>3</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "No changes needed for 'doc.txt'"

  @tool:search_and_replace
  Scenario: search_and_replace on an ignored path leaves the file as it was
    Given a file ".kilocodeignore" containing "docs/**\n"
    And a file "docs/doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<search_and_replace><path>docs/doc.txt</path><search>one</search><replace>1</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "docs/doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Access to docs/doc.txt is blocked by the .kilocodeignore file settings."

  @tool:search_and_replace
  Scenario: search_and_replace on a protected path fails and leaves the file as it was
    Given a file ".roorules" containing "\uFEFFrule one\r\nrule two"
    And the assistant message is "<search_and_replace><path>.roorules</path><search>one</search><replace>1</replace></search_and_replace>"
    And the user denies
    When the assistant message is presented
    Then the file ".roorules" is unchanged
    And "userMessageContent[1].text" contains "Error search and replace: "

  @tool:search_and_replace
  Scenario: search_and_replace on a missing file creates nothing
    Given the assistant message is "<search_and_replace><path>missing.txt</path><search>one</search><replace>1</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "missing.txt" does not exist
    And "userMessageContent[1].text" contains "File does not exist at path: {workspace}/missing.txt\nThe specified file could not be found."

  @tool:search_and_replace
  Scenario: search_and_replace with a start_line past the end, denied, leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<search_and_replace><path>doc.txt</path><search>one</search><replace>1</replace><start_line>50</start_line></search_and_replace>"
    And the user denies
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "Changes were rejected by the user."

  # ==== apply_diff (legacy) ===========================================================================================
  @tool:apply_diff
  Scenario: apply_diff denied leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><path>doc.txt</path><diff>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</diff></apply_diff>"
    And the user denies
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "The user denied this operation."

  @tool:apply_diff
  Scenario: apply_diff denied with feedback leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><path>doc.txt</path><diff>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</diff></apply_diff>"
    And the user denies with feedback "no digits"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "The user denied this operation and provided the following feedback:\n<feedback>\nno digits\n</feedback>"

  @tool:apply_diff
  Scenario: apply_diff with a malformed diff leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><path>doc.txt</path><diff>\n<<<<<<< SEARCH\nline two\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "ERROR: Diff block is malformed: marker '>>>>>>> REPLACE' found in your diff content at line 3. Expected: ======="

  @tool:apply_diff
  Scenario: apply_diff with an unmatched search leaves the file as it was
    Given a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><path>doc.txt</path><diff>\n<<<<<<< SEARCH\nline three\n=======\nline 3\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "No sufficiently similar match found (60% similar, needs 100%)"

  @tool:apply_diff
  Scenario: apply_diff on an ignored path leaves the file as it was
    Given a file ".kilocodeignore" containing "doc.txt\n"
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><path>doc.txt</path><diff>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Access to doc.txt is blocked by the .kilocodeignore file settings."

  @tool:apply_diff
  Scenario: apply_diff on a protected path denied leaves the file as it was
    Given a file ".vscode/settings.json" containing "\uFEFF{\r\n  \"a\": 1\r\n}"
    And the assistant message is "<apply_diff><path>.vscode/settings.json</path><diff>\n<<<<<<< SEARCH\n  \"a\": 1\n=======\n  \"a\": 2\n>>>>>>> REPLACE\n</diff></apply_diff>"
    And the user denies
    When the assistant message is presented
    Then the file ".vscode/settings.json" is unchanged
    And "ui[1].isProtected" is "true"
    And the tool result is "The user denied this operation."

  @tool:apply_diff
  Scenario: apply_diff on a missing file creates nothing
    Given the assistant message is "<apply_diff><path>missing.txt</path><diff>\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "missing.txt" does not exist
    And "userMessageContent[1].text" contains "File does not exist at path: {workspace}/missing.txt\n\n<error_details>\nThe specified file could not be found."

  @tool:apply_diff
  Scenario: apply_diff with diff editing disabled leaves the file as it was
    Given diff editing is disabled
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><path>doc.txt</path><diff>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "The tool execution failed with the following error:\n<error>\nTool \"apply_diff\" is not allowed in code mode.\n</error>"

  @tool:apply_diff
  @divergence(on_a_denial_Codex_saves_the_reverted_document,_rewriting_these_bytes;_the_port_puts_the_exact_original_bytes_back)
  Scenario: apply_diff denied on a file with mixed line endings saves them normalised
    Given a file "mixed.txt" containing "a\r\nb\nc\r\n"
    And the assistant message is "<apply_diff><path>mixed.txt</path><diff>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</diff></apply_diff>"
    And the user denies
    When the assistant message is presented
    Then "files[mixed.txt]" is "a\r\nb\r\nc\r\n"

  @tool:apply_diff
  Scenario: apply_diff with an unmatched search on a file with mixed line endings does not touch it
    Given a file "mixed.txt" containing "a\r\nb\nc\r\n"
    And the assistant message is "<apply_diff><path>mixed.txt</path><diff>\n<<<<<<< SEARCH\nz\n=======\nZ\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "mixed.txt" is unchanged

  # ==== apply_diff with multiFileApplyDiff ============================================================================
  @tool:apply_diff
  Scenario: Multi-file apply_diff denied for one file leaves it as it was
    Given the experiment "multiFileApplyDiff" is enabled
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><args><file><path>doc.txt</path><diff><content>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user denies
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[3].text" contains "Changes to doc.txt were not approved by user"

  @tool:apply_diff
  Scenario: Multi-file apply_diff denied with feedback for two files leaves both as they were
    Given the experiment "multiFileApplyDiff" is enabled
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And a file "mixed.txt" containing "a\r\nb\nc\r\n"
    And the assistant message is "<apply_diff><args><file><path>doc.txt</path><diff><content>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</content></diff></file><file><path>mixed.txt</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user denies with feedback "neither"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the file "mixed.txt" is unchanged
    And the tool result is "Changes to doc.txt were not approved by user\n\nChanges to mixed.txt were not approved by user"

  @tool:apply_diff
  Scenario: Multi-file apply_diff with malformed arguments leaves the file as it was
    Given the experiment "multiFileApplyDiff" is enabled
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><args><file><path>doc.txt</path><diff><content>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Failed to parse apply_diff XML. This usually means:"

  @tool:apply_diff
  Scenario: Multi-file apply_diff with an unmatched search leaves the file as it was
    Given the experiment "multiFileApplyDiff" is enabled
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><args><file><path>doc.txt</path><diff><content>\n<<<<<<< SEARCH\nline three\n=======\nline 3\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Diff 1 failed for file: doc.txt\nError: No sufficiently similar match found (60% similar, needs 100%)"

  @tool:apply_diff
  Scenario: Multi-file apply_diff on an ignored path leaves the file as it was
    Given the experiment "multiFileApplyDiff" is enabled
    And a file ".kilocodeignore" containing "doc.txt\n"
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><args><file><path>doc.txt</path><diff><content>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "doc.txt" is unchanged
    And the tool result is "Access to doc.txt is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file.\n<notice>Making multiple related changes in a single apply_diff is more efficient. If other changes are needed in this file, please include them as additional SEARCH/REPLACE blocks.</notice>"

  @tool:apply_diff
  Scenario: Multi-file apply_diff on a protected path denied leaves the file as it was
    Given the experiment "multiFileApplyDiff" is enabled
    And a file "AGENT.md" containing "\uFEFFAgent\r\nrules"
    And the assistant message is "<apply_diff><args><file><path>AGENT.md</path><diff><content>\n<<<<<<< SEARCH\nrules\n=======\nRULES\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user denies
    When the assistant message is presented
    Then the file "AGENT.md" is unchanged
    And "ui[1].isProtected" is "true"

  @tool:apply_diff
  Scenario: Multi-file apply_diff on a missing file creates nothing
    Given the experiment "multiFileApplyDiff" is enabled
    And the assistant message is "<apply_diff><args><file><path>missing.txt</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "missing.txt" does not exist
    And "userMessageContent[1].text" contains "File does not exist at path: {workspace}/missing.txt"

  @tool:apply_diff
  Scenario: Multi-file apply_diff with a protected file in a batch leaves both files as they were
    Given the experiment "multiFileApplyDiff" is enabled
    And a file ".kilocodemodes" containing "\uFEFFmodes\r\n"
    And a file "doc.txt" containing "\uFEFFline one\r\nline two"
    And the assistant message is "<apply_diff><args><file><path>.kilocodemodes</path><diff><content>\n<<<<<<< SEARCH\nmodes\n=======\nMODES\n>>>>>>> REPLACE\n</content></diff></file><file><path>doc.txt</path><diff><content>\n<<<<<<< SEARCH\nline two\n=======\nline 2\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file ".kilocodemodes" is unchanged
    And the file "doc.txt" is unchanged
    And "userMessageContent[1].text" contains "Error applying diff: "

  # ==== files and folders that may not be written (modes; not run where they do not bind, see unreadable_paths) =====
  @tool:write_to_file
  Scenario: write_to_file over a read-only file fails with EACCES and leaves it as it was
    Given a file "ro.txt" containing "\uFEFFold\r\nline"
    And the mode of "ro.txt" is "444"
    And the assistant message is "<write_to_file><path>ro.txt</path><content>new\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "ro.txt" is unchanged
    And the tool result contains "EACCES: permission denied, open '{workspace}/ro.txt'"

  @tool:write_to_file
  Scenario: write_to_file of a new file in a read-only folder fails and creates nothing
    Given a file "ro/a.txt" containing "old\n"
    And the mode of "ro" is "555"
    And the assistant message is "<write_to_file><path>ro/b.txt</path><content>new\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "ro/b.txt" does not exist
    And the file "ro/a.txt" is unchanged

  @tool:write_to_file
  Scenario: write_to_file over a writable file in a read-only folder writes it in place
    Given a file "ro/a.txt" containing "old\n"
    And the mode of "ro" is "555"
    And the assistant message is "<write_to_file><path>ro/a.txt</path><content>new\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[ro/a.txt]" is "new\n"

  @tool:write_to_file
  Scenario: write_to_file over a file nobody may read
    Given a file "secret.txt" containing "old\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<write_to_file><path>secret.txt</path><content>new\n</content><line_count>1</line_count></write_to_file>"
    When the assistant message is presented
    Then the file "secret.txt" is unchanged

  @tool:insert_content
  Scenario: insert_content into a read-only file leaves it as it was
    Given a file "ro.txt" containing "\uFEFFone\r\ntwo"
    And the mode of "ro.txt" is "444"
    And the assistant message is "<insert_content><path>ro.txt</path><line>1</line><content>zero</content></insert_content>"
    When the assistant message is presented
    Then the file "ro.txt" is unchanged

  @tool:insert_content
  Scenario: insert_content of a new file in a read-only folder creates nothing
    Given a file "ro/a.txt" containing "old\n"
    And the mode of "ro" is "555"
    And the assistant message is "<insert_content><path>ro/new.txt</path><line>0</line><content>zero</content></insert_content>"
    When the assistant message is presented
    Then the file "ro/new.txt" does not exist

  @tool:search_and_replace
  Scenario: search_and_replace in a read-only file leaves it as it was
    Given a file "ro.txt" containing "\uFEFFhello world\r\nbye"
    And the mode of "ro.txt" is "444"
    And the assistant message is "<search_and_replace><path>ro.txt</path><search>world</search><replace>there</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "ro.txt" is unchanged

  @tool:search_and_replace
  Scenario: search_and_replace in a file nobody may read
    Given a file "secret.txt" containing "hello world\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<search_and_replace><path>secret.txt</path><search>world</search><replace>there</replace></search_and_replace>"
    When the assistant message is presented
    Then the file "secret.txt" is unchanged

  @tool:apply_diff
  Scenario: apply_diff (legacy) on a read-only file fails with EACCES and leaves it as it was
    Given a file "ro.txt" containing "\uFEFFold\r\nkeep"
    And the mode of "ro.txt" is "444"
    And the assistant message is "<apply_diff><path>ro.txt</path><diff>\n<<<<<<< SEARCH\n:start_line:1\n-------\nold\n=======\nnew\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "ro.txt" is unchanged
    And the tool result contains "EACCES: permission denied, open '{workspace}/ro.txt'"

  @tool:apply_diff
  Scenario: apply_diff (legacy) on a file nobody may read
    Given a file "secret.txt" containing "old\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<apply_diff><path>secret.txt</path><diff>\n<<<<<<< SEARCH\n:start_line:1\n-------\nold\n=======\nnew\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "secret.txt" is unchanged

  @tool:apply_diff
  Scenario: apply_diff with multiFileApplyDiff on a read-only file and a writable one
    Given the experiment "multiFileApplyDiff" is enabled
    And a file "ro.txt" containing "old\n"
    And a file "rw.txt" containing "old\n"
    And the mode of "ro.txt" is "444"
    And the assistant message is "<apply_diff><args><file><path>ro.txt</path><diff><content>\n<<<<<<< SEARCH\nold\n=======\nnew\n>>>>>>> REPLACE\n</content></diff></file><file><path>rw.txt</path><diff><content>\n<<<<<<< SEARCH\nold\n=======\nnew\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "ro.txt" is unchanged

  @tool:apply_diff
  Scenario: apply_diff with multiFileApplyDiff on a file nobody may read
    Given the experiment "multiFileApplyDiff" is enabled
    And a file "secret.txt" containing "old\n"
    And the mode of "secret.txt" is "000"
    And the assistant message is "<apply_diff><args><file><path>secret.txt</path><diff><content>\n<<<<<<< SEARCH\nold\n=======\nnew\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "secret.txt" is unchanged
