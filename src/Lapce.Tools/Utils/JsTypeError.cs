// A JavaScript TypeError raised where the TypeScript original dereferences `undefined`. The message is the
// one V8 (Node 20 / the VS Code extension host) produces, because callers show `error.message` to the model.
namespace Lapce.Tools.Utils;

public sealed class JsTypeError(string message) : JsError("TypeError", message);
