@parser
Feature: Parsing a whole assistant message into text and tool-use blocks
  Codex turns the model's reply into content blocks: plain text, and tool uses written as XML-like tags
  (<tool_name><param>value</param></tool_name>) for the 23 known tool names and the known parameter names.
  parseAssistantMessageV2 scans the whole string once: text is trimmed, parameters are trimmed (content only
  loses one leading and one trailing newline), write_to_file takes its content between the first <content> and
  the last </content>, and whatever is still open at the end is returned with partial=true. The streaming
  AssistantMessageParser reads the same text chunk by chunk; after finalizeContentBlocks() nothing is partial,
  and it keeps the empty text blocks it opened before a tool tag was recognised. Every case of
  parseAssistantMessage.spec.ts is stated once, with the exact blocks of both parsers where they differ.

  # ---- text content parsing ------------------------------------------------------------------------
  Scenario: A simple text message is one text block, partial while it is the last content
    Given the assistant message is "This is a simple text message"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"This is a simple text message","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"This is a simple text message","partial":false}
      ]
      """

  Scenario: A multi-line text message keeps its line breaks
    Given the assistant message is "This is a multi-line\ntext message\nwith several lines"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"This is a multi-line\ntext message\nwith several lines","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"This is a multi-line\ntext message\nwith several lines","partial":false}
      ]
      """

  Scenario: Text at the end of the message is marked partial
    Given the assistant message is "This is a partial text"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"This is a partial text","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"This is a partial text","partial":false}
      ]
      """

  # ---- tool use parsing ----------------------------------------------------------------------------
  Scenario: A simple tool use with one parameter
    Given the assistant message is "<read_file><path>src/file.ts</path></read_file>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """

  Scenario: A tool use with several parameters keeps them in order
    Given the assistant message is "<read_file><path>src/file.ts</path><start_line>10</start_line><end_line>20</end_line></read_file>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts","start_line":"10","end_line":"20"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts","start_line":"10","end_line":"20"},"partial":false}
      ]
      """

  Scenario: A tool use without its closing tag stays partial
    Given the assistant message is "<read_file><path>src/file.ts</path>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """

  Scenario: A parameter cut off at the end of the message is kept as a partial tool use
    Given the assistant message is "<read_file><path>src/file.ts"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """

  # ---- mixed content parsing -------------------------------------------------------------------------
  Scenario: Text followed by a tool use
    Given the assistant message is "Here's the file content: <read_file><path>src/file.ts</path></read_file>"
    When the message is parsed
    Then the parsed blocks are:
      """
      [
        {"type":"text","content":"Here's the file content:","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """

  Scenario: A tool use followed by text
    Given the assistant message is "<read_file><path>src/file.ts</path></read_file>Here's what I found in the file."
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false},
        {"type":"text","content":"Here's what I found in the file.","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false},
        {"type":"text","content":"Here's what I found in the file.","partial":false}
      ]
      """

  Scenario: Several tool uses separated by text
    Given the assistant message is "First file: <read_file><path>src/file1.ts</path></read_file>Second file: <read_file><path>src/file2.ts</path></read_file>"
    When the message is parsed
    Then the parsed blocks are:
      """
      [
        {"type":"text","content":"First file:","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file1.ts"},"partial":false},
        {"type":"text","content":"Second file:","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file2.ts"},"partial":false}
      ]
      """

  # ---- special cases ---------------------------------------------------------------------------------
  Scenario: write_to_file content may contain its own closing tag
    Given the assistant message with escapes:
      """
      <write_to_file><path>src/file.ts</path><content>
      \tfunction example() {
      \t// This has XML-like content: </content>
      \treturn true;
      \t}
      \t</content><line_count>5</line_count></write_to_file>
      """
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"write_to_file","params":{"path":"src/file.ts","content":"\tfunction example() {\n\t// This has XML-like content: </content>\n\treturn true;\n\t}\n\t","line_count":"5"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"src/file.ts","content":"\tfunction example() {\n\t// This has XML-like content: </content>\n\treturn true;\n\t}\n\t","line_count":"5"},"partial":false}
      ]
      """

  Scenario: An empty message has no blocks
    Given the assistant message is ""
    When the message is parsed
    Then the parsed blocks are:
      """
      []
      """

  Scenario: Unknown tags are plain text
    Given the assistant message is "This has a <not_a_tool>malformed tag</not_a_tool>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"This has a <not_a_tool>malformed tag</not_a_tool>","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"This has a <not_a_tool>malformed tag</not_a_tool>","partial":false}
      ]
      """

  Scenario: A tool use without parameters
    Given the assistant message is "<browser_action></browser_action>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"browser_action","params":{},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"browser_action","params":{},"partial":false}
      ]
      """

  Scenario: Tool tags inside a parameter value are not nested tool uses
    Given the assistant message is "<execute_command><command>echo '<read_file><path>test.txt</path></read_file>'</command></execute_command>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"execute_command","params":{"command":"echo '<read_file><path>test.txt</path></read_file>'"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"execute_command","params":{"command":"echo '<read_file><path>test.txt</path></read_file>'"},"partial":false}
      ]
      """

  Scenario: A parameter value may contain XML-like markup
    Given the assistant message is "<search_files><regex><div>.*</div></regex><path>src</path></search_files>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"search_files","params":{"regex":"<div>.*</div>","path":"src"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"search_files","params":{"regex":"<div>.*</div>","path":"src"},"partial":false}
      ]
      """

  Scenario: Consecutive tool uses without text in between
    Given the assistant message is "<read_file><path>file1.ts</path></read_file><read_file><path>file2.ts</path></read_file>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"file1.ts"},"partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"file2.ts"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"file1.ts"},"partial":false},
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"file2.ts"},"partial":false}
      ]
      """

  Scenario: Whitespace around a parameter value is trimmed
    Given the assistant message is "<read_file><path>  src/file.ts  </path></read_file>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/file.ts"},"partial":false}
      ]
      """

  Scenario: A multi-line content parameter keeps its inner line breaks
    Given the assistant message with escapes:
      """
      <write_to_file><path>file.ts</path><content>
      \tline 1
      \tline 2
      \tline 3
      \t</content><line_count>3</line_count></write_to_file>
      """
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"write_to_file","params":{"path":"file.ts","content":"\tline 1\n\tline 2\n\tline 3\n\t","line_count":"3"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"file.ts","content":"\tline 1\n\tline 2\n\tline 3\n\t","line_count":"3"},"partial":false}
      ]
      """

  Scenario: A complex message alternating text and three tool uses
    Given the assistant message with escapes:
      """
      I'll help you with that task.

      \t<read_file><path>src/index.ts</path></read_file>

      \tNow let's modify the file:

      \t<write_to_file><path>src/index.ts</path><content>
      \t// Updated content
      \tconsole.log("Hello world");
      \t</content><line_count>2</line_count></write_to_file>

      \tLet's run the code:

      \t<execute_command><command>node src/index.ts</command></execute_command>
      """
    When the message is parsed
    Then the parsed blocks are:
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

  # ---- more edge cases of the same parsers ----------------------------------------------------------
  Scenario: A write_to_file without a content parameter has no content
    Given the assistant message is "<write_to_file><path>a.txt</path></write_to_file>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.txt"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.txt"},"partial":false}
      ]
      """

  Scenario: A parameter tag outside any tool use is plain text
    Given the assistant message is "<path>x</path>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"<path>x</path>","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"<path>x</path>","partial":false}
      ]
      """

  Scenario: A parameter is only closed by its own closing tag
    Given the assistant message is "<read_file><path>a</read_file>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"a</read_file>"},"partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"a</read_file>"},"partial":false}
      ]
      """

  Scenario: An unknown parameter tag inside a tool use is ignored
    Given the assistant message is "<read_file><foo>x</foo><path>a.ts</path></read_file>"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"read_file","params":{"path":"a.ts"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"a.ts"},"partial":false}
      ]
      """

  Scenario: A partial content parameter keeps its first newline only when streamed
    Given the assistant message is "Now: <write_to_file><path>a.txt</path><content>\nhello\nwor"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"Now:","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.txt","content":"hello\nwor"},"partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Now:","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.txt","content":"\nhello\nwor"},"partial":false}
      ]
      """

  Scenario: CRLF line endings stay inside text and are trimmed around tags
    Given the assistant message is "Line one\r\nLine two\r\n<read_file>\r\n<path>a.txt</path>\r\n</read_file>\r\n"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"Line one\r\nLine two","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"a.txt"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Line one\r\nLine two","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"a.txt"},"partial":false},
        {"type":"text","content":"","partial":false}
      ]
      """

  Scenario: A tool name with a suffix is not a tool tag
    Given the assistant message is "Use <read_file_x>y</read_file_x> now"
    When the message is parsed
    Then the whole-message parser gives:
      """
      [
        {"type":"text","content":"Use <read_file_x>y</read_file_x> now","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Use <read_file_x>y</read_file_x> now","partial":false}
      ]
      """

  # ---- the split property: the streaming parser does not depend on where the chunks break -----------
  Scenario: Text then a tool use, split anywhere
    Given the assistant message is "Let me read it.\n<read_file><path>src/a.ts</path></read_file>"
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the parsed blocks are:
      """
      [
        {"type":"text","content":"Let me read it.","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"src/a.ts"},"partial":false}
      ]
      """

  Scenario: Two tool uses, split anywhere
    Given the assistant message with escapes:
      """
      <switch_mode><mode_slug>architect</mode_slug><reason>plan</reason></switch_mode>
      <ask_followup_question><question>Ok?</question></ask_followup_question>
      """
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"switch_mode","params":{"mode_slug":"architect","reason":"plan"},"partial":false},
        {"type":"tool_use","name":"ask_followup_question","params":{"question":"Ok?"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"switch_mode","params":{"mode_slug":"architect","reason":"plan"},"partial":false},
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"ask_followup_question","params":{"question":"Ok?"},"partial":false}
      ]
      """

  Scenario: write_to_file with a nested </content>, split anywhere
    Given the assistant message with escapes:
      """
      <write_to_file><path>a.xml</path><content>
      <content>x</content>
      </content><line_count>1</line_count></write_to_file>
      """
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.xml","content":"<content>x</content>","line_count":"1"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.xml","content":"<content>x</content>","line_count":"1"},"partial":false}
      ]
      """

  Scenario: Unicode and emoji (surrogate pairs), split anywhere
    Given the assistant message is "Héllo 👋 wörld ✓ <ask_followup_question><question>¿Qué tal? 😀</question></ask_followup_question> 日本語"
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"text","content":"Héllo 👋 wörld ✓","partial":false},
        {"type":"tool_use","name":"ask_followup_question","params":{"question":"¿Qué tal? 😀"},"partial":false},
        {"type":"text","content":"日本語","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Héllo 👋 wörld ✓","partial":false},
        {"type":"tool_use","name":"ask_followup_question","params":{"question":"¿Qué tal? 😀"},"partial":false},
        {"type":"text","content":"日本語","partial":false}
      ]
      """

  Scenario: CRLF line endings, split anywhere
    Given the assistant message is "Line one\r\nLine two\r\n<read_file>\r\n<path>a.txt</path>\r\n</read_file>\r\n"
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"text","content":"Line one\r\nLine two","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"a.txt"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Line one\r\nLine two","partial":false},
        {"type":"tool_use","name":"read_file","params":{"path":"a.txt"},"partial":false},
        {"type":"text","content":"","partial":false}
      ]
      """

  Scenario: Thinking tags stay in the text, split anywhere
    Given the assistant message with escapes:
      """
      <thinking>
      I should ask.
      </thinking>
      <ask_followup_question>
      <question>Which file?</question>
      </ask_followup_question>
      """
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the parsed blocks are:
      """
      [
        {"type":"text","content":"<thinking>\nI should ask.\n</thinking>","partial":false},
        {"type":"tool_use","name":"ask_followup_question","params":{"question":"Which file?"},"partial":false}
      ]
      """

  Scenario: Unknown tags and stray parameter tags, split anywhere
    Given the assistant message is "Use <foo>bar</foo> and <read_file_x>y</read_file_x> <path>z</path>"
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"text","content":"Use <foo>bar</foo> and <read_file_x>y</read_file_x> <path>z</path>","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Use <foo>bar</foo> and <read_file_x>y</read_file_x> <path>z</path>","partial":false}
      ]
      """

  Scenario: A parameter containing "<", split anywhere
    Given the assistant message is "<execute_command><command>echo 1 < 2 && cat <file</command></execute_command>"
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"execute_command","params":{"command":"echo 1 < 2 && cat <file"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"execute_command","params":{"command":"echo 1 < 2 && cat <file"},"partial":false}
      ]
      """

  Scenario: A partial tool use at the end, split anywhere
    Given the assistant message is "Now: <write_to_file><path>a.txt</path><content>\nhello\nwor"
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"text","content":"Now:","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.txt","content":"hello\nwor"},"partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"Now:","partial":false},
        {"type":"tool_use","name":"write_to_file","params":{"path":"a.txt","content":"\nhello\nwor"},"partial":false}
      ]
      """

  Scenario: A tool tag right at the start with text after it, split anywhere
    Given the assistant message is "<list_files><path>.</path><recursive>true</recursive></list_files>Done."
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"list_files","params":{"path":".","recursive":"true"},"partial":false},
        {"type":"text","content":"Done.","partial":true}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"list_files","params":{"path":".","recursive":"true"},"partial":false},
        {"type":"text","content":"Done.","partial":false}
      ]
      """

  Scenario: A new_task with a multi-line message, split anywhere
    Given the assistant message is "<new_task>\n<mode>code</mode>\n<message>Implement:\n- a\n- b</message>\n</new_task>"
    When the message is parsed split at every position
    Then every split gives the same blocks
    And the whole-message parser gives:
      """
      [
        {"type":"tool_use","name":"new_task","params":{"mode":"code","message":"Implement:\n- a\n- b"},"partial":false}
      ]
      """
    And the streaming parser gives:
      """
      [
        {"type":"text","content":"","partial":false},
        {"type":"tool_use","name":"new_task","params":{"mode":"code","message":"Implement:\n- a\n- b"},"partial":false}
      ]
      """
