namespace LapceParity;

/// <summary>The original this project is measured against (shared/codex/PIN of the steering repository).</summary>
public static class CodexPin
{
    public const string Name = "Kilo Code";
    public const string Version = "4.88.0";
    public const string Commit = "3513c60ffa2d06403760c1c6b9fc8defa1ba7bf9";
}
