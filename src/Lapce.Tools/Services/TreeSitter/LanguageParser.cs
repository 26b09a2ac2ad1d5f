// Port of src/services/tree-sitter/languageParser.ts (Kilo Code 4.88.0).
using Lapce.Tools.Services.TreeSitter.Native;
using Lapce.Tools.Services.TreeSitter.Queries;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Services.TreeSitter;

/// <summary>A parser and the query of its language (<c>LanguageParser[key]</c>).</summary>
public sealed record LanguageParserEntry(Parser Parser, Query Query);

/// <summary>
/// loadRequiredLanguageParsers: one parser + query per extension of the given files. Codex loads
/// tree-sitter-NAME.wasm into web-tree-sitter; the port loads grammar NAME from the native library
/// (tools/tree-sitter: the same grammar sources tree-sitter-wasms built those files from).
/// </summary>
public static class LanguageParser
{
    private static Language LoadLanguage(string langName)
    {
        var wasmPath = $"tree-sitter-{langName}.wasm";
        try
        {
            return Language.Load(langName)
                ?? throw new JsError("Error", $"grammar \"{langName}\" is not in the native tree-sitter build (see tools/tree-sitter/grammars.json)");
        }
        catch (Exception error)
        {
            Console.Error.WriteLine($"Error loading language: {wasmPath}: {error.Message}");
            throw;
        }
    }

    private static bool _isParserInitialized;

    public static Task<Dictionary<string, LanguageParserEntry>> LoadRequiredLanguageParsersAsync(IEnumerable<string> filesToParse)
    {
        if (!_isParserInitialized)
        {
            try
            {
                _ = TsNative.Handle; // Parser.init(): the runtime must load
                _isParserInitialized = true;
            }
            catch (Exception error)
            {
                Console.Error.WriteLine($"Error initializing parser: {error.Message}");
                throw;
            }
        }

        var extensionsToLoad = new List<string>();
        foreach (var file in filesToParse)
        {
            var ext = JsString.Slice(NodePath.Extname(file).ToLowerInvariant(), 1);
            if (!extensionsToLoad.Contains(ext)) extensionsToLoad.Add(ext); // a Set keeps insertion order
        }
        var parsers = new Dictionary<string, LanguageParserEntry>();

        foreach (var ext in extensionsToLoad)
        {
            Language language;
            Query query;
            var parserKey = ext; // Default to using extension as key

            switch (ext)
            {
                case "js":
                case "jsx":
                case "json":
                    language = LoadLanguage("javascript");
                    query = new Query(language, JavaScript.Query);
                    break;
                case "ts":
                    language = LoadLanguage("typescript");
                    query = new Query(language, TypeScript.Query);
                    break;
                case "tsx":
                    language = LoadLanguage("tsx");
                    query = new Query(language, Tsx.Query);
                    break;
                case "py":
                    language = LoadLanguage("python");
                    query = new Query(language, Python.Query);
                    break;
                case "rs":
                    language = LoadLanguage("rust");
                    query = new Query(language, Rust.Query);
                    break;
                case "go":
                    language = LoadLanguage("go");
                    query = new Query(language, Go.Query);
                    break;
                case "cpp":
                case "hpp":
                    language = LoadLanguage("cpp");
                    query = new Query(language, Cpp.Query);
                    break;
                case "c":
                case "h":
                    language = LoadLanguage("c");
                    query = new Query(language, C.Query);
                    break;
                case "cs":
                    language = LoadLanguage("c_sharp");
                    query = new Query(language, CSharp.Query);
                    break;
                case "rb":
                    language = LoadLanguage("ruby");
                    query = new Query(language, Ruby.Query);
                    break;
                case "java":
                    language = LoadLanguage("java");
                    query = new Query(language, Java.Query);
                    break;
                case "php":
                    language = LoadLanguage("php");
                    query = new Query(language, Php.Query);
                    break;
                case "swift":
                    language = LoadLanguage("swift");
                    query = new Query(language, Swift.Query);
                    break;
                case "kt":
                case "kts":
                    language = LoadLanguage("kotlin");
                    query = new Query(language, Kotlin.Query);
                    break;
                case "css":
                    language = LoadLanguage("css");
                    query = new Query(language, Css.Query);
                    break;
                case "html":
                    language = LoadLanguage("html");
                    query = new Query(language, Html.Query);
                    break;
                case "ml":
                case "mli":
                    language = LoadLanguage("ocaml");
                    query = new Query(language, OCaml.Query);
                    break;
                case "scala":
                    language = LoadLanguage("scala");
                    query = new Query(language, Lua.Query); // Temporarily use Lua query until Scala is implemented
                    break;
                case "sol":
                    language = LoadLanguage("solidity");
                    query = new Query(language, Solidity.Query);
                    break;
                case "toml":
                    language = LoadLanguage("toml");
                    query = new Query(language, Toml.Query);
                    break;
                case "vue":
                    language = LoadLanguage("vue");
                    query = new Query(language, Vue.Query);
                    break;
                case "lua":
                    language = LoadLanguage("lua");
                    query = new Query(language, Lua.Query);
                    break;
                case "rdl":
                    language = LoadLanguage("systemrdl");
                    query = new Query(language, SystemRdl.Query);
                    break;
                case "tla":
                    language = LoadLanguage("tlaplus");
                    query = new Query(language, TlaPlus.Query);
                    break;
                case "zig":
                    language = LoadLanguage("zig");
                    query = new Query(language, Zig.Query);
                    break;
                case "ejs":
                case "erb":
                    parserKey = "embedded_template"; // Use same key for both extensions.
                    language = LoadLanguage("embedded_template");
                    query = new Query(language, EmbeddedTemplate.Query);
                    break;
                case "el":
                    language = LoadLanguage("elisp");
                    query = new Query(language, Elisp.Query);
                    break;
                case "ex":
                case "exs":
                    language = LoadLanguage("elixir");
                    query = new Query(language, Elixir.Query);
                    break;
                default:
                    throw new JsError("Error", $"Unsupported language: {ext}");
            }

            var parser = new Parser();
            parser.SetLanguage(language);
            parsers[parserKey] = new LanguageParserEntry(parser, query);
        }

        return Task.FromResult(parsers);
    }
}
