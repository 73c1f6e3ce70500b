using Zhiku.Model;

namespace Zhiku.Analytics.Networks.Build;

/// <summary>The names of the <see cref="NetworkKind"/>s and the one entry point that builds any of them.</summary>
public static class NetworkKinds
{
    private static readonly (string Name, NetworkKind Kind, NetworkField? Field)[] Table =
    [
        ("coword", NetworkKind.CoWord, NetworkField.AuthorKeywords),
        ("keywords-plus", NetworkKind.KeywordsPlus, NetworkField.KeywordsPlus),
        ("coauthorship", NetworkKind.CoAuthorship, NetworkField.Authors),
        ("institutions", NetworkKind.Institutions, NetworkField.Institutions),
        ("countries", NetworkKind.Countries, NetworkField.Countries),
        ("cocitation", NetworkKind.CoCitation, NetworkField.References),
        ("cocitation-authors", NetworkKind.CitedAuthors, NetworkField.CitedAuthors),
        ("cocitation-sources", NetworkKind.CitedSources, NetworkField.CitedSources),
        ("coupling", NetworkKind.Coupling, null),
        ("citation", NetworkKind.DirectCitation, null),
    ];

    /// <summary>"coword|keywords-plus|…|citation".</summary>
    public static string Names => string.Join('|', Table.Select(t => t.Name));

    /// <summary>Every kind's name, in the order menus show them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The kind a name stands for; throws <see cref="ArgumentException"/> naming the choices otherwise.</summary>
    public static NetworkKind Parse(string name) =>
        Table.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)) is { Name: not null } entry
            ? entry.Kind
            : throw new ArgumentException($"unknown network type '{name}' (use {Names})");

    public static string Name(NetworkKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>The item field of a co-occurrence network; null for networks whose nodes are the works themselves.</summary>
    public static NetworkField? Field(NetworkKind kind) => Table.First(t => t.Kind == kind).Field;

    /// <summary>Builds a network of any kind.</summary>
    public static BibliographicNetwork Build(IReadOnlyList<WorkRecord> works, NetworkKind kind, Counting counting, ItemSelection selection) => kind switch
    {
        NetworkKind.Coupling => BibliographicNetworks.Coupling(works, counting, selection),
        NetworkKind.DirectCitation => BibliographicNetworks.DirectCitation(works, counting, selection),
        _ => BibliographicNetworks.CoOccurrence(works, Field(kind)!.Value, counting, selection),
    };
}
