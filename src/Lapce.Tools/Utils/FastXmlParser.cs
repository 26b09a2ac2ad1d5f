// The npm package fast-xml-parser 5.2.3 (the version Codex's src/ resolves in pnpm-lock.yaml): XMLParser.parse
// = OrderedObjParser.parseXml (src/xmlparser/OrderedObjParser.js, with xmlNode.js and DocTypeReader.js)
// followed by prettify (src/xmlparser/node2json.js). Not a Codex file: the library the port of
// src/utils/xml.ts (Xml.cs) runs on. Transcribed with the same control flow, for the options xml.ts sets
// (ignoreAttributes false, attributeNamePrefix "@_", parseAttributeValue false, parseTagValue false,
// trimValues true, processEntities, stopNodes) and the library defaults for everything else
// (textNodeName "#text", no unpaired tags, no comment/cdata property, no transforms, htmlEntities false).
//
// JavaScript behaviour reproduced on purpose:
//  - a current node that is `undefined` after an unmatched closing tag, and the V8 TypeErrors that follow
//    ("Cannot read properties of undefined (reading 'addChild')", …), as is the TypeError of an unclosed
//    opening tag ("… (reading 'tagName')");
//  - substring/substr index clamping, JS \s and trim, entity replacement with String.prototype.replace
//    ($-patterns in DOCTYPE entity values), entity names used as regex sources;
//  - the key order of JS objects (array-index keys such as "1" first, ascending; then insertion order), a
//    second tag named "hasOwnProperty" (TypeError), tags named "__proto__" (renamed "#__proto__") and ":@"
//    (dropped), and a tag named "#text" (merged into the text as JS string conversion makes it).
// Deep nesting: V8 stops with "Maximum call stack size exceeded" at a depth that depends on its stack; here
// the same error is raised when .NET's stack runs short, so the depth at which it happens differs.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Lapce.Tools.Utils;

public sealed class FastXmlParser(IReadOnlyList<string> stopNodes, bool processEntities)
{
    private const string TextNodeName = "#text";
    private const string AttributeNamePrefix = "@_";

    /// <summary><c>new XMLParser(options).parse(xmlData)</c>: a JSON object shaped as fast-xml-parser's result.</summary>
    public JsonNode Parse(string xmlData)
    {
        var orderedResult = new OrderedObjParser(stopNodes, processEntities).ParseXml(xmlData);
        try
        {
            return ToJson(Compress(orderedResult));
        }
        catch (InsufficientExecutionStackException)
        {
            throw new JsError("RangeError", "Maximum call stack size exceeded");
        }
    }

    // ───────────────────────────── xmlNode.js ─────────────────────────────

    /// <summary>An entry of a node's child list: <c>{[key]: val}</c> (text) or <c>{[tagname]: child, ":@": attrs}</c>.</summary>
    private sealed class ChildEntry
    {
        public required string Key { get; init; }
        public string? Text { get; init; } // for add(key, val)
        public List<ChildEntry>? Child { get; init; } // for addChild(node)
        public JsObj? Attributes { get; init; } // ":@", only when non-empty
    }

    private sealed class XmlNode(string tagname)
    {
        public string TagName { get; set; } = tagname;
        public List<ChildEntry> Child { get; } = [];
        public JsObj? Attrs { get; set; } = new(); // this[":@"] = {}; may be set to undefined (null)

        public void Add(string key, string val)
        {
            if (key == "__proto__") key = "#__proto__";
            Child.Add(new ChildEntry { Key = key, Text = val });
        }

        public void AddChild(XmlNode node)
        {
            if (node.TagName == "__proto__") node.TagName = "#__proto__";
            Child.Add(new ChildEntry
            {
                Key = node.TagName,
                Child = node.Child,
                Attributes = node.Attrs is { Count: > 0 } ? node.Attrs : null,
            });
        }
    }

    // ───────────────────────────── JS values ─────────────────────────────

    /// <summary>A plain JS object; values are string, JsObj or JsArr.</summary>
    private sealed class JsObj
    {
        public readonly OrderedDictionary<string, object> Props = new(StringComparer.Ordinal);
        public int Count => Props.Count;
        public object? Get(string key) => Props.TryGetValue(key, out var v) ? v : null;
        public void Set(string key, object value) => Props[key] = value; // re-assignment keeps the key's place
    }

    private sealed class JsArr(List<object> items)
    {
        public List<object> Items { get; } = items;
    }

    // '' + value
    private static string ToJsString(object value) => value switch
    {
        string s => s,
        JsArr a => string.Join(",", a.Items.Select(ToJsString)),
        // an own "toString" that is not a function: OrdinaryToPrimitive finds no usable method
        JsObj o when o.Get("toString") is not null => throw new JsTypeError("Cannot convert object to primitive value"),
        _ => "[object Object]",
    };

    // ───────────────────────────── OrderedObjParser.js ─────────────────────────────

    private sealed class OrderedObjParser(IReadOnlyList<string> stopNodes, bool processEntities)
    {
        private readonly List<XmlNode?> _tagsNodeStack = [];
        private OrderedDictionary<string, (Regex Regx, string Val)> _docTypeEntities = new(StringComparer.Ordinal);

        private static readonly (Regex Regex, string Val)[] LastEntities =
        [
            (new Regex("&(apos|#39|#x27);"), "'"),
            (new Regex("&(gt|#62|#x3E);"), ">"),
            (new Regex("&(lt|#60|#x3C);"), "<"),
            (new Regex("&(quot|#34|#x22);"), "\""),
        ];

        private static readonly Regex AmpEntity = new("&(amp|#38|#x26);");

        private const string Ws = JsRegExp.WhiteSpaceClassBody;

        // /([^\s=]+)\s*(=\s*(['"])([\s\S]*?)\3)?/gm
        private static readonly Regex AttrsRegx = new($"([^{Ws}=]+)[{Ws}]*(=[{Ws}]*(['\"])([\\s\\S]*?)\\3)?");

        private static XmlNode Deref(XmlNode? node, string property) =>
            node ?? throw new JsTypeError($"Cannot read properties of undefined (reading '{property}')");

        // parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities); undefined → null
        private string? ParseTextData(string? val, bool dontTrim, bool escapeEntities)
        {
            if (val is null) return null;
            if (!dontTrim) val = JsString.Trim(val); // trimValues
            if (val.Length > 0)
            {
                if (!escapeEntities) val = ReplaceEntitiesValue(val);
                // tagValueProcessor returns val unchanged; parseValue(val, parseTagValue = false) returns val
                return val;
            }
            return null;
        }

        // buildAttributesMap(attrStr, jPath, tagName); returns undefined (null) when no attribute is kept
        private JsObj? BuildAttributesMap(string attrStr)
        {
            var attrs = new JsObj();
            for (var match = AttrsRegx.Match(attrStr); match.Success; match = match.NextMatch())
            {
                var attrName = match.Groups[1].Value; // resolveNameSpace: removeNSPrefix is false
                var aName = AttributeNamePrefix + attrName;
                if (attrName.Length > 0)
                {
                    if (aName == "__proto__") aName = "#__proto__";
                    if (match.Groups[2].Success)
                    {
                        var oldVal = JsString.Trim(match.Groups[4].Value); // trimValues
                        oldVal = ReplaceEntitiesValue(oldVal);
                        attrs.Set(aName, oldVal); // attributeValueProcessor + parseValue(…, false): unchanged
                    }
                    // else: allowBooleanAttributes is false
                }
            }
            return attrs.Count == 0 ? null : attrs;
        }

        public List<ChildEntry> ParseXml(string xmlData)
        {
            xmlData = xmlData.Replace("\r\n", "\n").Replace("\r", "\n"); // /\r\n?/g → "\n"
            var xmlObj = new XmlNode("!xml");
            XmlNode? currentNode = xmlObj;
            var textData = new StringBuilder();
            var jPath = "";
            for (var i = 0; i < xmlData.Length; i++)
            {
                var ch = xmlData[i];
                if (ch == '<')
                {
                    if (At(xmlData, i + 1) == '/')
                    {
                        // Closing Tag
                        var closeIndex = FindClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
                        // the tag name (trimmed substring) is only used for unpaired tags / transforms, not set here

                        if (currentNode is not null) SaveTextToParentTag(textData, currentNode, jPath);

                        var propIndex = jPath.LastIndexOf('.');
                        jPath = JsString.Substring(jPath, 0, propIndex);

                        currentNode = Pop(); // avoid recursion, set the parent tag scope
                        textData.Clear();
                        i = closeIndex;
                    }
                    else if (At(xmlData, i + 1) == '?')
                    {
                        var tagData = ReadTagExp(xmlData, i, false, "?>") ?? throw new Exception("Pi Tag is not closed.");

                        SaveTextToParentTag(textData, currentNode, jPath);
                        // ignoreDeclaration and ignorePiTags are false
                        var childNode = new XmlNode(tagData.TagName);
                        childNode.Add(TextNodeName, "");
                        if (tagData.TagName != tagData.TagExp && tagData.AttrExpPresent)
                        {
                            childNode.Attrs = BuildAttributesMap(tagData.TagExp);
                        }
                        AddChild(currentNode, childNode);

                        i = tagData.CloseIndex + 1;
                    }
                    else if (JsString.Substr(xmlData, i + 1, 3) == "!--")
                    {
                        var endIndex = FindClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
                        // commentPropName is false: the comment is skipped
                        i = endIndex;
                    }
                    else if (JsString.Substr(xmlData, i + 1, 2) == "!D")
                    {
                        var (entities, next) = DocTypeReader.ReadDocType(xmlData, i);
                        _docTypeEntities = entities;
                        i = next;
                    }
                    else if (JsString.Substr(xmlData, i + 1, 2) == "![")
                    {
                        var closeIndex = FindClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
                        var tagExp = JsString.Substring(xmlData, i + 9, closeIndex);

                        SaveTextToParentTag(textData, currentNode, jPath);

                        _ = Deref(currentNode, "tagname");
                        var val = ParseTextData(tagExp, dontTrim: true, escapeEntities: true) ?? "";

                        // cdata should be set even if it is 0 length string (cdataPropName is false)
                        currentNode!.Add(TextNodeName, val);

                        i = closeIndex + 2;
                    }
                    else
                    {
                        // Opening tag
                        var result = ReadTagExp(xmlData, i, false)
                            ?? throw new JsTypeError("Cannot read properties of undefined (reading 'tagName')");
                        var tagName = result.TagName;
                        var rawTagName = result.RawTagName;
                        var tagExp = result.TagExp;
                        var attrExpPresent = result.AttrExpPresent;
                        var closeIndex = result.CloseIndex;

                        // save text as child node
                        if (currentNode is not null && textData.Length > 0)
                        {
                            if (currentNode.TagName != "!xml")
                            {
                                // when nested tag is found
                                SaveTextToParentTag(textData, currentNode, jPath);
                            }
                        }

                        // (unpaired-tag handling: there are no unpaired tags)
                        if (tagName != xmlObj.TagName)
                        {
                            jPath += jPath.Length > 0 ? "." + tagName : tagName;
                        }
                        if (IsItStopNode(jPath, tagName))
                        {
                            var tagContent = "";
                            // self-closing tag
                            if (tagExp.Length > 0 && tagExp.LastIndexOf('/') == tagExp.Length - 1)
                            {
                                if (tagName.Length > 0 && tagName[^1] == '/')
                                {
                                    // remove trailing '/'
                                    tagName = JsString.Substr(tagName, 0, tagName.Length - 1);
                                    jPath = JsString.Substr(jPath, 0, jPath.Length - 1);
                                    tagExp = tagName;
                                }
                                else
                                {
                                    tagExp = JsString.Substr(tagExp, 0, tagExp.Length - 1);
                                }
                                i = result.CloseIndex;
                            }
                            // normal tag
                            else
                            {
                                // read until closing tag is found
                                var stop = ReadStopNodeData(xmlData, rawTagName, closeIndex + 1)
                                    ?? throw new Exception($"Unexpected end of {rawTagName}");
                                i = stop.I;
                                tagContent = stop.TagContent;
                            }

                            var childNode = new XmlNode(tagName);
                            if (tagName != tagExp && attrExpPresent)
                            {
                                childNode.Attrs = BuildAttributesMap(tagExp);
                            }
                            if (tagContent.Length > 0)
                            {
                                tagContent = ParseTextData(tagContent, dontTrim: true, escapeEntities: true)!;
                            }

                            jPath = JsString.Substr(jPath, 0, jPath.LastIndexOf('.'));
                            childNode.Add(TextNodeName, tagContent);

                            AddChild(currentNode, childNode);
                        }
                        else
                        {
                            // selfClosing tag
                            if (tagExp.Length > 0 && tagExp.LastIndexOf('/') == tagExp.Length - 1)
                            {
                                if (tagName.Length > 0 && tagName[^1] == '/')
                                {
                                    // remove trailing '/'
                                    tagName = JsString.Substr(tagName, 0, tagName.Length - 1);
                                    jPath = JsString.Substr(jPath, 0, jPath.Length - 1);
                                    tagExp = tagName;
                                }
                                else
                                {
                                    tagExp = JsString.Substr(tagExp, 0, tagExp.Length - 1);
                                }

                                var childNode = new XmlNode(tagName);
                                if (tagName != tagExp && attrExpPresent)
                                {
                                    childNode.Attrs = BuildAttributesMap(tagExp);
                                }
                                AddChild(currentNode, childNode);
                                jPath = JsString.Substr(jPath, 0, jPath.LastIndexOf('.'));
                            }
                            // opening tag
                            else
                            {
                                var childNode = new XmlNode(tagName);
                                _tagsNodeStack.Add(currentNode);

                                if (tagName != tagExp && attrExpPresent)
                                {
                                    childNode.Attrs = BuildAttributesMap(tagExp);
                                }
                                AddChild(currentNode, childNode);
                                currentNode = childNode;
                            }
                            textData.Clear();
                            i = closeIndex;
                        }
                    }
                }
                else
                {
                    textData.Append(ch);
                }
            }
            return xmlObj.Child;
        }

        private XmlNode? Pop()
        {
            if (_tagsNodeStack.Count == 0) return null;
            var node = _tagsNodeStack[^1];
            _tagsNodeStack.RemoveAt(_tagsNodeStack.Count - 1);
            return node;
        }

        // addChild(currentNode, childNode, jPath, startIndex): updateTag returns the tag name unchanged
        private static void AddChild(XmlNode? currentNode, XmlNode childNode) =>
            Deref(currentNode, "addChild").AddChild(childNode);

        private string ReplaceEntitiesValue(string val)
        {
            if (processEntities)
            {
                foreach (var (_, entity) in _docTypeEntities)
                {
                    val = JsRegExp.Replace(entity.Regx, val, entity.Val, global: true);
                }
                foreach (var (regex, replacement) in LastEntities)
                {
                    val = regex.Replace(val, replacement.Replace("$", "$$"));
                }
                // htmlEntities is false
                val = AmpEntity.Replace(val, "&");
            }
            return val;
        }

        // saveTextToParentTag(textData, currentNode, jPath, isLeafNode): always leaves textData empty
        private void SaveTextToParentTag(StringBuilder textData, XmlNode? currentNode, string jPath)
        {
            if (textData.Length > 0)
            {
                // isLeafNode === undefined → currentNode.child.length; then currentNode.tagname
                var node = Deref(currentNode, "child");
                var text = ParseTextData(textData.ToString(), dontTrim: false, escapeEntities: false);
                if (text is not null && text != "") node.Add(TextNodeName, text);
                textData.Clear();
            }
        }

        // isItStopNode(stopNodes, jPath, currentTagName)
        private bool IsItStopNode(string jPath, string currentTagName)
        {
            var allNodesExp = "*." + currentTagName;
            foreach (var stopNodeExp in stopNodes)
            {
                if (allNodesExp == stopNodeExp || jPath == stopNodeExp) return true;
            }
            return false;
        }

        // readStopNodeData(xmlData, tagName, i): find paired tag for a stop node
        private static (string TagContent, int I)? ReadStopNodeData(string xmlData, string tagName, int i)
        {
            var startIndex = i;
            // Starting at 1 since we already have an open tag
            var openTagCount = 1;

            for (; i < xmlData.Length; i++)
            {
                if (xmlData[i] == '<')
                {
                    if (At(xmlData, i + 1) == '/')
                    {
                        // close tag
                        var closeIndex = FindClosingIndex(xmlData, ">", i, $"{tagName} is not closed");
                        var closeTagName = JsString.Trim(JsString.Substring(xmlData, i + 2, closeIndex));
                        if (closeTagName == tagName)
                        {
                            openTagCount--;
                            if (openTagCount == 0)
                            {
                                return (JsString.Substring(xmlData, startIndex, i), closeIndex);
                            }
                        }
                        i = closeIndex;
                    }
                    else if (At(xmlData, i + 1) == '?')
                    {
                        var closeIndex = FindClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
                        i = closeIndex;
                    }
                    else if (JsString.Substr(xmlData, i + 1, 3) == "!--")
                    {
                        var closeIndex = FindClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
                        i = closeIndex;
                    }
                    else if (JsString.Substr(xmlData, i + 1, 2) == "![")
                    {
                        var closeIndex = FindClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
                        i = closeIndex;
                    }
                    else
                    {
                        // readTagExp(xmlData, i, '>'): '>' lands in removeNSPrefix (truthy)
                        var tagData = ReadTagExp(xmlData, i, true);
                        if (tagData is not null)
                        {
                            var openTagName = tagData.TagName;
                            if (openTagName == tagName && (tagData.TagExp.Length == 0 || tagData.TagExp[^1] != '/'))
                            {
                                openTagCount++;
                            }
                            i = tagData.CloseIndex;
                        }
                    }
                }
            }
            return null;
        }
    }

    private sealed record TagExpResult(string TagName, string TagExp, int CloseIndex, bool AttrExpPresent, string RawTagName);

    private static char? At(string s, int i) => i >= 0 && i < s.Length ? s[i] : null;

    // tagExpWithClosingIndex(xmlData, i, closingChar): the tag expression and where it ends, honouring quotes
    private static (string Data, int Index)? TagExpWithClosingIndex(string xmlData, int i, string closingChar)
    {
        char? attrBoundary = null;
        var tagExp = new StringBuilder();
        for (var index = i; index < xmlData.Length; index++)
        {
            var ch = xmlData[index];
            if (attrBoundary is not null)
            {
                if (ch == attrBoundary) attrBoundary = null; // reset
            }
            else if (ch is '"' or '\'')
            {
                attrBoundary = ch;
            }
            else if (ch == closingChar[0])
            {
                if (closingChar.Length > 1)
                {
                    if (At(xmlData, index + 1) == closingChar[1]) return (tagExp.ToString(), index);
                }
                else
                {
                    return (tagExp.ToString(), index);
                }
            }
            else if (ch == '\t')
            {
                ch = ' ';
            }
            tagExp.Append(ch);
        }
        return null;
    }

    private static int FindClosingIndex(string xmlData, string str, int i, string errMsg)
    {
        var closingIndex = i >= xmlData.Length ? -1 : xmlData.IndexOf(str, Math.Max(i, 0), StringComparison.Ordinal);
        if (closingIndex == -1) throw new Exception(errMsg);
        return closingIndex + str.Length - 1;
    }

    private static TagExpResult? ReadTagExp(string xmlData, int i, bool removeNSPrefix, string closingChar = ">")
    {
        var result = TagExpWithClosingIndex(xmlData, i + 1, closingChar);
        if (result is null) return null;
        var tagExp = result.Value.Data;
        var closeIndex = result.Value.Index;
        var separatorIndex = JsString.SearchWhiteSpace(tagExp);
        var tagName = tagExp;
        var attrExpPresent = true;
        if (separatorIndex != -1)
        {
            // separate tag name and attributes expression
            tagName = tagExp[..separatorIndex];
            tagExp = JsString.TrimStart(tagExp[(separatorIndex + 1)..]);
        }

        var rawTagName = tagName;
        if (removeNSPrefix)
        {
            var colonIndex = tagName.IndexOf(':');
            if (colonIndex != -1)
            {
                tagName = JsString.Substr(tagName, colonIndex + 1);
                attrExpPresent = tagName != JsString.Substr(result.Value.Data, colonIndex + 1);
            }
        }
        return new TagExpResult(tagName, tagExp, closeIndex, attrExpPresent, rawTagName);
    }

    // ───────────────────────────── DocTypeReader.js ─────────────────────────────

    private static class DocTypeReader
    {
        private const string NameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
        private const string NameChar = NameStartChar + "\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
        private static readonly Regex RegexName = new("^[" + NameStartChar + "][" + NameChar + "]*\\z");

        private static bool IsName(string s) => RegexName.IsMatch(s);

        private static bool IsWs(string data, int i) => i < data.Length && JsString.IsWhiteSpace(data[i]);

        // JS toUpperCase (full case mapping is approximated by .NET's invariant mapping; see the notes in Xml.cs)
        private static string Upper(string s) => s.ToUpperInvariant();

        public static (OrderedDictionary<string, (Regex Regx, string Val)> Entities, int I) ReadDocType(string xmlData, int i)
        {
            var entities = new OrderedDictionary<string, (Regex, string)>(StringComparer.Ordinal);
            if (At(xmlData, i + 3) == 'O' && At(xmlData, i + 4) == 'C' && At(xmlData, i + 5) == 'T' &&
                At(xmlData, i + 6) == 'Y' && At(xmlData, i + 7) == 'P' && At(xmlData, i + 8) == 'E')
            {
                i += 9;
                var angleBracketsCount = 1;
                bool hasBody = false, comment = false;
                for (; i < xmlData.Length; i++)
                {
                    if (xmlData[i] == '<' && !comment)
                    {
                        // Determine the tag type
                        if (hasBody && HasSeq(xmlData, "!ENTITY", i))
                        {
                            i += 7;
                            string entityName, val;
                            (entityName, val, i) = ReadEntityExp(xmlData, i + 1);
                            // Parameter entities are not supported. `entities["__proto__"] = …` replaces the object's
                            // prototype instead of adding an entity, and the for…in over it then replaces nothing.
                            if (!val.Contains('&') && entityName != "__proto__")
                            {
                                entities[entityName] = (JsRegExp.Create($"&{entityName};", "g"), val);
                            }
                        }
                        else if (hasBody && HasSeq(xmlData, "!ELEMENT", i))
                        {
                            i += 8; // Not supported
                            i = ReadElementExp(xmlData, i + 1);
                        }
                        else if (hasBody && HasSeq(xmlData, "!ATTLIST", i))
                        {
                            i += 8; // Not supported
                        }
                        else if (hasBody && HasSeq(xmlData, "!NOTATION", i))
                        {
                            i += 9; // Not supported
                            i = ReadNotationExp(xmlData, i + 1);
                        }
                        else if (HasSeq(xmlData, "!--", i))
                        {
                            comment = true;
                        }
                        else
                        {
                            throw new Exception("Invalid DOCTYPE");
                        }

                        angleBracketsCount++;
                    }
                    else if (xmlData[i] == '>')
                    {
                        // Read tag content
                        if (comment)
                        {
                            if (At(xmlData, i - 1) == '-' && At(xmlData, i - 2) == '-')
                            {
                                comment = false;
                                angleBracketsCount--;
                            }
                        }
                        else
                        {
                            angleBracketsCount--;
                        }
                        if (angleBracketsCount == 0) break;
                    }
                    else if (xmlData[i] == '[')
                    {
                        hasBody = true;
                    }
                    // else: the expression text is collected but never used
                }
                if (angleBracketsCount != 0) throw new Exception("Unclosed DOCTYPE");
            }
            else
            {
                throw new Exception("Invalid Tag instead of DOCTYPE");
            }
            return (entities, i);
        }

        private static int SkipWhitespace(string data, int index)
        {
            while (index < data.Length && JsString.IsWhiteSpace(data[index])) index++;
            return index;
        }

        private static (string Name, string Value, int I) ReadEntityExp(string xmlData, int i)
        {
            i = SkipWhitespace(xmlData, i);

            // Read entity name
            var entityName = new StringBuilder();
            while (i < xmlData.Length && !JsString.IsWhiteSpace(xmlData[i]) && xmlData[i] != '"' && xmlData[i] != '\'')
            {
                entityName.Append(xmlData[i]);
                i++;
            }
            ValidateEntityName(entityName.ToString());

            i = SkipWhitespace(xmlData, i);

            // Check for unsupported constructs (external entities or parameter entities)
            if (Upper(JsString.Substring(xmlData, i, i + 6)) == "SYSTEM")
            {
                throw new Exception("External entities are not supported");
            }
            if (At(xmlData, i) == '%')
            {
                throw new Exception("Parameter entities are not supported");
            }

            // Read entity value (internal entity)
            string entityValue;
            (i, entityValue) = ReadIdentifierVal(xmlData, i, "entity");
            i--;
            return (entityName.ToString(), entityValue, i);
        }

        private static int ReadNotationExp(string xmlData, int i)
        {
            i = SkipWhitespace(xmlData, i);

            // Read notation name
            var notationName = new StringBuilder();
            while (i < xmlData.Length && !JsString.IsWhiteSpace(xmlData[i]))
            {
                notationName.Append(xmlData[i]);
                i++;
            }
            ValidateEntityName(notationName.ToString());

            i = SkipWhitespace(xmlData, i);

            // Check identifier type (SYSTEM or PUBLIC)
            var identifierType = Upper(JsString.Substring(xmlData, i, i + 6));
            if (identifierType != "SYSTEM" && identifierType != "PUBLIC")
            {
                throw new Exception($"Expected SYSTEM or PUBLIC, found \"{identifierType}\"");
            }
            i += identifierType.Length;

            i = SkipWhitespace(xmlData, i);

            if (identifierType == "PUBLIC")
            {
                (i, _) = ReadIdentifierVal(xmlData, i, "publicIdentifier");
                i = SkipWhitespace(xmlData, i);
                // Optionally read system identifier
                if (At(xmlData, i) is '"' or '\'')
                {
                    (i, _) = ReadIdentifierVal(xmlData, i, "systemIdentifier");
                }
            }
            else
            {
                // Read system identifier (mandatory for SYSTEM)
                string systemIdentifier;
                (i, systemIdentifier) = ReadIdentifierVal(xmlData, i, "systemIdentifier");
                if (systemIdentifier.Length == 0)
                {
                    throw new Exception("Missing mandatory system identifier for SYSTEM notation");
                }
            }
            return --i;
        }

        private static (int I, string Value) ReadIdentifierVal(string xmlData, int i, string type)
        {
            var identifierVal = new StringBuilder();
            var startChar = At(xmlData, i);
            if (startChar is not ('"' or '\''))
            {
                throw new Exception($"Expected quoted string, found \"{JsString.CharOrUndefined(xmlData, i)}\"");
            }
            i++;

            while (i < xmlData.Length && xmlData[i] != startChar)
            {
                identifierVal.Append(xmlData[i]);
                i++;
            }

            if (At(xmlData, i) != startChar)
            {
                throw new Exception($"Unterminated {type} value");
            }
            i++;
            return (i, identifierVal.ToString());
        }

        private static int ReadElementExp(string xmlData, int i)
        {
            i = SkipWhitespace(xmlData, i);

            // Read element name
            var elementName = new StringBuilder();
            while (i < xmlData.Length && !JsString.IsWhiteSpace(xmlData[i]))
            {
                elementName.Append(xmlData[i]);
                i++;
            }

            // Validate element name (validateEntityName throws before the "Invalid element name" check can fire)
            ValidateEntityName(elementName.ToString());

            i = SkipWhitespace(xmlData, i);
            // Expect '(' to start content model
            if (At(xmlData, i) == 'E' && HasSeq(xmlData, "MPTY", i)) i += 6;
            else if (At(xmlData, i) == 'A' && HasSeq(xmlData, "NY", i)) i += 4;
            else if (At(xmlData, i) == '(')
            {
                i++; // Move past '('
                while (i < xmlData.Length && xmlData[i] != ')') i++;
                if (At(xmlData, i) != ')') throw new Exception("Unterminated content model");
            }
            else
            {
                throw new Exception($"Invalid Element Expression, found \"{JsString.CharOrUndefined(xmlData, i)}\"");
            }
            return i;
        }

        private static bool HasSeq(string data, string seq, int i)
        {
            for (var j = 0; j < seq.Length; j++)
            {
                if (At(data, i + j + 1) != seq[j]) return false;
            }
            return true;
        }

        private static void ValidateEntityName(string name)
        {
            if (!IsName(name)) throw new Exception($"Invalid entity name {name}");
        }
    }

    // ───────────────────────────── node2json.js ─────────────────────────────

    // compress(arr, options, jPath)
    private static JsObj Compress(List<ChildEntry> arr)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        object? text = null; // undefined
        var compressedObj = new JsObj();
        foreach (var tagObj in arr)
        {
            // propName(tagObj): the first key that is not ":@"
            if (tagObj.Key == ":@") continue; // a tag named ":@" has no other key: property undefined
            var property = tagObj.Key;

            if (property == TextNodeName)
            {
                // a text entry's string, or (for a tag named "#text") its raw child array
                object value = tagObj.Text ?? (object)new JsArr(tagObj.Child!.Select(RawEntry).ToList());
                if (text is null) text = value;
                else text = ToJsString(text) + ToJsString(value);
            }
            else if (tagObj.Child is not null)
            {
                // tagObj[property] is truthy: a child array (text entries are only ever keyed "#text")
                object val = Compress(tagObj.Child!);
                var valObj = (JsObj)val;
                if (tagObj.Attributes is not null)
                {
                    foreach (var (attrName, attrValue) in tagObj.Attributes.Props) valObj.Set(attrName, attrValue);
                }
                else if (valObj.Count == 1 && valObj.Get(TextNodeName) is { } textValue)
                {
                    val = textValue;
                }
                else if (valObj.Count == 0)
                {
                    val = "";
                }

                // `compressedObj[property] !== undefined && compressedObj.hasOwnProperty(property)`: the lookup is
                // defined for an own key or an Object.prototype member; hasOwnProperty is then called, which
                // throws once a tag named "hasOwnProperty" has become an own (non-function) property.
                var existing = compressedObj.Get(property);
                var isDuplicate = false;
                if (existing is not null || ObjectPrototypeMembers.Contains(property))
                {
                    if (compressedObj.Get("hasOwnProperty") is not null)
                    {
                        throw new JsTypeError("compressedObj.hasOwnProperty is not a function");
                    }
                    isDuplicate = existing is not null;
                }
                if (isDuplicate)
                {
                    if (existing is not JsArr existingArr)
                    {
                        existingArr = new JsArr([existing!]);
                        compressedObj.Set(property, existingArr);
                    }
                    existingArr.Items.Add(val);
                }
                else
                {
                    compressedObj.Set(property, val);
                }
            }
        }
        if (text is string s)
        {
            if (s.Length > 0) compressedObj.Set(TextNodeName, s);
        }
        else if (text is not null)
        {
            compressedObj.Set(TextNodeName, text);
        }
        return compressedObj;
    }

    private static readonly HashSet<string> ObjectPrototypeMembers =
    [
        "constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty", "__lookupGetter__", "__lookupSetter__",
        "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString",
    ];

    // A child entry as the JS object it is ({tag: [...], ":@": {...}} or {"#text": "..."}), for the one
    // case where raw entries surface: a tag named "#text".
    private static object RawEntry(ChildEntry entry)
    {
        var o = new JsObj();
        if (entry.Text is not null)
        {
            o.Set(entry.Key, entry.Text);
        }
        else
        {
            o.Set(entry.Key, new JsArr(entry.Child!.Select(RawEntry).ToList()));
            if (entry.Attributes is not null) o.Set(":@", entry.Attributes);
        }
        return o;
    }

    // ───────────────────────────── to System.Text.Json ─────────────────────────────

    private static JsonNode ToJson(object value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case string s:
                return JsonValue.Create(s);
            case JsArr a:
            {
                var arr = new JsonArray();
                foreach (var item in a.Items) arr.Add(ToJson(item));
                return arr;
            }
            case JsObj o:
            {
                var obj = new JsonObject();
                // JS own-key order: array-index keys ascending, then string keys in insertion order
                var indexKeys = o.Props.Keys.Where(IsArrayIndex).OrderBy(k => uint.Parse(k, CultureInfo.InvariantCulture));
                foreach (var key in indexKeys.Concat(o.Props.Keys.Where(k => !IsArrayIndex(k))))
                {
                    obj[key] = ToJson(o.Props[key]);
                }
                return obj;
            }
            default:
                throw new InvalidOperationException($"unexpected value {value.GetType()}");
        }
    }

    private static bool IsArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10) return false;
        if (key.Length > 1 && key[0] == '0') return false;
        foreach (var c in key) if (c is < '0' or > '9') return false;
        return ulong.Parse(key, CultureInfo.InvariantCulture) < uint.MaxValue;
    }
}
