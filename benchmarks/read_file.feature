@bench
Feature: read_file of a line range: time against file size
  The same 5-line range read from files of 1 MB, 10 MB and 100 MB (10,000 / 100,000 / 1,000,000 lines of about
  112 bytes), and the last 5 lines of each: readLines stops at the range's end, so a range near the start should cost
  the same whatever the file's size. Run with `lapce-parity bench` (docs/performance.md).

  Background:
    Given the user approves
    And the case times out after 600000 ms

  @tool:read_file
  Scenario: read_file lines 100-104 of a 1 MB file
    Given a file "big.log" written by each target with 10000 lines "row {n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore"
    And the assistant message is "<read_file><args><file><path>big.log</path><line_range>100-104</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "104 | row 104: lorem"

  @tool:read_file
  Scenario: read_file lines 100-104 of a 10 MB file
    Given a file "big.log" written by each target with 100000 lines "row {n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore"
    And the assistant message is "<read_file><args><file><path>big.log</path><line_range>100-104</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "104 | row 104: lorem"

  @tool:read_file
  Scenario: read_file lines 100-104 of a 100 MB file
    Given a file "big.log" written by each target with 1000000 lines "row {n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore"
    And the assistant message is "<read_file><args><file><path>big.log</path><line_range>100-104</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "104 | row 104: lorem"

  @tool:read_file
  Scenario: read_file of the last 5 lines of a 1 MB file
    Given a file "big.log" written by each target with 10000 lines "row {n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore"
    And the assistant message is "<read_file><args><file><path>big.log</path><line_range>9996-10000</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "10000 | row 10000: lorem"

  @tool:read_file
  Scenario: read_file of the last 5 lines of a 100 MB file
    Given a file "big.log" written by each target with 1000000 lines "row {n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore"
    And the assistant message is "<read_file><args><file><path>big.log</path><line_range>999996-1000000</line_range></file></args></read_file>"
    When the assistant message is presented
    Then the tool result contains "1000000 | row 1000000: lorem"
