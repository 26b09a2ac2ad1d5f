Feature: Detecting identical consecutive tool calls
  Every complete tool use goes through the task's ToolRepetitionDetector (its limit is the task's consecutive
  mistake limit, 3 by default). It serializes the call as {name, parameters with sorted keys}; an identical call
  raises a counter, any other call resets it to 0 and becomes the new reference. When the counter reaches the limit
  (ten times the limit for browser_action, a Kilo Code change; a limit of 0 or less never blocks), execution is
  refused with askUser {messageKey: "mistake_limit_reached", messageDetail: the "toolRepetitionLimitReached" text
  naming the tool}, and the detector forgets the reference, so the next call starts a fresh count. The spec's
  placeholder tool names are replaced by real tool names: the detector treats every name alike except
  browser_action.

  # ---- initialization -----------------------------------------------------------------------------------
  # The spec constructs the detector without a limit; Task passes its consecutive mistake limit, 3 by default.
  @tool:read_file
  Scenario: The default limit of 3 blocks the fourth identical call
    When these tool calls are checked for repetition with limit 3:
      | name      | params           | partial |
      | read_file | {"path": "a.ts"} | false   |
      | read_file | {"path": "a.ts"} | false   |
      | read_file | {"path": "a.ts"} | false   |
      | read_file | {"path": "a.ts"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |

  @tool:read_file
  Scenario: A custom limit of 2 blocks the third identical call
    When these tool calls are checked for repetition with limit 2:
      | name      | params           | partial |
      | read_file | {"path": "a.ts"} | false   |
      | read_file | {"path": "a.ts"} | false   |
      | read_file | {"path": "a.ts"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |

  # ---- no repetition ---------------------------------------------------------------------------------------
  @tool:read_file
  Scenario: Different tool calls are all allowed
    When these tool calls are checked for repetition with limit 3:
      | name         | params                      | partial |
      | read_file    | {"path": "a.ts"}            | false   |
      | list_files   | {"path": "."}               | false   |
      | search_files | {"path": ".", "regex": "x"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
    And "results[0].askUser" is absent
    And "results[1].askUser" is absent
    And "results[2].askUser" is absent

  @tool:read_file
  Scenario: A different call in between resets the counter
    When these tool calls are checked for repetition with limit 2:
      | name       | params           | partial |
      | read_file  | {"path": "a.ts"} | false   |
      | list_files | {"path": "."}    | false   |
      | read_file  | {"path": "a.ts"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |

  # ---- repetition below and at the limit ---------------------------------------------------------------------
  @tool:execute_command
  Scenario: Repetition below the limit is allowed and the call that reaches it is blocked
    When these tool calls are checked for repetition with limit 3:
      | name            | params                  | partial |
      | execute_command | {"command": "npm test"} | false   |
      | execute_command | {"command": "npm test"} | false   |
      | execute_command | {"command": "npm test"} | false   |
      | execute_command | {"command": "npm test"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |

  @tool:execute_command
  Scenario: The blocked call asks the user with mistake_limit_reached and names the tool
    When these tool calls are checked for repetition with limit 3:
      | name            | params                  | partial |
      | execute_command | {"command": "npm test"} | false   |
      | execute_command | {"command": "npm test"} | false   |
      | execute_command | {"command": "npm test"} | false   |
      | execute_command | {"command": "npm test"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
    And "results[3].askUser.messageKey" is "mistake_limit_reached"
    And "results[3].askUser.messageDetail" is "Kilo Code appears to be stuck in a loop, attempting the same action (execute_command) repeatedly. This might indicate a problem with its current strategy. Consider rephrasing the task, providing more specific instructions, or guiding it towards a different approach."

  @tool:write_to_file
  Scenario: After the limit is reached a new tool call is allowed
    When these tool calls are checked for repetition with limit 2:
      | name          | params                            | partial |
      | write_to_file | {"path": "a.txt", "content": "x"} | false   |
      | write_to_file | {"path": "a.txt", "content": "x"} | false   |
      | write_to_file | {"path": "a.txt", "content": "x"} | false   |
      | read_file     | {"path": "a.txt"}                 | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
      | true           |                       |

  # ---- repetition after the limit (the detector resets itself) ------------------------------------------------
  @tool:search_files
  Scenario: The call that was blocked is allowed again right after the block
    When these tool calls are checked for repetition with limit 2:
      | name         | params                           | partial |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
      | true           |                       |

  @tool:search_files
  Scenario: After a block the limit has to be reached again
    When these tool calls are checked for repetition with limit 2:
      | name         | params                           | partial |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
      | search_files | {"path": "src", "regex": "TODO"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
    And "results[5].askUser.messageKey" is "mistake_limit_reached"

  # ---- tool name interpolation ---------------------------------------------------------------------------------
  @tool:list_code_definition_names
  Scenario: The message detail names the repeated tool
    When these tool calls are checked for repetition with limit 2:
      | name                       | params          | partial |
      | list_code_definition_names | {"path": "src"} | false   |
      | list_code_definition_names | {"path": "src"} | false   |
      | list_code_definition_names | {"path": "src"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
    And "results[2].askUser.messageDetail" contains "(list_code_definition_names)"
    And "results[2].askUser.messageDetail" is "Kilo Code appears to be stuck in a loop, attempting the same action (list_code_definition_names) repeatedly. This might indicate a problem with its current strategy. Consider rephrasing the task, providing more specific instructions, or guiding it towards a different approach."

  @tool:special-tool-name
  Scenario: Any tool name is carried into the message detail as is
    When these tool calls are checked for repetition with limit 2:
      | name              | params | partial |
      | special-tool-name |        | false   |
      | special-tool-name |        | false   |
      | special-tool-name |        | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
    And "results[2].askUser.messageDetail" contains "(special-tool-name)"

  # ---- edge cases -----------------------------------------------------------------------------------------------
  @tool:attempt_completion
  Scenario: Identical calls without parameters are repetitions too
    When these tool calls are checked for repetition with limit 2:
      | name               | params | partial |
      | attempt_completion |        | false   |
      | attempt_completion |        | false   |
      | attempt_completion |        | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |

  # The spec forces two names to serialize alike by patching the private serializer; without the patch the names differ.
  @tool:read_file
  Scenario: Two tool names with identical parameters are different calls
    When these tool calls are checked for repetition with limit 2:
      | name       | params          | partial |
      | list_files | {"path": "src"} | false   |
      | read_file  | {"path": "src"} | false   |
      | read_file  | {"path": "src"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |

  @tool:search_and_replace
  Scenario: The same parameters in a different order are identical
    When these tool calls are checked for repetition with limit 2:
      | name               | params                                          | partial |
      | search_and_replace | {"path": "a.ts", "search": "1", "replace": "2"} | false   |
      | search_and_replace | {"replace": "2", "path": "a.ts", "search": "1"} | false   |
      | search_and_replace | {"search": "1", "replace": "2", "path": "a.ts"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |

  @tool:read_file
  Scenario: A parameter that differs in one character is a different call
    When these tool calls are checked for repetition with limit 2:
      | name      | params            | partial |
      | read_file | {"path": "a.ts"}  | false   |
      | read_file | {"path": "a.ts "} | false   |
      | read_file | {"path": "a.ts"}  | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |

  @tool:read_file
  Scenario: An extra parameter makes a different call
    When these tool calls are checked for repetition with limit 1:
      | name      | params                              | partial |
      | read_file | {"path": "a.ts"}                    | false   |
      | read_file | {"path": "a.ts", "start_line": "1"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |

  @tool:read_file
  Scenario: The partial flag is not part of the comparison
    When these tool calls are checked for repetition with limit 1:
      | name      | params           | partial |
      | read_file | {"path": "a.ts"} | true    |
      | read_file | {"path": "a.ts"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | false          | mistake_limit_reached |

  # ---- explicit Nth call blocking ------------------------------------------------------------------------------------
  @tool:use_mcp_tool
  Scenario: Limit 1 allows the first call and blocks the second
    When these tool calls are checked for repetition with limit 1:
      | name         | params                                                    | partial |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t", "arguments": "{}"} | false   |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t", "arguments": "{}"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | false          | mistake_limit_reached |
    And "results[0].askUser" is absent

  @tool:use_mcp_tool
  Scenario: Limit 2 allows two calls and blocks the third
    When these tool calls are checked for repetition with limit 2:
      | name         | params                                 | partial |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t"} | false   |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t"} | false   |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |

  @tool:use_mcp_tool
  Scenario: Limit 3 allows three calls and blocks the fourth
    When these tool calls are checked for repetition with limit 3:
      | name         | params                                 | partial |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t"} | false   |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t"} | false   |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t"} | false   |
      | use_mcp_tool | {"server_name": "s", "tool_name": "t"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |

  @tool:access_mcp_resource
  Scenario: Limit 0 never blocks
    When these tool calls are checked for repetition with limit 0:
      | name                | params                               | partial |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
      | access_mcp_resource | {"server_name": "s", "uri": "u://x"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |

  @tool:codebase_search
  Scenario: Limit 5 allows five calls and blocks the sixth
    When these tool calls are checked for repetition with limit 5:
      | name            | params            | partial |
      | codebase_search | {"query": "auth"} | false   |
      | codebase_search | {"query": "auth"} | false   |
      | codebase_search | {"query": "auth"} | false   |
      | codebase_search | {"query": "auth"} | false   |
      | codebase_search | {"query": "auth"} | false   |
      | codebase_search | {"query": "auth"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
    And "results[5].askUser.messageKey" is "mistake_limit_reached"

  @tool:fetch_instructions
  Scenario: After a block the counter starts over and the next call is allowed
    When these tool calls are checked for repetition with limit 2:
      | name               | params                        | partial |
      | fetch_instructions | {"task": "create_mcp_server"} | false   |
      | fetch_instructions | {"task": "create_mcp_server"} | false   |
      | fetch_instructions | {"task": "create_mcp_server"} | false   |
      | fetch_instructions | {"task": "create_mcp_server"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
      | true           |                       |

  Scenario: A negative limit is treated as no limit
    When these tool calls are checked for repetition with limit -1:
      | name      | params            | partial |
      | read_file | {"path": "a.txt"} | false   |
      | read_file | {"path": "a.txt"} | false   |
      | read_file | {"path": "a.txt"} | false   |
      | read_file | {"path": "a.txt"} | false   |
      | read_file | {"path": "a.txt"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey |
      | true           |            |
      | true           |            |
      | true           |            |
      | true           |            |
      | true           |            |

  # ---- browser_action may repeat ten times as often (kilocode_change) -----------------------------------------------
  @tool:browser_action
  Scenario: browser_action is blocked only at ten times the limit
    When these tool calls are checked for repetition with limit 1:
      | name           | params                    | partial |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
      | true           |                       |
    And "results[10].askUser.messageDetail" is "Kilo Code appears to be stuck in a loop, attempting the same action (browser_action) repeatedly. This might indicate a problem with its current strategy. Consider rephrasing the task, providing more specific instructions, or guiding it towards a different approach."

  @tool:browser_action
  Scenario: browser_action with limit 0 is never blocked
    When these tool calls are checked for repetition with limit 0:
      | name           | params                    | partial |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | true           |                       |

  @tool:browser_action
  Scenario: Another tool repeated after browser_action uses the normal limit
    When these tool calls are checked for repetition with limit 1:
      | name           | params                    | partial |
      | browser_action | {"action": "scroll_down"} | false   |
      | browser_action | {"action": "scroll_down"} | false   |
      | read_file      | {"path": "a"}             | false   |
      | read_file      | {"path": "a"}             | false   |
    Then the repetition checks are:
      | allowExecution | messageKey            |
      | true           |                       |
      | true           |                       |
      | true           |                       |
      | false          | mistake_limit_reached |
