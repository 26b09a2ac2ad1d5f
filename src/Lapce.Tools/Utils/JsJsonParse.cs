// JSON.parse as V8 runs it in Node 20 (V8 11.3, src/json/json-parser.cc): the values a JS program gets (objects with
// JS property order, numbers as doubles, duplicate keys keeping their first position with the last value) and, on bad
// input, the SyntaxError V8 throws, message for message ("Unexpected token 'x', "…" is not valid JSON", "Expected ','
// or '}' after property value in JSON at position 6", …), because callers show error.message. Not a Codex file.
using System.Globalization;
using System.Text;

namespace Lapce.Tools.Utils;

/// <summary>A JavaScript SyntaxError.</summary>
public sealed class JsSyntaxError(string message) : JsError("SyntaxError", message);

public static class JsJsonParse
{
    /// <summary>
    /// <c>JSON.parse(text)</c>. Values: null, bool, double, string, <see cref="JsObject"/> (integer-like keys first, in
    /// ascending order, then the others in insertion order, as JS objects enumerate), <c>List&lt;object?&gt;</c>.
    /// Throws <see cref="JsSyntaxError"/> with V8's message.
    /// </summary>
    public static object? Parse(string text) => new Parser(text).ParseJson();

    /// <summary>The SDK's <c>safeJSON(text)</c>: the parsed value, or <see cref="JsJson.Undefined"/> when JSON.parse throws.</summary>
    public static object? SafeParse(string text)
    {
        try { return Parse(text); }
        catch (JsSyntaxError) { return JsJson.Undefined; }
    }

    private enum Token { Eos, Number, String, LBrace, RBrace, LBrack, RBrack, True, False, Null, Whitespace, Colon, Comma, Illegal }

    private const int EndOfString = -1;
    private const int MaxContextCharacters = 10;
    private const int MinOriginalSourceLengthForContext = MaxContextCharacters * 2 + 1;

    private static Token OneCharToken(int c) => c switch
    {
        EndOfString => Token.Eos,
        '"' => Token.String,
        '-' or (>= '0' and <= '9') => Token.Number,
        '{' => Token.LBrace,
        '}' => Token.RBrace,
        '[' => Token.LBrack,
        ']' => Token.RBrack,
        't' => Token.True,
        'f' => Token.False,
        'n' => Token.Null,
        ' ' or '\t' or '\r' or '\n' => Token.Whitespace,
        ':' => Token.Colon,
        ',' => Token.Comma,
        _ => Token.Illegal,
    };

    private sealed class Parser(string source)
    {
        private int _cursor;
        private Token _next;

        private int Current => _cursor < source.Length ? source[_cursor] : EndOfString;

        private int NextCharacter()
        {
            _cursor++;
            return Current;
        }

        private void SkipWhitespace()
        {
            _next = Token.Eos;
            while (_cursor < source.Length)
            {
                var c = source[_cursor];
                var t = c <= 0xFF ? OneCharToken(c) : Token.Illegal;
                if (t != Token.Whitespace)
                {
                    _next = t;
                    return;
                }
                _cursor++;
            }
        }

        private bool Check(Token token)
        {
            SkipWhitespace();
            if (_next != token) return false;
            _cursor++;
            return true;
        }

        private void ExpectNext(Token token, string message)
        {
            SkipWhitespace();
            if (_next == token) _cursor++;
            else throw Report(_next, message);
        }

        private void Expect(Token token, string message)
        {
            if (_next == token) _cursor++;
            else throw Report(_next, message);
        }

        private JsSyntaxError ReportUnexpectedCharacter(int c)
        {
            var token = c == EndOfString ? Token.Eos : c <= 0xFF ? OneCharToken(c) : Token.Illegal;
            return Report(token, null);
        }

        /// <summary>ReportUnexpectedToken: a given message (with the position) wins; else the message for the token.</summary>
        private JsSyntaxError Report(Token token, string? message)
        {
            var pos = _cursor;
            if (message is not null) return new JsSyntaxError(message.Replace("%", pos.ToString(CultureInfo.InvariantCulture)));
            switch (token)
            {
                case Token.Eos: return new JsSyntaxError("Unexpected end of JSON input");
                case Token.Number: return new JsSyntaxError($"Unexpected number in JSON at position {pos}");
                case Token.String: return new JsSyntaxError($"Unexpected string in JSON at position {pos}");
            }
            if (source is "[object Object]" or "undefined" or "Infinity" or "NaN")
                return new JsSyntaxError($"\"{source}\" is not valid JSON");
            var ch = _cursor < source.Length ? source[_cursor].ToString() : "";
            var length = source.Length;
            if (length < MinOriginalSourceLengthForContext)
                return new JsSyntaxError($"Unexpected token '{ch}', \"{source}\" is not valid JSON");
            if (pos < MaxContextCharacters)
                return new JsSyntaxError($"Unexpected token '{ch}', \"{source[..(pos + MaxContextCharacters)]}\"... is not valid JSON");
            if (pos < length - MaxContextCharacters)
                return new JsSyntaxError($"Unexpected token '{ch}', ...\"{source.Substring(pos - MaxContextCharacters, 2 * MaxContextCharacters)}\"... is not valid JSON");
            return new JsSyntaxError($"Unexpected token '{ch}', ...\"{source[(pos - MaxContextCharacters)..]}\" is not valid JSON");
        }

        public object? ParseJson()
        {
            var value = ParseJsonValue();
            if (!Check(Token.Eos))
                throw Report(_next, "Unexpected non-whitespace character after JSON at position %");
            return value;
        }

        private sealed class Frame(bool isObject)
        {
            public bool IsObject { get; } = isObject;
            public List<KeyValuePair<string, object?>> Properties { get; } = [];
            public List<object?> Elements { get; } = [];
            public string PendingKey { get; set; } = "";
        }

        private object? ParseJsonValue()
        {
            var stack = new Stack<Frame>();
            object? value;
            while (true)
            {
                // Produce a value.
                while (true)
                {
                    SkipWhitespace();
                    switch (_next)
                    {
                        case Token.String:
                            _cursor++;
                            value = ScanJsonString();
                            break;
                        case Token.Number:
                            value = ParseJsonNumber();
                            break;
                        case Token.LBrace:
                        {
                            _cursor++;
                            if (Check(Token.RBrace))
                            {
                                value = new JsObject();
                                break;
                            }
                            var frame = new Frame(isObject: true);
                            stack.Push(frame);
                            ExpectNext(Token.String, "Expected property name or '}' in JSON at position %");
                            frame.PendingKey = ScanJsonString();
                            ExpectNext(Token.Colon, "Expected ':' after property name in JSON at position %");
                            continue;
                        }
                        case Token.LBrack:
                            _cursor++;
                            if (Check(Token.RBrack))
                            {
                                value = new List<object?>();
                                break;
                            }
                            stack.Push(new Frame(isObject: false));
                            continue;
                        case Token.True:
                            ScanLiteral("true");
                            value = true;
                            break;
                        case Token.False:
                            ScanLiteral("false");
                            value = false;
                            break;
                        case Token.Null:
                            ScanLiteral("null");
                            value = null;
                            break;
                        default:
                            throw ReportUnexpectedCharacter(Current);
                    }
                    break;
                }

                // Consume the produced value.
                var produceNext = false;
                while (!produceNext)
                {
                    if (stack.Count == 0) return value;
                    var top = stack.Peek();
                    if (top.IsObject)
                    {
                        top.Properties.Add(new(top.PendingKey, value));
                        if (Check(Token.Comma))
                        {
                            ExpectNext(Token.String, "Expected double-quoted property name in JSON at position %");
                            top.PendingKey = ScanJsonString();
                            // V8 gives no specific message for a missing ':' after a later property's name.
                            SkipWhitespace();
                            if (_next != Token.Colon) throw Report(_next, null);
                            _cursor++;
                            produceNext = true;
                            continue;
                        }
                        value = BuildObject(top.Properties);
                        Expect(Token.RBrace, "Expected ',' or '}' after property value in JSON at position %");
                        stack.Pop();
                    }
                    else
                    {
                        top.Elements.Add(value);
                        if (Check(Token.Comma))
                        {
                            produceNext = true;
                            continue;
                        }
                        value = top.Elements;
                        Expect(Token.RBrack, "Expected ',' or ']' after array element in JSON at position %");
                        stack.Pop();
                    }
                }
            }
        }

        /// <summary>A JS object from parsed properties: a repeated key keeps its first place and takes the last value; array-index keys come first, ascending.</summary>
        private static JsObject BuildObject(List<KeyValuePair<string, object?>> properties)
        {
            var order = new List<string>();
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (k, v) in properties)
            {
                if (!values.ContainsKey(k)) order.Add(k);
                values[k] = v;
            }
            var o = new JsObject();
            foreach (var k in order.Where(k => ArrayIndex(k) is not null).OrderBy(k => ArrayIndex(k)!.Value)) o[k] = values[k];
            foreach (var k in order.Where(k => ArrayIndex(k) is null)) o[k] = values[k];
            return o;
        }

        /// <summary>The array index a property key stands for (canonical decimal below 2^32 - 1), or null.</summary>
        public static uint? ArrayIndex(string key)
        {
            if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0')) return null;
            foreach (var c in key) if (c is < '0' or > '9') return null;
            var n = ulong.Parse(key, CultureInfo.InvariantCulture);
            return n < uint.MaxValue ? (uint)n : null;
        }

        private void ScanLiteral(string literal)
        {
            // The first character was checked already.
            var remaining = source.Length - _cursor;
            if (remaining >= literal.Length && string.CompareOrdinal(source, _cursor + 1, literal, 1, literal.Length - 1) == 0)
            {
                _cursor += literal.Length;
                return;
            }
            _cursor++;
            var n = Math.Min(literal.Length - 1, remaining - 1);
            for (var i = 0; i < n; i++)
            {
                if (literal[1 + i] != source[_cursor]) throw ReportUnexpectedCharacter(source[_cursor]);
                _cursor++;
            }
            throw Report(Token.Eos, null);
        }

        private static bool IsDecimalDigit(int c) => c is >= '0' and <= '9';

        private static bool IsNumberPart(int c) => c is >= '0' and <= '9' or '.' or 'e' or 'E' or '-' or '+';

        private object ParseJsonNumber()
        {
            var start = _cursor;
            var sign = 1;
            if (Current == '-')
            {
                _cursor++;
                sign = -1;
            }

            if (Current == '0')
            {
                var c = NextCharacter();
                if (c is >= 0 and <= 0xFF && IsNumberPart(c))
                {
                    if (IsDecimalDigit(c)) throw Report(Token.Number, null);
                }
                else if (sign > 0)
                {
                    return 0.0;
                }
            }
            else
            {
                var digitsStart = _cursor;
                while (IsDecimalDigit(Current)) _cursor++;
                if (digitsStart == _cursor) throw Report(Token.Illegal, "No number after minus sign in JSON at position %");
            }

            if (Current == '.')
            {
                var c = NextCharacter();
                if (!IsDecimalDigit(c)) throw Report(Token.Illegal, "Unterminated fractional number in JSON at position %");
                while (IsDecimalDigit(Current)) _cursor++;
            }

            if (Current is 'e' or 'E')
            {
                var c = NextCharacter();
                if (c is '-' or '+') c = NextCharacter();
                if (!IsDecimalDigit(c)) throw Report(Token.Illegal, "Exponent part is missing a number in JSON at position %");
                while (IsDecimalDigit(Current)) _cursor++;
            }

            var text = source[start.._cursor];
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        private string ScanJsonString()
        {
            var sb = new StringBuilder();
            while (true)
            {
                if (_cursor >= source.Length) throw Report(Token.Illegal, "Unterminated string in JSON at position %");
                var c = source[_cursor];
                if (c == '"')
                {
                    _cursor++;
                    return sb.ToString();
                }
                if (c == '\\')
                {
                    var e = NextCharacter();
                    if (e is < 0 or > 0xFF) throw ReportUnexpectedCharacter(e);
                    switch (e)
                    {
                        case '"': sb.Append('"'); break;
                        case '\\': sb.Append('\\'); break;
                        case '/': sb.Append('/'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'u':
                        {
                            var value = 0;
                            for (var i = 0; i < 4; i++)
                            {
                                var digit = HexValue(NextCharacter());
                                if (digit < 0) throw Report(Token.Illegal, "Bad Unicode escape in JSON at position %");
                                value = value * 16 + digit;
                            }
                            sb.Append((char)value);
                            break;
                        }
                        default:
                            throw Report(Token.Illegal, "Bad escaped character in JSON at position %");
                    }
                    _cursor++;
                    continue;
                }
                if (c < 0x20) throw Report(Token.Illegal, "Bad control character in string literal in JSON at position %");
                sb.Append(c);
                _cursor++;
            }
        }

        private static int HexValue(int c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
    }
}
