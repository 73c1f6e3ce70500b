namespace Zhiku.Testing;

/// <summary>Finds the real data files in ../shared beside the repository (CI has the same layout).</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The absolute path of a file under shared/data, e.g. Path("bibliographic/wos/metaknowledge_badFile.isi").</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, "data", relative);

    /// <summary>The absolute path of a file under shared/reference.</summary>
    public static string Reference(string relative) => System.IO.Path.Combine(Root.Value, "reference", relative);

    private static string FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ZHIKU_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(System.IO.Path.Combine(fromEnv, "data", "SOURCES.md")))
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (File.Exists(System.IO.Path.Combine(candidate, "data", "SOURCES.md")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/data not found beside the repository; set ZHIKU_SHARED.");
    }
}
