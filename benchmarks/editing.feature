@bench
Feature: Editing tools, timed side by side
  Run with `lapce-parity bench` (see docs/performance.md): each case runs on the C# port and on the TypeScript
  host, and each target times only the tool layer's work (parsing, dispatch, the tool, file I/O) in its own
  runtime. They are ordinary scenarios too, so `lapce-parity run --features benchmarks` checks that both targets
  still agree on them.

  Background:
    Given the user approves
    And the case times out after 600000 ms

  @tool:apply_diff
  Scenario: apply_diff with 10 blocks on a 1,000-line file
    Given a file "src/values.ts" of 1000 lines "const value{n} = {n};"
    And the assistant message:
      """
      <apply_diff>
      <path>src/values.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:100
      -------
      const value100 = 100;
      =======
      const value100 = 100 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:200
      -------
      const value200 = 200;
      =======
      const value200 = 200 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:300
      -------
      const value300 = 300;
      =======
      const value300 = 300 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:400
      -------
      const value400 = 400;
      =======
      const value400 = 400 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:500
      -------
      const value500 = 500;
      =======
      const value500 = 500 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:600
      -------
      const value600 = 600;
      =======
      const value600 = 600 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:700
      -------
      const value700 = 700;
      =======
      const value700 = 700 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:800
      -------
      const value800 = 800;
      =======
      const value800 = 800 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:900
      -------
      const value900 = 900;
      =======
      const value900 = 900 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:1000
      -------
      const value1000 = 1000;
      =======
      const value1000 = 1000 * 2;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[src/values.ts]" contains "const value100 = 100 * 2;"

  @tool:apply_diff
  Scenario: apply_diff with 10 blocks on a 10,000-line file
    Given a file "src/values.ts" of 10000 lines "const value{n} = {n};"
    And the assistant message:
      """
      <apply_diff>
      <path>src/values.ts</path>
      <diff>
      <<<<<<< SEARCH
      :start_line:1000
      -------
      const value1000 = 1000;
      =======
      const value1000 = 1000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:2000
      -------
      const value2000 = 2000;
      =======
      const value2000 = 2000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:3000
      -------
      const value3000 = 3000;
      =======
      const value3000 = 3000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:4000
      -------
      const value4000 = 4000;
      =======
      const value4000 = 4000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:5000
      -------
      const value5000 = 5000;
      =======
      const value5000 = 5000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:6000
      -------
      const value6000 = 6000;
      =======
      const value6000 = 6000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:7000
      -------
      const value7000 = 7000;
      =======
      const value7000 = 7000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:8000
      -------
      const value8000 = 8000;
      =======
      const value8000 = 8000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:9000
      -------
      const value9000 = 9000;
      =======
      const value9000 = 9000 * 2;
      >>>>>>> REPLACE

      <<<<<<< SEARCH
      :start_line:10000
      -------
      const value10000 = 10000;
      =======
      const value10000 = 10000 * 2;
      >>>>>>> REPLACE
      </diff>
      </apply_diff>
      """
    When the assistant message is presented
    Then "files[src/values.ts]" contains "const value1000 = 1000 * 2;"

  # Codex's streaming parser re-slices its whole buffer on every character: minutes for one 1 MB message.
  @tool:write_to_file @slow @runs(1,0)
  Scenario: write_to_file of 1 MB
    Given the assistant message is "<write_to_file><path>big.txt</path><content>\n" then 20000 lines "line {n} of a generated file, about fifty chars" then "</content><line_count>20000</line_count></write_to_file>"
    When the assistant message is presented
    Then "files[big.txt]" contains "line 20000 of a generated file"

  @tool:insert_content
  Scenario: insert_content in the middle of a 10,000-line file
    Given a file "src/values.ts" of 10000 lines "const value{n} = {n};"
    And the assistant message:
      """
      <insert_content>
      <path>src/values.ts</path>
      <line>5000</line>
      <content>
      // inserted 1
      // inserted 2
      // inserted 3
      </content>
      </insert_content>
      """
    When the assistant message is presented
    Then "files[src/values.ts]" contains "// inserted 2"

  @tool:search_and_replace @slow
  Scenario: search_and_replace across a 10,000-line file
    Given a file "src/values.ts" of 10000 lines "const value{n} = {n};"
    And the assistant message:
      """
      <search_and_replace>
      <path>src/values.ts</path>
      <search>const value</search>
      <replace>let item</replace>
      </search_and_replace>
      """
    When the assistant message is presented
    Then "files[src/values.ts]" contains "let item9999 = 9999;"

  @tool:search_and_replace @slow
  Scenario: search_and_replace with a regex across a 10,000-line file
    Given a file "src/values.ts" of 10000 lines "const value{n} = {n};"
    And the assistant message:
      """
      <search_and_replace>
      <path>src/values.ts</path>
      <search>value(\d+) = (\d+)</search>
      <replace>item$1 = $2 + 1</replace>
      <use_regex>true</use_regex>
      </search_and_replace>
      """
    When the assistant message is presented
    Then "files[src/values.ts]" contains "let item9999 = 9999 + 1;"
