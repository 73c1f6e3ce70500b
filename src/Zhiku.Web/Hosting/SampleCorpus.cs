using Zhiku.Importing.Pipeline;
using Zhiku.Model;

namespace Zhiku.Web.Hosting;

/// <summary>
/// The bundled sample corpus as the first start imports it: owned by a demo organisation, mostly public, with the
/// State Council documents internal and the CNKI NoteExpress samples restricted so that access levels show.
/// </summary>
internal static class SampleCorpus
{
    public const string DemoOrganisation = "示范科技智库 (Demo S&T Think Tank)";

    /// <summary>The samples folder: the configured one, else the first "samples" beside the app or above it.</summary>
    public static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(Path.Combine(candidate, "bibliographic")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The imports of the first start: (label, files, access).</summary>
    public static IEnumerable<(string Label, IReadOnlyList<string> Files, ImportOptions Options)> Plan(string samples)
    {
        var internalFiles = Existing(Path.Combine(samples, "documents", "cn-policy", "gov_cn_state_council_policies_2019.jsonl"));
        var restrictedFiles = Existing(Path.Combine(samples, "bibliographic", "cnki-noteexpress"));
        var held = internalFiles.Concat(restrictedFiles).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var publicFiles = new[] { "bibliographic", "documents", "registries" }
            .Select(f => Path.Combine(samples, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Select(Path.GetFullPath)
            .Where(f => !held.Any(h => f == h || f.StartsWith(h + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".LICENSE", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        yield return ("samples (public)", publicFiles, Options(AccessLevel.Public));
        if (internalFiles.Count > 0)
        {
            yield return ("samples (internal)", internalFiles, Options(AccessLevel.Internal));
        }

        if (restrictedFiles.Count > 0)
        {
            yield return ("samples (restricted)", restrictedFiles, Options(AccessLevel.Restricted));
        }
    }

    private static ImportOptions Options(AccessLevel access) => new() { Owner = DemoOrganisation, Access = access };

    private static List<string> Existing(string path) => File.Exists(path) || Directory.Exists(path) ? [path] : [];
}
