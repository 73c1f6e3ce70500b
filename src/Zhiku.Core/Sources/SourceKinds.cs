namespace Zhiku.Sources;

/// <summary>The kinds of harvested sources, as written in the store and given to <c>zhiku sources add --kind</c>.</summary>
public static class SourceKinds
{
    public const string Rss = "rss";

    public const string Atom = "atom";

    public const string OpenAlex = "openalex";

    public const string Folder = "folder";

    /// <summary>Reserved for OAI-PMH repositories: the store takes the kind, no harvester reads it yet.</summary>
    public const string OaiPmh = "oai-pmh";

    /// <summary>The kinds a source can be added with.</summary>
    public static IReadOnlyList<string> Harvested { get; } = [Rss, Atom, OpenAlex, Folder];

    /// <summary>Checks a kind given by a user; the message lists the kinds there are.</summary>
    public static string Parse(string? kind)
    {
        var name = (kind ?? string.Empty).Trim().ToLowerInvariant();
        return Harvested.Contains(name) ? name
            : name == OaiPmh ? throw new ArgumentException("sources of kind oai-pmh cannot be harvested yet: use rss, atom, openalex or folder")
            : throw new ArgumentException($"unknown source kind '{kind}': use {string.Join(", ", Harvested)}");
    }

    /// <summary>Whether the kind fetches over HTTP (its location is a URL, not a folder).</summary>
    public static bool IsHttp(string kind) => kind is Rss or Atom or OpenAlex;
}
