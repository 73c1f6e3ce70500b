namespace Zhiku.Tests.Architecture;

/// <summary>
/// The layers of Zhiku.Core, read from its source: no cycle between top-level folders, a format's folder stands
/// alone (its vocabulary, reader and writer), the bottom layer (Model, Text, Files) refers to nothing above it, and
/// namespaces follow folders.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly string[] Bottom = ["Model", "Text", "Files"];

    private static readonly Lazy<SourceTree> Core = new(() => SourceTree.Read(CoreFolder(), "Zhiku"));

    [Fact]
    public void Top_level_folders_of_the_core_refer_to_each_other_without_a_cycle()
    {
        var graph = new FolderGraph(Core.Value, TopLevel);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "folders that refer to each other round a cycle: "
            + string.Join("; ", cycles.Select(c => string.Join(" ⇄ ", c)))
            + Environment.NewLine + string.Join(Environment.NewLine, graph.Describe().Where(d => cycles.Any(c => c.Any(d.StartsWith)))));
    }

    [Fact]
    public void A_format_folder_refers_to_no_other_format_folder()
    {
        var graph = new FolderGraph(Core.Value, FormatFolder);

        var sideways = graph.Describe().ToList();

        Assert.True(sideways.Count == 0, "format folders that refer to another format's folder (move what they share to Files/ or Text/):"
            + Environment.NewLine + string.Join(Environment.NewLine, sideways));
    }

    [Fact]
    public void The_bottom_layer_refers_to_nothing_above_it()
    {
        var graph = new FolderGraph(Core.Value, TopLevel);

        var upward = Bottom.SelectMany(b => graph.From(b).Where(t => !Bottom.Contains(t.Key))
            .Select(t => $"{b} → {t.Key} ({string.Join(", ", t.Value)})")).ToList();

        Assert.True(upward.Count == 0, "the bottom layer refers up: " + string.Join("; ", upward));
    }

    [Fact]
    public void Every_namespace_of_the_core_follows_its_folder()
    {
        var astray = Core.Value.Files.Where(f => Core.Value.FolderOf(f.Namespace) != f.Folder)
            .Select(f => $"{f.Path}: namespace {f.Namespace}").ToList();

        Assert.True(astray.Count == 0, "namespaces that do not follow their folder: " + string.Join("; ", astray));
    }

    [Fact]
    public void The_reader_sees_the_references_the_core_is_built_on()
    {
        var top = new FolderGraph(Core.Value, TopLevel);
        var formats = new FolderGraph(Core.Value, f => f.StartsWith("Formats", StringComparison.Ordinal) ? f : null);

        Assert.Contains("Files", top.From("Formats").Keys);
        Assert.Contains("Formats", top.From("Importing").Keys);
        Assert.Contains("Formats", top.From("Knowledge").Keys);
        Assert.Contains("Files", top.From("Analytics").Keys);
        // An importer sees its contract in the enclosing namespace without a using directive.
        Assert.Contains("Formats", formats.From("Formats/Ris").Keys);
        // The catalog names each format by a partly qualified name (Ris.RisImporter).
        Assert.Contains("Formats/Ris", formats.From("Formats").Keys);
    }

    [Fact]
    public void A_cycle_made_by_a_qualified_name_and_an_enclosing_namespace_is_found()
    {
        var tree = new SourceTree("Zhiku",
        [
            SourceFile.Parse("Alpha/Thing.cs", "namespace Zhiku.Alpha;\n// Zhiku.Gamma.Ghost is only a comment\npublic sealed class Thing { Beta.Other? _other; string _s = \"Gamma.Ghost\"; }"),
            SourceFile.Parse("Alpha/Deep/Helper.cs", "namespace Zhiku.Alpha.Deep;\npublic sealed class Helper { }"),
            SourceFile.Parse("Beta/Other.cs", "using Zhiku.Alpha.Deep;\n\nnamespace Zhiku.Beta;\npublic sealed class Other { Helper? _helper; }"),
            SourceFile.Parse("Beta/Inner/Leaf.cs", "namespace Zhiku.Beta.Inner;\ninternal sealed class Leaf { Other? _other; }"),
            SourceFile.Parse("Gamma/Ghost.cs", "namespace Zhiku.Gamma;\npublic sealed class Ghost { }"),
        ]);

        var graph = new FolderGraph(tree, TopLevel);
        var inner = new FolderGraph(tree, f => f);

        Assert.Equal(["Alpha", "Beta"], Assert.Single(graph.Cycles()));
        Assert.DoesNotContain("Gamma", graph.From("Alpha").Keys);
        Assert.Contains("Beta", inner.From("Beta/Inner").Keys);
    }

    private static string? TopLevel(string folder) => folder.Length == 0 ? null : folder.Split('/')[0];

    // "Formats/Cnki/Table" belongs to the format folder "Formats/Cnki"; files directly in Formats/ (contracts, catalogs) to none.
    private static string? FormatFolder(string folder) =>
        folder.Split('/') is ["Formats", var format, ..] ? "Formats/" + format : null;

    private static string CoreFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhiku.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Zhiku.Core");
            }
        }

        throw new InvalidOperationException($"Zhiku.slnx not found above {AppContext.BaseDirectory}");
    }
}
