// Comparison corpus for Utils/Xml.cs (port of src/utils/xml.ts over fast-xml-parser 5.2.3). Every expected
// value below was produced by the original library: fast-xml-parser 5.2.3 installed outside the project,
// imported as ESM (src/fxp.js, the build the TypeScript sources import), called with xml.ts's options and
// error wrapping, its result printed with JSON.stringify ("OK " + json) or its error message ("ERR " + message).
// Inputs: the shapes tools pass (ask_followup_question <suggest> lists, apply_diff multi-file args with the
// "file.diff.content" stop node and entities off, read_file args), plus nesting, repetition, attributes,
// entities, CDATA, empty tags, text/element mixes, whitespace kinds, DOCTYPE, JS-object quirks and malformed
// input. (The port was also fuzzed against the library with 68,000 random token strings, all equal.)
using System.Text.Json;
using System.Text.Json.Nodes;
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port;

public class XmlTests
{
    // The 200-level nesting case exceeds System.Text.Json's default depth of 64.
    private static readonly JsonSerializerOptions Deep = new() { MaxDepth = 1000 };
    private static readonly JsonDocumentOptions DeepParse = new() { MaxDepth = 1000 };

    public sealed record Case(string Input, string[] StopNodes, bool ProcessEntities, string Expected);

    private static readonly Case[] Corpus =
    [
        new("<suggest>Yes</suggest><suggest mode=\"code\">Do it</suggest>", ["suggest"], true, "OK {\"suggest\":[\"Yes\",{\"#text\":\"Do it\",\"@_mode\":\"code\"}]}"),
        new("<suggest>Only one</suggest>", ["suggest"], true, "OK {\"suggest\":\"Only one\"}"),
        new("<suggest mode=\"architect\">Plan</suggest>", ["suggest"], true, "OK {\"suggest\":{\"#text\":\"Plan\",\"@_mode\":\"architect\"}}"),
        new("\n<suggest>\n  a  \n</suggest>\n<suggest>b</suggest>\n", ["suggest"], true, "OK {\"suggest\":[\"\\n  a  \\n\",\"b\"]}"),
        new("<suggest>Use <b>bold</b> &amp; more</suggest>", ["suggest"], true, "OK {\"suggest\":\"Use <b>bold</b> &amp; more\"}"),
        new("<suggest mode=\"code\"/><suggest>x</suggest>", ["suggest"], true, "OK {\"suggest\":[{\"@_mode\":\"code\"},\"x\"]}"),
        new("<suggest/>", ["suggest"], true, "OK {\"suggest\":\"\"}"),
        new("<suggest></suggest>", ["suggest"], true, "OK {\"suggest\":\"\"}"),
        new("<suggest mode=\"code\"></suggest>", ["suggest"], true, "OK {\"suggest\":{\"@_mode\":\"code\"}}"),
        new("<suggest><suggest>inner</suggest></suggest>", ["suggest"], true, "OK {\"suggest\":\"<suggest>inner</suggest>\"}"),
        new("<suggest>a<!-- </suggest> -->b</suggest>", ["suggest"], true, "OK {\"suggest\":\"a<!-- </suggest> -->b\"}"),
        new("<suggest>a<![CDATA[</suggest>]]>b</suggest>", ["suggest"], true, "OK {\"suggest\":\"a<![CDATA[</suggest>]]>b\"}"),
        new("<suggest>a<?pi </suggest> ?>b</suggest>", ["suggest"], true, "OK {\"suggest\":\"a<?pi </suggest> ?>b\"}"),
        new("<suggest>x:<x:suggest>y</x:suggest></suggest>", ["suggest"], true, "ERR Failed to parse XML: Unexpected end of suggest"),
        new("<suggest>no end", ["suggest"], true, "ERR Failed to parse XML: Unexpected end of suggest"),
        new("<suggest>a</suggest", ["suggest"], true, "ERR Failed to parse XML: suggest is not closed"),
        new("hello <suggest>a</suggest> world", ["suggest"], true, "OK {\"suggest\":\"a\"}"),
        new("hello <suggest>a</suggest><?pi?>", ["suggest"], true, "OK {\"suggest\":\"a\",\"?pi\":\"\",\"#text\":\"hello\"}"),
        new("hello <suggest>a</suggest></x>", ["suggest"], true, "OK {\"suggest\":\"a\",\"#text\":\"hello\"}"),
        new("<suggest>a</suggest><suggest mode='debug'>b</suggest><suggest mode=\"ask\" extra=\"1\">c</suggest>", ["suggest"], true, "OK {\"suggest\":[\"a\",{\"#text\":\"b\",\"@_mode\":\"debug\"},{\"#text\":\"c\",\"@_mode\":\"ask\",\"@_extra\":\"1\"}]}"),
        new("<suggest>1 &lt; 2</suggest>", ["suggest"], true, "OK {\"suggest\":\"1 &lt; 2\"}"),
        new("<wrap><suggest>not stop</suggest></wrap>", ["suggest"], true, "OK {\"wrap\":{\"suggest\":\"not stop\"}}"),
        new("<suggest>\n<suggest/>\n</suggest>", ["suggest"], true, "OK {\"suggest\":\"\\n<suggest/>\\n\"}"),
        new("<suggest >a</suggest >", ["suggest"], true, "OK {\"suggest\":\"a\"}"),
        new("<file><path>src/a.ts</path><diff><content><<<<<<< SEARCH\n:start_line:1\n-------\nfoo & bar < baz\n=======\nqux\n>>>>>>> REPLACE</content><start_line>1</start_line></diff></file>", ["file.diff.content"], false, "OK {\"file\":{\"path\":\"src/a.ts\",\"diff\":{\"content\":\"<<<<<<< SEARCH\\n:start_line:1\\n-------\\nfoo & bar < baz\\n=======\\nqux\\n>>>>>>> REPLACE\",\"start_line\":\"1\"}}}"),
        new("<file><path>a.ts</path><diff><content>x</content><start_line>1</start_line></diff><diff><content>y</content><start_line>5</start_line></diff></file><file><path>b.ts</path><diff><content>z &amp; &lt;</content></diff></file>", ["file.diff.content"], false, "OK {\"file\":[{\"path\":\"a.ts\",\"diff\":[{\"content\":\"x\",\"start_line\":\"1\"},{\"content\":\"y\",\"start_line\":\"5\"}]},{\"path\":\"b.ts\",\"diff\":{\"content\":\"z &amp; &lt;\"}}]}"),
        new("<file>\n  <path>a.ts</path>\n  <diff>\n    <content>\n<<<<<<< SEARCH\n  if (a < b && c > d) {\n=======\n  if (\"x\" == 'y') {\n>>>>>>> REPLACE\n    </content>\n    <start_line>10</start_line>\n  </diff>\n</file>", ["file.diff.content"], false, "OK {\"file\":{\"path\":\"a.ts\",\"diff\":{\"content\":\"\\n<<<<<<< SEARCH\\n  if (a < b && c > d) {\\n=======\\n  if (\\\"x\\\" == 'y') {\\n>>>>>>> REPLACE\\n    \",\"start_line\":\"10\"}}}"),
        new("<file><path>a.ts</path><diff><content><content>nested</content></content></diff></file>", ["file.diff.content"], false, "OK {\"file\":{\"path\":\"a.ts\",\"diff\":{\"content\":\"<content>nested</content>\"}}}"),
        new("<file><path>a.ts</path><diff><content/></diff></file>", ["file.diff.content"], false, "OK {\"file\":{\"path\":\"a.ts\",\"diff\":{\"content\":\"\"}}}"),
        new("<file><path>a.ts</path><diff><content>unterminated</diff></file>", ["file.diff.content"], false, "ERR Failed to parse XML: Unexpected end of content"),
        new("<file><path>a &amp; b.ts</path></file>", ["file.diff.content"], false, "OK {\"file\":{\"path\":\"a &amp; b.ts\"}}"),
        new("<content>top-level not stop</content>", ["file.diff.content"], false, "OK {\"content\":\"top-level not stop\"}"),
        new("<file><path>a.ts</path><line_range>1-10</line_range><line_range>20-30</line_range></file><file><path>b.ts</path></file>", [], true, "OK {\"file\":[{\"path\":\"a.ts\",\"line_range\":[\"1-10\",\"20-30\"]},{\"path\":\"b.ts\"}]}"),
        new("<file><path>src/app.ts</path></file>", [], true, "OK {\"file\":{\"path\":\"src/app.ts\"}}"),
        new("<file>\n<path>  spaced.ts  </path>\n</file>", [], true, "OK {\"file\":{\"path\":\"spaced.ts\"}}"),
        new("<file><path></path></file>", [], true, "OK {\"file\":{\"path\":\"\"}}"),
        new("<args><file><path>a</path></file></args>", [], true, "OK {\"args\":{\"file\":{\"path\":\"a\"}}}"),
        new("<a>&lt;tag&gt; &amp;amp; &quot;q&quot; &apos; &#39; &#x27; &#60; &#x3c; &#x3C; &#x3E; &#x3e; &nbsp; &copy; &#38; &#x26;</a>", [], true, "OK {\"a\":\"<tag> &amp; \\\"q\\\" ' ' ' < &#x3c; < > &#x3e; &nbsp; &copy; & &\"}"),
        new("<a>&lt;tag&gt; &amp;amp; &quot;q&quot;</a>", [], false, "OK {\"a\":\"&lt;tag&gt; &amp;amp; &quot;q&quot;\"}"),
        new("<a b=\"&lt;x&gt; &amp;\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_b\":\"<x> &\"}}"),
        new("<a b=\"&lt;x&gt; &amp;\">t</a>", [], false, "OK {\"a\":{\"#text\":\"t\",\"@_b\":\"&lt;x&gt; &amp;\"}}"),
        new("<a><![CDATA[ <raw> & ]]></a>", [], true, "OK {\"a\":\" <raw> & \"}"),
        new("<a>x<![CDATA[y]]>z</a>", [], true, "OK {\"a\":\"xyz\"}"),
        new("<a> <![CDATA[]]> </a>", [], true, "OK {\"a\":\"\"}"),
        new("<a><![CDATA[1]]><![CDATA[2]]></a>", [], true, "OK {\"a\":\"12\"}"),
        new("<![CDATA[top]]>", [], true, "OK {\"#text\":\"top\"}"),
        new("<a><![CDx]]></a>", [], true, "OK {\"a\":\"]]>\"}"),
        new("<a></a>", [], true, "OK {\"a\":\"\"}"),
        new("<a/>", [], true, "OK {\"a\":\"\"}"),
        new("<a />", [], true, "OK {\"a\":\"\"}"),
        new("<a x=\"1\"/>", [], true, "OK {\"a\":{\"@_x\":\"1\"}}"),
        new("<a x=\"1\"></a>", [], true, "OK {\"a\":{\"@_x\":\"1\"}}"),
        new("<a x=\"1\" />", [], true, "OK {\"a\":{\"@_x\":\"1\"}}"),
        new("<r><a/><a/></r>", [], true, "OK {\"r\":{\"a\":[\"\",\"\"]}}"),
        new("<r><a></a><a>1</a></r>", [], true, "OK {\"r\":{\"a\":[\"\",\"1\"]}}"),
        new("<a>hello <b>world</b> again</a>", [], true, "OK {\"a\":{\"b\":\"world\",\"#text\":\"helloagain\"}}"),
        new("<a>  hello  <b/>  </a>", [], true, "OK {\"a\":{\"b\":\"\",\"#text\":\"hello\"}}"),
        new("<r><i>1</i><i>2</i><j>x</j><i>3</i></r>", [], true, "OK {\"r\":{\"i\":[\"1\",\"2\",\"3\"],\"j\":\"x\"}}"),
        new("<r><i><k>1</k></i><i>2</i></r>", [], true, "OK {\"r\":{\"i\":[{\"k\":\"1\"},\"2\"]}}"),
        new("<r><i>1</i></r><r>2</r>", [], true, "OK {\"r\":[{\"i\":\"1\"},\"2\"]}"),
        new("<a x=\"1\">text</a>", [], true, "OK {\"a\":{\"#text\":\"text\",\"@_x\":\"1\"}}"),
        new("<a x=\"1\"><b>c</b>t</a>", [], true, "OK {\"a\":{\"b\":\"c\",\"#text\":\"t\",\"@_x\":\"1\"}}"),
        new("<a x='1' y = \"2\"\tz=\"3\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"1\",\"@_y\":\"2\",\"@_z\":\"3\"}}"),
        new("<a x=\"1\" x=\"2\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"2\"}}"),
        new("<a checked x=\"1\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"1\"}}"),
        new("<a x=\"a>b\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"a>b\"}}"),
        new("<a x=\" padded \">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"padded\"}}"),
        new("<a x=\"\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"\"}}"),
        new("<a x=\"1\"y=\"2\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"1\",\"@_y\":\"2\"}}"),
        new("<a\nx=\"1\"\n>t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"1\"}}"),
        new("<a x=\"it's\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"it's\"}}"),
        new("<a x=1>t</a>", [], true, "OK {\"a\":\"t\"}"),
        new("<a x=\"\ttab\t\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"tab\"}}"),
        new("<a b=\"1\"></a><a b=\"2\"/>", [], true, "OK {\"a\":[{\"@_b\":\"1\"},{\"@_b\":\"2\"}]}"),
        new("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>1</a>", [], true, "OK {\"?xml\":{\"@_version\":\"1.0\",\"@_encoding\":\"UTF-8\"},\"a\":\"1\"}"),
        new("<?pi?><a>1</a>", [], true, "OK {\"?pi\":\"\",\"a\":\"1\"}"),
        new("<a><!-- c --><b>1</b></a>", [], true, "OK {\"a\":{\"b\":\"1\"}}"),
        new("<a>x<!--c-->y</a>", [], true, "OK {\"a\":\"xy\"}"),
        new("<a>", [], true, "OK {\"a\":\"\"}"),
        new("<a><b></a>", [], true, "OK {\"a\":{\"b\":\"\"}}"),
        new("</a>", [], true, "OK {}"),
        new("<a></a></b><c/>", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'addChild')"),
        new("<a", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'tagName')"),
        new("<a x=\"1>", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'tagName')"),
        new("<!-- x", [], true, "ERR Failed to parse XML: Comment is not closed."),
        new("<a><![CDATA[x", [], true, "ERR Failed to parse XML: CDATA is not closed."),
        new("<?xml", [], true, "ERR Failed to parse XML: Pi Tag is not closed."),
        new("just text", [], true, "OK {}"),
        new("", [], true, "OK {}"),
        new("<a></b>", [], true, "OK {\"a\":\"\"}"),
        new("<a>1</a></a>text<b/>", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'addChild')"),
        new("<a></a></a><![CDATA[x]]>", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'tagname')"),
        new("<a></a></a>t<![CDATA[x]]>", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'child')"),
        new("<a></a></a>t<?p?>", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'child')"),
        new("<a></a></a><?p?>", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'addChild')"),
        new("<", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'tagName')"),
        new("<>", [], true, "OK {\"\":\"\"}"),
        new("<>x</>", [], true, "OK {\"\":\"x\"}"),
        new("< a>x</a>", [], true, "OK {\"\":\"x\"}"),
        new("<a>x</a >", [], true, "OK {\"a\":\"x\"}"),
        new("<a>x</ a>", [], true, "OK {\"a\":\"x\"}"),
        new("<a>1 < 2</a>", [], true, "OK {\"a\":{\"\":\"\",\"#text\":\"1\"}}"),
        new("<a>1 > 2</a>", [], true, "OK {\"a\":\"1 > 2\"}"),
        new("a<b", [], true, "ERR Failed to parse XML: Cannot read properties of undefined (reading 'tagName')"),
        new("<a></a><b></b>", [], true, "OK {\"a\":\"\",\"b\":\"\"}"),
        new("<!DOCTYPE note [<!ENTITY writer \"Writer: Donald\"><!ENTITY cr \"(c)\">]><a>&writer; &cr; &amp;writer;</a>", [], true, "OK {\"a\":\"Writer: Donald (c) &writer;\"}"),
        new("<!DOCTYPE note [<!ENTITY writer \"Writer: Donald\">]><a>&writer;</a>", [], false, "OK {\"a\":\"&writer;\"}"),
        new("<!DOCTYPE note [<!ENTITY x \"a&amp;b\">]><a>&x;</a>", [], true, "OK {\"a\":\"&x;\"}"),
        new("<!DOCTYPE note [<!ENTITY x.y \"dot\">]><a>&x.y; &xzy;</a>", [], true, "OK {\"a\":\"dot dot\"}"),
        new("<!DOCTYPE note [<!ENTITY x \"$&-$$\">]><a>&x;</a>", [], true, "OK {\"a\":\"&x;\"}"),
        new("<!DOCTYPE note [<!ELEMENT note (to,from)><!ATTLIST note id CDATA #REQUIRED>]><note>1</note>", [], true, "OK {\"note\":\"1\"}"),
        new("<!DOCTYPE note [<!ELEMENT br EMPTY>]><note>1</note>", [], true, "ERR Failed to parse XML: Invalid DOCTYPE"),
        new("<!DOCTYPE note [<!NOTATION png SYSTEM \"image/png\">]><note>1</note>", [], true, "OK {\"note\":\"1\"}"),
        new("<!DOCTYPE note [<!NOTATION png PUBLIC \"pub\" \"sys\">]><note>1</note>", [], true, "OK {\"note\":\"1\"}"),
        new("<!DOCTYPE note [<!NOTATION png OTHER \"x\">]><note>1</note>", [], true, "ERR Failed to parse XML: Expected SYSTEM or PUBLIC, found \"OTHER \""),
        new("<!DOCTYPE note [<!-- comment --><!ENTITY a \"A\">]><n>&a;</n>", [], true, "OK {\"n\":\"A\"}"),
        new("<!DOCTYPE note><n>1</n>", [], true, "OK {\"n\":\"1\"}"),
        new("<!DOCTYPE note [<!BOGUS>]><n>1</n>", [], true, "ERR Failed to parse XML: Invalid DOCTYPE"),
        new("<!DOCTYPE note [<!ENTITY ext SYSTEM \"http://x\">]><n>1</n>", [], true, "ERR Failed to parse XML: External entities are not supported"),
        new("<!DOCTYPE note [<!ENTITY % p \"x\">]><n>1</n>", [], true, "ERR Failed to parse XML: Invalid entity name %"),
        new("<!DOCTYPE note [<!ENTITY 1bad \"x\">]><n>1</n>", [], true, "ERR Failed to parse XML: Invalid entity name 1bad"),
        new("<!DOCTYPE note [<!ENTITY a x>]><n>1</n>", [], true, "ERR Failed to parse XML: Expected quoted string, found \"x\""),
        new("<!DOCTYPE note [<!ENTITY a \"x>]><n>1</n>", [], true, "ERR Failed to parse XML: Unterminated entity value"),
        new("<!DOCTYPE note [<!ENTITY a \"x\">", [], true, "ERR Failed to parse XML: Unclosed DOCTYPE"),
        new("<!DOCTYPX note><n>1</n>", [], true, "ERR Failed to parse XML: Invalid Tag instead of DOCTYPE"),
        new("<!DOCTYPE note [<!ELEMENT n (#PCDATA>]><n>1</n>", [], true, "ERR Failed to parse XML: Unterminated content model"),
        new("<!DOCTYPE note [<!ELEMENT n FOO>]><n>1</n>", [], true, "ERR Failed to parse XML: Invalid Element Expression, found \"F\""),
        new("<!DOCTYPE note [<!NOTATION png SYSTEM \"\">]><n>1</n>", [], true, "ERR Failed to parse XML: Missing mandatory system identifier for SYSTEM notation"),
        new("<!DOCTYPE note [<!ENTITY a", [], true, "ERR Failed to parse XML: Expected quoted string, found \"undefined\""),
        new("<r><b>1</b><1>x</1><a>2</a><0>y</0></r>", [], true, "OK {\"r\":{\"0\":\"y\",\"1\":\"x\",\"b\":\"1\",\"a\":\"2\"}}"),
        new("<r><hasOwnProperty>1</hasOwnProperty><hasOwnProperty>2</hasOwnProperty></r>", [], true, "ERR Failed to parse XML: compressedObj.hasOwnProperty is not a function"),
        new("<r><hasOwnProperty>1</hasOwnProperty></r>", [], true, "OK {\"r\":{\"hasOwnProperty\":\"1\"}}"),
        new("<r><__proto__>1</__proto__><constructor>c</constructor><constructor>d</constructor></r>", [], true, "OK {\"r\":{\"#__proto__\":\"1\",\"constructor\":[\"c\",\"d\"]}}"),
        new("<r><:@>1</:@><b>2</b></r>", [], true, "OK {\"r\":{\"b\":\"2\"}}"),
        new("<r>t<#text>1</#text>u</r>", [], true, "OK {\"r\":\"t[object Object]u\"}"),
        new("<r><#text>1</#text></r>", [], true, "OK {\"r\":[{\"#text\":\"1\"}]}"),
        new("<r><#text><b>1</b></#text></r>", [], true, "OK {\"r\":[{\"b\":[{\"#text\":\"1\"}]}]}"),
        new("<r a=\"1\"><@_a>child</@_a></r>", [], true, "OK {\"r\":{\"@_a\":\"1\"}}"),
        new("<a>\u00a0x\u00a0</a>", [], true, "OK {\"a\":\"x\"}"),
        new("<a>\u0085x\u0085</a>", [], true, "OK {\"a\":\"\u0085x\u0085\"}"),
        new("<a>\ufeffx\ufeff</a>", [], true, "OK {\"a\":\"x\"}"),
        new("<a>\u2028x\u3000</a>", [], true, "OK {\"a\":\"x\"}"),
        new("<a\u00a0x=\"1\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"1\"}}"),
        new("<a\u0085x=\"1\">t</a>", [], true, "OK {\"a\u0085x=\\\"1\\\"\":\"t\"}"),
        new("<a>line1\r\nline2\rline3</a>", [], true, "OK {\"a\":\"line1\\nline2\\nline3\"}"),
        new("<suggest>l1\r\nl2</suggest>", ["suggest"], true, "OK {\"suggest\":\"l1\\nl2\"}"),
        new("<a.b><c>1</c></a.b><suggest>x</suggest>", ["suggest"], true, "OK {\"a.b\":{\"c\":\"1\"},\"suggest\":\"x\"}"),
        new("<a.b></a.b><suggest>x</suggest>", ["suggest"], true, "OK {\"a.b\":\"\",\"suggest\":\"x\"}"),
        new("<r><content>a<b/></content></r>", ["*.content"], true, "OK {\"r\":{\"content\":\"a<b/>\"}}"),
        new("<r><x><content>a<b/></content></x></r>", ["r.x.content"], true, "OK {\"r\":{\"x\":{\"content\":\"a<b/>\"}}}"),
        new("<x:a y:b=\"1\">1</x:a>", [], true, "OK {\"x:a\":{\"#text\":\"1\",\"@_y:b\":\"1\"}}"),
        new("<a/><suggest>s</suggest>", ["suggest"], true, "OK {\"a\":\"\",\"suggest\":\"s\"}"),
        new("<w><a/><suggest>s</suggest></w>", ["w.suggest"], true, "OK {\"w\":{\"a\":\"\",\"suggest\":\"s\"}}"),
        new("<w><a x=\"1\"/><suggest>s</suggest></w>", ["w.suggest"], true, "OK {\"w\":{\"a\":{\"@_x\":\"1\"},\"suggest\":\"s\"}}"),
        new("<w><suggest/><suggest>s</suggest></w>", ["w.suggest"], true, "OK {\"w\":{\"suggest\":[\"\",\"s\"]}}"),
        new("<w><suggest x=\"1\"/><suggest>s</suggest></w>", ["w.suggest"], true, "OK {\"w\":{\"suggest\":[{\"@_x\":\"1\"},\"s\"]}}"),
        new("<!xml>a</!xml>", [], true, "OK {\"!xml\":\"a\"}"),
        new("<a>x</a><!xml>y</!xml><b>z</b>", [], true, "OK {\"a\":\"x\",\"!xml\":\"y\",\"b\":\"z\"}"),
        new("<a>\ttab\t</a>", [], true, "OK {\"a\":\"tab\"}"),
        new("<a\tx=\"1\">t</a>", [], true, "OK {\"a\":{\"#text\":\"t\",\"@_x\":\"1\"}}"),
        new("<big>" + string.Concat(Enumerable.Repeat("<i>v</i>", 50)) + "</big>", [], true, "OK {\"big\":{\"i\":[\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\",\"v\"]}}"),
        new(string.Concat(Enumerable.Repeat("<d>", 200)) + "x" + string.Concat(Enumerable.Repeat("</d>", 200)), [], true, "OK {\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":{\"d\":\"x\"}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}"),
        new("<!DOCTYPE d [<!ENTITY __proto__ \"P\"><!ENTITY y \"Y\">]><a>&__proto__; &y; undefined</a>", [], true, "OK {\"a\":\"&__proto__; Y undefined\"}"),
        new("<r><hasOwnProperty>1</hasOwnProperty><b/><b/></r>", [], true, "ERR Failed to parse XML: compressedObj.hasOwnProperty is not a function"),
        new("<r><hasOwnProperty>1</hasOwnProperty><constructor>c</constructor></r>", [], true, "ERR Failed to parse XML: compressedObj.hasOwnProperty is not a function"),
        new("<r><constructor>c</constructor><toString>t</toString><valueOf>v</valueOf></r>", [], true, "OK {\"r\":{\"constructor\":\"c\",\"toString\":\"t\",\"valueOf\":\"v\"}}"),
        new("<r>a<#text><toString>x</toString></#text></r>", [], true, "ERR Failed to parse XML: Cannot convert object to primitive value"),
        new("<r>a<#text><valueOf>x</valueOf></#text></r>", [], true, "OK {\"r\":\"a[object Object]\"}"),
        new("<a>&#39;&#x27;&apos;&#X27;</a>", [], true, "OK {\"a\":\"'''&#X27;\"}"),
        new("<suggest mode=\"code\">Implement it &amp; test</suggest><suggest mode=\"ask\">Explain first</suggest><suggest>Skip</suggest>", ["suggest"], true, "OK {\"suggest\":[{\"#text\":\"Implement it &amp; test\",\"@_mode\":\"code\"},{\"#text\":\"Explain first\",\"@_mode\":\"ask\"},\"Skip\"]}"),
        new("<file><path>docs/readme.md</path><diff><content><![CDATA[keep <b> raw]]></content><start_line>3</start_line></diff></file>", ["file.diff.content"], false, "OK {\"file\":{\"path\":\"docs/readme.md\",\"diff\":{\"content\":\"<![CDATA[keep <b> raw]]>\",\"start_line\":\"3\"}}}"),
        new("<file><path>a.ts</path><line_range>1-5</line_range></file>\n<file><path>b.ts</path><line_range>10-20</line_range></file>", [], true, "OK {\"file\":[{\"path\":\"a.ts\",\"line_range\":\"1-5\"},{\"path\":\"b.ts\",\"line_range\":\"10-20\"}]}"),
    ];

    public static TheoryData<int> Indices()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Corpus.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public void ParseXml_matches_fast_xml_parser(int index)
    {
        var c = Corpus[index];
        string actual;
        try
        {
            var result = Xml.ParseXml(c.Input, c.StopNodes, c.ProcessEntities);
            actual = "OK " + result!.ToJsonString(Deep);
        }
        catch (Exception e)
        {
            actual = "ERR " + e.Message;
        }
        // Expected JSON goes through the same serializer (key order is preserved by JsonNode).
        var expected = c.Expected.StartsWith("OK ", StringComparison.Ordinal)
            ? "OK " + JsonNode.Parse(c.Expected[3..], documentOptions: DeepParse)!.ToJsonString(Deep)
            : c.Expected;
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ParseXmlForDiff_keeps_entities()
    {
        var result = Xml.ParseXmlForDiff("<file><path>a &amp; b</path><diff><content>x &lt; y</content></diff></file>", ["file.diff.content"]);
        var expected = JsonNode.Parse("{\"file\":{\"path\":\"a &amp; b\",\"diff\":{\"content\":\"x &lt; y\"}}}")!;
        Assert.Equal(expected.ToJsonString(), result!.ToJsonString());
    }

    [Fact]
    public void Errors_are_wrapped_as_in_xml_ts()
    {
        var e = Assert.ThrowsAny<Exception>(() => Xml.ParseXml("<a x=\"1>"));
        Assert.Equal("Failed to parse XML: Cannot read properties of undefined (reading 'tagName')", e.Message);
    }
}
