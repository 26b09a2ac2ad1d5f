// The npm package fastest-levenshtein 1.0.16 (the version Codex's pnpm-lock.yaml resolves; mod.js):
// `distance` (Myers' bit-parallel edit distance, one 32-bit word for strings of up to 32 UTF-16 units, blocks
// of 32 otherwise) and `closest`. Not a Codex file: the library multi-search-replace.ts calls. Transcribed
// operation for operation with JavaScript's int32 semantics (C# unchecked int arithmetic wraps like ToInt32, and
// C# masks shift counts by 31 as JS does), so it gives the same numbers; strings are compared as UTF-16 code
// units, like charCodeAt. The peq table (a module-level Uint32Array(0x10000) in JS) is one per thread here.
using System.Runtime.CompilerServices;

namespace Lapce.Tools.Utils;

public static class FastestLevenshtein
{
    [ThreadStatic] private static int[]? t_peq;

    private static int[] Peq => t_peq ??= new int[0x10000];

    /// <summary><c>distance(a, b)</c>.</summary>
    public static int Distance(string a, string b) => Distance(a.AsSpan(), b.AsSpan());

    /// <summary><c>distance(a, b)</c> on spans of UTF-16 code units.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var tmp = b;
            b = a;
            a = tmp;
        }
        if (b.Length == 0) return a.Length;
        if (a.Length <= 32) return Myers32(a, b);
        return MyersX(a, b);
    }

    /// <summary><c>closest(str, arr)</c>: the first element of <paramref name="arr"/> at the least distance.</summary>
    public static string Closest(string str, IReadOnlyList<string> arr)
    {
        double minDistance = double.PositiveInfinity;
        int minIndex = 0;
        for (int i = 0; i < arr.Count; i++)
        {
            int dist = Distance(str, arr[i]);
            if (dist < minDistance)
            {
                minDistance = dist;
                minIndex = i;
            }
        }
        return arr[minIndex];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Myers32(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var peq = Peq;
        int n = a.Length;
        int m = b.Length;
        int lst = 1 << (n - 1);
        int pv = -1;
        int mv = 0;
        int sc = n;
        int i = n;
        while (i-- != 0) peq[a[i]] |= 1 << i;
        unchecked
        {
            for (i = 0; i < m; i++)
            {
                int eq = peq[b[i]];
                int xv = eq | mv;
                eq |= ((eq & pv) + pv) ^ pv;
                mv |= ~(eq | pv);
                pv &= eq;
                if ((mv & lst) != 0) sc++;
                if ((pv & lst) != 0) sc--;
                mv = (mv << 1) | 1;
                pv = (pv << 1) | ~(xv | mv);
                mv &= xv;
            }
        }
        i = n;
        while (i-- != 0) peq[a[i]] = 0;
        return sc;
    }

    // myers_x(b, a) in mod.js: called as myers_x(a, b) with the longer string first, so inside it `b` is the
    // longer string (m units, processed in vertical blocks of 32) and `a` the shorter (n units).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MyersX(ReadOnlySpan<char> b, ReadOnlySpan<char> a)
    {
        var peq = Peq;
        int n = a.Length;
        int m = b.Length;
        int hsize = (n + 31) / 32;
        int vsize = (m + 31) / 32;
        Span<int> buf = hsize * 2 <= 256 ? stackalloc int[hsize * 2] : new int[hsize * 2];
        var phc = buf[..hsize];
        var mhc = buf[hsize..];
        phc.Fill(-1);
        mhc.Clear();
        unchecked
        {
            int j = 0;
            for (; j < vsize - 1; j++)
            {
                int mv1 = 0;
                int pv1 = -1;
                int start1 = j * 32;
                int vlen1 = Math.Min(32, m) + start1;
                for (int k = start1; k < vlen1; k++) peq[b[k]] |= 1 << k;
                for (int i = 0; i < n; i++)
                {
                    int eq = peq[a[i]];
                    int pb = (phc[i / 32] >>> i) & 1;
                    int mb = (mhc[i / 32] >>> i) & 1;
                    int xv = eq | mv1;
                    int xh = ((((eq | mb) & pv1) + pv1) ^ pv1) | eq | mb;
                    int ph = mv1 | ~(xh | pv1);
                    int mh = pv1 & xh;
                    if (((ph >>> 31) ^ pb) != 0) phc[i / 32] ^= 1 << i;
                    if (((mh >>> 31) ^ mb) != 0) mhc[i / 32] ^= 1 << i;
                    ph = (ph << 1) | pb;
                    mh = (mh << 1) | mb;
                    pv1 = mh | ~(xv | ph);
                    mv1 = ph & xv;
                }
                for (int k = start1; k < vlen1; k++) peq[b[k]] = 0;
            }
            int mv = 0;
            int pv = -1;
            int start = j * 32;
            int vlen = Math.Min(32, m - start) + start;
            for (int k = start; k < vlen; k++) peq[b[k]] |= 1 << k;
            int score = m;
            for (int i = 0; i < n; i++)
            {
                int eq = peq[a[i]];
                int pb = (phc[i / 32] >>> i) & 1;
                int mb = (mhc[i / 32] >>> i) & 1;
                int xv = eq | mv;
                int xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
                int ph = mv | ~(xh | pv);
                int mh = pv & xh;
                score += (ph >>> (m - 1)) & 1;
                score -= (mh >>> (m - 1)) & 1;
                if (((ph >>> 31) ^ pb) != 0) phc[i / 32] ^= 1 << i;
                if (((mh >>> 31) ^ mb) != 0) mhc[i / 32] ^= 1 << i;
                ph = (ph << 1) | pb;
                mh = (mh << 1) | mb;
                pv = mh | ~(xv | ph);
                mv = ph & xv;
            }
            for (int k = start; k < vlen; k++) peq[b[k]] = 0;
            return score;
        }
    }
}
