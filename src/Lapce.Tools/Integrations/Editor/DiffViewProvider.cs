// Port of src/integrations/editor/DiffViewProvider.ts (Kilo Code 4.88.0).
//
// The edit is streamed into the file's document shown in a diff editor against the original content, then saved
// (or reverted). The documents, tabs and editors are VS Code's; here they are TextDocumentModel, which mirrors the
// rules of VS Code's text model that the outcome depends on (BOM, EOL, clean/dirty, reload). Decorations (faded
// overlay, active line) and scrolling change nothing observable and are left out; VS Code reports no diagnostics
// here, so the "new problems" text is always empty (its wait, writeDelayMs, is kept).
using System.Text;
using Lapce.Tools.Prompts;
using Lapce.Tools.Shared;
using Lapce.Tools.Tasks;
using Lapce.Tools.Utils;

namespace Lapce.Tools.Integrations.Editor;

/// <summary>What <c>saveChanges</c> / <c>saveDirectly</c> return.</summary>
public sealed record SaveResult(string? NewProblemsMessage, string? UserEdits, string? FinalContent);

public sealed class DiffViewProvider
{
    public const string DiffViewUriScheme = "cline-diff";
    public const string DiffViewLabelChanges = "Original ↔ Kilo Code's Changes";

    // Properties to store the results of saveChanges
    public string? NewProblemsMessage { get; private set; }
    public string? UserEdits { get; private set; }
    /// <summary>"create" or "modify"; null when unknown.</summary>
    public string? EditType { get; set; }
    public bool IsEditing { get; private set; }
    public string? OriginalContent { get; set; }

    private List<string> _createdDirs = [];
    private bool _documentWasOpen;
    /// <summary>The file's bytes when the edit began: what a revert puts back (see RevertChangesAsync).</summary>
    private byte[]? _originalBytes;
    private string? _relPath;
    private string? _newContent;
    private TextEditor? _activeDiffEditor;
    /// <summary><c>streamedLines.length</c> (nothing else of the streamed lines is read).</summary>
    private int _streamedLineCount;
    private readonly string _cwd;
    private readonly TextDocumentModel _vscode;

    /// <summary>
    /// <c>new DiffViewProvider(cwd, task)</c>. Codex keeps a reference to the task to read the diagnostics settings of
    /// its provider state (includeDiagnosticMessages, maxDiagnosticMessages), which only matter with diagnostics.
    /// </summary>
    public DiffViewProvider(string cwd, ClineTask task)
    {
        _cwd = cwd;
        _vscode = task.VsCode.TextDocuments;
    }

    /// <summary><c>open(relPath)</c>: reads the original, creates a new file (and its folders), opens the diff editor.</summary>
    public async Task OpenAsync(string relPath)
    {
        _relPath = relPath;
        var fileExists = EditType == "modify";
        var absolutePath = NodePath.Resolve(_cwd, relPath);
        IsEditing = true;

        // If the file is already open, ensure it's not dirty before getting its contents.
        if (fileExists)
        {
            var existingDocument = _vscode.TextDocuments.FirstOrDefault(doc => Paths.ArePathsEqual(doc.FsPath, absolutePath));

            if (existingDocument is { IsDirty: true })
            {
                await existingDocument.SaveAsync();
            }
        }

        // (Diagnostics before editing would be taken here, to compare after saving: there are none.)

        // (fs.readFile(absolutePath, "utf-8"); the bytes read are also what a revert puts back.)
        _originalBytes = fileExists ? NodeFs.ReadFileSync(absolutePath) : null;
        OriginalContent = _originalBytes is not null ? NodeFs.Utf8.GetString(_originalBytes) : "";

        // For new files, create any necessary directories and keep track of new directories to delete if the user
        // denies the operation.
        _createdDirs = await Fs.CreateDirectoriesForFileAsync(absolutePath);

        // Make sure the file exists before we open it.
        if (!fileExists)
        {
            await NodeFs.WriteFileAsync(absolutePath, "");
        }

        // If the file was already open, close it (it's already saved above).
        _documentWasOpen = false;

        var tabs = _vscode.Tabs.Where(tab => !tab.IsDiff && Paths.ArePathsEqual(tab.FsPath, absolutePath)).ToList();
        foreach (var tab in tabs)
        {
            if (!tab.IsDirty)
            {
                await _vscode.CloseTabAsync(tab);
            }
            _documentWasOpen = true;
        }

        _activeDiffEditor = await OpenDiffEditorAsync();
        // (The faded overlay covers all lines; the editor scrolls to line 0.)
        _streamedLineCount = 0;
    }

    /// <summary>
    /// <c>update(accumulatedContent, isFinal)</c>: replaces the document's lines streamed so far (all but the last,
    /// partial line unless final); the final update replaces the whole document, keeping the original's final newline.
    /// </summary>
    public async Task UpdateAsync(string accumulatedContent, bool isFinal)
    {
        // (Codex checks relPath and the decoration controllers, which open() sets with the diff editor.)
        if (_relPath is null || _activeDiffEditor is null)
        {
            throw new JsError("Error", "Required values not set");
        }

        _newContent = accumulatedContent;
        // accumulatedContent.split("\n"), without the last partial line unless final: only its length and its join are
        // used, and the join of the lines with "\n" after each is a prefix of the content (no split of whole files).
        var lastNewline = accumulatedContent.LastIndexOf('\n');
        var accumulatedLineCount = accumulatedContent.AsSpan().Count('\n') + (isFinal ? 1 : 0);

        var diffEditor = _activeDiffEditor;
        var document = diffEditor?.Document;

        if (diffEditor is null || document is null)
        {
            throw new JsError("Error", "User closed text editor, unable to edit file...");
        }

        var endLine = accumulatedLineCount;
        // Replace all content up to the current line with accumulated lines.
        var edit = new WorkspaceEdit();
        var rangeToReplace = new DocRange(0, 0, endLine, 0);
        // accumulatedLines.join("\n") + (accumulatedLines.length > 0 ? "\n" : "")
        var contentToReplace = isFinal ? accumulatedContent + "\n" : accumulatedContent[..(lastNewline + 1)];
        edit.Replace(document.FsPath, rangeToReplace, StripAllBoms(contentToReplace));
        await _vscode.ApplyEditAsync(edit);

        // Update the streamedLines with the new accumulated content.
        _streamedLineCount = accumulatedLineCount;

        if (isFinal)
        {
            // Handle any remaining lines if the new content is shorter than the original.
            if (_streamedLineCount < document.LineCount)
            {
                var deleteEdit = new WorkspaceEdit();
                deleteEdit.Delete(document.FsPath, new DocRange(_streamedLineCount, 0, document.LineCount, 0));
                await _vscode.ApplyEditAsync(deleteEdit);
            }

            // Preserve empty last line if original content had one.
            var hasEmptyLastLine = OriginalContent?.EndsWith('\n') == true;

            if (hasEmptyLastLine && !accumulatedContent.EndsWith('\n'))
            {
                accumulatedContent += "\n";
            }

            // Apply the final content.
            var finalEdit = new WorkspaceEdit();
            finalEdit.Replace(document.FsPath, new DocRange(0, 0, document.LineCount, 0), StripAllBoms(accumulatedContent));
            await _vscode.ApplyEditAsync(finalEdit);
        }
    }

    /// <summary>
    /// <c>saveChanges(diagnosticsEnabled, writeDelayMs)</c>: saves the document and reports the user's edits — the
    /// document's content against the content the tool wrote, both in the new content's EOL — as a pretty patch.
    /// Nothing is saved when there is no new content (an empty one included).
    /// </summary>
    public async Task<SaveResult> SaveChangesAsync(bool diagnosticsEnabled = true, double writeDelayMs = GlobalSettings.DefaultWriteDelayMs)
    {
        if (_relPath is null || string.IsNullOrEmpty(_newContent) || _activeDiffEditor is null)
        {
            return new SaveResult(null, null, null);
        }

        var absolutePath = NodePath.Resolve(_cwd, _relPath);
        var updatedDocument = _activeDiffEditor.Document;
        var editedContent = updatedDocument.GetText();

        if (updatedDocument.IsDirty)
        {
            await updatedDocument.SaveAsync();
        }

        await _vscode.ShowTextDocumentAsync(absolutePath);
        await CloseAllDiffViewsAsync();

        // Only problems that are new after this edit would be reported (errors only); VS Code reports none here.
        var newProblemsMessage = "";

        if (diagnosticsEnabled)
        {
            // Configurable delay to allow linters time to process and clean up issues; never negative.
            var safeDelayMs = Math.Max(0, writeDelayMs);
            await Delay(safeDelayMs);

            var newProblems = ""; // diagnosticsToProblemsString(getNewDiagnostics(pre, post), [Error], cwd, …)
            newProblemsMessage = newProblems.Length > 0 ? $"\n\nNew problems detected after saving the file:\n{newProblems}" : "";
        }

        // If the edited content has different EOL characters, we don't want to show a diff with all the EOL differences.
        var newContentEol = _newContent.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

        // Normalize EOL characters without trimming content
        var normalizedEditedContent = NormalizeEol(editedContent, newContentEol);

        // Just in case the new content has a mix of varying EOL characters.
        var normalizedNewContent = NormalizeEol(_newContent, newContentEol);

        if (normalizedEditedContent != normalizedNewContent)
        {
            // User made changes before approving edit.
            var userEdits = FormatResponse.CreatePrettyPatch(_relPath.ToPosix(), normalizedNewContent, normalizedEditedContent);

            // Store the results as class properties for pushToolWriteResult to use
            NewProblemsMessage = newProblemsMessage;
            UserEdits = userEdits;

            return new SaveResult(newProblemsMessage, userEdits, normalizedEditedContent);
        }

        // No changes to the edits.
        NewProblemsMessage = newProblemsMessage;
        UserEdits = null;

        return new SaveResult(newProblemsMessage, null, normalizedEditedContent);
    }

    // .replace(/\r\n|\n/g, eol)
    private static string NormalizeEol(string s, string eol)
    {
        var span = s.AsSpan();
        // Nothing to replace when every break already is eol (checked with vectorised counts: these are whole files).
        var crlf = span.Count("\r\n");
        var lf = span.Count('\n');
        if (eol == "\n" ? crlf == 0 : eol == "\r\n" && lf == crlf) return s;
        var sb = new StringBuilder(s.Length + lf);
        var i = 0;
        while (i < span.Length)
        {
            var rel = span[i..].IndexOf('\n');
            if (rel < 0)
            {
                sb.Append(span[i..]);
                break;
            }
            var at = i + rel;
            // a "\r\n" is replaced whole, a lone "\n" alone
            var end = at > i && span[at - 1] == '\r' ? at - 1 : at;
            sb.Append(span[i..end]).Append(eol);
            i = at + 1;
        }
        return sb.ToString();
    }

    private const string NoticeNoReread = "You do not need to re-read the file, as you have seen all changes";
    private const string NoticeBaseline = "Proceed with the task using these changes as the new baseline.";
    private const string NoticeUserEdits = "If the user's edits have addressed part of the task or changed the requirements, adjust your approach accordingly.";

    /// <summary>
    /// <c>pushToolWriteResult(task, cwd, isNewFile)</c>: shows the user's edits (if any) and returns the
    /// <c>&lt;file_write_result&gt;</c> XML for the model.
    /// </summary>
    public async Task<string> PushToolWriteResultAsync(ClineTask task, string cwd, bool isNewFile)
    {
        if (_relPath is null)
        {
            throw new JsError("Error", "No file path available in DiffViewProvider");
        }

        // Only send user_feedback_diff if userEdits exists
        if (!string.IsNullOrEmpty(UserEdits))
        {
            var say = new JsObject
            {
                { "tool", isNewFile ? "newFileCreated" : "editedExistingFile" },
                { "path", Paths.GetReadablePath(cwd, _relPath) },
                { "diff", UserEdits },
            };

            await task.SayAsync("user_feedback_diff", JsJson.Stringify(say));
        }

        // XMLBuilder({ format: true, indentBy: "", suppressEmptyNode: true, processEntities: false, tagValueProcessor
        // escaping only &, < and > }): every element on its own line, objects open and close on lines of their own,
        // undefined children left out.
        var hasUserEdits = !string.IsNullOrEmpty(UserEdits);
        var xml = new StringBuilder();
        xml.Append("<file_write_result>\n");
        TextNode(xml, "path", _relPath);
        TextNode(xml, "operation", isNewFile ? "created" : "modified");
        if (hasUserEdits) TextNode(xml, "user_edits", UserEdits!);
        if (!string.IsNullOrEmpty(NewProblemsMessage)) TextNode(xml, "problems", NewProblemsMessage);
        xml.Append("<notice>\n");
        TextNode(xml, "i", NoticeNoReread);
        TextNode(xml, "i", NoticeBaseline);
        if (hasUserEdits) TextNode(xml, "i", NoticeUserEdits);
        xml.Append("</notice>\n");
        xml.Append("</file_write_result>\n");
        return xml.ToString();
    }

    // buildTextValNode: <key>value</key>, or <key/> for an empty value (suppressEmptyNode), then the line break.
    private static void TextNode(StringBuilder xml, string key, string value)
    {
        var text = value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        if (text.Length == 0) xml.Append('<').Append(key).Append("/>\n");
        else xml.Append('<').Append(key).Append('>').Append(text).Append("</").Append(key).Append(">\n");
    }

    /// <summary>
    /// <c>revertChanges()</c>: a new file is deleted (with the folders created for it); an existing one gets its original
    /// content back through the document (BOM stripped and re-added on save, line breaks in the document's EOL).
    /// </summary>
    public async Task RevertChangesAsync()
    {
        if (_relPath is null || _activeDiffEditor is null)
        {
            return;
        }

        var fileExists = EditType == "modify";
        var updatedDocument = _activeDiffEditor.Document;
        var absolutePath = NodePath.Resolve(_cwd, _relPath);

        if (!fileExists)
        {
            if (updatedDocument.IsDirty)
            {
                await updatedDocument.SaveAsync();
            }

            await CloseAllDiffViewsAsync();
            await NodeFs.UnlinkAsync(absolutePath);

            // Remove only the directories we created, in reverse order.
            for (var i = _createdDirs.Count - 1; i >= 0; i--)
            {
                await NodeFs.RmdirAsync(_createdDirs[i]);
            }
        }
        else
        {
            // Revert document.
            var edit = new WorkspaceEdit();
            var fullRange = new DocRange(updatedDocument.PositionAt(0), updatedDocument.PositionAt(updatedDocument.GetText().Length));
            edit.Replace(updatedDocument.FsPath, fullRange, StripAllBoms(OriginalContent ?? ""));

            // Apply the edit and save, since contents shouldn't have changed this won't show in local history unless
            // the user made changes and saved during the edit.
            await _vscode.ApplyEditAsync(edit);
            await updatedDocument.SaveAsync();

            // Deliberate divergence from Codex: saving the document back normalises mixed line endings and rewrites
            // bytes that are not UTF-8. The port puts the exact original bytes back, so a denied or failed edit never
            // changes a file (scenarios where Codex does change it are tagged @divergence).
            if (_originalBytes is not null && !(await File.ReadAllBytesAsync(absolutePath)).AsSpan().SequenceEqual(_originalBytes))
            {
                await NodeFs.WriteFileAsync(absolutePath, _originalBytes);
            }

            if (_documentWasOpen)
            {
                await _vscode.ShowTextDocumentAsync(absolutePath);
            }

            await CloseAllDiffViewsAsync();
        }

        // Edit is done.
        await ResetAsync();
    }

    private async Task CloseAllDiffViewsAsync()
    {
        var tabs = _vscode.Tabs
            .Where(tab =>
                // standard diff views with our URI scheme
                (tab.IsDiff && tab.OriginalScheme == DiffViewUriScheme && !tab.IsDirty)
                // or by label, for diff views created differently
                || (tab.Label.Contains(DiffViewLabelChanges, StringComparison.Ordinal) && !tab.IsDirty))
            .ToList();
        foreach (var tab in tabs)
        {
            await _vscode.CloseTabAsync(tab);
        }
    }

    private async Task<TextEditor> OpenDiffEditorAsync()
    {
        if (_relPath is null)
        {
            throw new JsError("Error", "No file path set for opening diff editor. Ensure open() was called before openDiffEditor()");
        }

        var fsPath = NodePath.Resolve(_cwd, _relPath);

        // If this diff editor is already open (ie if a previous write file was interrupted) then activate that
        // instead of opening a new diff.
        var diffTab = _vscode.Tabs.Find(tab =>
            tab.IsDiff && tab.OriginalScheme == DiffViewUriScheme && Paths.ArePathsEqual(tab.FsPath, fsPath));

        if (diffTab is not null)
        {
            return await _vscode.ShowTextDocumentAsync(diffTab.FsPath);
        }

        // Open new diff editor: the file first as a text document (so it is not in preview mode), then the diff of the
        // original content against it.
        var fileName = NodePath.Basename(fsPath);
        var fileExists = EditType == "modify";
        var editor = await _vscode.ShowTextDocumentAsync(fsPath);
        // `${DIFF_VIEW_URI_SCHEME}:${fileName}` with the query base64(originalContent)
        var originalUri = new DiffOriginal(DiffViewUriScheme, fileName, OriginalContent ?? "");
        await _vscode.OpenDiffAsync(
            originalUri,
            fsPath,
            $"{fileName}: {(fileExists ? DiffViewLabelChanges : "New File")} (Editable)");
        return editor;
    }

    /// <summary><c>scrollToFirstDiff()</c>: finds the first changed line (the editor would reveal it; nothing observable).</summary>
    public void ScrollToFirstDiff()
    {
        if (_activeDiffEditor is null)
        {
            return;
        }

        var currentContent = _activeDiffEditor.Document.GetText();
        // diffLines(originalContent, currentContent), then the lines of the parts before the first added or removed
        // one. jsdiff's Myers search starts by following the common lines from the start, and every path it builds
        // extends that one, so the first change always comes right after the longest common prefix of whole lines
        // ("\n"-terminated): that line count is the answer, without diffing whole files (an identical file has no
        // change and nothing to reveal).
        var original = OriginalContent ?? "";
        if (original == currentContent)
        {
            return;
        }

        var common = original.AsSpan().CommonPrefixLength(currentContent);
        var lineCount = original.AsSpan(0, common).Count('\n');
        // Found the first diff: revealRange(new Range(lineCount, 0, lineCount, 0), InCenter).
        _ = lineCount;
    }

    // stripBom until nothing changes: every leading U+FEFF.
    private static string StripAllBoms(string input)
    {
        var i = 0;
        while (i < input.Length && input[i] == '\uFEFF') i++;
        return input[i..];
    }

    /// <summary><c>reset()</c>: closes the diff views and forgets the edit.</summary>
    public async Task ResetAsync()
    {
        await CloseAllDiffViewsAsync();
        EditType = null;
        IsEditing = false;
        OriginalContent = null;
        _createdDirs = [];
        _documentWasOpen = false;
        _activeDiffEditor = null;
        _streamedLineCount = 0;
    }

    /// <summary>
    /// <c>saveDirectly(relPath, content, openFile, diagnosticsEnabled, writeDelayMs)</c>: writes the content to the file
    /// without a diff view (the preventFocusDisruption experiment), opening it (or only loading it) afterwards.
    /// </summary>
    public async Task<SaveResult> SaveDirectlyAsync(
        string relPath,
        string content,
        bool openFile = true,
        bool diagnosticsEnabled = true,
        double writeDelayMs = GlobalSettings.DefaultWriteDelayMs)
    {
        var absolutePath = NodePath.Resolve(_cwd, relPath);

        // (Diagnostics before editing would be taken here: there are none.)

        // Write the content directly to the file
        await Fs.CreateDirectoriesForFileAsync(absolutePath);
        await NodeFs.WriteFileAsync(absolutePath, content);

        if (openFile)
        {
            // Show the document in the editor
            await _vscode.ShowTextDocumentAsync(absolutePath);
        }
        else
        {
            // Just open the document in memory (to trigger diagnostics) without showing it
            var doc = await _vscode.OpenTextDocumentAsync(absolutePath);

            // Save the document to ensure VS Code recognizes it as saved
            if (doc.IsDirty)
            {
                await doc.SaveAsync();
            }

            // Force a small delay to ensure diagnostics are triggered
            await JsTimers.Delay(100);
        }

        var newProblemsMessage = "";

        if (diagnosticsEnabled)
        {
            // Configurable delay to allow linters time to process
            var safeDelayMs = Math.Max(0, writeDelayMs);
            await Delay(safeDelayMs);

            var newProblems = ""; // no diagnostics (see saveChanges)
            newProblemsMessage = newProblems.Length > 0 ? $"\n\nNew problems detected after saving the file:\n{newProblems}" : "";
        }

        // Store the results for pushToolWriteResult
        NewProblemsMessage = newProblemsMessage;
        UserEdits = null;
        _relPath = relPath;
        _newContent = content;

        return new SaveResult(newProblemsMessage, null, content);
    }

    // delay(ms) (the npm package: setTimeout, which waits at least 1 ms and truncates fractions).
    private static Task Delay(double ms) => JsTimers.Delay(ms);
}
