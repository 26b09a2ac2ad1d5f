@tool:read_file
Feature: read_file on a 100 MB file: line ranges, the line limit, CRLF
  The file (1,000,000 lines of 109 to 115 bytes, about 112 MB) is written by each target from its recipe, so the case
  and its recording stay small; read back it is its size and SHA-256. A line range goes through readLines, which stops
  reading at the range's end; maxReadFileLine N reads the first N lines and counts them all for the notice.

  Background:
    Given the mode is "code"
    And a file "big.log" written by each target with 1000000 lines "row {n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore"

  Scenario: A line range at the start of a 100 MB file
    Given the assistant message is "<read_file><args><file><path>big.log</path><line_range>10-14</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is:
      """
      <files>
      <file><path>big.log</path>
      <content lines="10-14">
      10 | row 10: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore
      11 | row 11: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore
      12 | row 12: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore
      13 | row 13: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore
      14 | row 14: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore
      </content>
      </file>
      </files>
      """
    And the file "big.log" is unchanged

  Scenario: A line range at the end of a 100 MB file
    Given the assistant message is "<read_file><args><file><path>big.log</path><line_range>999998-1000000</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result is:
      """
      <files>
      <file><path>big.log</path>
      <content lines="999998-1000000">
       999998 | row 999998: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore
       999999 | row 999999: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore
      1000000 | row 1000000: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore
      </content>
      </file>
      </files>
      """

  Scenario: A line range that runs past the end of a 100 MB file
    Given the assistant message is "<read_file><args><file><path>big.log</path><line_range>999999-1000005</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "<content lines=\"999999-1000005\">"

  Scenario: A line range wholly past the end of a 100 MB file
    Given the assistant message is "<read_file><args><file><path>big.log</path><line_range>1000001-1000002</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "Line with index 1000000 does not exist in"

  Scenario: Several ranges, out of order and overlapping, in a 100 MB file
    Given the assistant message is "<read_file><args><file><path>big.log</path><line_range>500000-500001</line_range><line_range>3-4</line_range><line_range>4-5</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "500001 | row 500001:"

  Scenario: maxReadFileLine on a 100 MB file shows the first lines and counts them all
    Given the setting "maxReadFileLine" is 3
    And the assistant message is "<read_file><args><file><path>big.log</path></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "<notice>Showing only 3 of 1000000 total lines. Use line_range if you need to read more lines</notice>"

  Scenario: The 100 MB file and a small one in one call
    Given a file "small.txt" containing "one\ntwo\n"
    And the assistant message is "<read_file><args><file><path>small.txt</path></file><file><path>big.log</path><line_range>1-1</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "1 | row 1: lorem"

  Scenario: A line range in a 100 MB file with CRLF line endings
    Given a file "crlf.log" written by each target with 1000000 lines "row {n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore" with CRLF line endings
    And the assistant message is "<read_file><args><file><path>crlf.log</path><line_range>999999-1000000</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "1000000 | row 1000000: lorem"
    And the file "crlf.log" is unchanged

  Scenario: The simple read_file variant on a 100 MB file with maxReadFileLine
    Given the model id is "sonic"
    And the setting "maxReadFileLine" is 6
    And the assistant message is "<read_file><path>big.log</path></read_file>"
    When the assistant message is presented
    Then the tool result contains "<notice>Showing only 6 of 1000000 total lines. File is too large for complete display</notice>"
