// The o200k_base byte-level BPE tokenizer as Codex runs it: `new Tiktoken(o200kBase.bpe_ranks,
// o200kBase.special_tokens, o200kBase.pat_str)` from the npm package tiktoken 1.0.21 ("tiktoken/lite", the
// version Codex's pnpm-lock.yaml resolves), i.e. dqbd/tiktoken's WASM build of openai's CoreBPE (Rust) with
// fancy-regex 0.11.0 over regex 1.11.1 / regex-syntax 0.8.5. Same token ids, same counts, same failures:
//
// * encode(text) with the JS defaults (allowed_special = [], disallowed_special = "all"): a text containing
//   "<|endoftext|>" or "<|endofprompt|>" is refused with the Error "The text contains a special token that is not
//   allowed: <token>" (the leftmost one); nothing else is special.
// * The JS string reaches the WASM as UTF-8 (TextEncoder.encodeInto), so a lone surrogate is U+FFFD.
// * Pre-tokenization is the o200k pattern (PatStr below, byte for byte the pat_str of
//   tiktoken/encoders/o200k_base.json), matched with fancy-regex's leftmost-first backtracking semantics. It is
//   not run through .NET's Regex: MatchPiece below is a hand-written matcher of exactly that pattern (each
//   alternative reduces to a few runs over character classes; the reasoning is at each branch). The classes are
//   regex-syntax 0.8.5's Unicode 16.0.0 tables (\p{L}, \p{Lu}, ... \p{M}, \p{N}, and \s = White_Space), embedded
//   below so the result does not depend on the .NET runtime's Unicode version. (.NET 10's CharUnicodeInfo is
//   also Unicode 16.0 and agrees on every scalar value; a future runtime might not.) `(?i:'s|...)` folds as
//   regex-syntax does: 's' also matches U+017F LATIN SMALL LETTER LONG S.
// * fancy-regex runs this (lookahead-bearing, hence "hard") pattern on its backtracking VM, which gives up after
//   1,000,000 backtracks or with 1,000,000 pending branches (vm.rs MAX_STACK); tiktoken unwraps that error, the
//   Rust panic aborts the WASM and JS sees RuntimeError "unreachable". That happens for one regex match that
//   scans a run of about 10^6 code points of one class (a million spaces, letters, dashes...). Shorter scans
//   cannot get there, so only scans over VmThreshold code points are replayed on an emulation of the exact
//   program fancy-regex compiles (FancyVm below), which throws the same RuntimeError where the WASM traps (the
//   thresholds for twelve shapes of input agree with the WASM to the code point). A trap leaves the WASM's encoder
//   usable (checked: same ids after twenty traps), so nothing here is sticky either.
// * BPE merges by rank exactly as tiktoken's _byte_pair_merge (lowest rank first, leftmost on ties); pieces that
//   are themselves a token are one token. Long pieces use a heap instead of tiktoken's quadratic scan: the same
//   merges in the same order, since the heap orders by (rank, position).
//
// The ranks: tiktoken/encoders/o200k_base.json (MIT, 2.3 MB; 1.1 MB gzipped) is too large to keep in the
// repository, so it is read at run time from the npm package the repository already installs for the TypeScript
// host (`npm ci --prefix tools/ts-host`, run by .ci/run and run-parity.sh): LAPCE_O200K_RANKS names the JSON file
// explicitly, otherwise tools/ts-host/node_modules/tiktoken/encoders/o200k_base.json is looked for above the
// application's directory and above the current directory. Missing: an exception naming the command.
using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Lapce.Tools.Utils.Bpe;

public sealed class O200kTokenizer
{
    /// <summary>o200k_base's pat_str (tiktoken/encoders/o200k_base.json); the loader checks the file has this one.</summary>
    public const string PatStr =
        @"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|" +
        @"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|" +
        @"\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    public const string EndOfText = "<|endoftext|>";
    public const string EndOfPrompt = "<|endofprompt|>";
    public const int EndOfTextId = 199999;
    public const int EndOfPromptId = 200018;

    /// <summary>o200k_base.special_tokens as the JSON gives them.</summary>
    public static IReadOnlyDictionary<string, int> SpecialTokens { get; } =
        new Dictionary<string, int> { [EndOfText] = EndOfTextId, [EndOfPrompt] = EndOfPromptId };

    /// <summary>Number of ordinary tokens in o200k_base (ranks 0..199997).</summary>
    public const int RankCount = 199_998;

    /// <summary>Environment variable naming o200k_base.json explicitly.</summary>
    public const string RanksEnvVar = "LAPCE_O200K_RANKS";

    /// <summary>Where `npm ci --prefix tools/ts-host` puts the ranks, relative to the repository root.</summary>
    public const string RanksRelativePath = "tools/ts-host/node_modules/tiktoken/encoders/o200k_base.json";

    // ---------------------------------------------------------------------------------------------------------
    // Shared instance (Codex caches one encoder per module; so does this)

    private static readonly object s_lock = new();
    private static O200kTokenizer? s_shared;

    /// <summary>The process-wide tokenizer, loaded on first use from <see cref="FindRanksFile"/>.</summary>
    public static O200kTokenizer Shared
    {
        get
        {
            var t = Volatile.Read(ref s_shared);
            if (t is not null) return t;
            lock (s_lock)
            {
                // a failed load is not cached: running the npm command afterwards is enough
                return s_shared ??= LoadFrom(FindRanksFile());
            }
        }
    }

    /// <summary>
    /// The o200k_base.json to load: <c>$LAPCE_O200K_RANKS</c>, else <see cref="RanksRelativePath"/> under the first
    /// directory above the application's base directory, or above the current directory, that has it.
    /// </summary>
    public static string FindRanksFile()
    {
        var fromEnv = Environment.GetEnvironmentVariable(RanksEnvVar);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            if (File.Exists(fromEnv)) return fromEnv;
            throw new FileNotFoundException(
                $"{RanksEnvVar} names {fromEnv}, which does not exist. It should be the o200k_base.json of the npm " +
                $"package tiktoken 1.0.21 (run `npm ci --prefix tools/ts-host` in the repository, then it is {RanksRelativePath}).",
                fromEnv);
        }
        var looked = new List<string>();
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, RanksRelativePath);
                if (File.Exists(candidate)) return candidate;
                if (Directory.Exists(System.IO.Path.Combine(dir.FullName, "tools", "ts-host"))) looked.Add(candidate);
            }
        }
        throw new FileNotFoundException(
            "The o200k_base BPE ranks (token counting, as Codex's tiktoken) were not found. They come from the npm " +
            "package tiktoken that the TypeScript host installs: run `npm ci --prefix tools/ts-host` in the " +
            $"repository root (it creates {RanksRelativePath}), or set {RanksEnvVar} to that file." +
            (looked.Count > 0 ? " Looked for: " + string.Join(", ", looked.Distinct()) : ""),
            RanksRelativePath);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Ranks

    private readonly byte[] _bytes;   // every token's bytes, back to back, in rank order
    private readonly int[] _offsets;  // token r is _bytes[_offsets[r] .. _offsets[r + 1])
    private readonly int[] _slots;    // open addressing over the token bytes: rank + 1, 0 = empty
    private readonly int _mask;
    private readonly int[] _pairs;    // the rank of each two-byte token (b0 << 8 | b1), or -1

    private O200kTokenizer(byte[] bytes, int[] offsets)
    {
        _bytes = bytes;
        _offsets = offsets;
        int n = offsets.Length - 1;
        int size = 1;
        while (size < n * 2) size <<= 1;
        _slots = new int[size];
        _mask = size - 1;
        for (int r = 0; r < n; r++)
        {
            var key = TokenBytes(r);
            int s = (int)Hash(key) & _mask;
            while (_slots[s] != 0)
            {
                if (TokenBytes(_slots[s] - 1).SequenceEqual(key))
                    throw new InvalidDataException($"o200k_base ranks: the bytes of rank {r} repeat rank {_slots[s] - 1}");
                s = (s + 1) & _mask;
            }
            _slots[s] = r + 1;
        }
        _pairs = new int[0x10000];
        for (int p = 0; p < 0x10000; p++) _pairs[p] = Rank([(byte)(p >> 8), (byte)p]);
    }

    /// <summary>Loads an o200k_base.json of the npm tiktoken package (keys pat_str, special_tokens, bpe_ranks).</summary>
    public static O200kTokenizer LoadFrom(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        string What(string m) => $"{path} is not tiktoken's o200k_base.json ({m}); reinstall it with `npm ci --prefix tools/ts-host`";
        if (!root.TryGetProperty("pat_str", out var pat) || pat.GetString() != PatStr)
            throw new InvalidDataException(What("its pat_str is not o200k's"));
        if (!root.TryGetProperty("special_tokens", out var sp) || sp.ValueKind != JsonValueKind.Object
            || sp.EnumerateObject().Count() != SpecialTokens.Count
            || sp.EnumerateObject().Any(p => !SpecialTokens.TryGetValue(p.Name, out var id) || p.Value.GetInt32() != id))
            throw new InvalidDataException(What("its special_tokens are not o200k's"));
        if (!root.TryGetProperty("bpe_ranks", out var ranks) || ranks.ValueKind != JsonValueKind.String)
            throw new InvalidDataException(What("no bpe_ranks"));
        return FromBpeRanks(ranks.GetString()!, path);
    }

    // CoreBPEConstructor::parse_bfe (tiktoken wasm/src/lib.rs), the "!" form: each line is "! <offset> <base64>...",
    // the k-th base64 token of a line getting rank offset + k.
    private static O200kTokenizer FromBpeRanks(string bfe, string path)
    {
        if (bfe.Length == 0 || bfe[0] != '!') throw new InvalidDataException($"{path}: bpe_ranks does not start with '!'");
        var tokens = new byte[RankCount][];
        int total = 0, seen = 0;
        Span<byte> buf = stackalloc byte[512];
        foreach (var rawLine in bfe.AsSpan().EnumerateLines())
        {
            var line = rawLine;
            if (line.Length == 0) continue;
            int sp1 = line.IndexOf(' ');
            if (sp1 < 0) throw new InvalidDataException($"{path}: bad bpe_ranks line");
            line = line[(sp1 + 1)..];
            int sp2 = line.IndexOf(' ');
            var offText = sp2 < 0 ? line : line[..sp2];
            if (!int.TryParse(offText, out int offset)) throw new InvalidDataException($"{path}: bad bpe_ranks offset");
            if (sp2 < 0) continue;
            line = line[(sp2 + 1)..];
            int pos = 0;
            while (true)
            {
                int sp = line.IndexOf(' ');
                var tok = sp < 0 ? line : line[..sp];
                if (!Convert.TryFromBase64Chars(tok, buf, out int len))
                    throw new InvalidDataException($"{path}: bad base64 token in bpe_ranks");
                int rank = offset + pos++;
                if ((uint)rank >= RankCount || tokens[rank] is not null)
                    throw new InvalidDataException($"{path}: bpe_ranks has rank {rank}, expected each of 0..{RankCount - 1} once");
                tokens[rank] = buf[..len].ToArray();
                total += len;
                seen++;
                if (sp < 0) break;
                line = line[(sp + 1)..];
            }
        }
        if (seen != RankCount) throw new InvalidDataException($"{path}: bpe_ranks has {seen} tokens, expected {RankCount}");
        var bytes = new byte[total];
        var offsets = new int[RankCount + 1];
        int at = 0;
        for (int r = 0; r < RankCount; r++)
        {
            offsets[r] = at;
            tokens[r].CopyTo(bytes, at);
            at += tokens[r].Length;
        }
        offsets[RankCount] = at;
        return new O200kTokenizer(bytes, offsets);
    }

    private ReadOnlySpan<byte> TokenBytes(int rank) => _bytes.AsSpan(_offsets[rank], _offsets[rank + 1] - _offsets[rank]);

    /// <summary>The bytes of an ordinary token or of a special token (tiktoken's decode_single_token_bytes).</summary>
    public byte[] DecodeSingleTokenBytes(int token)
    {
        if ((uint)token < RankCount) return TokenBytes(token).ToArray();
        foreach (var (text, id) in SpecialTokens)
            if (id == token) return Encoding.UTF8.GetBytes(text);
        throw new ArgumentOutOfRangeException(nameof(token));
    }

    /// <summary>tiktoken's decode: the concatenated bytes of the tokens.</summary>
    public byte[] Decode(ReadOnlySpan<int> tokens)
    {
        var ms = new MemoryStream();
        foreach (var t in tokens) ms.Write(DecodeSingleTokenBytes(t));
        return ms.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<byte> s)
    {
        ulong h = (ulong)s.Length * 0x9E3779B97F4A7C15UL;
        int i = 0;
        for (; s.Length - i >= 8; i += 8)
        {
            h = (h ^ MemoryMarshal.Read<ulong>(s[i..])) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
        }
        ulong t = 0;
        for (int k = s.Length - 1; k >= i; k--) t = (t << 8) | s[k];
        h = (h ^ t) * 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    /// <summary>The rank of a byte string, or -1 (tiktoken's encoder.get).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Rank(ReadOnlySpan<byte> key)
    {
        int s = (int)Hash(key) & _mask;
        while (true)
        {
            int v = _slots[s];
            if (v == 0) return -1;
            int r = v - 1;
            int off = _offsets[r];
            if (_offsets[r + 1] - off == key.Length && _bytes.AsSpan(off, key.Length).SequenceEqual(key)) return r;
            s = (s + 1) & _mask;
        }
    }

    /// <summary>tiktoken's encode_single_token for ordinary tokens: the rank of exactly these bytes, or -1.</summary>
    public int TryEncodeSingleToken(ReadOnlySpan<byte> bytes) => Rank(bytes);

    // ---------------------------------------------------------------------------------------------------------
    // encode / count

    /// <summary>
    /// <c>encoder.encode(text)</c> (no special tokens allowed, all disallowed): the token ids. Throws the JS Error
    /// tiktoken throws for a special token in the text, and RuntimeError "unreachable" where the WASM traps.
    /// </summary>
    public int[] Encode(string text)
    {
        ThrowIfSpecialToken(text);
        var ids = new List<int>();
        Run(text, ids);
        return ids.ToArray();
    }

    /// <summary><c>encoder.encode(text).length</c>, without materialising the ids.</summary>
    public int CountTokens(string text)
    {
        ThrowIfSpecialToken(text);
        return Run(text, null);
    }

    /// <summary><c>encoder.encode_ordinary(text)</c>: special-token strings are plain text.</summary>
    public int[] EncodeOrdinary(string text)
    {
        var ids = new List<int>();
        Run(text, ids);
        return ids.ToArray();
    }

    /// <summary>
    /// validate_allowed_tokens with disallowed = all: the leftmost special token (regex crate, leftmost-first over
    /// "&lt;|endoftext|&gt;|&lt;|endofprompt|&gt;"; both begin "&lt;|endof", so at most one matches at a position).
    /// </summary>
    private static void ThrowIfSpecialToken(string text)
    {
        int from = 0;
        while (true)
        {
            int at = text.IndexOf("<|endof", from, StringComparison.Ordinal);
            if (at < 0) return;
            var rest = text.AsSpan(at);
            string? found = rest.StartsWith(EndOfText, StringComparison.Ordinal) ? EndOfText
                : rest.StartsWith(EndOfPrompt, StringComparison.Ordinal) ? EndOfPrompt : null;
            if (found is not null)
                throw new JsError("Error", $"The text contains a special token that is not allowed: {found}");
            from = at + 1;
        }
    }

    /// <summary>RuntimeError "unreachable": what JS sees when the tiktoken WASM panics.</summary>
    public static JsError Unreachable() => new("RuntimeError", "unreachable");

    private int Run(string text, List<int>? ids)
    {
        if (text.Length == 0) return 0;
        int[] cps = ArrayPool<int>.Shared.Rent(text.Length);
        byte[] fl = ArrayPool<byte>.Shared.Rent(text.Length);
        byte[] pieceBuf = ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            var flags = Flags;
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if ((uint)(c - 0xD800) < 0x800)
                {
                    if (c < 0xDC00 && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        c = char.ConvertToUtf32((char)c, text[++i]);
                    else
                        c = 0xFFFD; // TextEncoder's replacement of a lone surrogate
                }
                cps[n] = c;
                fl[n] = flags[c];
                n++;
            }
            var cp = cps.AsSpan(0, n);
            var f = fl.AsSpan(0, n);
            int count = 0;
            int pos = 0;
            while (pos < n)
            {
                int end = MatchPiece(cp, f, pos, out int scan);
                if (scan - pos > VmThreshold)
                {
                    int vmEnd = FancyVm.Find(cp, f, pos);
                    Debug.Assert(vmEnd == end, $"VM {vmEnd} vs matcher {end} at {pos}");
                    end = vmEnd;
                }
                // the piece's UTF-8
                int need = (end - pos) * 4;
                if (pieceBuf.Length < need)
                {
                    ArrayPool<byte>.Shared.Return(pieceBuf);
                    pieceBuf = ArrayPool<byte>.Shared.Rent(need);
                }
                int len = 0;
                for (int k = pos; k < end; k++)
                {
                    int c = cp[k];
                    if (c < 0x80) pieceBuf[len++] = (byte)c;
                    else if (c < 0x800)
                    {
                        pieceBuf[len++] = (byte)(0xC0 | (c >> 6));
                        pieceBuf[len++] = (byte)(0x80 | (c & 0x3F));
                    }
                    else if (c < 0x10000)
                    {
                        pieceBuf[len++] = (byte)(0xE0 | (c >> 12));
                        pieceBuf[len++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                        pieceBuf[len++] = (byte)(0x80 | (c & 0x3F));
                    }
                    else
                    {
                        pieceBuf[len++] = (byte)(0xF0 | (c >> 18));
                        pieceBuf[len++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                        pieceBuf[len++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                        pieceBuf[len++] = (byte)(0x80 | (c & 0x3F));
                    }
                }
                count += EncodePiece(pieceBuf.AsSpan(0, len), ids);
                pos = end;
            }
            return count;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(cps);
            ArrayPool<byte>.Shared.Return(fl);
            ArrayPool<byte>.Shared.Return(pieceBuf);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // BPE (tiktoken core/src/lib.rs: the piece itself if it is a token, else byte_pair_encode)

    private const int SmallPiece = 128;

    private int EncodePiece(ReadOnlySpan<byte> piece, List<int>? ids)
    {
        int whole = Rank(piece);
        if (whole >= 0)
        {
            ids?.Add(whole);
            return 1;
        }
        return piece.Length <= SmallPiece ? MergeSmall(piece, ids) : MergeLarge(piece, ids);
    }

    // _byte_pair_merge transcribed: parts[i] = (start, rank of the bytes of parts i and i + 1 together).
    private int MergeSmall(ReadOnlySpan<byte> piece, List<int>? ids)
    {
        int m = piece.Length + 1;
        Span<int> start = stackalloc int[m];
        Span<int> rank = stackalloc int[m];
        for (int i = 0; i < m; i++)
        {
            start[i] = i;
            rank[i] = int.MaxValue;
        }
        var pairs = _pairs;
        for (int i = 0; i + 2 < m; i++)
        {
            int r = pairs[(piece[i] << 8) | piece[i + 1]];
            if (r >= 0) rank[i] = r;
        }
        while (m > 1)
        {
            int minRank = int.MaxValue, at = 0;
            for (int i = 0; i < m - 1; i++)
                if (rank[i] < minRank)
                {
                    minRank = rank[i];
                    at = i;
                }
            if (minRank == int.MaxValue) break;
            // get_rank!(at, 1) and get_rank!(at - 1, 1): the pairs around the merged part, skipping parts[at + 1]
            rank[at] = at + 3 < m ? RankOrMax(piece[start[at]..start[at + 3]]) : int.MaxValue;
            if (at > 0) rank[at - 1] = at + 2 < m ? RankOrMax(piece[start[at - 1]..start[at + 2]]) : int.MaxValue;
            // parts.remove(at + 1)
            for (int i = at + 1; i < m - 1; i++)
            {
                start[i] = start[i + 1];
                rank[i] = rank[i + 1];
            }
            m--;
        }
        for (int i = 0; i < m - 1; i++) ids?.Add(Rank(piece[start[i]..start[i + 1]]));
        return m - 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RankOrMax(ReadOnlySpan<byte> key)
    {
        int r = Rank(key);
        return r >= 0 ? r : int.MaxValue;
    }

    // The same merges for long pieces in O(n log n): a doubly linked list of parts and a heap of (rank, start).
    // tiktoken takes the minimum rank, and among equal ranks the leftmost pair; (rank, start) orders the same way.
    // A pair's bytes only grow when a neighbour merges, and distinct byte strings have distinct ranks, so a heap
    // entry is current exactly when its part still has that pair rank (cur: -1 once merged away, MaxValue
    // without a successor or a ranked pair).
    private int MergeLarge(ReadOnlySpan<byte> piece, List<int>? ids)
    {
        int len = piece.Length;
        var next = new int[len + 1];
        var prev = new int[len + 1];
        var cur = new int[len + 1];
        var heap = new MinHeap(len);
        for (int i = 0; i <= len; i++)
        {
            next[i] = i + 1;
            prev[i] = i - 1;
            cur[i] = int.MaxValue;
        }
        int PairRank(ReadOnlySpan<byte> p, int k)
        {
            int nx = next[k];
            if (nx >= len) return int.MaxValue;
            return RankOrMax(p[k..next[nx]]);
        }
        var pairs = _pairs;
        for (int k = 0; k + 1 < len; k++)
        {
            int r = pairs[(piece[k] << 8) | piece[k + 1]];
            if (r < 0) continue;
            cur[k] = r;
            heap.Push(((ulong)(uint)r << 32) | (uint)k);
        }
        while (heap.TryPop(out ulong top))
        {
            int r = (int)(top >> 32), k = (int)(uint)top;
            // stale: the part was merged into its predecessor (cur = -1), or its pair changed since
            if (cur[k] != r) continue;
            int gone = next[k];
            cur[gone] = -1;
            next[k] = next[gone];
            prev[next[gone]] = k;
            int nr = PairRank(piece, k);
            cur[k] = nr;
            if (nr != int.MaxValue) heap.Push(((ulong)(uint)nr << 32) | (uint)k);
            int p = prev[k];
            if (p >= 0)
            {
                int pr = PairRank(piece, p);
                cur[p] = pr;
                if (pr != int.MaxValue) heap.Push(((ulong)(uint)pr << 32) | (uint)p);
            }
        }
        int count = 0;
        for (int k = 0; k < len; k = next[k])
        {
            ids?.Add(Rank(piece[k..next[k]]));
            count++;
        }
        return count;
    }

    /// <summary>A binary min-heap of (rank &lt;&lt; 32 | start).</summary>
    private sealed class MinHeap(int capacity)
    {
        private ulong[] _a = new ulong[Math.Max(16, capacity)];
        private int _n;

        public void Push(ulong v)
        {
            if (_n == _a.Length) Array.Resize(ref _a, _n * 2);
            int i = _n++;
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (_a[parent] <= v) break;
                _a[i] = _a[parent];
                i = parent;
            }
            _a[i] = v;
        }

        public bool TryPop(out ulong top)
        {
            if (_n == 0)
            {
                top = 0;
                return false;
            }
            top = _a[0];
            ulong last = _a[--_n];
            int i = 0;
            while (true)
            {
                int c = 2 * i + 1;
                if (c >= _n) break;
                if (c + 1 < _n && _a[c + 1] < _a[c]) c++;
                if (_a[c] >= last) break;
                _a[i] = _a[c];
                i = c;
            }
            if (_n > 0) _a[i] = last;
            return true;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Character classes (regex-syntax 0.8.5, Unicode 16.0.0)

    // flag bits per code point
    private const byte FU = 1;    // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
    private const byte FW = 2;    // [\p{Ll}\p{Lm}\p{Lo}\p{M}]
    private const byte FL = 4;    // \p{L}
    private const byte FN = 8;    // \p{N}
    private const byte FS = 16;   // \s (White_Space)
    private const byte FC1 = 32;  // [^\r\n\p{L}\p{N}]
    private const byte FP = 64;   // [^\s\p{L}\p{N}]

    private static byte[]? s_flags;
    private static byte[] Flags => s_flags ??= BuildFlags();

    private static byte[] BuildFlags()
    {
        // class per code point: 0 other, 1 Lu/Lt, 2 Ll, 3 Lm/Lo, 4 M (Mn/Mc/Me), 5 N (Nd/Nl/No), 6 White_Space
        ReadOnlySpan<byte> ofClass = [FC1 | FP, FU | FL, FW | FL, FU | FW | FL, FU | FW | FC1 | FP, FN, FS | FC1];
        var data = Convert.FromBase64String(ClassRuns);
        var flags = new byte[0x110000];
        int cp = 0, i = 0;
        while (i < data.Length)
        {
            int v = 0, shift = 0;
            byte b;
            do
            {
                b = data[i++];
                v |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            int cls = v & 7, run = v >> 3;
            flags.AsSpan(cp, run).Fill(ofClass[cls]);
            cp += run;
        }
        if (cp != 0x110000) throw new InvalidOperationException("o200k character classes: bad table");
        flags['\r'] = FS; // \s, but not [^\r\n...]
        flags['\n'] = FS;
        return flags;
    }

    /// <summary>
    /// The class of each code point 0..0x10FFFF (0 other, 1 Lu/Lt, 2 Ll, 3 Lm/Lo, 4 M, 5 N, 6 White_Space) as runs:
    /// LEB128 varints of (run length &lt;&lt; 3 | class), base64. Generated from regex-syntax 0.8.5's
    /// src/unicode_tables/general_category.rs and perl_space.rs (ucd-generate, Unicode 16.0.0), the tables the
    /// WASM's \p{..} and \s use. 3191 runs; sha256 of the expanded 0x110000-byte class array:
    /// a5b502650ad0bc0fa6744ff4ef6bc756e2d3d8466efa36591dc6aad7f32bbcf4.
    /// </summary>
    private const string ClassRuns =
        "SC6QAQ54VTjRATDSAVAO0AEOSAs4FQgKGA0LCB0IuQEIOcIBCEIJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkK" +
        "CQoJCgkKCQoJEgkKCQoJCgkKCQoJCgkKCRIJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKEQoJCgkaEQoJChEK" +
        "GRIhChEKGRoRChEKCQoJChEKCRIJChEKGQoJChESCwkaIxEKEQoRCgkKCQoJCgkKCQoJCgkKCRIJCgkKCQoJCgkKCQoJCgkKCRIRCgkKGQoJCgkK" +
        "CQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgk6EQoREgkKIQoJCgkKCQoJqgQL2gGTASBjcCs4CwgL" +
        "iAGEBwkKCQoLCAkKEAsaCAkwCQgZCAkIEQqJAQhJmgIJEhkaCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkqCQoICQoREpkDggMJCgkKCQoJCgkKCQoJ" +
        "CgkKCQoJCgkKCQoJCgkKCQoJCgkKCDwJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoRCgkKCQoJ" +
        "CgkKCQoJEgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJ" +
        "CgkKCQoJCgkKCQoJCgkKCQoJCgixAhALMMoCQOwCCAwIFAgUCAxA2wEgI+gBXCjbAqwBVSATDJsGCAs8EDQTFAgkE1UbEAuAAQsM8wHcARDLBVwL" +
        "cFWLAkwTIAsQDBCzASQLTAscCyyQAcsBHCBbKMMBCDNATNMCxAEIjAKzAxwLlAELPFMUEFUIgwEcCEMQExCzAQg7CAsYIxAMCzwQFBAcC0AMIBMI" +
        "GxQQVRMQNRALCAwQHAgzIBMQswEIOwgTCBMIExAMCCwgFBAcGAw4IwgLOFUUGwxYHAhLCBsIswEIOwgTCCsQDAtECBwIHBALeBMUEFVICzQIHAhD" +
        "EBMQswEIOwgTCCsQDAs8EBQQHDgcIBMIGxQQVQgLNVAMCwgzGBsIIxgTCAsIExgTGBsYYyAsGBwIJBALMAxwbWgsQwgbCLsBCIMBEAwLPAgcCCQ4" +
        "FAgbEAsQExQQVUA9CAscCEMIGwi7AQhTCCsQDAs8CBwIJDgUMBMIExQQVQgTDGAkSwgbCMsCFAs8CBwIJAsoGww9GxQQnQEIMwgcCJMBGMMBCEsI" +
        "CxA7GAwgNAgMCEQwVRAUaIMDDBM8KDtECFW4AhMICwgrCMMBCAsIUwwTTAsQKwgLCDwIVRAjgAILuAEUMKUBCAwIDAgMIBRDCKMCIKQBCBQrXAik" +
        "AkgMyAPbAqQBC1UwMyQjHAscEzwbJGtkCwxVJBCxAggJKAkQ2gIICxrLFAgjEDsICwgjEMsCCCMQiwIIIxA7CAsIIxB7CMsDCCMQmwQQHEilARiD" +
        "AYABsQUQMhjjJhCLAQ7TASjbBBgdQziTASRImwEcWJMBFGBrCBsIFGCjA4QCGAsgCwwQVTBViAEcCAxVMMsFOCsUkwIMCyizBFD7AQhkIGRQVfMB" +
        "ECtY4wIg0wEwXagCuwEsIKsDVAjsARAMVTBVaAtA/AGIAyz7AowBQxhViAFMYBzzAWwTVeMCdGCjAqQBQFUYG1WjAhBKCQoo2QIQGYABHAisASMM" +
        "MwwTHAso4gL7A2oLkgKrAoQECQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkK" +
        "CQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCglK" +
        "CQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkK" +
        "CQoJCgkKCQoJCgkKCUpBMhAxEEJBQkEyEDEQQggJCAkICQgJQkFyEEJBQkFCQSoIEikIChgaCBIpGCIQEiEgQikoGggSKRhe6AEWKA74Ag6AAQ0L" +
        "EDUoC1Uwa5gDjAKIAQkgCRAKGRIZCggJGCkwCQgJCAkIIQgKIQojChASESgJIiAKCJ0DCQotsC3lA/AEtQGwJ/UB4EaBA4IDCQoZEgkKCQoJCiEK" +
        "CRIJMhMZCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJ" +
        "CgkKCQoJCgkKCQoJCgkKCQoJCgkSMAkKCQocCQpIDRCyAggKKAoQwwM4C3gMuwFIOwg7CDsIOwg7CDsIOwg7CIQC+AILgB0OIBMNyAFNNAgrEB0T" +
        "ILMFEBQQGwjTBQgjKNsCCPMFGCVQgwKAA4MBgAJV8AFFCH2AAlW4An2AFIOcA4AE6+gKmATzAhDrEBiDAVUToAEJCgkKCQoJCgkKCQoJCgkKCQoJ" +
        "CgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCyQIVAgLCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJChMUswRVFKgCSxAJCgkKCQoJCgkKCQoJ" +
        "GgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKCQoJCgkKC0IJCgkKEQoJCgkKCQoJCgsQCQoJ" +
        "CgsJCgkaCQoJCgkKCQoJCgkKCQoJCgkKCQopCikKCQoJCgkKCQoJCgkKCQohCgkKEQoQCQoICggKCQoJCgkKCagBGwkKGwo7DBsMIwy7ASwgDBg1" +
        "UKMDYBSTA5QBUFUwlAEzGAsIEwxV4wFEELsBbGDrARgk+wJ0cAtVMCsMU1UrCMsCdEgbDEMUEFUwuwEYCxyTAwwLHBMUKxQLDAvAARsQWywQGxRQ" +
        "MxAzEDNIOwg7CNoCCCNKCzCCBZsCRAgUEFUwo7oFYLsBIIsDoJAE8xYQ0wawAjpgKigLDFMIawgrCAsIEwgTCOMGiALbFpABgwQQswPAAmMghAGA" +
        "AYQBgAQrCLsImAFVONEBMNIBWMsFGDMQMxAzEBuYAmMI0wEImwEIEwh7EHOQAtsHYO0CYM0DiAEViAcMkAjrARiLA3gM3QEggwIlSKMBDUMNKLMC" +
        "LCjzARCjAiBDCC3QAsECwgLzBBBVMKECIKICIMMCQKMDYFkIeQg5CBEIWgh6CDoIEhijA2C7E0izAVBDwAEzCNMCCEuoBDMQCwjjAggTGAsQuwEQ" +
        "RbsBED37AUBNgAObAQgTKC2zATUg0wGwBMMDIBUThQEQ9QILHAgUKCQjCBsI6wEQHCAMTbgB6wEVCOsBHYACQwjjARQgLYABswNQswEQRZsBKEWT" +
        "AbgBPYAFywS4A5kDaJoDODWjAiRAVTBVM7EBGCwIC7IB0A39AQjTAggUGBOAARu4AyTrAVULQLMBXCXYAZMBJNACqwE9oAG7AUgcqwN8WPUBDBMU" +
        "C0gk6wJcOAxoywE4VTAcowJ0CFUgCxQLQJsCDBALSByDA3QjICQIFFULCAsgpQFYkwEIywFkMAwTDPADOwgLCCMIewhTOPsCZChVMCQIQxATELMB" +
        "CDsIEwgrCBQLPBAUEBwQCzAMKCsUEDwYLFhTCAsQCwizAggLTAgMEAwIJAgsCwwLaBToAasDlAEjKFUgDBvwAYMDpAETCAtAVbAK+wI8EEy4ASMU" +
        "kAKDA4wBGAtYVbAC2wJsCzhVMKUB4AHbARB8IGUgO8gL4wJ8qAaBAoICnQFgQxALEEMIEwjDATQIFBAkCwwLFGBVsARDELsCPBA8CwgLDNgBC1TD" +
        "AjwLJEAMQAtc8wKEARgLkAHLBLgMiwJ4VTBLCKsCRAhEC3jtASjzARC0AQh0yAQ7CBMIswI0GAwIFAg8CwxAVTAzCBMIgwIsCBQILAs4VbATmwEk" +
        "SBQLDGsIkwI8GCxoVQyoBQt4rQHYAtM5sAb9BogBowzgpAGLBniDQ4ABDDN8UNv5ASi7JMirA/MBlAFVsGzLIzj7AQhVMPsECFUw8wEQLFiDAzxI" +
        "I2BVCD0IqwEomwGAG+sCGFWwDIECggK9AcgG2wQgDAu8Azgka4AEEwgLDFgUcMP/AkCzTcgCU7iuBCMIOwgTCJsSeAvoARsQC3AjQOMYoJAB2wYo" +
        "axhLOFMYFIiFAlWwIPQCELwB8CEsGDRARBA88AEkoAkc2AelAWClAeAGzQG4CNEB0gHRAToIkgHRAdIBCQgREAkQERAhCEEiCAoIOgha0QHSAREI" +
        "IRBBCDkI0gERCCEIKQgJGDkI0gHRAdIB0QHSAdEB0gHRAdIB0QHSAdEB4gEQyQEIygEIMskBCMoBCDLJAQjKAQgyyQEIygEIMskBCMoBCDIJChCV" +
        "A4AgvAMglANADHAMsAEsCHyARVILogEwMqgNPAiMARA8CBQILCjzA4gCDIAH6wIYPDsQVSALiBTzAQyIAeMCJFWwHeMBJFWwDfMBFAtVqB47CCMI" +
        "Ewh7CKsMEE08yAKRApICPAsgVbgx3QMIHQgl4ATtAgh9kAwjCNsBCBMICxALCFMIIwgLCAswCyALCAsICwgbCBMICxALCAsICwgLCAsIEwgLECMI" +
        "OwgjCCMICwhTCIsBKBsIKwiLAaAkbZiuAVWwQIPuFIAC04MCMPMNEJPoAnCL0wN48yaQmgHzIZBe27QCKIOGAoDV2wKED4DhXw==";

    /// <summary>
    /// The pre-tokenizer's pieces, for tests: strings of code points (a lone surrogate as U+FFFD). With viaVm every
    /// match is taken from the fancy-regex emulation instead of the matcher.
    /// </summary>
    public static List<string> PreTokenize(string text, bool viaVm = false)
    {
        var (cp, f) = CodePoints(text);
        var pieces = new List<string>();
        var sb = new StringBuilder();
        for (int pos = 0; pos < cp.Length;)
        {
            int end = viaVm ? FancyVm.Find(cp, f, pos) : MatchPiece(cp, f, pos, out _);
            sb.Clear();
            for (int k = pos; k < end; k++) sb.Append(char.ConvertFromUtf32(cp[k]));
            pieces.Add(sb.ToString());
            pos = end;
        }
        return pieces;
    }

    /// <summary>
    /// For tests: fancy-regex's cost for the one search starting at code point pos (the most branches pending at
    /// once and the backtracks), and where its match ends; throws RuntimeError "unreachable" past its limits.
    /// </summary>
    public static (int End, int MaxStack, int Backtracks) FancyVmSearch(string text, int pos)
    {
        var (cp, f) = CodePoints(text);
        int end = FancyVm.Find(cp, f, pos, out int maxStack, out int backtracks);
        return (end, maxStack, backtracks);
    }

    private static (int[] Cp, byte[] F) CodePoints(string text)
    {
        var cps = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsSurrogate((char)c))
            {
                if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    c = char.ConvertToUtf32((char)c, text[++i]);
                else
                    c = 0xFFFD;
            }
            cps.Add(c);
        }
        var flags = Flags;
        return ([.. cps], [.. cps.Select(c => flags[c])]);
    }

    /// <summary>The class (0..6, see <see cref="ClassRuns"/>) of a code point; for tests.</summary>
    public static int ClassOf(int codePoint)
    {
        byte f = Flags[codePoint];
        if ((f & FS) != 0) return 6;
        if ((f & FN) != 0) return 5;
        if ((f & FL) == 0) return (f & FU) != 0 ? 4 : 0;
        return (f & (FU | FW)) switch { FU => 1, FW => 2, _ => 3 };
    }

    // ---------------------------------------------------------------------------------------------------------
    // Pre-tokenization: the leftmost-first match of PatStr at position i (there always is one: every code point is
    // a letter, a mark, a number, whitespace, or something [^\s\p{L}\p{N}] takes). Positions are code points.
    // `scan` is one past the furthest code point any branch looked at: fancy-regex's loops run over the same runs,
    // so its pushes and backtracks are bounded by a small multiple of scan - i.

    /// <summary>Scans longer than this are replayed on <see cref="FancyVm"/> (at most ~12 pushes per scanned code
    /// point, so below this neither of fancy-regex's 1,000,000 limits can be reached).</summary>
    internal const int VmThreshold = 65_536;

    internal static int MatchPiece(ReadOnlySpan<int> cp, ReadOnlySpan<byte> f, int i, out int scan)
    {
        int n = cp.Length;
        byte fi = f[i];
        scan = i + 1;

        // 1: [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
        //    Greedy, so first with the optional prefix taken, then without.
        if ((fi & FC1) != 0 && i + 1 < n)
        {
            int r = Branch1(cp, f, i + 1, ref scan);
            if (r >= 0) return r;
        }
        {
            int r = Branch1(cp, f, i, ref scan);
            if (r >= 0) return r;
        }

        // 2: [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
        //    Once the + has one code point nothing after it can fail: maximal runs, then the contraction.
        int j = -1;
        if ((fi & FC1) != 0 && i + 1 < n && (f[i + 1] & FU) != 0) j = i + 1;
        else if ((fi & FU) != 0) j = i;
        if (j >= 0)
        {
            int k = j + 1;
            while (k < n && (f[k] & FU) != 0) k++;
            while (k < n && (f[k] & FW) != 0) k++;
            scan = Math.Max(scan, Math.Min(k + 3, n));
            return Contraction(cp, k);
        }

        // 3: \p{N}{1,3}
        if ((fi & FN) != 0)
        {
            int k = i + 1;
            while (k < n && k - i < 3 && (f[k] & FN) != 0) k++;
            return k;
        }

        // 4: ` ?[^\s\p{L}\p{N}]+[\r\n/]*`
        j = -1;
        if (cp[i] == ' ' && i + 1 < n && (f[i + 1] & FP) != 0) j = i + 1;
        else if ((fi & FP) != 0) j = i;
        if (j >= 0)
        {
            int k = j + 1;
            while (k < n && (f[k] & FP) != 0) k++;
            while (k < n && (cp[k] == '\r' || cp[k] == '\n' || cp[k] == '/')) k++;
            scan = Math.Max(scan, Math.Min(k + 1, n));
            return k;
        }

        // Only whitespace is left. The run [i, end):
        Debug.Assert((fi & FS) != 0);
        int end = i + 1;
        while (end < n && (f[end] & FS) != 0) end++;
        scan = Math.Max(scan, Math.Min(end + 1, n));
        // 5: \s*[\r\n]+ — \s* gives back from the end of the run until a line break follows: up to and including
        //    the run's last \r or \n.
        for (int e = end - 1; e >= i; e--)
            if (cp[e] == '\r' || cp[e] == '\n') return e + 1;
        // 6: \s+(?!\S) — the whole run at the end of the text, else all but its last code point (which is whitespace,
        //    so the lookahead holds there), if that leaves one.
        if (end == n) return end;
        if (end - 1 > i) return end - 1;
        // 7: \s+
        return end;
    }

    // Alternative 1 from j (after the optional prefix): the [U]* run is [j, k); greedy, it gives back one code point
    // at a time until [W]+ can start; [W]+ then runs to its end, and the optional contraction follows. Past k the
    // code point is not in U, so it starts [W]+ only if it is in W; below k, the first one (from the top) in W.
    private static int Branch1(ReadOnlySpan<int> cp, ReadOnlySpan<byte> f, int j, ref int scan)
    {
        int n = cp.Length;
        int k = j;
        while (k < n && (f[k] & FU) != 0) k++;
        int e = k;
        if (e >= n || (f[e] & FW) == 0)
        {
            e = k - 1;
            while (e >= j && (f[e] & FW) == 0) e--;
            if (e < j)
            {
                scan = Math.Max(scan, Math.Min(k + 1, n));
                return -1;
            }
        }
        int w = e + 1;
        while (w < n && (f[w] & FW) != 0) w++;
        scan = Math.Max(scan, Math.Min(Math.Max(k, w) + 3, n));
        return Contraction(cp, w);
    }

    // (?i:'s|'t|'re|'ve|'m|'ll|'d)? at k (regex-syntax's simple case folding: s ~ S ~ U+017F, the others ASCII only).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Contraction(ReadOnlySpan<int> cp, int k)
    {
        int n = cp.Length;
        if (k + 1 >= n || cp[k] != '\'') return k;
        int c = cp[k + 1] | 0x20; // ASCII lower case (U+017F is unchanged by the OR)
        if (c is 's' or 't' or 'm' or 'd' || cp[k + 1] == 0x17F) return k + 2;
        if (k + 2 < n)
        {
            int c2 = cp[k + 2] | 0x20;
            if ((c is 'r' or 'v') && c2 == 'e') return k + 3;
            if (c == 'l' && c2 == 'l') return k + 3;
        }
        return k;
    }

    // ---------------------------------------------------------------------------------------------------------
    // fancy-regex 0.11.0's VM on the program it compiles for PatStr (compile.rs; the pattern is "hard" because of
    // the lookahead, so every alternative is compiled in hard mode and each single-class atom becomes a
    // DelegateSized). Only the stack of pending branches and the backtrack count matter beyond the match itself:
    // vm.rs fails with StackOverflow when a push finds 1,000,000 branches pending, and with BacktrackLimitExceeded
    // on the 1,000,001st backtrack within one search; tiktoken unwraps either, and the WASM traps.
    internal static class FancyVm
    {
        private const int MaxStack = 1_000_000;
        private const int BacktrackLimit = 1_000_000;

        private enum Op : byte { Split, Jmp, Any, Save, Save0, RepeatGr, Test, FailNegLa, End }

        private enum T : byte { C1, U, W, N, P, S, NotS, CrLf, CrLfSlash, Space, CS, CT, CRe, CVe, CM, CLl, CD }

        private readonly record struct Insn(Op Op, int A = 0, int B = 0, T Test = 0, int Lo = 0, int Hi = 0);

        private static readonly Insn[] Prog = Build();

        private static Insn[] Build()
        {
            var p = new List<Insn>();
            int Pc() => p.Count;
            void Add(Insn x) => p.Add(x);
            // (?i:'s|'t|'re|'ve|'m|'ll|'d) as compile_alt emits it: Split(this, next alternative), the delegate,
            // Jmp(end) for all but the last
            void Contractions()
            {
                T[] alts = [T.CS, T.CT, T.CRe, T.CVe, T.CM, T.CLl, T.CD];
                var jmps = new List<int>();
                for (int a = 0; a < alts.Length; a++)
                {
                    bool hasNext = a < alts.Length - 1;
                    int split = Pc();
                    if (hasNext) Add(new Insn(Op.Split, split + 1, split + 3));
                    Add(new Insn(Op.Test, Test: alts[a]));
                    if (hasNext)
                    {
                        jmps.Add(Pc());
                        Add(new Insn(Op.Jmp));
                    }
                }
                foreach (var jp in jmps) p[jp] = p[jp] with { A = Pc() };
            }
            // e? (greedy): Split(e, after)
            void Optional(Action e)
            {
                int at = Pc();
                Add(new Insn(Op.Split));
                e();
                p[at] = new Insn(Op.Split, at + 1, Pc());
            }
            // e* (greedy): Split(e, after); e; Jmp(split)
            void Star(T t)
            {
                int at = Pc();
                Add(new Insn(Op.Split));
                Add(new Insn(Op.Test, Test: t));
                Add(new Insn(Op.Jmp, at));
                p[at] = new Insn(Op.Split, at + 1, Pc());
            }
            // e+ (greedy): e; Split(e, after)
            void Plus(T t)
            {
                int at = Pc();
                Add(new Insn(Op.Test, Test: t));
                Add(new Insn(Op.Split, at, Pc() + 1));
            }

            // .*? before group 0: Split(group, Any); Any; Jmp(split)
            Add(new Insn(Op.Split, 3, 1));
            Add(new Insn(Op.Any));
            Add(new Insn(Op.Jmp, 0));
            Add(new Insn(Op.Save, 0));
            Action[] branches =
            [
                () => { Optional(() => Add(new Insn(Op.Test, Test: T.C1))); Star(T.U); Plus(T.W); Optional(Contractions); },
                () => { Optional(() => Add(new Insn(Op.Test, Test: T.C1))); Plus(T.U); Star(T.W); Optional(Contractions); },
                () =>
                {
                    // \p{N}{1,3}: Save0(repeat); RepeatGr{1, 3, next}; e; Jmp(repeat insn)
                    Add(new Insn(Op.Save0));
                    int rep = Pc();
                    Add(new Insn(Op.RepeatGr, Lo: 1, Hi: 3));
                    Add(new Insn(Op.Test, Test: T.N));
                    Add(new Insn(Op.Jmp, rep));
                    p[rep] = p[rep] with { A = Pc() };
                },
                () => { Optional(() => Add(new Insn(Op.Test, Test: T.Space))); Plus(T.P); Star(T.CrLfSlash); },
                () => { Star(T.S); Plus(T.CrLf); },
                () =>
                {
                    Plus(T.S);
                    // (?!\S): Split(body, after); body; FailNegativeLookAround
                    int at = Pc();
                    Add(new Insn(Op.Split));
                    Add(new Insn(Op.Test, Test: T.NotS));
                    Add(new Insn(Op.FailNegLa));
                    p[at] = new Insn(Op.Split, at + 1, Pc());
                },
                () => Plus(T.S),
            ];
            var altJmps = new List<int>();
            int lastSplit = -1;
            for (int b = 0; b < branches.Length; b++)
            {
                bool hasNext = b < branches.Length - 1;
                int at = Pc();
                if (hasNext) Add(new Insn(Op.Split, at + 1, -1));
                if (lastSplit >= 0) p[lastSplit] = p[lastSplit] with { B = at };
                lastSplit = at;
                branches[b]();
                if (hasNext)
                {
                    altJmps.Add(Pc());
                    Add(new Insn(Op.Jmp));
                }
            }
            foreach (var jp in altJmps) p[jp] = p[jp] with { A = Pc() };
            Add(new Insn(Op.Save, 1));
            Add(new Insn(Op.End));
            return [.. p];
        }

        /// <summary>Code points the test consumes at ix, or -1.</summary>
        private static int Match(T t, ReadOnlySpan<int> cp, ReadOnlySpan<byte> f, int ix)
        {
            int n = cp.Length;
            if (ix >= n) return -1;
            int c = cp[ix];
            switch (t)
            {
                case T.C1: return (f[ix] & FC1) != 0 ? 1 : -1;
                case T.U: return (f[ix] & FU) != 0 ? 1 : -1;
                case T.W: return (f[ix] & FW) != 0 ? 1 : -1;
                case T.N: return (f[ix] & FN) != 0 ? 1 : -1;
                case T.P: return (f[ix] & FP) != 0 ? 1 : -1;
                case T.S: return (f[ix] & FS) != 0 ? 1 : -1;
                case T.NotS: return (f[ix] & FS) == 0 ? 1 : -1;
                case T.CrLf: return c is '\r' or '\n' ? 1 : -1;
                case T.CrLfSlash: return c is '\r' or '\n' or '/' ? 1 : -1;
                case T.Space: return c == ' ' ? 1 : -1;
            }
            if (c != '\'' || ix + 1 >= n) return -1;
            int c1 = cp[ix + 1];
            int l1 = c1 | 0x20;
            switch (t)
            {
                case T.CS: return l1 == 's' || c1 == 0x17F ? 2 : -1;
                case T.CT: return l1 == 't' ? 2 : -1;
                case T.CM: return l1 == 'm' ? 2 : -1;
                case T.CD: return l1 == 'd' ? 2 : -1;
            }
            if (ix + 2 >= n) return -1;
            int l2 = cp[ix + 2] | 0x20;
            return t switch
            {
                T.CRe => l1 == 'r' && l2 == 'e' ? 3 : -1,
                T.CVe => l1 == 'v' && l2 == 'e' ? 3 : -1,
                T.CLl => l1 == 'l' && l2 == 'l' ? 3 : -1,
                _ => -1,
            };
        }

        /// <summary>
        /// vm::run from pos: the end of the match (code points), or -1 when there is none; throws RuntimeError
        /// "unreachable" where fancy-regex returns an error.
        /// </summary>
        internal static int Find(ReadOnlySpan<int> cp, ReadOnlySpan<byte> f, int pos) => Find(cp, f, pos, out _, out _);

        internal static int Find(ReadOnlySpan<int> cp, ReadOnlySpan<byte> f, int pos, out int maxStack, out int backtracks)
        {
            var prog = Prog;
            var stack = new List<(int Pc, int Ix)>();
            int n = cp.Length;
            int pc = 0, ix = pos, repeat = 0;
            backtracks = 0;
            maxStack = 0;
            void Push(List<(int, int)> s, int target, int at, ref int max)
            {
                if (s.Count >= MaxStack) throw Unreachable(); // RuntimeError::StackOverflow
                s.Add((target, at));
                if (s.Count > max) max = s.Count;
            }
            while (true)
            {
                bool fail = false;
                var insn = prog[pc];
                switch (insn.Op)
                {
                    case Op.End:
                        return ix;
                    case Op.Any:
                        if (ix < n) ix++;
                        else fail = true;
                        break;
                    case Op.Split:
                        Push(stack, insn.B, ix, ref maxStack);
                        pc = insn.A;
                        continue;
                    case Op.Jmp:
                        pc = insn.A;
                        continue;
                    case Op.Save:
                        break;
                    case Op.Save0:
                        repeat = 0; // only \p{N}{1,3} uses a repeat slot, and no branch resumed after it reads it
                        break;
                    case Op.RepeatGr:
                        if (repeat == insn.Hi)
                        {
                            pc = insn.A;
                            continue;
                        }
                        repeat++;
                        if (repeat - 1 >= insn.Lo) Push(stack, insn.A, ix, ref maxStack);
                        break;
                    case Op.Test:
                        int len = Match(insn.Test, cp, f, ix);
                        if (len < 0) fail = true;
                        else ix += len;
                        break;
                    case Op.FailNegLa:
                        // discard what the look-around pushed, down to the branch that continues after it
                        while (true)
                        {
                            var (ppc, _) = stack[^1];
                            stack.RemoveAt(stack.Count - 1);
                            if (ppc == pc + 1) break;
                        }
                        fail = true;
                        break;
                }
                if (!fail)
                {
                    pc++;
                    continue;
                }
                if (stack.Count == 0) return -1;
                if (++backtracks > BacktrackLimit) throw Unreachable(); // RuntimeError::BacktrackLimitExceeded
                (pc, ix) = stack[^1];
                stack.RemoveAt(stack.Count - 1);
            }
        }

        /// <summary>The compiled program, one instruction a line (for tests).</summary>
        internal static string Dump() => string.Join("\n", Prog.Select((x, i) => $"{i}: {x}"));
    }
}
