@parser
Feature: Streaming an assistant message through the incremental parser
  While the model's reply streams in, Codex feeds every chunk to one AssistantMessageParser. processChunk reads the
  new characters one by one against everything received so far, so a tag may break anywhere between chunks: it
  opens a text block as soon as text starts and updates it in place, opens a tool_use block (partial) the moment a
  known <tool_name> tag is complete, writes a parameter's value in real time while it streams (untrimmed, closing tag
  fragments included) and trims it when its closing tag arrives. It returns a copy of all blocks after each chunk;
  finalizeContentBlocks() then marks every block complete. A chunk that would grow the message past 1 MB throws
  "Assistant message exceeds maximum allowed size"; a parameter value longer than 100 KB is abandoned. Each case of
  AssistantMessageParser.spec.ts is fed in the chunks its seeded generator (LCG, seed 42, 1-10 characters) makes;
  the spec's "partial" expectations are read from the blocks returned by the last processChunk
  (results.snapshots), the finalized blocks from results.streamed.

  # ---- text content streaming ------------------------------------------------------------------------
  Scenario: A simple text message accumulates chunk by chunk
    Given the message streams in these chunks:
      | Hel |
      | l |
      | o, thi |
      | s i |
      | s a\u0020 |
      | t |
      | est. |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"Hello, this is a test.","partial":false}
      ]
      """
    And "results.snapshots[6][0].partial" is "true"

  Scenario: A multi-line text message accumulates chunk by chunk
    Given the message streams in these chunks:
      | Lin |
      | e |
      | \u00201\\nLin |
      | e 2 |
      | \\nLin |
      | e |
      | \u00203 |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"Line 1\nLine 2\nLine 3","partial":false}
      ]
      """
    And "results.snapshots[6][0].partial" is "true"

  # ---- tool use streaming ----------------------------------------------------------------------------
  Scenario: A tool use with a parameter, the tags broken across chunks
    Given the message streams in these chunks:
      | <re |
      | a |
      | d_file |
      | ><p |
      | ath> |
      | s |
      | rc/fi |
      | le |
      | .ts</path |
      | ></read_fi |
      | le> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """
    And "results.snapshots[10][1].partial" is "false"
    And "results.snapshots[8][1].params.path" is "src/file.ts</path"
    And "results.snapshots[9][1].partial" is "true"

  Scenario: A tool use without its closing tag is partial until finalized
    Given the message streams in these chunks:
      | <re |
      | a |
      | d_file |
      | ><p |
      | ath> |
      | s |
      | rc/fi |
      | le |
      | .ts</path |
      | > |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """
    And "results.snapshots[9][1].partial" is "true"

  Scenario: A parameter cut off by the end of the stream
    Given the message streams in these chunks:
      | <re |
      | a |
      | d_file |
      | ><p |
      | ath> |
      | s |
      | rc/fi |
      | le |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file"},"partial":false}
      ]
      """
    And "results.snapshots[7][1].partial" is "true"

  Scenario: A tool use with several parameters streamed
    Given the message streams in these chunks:
      | <re |
      | a |
      | d_file |
      | ><p |
      | ath> |
      | s |
      | rc/fi |
      | le |
      | .ts</path |
      | ><start_li |
      | ne>10</st |
      | art_l |
      | ine><en |
      | d_line>20 |
      | </end_ |
      | l |
      | in |
      | e></read_f |
      | ile> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts","start_line":"10","end_line":"20"},"partial":false}
      ]
      """
    And "results.snapshots[18][1].partial" is "false"

  # ---- mixed content streaming ----------------------------------------------------------------------
  Scenario: Text followed by a tool use, streamed
    Given the message streams in these chunks:
      | Tex |
      | t |
      | \u0020befor |
      | e t |
      | ool\u0020 |
      | < |
      | read_ |
      | fi |
      | le><path> |
      | src/file.t |
      | s</path>< |
      | /read |
      | _file> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"Text before tool","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """
    And "results.snapshots[12][0].partial" is "false"
    And "results.snapshots[12][1].partial" is "false"

  Scenario: A tool use followed by text, streamed
    Given the message streams in these chunks:
      | <re |
      | a |
      | d_file |
      | ><p |
      | ath> |
      | s |
      | rc/fi |
      | le |
      | .ts</path |
      | ></read_fi |
      | le>Text a |
      | fter\u0020 |
      | tool |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false},
        {"type":"text","content":"Text after tool","partial":false}
      ]
      """
    And "results.snapshots[12][1].partial" is "false"
    And "results.snapshots[12][2].partial" is "true"

  Scenario: Several tool uses separated by text, streamed
    Given the message streams in these chunks:
      | Fir |
      | s |
      | t: <re |
      | ad_ |
      | file |
      | > |
      | <path |
      | >f |
      | ile1.ts</ |
      | path></rea |
      | d_file>Se |
      | cond: |
      | \u0020<read_ |
      | file><pat |
      | h>file |
      | 2 |
      | .t |
      | s</path></ |
      | read_file> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"First:","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"file1.ts"},"partial":false},
        {"type":"text","content":"Second:","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"file2.ts"},"partial":false}
      ]
      """

  # ---- special and edge cases --------------------------------------------------------------------------
  Scenario: write_to_file content containing its own closing tag, streamed
    Given the message streams in these chunks:
      | <wr |
      | i |
      | te_to_ |
      | fil |
      | e><p |
      | a |
      | th>sr |
      | c/ |
      | file.ts</ |
      | path><cont |
      | ent>\\n\tfun |
      | ction |
      | \u0020exampl |
      | e() {\\n\t// |
      | \u0020This\u0020 |
      | h |
      | as |
      | \u0020XML-like\u0020 |
      | content: < |
      | /content> |
      | \\n\tretu |
      | rn |
      | \u0020true; |
      | \\n\t} |
      | \\n\t</conten |
      | t><line_c |
      | ou |
      | nt>5</lin |
      | e_cou |
      | n |
      | t |
      | ></wri |
      | te_to_fil |
      | e> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"src/file.ts","content":"\tfunction example() {\n\t// This has XML-like content: </content>\n\treturn true;\n\t}\n\t","line_count":"5"},"partial":false}
      ]
      """
    And "results.snapshots[33][1].partial" is "false"

  Scenario: An empty message streams no blocks
    Given the assistant message is ""
    When the message is parsed
    Then the parsed blocks are:
      """
      []
      """

  Scenario: Unknown tags stream as plain text
    Given the message streams in these chunks:
      | Thi |
      | s |
      | \u0020has a |
      | \u0020<n |
      | ot_a |
      | _ |
      | tool> |
      | ma |
      | lformed t |
      | ag</not_a_ |
      | tool> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"This has a <not_a_tool>malformed tag</not_a_tool>","partial":false}
      ]
      """
    And "results.snapshots[10][0].partial" is "true"

  Scenario: A tool use without parameters, streamed
    Given the message streams in these chunks:
      | <br |
      | o |
      | wser_a |
      | cti |
      | on>< |
      | / |
      | brows |
      | er |
      | _action> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"browser_action","params":{},"partial":false}
      ]
      """
    And "results.snapshots[8][1].partial" is "false"

  Scenario: A parameter containing XML-like markup, streamed
    Given the message streams in these chunks:
      | <se |
      | a |
      | rch_fi |
      | les |
      | ><re |
      | g |
      | ex><d |
      | iv |
      | >.*</div> |
      | </regex><p |
      | ath>src</ |
      | path> |
      | </searc |
      | h_files> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"search_files","params":{"regex":"<div>.*</div>","path":"src"},"partial":false}
      ]
      """
    And "results.snapshots[13][1].partial" is "false"

  Scenario: Consecutive tool uses without text in between, streamed
    Given the message streams in these chunks:
      | <re |
      | a |
      | d_file |
      | ><p |
      | ath> |
      | f |
      | ile1. |
      | ts |
      | </path></ |
      | read_file> |
      | <read_fil |
      | e><pa |
      | th>file |
      | 2.ts</pat |
      | h></re |
      | a |
      | d_ |
      | file> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"file1.ts"},"partial":false},
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"file2.ts"},"partial":false}
      ]
      """
    And "results.snapshots[17][1].partial" is "false"
    And "results.snapshots[17][3].partial" is "false"

  Scenario: Whitespace around a streamed parameter value is trimmed when it closes
    Given the message streams in these chunks:
      | <re |
      | a |
      | d_file |
      | ><p |
      | ath> |
      | \u0020 |
      | \u0020src/ |
      | fi |
      | le.ts  </ |
      | path></rea |
      | d_file> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """
    And "results.snapshots[6][1].params.path" is "  src/"

  Scenario: A multi-line content parameter, streamed
    Given the message streams in these chunks:
      | <wr |
      | i |
      | te_to_ |
      | fil |
      | e><p |
      | a |
      | th>fi |
      | le |
      | .ts</path |
      | ><content> |
      | \\n\tline 1\\n |
      | \tline |
      | \u00202\\n\tlin |
      | e 3\\n\t</co |
      | ntent> |
      | < |
      | li |
      | ne_count>3 |
      | </line_cou |
      | nt></writ |
      | e_to_f |
      | il |
      | e> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"file.ts","content":"\tline 1\n\tline 2\n\tline 3\n\t","line_count":"3"},"partial":false}
      ]
      """
    And "results.snapshots[22][1].partial" is "false"

  Scenario: A complex message with three tool uses, streamed
    Given the message streams in these chunks:
      | I'l |
      | l |
      | \u0020help\u0020 |
      | you |
      | \u0020wit |
      | h |
      | \u0020that |
      | \u0020t |
      | ask.\\n\\n\t<r |
      | ead_file>< |
      | path>src/ |
      | index |
      | .ts</pa |
      | th></read |
      | _file> |
      | \\n |
      | \\n\t |
      | Now let's\u0020 |
      | modify the |
      | \u0020file:\\n\\n\t |
      | <write |
      | _t |
      | o_file |
      | ><p |
      | ath>src/in |
      | dex.ts</p |
      | at |
      | h><conten |
      | t>\\n\t/ |
      | / |
      | \u0020 |
      | Update |
      | d content |
      | \\n\tconsole |
      | .log("H |
      | ello |
      | \u0020world |
      | ");\\n\t</ |
      | content> |
      | <line_co |
      | unt>2</lin |
      | e_cou |
      | n |
      | t> |
      | </wri |
      | te |
      | _to_file |
      | >\\n\\n\tLe |
      | t's run t |
      | he c |
      | ode |
      | :\\n\\n |
      | \t |
      | <ex |
      | ecut |
      | e_command |
      | ><command> |
      | no |
      | de src/in |
      | dex.ts |
      | </co |
      | mman |
      | d> |
      | </execute_ |
      | co |
      | mmand> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"I'll help you with that task.","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/index.ts"},"partial":false},
        {"type":"text","content":"Now let's modify the file:","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"src/index.ts","content":"\t// Updated content\n\tconsole.log(\"Hello world\");\n\t","line_count":"2"},"partial":false},
        {"type":"text","content":"Let's run the code:","partial":false},
        {"type":"tool_use","name":"execute_command","params":{"command":"node src/index.ts"},"partial":false}
      ]
      """

  # ---- finalizeContentBlocks -------------------------------------------------------------------------
  Scenario: finalizeContentBlocks marks every partial block complete
    Given the message streams in these chunks:
      | <re |
      | a |
      | d_file |
      | ><p |
      | ath> |
      | s |
      | rc/fi |
      | le |
      | .ts |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """
    And "results.snapshots[8][1].partial" is "true"

  # ---- what the blocks look like between chunks -------------------------------------------------------
  Scenario: A tool block appears, partial and without params, as soon as its opening tag is complete
    Given the message streams in these chunks:
      | Reading <read_fi |
      | le> |
      | <path>src/a |
      | .ts</path></read_file> |
    When the message is parsed
    Then streaming gives the same blocks as whole parsing
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Reading","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/a.ts"},"partial":false}
      ]
      """
    And "results.snapshots[0][0].content" is "Reading <read_fi"
    And "results.snapshots[0][0].partial" is "true"
    And "results.snapshots[1][0].content" is "Reading"
    And "results.snapshots[1][0].partial" is "false"
    And "results.snapshots[1][1].params" is "{}"
    And "results.snapshots[1][1].partial" is "true"
    And "results.snapshots[2][1].params.path" is "src/a"

  Scenario: A streamed parameter keeps its raw value, closing-tag fragment included, until the tag is complete
    Given the message streams in these chunks:
      | <ask_followup_question><question>\u0020\u0020What |
      | \u0020now?\u0020\u0020</quest |
      | ion></ask_followup_question> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"ask_followup_question","params":{"question":"What now?"},"partial":false}
      ]
      """
    And "results.snapshots[0][1].params.question" is "  What"
    And "results.snapshots[1][1].params.question" is "  What now?  </quest"
    And "results.snapshots[1][1].partial" is "true"

  Scenario: A streamed content parameter keeps its newlines until it closes, then loses the first and last one
    Given the message streams in these chunks:
      | <write_to_file><path>a.txt</path><content>\\nline 1\\n |
      | line 2\\n</content></write_to_file> |
    When the message is parsed
    Then the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.txt","content":"line 1\nline 2"},"partial":false}
      ]
      """
    And "results.snapshots[0][1].params.content" is "\nline 1\n"

  Scenario: Whitespace after a tool use opens an empty text block that stays partial until finalized
    Given the message streams in these chunks:
      | Line one\r\\n<read_file>\r\\n<path>a.txt</path>\r\\n</read_file>\r\\n |
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"Line one","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"a.txt"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Line one","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"a.txt"},"partial":false},
        {"type":"text","content":"","partial":false}
      ]
      """
    And "results.snapshots[0][2].partial" is "true"

  Scenario: Two complete tool uses arriving in separate chunks, with blank lines between them
    Given the message streams in these chunks:
      | <attempt_completion><result>Done</result></attempt_completion> |
      | \\n\\n<ask_followup_question><question>More?</question></ask_followup_question> |
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"attempt_completion","params":{"result":"Done"},"partial":false},
        {"type":"tool_use","name":"ask_followup_question","params":{"question":"More?"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"attempt_completion","params":{"result":"Done"},"partial":false},
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"ask_followup_question","params":{"question":"More?"},"partial":false}
      ]
      """

  # ---- size limits ---------------------------------------------------------------------------------------
  # The spec streams 1 MB + 1 "x"; spaces fail the same way and keep the recording small (the whole-message
  # parser trims them away).
  @slow
  Scenario: A chunk that grows the message past 1 MB makes processChunk throw
    Given the assistant message is 1048577 repetitions of " "
    When the message is parsed
    Then the streaming parser fails with "Assistant message exceeds maximum allowed size"
    And the whole-message parser gives:
      """
      []
      """
    And "results.snapshots[0].error" is "Assistant message exceeds maximum allowed size"

  # The spec streams the 102,401 x in chunks of 1000; the reset does not depend on chunking, so they come as one chunk here.
  @slow
  Scenario: A parameter longer than 100 KB is abandoned and the rest of the message still parses
    Given the message streams in three chunks: "<write_to_file><path>test.txt</path><content>", "x" repeated 102401 times, and "</content></write_to_file>After tool"
    When the message is parsed
    Then "results.streamed[1].name" is "write_to_file"
    And "results.streamed[1].params.path" is "test.txt"
    And "results.streamed[1].partial" is "false"
    And "results.streamed[2].content" is "After tool"
    And "results.snapshots[1][1].partial" is "true"
    And "results.snapshots[2][2].content" is "After tool"
    And "results.snapshots[2][2].partial" is "true"
