namespace LapceParity;

public static class RepoRoot
{
    /// <summary>The nearest folder upwards that holds LapceParity.sln.</summary>
    public static string Find(string start)
    {
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "LapceParity.sln"))) return d.FullName;
        throw new InvalidOperationException($"no LapceParity.sln above {start}; pass --repo");
    }
}
