// Port of pretty-bytes 7.0.0 (npm) for the default options imageHelpers uses: prettyBytes(number). Not a Codex file.
using System.Globalization;

namespace Lapce.Tools.Utils;

public static class PrettyBytes
{
    private static readonly string[] ByteUnits = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];

    /// <summary><c>prettyBytes(number)</c>: base 1000, three significant digits, a space before the unit.</summary>
    public static string Format(double number)
    {
        if (!double.IsFinite(number))
            throw new JsTypeError($"Expected a finite number, got number: {JsJson.NumberToString(number)}");
        bool isNegative = number < 0;
        var prefix = isNegative ? "-" : "";
        if (isNegative) number = -number;
        if (number < 1) return prefix + JsJson.NumberToString(number) + " " + ByteUnits[0];
        int exponent = (int)Math.Min(Math.Floor(Math.Log10(number) / 3), ByteUnits.Length - 1);
        number /= Math.Pow(1000, exponent);
        // Number(number.toPrecision(3))
        number = double.Parse(number.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return prefix + JsJson.NumberToString(number) + " " + ByteUnits[exponent];
    }
}
