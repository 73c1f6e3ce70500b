namespace Zhiku.Web.Tests.Evaluation;

/// <summary>The repository's bundled evaluation samples (the platform finds the same folder).</summary>
internal static class EvaluationSamples
{
    public static string AsemSpec { get; } = Find("samples/evaluation/asem/asem.yaml");

    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{relative} not found above the test binaries");
    }
}
