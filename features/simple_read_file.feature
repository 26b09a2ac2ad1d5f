@tool:read_file
Feature: simple_read_file: models listed in SINGLE_FILE_READ_MODELS read one file per call
  presentAssistantMessage sends read_file to simpleReadFileTool when shouldUseSingleFileRead(modelId) holds (the list
  is ["sonic"]: an exact id or a "prefix*" pattern). It takes <path> only (no args, no line ranges), checks
  .kilocodeignore, asks {"tool":"readFile","path","isOutsideWorkspace","content","reason"}, and answers with one
  <file> element (no <files> wrapper): images as image blocks, binary formats through their extractors, definitions
  only for maxReadFileLine 0, the first lines with "File is too large for complete display" above it. It has no token
  limit check.

  Background:
    Given the mode is "code"
    And the model id is "sonic"

  Scenario: A single file is read with line numbers
    Given a file "a.txt" containing "one\ntwo\n"
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    When the assistant message is presented
    Then the tool result header is "[read_file for 'a.txt'] Result:"
    And the tool result is:
      """
      <file><path>a.txt</path>
      <content lines="1-2">
      1 | one
      2 | two
      </content>
      </file>
      """

  Scenario: The approval shows the file with an empty reason
    Given a file "src/x.ts" containing "x\n"
    And the assistant message is "<read_file><path>src/x.ts</path></read_file>"
    When the assistant message is presented
    Then the UI shows ask "tool" with:
      """
      {"tool":"readFile","path":"src/x.ts","isOutsideWorkspace":false,"content":"{workspace}/src/x.ts","reason":""}
      """

  Scenario: A missing path is the missing-parameter error
    Given the assistant message is "<read_file></read_file>"
    When the assistant message is presented
    Then the consecutive mistake count is 1
    And tool "read_file" was used 1 time with 1 failure

  Scenario: args are not read by the single-file tool
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><args><file><path>a.txt</path></file></args></read_file>"
    When the assistant message is presented
    Then the consecutive mistake count is 1

  Scenario: An empty file
    Given an empty file "e.txt"
    And the assistant message is "<read_file><path>e.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A one-line file without a final newline
    Given a file "o.txt" containing "solo"
    And the assistant message is "<read_file><path>o.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: CRLF line endings
    Given a file "c.txt" of 3 lines "r {n}" with CRLF line endings
    And the assistant message is "<read_file><path>c.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A folder is an error
    Given a file "dir/a.txt" containing "x\n"
    And the assistant message is "<read_file><path>dir</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A file outside the workspace
    Given a file "../out.txt" containing "out\n"
    And the assistant message is "<read_file><path>../out.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: An ignored file is blocked
    Given a file ".kilocodeignore" containing "secret.txt\n"
    And a file "secret.txt" containing "s\n"
    And the assistant message is "<read_file><path>secret.txt</path></read_file>"
    When the assistant message is presented
    Then the UI shows say "rooignore_error" with "secret.txt"
    And the UI shows no ask "tool"

  Scenario: Denied
    Given a file "a.txt" containing "A\n"
    And the user denies
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    When the assistant message is presented
    Then the task flag "didRejectTool" is true

  Scenario: Denied with feedback
    Given a file "a.txt" containing "A\n"
    And the user denies with feedback "not this one"
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Answered with a message
    Given a file "a.txt" containing "A\n"
    And the user answers "try b.txt"
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Approved with feedback
    Given a file "a.txt" containing "A\n"
    And the user approves with feedback "ok"
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: maxReadFileLine 0 asks for definitions only
    Given a file "d.ts" with:
      """
      export function f() {
        return 1
      }
      """
    And the setting "maxReadFileLine" is 0
    And the assistant message is "<read_file><path>d.ts</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: maxReadFileLine 0 on a file without definitions gives no result
    Given a file "d.txt" containing "x\ny\n"
    And the setting "maxReadFileLine" is 0
    And the assistant message is "<read_file><path>d.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: maxReadFileLine above the lines reads the whole file
    Given a file "d.txt" of 3 lines "l {n}"
    And the setting "maxReadFileLine" is 10
    And the assistant message is "<read_file><path>d.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: maxReadFileLine below the lines cuts the file
    Given a file "d.txt" of 8 lines "l {n}"
    And the setting "maxReadFileLine" is 3
    And the assistant message is "<read_file><path>d.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A large file is not checked against the token limit
    Given a file "huge.txt" of 100 lines "tokens tokens tokens {n}"
    And the setting "modelInfo" is {"contextWindow": 100}
    And the assistant message is "<read_file><path>huge.txt</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A PNG image
    Given a file "dot.png" with base64 "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
    And the assistant message is "<read_file><path>dot.png</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A PNG image above maxImageFileSize
    Given a file "big.png" with base64 "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    And the setting "maxImageFileSize" is 0.001
    And the assistant message is "<read_file><path>big.png</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A PNG image for a model without images
    Given a file "dot.png" with base64 "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
    And the setting "modelInfo" is {"contextWindow": 200000, "supportsImages": false}
    And the assistant message is "<read_file><path>dot.png</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A binary file
    Given a file "data.bin" with base64 "AAECAwQFBgcICQ=="
    And the assistant message is "<read_file><path>data.bin</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A Word document
    Given a file "doc.docx" with base64 "UEsDBBQAAAAIAAAAISjMVIwQ4AAAAJwBAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbH2Qy07DMBBFf8XyFsUTukAIJekCyhJYlA+w7Eli4Zc8bil/z6QtXaDC0r6PM7rd+hC82GMhl2Ivb1UrBUaTrItTL9+3z829XA/d9isjCbZG6uVca34AIDNj0KRSxsjKmErQlZ9lgqzNh54QVm17BybFirE2demQQ/eEo975KjYH/j5hC3qS4vFkXFi91Dl7Z3RlHfbR/qI0Z4Li5NFDs8t0wwYJVwmL8jfgnHvlHYqzKN50qS86sAs+U7Fgk9kFTqr/a67cmcbRGbzkl7ZckkEiHjh4dVGCdvHnfjjOPXwDUEsDBBQAAAAIAAAAISg2V97cogAAABgBAAALAAAAX3JlbHMvLnJlbHONzzsOwjAMBuCrRN6pCwNCqGkXhNQVlQNEiZtGNA8l4XV7MjBQxMBo+/dnuekedmY3isl4x2Fd1cDISa+M0xzOw3G1g65tTjSLXBJpMiGxsuIShynnsEdMciIrUuUDuTIZfbQilzJqDEJehCbc1PUW46cBS5P1ikPs1RrY8Az0j+3H0Ug6eHm15PKPE1+JIouoKXO4+6hQvdtVYQHbBhcvti9QSwMEFAAAAAgAAAAhKMq5/D6wAAAAHgEAABEAAAB3b3JkL2RvY3VtZW50LnhtbI2Puw7CMAxFfyXKTlMYEKr62BA78AEhMW2lJLac0sLfk1RCLAwsx7Lu1ZFdd0/vxAwcRwyN3BalFBAM2jH0jbxejpuD7Np6qSyah4cwidQPsVoaOUwTVUpFM4DXsUCCkLI7stdTWrlXC7IlRgMxJp13aleWe+X1GGRW3tC+8qQMzljtVSRtoJHEEIFnkO0JnEORbM7WKrXaTF5JfwnOYDBYQZp1z5qGHxb1uUd9f23fUEsBAhQDFAAAAAgAAAAhKMxUjBDgAAAAnAEAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACAAAACEoNlfe3KIAAAAYAQAACwAAAAAAAAAAAAAAgAERAQAAX3JlbHMvLnJlbHNQSwECFAMUAAAACAAAACEoyrn8PrAAAAAeAQAAEQAAAAAAAAAAAAAAgAHcAQAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAMAAwC5AAAAuwIAAAAA"
    And the assistant message is "<read_file><path>doc.docx</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: An Excel workbook
    Given a file "book.xlsx" with base64 "UEsDBBQAAAAIAAAAISgO+t6SBQEAAKQCAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbK2STU7DMBCFrxJ5W8VOWSCEknRRYAlIlAMM9iSx4j953BJuj5sWhFChm65G9rx539No6tVkTbHDSNq7hi15xQp00ivt+oa9bh7KG7Zq681HQCqy1FHDhpTCrRAkB7RA3Ad0udP5aCHlZ+xFADlCj+Kqqq6F9C6hS2Xae7C2vsMOtiYV91P+PmAjGmLF+iDcsxoGIRgtIeW+2Dn1i1IeCTxPzhoadKBFFjBxkrDv/A04zj3lPUStsHiGmB7BZpWYjHj3cXzzfuT/m5xI6btOS1Rebm0e4RQigqIBMVnD58otaLc4z5/FJOayvHCQb/8zOWiAiOolxXwbdPFl/PD+yiHms2s/AVBLAwQUAAAACAAAACEoHEn3vqQAAAAWAQAACwAAAF9yZWxzLy5yZWxzjc/BDsIgDAbgVyG9O6YHY8zYLsZkVzMfAFnHyAYlgDrfXo7OePDY9P+/plWz2Jk9MERDTsC2KIGhU9QbpwVcu/PmAE1dXXCWKSfiaHxkueKigDElf+Q8qhGtjAV5dHkzULAy5TFo7qWapEa+K8s9D58GrE3W9gJC22+BdS+P/9g0DEbhidTdoks/TnwlsiyDxiRgmfmTwnQjmoqMAq8rvnqwfgNQSwMEFAAAAAgAAAAhKB08B8iuAAAACgEAAA8AAAB4bC93b3JrYm9vay54bWyNj8sOgkAMRX9l0r0OuDCG8NgYE9fqB4xQYAIzJe34+HxHkL2r3r5Oe/Pq7Ub1RBZLvoB0m4BCX1NjfVfA7XraHKAq8xfxcCcaVJz2UkAfwpRpLXWPzsiWJvSx0xI7E2LKnZaJ0TTSIwY36l2S7LUz1sNCyPgfBrWtrfFI9cOhDwuEcTQh/iq9nQTKfL4gv6i8cVjA5atTUHPt3ERboDizUfC5SUGXuV7X9Oqs/ABQSwMEFAAAAAgAAAAhKGJo0LS/AAAApAEAABoAAAB4bC9fcmVscy93b3JrYm9vay54bWwucmVsc62QwWrDMAyGX8XovijJYYwRN5dSyHVNH8A4ShzS2Eby1u3tZwrbGuihh52Efkmffv6m/VzP6oNY5uA1VEUJirwNw+wnDaf+8PQC7a55o7NJeUPcHEXlEy8aXErxFVGso9VIESL5PBkDrybllieMxi5mIqzL8hn5lgFbpuoGDdwNFaj+K9Ij7DCOs6V9sO8r+XTnBV4CL+KIUoYanihp+JUEr6UqMhXwvpn6P82IM0zDMXEOVv4MbeQfM7iJe/cNUEsDBBQAAAAIAAAAIShdYMJQtwAAAC0BAAAUAAAAeGwvc2hhcmVkU3RyaW5ncy54bWyNkMFKQzEQRX8lzN7mKUWk5KULpUtX1n1M5zWBZBIzE+nnN+UhiG5c3jOXw2XM/pKT+sLGsdAM95sJFJIvp0jnGY5vh7sn2FvDLGoUiWcIInWnNfuA2fGmVKRxWUrLTkZsZ821oTtxQJSc9MM0PersIsFq2LX/OMqyRI8vxfeMJKukYXIyZnKIlUH50klm2ILqFD87Pn/nMTdaI/bVZTRarNG3vLJ3l/of6FIN7jf8QPnB9PiAvQJQSwMEFAAAAAgAAAAhKJxgnK7YAAAAtgEAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWyN0VFOxCAQBuCrkHm301I1ZkPZaDaeQA9A2OmWbIEGsOvxZVtDmsYH32D+4RsI4vhtRzZTiMa7DpqqBkZO+7Nxlw4+P94fXuAoxc2HaxyIEsvtLnYwpDQdEKMeyKpY+YlcTnofrEp5Gy4Yp0DqvByyI/K6fkarjINVOIT/GL7vjaaT11+WXFqRQKNK+bJxMFMEKZYJJ5WUFMHfWHabXNX3xWsDLHVw75plLXCWAvVv9rbNmpJhNgrEC8Q3zXwH8aX6yP822mK0G6PdGe1arZ52CG5eh+UT5A9QSwECFAMUAAAACAAAACEoDvrekgUBAACkAgAAEwAAAAAAAAAAAAAAgAEAAAAAW0NvbnRlbnRfVHlwZXNdLnhtbFBLAQIUAxQAAAAIAAAAISgcSfe+pAAAABYBAAALAAAAAAAAAAAAAACAATYBAABfcmVscy8ucmVsc1BLAQIUAxQAAAAIAAAAISgdPAfIrgAAAAoBAAAPAAAAAAAAAAAAAACAAQMCAAB4bC93b3JrYm9vay54bWxQSwECFAMUAAAACAAAACEoYmjQtL8AAACkAQAAGgAAAAAAAAAAAAAAgAHeAgAAeGwvX3JlbHMvd29ya2Jvb2sueG1sLnJlbHNQSwECFAMUAAAACAAAACEoXWDCULcAAAAtAQAAFAAAAAAAAAAAAAAAgAHVAwAAeGwvc2hhcmVkU3RyaW5ncy54bWxQSwECFAMUAAAACAAAACEonGCcrtgAAAC2AQAAGAAAAAAAAAAAAAAAgAG+BAAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1sUEsFBgAAAAAGAAYAhwEAAMwFAAAAAA=="
    And the assistant message is "<read_file><path>book.xlsx</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: A PDF document
    Given a file "doc.pdf" with base64 "JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA2MTIgNzkyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCA2NiA+PgpzdHJlYW0KQlQgL0YxIDEyIFRmIDcyIDcyMCBUZCAoSGVsbG8gUERGKSBUaiAwIC0xNCBUZCAoU2Vjb25kIGxpbmUpIFRqIEVUCmVuZHN0cmVhbQplbmRvYmoKNSAwIG9iago8PCAvVHlwZSAvRm9udCAvU3VidHlwZSAvVHlwZTEgL0Jhc2VGb250IC9IZWx2ZXRpY2EgL0VuY29kaW5nIC9XaW5BbnNpRW5jb2RpbmcgPj4KZW5kb2JqCnhyZWYKMCA2CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAwOSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKMDAwMDAwMDI0MSAwMDAwMCBuIAowMDAwMDAwMzU3IDAwMDAwIG4gCnRyYWlsZXIKPDwgL1NpemUgNiAvUm9vdCAxIDAgUiA+PgpzdGFydHhyZWYKNDU0CiUlRU9GCiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIA=="
    And the assistant message is "<read_file><path>doc.pdf</path></read_file>"
    When the assistant message is presented
    Then no error escaped

  Scenario: Streaming shows the path as a partial ask
    Given a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    And the message streams in chunks of 6 characters
    When the assistant message is presented
    Then no error escaped

  Scenario: A model id not in the list uses the multi-file tool
    Given the model id is "sonic-2"
    And a file "a.txt" containing "A\n"
    And the assistant message is "<read_file><path>a.txt</path></read_file>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "<files>"
