// Port of src/utils/xml.ts (Kilo Code 4.88.0): parseXml / parseXmlForDiff over fast-xml-parser's XMLParser
// (FastXmlParser.cs, a port of fast-xml-parser 5.2.3) with the options xml.ts sets, and its error wrapping.
// The result is a System.Text.Json node with exactly the parser's shape: objects with the child tags, "#text"
// and "@_"-prefixed attributes, arrays for repeated tags, strings for leaf values (tag values and attribute
// values are never parsed into numbers or booleans).
// Known differences: JS toUpperCase (full case mapping, e.g. "ß" → "SS") is .NET's simple invariant
// mapping in the DOCTYPE SYSTEM/PUBLIC checks (only visible in the text of a DOCTYPE error); the nesting
// depth at which "Maximum call stack size exceeded" occurs differs.
using System.Text.Json.Nodes;

namespace Lapce.Tools.Utils;

public static class Xml
{
    /// <summary>
    /// <c>parseXml(xmlString, stopNodes, { processEntities })</c>. Throws an exception whose message is
    /// "Failed to parse XML: " + the parser's error message.
    /// </summary>
    public static JsonNode? ParseXml(string xml, IReadOnlyList<string>? stopNodes = null, bool processEntities = true)
    {
        var parseStopNodes = stopNodes ?? [];
        try
        {
            var parser = new FastXmlParser(parseStopNodes, processEntities);
            return parser.Parse(xml);
        }
        catch (Exception error)
        {
            // Enhance error message for better debugging
            throw new Exception($"Failed to parse XML: {error.Message}", error);
        }
    }

    /// <summary><c>parseXmlForDiff(xmlString, stopNodes)</c>: parseXml with entity processing disabled.</summary>
    public static JsonNode? ParseXmlForDiff(string xml, IReadOnlyList<string>? stopNodes = null) =>
        ParseXml(xml, stopNodes, processEntities: false);
}
