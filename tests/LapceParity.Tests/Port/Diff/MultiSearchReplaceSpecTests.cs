// Every case of Codex's src/core/diff/strategies/__tests__/multi-search-replace.spec.ts (Kilo Code 4.88.0),
// re-expressed for the C# port: same inputs, same constructor arguments, the spec's own expected values
// (toBe → Assert.Equal / True / False, toContain → Assert.Contains), in the spec's order. Display names are
// the spec's describe > it titles. The spec reads private validateMarkerSequencing; the port exposes it.
// Where the spec only checks a field inside `if (result.success)`, the check is unconditional here once
// success has been asserted. The two getToolDescription cases are skipped: that prose is not ported.
using Lapce.Tools.Diff.Strategies;

namespace LapceParity.Tests.Port.Diff;

public class MultiSearchReplaceSpecTests
{
    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > validates correct marker sequence")]
    public void ValidateMarkerSequencing_validates_correct_marker_sequence()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\nsome content\n=======\nnew content\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > validates correct marker sequence with extra > in SEARCH")]
    public void ValidateMarkerSequencing_validates_correct_marker_sequence_with_extra_in_SEARCH()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH>\nsome content\n=======\nnew content\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > validates correct marker sequence with multiple > in SEARCH")]
    public void ValidateMarkerSequencing_validates_correct_marker_sequence_with_multiple_in_SEARCH()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH>>\nsome content\n=======\nnew content\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > validates mixed cases with and without extra > in the same diff")]
    public void ValidateMarkerSequencing_validates_mixed_cases_with_and_without_extra_in_the_same_diff()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH>\ncontent1\n=======\nnew1\n>>>>>>> REPLACE\n\n<<<<<<< SEARCH\ncontent2\n=======\nnew2\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > validates extra > with whitespace variations")]
    public void ValidateMarkerSequencing_validates_extra_with_whitespace_variations()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH>  \nsome content\n=======\nnew content\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        strategy = new MultiSearchReplaceDiffStrategy();
        var r2 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH  >\nsome content\n=======\nnew content\n>>>>>>> REPLACE");
        Assert.False(r2.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > validates extra > with line numbers")]
    public void ValidateMarkerSequencing_validates_extra_with_line_numbers()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH>\n:start_line:10\n-------\ncontent1\n=======\nnew1\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > validates multiple correct marker sequences")]
    public void ValidateMarkerSequencing_validates_multiple_correct_marker_sequences()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent1\n=======\nnew1\n>>>>>>> REPLACE\n\n<<<<<<< SEARCH\ncontent2\n=======\nnew2\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > validates multiple correct marker sequences with line numbers")]
    public void ValidateMarkerSequencing_validates_multiple_correct_marker_sequences_with_line_numbers()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\n:start_line:10\n-------\ncontent1\n=======\nnew1\n>>>>>>> REPLACE\n\n<<<<<<< SEARCH\n:start_line:10\n-------\ncontent2\n=======\nnew2\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > detects separator before search")]
    public void ValidateMarkerSequencing_detects_separator_before_search()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("=======\ncontent\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("'=======' found in your diff content", r1.Error);
        Assert.Contains("Diff block is malformed", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > detects missing separator")]
    public void ValidateMarkerSequencing_detects_missing_separator()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("'>>>>>>> REPLACE' found in your diff content", r1.Error);
        Assert.Contains("Diff block is malformed", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > detects two separators")]
    public void ValidateMarkerSequencing_detects_two_separators()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent\n=======\n=======\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("'=======' found in your diff content", r1.Error);
        Assert.Contains("When removing merge conflict markers", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > detects replace before separator (merge conflict message)")]
    public void ValidateMarkerSequencing_detects_replace_before_separator_merge_conflict_message()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent\n>>>>>>>");
        Assert.False(r1.Success);
        Assert.Contains("'>>>>>>>' found in your diff content", r1.Error);
        Assert.Contains("When removing merge conflict markers", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > detects incomplete sequence")]
    public void ValidateMarkerSequencing_detects_incomplete_sequence()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent\n=======\nnew content");
        Assert.False(r1.Success);
        Assert.Contains("Expected '>>>>>>> REPLACE' was not found", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should replace matching content")]
    public void Exact_matching_should_replace_matching_content()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function hello() {\n    console.log(\"hello\")\n}\n", "test.ts\n<<<<<<< SEARCH\nfunction hello() {\n    console.log(\"hello\")\n}\n=======\nfunction hello() {\n    console.log(\"hello world\")\n}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function hello() {\n    console.log(\"hello world\")\n}\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should replace matching content in multiple blocks")]
    public void Exact_matching_should_replace_matching_content_in_multiple_blocks()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function hello() {\n    console.log(\"hello\")\n}\n", "test.ts\n<<<<<<< SEARCH\nfunction hello() {\n=======\nfunction helloWorld() {\n>>>>>>> REPLACE\n<<<<<<< SEARCH\n    console.log(\"hello\")\n=======\n    console.log(\"hello world\")\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function helloWorld() {\n    console.log(\"hello world\")\n}\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should replace matching content in multiple blocks with line numbers")]
    public void Exact_matching_should_replace_matching_content_in_multiple_blocks_with_line_numbers()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function hello() {\n    console.log(\"hello\")\n}\n", "test.ts\n<<<<<<< SEARCH\n:start_line:1\n-------\nfunction hello() {\n=======\nfunction helloWorld() {\n>>>>>>> REPLACE\n<<<<<<< SEARCH\n:start_line:2\n-------\n    console.log(\"hello\")\n=======\n    console.log(\"hello world\")\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function helloWorld() {\n    console.log(\"hello world\")\n}\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should replace matching content when end_line is passed in")]
    public void Exact_matching_should_replace_matching_content_when_end_line_is_passed_in()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function hello() {\n    console.log(\"hello\")\n}\n", "test.ts\n<<<<<<< SEARCH\n:start_line:1\n:end_line:1\n-------\nfunction hello() {\n=======\nfunction helloWorld() {\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function helloWorld() {\n    console.log(\"hello\")\n}\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should match content with different surrounding whitespace")]
    public void Exact_matching_should_match_content_with_different_surrounding_whitespace()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("\nfunction example() {\n    return 42;\n}\n\n", "test.ts\n<<<<<<< SEARCH\nfunction example() {\n    return 42;\n}\n=======\nfunction example() {\n    return 43;\n}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("\nfunction example() {\n    return 43;\n}\n\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should match content with different indentation in search block")]
    public void Exact_matching_should_match_content_with_different_indentation_in_search_block()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("    function test() {\n        return true;\n    }\n", "test.ts\n<<<<<<< SEARCH\nfunction test() {\n    return true;\n}\n=======\nfunction test() {\n    return false;\n}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("    function test() {\n        return false;\n    }\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle tab-based indentation")]
    public void Exact_matching_should_handle_tab_based_indentation()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function test() {\n\treturn true;\n}\n", "test.ts\n<<<<<<< SEARCH\nfunction test() {\n\treturn true;\n}\n=======\nfunction test() {\n\treturn false;\n}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function test() {\n\treturn false;\n}\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should preserve mixed tabs and spaces")]
    public void Exact_matching_should_preserve_mixed_tabs_and_spaces()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("\tclass Example {\n\t    constructor() {\n\t\tthis.value = 0;\n\t    }\n\t}", "test.ts\n<<<<<<< SEARCH\n\tclass Example {\n\t    constructor() {\n\t\tthis.value = 0;\n\t    }\n\t}\n=======\n\tclass Example {\n\t    constructor() {\n\t\tthis.value = 1;\n\t    }\n\t}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("\tclass Example {\n\t    constructor() {\n\t\tthis.value = 1;\n\t    }\n\t}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle additional indentation with tabs")]
    public void Exact_matching_should_handle_additional_indentation_with_tabs()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("\tfunction test() {\n\t\treturn true;\n\t}", "test.ts\n<<<<<<< SEARCH\nfunction test() {\n\treturn true;\n}\n=======\nfunction test() {\n\t// Add comment\n\treturn false;\n}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("\tfunction test() {\n\t\t// Add comment\n\t\treturn false;\n\t}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should preserve exact indentation characters when adding lines")]
    public void Exact_matching_should_preserve_exact_indentation_characters_when_adding_lines()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("\tfunction test() {\n\t\treturn true;\n\t}", "test.ts\n<<<<<<< SEARCH\n\tfunction test() {\n\t\treturn true;\n\t}\n=======\n\tfunction test() {\n\t\t// First comment\n\t\t// Second comment\n\t\treturn true;\n\t}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("\tfunction test() {\n\t\t// First comment\n\t\t// Second comment\n\t\treturn true;\n\t}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle Windows-style CRLF line endings")]
    public void Exact_matching_should_handle_Windows_style_CRLF_line_endings()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function test() {\r\n    return true;\r\n}\r\n", "test.ts\n<<<<<<< SEARCH\nfunction test() {\n    return true;\n}\n=======\nfunction test() {\n    return false;\n}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function test() {\r\n    return false;\r\n}\r\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should return false if search content does not match")]
    public void Exact_matching_should_return_false_if_search_content_does_not_match()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function hello() {\n    console.log(\"hello\")\n}\n", "test.ts\n<<<<<<< SEARCH\nfunction hello() {\n    console.log(\"wrong\")\n}\n=======\nfunction hello() {\n    console.log(\"hello world\")\n}\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should return false if diff format is invalid")]
    public void Exact_matching_should_return_false_if_diff_format_is_invalid()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function hello() {\n    console.log(\"hello\")\n}\n", "test.ts\nInvalid diff format");
        Assert.False(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle multiple lines with proper indentation")]
    public void Exact_matching_should_handle_multiple_lines_with_proper_indentation()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("class Example {\n    constructor() {\n        this.value = 0\n    }\n\n    getValue() {\n        return this.value\n    }\n}\n", "test.ts\n<<<<<<< SEARCH\n    getValue() {\n        return this.value\n    }\n=======\n    getValue() {\n        // Add logging\n        console.log(\"Getting value\")\n        return this.value\n    }\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("class Example {\n    constructor() {\n        this.value = 0\n    }\n\n    getValue() {\n        // Add logging\n        console.log(\"Getting value\")\n        return this.value\n    }\n}\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should preserve whitespace exactly in the output")]
    public void Exact_matching_should_preserve_whitespace_exactly_in_the_output()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("    indented\n        more indented\n    back\n", "test.ts\n<<<<<<< SEARCH\n    indented\n        more indented\n    back\n=======\n    modified\n        still indented\n    end\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("    modified\n        still indented\n    end\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should preserve indentation when adding new lines after existing content")]
    public void Exact_matching_should_preserve_indentation_when_adding_new_lines_after_existing_content()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("\t\t\t\tonScroll={() => updateHighlights()}", "test.ts\n<<<<<<< SEARCH\n\t\t\t\tonScroll={() => updateHighlights()}\n=======\n\t\t\t\tonScroll={() => updateHighlights()}\n\t\t\t\tonDragOver={(e) => {\n\t\t\t\t\te.preventDefault()\n\t\t\t\t\te.stopPropagation()\n\t\t\t\t}}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("\t\t\t\tonScroll={() => updateHighlights()}\n\t\t\t\tonDragOver={(e) => {\n\t\t\t\t\te.preventDefault()\n\t\t\t\t\te.stopPropagation()\n\t\t\t\t}}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle varying indentation levels correctly")]
    public void Exact_matching_should_handle_varying_indentation_levels_correctly()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("class Example {\n    constructor() {\n        this.value = 0;\n        if (true) {\n            this.init();\n        }\n    }\n}", "test.ts\n<<<<<<< SEARCH\n    class Example {\n        constructor() {\n            this.value = 0;\n            if (true) {\n                this.init();\n            }\n        }\n    }\n=======\n    class Example {\n        constructor() {\n            this.value = 1;\n            if (true) {\n                this.init();\n                this.setup();\n                this.validate();\n            }\n        }\n    }\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("class Example {\n    constructor() {\n        this.value = 1;\n        if (true) {\n            this.init();\n            this.setup();\n            this.validate();\n        }\n    }\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle mixed indentation styles in the same file")]
    public void Exact_matching_should_handle_mixed_indentation_styles_in_the_same_file()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("class Example {\n    constructor() {\n        this.value = 0;\n        if (true) {\n            this.init();\n        }\n    }\n}", "test.ts\n<<<<<<< SEARCH\n    constructor() {\n        this.value = 0;\n        if (true) {\n        this.init();\n        }\n    }\n=======\n    constructor() {\n        this.value = 1;\n        if (true) {\n        this.init();\n        this.validate();\n        }\n    }\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("class Example {\n    constructor() {\n        this.value = 1;\n        if (true) {\n        this.init();\n        this.validate();\n        }\n    }\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle Python-style significant whitespace")]
    public void Exact_matching_should_handle_Python_style_significant_whitespace()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("def example():\n    if condition:\n        do_something()\n        for item in items:\n            process(item)\n    return True", "test.ts\n<<<<<<< SEARCH\n    if condition:\n        do_something()\n        for item in items:\n            process(item)\n=======\n    if condition:\n        do_something()\n        while items:\n            item = items.pop()\n            process(item)\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("def example():\n    if condition:\n        do_something()\n        while items:\n            item = items.pop()\n            process(item)\n    return True", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should preserve empty lines with indentation")]
    public void Exact_matching_should_preserve_empty_lines_with_indentation()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function test() {\n    const x = 1;\n    \n    if (x) {\n        return true;\n    }\n}", "test.ts\n<<<<<<< SEARCH\n    const x = 1;\n    \n    if (x) {\n=======\n    const x = 1;\n    \n    // Check x\n    if (x) {\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function test() {\n    const x = 1;\n    \n    // Check x\n    if (x) {\n        return true;\n    }\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle indentation when replacing entire blocks")]
    public void Exact_matching_should_handle_indentation_when_replacing_entire_blocks()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("class Test {\n    method() {\n        if (true) {\n            console.log(\"test\");\n        }\n    }\n}", "test.ts\n<<<<<<< SEARCH\n    method() {\n        if (true) {\n            console.log(\"test\");\n        }\n    }\n=======\n    method() {\n        try {\n            if (true) {\n                console.log(\"test\");\n            }\n        } catch (e) {\n            console.error(e);\n        }\n    }\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("class Test {\n    method() {\n        try {\n            if (true) {\n                console.log(\"test\");\n            }\n        } catch (e) {\n            console.error(e);\n        }\n    }\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle negative indentation relative to search content")]
    public void Exact_matching_should_handle_negative_indentation_relative_to_search_content()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("class Example {\n    constructor() {\n        if (true) {\n            this.init();\n            this.setup();\n        }\n    }\n}", "test.ts\n<<<<<<< SEARCH\n            this.init();\n            this.setup();\n=======\n        this.init();\n        this.setup();\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("class Example {\n    constructor() {\n        if (true) {\n        this.init();\n        this.setup();\n        }\n    }\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle extreme negative indentation (no indent)")]
    public void Exact_matching_should_handle_extreme_negative_indentation_no_indent()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("class Example {\n    constructor() {\n        if (true) {\n            this.init();\n        }\n    }\n}", "test.ts\n<<<<<<< SEARCH\n            this.init();\n=======\nthis.init();\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("class Example {\n    constructor() {\n        if (true) {\nthis.init();\n        }\n    }\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should handle mixed indentation changes in replace block")]
    public void Exact_matching_should_handle_mixed_indentation_changes_in_replace_block()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("class Example {\n    constructor() {\n        if (true) {\n            this.init();\n            this.setup();\n            this.validate();\n        }\n    }\n}", "test.ts\n<<<<<<< SEARCH\n            this.init();\n            this.setup();\n            this.validate();\n=======\n        this.init();\n            this.setup();\n    this.validate();\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("class Example {\n    constructor() {\n        if (true) {\n        this.init();\n            this.setup();\n    this.validate();\n        }\n    }\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > validateMarkerSequencing > exact matching > should find matches from middle out")]
    public void Exact_matching_should_find_matches_from_middle_out()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(1, 5);
        var r1 = strategy.ApplyDiff("function one() {\n    return \"target\";\n}\n\nfunction two() {\n    return \"target\";\n}\n\nfunction three() {\n    return \"target\";\n}\n\nfunction four() {\n    return \"target\";\n}\n\nfunction five() {\n    return \"target\";\n}", "test.ts\n<<<<<<< SEARCH\n    return \"target\";\n=======\n    return \"updated\";\n>>>>>>> REPLACE", 9);
        Assert.True(r1.Success);
        Assert.Equal("function one() {\n    return \"target\";\n}\n\nfunction two() {\n    return \"target\";\n}\n\nfunction three() {\n    return \"updated\";\n}\n\nfunction four() {\n    return \"target\";\n}\n\nfunction five() {\n    return \"target\";\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > fuzzy matching > should match content with small differences (>90% similar)")]
    public void Fuzzy_matching_should_match_content_with_small_differences_90_similar()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(0.9, 5);
        var r1 = strategy.ApplyDiff("function getData() {\n    const results = fetchData();\n    return results.filter(Boolean);\n}\n", "test.ts\n<<<<<<< SEARCH\nfunction getData() {\n    const result = fetchData();\n    return results.filter(Boolean);\n}\n=======\nfunction getData() {\n    const data = fetchData();\n    return data.filter(Boolean);\n}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function getData() {\n    const data = fetchData();\n    return data.filter(Boolean);\n}\n", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > fuzzy matching > should not match when content is too different (<90% similar)")]
    public void Fuzzy_matching_should_not_match_when_content_is_too_different_90_similar()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(0.9, 5);
        var r1 = strategy.ApplyDiff("function processUsers(data) {\n    return data.map(user => user.name);\n}\n", "test.ts\n<<<<<<< SEARCH\nfunction handleItems(items) {\n    return items.map(item => item.username);\n}\n=======\nfunction processData(data) {\n    return data.map(d => d.value);\n}\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > fuzzy matching > should match content with extra whitespace")]
    public void Fuzzy_matching_should_match_content_with_extra_whitespace()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(0.9, 5);
        var r1 = strategy.ApplyDiff("function sum(a, b) {\n    return a + b;\n}", "test.ts\n<<<<<<< SEARCH\nfunction   sum(a,   b)    {\n    return    a + b;\n}\n=======\nfunction sum(a, b) {\n    return a + b + 1;\n}\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function sum(a, b) {\n    return a + b + 1;\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > fuzzy matching > should match content with smart quotes")]
    public void Fuzzy_matching_should_match_content_with_smart_quotes()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(0.9, 5);
        var r1 = strategy.ApplyDiff("**Enjoy Roo Code!** Whether you keep it on a short leash or let it roam autonomously, we can't wait to see what you build. If you have questions or feature ideas, drop by our [Reddit community](https://www.reddit.com/r/RooCode/) or [Discord](https://discord.gg/roocode). Happy coding!", "test.ts\n<<<<<<< SEARCH\n**Enjoy Roo Code!** Whether you keep it on a short leash or let it roam autonomously, we can't wait to see what you build. If you have questions or feature ideas, drop by our [Reddit community](https://www.reddit.com/r/RooCode/) or [Discord](https://discord.gg/roocode). Happy coding!\n=======\n**Enjoy Roo Code!** Whether you keep it on a short leash or let it roam autonomously, we can't wait to see what you build. If you have questions or feature ideas, drop by our [Reddit community](https://www.reddit.com/r/RooCode/) or [Discord](https://discord.gg/roocode). Happy coding!\n\nYou're still here?\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("**Enjoy Roo Code!** Whether you keep it on a short leash or let it roam autonomously, we can't wait to see what you build. If you have questions or feature ideas, drop by our [Reddit community](https://www.reddit.com/r/RooCode/) or [Discord](https://discord.gg/roocode). Happy coding!\n\nYou're still here?", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > fuzzy matching > should not exact match empty lines")]
    public void Fuzzy_matching_should_not_exact_match_empty_lines()
    {
        var strategy = new MultiSearchReplaceDiffStrategy(0.9, 5);
        var r1 = strategy.ApplyDiff("function sum(a, b) {\n\n    return a + b;\n}", "test.ts\n<<<<<<< SEARCH\nfunction sum(a, b) {\n=======\nimport { a } from \"a\";\nfunction sum(a, b) {\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("import { a } from \"a\";\nfunction sum(a, b) {\n\n    return a + b;\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > deletion > should delete code when replace block is empty")]
    public void Deletion_should_delete_code_when_replace_block_is_empty()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ApplyDiff("function test() {\n    console.log(\"hello\");\n    // Comment to remove\n    console.log(\"world\");\n}", "test.ts\n<<<<<<< SEARCH\n    // Comment to remove\n=======\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function test() {\n    console.log(\"hello\");\n    console.log(\"world\");\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > deletion > should delete multiple lines when replace block is empty")]
    public void Deletion_should_delete_multiple_lines_when_replace_block_is_empty()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ApplyDiff("class Example {\n    constructor() {\n        // Initialize\n        this.value = 0;\n        // Set defaults\n        this.name = \"\";\n        // End init\n    }\n}", "test.ts\n<<<<<<< SEARCH\n        // Initialize\n        this.value = 0;\n        // Set defaults\n        this.name = \"\";\n        // End init\n=======\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("class Example {\n    constructor() {\n    }\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > deletion > should preserve indentation when deleting nested code")]
    public void Deletion_should_preserve_indentation_when_deleting_nested_code()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ApplyDiff("function outer() {\n    if (true) {\n        // Remove this\n        console.log(\"test\");\n        // And this\n    }\n    return true;\n}", "test.ts\n<<<<<<< SEARCH\n        // Remove this\n        console.log(\"test\");\n        // And this\n=======\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("function outer() {\n    if (true) {\n    }\n    return true;\n}", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > deletion > should delete a line when search block has line number prefix and replace is empty")]
    public void Deletion_should_delete_a_line_when_search_block_has_line_number_prefix_and_replace_is_empty()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ApplyDiff("line 1\nline to delete\nline 3", "\n<<<<<<< SEARCH\n:start_line:2\n-------\n2 | line to delete\n=======\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
        Assert.Equal("line 1\nline 3", r1.Content);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > getToolDescription > should include the current workspace directory", Skip = "getToolDescription (system-prompt prose) is not ported")]
    public void GetToolDescription_should_include_the_current_workspace_directory() { }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > getToolDescription > should include required format elements", Skip = "getToolDescription (system-prompt prose) is not ported")]
    public void GetToolDescription_should_include_required_format_elements() { }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should reject start_line marker in REPLACE section")]
    public void Line_marker_validation_in_REPLACE_sections_should_reject_start_line_marker_in_REPLACE_section()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent to find\n=======\n:start_line:5\nreplacement content\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("Invalid line marker ':start_line:' found in REPLACE section", r1.Error);
        Assert.Contains("Line markers (:start_line: and :end_line:) are only allowed in SEARCH sections", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should reject end_line marker in REPLACE section")]
    public void Line_marker_validation_in_REPLACE_sections_should_reject_end_line_marker_in_REPLACE_section()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent to find\n=======\n:end_line:10\nreplacement content\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("Invalid line marker ':end_line:' found in REPLACE section", r1.Error);
        Assert.Contains("Line markers (:start_line: and :end_line:) are only allowed in SEARCH sections", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should reject both line markers in REPLACE section")]
    public void Line_marker_validation_in_REPLACE_sections_should_reject_both_line_markers_in_REPLACE_section()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent to find\n=======\n:start_line:5\n:end_line:10\nreplacement content\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("Invalid line marker ':start_line:' found in REPLACE section", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should reject line markers in multiple diff blocks where one has invalid markers")]
    public void Line_marker_validation_in_REPLACE_sections_should_reject_line_markers_in_multiple_diff_blocks_where_one_has_invalid_markers()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\n:start_line:1\ncontent1\n=======\nreplacement1\n>>>>>>> REPLACE\n\n<<<<<<< SEARCH\ncontent2\n=======\n:start_line:5\nreplacement2\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("Invalid line marker ':start_line:' found in REPLACE section", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should allow valid markers in SEARCH section with content in REPLACE")]
    public void Line_marker_validation_in_REPLACE_sections_should_allow_valid_markers_in_SEARCH_section_with_content_in_REPLACE()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\n:start_line:5\n:end_line:10\n-------\ncontent to find\n=======\nreplacement content\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should allow escaped line markers in REPLACE content")]
    public void Line_marker_validation_in_REPLACE_sections_should_allow_escaped_line_markers_in_REPLACE_content()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent to find\n=======\nreplacement content\n\\:start_line:5\nmore content\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should allow escaped end_line markers in REPLACE content")]
    public void Line_marker_validation_in_REPLACE_sections_should_allow_escaped_end_line_markers_in_REPLACE_content()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent to find\n=======\nreplacement content\n\\:end_line:10\nmore content\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should allow both escaped line markers in REPLACE content")]
    public void Line_marker_validation_in_REPLACE_sections_should_allow_both_escaped_line_markers_in_REPLACE_content()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent to find\n=======\nreplacement content\n\\:start_line:5\n\\:end_line:10\nmore content\n>>>>>>> REPLACE");
        Assert.True(r1.Success);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should reject line markers with whitespace in REPLACE section")]
    public void Line_marker_validation_in_REPLACE_sections_should_reject_line_markers_with_whitespace_in_REPLACE_section()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent to find\n=======\n  :start_line:5  \nreplacement content\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("Invalid line marker ':start_line:' found in REPLACE section", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should reject line markers in middle of REPLACE content")]
    public void Line_marker_validation_in_REPLACE_sections_should_reject_line_markers_in_middle_of_REPLACE_content()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent to find\n=======\nsome replacement\n:end_line:15\nmore replacement\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("Invalid line marker ':end_line:' found in REPLACE section", r1.Error);
    }

    [Fact(DisplayName = "MultiSearchReplaceDiffStrategy > line marker validation in REPLACE sections > should provide helpful error message format")]
    public void Line_marker_validation_in_REPLACE_sections_should_provide_helpful_error_message_format()
    {
        var strategy = new MultiSearchReplaceDiffStrategy();
        var r1 = strategy.ValidateMarkerSequencing("<<<<<<< SEARCH\ncontent\n=======\n:start_line:5\nreplacement\n>>>>>>> REPLACE");
        Assert.False(r1.Success);
        Assert.Contains("CORRECT FORMAT:", r1.Error);
        Assert.Contains("INCORRECT FORMAT:", r1.Error);
        Assert.Contains(":start_line:5    <-- Invalid location", r1.Error);
    }
}
