// Utils/FastestLevenshtein.cs (fastest-levenshtein 1.0.16's distance). Expected values printed by the npm
// package itself (node, distance(a, b)); plus a comparison with the textbook dynamic programme on seeded random
// strings across the 32-unit word boundary (the single-word and the block paths).
using Lapce.Tools.Utils;

namespace LapceParity.Tests.Port.Diff;

public class FastestLevenshteinTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 32)]
    [InlineData("\uD83D\uDE00", "\uD83D\uDE01", 1)] // astral characters count as two UTF-16 units
    [InlineData("a", "\uD83D\uDE00", 2)]
    [InlineData("e\u0301", "\u00E9", 2)] // no Unicode normalisation
    [InlineData("\u05E9\u05DC\u05D5\u05DD", "\u05DD\u05D5\u05DC\u05E9", 4)]
    public void KnownDistances(string a, string b, int expected)
    {
        Assert.Equal(expected, FastestLevenshtein.Distance(a, b));
        Assert.Equal(expected, FastestLevenshtein.Distance(b, a));
    }

    // pseudo-random strings of 33/40, 64/65, 100/37 and 200/199 units (the block path of Myers' algorithm)
    [Theory]
    [InlineData("cecacabdebbeeccbdabcecbebacddccab", "aeececacbbdaddddcdeadeadeededeedccbabebc", 25)]
    [InlineData("ebceaccdbeebaedbceccaebcebcccadedbedbabeacbebdebcbbabaaadbddddea", "badbbecdeddbaeaddacdbcecbdbadababacdabbbcbababbdaddbbaecbcaceedce", 43)]
    [InlineData("cdecbdaecacddbadceccaeddcecbabcababadcdeedccebdbcbdbabbebaddabddecececcbbbabdbcacbdedadadeeceaeecacd", "daccadddecedacaebaaccaaebadcedbacbdde", 67)]
    [InlineData("eaceebcacbbacebbcaecbadebbddcadacbbdbdecadbddabaecbeabbbbcbdaecbedccdebeaddbcbaeccdccedcaaedbaabddbbaeeacabebabdceddccdbebadaccebbaddedabeacabeecadeccdbcccbccdcdcebdbbedbacaeebaaceaabeeeedbebccacdccdd", "edbcdcebbbdebbeebbebcadacdadeeabeebdbbcadabddbaaecaeddcbaaaeededaccebcceeebcacbaecdaeecaceccadbcdeebddcaeabccbdadeabdcabaaeabacbcadcbcdcaeeaedcbbcabeebeaabdacbdedcddddaedbcbadacbbbedbceecdcecbbdedacc", 122)]
    public void LongStrings(string a, string b, int expected)
    {
        Assert.Equal(expected, FastestLevenshtein.Distance(a, b));
        Assert.Equal(expected, FastestLevenshtein.Distance(b, a));
    }

    [Fact]
    public void AgreesWithDynamicProgramme()
    {
        var rng = new Random(12345);
        int[] sizes = [0, 1, 2, 31, 32, 33, 63, 64, 65, 96, 97, 130];
        for (int t = 0; t < 3000; t++)
        {
            string alphabet = (t % 3) switch { 0 => "ab", 1 => "abcdef", _ => "abc \u00E9\uD83D\uDE00" };
            string Make(int n)
            {
                var c = new char[n];
                for (int i = 0; i < n; i++) c[i] = alphabet[rng.Next(alphabet.Length)];
                return new string(c);
            }
            string x = Make(rng.Next(2) == 0 ? sizes[rng.Next(sizes.Length)] : rng.Next(140));
            string y = Make(rng.Next(2) == 0 ? sizes[rng.Next(sizes.Length)] : rng.Next(140));
            Assert.Equal(Levenshtein(x, y), FastestLevenshtein.Distance(x, y));
        }
    }

    [Fact]
    public void ClosestTakesTheFirstAtTheLeastDistance() =>
        Assert.Equal("bat", FastestLevenshtein.Closest("cat", ["dog", "bat", "rat", "cat2"]));

    private static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
