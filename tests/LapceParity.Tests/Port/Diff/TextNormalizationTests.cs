// Utils/TextNormalization.cs (src/utils/text-normalization.ts). Expected values printed by Codex's
// normalizeString / unescapeHtmlEntities (bundled with esbuild, run under node).
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port.Diff;

public class TextNormalizationTests
{
    [Fact]
    public void DefaultsReplaceQuotesTypographyCollapseAndTrim() =>
        Assert.Equal("\"Hi\" 'there'...-- a b c",
            TextNormalization.NormalizeString("  \u201CHi\u201D \u2018there\u2019\u2026\u2014\u2013 a\u00A0\u00A0b\t\n c  "));

    [Fact]
    public void SmartQuotesOff() =>
        Assert.Equal("\u201CHi\u201D... x", TextNormalization.NormalizeString("  \u201CHi\u201D\u2026  x  ", new NormalizeOptions(SmartQuotes: false)));

    [Fact]
    public void TypographicOff() =>
        Assert.Equal("\"Hi\"\u2026 x", TextNormalization.NormalizeString("  \u201CHi\u201D\u2026  x  ", new NormalizeOptions(TypographicChars: false)));

    [Fact]
    public void WhitespaceCollapseOff() =>
        Assert.Equal("a   b", TextNormalization.NormalizeString("  a \u00A0 b  ", new NormalizeOptions(ExtraWhitespace: false)));

    [Fact]
    public void TrimOff() =>
        Assert.Equal(" a b ", TextNormalization.NormalizeString("  a   b  ", new NormalizeOptions(Trim: false)));

    [Fact]
    public void JavaScriptWhitespaceSet() =>
        // U+FEFF, U+3000 and U+2028 are \s in JavaScript; U+0085 is not.
        Assert.Equal("a b c\u0085d", TextNormalization.NormalizeString("\uFEFFa\u3000b\u2028c\u0085d"));

    [Fact]
    public void AlreadyNormalIsReturnedAsIs()
    {
        const string s = "already normal text";
        Assert.Same(s, TextNormalization.NormalizeString(s));
    }

    [Fact]
    public void UnescapeHtmlEntitiesInOrder()
    {
        Assert.Equal("&lt; <b> \"q\" 's' &amp;", TextNormalization.UnescapeHtmlEntities("&amp;lt; &lt;b&gt; &quot;q&quot; &#39;s&apos; &amp;amp;"));
        Assert.Equal("", TextNormalization.UnescapeHtmlEntities(""));
    }
}
