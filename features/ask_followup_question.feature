@tool:ask_followup_question
Feature: ask_followup_question asks the user and returns the answer
  askFollowupQuestionTool needs a question. While the block streams it shows the question so far (a partial
  "followup" ask, its closing-tag fragment removed). When complete it parses the optional <follow_up> list with
  fast-xml-parser (<suggest> is a stop node: its inner text is kept raw; a mode="…" attribute becomes the suggestion's
  mode), resets the mistake count, asks "followup" with {"question","suggest":[{answer, mode?}]}, shows the answer
  as user feedback and returns it as "<answer>\n…\n</answer>" (with the answer's images). A missing question or an
  unparsable follow_up is a mistake and a tool error.

  Background:
    Given the mode is "code"

  # ---- askFollowupQuestionTool.spec.ts ----------------------------------------------------------------------
  Scenario: Suggestions without mode attributes
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest>Option 1</suggest><suggest>Option 2</suggest></follow_up></ask_followup_question>"
    And the user answers "Option 1"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"Option 1\"},{\"answer\":\"Option 2\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nOption 1\n</answer>"
    And the consecutive mistake count is 0

  Scenario: Suggestions with mode attributes
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest mode=\"code\">Write code</suggest><suggest mode=\"debug\">Debug issue</suggest></follow_up></ask_followup_question>"
    And the user answers "Write code"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"Write code\",\"mode\":\"code\"},{\"answer\":\"Debug issue\",\"mode\":\"debug\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nWrite code\n</answer>"
    And the consecutive mistake count is 0

  Scenario: Suggestions with and without mode attributes mixed
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest>Regular option</suggest><suggest mode=\"architect\">Plan architecture</suggest></follow_up></ask_followup_question>"
    And the user answers "Regular option"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"Regular option\"},{\"answer\":\"Plan architecture\",\"mode\":\"architect\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nRegular option\n</answer>"
    And the consecutive mistake count is 0

  # ---- more follow_up shapes ----------------------------------------------------------------------------------
  Scenario: A single suggestion is a list of one
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest>Only option</suggest></follow_up></ask_followup_question>"
    And the user answers "Only option"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"Only option\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nOnly option\n</answer>"
    And the consecutive mistake count is 0

  Scenario: A single suggestion with a mode
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest mode=\"architect\">Plan it</suggest></follow_up></ask_followup_question>"
    And the user answers "Plan it"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"Plan it\",\"mode\":\"architect\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nPlan it\n</answer>"
    And the consecutive mistake count is 0

  Scenario: Without follow_up the suggestion list is empty
    Given the assistant message is "<ask_followup_question><question>Anything else?</question></ask_followup_question>"
    And the user answers "No"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"Anything else?\",\"suggest\":[]}"
    And the tool result header is "[ask_followup_question for 'Anything else?'] Result:"
    And the tool result is "<answer>\nNo\n</answer>"
    And the consecutive mistake count is 0

  Scenario: An empty follow_up gives no suggestions
    Given the assistant message is "<ask_followup_question><question>Anything else?</question><follow_up></follow_up></ask_followup_question>"
    And the user answers "No"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"Anything else?\",\"suggest\":[]}"
    And the tool result header is "[ask_followup_question for 'Anything else?'] Result:"
    And the tool result is "<answer>\nNo\n</answer>"
    And the consecutive mistake count is 0

  Scenario: Suggestions on separate lines
    Given the assistant message is "<ask_followup_question><question>Continue?</question><follow_up>\n<suggest>Yes</suggest>\n<suggest>No</suggest>\n</follow_up></ask_followup_question>"
    And the user answers "Yes"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"Continue?\",\"suggest\":[{\"answer\":\"Yes\"},{\"answer\":\"No\"}]}"
    And the tool result header is "[ask_followup_question for 'Continue?'] Result:"
    And the tool result is "<answer>\nYes\n</answer>"
    And the consecutive mistake count is 0

  Scenario: Markup and entities inside a suggestion are kept as written
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest><b>bold</b> &amp; more</suggest><suggest>  padded  </suggest></follow_up></ask_followup_question>"
    And the user answers "bold"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"<b>bold</b> &amp; more\"},{\"answer\":\"  padded  \"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nbold\n</answer>"
    And the consecutive mistake count is 0

  Scenario: An attribute other than mode is ignored
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest foo=\"x\">A</suggest><suggest mode='debug'>B</suggest></follow_up></ask_followup_question>"
    And the user answers "A"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"A\"},{\"answer\":\"B\",\"mode\":\"debug\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nA\n</answer>"
    And the consecutive mistake count is 0

  Scenario: An unquoted mode attribute is dropped
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest mode=code>A</suggest></follow_up></ask_followup_question>"
    And the user answers "A"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"A\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nA\n</answer>"
    And the consecutive mistake count is 0

  Scenario: An empty suggestion has an empty answer
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest></suggest><suggest>B</suggest></follow_up></ask_followup_question>"
    And the user answers "B"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"\"},{\"answer\":\"B\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nB\n</answer>"
    And the consecutive mistake count is 0

  Scenario: A suggestion with a mode and no text has only the mode
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest mode=\"code\"></suggest></follow_up></ask_followup_question>"
    And the user answers "Code"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"mode\":\"code\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nCode\n</answer>"
    And the consecutive mistake count is 0

  Scenario: Text without suggest tags gives no suggestions
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up>just text</follow_up></ask_followup_question>"
    And the user answers "ok"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nok\n</answer>"
    And the consecutive mistake count is 0

  Scenario: Tags other than suggest are ignored
    Given the assistant message is "<ask_followup_question><question>What would you like to do?</question><follow_up><suggest>x</suggest><other>y</other></follow_up></ask_followup_question>"
    And the user answers "x"
    When the assistant message is presented
    Then the UI shows ask "followup" with "{\"question\":\"What would you like to do?\",\"suggest\":[{\"answer\":\"x\"}]}"
    And the tool result header is "[ask_followup_question for 'What would you like to do?'] Result:"
    And the tool result is "<answer>\nx\n</answer>"
    And the consecutive mistake count is 0

  # ---- malformed follow_up ------------------------------------------------------------------------------------
  Scenario Outline: A follow_up that does not parse is a mistake and a tool error
    Given the assistant message is "<ask_followup_question><question>Pick one</question><follow_up><xml></follow_up></ask_followup_question>"
    When the assistant message is presented
    Then the UI shows say "error" with "Failed to parse operations: Failed to parse XML: <parser_error>"
    And the tool result header is "[ask_followup_question for 'Pick one'] Result:"
    And the tool result is "The tool execution failed with the following error:\n<error>\nInvalid operations xml format\n</error>"
    And the consecutive mistake count is 1
    And tool "ask_followup_question" was used 1 time with 1 failure
    And the UI shows no ask "followup"

    Examples:
      | xml                                    | parser_error              |
      | <suggest>Yes</suggest><suggest>No      | Unexpected end of suggest |
      | <suggest>Yes</sugest>                  | Unexpected end of suggest |
      | <suggest>a<</suggest>                  | Unexpected end of suggest |

  # ---- missing question -----------------------------------------------------------------------------------------
  Scenario Outline: Without a question nothing is asked and the missing parameter is reported
    Given the assistant message is "<msg>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use ask_followup_question without value for required parameter 'question'. Retrying..."
    And the tool result header is "[ask_followup_question for '<shown>'] Result:"
    And the tool result is:
      """
      The tool execution failed with the following error:
      <error>
      Missing value for required parameter 'question'. Please retry with complete response.

      # Reminder: Instructions for Tool Use

      Tool uses are formatted using XML-style tags. The tool name itself becomes the XML tag name. Each parameter is enclosed within its own set of tags. Here's the structure:

      <actual_tool_name>
      <parameter1_name>value1</parameter1_name>
      <parameter2_name>value2</parameter2_name>
      ...
      </actual_tool_name>

      For example, to use the attempt_completion tool:

      <attempt_completion>
      <result>
      I have completed the task...
      </result>
      </attempt_completion>

      Always use the actual tool name as the XML tag name for proper parsing and execution.
      </error>
      """
    And the consecutive mistake count is 1
    And tool "ask_followup_question" was used 1 time with 1 failure
    And the UI shows no ask "followup"

    Examples:
      | msg                                                                                                   | shown     |
      | <ask_followup_question><follow_up><suggest>a</suggest></follow_up></ask_followup_question>            | undefined |
      | <ask_followup_question><question></question></ask_followup_question>                                  |           |
      | <ask_followup_question><question>   </question></ask_followup_question>                               |           |

  # ---- the answer -----------------------------------------------------------------------------------------------
  Scenario: The answer is shown as user feedback and returned in answer tags
    Given the assistant message is "<ask_followup_question>\n<question>Which database?</question>\n</ask_followup_question>"
    And the user answers "PostgreSQL, version 16"
    When the assistant message is presented
    Then the UI events are:
      | kind | type          | partial | text                                        |
      | say  | text          | false   |                                             |
      | ask  | followup      | false   | {"question":"Which database?","suggest":[]} |
      | say  | user_feedback | false   | PostgreSQL, version 16                      |
    And the user message content is:
      """
      [ask_followup_question for 'Which database?'] Result:
      ---
      <answer>
      PostgreSQL, version 16
      </answer>
      """
    And the task flag "didAlreadyUseTool" is true
    And the task flag "didRejectTool" is false

  Scenario: An answer with an image returns the image after the answer text
    Given the assistant message is "<ask_followup_question><question>How does it look?</question></ask_followup_question>"
    And the user answers "Like this" with an image "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    When the assistant message is presented
    Then the user message content is:
      """
      [ask_followup_question for 'How does it look?'] Result:
      ---
      <answer>
      Like this
      </answer>
      ---
      [image image/png]
      """
    And "userMessageContent[2].source.data" is "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    And "ui[2].images[0]" is "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

  # A click on the button instead of a typed answer carries no text: the feedback is empty and the answer "undefined".
  Scenario: Answering with the yes button returns "undefined" as the answer
    Given the assistant message is "<ask_followup_question><question>Shall I continue?</question></ask_followup_question>"
    And the user approves
    When the assistant message is presented
    Then the UI shows say "user_feedback" with ""
    And the tool result is "<answer>\nundefined\n</answer>"


  # ---- streaming: the question is shown while it is written ----------------------------------------------------------
  Scenario: A streaming question is shown as it grows, without its closing-tag fragment
    Given the message streams in these chunks:
      | <ask_followup_question><question>Which |
      | \u0020file?</que |
      | stion><follow_up><suggest>a.ts</suggest></follow_up></ask_followup_question> |
    And the user answers "a.ts"
    When the assistant message is presented
    Then the UI events are:
      | kind | type          | partial | text                                                         |
      | say  | text          | false   |                                                              |
      | ask  | followup      | true    | Which                                                        |
      | ask  | followup      | true    | Which file?                                                  |
      | ask  | followup      | false   | {"question":"Which file?","suggest":[{"answer":"a.ts"}]}     |
      | say  | user_feedback | false   | a.ts                                                         |
    And tool "ask_followup_question" was used 1 time with 0 failures

  Scenario: Before its question starts, a streaming question shows an empty question
    Given the message streams in these chunks:
      | <ask_followup_question><follow_up><suggest>x</suggest></follow_up> |
      | <question>Sure?</question></ask_followup_question> |
    And the user answers "yes"
    When the assistant message is presented
    Then the UI events are:
      | kind | type          | partial | text                                                     |
      | say  | text          | false   |                                                          |
      | ask  | followup      | true    |                                                          |
      | ask  | followup      | false   | {"question":"Sure?","suggest":[{"answer":"x"}]}          |
      | say  | user_feedback | false   | yes                                                      |

  Scenario: A question cut off by the end of the stream is asked as it is
    Given the message streams in these chunks:
      | <ask_followup_question><question>Is this |
      | \u0020enough |
    And the user answers "yes"
    When the assistant message is presented
    Then the UI events are:
      | kind | type          | partial | text                                          |
      | say  | text          | false   |                                               |
      | ask  | followup      | true    | Is this                                       |
      | ask  | followup      | true    | Is this enough                                |
      | ask  | followup      | false   | {"question":"Is this enough","suggest":[]}    |
      | say  | user_feedback | false   | yes                                           |
    And the tool result header is "[ask_followup_question for 'Is this enough'] Result:"
