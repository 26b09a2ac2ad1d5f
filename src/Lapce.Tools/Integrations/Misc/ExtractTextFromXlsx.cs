// Port of src/integrations/misc/extract-text-from-xlsx.ts (Kilo Code 4.88.0). Codex reads the workbook with exceljs
// 4.4.0; here the package is opened with DocumentFormat.OpenXml and its XML read as exceljs models it: sheets in
// workbook order with their state, rows by number, each row's cells from column 1 to its last <c> (missing ones
// empty), shared / inline strings (runs as rich text), numbers (dates for date number formats, as exceljs's
// isDateFmt decides), booleans, errors, formulas with or without a cached result (a shared formula's followers
// are {sharedFormula, result}, which formatCellValue prints as "[object Object]") and hyperlinks.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Integrations.Misc;

public static partial class ExtractTextFromXlsx
{
    private const int RowLimit = 50000;
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A cell value as exceljs gives it, reduced to what formatCellValue prints.</summary>
    private abstract record CellValue;
    private sealed record TextValue(string Text) : CellValue;           // strings, numbers, booleans: value.toString()
    private sealed record ErrorValue(string Error) : CellValue;         // {error}
    private sealed record DateValue(double Serial) : CellValue;         // Date
    private sealed record FormulaValue(string Formula, string? Result) : CellValue; // {formula, result}
    private sealed record ObjectValue : CellValue;                      // any other object: "[object Object]"
    private sealed record HyperlinkValue(string Text, string Hyperlink) : CellValue;

    private static string FormatCellValue(CellValue? value) => value switch
    {
        null => "",
        ErrorValue e => $"[Error: {e.Error}]",
        DateValue d => ExcelDateToIsoDay(d.Serial),
        HyperlinkValue h => $"{h.Text} ({h.Hyperlink})",
        FormulaValue f => f.Result is not null ? f.Result : $"[Formula: {f.Formula}]",
        ObjectValue => "[object Object]",
        TextValue t => t.Text,
        _ => "",
    };

    /// <summary>utils.excelToDate(v) then toISOString().split("T")[0].</summary>
    private static string ExcelDateToIsoDay(double v)
    {
        var ms = Math.Floor((v - 25569) * 24 * 3600 * 1000 + 0.5);
        var date = DateTime.UnixEpoch.AddMilliseconds(ms);
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary><c>extractTextFromXLSX(filePath)</c>.</summary>
    public static Task<string> ExtractTextFromXLSXAsync(string filePath)
    {
        try
        {
            return Task.FromResult(Extract(NodeFs.ReadFileSync(filePath)));
        }
        catch (Exception e)
        {
            return Task.FromException<string>(e);
        }
    }

    internal static string Extract(byte[] bytes)
    {
        SpreadsheetDocument doc;
        try
        {
            doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or OpenXmlPackageException or FileFormatException)
        {
            // JSZip's answer (exceljs unzips with it) for bytes that are not a zip archive
            throw new JsError("Error",
                "Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/jszip/documentation/howto/read_zip.html");
        }
        using (doc)
        {
            var wbPart = doc.WorkbookPart!;
            var wb = Load(wbPart);
            var shared = wbPart.SharedStringTablePart is { } ssp ? ReadSharedStrings(Load(ssp)) : [];
            var dateStyles = wbPart.WorkbookStylesPart is { } sp ? ReadDateStyles(Load(sp)) : [];
            var excelText = new StringBuilder();

            foreach (var sheet in wb.Root!.Element(S + "sheets")?.Elements(S + "sheet") ?? [])
            {
                var state = (string?)sheet.Attribute("state");
                if (state is "hidden" or "veryHidden") continue;
                var relId = (string?)sheet.Attribute(R + "id");
                if (relId is null || wbPart.GetPartById(relId) is not WorksheetPart wsPart) continue;
                excelText.Append($"--- Sheet: {(string?)sheet.Attribute("name")} ---\n");

                var ws = Load(wsPart);
                var hyperlinks = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var h in ws.Root!.Element(S + "hyperlinks")?.Elements(S + "hyperlink") ?? [])
                {
                    var id = (string?)h.Attribute(R + "id");
                    var target = id is null ? null : wsPart.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString;
                    if (target is not null && (string?)h.Attribute("ref") is { } hr) hyperlinks[hr] = target;
                }

                var rows = new SortedDictionary<int, List<(int Col, CellValue? Value)>>();
                int nextRow = 1;
                var sharedFormulae = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var row in ws.Root.Element(S + "sheetData")?.Elements(S + "row") ?? [])
                {
                    int r = (int?)row.Attribute("r") ?? nextRow;
                    nextRow = r + 1;
                    var cells = new List<(int, CellValue?)>();
                    int nextCol = 1;
                    foreach (var c in row.Elements(S + "c"))
                    {
                        var address = (string?)c.Attribute("r");
                        int col = address is null ? nextCol : ColumnOf(address);
                        nextCol = col + 1;
                        address ??= ColumnName(col) + r;
                        var value = ReadCell(c, address, shared, dateStyles, sharedFormulae);
                        if (hyperlinks.TryGetValue(address, out var link) && value is not null && value is not FormulaValue)
                            value = new HyperlinkValue(FormatCellValue(value), link);
                        cells.Add((col, value));
                    }
                    if (rows.TryGetValue(r, out var existing)) existing.AddRange(cells);
                    else rows[r] = cells;
                }

                foreach (var (rowNumber, cells) in rows)
                {
                    // hasValues: some cell holds a value
                    if (!cells.Any(c => c.Value is not null)) continue;
                    if (rowNumber > RowLimit)
                    {
                        excelText.Append($"[... truncated at row {rowNumber} ...]\n");
                        break;
                    }
                    int maxCol = cells.Max(c => c.Col);
                    var byCol = new Dictionary<int, CellValue?>();
                    foreach (var (col, v) in cells) byCol[col] = v;
                    var rowTexts = new List<string>();
                    bool hasContent = false;
                    for (int col = 1; col <= maxCol; col++)
                    {
                        var cellText = FormatCellValue(byCol.GetValueOrDefault(col));
                        if (JsString.Trim(cellText).Length > 0) hasContent = true;
                        rowTexts.Add(cellText);
                    }
                    if (hasContent) excelText.Append(string.Join("\t", rowTexts)).Append('\n');
                }
                excelText.Append('\n');
            }
            return JsString.Trim(excelText.ToString());
        }
    }

    private static XDocument Load(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    /// <summary>Shared strings: plain text, or rich text (runs) joined.</summary>
    private static List<string> ReadSharedStrings(XDocument doc) =>
        doc.Root!.Elements(S + "si").Select(StringItemText).ToList();

    private static string StringItemText(XElement si)
    {
        var runs = si.Elements(S + "r").ToList();
        if (runs.Count > 0) return string.Concat(runs.Select(r => string.Concat(r.Elements(S + "t").Select(t => t.Value))));
        return string.Concat(si.Elements(S + "t").Select(t => t.Value));
    }

    private static readonly Dictionary<int, string> BuiltinFormats = new()
    {
        [14] = "mm-dd-yy", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy \"h\":mm",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0",
    };

    /// <summary>The cellXfs indexes whose number format is a date format (utils.isDateFmt).</summary>
    private static HashSet<int> ReadDateStyles(XDocument doc)
    {
        var custom = new Dictionary<int, string>();
        foreach (var f in doc.Root!.Element(S + "numFmts")?.Elements(S + "numFmt") ?? [])
            if ((int?)f.Attribute("numFmtId") is { } id) custom[id] = (string?)f.Attribute("formatCode") ?? "";
        var result = new HashSet<int>();
        int index = 0;
        foreach (var xf in doc.Root.Element(S + "cellXfs")?.Elements(S + "xf") ?? [])
        {
            int numFmtId = (int?)xf.Attribute("numFmtId") ?? 0;
            if (numFmtId != 0)
            {
                var fmt = custom.TryGetValue(numFmtId, out var c) ? c : BuiltinFormats.GetValueOrDefault(numFmtId);
                if (IsDateFmt(fmt)) result.Add(index);
            }
            index++;
        }
        return result;
    }

    private static bool IsDateFmt(string? fmt)
    {
        if (string.IsNullOrEmpty(fmt)) return false;
        fmt = Regex.Replace(fmt, @"\[[^\]]*]", "");
        fmt = Regex.Replace(fmt, "\"[^\"]*\"", "");
        return Regex.IsMatch(fmt, "[ymdhMsb]+");
    }

    private static CellValue? ReadCell(XElement c, string address, List<string> shared, HashSet<int> dateStyles, Dictionary<string, string> sharedFormulae)
    {
        var t = (string?)c.Attribute("t");
        var v = c.Element(S + "v")?.Value;
        var f = c.Element(S + "f");
        bool isDate = (int?)c.Attribute("s") is { } s && dateStyles.Contains(s);

        if (f is not null)
        {
            string? result = v is null ? null : t switch
            {
                "str" => v,
                "b" => v == "1" ? "true" : "false",
                "e" => "[object Object]",
                _ => isDate ? null : JsJson.NumberToString(ParseFloat(v)),
            };
            if ((string?)f.Attribute("t") == "shared" && (string?)f.Attribute("si") is { } si)
            {
                if (f.Attribute("ref") is not null) sharedFormulae[si] = address;
                else return new ObjectValue(); // {sharedFormula, result}: no "formula" key
            }
            return new FormulaValue(f.Value, result);
        }

        switch (t)
        {
            case "s":
                if (v is null) return null;
                var i = (int)ParseFloat(v);
                return new TextValue(i >= 0 && i < shared.Count ? shared[i] : "undefined");
            case "inlineStr":
                var isEl = c.Element(S + "is");
                return isEl is null ? null : new TextValue(StringItemText(isEl));
            case "str":
                return v is null ? null : new TextValue(v);
            case "b":
                return v is null ? null : new TextValue(ParseFloat(v) != 0 ? "true" : "false");
            case "e":
                return v is null ? null : new ErrorValue(v);
            default:
                if (v is null) return null;
                var n = ParseFloat(v);
                return isDate ? new DateValue(n) : new TextValue(JsJson.NumberToString(n));
        }
    }

    private static double ParseFloat(string s) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;

    private static int ColumnOf(string address)
    {
        int col = 0;
        foreach (var ch in address)
        {
            if (ch is >= 'A' and <= 'Z') col = col * 26 + (ch - 'A' + 1);
            else if (ch is >= 'a' and <= 'z') col = col * 26 + (ch - 'a' + 1);
            else break;
        }
        return col;
    }

    private static string ColumnName(int col)
    {
        var sb = new StringBuilder();
        while (col > 0)
        {
            int m = (col - 1) % 26;
            sb.Insert(0, (char)('A' + m));
            col = (col - 1) / 26;
        }
        return sb.ToString();
    }
}
