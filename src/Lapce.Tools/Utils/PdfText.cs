// The text of simple PDFs as pdf-parse 1.1.1 (pdf.js 1.10.100) gives it. Not a Codex file, and not a PDF library:
// no PDF text extractor is in the package registries reachable here, so this reads what simple generated PDFs hold
// (classic xref or none, uncompressed or FlateDecode content streams, simple fonts whose bytes are their character
// codes) and reproduces pdf-parse's render_page: the text items of each page, a "\n" between items whose baseline
// (transform[5]) differs, "\n\n" before every page. What differs from pdf.js: font encodings / ToUnicode maps, CID
// fonts, object streams, pdf.js's fake spaces (only the single space of a wide TJ gap is made here), encryption, and
// pdf.js 1.10's "bad XRef entry", which it raises on some runs for files under 4 KB (depending on the process).
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Lapce.Tools.Utils;

public static class PdfText
{
    /// <summary>pdf-parse's <c>data.text</c>.</summary>
    public static string Parse(byte[] bytes)
    {
        var latin1 = Encoding.Latin1.GetString(bytes);
        if (!latin1.Contains("%PDF-", StringComparison.Ordinal))
            throw new JsError("InvalidPDFException", "Invalid PDF structure");
        var objects = new Dictionary<int, string>();
        foreach (Match m in Regex.Matches(latin1, @"(\d+)\s+(\d+)\s+obj\b(.*?)\bendobj", RegexOptions.Singleline))
            objects[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Groups[3].Value;

        var rootRef = Regex.Match(latin1, @"/Root\s+(\d+)\s+\d+\s+R");
        if (!rootRef.Success) throw new JsError("InvalidPDFException", "Invalid PDF structure");
        var catalog = objects.GetValueOrDefault(int.Parse(rootRef.Groups[1].Value, CultureInfo.InvariantCulture)) ?? "";
        var pagesRef = Regex.Match(catalog, @"/Pages\s+(\d+)\s+\d+\s+R");
        var pages = new List<string>();
        if (pagesRef.Success) CollectPages(objects, int.Parse(pagesRef.Groups[1].Value, CultureInfo.InvariantCulture), pages, 0);

        var text = new StringBuilder();
        foreach (var page in pages)
        {
            var content = new StringBuilder();
            var contents = Regex.Match(page, @"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)");
            if (contents.Success)
                foreach (Match r in Regex.Matches(contents.Groups[1].Value, @"(\d+)\s+\d+\s+R"))
                    content.Append(StreamData(objects.GetValueOrDefault(int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture)) ?? "")).Append('\n');
            text.Append("\n\n").Append(RenderPage(content.ToString()));
        }
        return text.ToString();
    }

    private static void CollectPages(Dictionary<int, string> objects, int id, List<string> pages, int depth)
    {
        if (depth > 32 || !objects.TryGetValue(id, out var obj)) return;
        if (Regex.IsMatch(obj, @"/Type\s*/Pages\b"))
        {
            var kids = Regex.Match(obj, @"/Kids\s*\[([^\]]*)\]");
            foreach (Match r in Regex.Matches(kids.Groups[1].Value, @"(\d+)\s+\d+\s+R"))
                CollectPages(objects, int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture), pages, depth + 1);
        }
        else if (Regex.IsMatch(obj, @"/Type\s*/Page\b"))
        {
            pages.Add(obj);
        }
    }

    private static string StreamData(string obj)
    {
        var start = obj.IndexOf("stream", StringComparison.Ordinal);
        if (start < 0) return "";
        start += "stream".Length;
        if (start < obj.Length && obj[start] == '\r') start++;
        if (start < obj.Length && obj[start] == '\n') start++;
        var end = obj.LastIndexOf("endstream", StringComparison.Ordinal);
        if (end < start) return "";
        var data = Encoding.Latin1.GetBytes(obj[start..end]);
        if (Regex.IsMatch(obj[..start], @"/Filter\s*(\[\s*)?/FlateDecode"))
        {
            using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var o = new MemoryStream();
            try { z.CopyTo(o); } catch (InvalidDataException) { }
            data = o.ToArray();
        }
        return Encoding.Latin1.GetString(data);
    }

    /// <summary>render_page: items joined, "\n" when the baseline changes.</summary>
    private static string RenderPage(string content)
    {
        var items = TextItems(content);
        var sb = new StringBuilder();
        double? lastY = null;
        foreach (var (str, y) in items)
        {
            // if (lastY == item.transform[5] || !lastY) text += item.str; else text += '\n' + item.str
            if (lastY == y || lastY is null or 0) sb.Append(str);
            else sb.Append('\n').Append(str);
            lastY = y;
        }
        return sb.ToString();
    }

    private static List<(string Str, double Y)> TextItems(string content)
    {
        var items = new List<(string, double)>();
        var operands = new List<object>();
        double[] ctm = [1, 0, 0, 1, 0, 0];
        var ctmStack = new Stack<double[]>();
        double[] tm = [1, 0, 0, 1, 0, 0], tlm = [1, 0, 0, 1, 0, 0];
        double leading = 0;
        int i = 0;
        double Y() => tm[4] * ctm[1] + tm[5] * ctm[3] + ctm[5];
        void Show(string s)
        {
            if (items.Count > 0 && items[^1].Item2 == Y() && operands.Count >= 0) items[^1] = (items[^1].Item1 + s, Y());
            else items.Add((s, Y()));
        }
        void NextLine(double tx, double ty)
        {
            tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tx * tlm[0] + ty * tlm[2] + tlm[4], tx * tlm[1] + ty * tlm[3] + tlm[5]];
            tm = (double[])tlm.Clone();
        }
        double Num(int k) => operands.Count > k && operands[k] is double d ? d : 0;
        while (i < content.Length)
        {
            char c = content[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '%') { while (i < content.Length && content[i] is not ('\n' or '\r')) i++; continue; }
            if (c == '(') { operands.Add(ReadLiteral(content, ref i)); continue; }
            if (c == '<' && i + 1 < content.Length && content[i + 1] != '<') { operands.Add(ReadHex(content, ref i)); continue; }
            if (c == '[') { operands.Add("["); i++; continue; }
            if (c == ']')
            {
                int open = operands.LastIndexOf("[");
                var arr = open >= 0 ? operands.Skip(open + 1).ToList() : [];
                if (open >= 0) operands.RemoveRange(open, operands.Count - open);
                operands.Add(arr);
                i++;
                continue;
            }
            if (c == '/' ) { int s = ++i; while (i < content.Length && !IsDelim(content[i])) i++; operands.Add(new Name(content[s..i])); continue; }
            if (c == '<' || c == '>' || c == '{' || c == '}') { i++; continue; }
            int st = i;
            while (i < content.Length && !IsDelim(content[i])) i++;
            if (i == st) { i++; continue; }
            var token = content[st..i];
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var num)) { operands.Add(num); continue; }
            switch (token)
            {
                case "q": ctmStack.Push((double[])ctm.Clone()); break;
                case "Q": if (ctmStack.Count > 0) ctm = ctmStack.Pop(); break;
                case "cm":
                    double[] m = [Num(0), Num(1), Num(2), Num(3), Num(4), Num(5)];
                    ctm = [m[0] * ctm[0] + m[1] * ctm[2], m[0] * ctm[1] + m[1] * ctm[3], m[2] * ctm[0] + m[3] * ctm[2],
                           m[2] * ctm[1] + m[3] * ctm[3], m[4] * ctm[0] + m[5] * ctm[2] + ctm[4], m[4] * ctm[1] + m[5] * ctm[3] + ctm[5]];
                    break;
                case "BT": tm = [1, 0, 0, 1, 0, 0]; tlm = [1, 0, 0, 1, 0, 0]; break;
                case "Td": NextLine(Num(0), Num(1)); break;
                case "TD": leading = -Num(1); NextLine(Num(0), Num(1)); break;
                case "TL": leading = Num(0); break;
                case "Tm": tlm = [Num(0), Num(1), Num(2), Num(3), Num(4), Num(5)]; tm = (double[])tlm.Clone(); break;
                case "T*": NextLine(0, -leading); break;
                case "Tj": if (operands.Count > 0 && operands[^1] is string s1) Show(s1); break;
                case "'": NextLine(0, -leading); if (operands.Count > 0 && operands[^1] is string s2) Show(s2); break;
                case "\"": NextLine(0, -leading); if (operands.Count > 0 && operands[^1] is string s3) Show(s3); break;
                case "TJ":
                    if (operands.Count > 0 && operands[^1] is List<object> parts)
                    {
                        // pdf.js's fake space: a gap wider than 0.3 of a standard font's space (278/1000 em)
                        var sb = new StringBuilder();
                        foreach (var part in parts)
                        {
                            if (part is string str) sb.Append(str);
                            else if (part is double gap && -gap > 0.3 * 278) sb.Append(' ');
                        }
                        Show(sb.ToString());
                    }
                    break;
            }
            operands.Clear();
        }
        return items;
    }

    private sealed record Name(string Value);

    private static bool IsDelim(char c) => char.IsWhiteSpace(c) || c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';

    private static string ReadLiteral(string s, ref int i)
    {
        var sb = new StringBuilder();
        int depth = 0;
        i++;
        while (i < s.Length)
        {
            char c = s[i++];
            if (c == '\\' && i < s.Length)
            {
                char e = s[i++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case '\r': if (i < s.Length && s[i] == '\n') i++; break;
                    case '\n': break;
                    default:
                        if (e is >= '0' and <= '7')
                        {
                            int v = e - '0', n = 1;
                            while (n < 3 && i < s.Length && s[i] is >= '0' and <= '7') { v = v * 8 + (s[i++] - '0'); n++; }
                            sb.Append((char)(v & 0xff));
                        }
                        else sb.Append(e);
                        break;
                }
            }
            else if (c == '(') { depth++; sb.Append(c); }
            else if (c == ')') { if (depth == 0) break; depth--; sb.Append(c); }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string ReadHex(string s, ref int i)
    {
        int end = s.IndexOf('>', i);
        if (end < 0) end = s.Length;
        var hex = new string(s[(i + 1)..end].Where(Uri.IsHexDigit).ToArray());
        if (hex.Length % 2 == 1) hex += "0";
        i = Math.Min(end + 1, s.Length);
        var sb = new StringBuilder();
        for (int k = 0; k < hex.Length; k += 2) sb.Append((char)Convert.ToByte(hex.Substring(k, 2), 16));
        return sb.ToString();
    }
}
