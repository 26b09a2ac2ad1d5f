// JS error identity for .NET exceptions: the `name` a JS error would carry, and serialize-error's output
// (the npm package Codex uses in handleError: JSON.stringify(serializeError(error))).
namespace Lapce.Tools.Utils;

/// <summary>
/// An exception that stands for a JS error of a given <see cref="Name"/> (e.g. "ReferenceError", "TypeError"),
/// optionally with own enumerable properties (e.g. Node's <c>code</c>, <c>errno</c>, <c>syscall</c>, <c>path</c>),
/// which serialize-error writes before name, message and stack.
/// </summary>
public class JsError : Exception
{
    public string Name { get; }
    public JsObject OwnProperties { get; }

    public JsError(string name, string message, JsObject? ownProperties = null, Exception? inner = null) : base(message, inner)
    {
        Name = name;
        OwnProperties = ownProperties ?? new JsObject();
    }

    /// <summary>The JS <c>error.name</c> of any exception: a <see cref="JsError"/>'s own, otherwise "Error".</summary>
    public static string NameOf(Exception e) => e is JsError js ? js.Name : "Error";

    /// <summary><c>String(error)</c> of a JS Error: "Name: message" (just the name when the message is empty).</summary>
    public static string ToJsString(Exception e)
    {
        var name = NameOf(e);
        return e.Message.Length == 0 ? name : $"{name}: {e.Message}";
    }

    /// <summary>
    /// serialize-error 12's <c>serializeError(error)</c> for an Error: own enumerable properties first, then
    /// name, message, stack (and code when it was not an own property), all enumerable. The stack is the .NET
    /// one; parity runs normalise stacks away.
    /// </summary>
    public static JsObject Serialize(Exception e)
    {
        var o = new JsObject();
        if (e is JsError js)
        {
            foreach (var (k, v) in js.OwnProperties) o[k] = v;
        }
        o["name"] = NameOf(e);
        o["message"] = e.Message;
        o["stack"] = e.StackTrace is { Length: > 0 } st ? $"{ToJsString(e)}\n{st}" : ToJsString(e);
        return o;
    }
}
