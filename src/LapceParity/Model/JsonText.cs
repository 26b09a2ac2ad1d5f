using System.Text;
using System.Text.Json.Nodes;
using Lapce.Tools.Utils;

namespace LapceParity.Model;

/// <summary>
/// JSON text that keeps lone UTF-16 surrogates, as JavaScript does. A message streamed one code unit at a time splits
/// emoji, so chunks, snapshots and transcripts can hold half a surrogate pair. System.Text.Json cannot read such
/// an escape and writes it as U+FFFD, so every protocol line and case goes through here instead.
/// </summary>
public static class JsonText
{
    // A private-use character that stands for "the next four hex digits are a lone surrogate" while System.Text.Json parses.
    private const char Placeholder = '\uF8FF';

    public static string Write(JsonNode? node) => JsJson.Stringify(node) ?? "null";

    public static JsonNode? Parse(string json)
    {
        var escaped = HideLoneSurrogateEscapes(json, out var any);
        var node = JsonNode.Parse(escaped);
        return any ? Restore(node) : node;
    }

    private static string HideLoneSurrogateEscapes(string json, out bool any)
    {
        any = false;
        StringBuilder? sb = null;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (c != '\\' || i + 1 >= json.Length) { sb?.Append(c); continue; }
            if (json[i + 1] != 'u' || i + 5 >= json.Length)
            {
                sb?.Append(c).Append(json[i + 1]);
                i++;
                continue;
            }
            var unit = Convert.ToInt32(json.Substring(i + 2, 4), 16);
            var lone = false;
            if (unit is >= 0xD800 and <= 0xDBFF)
                lone = !(i + 11 < json.Length && json[i + 6] == '\\' && json[i + 7] == 'u'
                         && Convert.ToInt32(json.Substring(i + 8, 4), 16) is >= 0xDC00 and <= 0xDFFF);
            else if (unit is >= 0xDC00 and <= 0xDFFF)
                lone = true; // a low surrogate that follows a high one was consumed with it below
            if (lone)
            {
                sb ??= new StringBuilder(json, 0, i, json.Length + 16);
                sb.Append(Placeholder).Append(json, i + 2, 4);
                any = true;
                i += 5;
            }
            else if (unit is >= 0xD800 and <= 0xDBFF)
            {
                sb?.Append(json, i, 12); // a whole pair
                i += 11;
            }
            else
            {
                sb?.Append(json, i, 6);
                i += 5;
            }
        }
        return sb?.ToString() ?? json;
    }

    private static JsonNode? Restore(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(RestoreString(kv.Key), Restore(kv.Value))).ToList()),
        JsonArray a => new JsonArray(a.Select(Restore).ToArray()),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(RestoreString(v.GetValue<string>())),
        _ => node.DeepClone(),
    };

    private static string RestoreString(string s)
    {
        if (s.IndexOf(Placeholder) < 0) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == Placeholder && i + 4 < s.Length)
            {
                sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 4), 16));
                i += 4;
            }
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>How a lone surrogate appears once normalized: visible, and safe for any JSON writer.</summary>
    public static string MarkLoneSurrogates(string s)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var lone = char.IsHighSurrogate(c) ? !(i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                : char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(s[i - 1]));
            if (lone)
            {
                sb ??= new StringBuilder(s, 0, i, s.Length + 16);
                sb.Append($"⟨lone U+{(int)c:X4}⟩");
            }
            else sb?.Append(c);
        }
        return sb?.ToString() ?? s;
    }
}
