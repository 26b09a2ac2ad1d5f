@tool:apply_diff
Feature: apply_diff with the multiFileApplyDiff experiment edits several files in one call
  With the experiment on, presentAssistantMessage runs multiApplyDiffTool and Task builds the
  MultiFileSearchReplaceDiffStrategy. The tool reads <args><file><path/><diff><content/><start_line/></diff>…</file>…
  </args> (parseXmlForDiff: entities untouched, content not parsed), or the legacy path/diff/start_line parameters;
  files without path or diff and diffs with empty content are skipped. Each file is checked (.kilocodeignore:
  blocked with a rooignore_error say; missing: blocked with "File does not exist at path: …"). Several files are
  approved together with one "tool" ask listing batchDiffs (yes: all, no: none and didRejectTool, a messageResponse:
  per-file JSON); one file is approved like the legacy tool, after its diffs are applied. A file whose diffs all fail
  reports each failed diff with suggested fixes (a mistake, counted per file), and the failures are said once more
  as one diff_error. The result joins every file's outcome; a call with exactly one SEARCH block gets the notice to
  batch changes. Notes: multiApplyDiffTool.spec mocks the XML parser to return null, undefined or numbers as diff
  content; real XML only yields strings, so those cases are re-expressed with empty, missing and numeric content.
  applyDiffTool.experiment.spec's "no provider" case cannot happen here: Task always has a provider, and
  presentAssistantMessage routes to the legacy tool itself when it has none.

  Background:
    Given the mode is "code"
    And the experiment "multiFileApplyDiff" is enabled

  # ---- applyDiffTool.experiment.spec.ts: routing ---------------------------------------------------------------------
  Scenario: With the experiment disabled the legacy tool answers
    Given the experiment "multiFileApplyDiff" is disabled
    And a file "test.ts" containing "old\n"
    And the assistant message is "<apply_diff><path>test.ts</path><diff>\n<<<<<<< SEARCH\nold\n=======\nnew\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "new\n"
    And "ui[1].text" is "{\"tool\":\"appliedDiff\",\"path\":\"test.ts\",\"diff\":\"<<<<<<< SEARCH\\nold\\n=======\\nnew\\n>>>>>>> REPLACE\",\"isProtected\":false}"

  Scenario: With no experiment settings the legacy tool answers
    Given the setting "experiments" is {}
    And a file "test.ts" containing "old\n"
    And the assistant message is "<apply_diff><path>test.ts</path><diff>\n<<<<<<< SEARCH\nmissing\n=======\nnew\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And "userMessageContent[1].text" contains "<error_details>\nNo sufficiently similar match found"
    And the UI shows no say "diff_error"

  Scenario: With the experiment enabled the multi-file tool answers, also for legacy parameters
    Given a file "test.ts" containing "old\n"
    And the assistant message is "<apply_diff><path>test.ts</path><diff>\n<<<<<<< SEARCH\nold\n=======\nnew\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then "files[test.ts]" is "new\n"
    And "ui[1].text" is "{\"tool\":\"appliedDiff\",\"path\":\"test.ts\",\"isProtected\":false,\"diff\":\"<<<<<<< SEARCH\\nold\\n=======\\nnew\\n>>>>>>> REPLACE\"}"

  # ---- multiApplyDiffTool.spec.ts ---------------------------------------------------------------------------------
  Scenario: Diffs with empty or missing content are skipped and the rest applied
    Given a file "test.ts" containing "test\nmore\n"
    And the assistant message:
      """
      <apply_diff>
      <args>
      <file>
      <path>test.ts</path>
      <diff><content>
      <<<<<<< SEARCH
      test
      =======
      replaced
      >>>>>>> REPLACE
      </content></diff>
      <diff><content></content></diff>
      <diff><start_line>3</start_line></diff>
      <diff><content>
      <<<<<<< SEARCH
      more
      =======
      changes
      >>>>>>> REPLACE
      </content></diff>
      </file>
      </args>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "replaced\nchanges\n"
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

      """
    And "ui[1].text" contains "\"diff\":\"\\n<<<<<<< SEARCH\\ntest\\n=======\\nreplaced\\n>>>>>>> REPLACE\\n\\n\\n\\n<<<<<<< SEARCH\\nmore\\n=======\\nchanges\\n>>>>>>> REPLACE\\n\"}"
    And "ui[1].progressStatus.text" is "2"

  Scenario: Legacy path without a diff is a missing-parameter error
    Given a file "test.ts" containing "x\n"
    And the assistant message is "<apply_diff><path>test.ts</path></apply_diff>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use apply_diff without value for required parameter 'args (or legacy 'path' and 'diff' parameters)'. Retrying..."
    And "userMessageContent[1].text" contains "Missing value for required parameter 'args (or legacy 'path' and 'diff' parameters)'. Please retry with complete response."
    And the file "test.ts" is unchanged
    And the consecutive mistake count is 1
    And tool "apply_diff" was used 1 time with 1 failure

  Scenario: A file whose only diff has empty content fails to apply any diff
    Given a file "test.ts" containing "x\n"
    And the assistant message is "<apply_diff><args><file><path>test.ts</path><diff><content></content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      <error_details>
      Unable to apply diffs to file: {workspace}/test.ts
      Error: Failed to apply any diffs

      Recovery suggestions:
      1. Use <read_file> to examine the current file content
      2. Verify the diff format matches the expected search/replace pattern
      3. Check that the search content exactly matches what's in the file
      4. Consider using line numbers with start_line parameter
      5. Break large changes into smaller, more specific diffs

      </error_details>


      """
    And "ui[1].text" is "{\"tool\":\"appliedDiff\",\"path\":\"test.ts\",\"diff\":\"\"}"
    And "ui[1].partial" is "false"
    And the UI shows no say "diff_error"
    And the consecutive mistake count is 1
    And "state.consecutiveMistakeCountForApplyDiff.test.ts" is "1"
    And tool "apply_diff" was used 1 time with 1 failure

  Scenario: Numeric content is a diff like any other and fails as an invalid diff format
    Given a file "test.ts" containing "123\n"
    And the assistant message is "<apply_diff><args><file><path>test.ts</path><diff><content>123</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the tool result is:
      """
      <error_details>
      Diff 1 failed for file: test.ts
      Error: Invalid diff format - missing required sections

      Debug Info:
      - Expected Format: <<<<<<< SEARCH\n:start_line: start line\n-------\n[search content]\n=======\n[replace content]\n>>>>>>> REPLACE
      - Tip: Make sure to include start_line/SEARCH/=======/REPLACE sections with correct markers on new lines

      Suggested fixes:
      1. Verify the search content exactly matches the file content (including whitespace and case)
      2. Check for correct indentation and line endings
      3. Use <read_file> to see the current file content
      4. Consider breaking complex changes into smaller diffs
      5. Ensure start_line parameter matches the actual content location

      </error_details>


      """
    And the UI shows say "diff_error" with:
      """
      test.ts - Diff 1: Invalid diff format - missing required sections

      Debug Info:
      - Expected Format: <<<<<<< SEARCH\n:start_line: start line\n-------\n[search content]\n=======\n[replace content]\n>>>>>>> REPLACE
      - Tip: Make sure to include start_line/SEARCH/=======/REPLACE sections with correct markers on new lines
      """

  Scenario: Two SEARCH blocks in the legacy diff parameter get no single-block notice
    Given a file "test.ts" containing "old content\nanother old content\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      old content
      =======
      new content
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      another old content
      =======
      another new content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "new content\nanother new content\n"
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

  Scenario: One SEARCH block in the legacy diff parameter gets the single-block notice
    Given a file "test.ts" containing "old content\n"
    And the assistant message:
      """
      <apply_diff>
      <path>test.ts</path>
      <diff>
      <<<<<<< SEARCH
      old content
      =======
      new content
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "new content\n"
    And "userMessageContent[1].text" contains "</file_write_result>\n\n<notice>Making multiple related changes in a single apply_diff is more efficient. If other changes are needed in this file, please include them as additional SEARCH/REPLACE blocks.</notice>"

  Scenario: An empty diff element leaves no file to edit
    Given a file "test.ts" containing "x\n"
    And the assistant message is "<apply_diff><args><file><path>test.ts</path><diff></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "test.ts" is unchanged
    And the UI shows say "error" with "Kilo Code tried to use apply_diff without value for required parameter 'args (must contain at least one valid file element)'. Retrying..."
    And the consecutive mistake count is 1

  Scenario: Numeric content next to valid diffs makes a partial success
    Given a file "test.ts" containing "test\nmore\n"
    And the assistant message:
      """
      <apply_diff>
      <args>
      <file>
      <path>test.ts</path>
      <diff><content>
      <<<<<<< SEARCH
      test
      =======
      replaced
      >>>>>>> REPLACE
      </content></diff>
      <diff><content>42</content></diff>
      <diff><content>
      <<<<<<< SEARCH
      more
      =======
      changes
      >>>>>>> REPLACE
      </content></diff>
      </file>
      </args>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[test.ts]" is "replaced\nchanges\n"
    And "userMessageContent[1].text" contains "Unable to apply all diff parts to file: {workspace}/test.ts\n<file_write_result>"
    And the UI shows no say "diff_error"
    And the consecutive mistake count is 0

  # ---- several files ------------------------------------------------------------------------------------------------
  Scenario: Two files are approved together and both saved
    Given a file "a.ts" containing "let a = 1;\n"
    And a file "b.ts" containing "let b = 1;\n"
    And the assistant message:
      """
      <apply_diff>
      <args>
      <file>
      <path>a.ts</path>
      <diff><content>
      <<<<<<< SEARCH
      let a = 1;
      =======
      let a = 2;
      >>>>>>> REPLACE
      </content></diff>
      </file>
      <file>
      <path>b.ts</path>
      <diff><content>
      <<<<<<< SEARCH
      let b = 1;
      =======
      let b = 2;
      >>>>>>> REPLACE
      </content><start_line>1</start_line></diff>
      </file>
      </args>
      </apply_diff>
      """
    And the user approves
    When the assistant message is presented
    Then "files[a.ts]" is "let a = 2;\n"
    And "files[b.ts]" is "let b = 2;\n"
    And the tool result header is "[apply_diff for 'a.ts' and 1 more file] Result:"
    And "ui[1].text" is "{\"tool\":\"appliedDiff\",\"batchDiffs\":[{\"path\":\"a.ts\",\"changeCount\":1,\"key\":\"a.ts (1 change)\",\"content\":\"a.ts\",\"diffs\":[{\"content\":\"\\n<<<<<<< SEARCH\\nlet a = 1;\\n=======\\nlet a = 2;\\n>>>>>>> REPLACE\\n\"}]},{\"path\":\"b.ts\",\"changeCount\":1,\"key\":\"b.ts (1 change)\",\"content\":\"b.ts\",\"diffs\":[{\"content\":\"\\n<<<<<<< SEARCH\\nlet b = 1;\\n=======\\nlet b = 2;\\n>>>>>>> REPLACE\\n\",\"startLine\":1}]}],\"isProtected\":false}"
    And the tool result is:
      """
      <file_write_result>
      <path>a.ts</path>
      <operation>modified</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>


      <file_write_result>
      <path>b.ts</path>
      <operation>modified</operation>
      <notice>
      <i>You do not need to re-read the file, as you have seen all changes</i>
      <i>Proceed with the task using these changes as the new baseline.</i>
      </notice>
      </file_write_result>

      """
    And the task flag "didEditFile" is true

  Scenario: Three files are named in the description
    Given a file "a.ts" containing "a\n"
    And a file "b.ts" containing "b\n"
    And a file "c.ts" containing "c\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>b.ts</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file><file><path>c.ts</path><diff><content>\n<<<<<<< SEARCH\nc\n=======\nC\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the tool result header is "[apply_diff for 'a.ts' and 2 more files] Result:"
    And "files[a.ts]" is "A\n"
    And "files[b.ts]" is "B\n"
    And "files[c.ts]" is "C\n"

  Scenario: A batch denied leaves every file as it was
    Given a file "a.ts" containing "a\n"
    And a file "b.ts" containing "b\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>b.ts</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user denies
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the file "b.ts" is unchanged
    And the tool result is "Changes to a.ts were not approved by user\n\nChanges to b.ts were not approved by user"
    And the task flag "didRejectTool" is true
    And the task flag "didEditFile" is false

  Scenario: A batch denied with feedback shows the feedback but does not return it
    Given a file "a.ts" containing "a\n"
    And a file "b.ts" containing "b\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>b.ts</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user denies with feedback "only a.ts please"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the file "b.ts" is unchanged
    And the UI shows say "user_feedback" with "only a.ts please"
    And the tool result is "Changes to a.ts were not approved by user\n\nChanges to b.ts were not approved by user"

  Scenario: A batch approved with feedback shows the feedback and saves both files
    Given a file "a.ts" containing "a\n"
    And a file "b.ts" containing "b\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>b.ts</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user approves with feedback "go ahead"
    When the assistant message is presented
    Then "files[a.ts]" is "A\n"
    And "files[b.ts]" is "B\n"
    And the UI shows say "user_feedback" with "go ahead"
    And the user message content has 2 blocks

  Scenario: Per-file approval approves one file and denies the other
    Given a file "a.ts" containing "a\n"
    And a file "b.ts" containing "b\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>b.ts</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user answers "{\"action\":\"applyDiff\",\"approvedFiles\":{\"a.ts\":true,\"b.ts\":false}}"
    When the assistant message is presented
    Then "files[a.ts]" is "A\n"
    And the file "b.ts" is unchanged
    And "userMessageContent[1].text" contains "<path>a.ts</path>"
    And "userMessageContent[1].text" contains "\n\nChanges to b.ts were not approved by user"
    And the task flag "didRejectTool" is true

  Scenario: Per-file approval in the older format keyed by the change description
    Given a file "a.ts" containing "a\n"
    And a file "b.ts" containing "b\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>b.ts</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user answers "{\"a.ts (1 change)\":false,\"b.ts (1 change)\":true}"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And "files[b.ts]" is "B\n"
    And "userMessageContent[1].text" contains "Changes to a.ts were not approved by user\n\n<file_write_result>\n<path>b.ts</path>"

  Scenario: A message answer that is not JSON denies every file
    Given a file "a.ts" containing "a\n"
    And a file "b.ts" containing "b\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>b.ts</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user answers "just a.ts"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the file "b.ts" is unchanged
    And the tool result is "Changes to a.ts were not approved by user\n\nChanges to b.ts were not approved by user"
    And the UI shows no say "user_feedback"

  Scenario: A missing file among two is reported and the other approved alone
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><path>missing.ts</path><diff><content>\n<<<<<<< SEARCH\nm\n=======\nM\n>>>>>>> REPLACE\n</content></diff></file><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then "files[a.ts]" is "A\n"
    And the file "missing.ts" does not exist
    And "userMessageContent[1].text" contains "File does not exist at path: {workspace}/missing.ts\n\n<file_write_result>\n<path>a.ts</path>"
    And "ui[1].text" is "{\"tool\":\"appliedDiff\",\"path\":\"a.ts\",\"isProtected\":false,\"diff\":\"\\n<<<<<<< SEARCH\\na\\n=======\\nA\\n>>>>>>> REPLACE\\n\"}"
    And the consecutive mistake count is 0

  Scenario: An ignored file among two is blocked and the other approved alone
    Given a file ".kilocodeignore" containing "secret.ts\n"
    And a file "secret.ts" containing "s\n"
    And a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><path>secret.ts</path><diff><content>\n<<<<<<< SEARCH\ns\n=======\nS\n>>>>>>> REPLACE\n</content></diff></file><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "secret.ts" is unchanged
    And "files[a.ts]" is "A\n"
    And the UI shows say "rooignore_error" with "secret.ts"
    And "userMessageContent[1].text" contains "Access to secret.ts is blocked by the .kilocodeignore file settings. You must try to continue in the task without using this file, or ask the user to update the .kilocodeignore file.\n\n<file_write_result>"

  Scenario: Only missing files leaves nothing to approve
    Given the assistant message is "<apply_diff><args><file><path>x.ts</path><diff><content>\n<<<<<<< SEARCH\nx\n=======\nX\n>>>>>>> REPLACE\n</content></diff></file><file><path>y.ts</path><diff><content>\n<<<<<<< SEARCH\ny\n=======\nY\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the tool result is "File does not exist at path: {workspace}/x.ts\n\nFile does not exist at path: {workspace}/y.ts"
    And the UI shows no ask "tool"
    And the consecutive mistake count is 0

  Scenario: A file whose diffs all fail next to one that succeeds
    Given a file "a.ts" containing "a\n"
    And a file "b.ts" containing "b\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\nab\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>b.ts</path><diff><content>\n<<<<<<< SEARCH\nb\n=======\nB\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And "files[b.ts]" is "B\n"
    And "userMessageContent[1].text" contains "<error_details>\nDiff 1 failed for file: a.ts\nError: No sufficiently similar match found (50% similar, needs 100%)"
    And the UI shows say "diff_error" with:
      """
      a.ts - Diff 1: No sufficiently similar match found (50% similar, needs 100%)

      Debug Info:
      - Similarity Score: 50%
      - Required Threshold: 100%
      - Search Range: start to end
      - Tried both standard and aggressive line number stripping
      - Tip: Use the read_file tool to get the latest content of the file before attempting to use the apply_diff tool again, as the file content may have changed

      Search Content:
      ab

      Best Match Found:
      1 | a


      Original Content:
      1 | a

      """
    And the consecutive mistake count is 0
    And "state.consecutiveMistakeCountForApplyDiff.a.ts" is "1"

  Scenario: A protected file in a batch turns the batch approval into a partial ask that fails
    Given a file ".roomodes" containing "r\n"
    And a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><path>.roomodes</path><diff><content>\n<<<<<<< SEARCH\nr\n=======\nR\n>>>>>>> REPLACE\n</content></diff></file><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file ".roomodes" is unchanged
    And the file "a.ts" is unchanged
    And "ui[1].partial" is "true"
    And "ui[1].text" contains "\"isProtected\":true}"
    And the UI shows say "error" with "Error applying diff:\nCurrent ask promise was ignored (#2)"

  Scenario: A single protected file is approved with the protection flag
    Given a file ".roomodes" containing "r\n"
    And the assistant message is "<apply_diff><args><file><path>.roomodes</path><diff><content>\n<<<<<<< SEARCH\nr\n=======\nR\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user approves
    When the assistant message is presented
    Then "files[.roomodes]" is "R\n"
    And "ui[1].isProtected" is "true"

  Scenario: A single file denied is reverted and reported per file
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user denies
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the user message content is:
      """
      [apply_diff for 'a.ts'] Result:
      ---
      The user denied this operation.
      ---
      [apply_diff for 'a.ts'] Result:
      ---
      Changes to a.ts were not approved by user
      <notice>Making multiple related changes in a single apply_diff is more efficient. If other changes are needed in this file, please include them as additional SEARCH/REPLACE blocks.</notice>
      """
    And the task flag "didRejectTool" is true

  Scenario: A single file denied with feedback returns the feedback and the per-file note
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the user denies with feedback "no capitals"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And "userMessageContent[1].text" is "The user denied this operation and provided the following feedback:\n<feedback>\nno capitals\n</feedback>"
    And "userMessageContent[3].text" contains "Changes to a.ts were not approved by user"

  # ---- diffs within one file ----------------------------------------------------------------------------------------
  Scenario: Two diff elements for one file, one failing, give a partial success without a diff_error
    Given a file "a.ts" containing "one\ntwo\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\none\n=======\n1\n>>>>>>> REPLACE\n</content></diff><diff><content>\n<<<<<<< SEARCH\nthree\n=======\n3\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then "files[a.ts]" is "1\ntwo\n"
    And "userMessageContent[1].text" contains "Unable to apply all diff parts to file: {workspace}/a.ts\n<file_write_result>"
    And the UI shows no say "diff_error"
    And "ui[1].progressStatus.text" is "2"

  Scenario: The same path twice is one file with both diffs
    Given a file "a.ts" containing "one\ntwo\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\none\n=======\n1\n>>>>>>> REPLACE\n</content></diff></file><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\ntwo\n=======\n2\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then "files[a.ts]" is "1\n2\n"
    And the tool result header is "[apply_diff for 'a.ts' and 1 more file] Result:"
    And "ui[1].text" is "{\"tool\":\"appliedDiff\",\"path\":\"a.ts\",\"isProtected\":false,\"diff\":\"\\n<<<<<<< SEARCH\\none\\n=======\\n1\\n>>>>>>> REPLACE\\n\\n\\n\\n<<<<<<< SEARCH\\ntwo\\n=======\\n2\\n>>>>>>> REPLACE\\n\"}"

  Scenario: A start_line element overrides the :start_line: markers in the diff
    Given a file "a.ts" containing "x\nx\nx\nx\nx\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\n:start_line:5\n-------\nx\n=======\ny\n>>>>>>> REPLACE\n</content><start_line>2</start_line></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then "files[a.ts]" is "x\ny\nx\nx\nx\n"

  Scenario: Without a start_line element the :start_line: marker is used
    Given a file "a.ts" containing "x\nx\nx\nx\nx\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\n:start_line:5\n-------\nx\n=======\ny\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then "files[a.ts]" is "x\nx\nx\nx\ny\n"

  Scenario: The legacy start_line parameter overrides the markers too
    Given a file "a.ts" containing "x\nx\nx\n"
    And the assistant message is "<apply_diff><path>a.ts</path><diff>\n<<<<<<< SEARCH\n:start_line:3\n-------\nx\n=======\ny\n>>>>>>> REPLACE\n</diff><start_line>1</start_line></apply_diff>"
    When the assistant message is presented
    Then "files[a.ts]" is "y\nx\nx\n"

  Scenario: Content wrapped in CDATA is applied
    Given a file "a.ts" containing "if (a < b) {}\n"
    And the assistant message:
      """
      <apply_diff>
      <args>
      <file>
      <path>a.ts</path>
      <diff>
      <content><![CDATA[
      <<<<<<< SEARCH
      if (a < b) {}
      =======
      if (a <= b) {}
      >>>>>>> REPLACE
      ]]></content>
      </diff>
      </file>
      </args>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[a.ts]" is "if (a <= b) {}\n"

  Scenario: Entities in the content are kept for a Claude model
    Given a file "a.html" containing "<b>x &amp; y</b>\n"
    And the assistant message is "<apply_diff><args><file><path>a.html</path><diff><content>\n<<<<<<< SEARCH\n<b>x &amp; y</b>\n=======\n<b>x &amp; z</b>\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then "files[a.html]" is "<b>x &amp; z</b>\n"

  Scenario: Entities in the content are unescaped for a non-Claude model
    Given the model id is "gpt-4o"
    And a file "a.ts" containing "if (a < b) {}\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\nif (a &lt; b) {}\n=======\nif (a &lt;= b) {}\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then "files[a.ts]" is "if (a <= b) {}\n"
    And "ui[1].text" contains "\"diff\":\"\\n<<<<<<< SEARCH\\nif (a &lt; b) {}"

  Scenario: A marker error in the multi-file strategy
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\n=======\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And "userMessageContent[1].text" contains "Error: ERROR: Special marker '=======' found in your diff content at line 5:"
    And "userMessageContent[1].text" contains "\\======= <-- Note the backslash here in this example"

  # ---- malformed arguments ---------------------------------------------------------------------------------------------
  Scenario: Arguments that are not well-formed XML are a parse error
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>x</diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the UI shows say "diff_error" with "Failed to parse apply_diff XML: Failed to parse XML: Unexpected end of content"
    And "userMessageContent[1].text" contains "Failed to parse apply_diff XML. This usually means:\n1. The XML structure is malformed or incomplete\n2. Missing required <file>, <path>, or <diff> tags\n3. Invalid characters or encoding in the XML\n"
    And "userMessageContent[1].text" contains "Original error: Failed to parse XML: Unexpected end of content"
    And the consecutive mistake count is 1
    And tool "apply_diff" was used 1 time with 1 failure

  Scenario: A file element without a path is skipped
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then the file "a.ts" is unchanged
    And the UI shows say "error" with "Kilo Code tried to use apply_diff without value for required parameter 'args (must contain at least one valid file element)'. Retrying..."

  Scenario: Neither args nor path is a missing-parameter error
    Given the assistant message is "<apply_diff><diff>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</diff></apply_diff>"
    When the assistant message is presented
    Then the tool result header is "[apply_diff] Result:"
    And the UI shows say "error" with "Kilo Code tried to use apply_diff without value for required parameter 'args (or legacy 'path' and 'diff' parameters)'. Retrying..."

  # ---- paths and streaming -----------------------------------------------------------------------------------------------
  Scenario: Paths with spaces and through .. in args
    Given a file "my dir/a b.ts" containing "a\n"
    And a file "c.ts" containing "c\n"
    And the assistant message is "<apply_diff><args><file><path>my dir/a b.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file><file><path>sub/../c.ts</path><diff><content>\n<<<<<<< SEARCH\nc\n=======\nC\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    When the assistant message is presented
    Then "files[my dir/a b.ts]" is "A\n"
    And "files[c.ts]" is "C\n"
    And "ui[1].text" contains "\"path\":\"c.ts\",\"changeCount\":1,\"key\":\"c.ts (1 change)\",\"content\":\"sub/../c.ts\""

  Scenario: A streamed multi-file diff shows the first path once it is known
    Given a file "a.ts" containing "a\n"
    And the assistant message is "<apply_diff><args><file><path>a.ts</path><diff><content>\n<<<<<<< SEARCH\na\n=======\nA\n>>>>>>> REPLACE\n</content></diff></file></args></apply_diff>"
    And the message streams in chunks of 20 characters
    When the assistant message is presented
    Then "files[a.ts]" is "A\n"
    And the UI shows ask "tool" with "{\"tool\":\"appliedDiff\",\"path\":\"workspace\"}"
    And the UI shows ask "tool" with "{\"tool\":\"appliedDiff\",\"path\":\"a.ts\"}"
    And tool "apply_diff" was used 1 time with 0 failures
