@tool:codebase_search
Feature: codebase_search asks the code index for snippets that match a query
  codebaseSearchTool reads query and path (a directory prefix, normalized with path.normalize), shows
  {"tool":"codebaseSearch","query","path","isOutsideWorkspace":false} and needs a query (else the missing-parameter
  error, a mistake, no tool error recorded). After approval (a denial pushes "The user denied this operation." on top of
  askApproval's own result) it takes the CodeIndexManager of the provider's extension context: none → "CodeIndexManager
  is not available.", disabled → "Code Indexing is disabled in the settings.", not configured → "Code Indexing is not
  configured (Missing OpenAI Key or Qdrant URL).". The manager's searchIndex(query, prefix) then checks that it is
  initialized and that the index is "Indexed" or "Indexing"; a failing search puts the index in "Error" and re-throws.
  All errors go through handleError("codebase_search"). No results: a plain sentence. Otherwise each result with a
  payload that has a filePath becomes {filePath relative to the workspace, score, startLine, endLine, codeChunk trimmed},
  shown as a "codebase_search_result" say and returned as text. The index itself is later work: the scenarios supply
  what it finds (docs/transcript.md, settings.codeIndex); codeIndexCalls records each search that reached it.

  Background:
    Given the mode is "code"

  # ---- parameters ---------------------------------------------------------------------------------------------------
  Scenario: A missing query is a missing-parameter mistake
    Given the code index is enabled and configured
    And the assistant message is "<codebase_search><path>src</path></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use codebase_search without value for required parameter 'query'. Retrying..."
    And "userMessageContent[1].text" contains "Missing value for required parameter 'query'. Please retry with complete response."
    And the UI shows no ask "tool"
    And the consecutive mistake count is 1
    And tool "codebase_search" was used 1 time with 0 failures
    And "codeIndexCalls" is absent

  Scenario: An empty query is a missing-parameter mistake
    Given the code index is enabled and configured
    And the assistant message is "<codebase_search><query></query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use codebase_search without value for required parameter 'query'. Retrying..."
    And the consecutive mistake count is 1

  Scenario: A query of spaces only is trimmed to nothing and is a missing-parameter mistake
    Given the code index is enabled and configured
    And the assistant message is "<codebase_search><query>   </query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Kilo Code tried to use codebase_search without value for required parameter 'query'. Retrying..."

  Scenario: A streamed call shows the query as it grows
    Given the code index is enabled and configured
    And the code index finds:
      | score | filePath              | startLine | endLine | codeChunk       |
      | 0.9   | {workspace}/src/a.ts  | 1         | 3       | function a() {} |
    And the assistant message is "<codebase_search><query>auth flow</query><path>src</path></codebase_search>"
    And the message streams in chunks of 9 characters
    When the assistant message is presented
    Then the UI shows ask "tool" with "{\"tool\":\"codebaseSearch\",\"query\":\"auth flow\",\"path\":\"src\",\"isOutsideWorkspace\":false}"
    And no error escaped

  # ---- the index is not usable -------------------------------------------------------------------------------------
  Scenario: Without any code index settings the feature is disabled
    Given the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the tool result header is "[codebase_search for 'auth flow'] Result:"
    And "userMessageContent[1].text" contains "Error codebase_search: {\"name\":\"Error\",\"message\":\"Code Indexing is disabled in the settings.\""
    And the UI shows say "error" with "Error codebase_search:\nCode Indexing is disabled in the settings."
    And the consecutive mistake count is 0
    And "codeIndexCalls" is absent

  Scenario: A disabled index is an error
    Given the code index is disabled
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error codebase_search:\nCode Indexing is disabled in the settings."

  Scenario: An enabled index that is not configured is an error
    Given the code index is enabled but not configured
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error codebase_search:\nCode Indexing is not configured (Missing OpenAI Key or Qdrant URL)."

  Scenario: Without a code index manager the search is an error
    Given there is no code index manager
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error codebase_search:\nCodeIndexManager is not available."

  Scenario: An index that was never initialized is an error
    Given the code index is enabled and configured
    And the code index is not initialized
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error codebase_search:\nCodeIndexManager not initialized. Call initialize() first."
    And "codeIndexCalls" is absent

  Scenario Outline: An index that is not ready cannot be searched
    Given the code index is enabled and configured
    And the code index is in state "<state>"
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error codebase_search:\nCode index is not ready for search. Current state: <state>"

    Examples:
      | state   |
      | Standby |
      | Error   |

  Scenario: An index that is still indexing can be searched
    Given the code index is enabled and configured
    And the code index is in state "Indexing"
    And the code index finds:
      | score | filePath             | startLine | endLine | codeChunk |
      | 0.5   | {workspace}/src/a.ts | 1         | 1       | a         |
    And the assistant message is "<codebase_search><query>a</query></codebase_search>"
    When the assistant message is presented
    Then "userMessageContent[1].text" is "Query: a\nResults:\n\nFile path: src/a.ts\nScore: 0.5\nLines: 1-1\nCode Chunk: a\n"

  Scenario: A search that fails is an error
    Given the code index is enabled and configured
    And the code index search fails with "Failed to generate embedding for query."
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error codebase_search:\nFailed to generate embedding for query."
    And "codeIndexCalls[0].query" is "auth flow"

  Scenario: A search error message with quotes and new lines is shown as it is
    Given the code index is enabled and configured
    And the code index search fails with "Qdrant said: \"collection not found\"\nretry later"
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error codebase_search:\nQdrant said: \"collection not found\"\nretry later"

  # ---- results ------------------------------------------------------------------------------------------------------
  Scenario: No results is a plain sentence
    Given the code index is enabled and configured
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the tool result is "No relevant code snippets found for the query: \"auth flow\""
    And the UI shows no say "codebase_search_result"
    And "codeIndexCalls[0].query" is "auth flow"
    And "codeIndexCalls[0].directoryPrefix" is "null"

  Scenario: One result is shown and returned
    Given the code index is enabled and configured
    And the code index finds:
      | score | filePath                 | startLine | endLine | codeChunk                                          |
      | 0.87  | {workspace}/src/auth.ts  | 10        | 14      | export function login() {\n  return check()\n}\n   |
    And the assistant message is "<codebase_search><query>login</query></codebase_search>"
    When the assistant message is presented
    Then the tool result header is "[codebase_search for 'login'] Result:"
    And the tool result is:
      """
      Query: login
      Results:

      File path: src/auth.ts
      Score: 0.87
      Lines: 10-14
      Code Chunk: export function login() {
        return check()
      }

      """
    And the UI shows say "codebase_search_result" with "{\"tool\":\"codebaseSearch\",\"content\":{\"query\":\"login\",\"results\":[{\"filePath\":\"src/auth.ts\",\"score\":0.87,\"startLine\":10,\"endLine\":14,\"codeChunk\":\"export function login() {\\n  return check()\\n}\"}]}}"
    And the UI shows ask "tool" with "{\"tool\":\"codebaseSearch\",\"query\":\"login\",\"isOutsideWorkspace\":false}"
    And the consecutive mistake count is 0
    And tool "codebase_search" was used 1 time with 0 failures

  Scenario: Several results keep the index's order and are separated by blank lines
    Given the code index is enabled and configured
    And the code index finds:
      | score  | filePath                    | startLine | endLine | codeChunk   |
      | 0.91   | {workspace}/src/b.ts        | 3         | 4       | b()         |
      | 0.9    | {workspace}/src/a.ts        | 1         | 2       | a()         |
      | 0.4125 | {workspace}/lib/deep/c.ts   | 100       | 120     | c()         |
      | 1      | {workspace}/README.md       | 1         | 1       | # readme    |
    And the assistant message is "<codebase_search><query>calls</query></codebase_search>"
    When the assistant message is presented
    Then the tool result is:
      """
      Query: calls
      Results:

      File path: src/b.ts
      Score: 0.91
      Lines: 3-4
      Code Chunk: b()

      File path: src/a.ts
      Score: 0.9
      Lines: 1-2
      Code Chunk: a()

      File path: lib/deep/c.ts
      Score: 0.4125
      Lines: 100-120
      Code Chunk: c()

      File path: README.md
      Score: 1
      Lines: 1-1
      Code Chunk: # readme

      """

  Scenario: A result outside the workspace keeps its absolute path
    Given the code index is enabled and configured
    And the code index finds:
      | score | filePath                    | startLine | endLine | codeChunk |
      | 0.5   | /opt/other/project/x.ts     | 1         | 1       | x         |
      | 0.4   | {workspace}/../beside.ts    | 2         | 2       | y         |
    And the assistant message is "<codebase_search><query>x</query></codebase_search>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "File path: /opt/other/project/x.ts\n"

  Scenario: A relative path in a result is kept as it is
    Given the code index is enabled and configured
    And the code index finds:
      | score | filePath   | startLine | endLine | codeChunk |
      | 0.5   | src/rel.ts | 1         | 1       | r         |
    And the assistant message is "<codebase_search><query>r</query></codebase_search>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "File path: src/rel.ts\n"

  Scenario: Results without a payload or without a file path are left out
    Given the code index is enabled and configured
    And the code index finds the results:
      """
      [
        {"id": 1, "score": 0.9},
        {"id": 2, "score": 0.8, "payload": null},
        {"id": 3, "score": 0.7, "payload": {"codeChunk": "no path", "startLine": 1, "endLine": 1}},
        {"id": 4, "score": 0.6, "payload": {"filePath": "{workspace}/kept.ts", "codeChunk": "kept", "startLine": 5, "endLine": 6}}
      ]
      """
    And the assistant message is "<codebase_search><query>q</query></codebase_search>"
    When the assistant message is presented
    Then the tool result is "Query: q\nResults:\n\nFile path: kept.ts\nScore: 0.6\nLines: 5-6\nCode Chunk: kept\n"

  Scenario: Results that all lack a file path give an empty list, not the no-results sentence
    Given the code index is enabled and configured
    And the code index finds the results:
      """
      [{"id": 1, "score": 0.9, "payload": {"codeChunk": "x", "startLine": 1, "endLine": 1}}]
      """
    And the assistant message is "<codebase_search><query>q</query></codebase_search>"
    When the assistant message is presented
    Then the tool result is "Query: q\nResults:\n\n"
    And the UI shows say "codebase_search_result" with "{\"tool\":\"codebaseSearch\",\"content\":{\"query\":\"q\",\"results\":[]}}"

  # ---- odd content --------------------------------------------------------------------------------------------------
  Scenario: Unicode in paths, query and chunks is kept
    Given the code index is enabled and configured
    And the code index finds:
      | score | filePath                         | startLine | endLine | codeChunk                        |
      | 0.75  | {workspace}/docs/café/ünï 😀.md  | 7         | 9       | \u00a0 Grüße 👋 — “quoted” \u00a0 |
    And the assistant message is "<codebase_search><query>grüße 👋</query></codebase_search>"
    When the assistant message is presented
    Then the tool result is "Query: grüße 👋\nResults:\n\nFile path: docs/café/ünï 😀.md\nScore: 0.75\nLines: 7-9\nCode Chunk: Grüße 👋 — “quoted”\n"

  Scenario: An empty code chunk and one of white space only become empty
    Given the code index is enabled and configured
    And the code index finds:
      | score | filePath             | startLine | endLine | codeChunk  |
      | 0.5   | {workspace}/a.ts     | 1         | 1       |            |
      | 0.4   | {workspace}/b.ts     | 2         | 2       | \n\t \r\n  |
    And the assistant message is "<codebase_search><query>q</query></codebase_search>"
    When the assistant message is presented
    Then the tool result is "Query: q\nResults:\n\nFile path: a.ts\nScore: 0.5\nLines: 1-1\nCode Chunk: \n\nFile path: b.ts\nScore: 0.4\nLines: 2-2\nCode Chunk: \n"

  Scenario: A byte order mark and other JavaScript white space are trimmed from a chunk
    Given the code index is enabled and configured
    And the code index finds:
      | score | filePath         | startLine | endLine | codeChunk                      |
      | 0.5   | {workspace}/a.ts | 1         | 1       | \ufeff\u2028\u3000code\u200b\u205f |
    And the assistant message is "<codebase_search><query>q</query></codebase_search>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "Code Chunk: code\u200b\n"

  Scenario: A Windows path in a result is kept as it is
    Given the code index is enabled and configured
    And the code index finds the results:
      """
      [{"id": 1, "score": 0.5, "payload": {"filePath": "C:\\Users\\me\\project\\a.ts", "codeChunk": "w", "startLine": 1, "endLine": 2}}]
      """
    And the assistant message is "<codebase_search><query>w</query></codebase_search>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "File path: C:\\Users\\me\\project\\a.ts\n"

  Scenario: Scores and line numbers are printed as JavaScript prints numbers
    Given the code index is enabled and configured
    And the code index finds the results:
      """
      [
        {"id": 1, "score": 0.30000000000000004, "payload": {"filePath": "{workspace}/a.ts", "codeChunk": "a", "startLine": 1.0, "endLine": 2e0}},
        {"id": 2, "score": 1e-7, "payload": {"filePath": "{workspace}/b.ts", "codeChunk": "b", "startLine": 0, "endLine": -0}},
        {"id": 3, "payload": {"filePath": "{workspace}/c.ts", "codeChunk": "c", "startLine": "12", "endLine": null}}
      ]
      """
    And the assistant message is "<codebase_search><query>n</query></codebase_search>"
    When the assistant message is presented
    Then the tool result is "Query: n\nResults:\n\nFile path: a.ts\nScore: 0.30000000000000004\nLines: 1-2\nCode Chunk: a\n\nFile path: b.ts\nScore: 1e-7\nLines: 0-0\nCode Chunk: b\n\nFile path: c.ts\nScore: undefined\nLines: 12-null\nCode Chunk: c\n"

  Scenario: A result whose code chunk is missing is a TypeError
    Given the code index is enabled and configured
    And the code index finds the results:
      """
      [{"id": 1, "score": 0.9, "payload": {"filePath": "{workspace}/a.ts", "startLine": 1, "endLine": 1}}]
      """
    And the assistant message is "<codebase_search><query>q</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "error" with "Error codebase_search:\nCannot read properties of undefined (reading 'trim')"
    And the UI shows no say "codebase_search_result"

  # ---- the path parameter (directory prefix) -------------------------------------------------------------------------
  Scenario Outline: The path is normalized before it is shown and passed to the index
    Given the code index is enabled and configured
    And the assistant message is "<codebase_search><query>q</query><path><prefix></path></codebase_search>"
    When the assistant message is presented
    Then the UI shows ask "tool" with "{\"tool\":\"codebaseSearch\",\"query\":\"q\",\"path\":\"<shown>\",\"isOutsideWorkspace\":false}"
    And "codeIndexCalls[0].directoryPrefix" is "<shown>"

    Examples:
      | prefix            | shown          |
      | src               | src            |
      | ./src/            | src/           |
      | src/../lib//x     | lib/x          |
      | /opt/elsewhere/   | /opt/elsewhere/ |
      | ../outside        | ../outside     |
      | .                 | .              |

  Scenario: A path outside the workspace is still reported as inside it
    Given the code index is enabled and configured
    And the assistant message is "<codebase_search><query>q</query><path>../../etc</path></codebase_search>"
    When the assistant message is presented
    Then the UI shows ask "tool" with "{\"tool\":\"codebaseSearch\",\"query\":\"q\",\"path\":\"../../etc\",\"isOutsideWorkspace\":false}"

  Scenario: An empty path is shown as given but is no directory prefix
    Given the code index is enabled and configured
    And the assistant message is "<codebase_search><query>q</query><path></path></codebase_search>"
    When the assistant message is presented
    Then the UI shows ask "tool" with "{\"tool\":\"codebaseSearch\",\"query\":\"q\",\"path\":\"\",\"isOutsideWorkspace\":false}"
    And "codeIndexCalls[0].directoryPrefix" is "null"

  # ---- approval -----------------------------------------------------------------------------------------------------
  Scenario: A denial stops before the index is asked
    Given the code index is enabled and configured
    And the user denies
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then "userMessageContent[1].text" is "The user denied this operation."
    And the task flag "didRejectTool" is true
    And "codeIndexCalls" is absent

  Scenario: A denial with feedback keeps the feedback
    Given the code index is enabled and configured
    And the user denies with feedback "search for login instead"
    And the assistant message is "<codebase_search><query>auth flow</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "user_feedback" with "search for login instead"
    And "codeIndexCalls" is absent

  Scenario: An approval with feedback searches and keeps the feedback
    Given the code index is enabled and configured
    And the code index finds:
      | score | filePath         | startLine | endLine | codeChunk |
      | 0.5   | {workspace}/a.ts | 1         | 1       | a         |
    And the user approves with feedback "only src please"
    And the assistant message is "<codebase_search><query>a</query></codebase_search>"
    When the assistant message is presented
    Then the UI shows say "user_feedback" with "only src please"
    And "codeIndexCalls[0].query" is "a"

  Scenario: Text after the call is cut off and a second tool is not run
    Given the code index is enabled and configured
    And the assistant message is "Let me look.\n<codebase_search><query>a</query></codebase_search>\n<codebase_search><query>b</query></codebase_search>"
    When the assistant message is presented
    Then the task flag "didAlreadyUseTool" is true
    And "codeIndexCalls[0].query" is "a"
    And "codeIndexCalls[1]" is absent
