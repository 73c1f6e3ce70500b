namespace Zhiku.Benchmarks.KnowledgeBase;

/// <summary>Finds ../shared beside the repository, or $ZHIKU_SHARED.</summary>
internal static class SharedLocator
{
    public static string Find()
    {
        var env = Environment.GetEnvironmentVariable("ZHIKU_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "data", "SOURCES.md")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/data not found; set ZHIKU_SHARED");
    }
}
