// JavaScript number helpers the ported tools need: parseInt, and Array.prototype.slice with number arguments.
// Not a Codex file.
using System.Globalization;

namespace Lapce.Tools.Utils;

public static class JsNumber
{
    /// <summary>
    /// <c>parseInt(string, radix)</c> for radix 2..36, or 0 / omitted as JS's <c>parseInt(string)</c>: decimal, or
    /// hexadecimal after "0x"/"0X". Leading JS whitespace, an optional sign, then the longest run of digits; NaN when
    /// there is none. A null string is <c>undefined</c> ("undefined" has no decimal digits: NaN).
    /// </summary>
    public static double ParseInt(string? s, int radix = 0)
    {
        if (s is null) return double.NaN;
        var i = 0;
        while (i < s.Length && JsString.IsWhiteSpace(s[i])) i++;
        var sign = 1;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            if (s[i] == '-') sign = -1;
            i++;
        }
        if (radix is 0 or 16 && i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        {
            radix = 16;
            i += 2;
        }
        if (radix == 0) radix = 10;
        var start = i;
        double value = 0;
        while (i < s.Length && DigitValue(s[i]) is var d && d >= 0 && d < radix)
        {
            value = value * radix + d;
            i++;
        }
        if (i == start) return double.NaN;
        if (radix == 10 && i - start > 15)
        {
            // Long decimal runs: the correctly rounded value, as JS computes it.
            value = double.Parse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return sign * value;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>ToIntegerOrInfinity, then clamped to <c>[0, length]</c> as slice does with a relative index.</summary>
    public static int RelativeIndex(double index, int length)
    {
        if (double.IsNaN(index)) index = 0;
        index = Math.Truncate(index);
        if (index < 0) return (int)Math.Max(length + index, 0);
        return (int)Math.Min(index, length);
    }

    /// <summary><c>array.slice(start, end?)</c> with number arguments (NaN is 0, negatives count from the end).</summary>
    public static List<T> Slice<T>(IReadOnlyList<T> list, double start, double? end = null)
    {
        var from = RelativeIndex(start, list.Count);
        var to = end is { } e ? RelativeIndex(e, list.Count) : list.Count;
        var result = new List<T>(Math.Max(to - from, 0));
        for (var i = from; i < to; i++) result.Add(list[i]);
        return result;
    }
}
