namespace Zhiku.Benchmarks;

/// <summary>Finds ../shared beside the repository (or $ZHIKU_SHARED).</summary>
internal static class SharedLocator
{
    public static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ZHIKU_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "shared", "data", "SOURCES.md")))
                {
                    return Path.Combine(dir.FullName, "shared");
                }
            }
        }

        return null;
    }
}
