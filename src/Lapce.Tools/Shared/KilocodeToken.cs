// Port of src/shared/kilocode/token.ts (Kilo Code 4.88.0): the Kilo Code API's base URI for a token.
using System.Text;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Shared;

public static class KilocodeToken
{
    /// <summary>
    /// <c>getKiloBaseUriFromToken(kilocodeToken)</c>: "http://localhost:3000" when the token's (untrusted) JWT payload says
    /// <c>env: "development"</c>, else "https://api.kilocode.ai". Any failure to read the payload gives the latter.
    /// </summary>
    public static string GetKiloBaseUriFromToken(string? kilocodeToken)
    {
        if (!string.IsNullOrEmpty(kilocodeToken))
        {
            try
            {
                var parts = kilocodeToken.Split('.');
                var payloadString = parts.Length > 1 ? parts[1] : "undefined"; // atob(undefined) reads "undefined"
                var payloadJson = Atob(payloadString);
                var payload = JsJsonParse.Parse(payloadJson);
                // note: this is UNTRUSTED (as in Codex): never read URIs from the JWT directly.
                if (JsValue.Get(payload, "env") is "development") return "http://localhost:3000";
            }
            catch (Exception)
            {
                // console.warn("Failed to get base URL from Kilo Code token")
            }
        }
        return "https://api.kilocode.ai";
    }

    /// <summary>The global <c>atob</c> (forgiving-base64 decode; each byte becomes one char); throws on bad input.</summary>
    private static string Atob(string input)
    {
        var s = new StringBuilder();
        foreach (var c in input) if (c is not (' ' or '\t' or '\n' or '\f' or '\r')) s.Append(c);
        var data = s.ToString();
        if (data.Length % 4 == 0)
        {
            if (data.EndsWith("==", StringComparison.Ordinal)) data = data[..^2];
            else if (data.EndsWith('=')) data = data[..^1];
        }
        if (data.Length % 4 == 1) throw new FormatException("The string to be decoded is not correctly encoded.");
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var output = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var c in data)
        {
            var v = alphabet.IndexOf(c);
            if (v < 0) throw new FormatException("The string to be decoded is not correctly encoded.");
            buffer = (buffer << 6) | v;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output.Append((char)((buffer >> bits) & 0xFF));
            }
        }
        return output.ToString();
    }
}
