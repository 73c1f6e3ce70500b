namespace Zhiku.Tests.Architecture;

/// <summary>
/// SQL lives in <c>src/Zhiku.Core/Storage/</c> only: no other file of the core, the CLI or the web platform names a
/// database provider (Microsoft.Data.Sqlite, Npgsql), the ADO.NET base types (System.Data.Common) or sets a command's
/// text. The rest of Zhiku reads and writes the store through Storage's typed methods, so a second store (PostgreSQL)
/// plugs in there alone.
/// </summary>
public sealed class StorageBoundaryTests
{
    private static readonly string[] Providers = ["Microsoft.Data.Sqlite", "System.Data.Common", "Npgsql"];

    private static readonly string[] DatabaseTypes =
    [
        "CommandText", "DbConnection", "DbCommand", "DbDataReader", "DbTransaction", "DbParameter", "DbException",
        "SqliteConnection", "SqliteCommand", "SqliteDataReader", "SqliteTransaction", "SqliteException",
        "NpgsqlConnection", "NpgsqlCommand", "NpgsqlDataSource", "NpgsqlException",
    ];

    [Theory]
    [InlineData("Zhiku.Core", "Zhiku")]
    [InlineData("Zhiku.Cli", "Zhiku.Cli")]
    [InlineData("Zhiku.Web", "Zhiku.Web")]
    public void No_file_outside_Storage_uses_a_database_provider_or_sets_command_text(string project, string rootNamespace)
    {
        var tree = SourceTree.Read(ProjectFolder(project), rootNamespace);

        var outside = tree.Files.Where(f => project != "Zhiku.Core" || !InStorage(f)).ToList();
        var offenders = outside.Select(f => (f.Path, Found: DatabaseNames(f))).Where(o => o.Found.Count > 0)
            .Select(o => $"{project}/{o.Path}: {string.Join(", ", o.Found)}").ToList();

        Assert.NotEmpty(outside);
        Assert.True(offenders.Count == 0, "SQL and database types outside src/Zhiku.Core/Storage/ (move them into a table family there):"
            + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_boundary_check_finds_a_provider_through_a_using_a_qualified_name_or_command_text()
    {
        var viaUsing = SourceFile.Parse("Knowledge/A.cs", "using Microsoft.Data.Sqlite;\nnamespace Zhiku.Knowledge;\ninternal sealed class A { }");
        var viaName = SourceFile.Parse("Knowledge/B.cs", "namespace Zhiku.Knowledge;\ninternal sealed class B { bool F(System.Exception e) => e is System.Data.Common.DbException; }");
        var viaText = SourceFile.Parse("Knowledge/C.cs", "namespace Zhiku.Knowledge;\ninternal sealed class C { void F(dynamic cmd) { cmd.CommandText = \"SELECT 1\"; } }");
        var inComment = SourceFile.Parse("Knowledge/D.cs", "namespace Zhiku.Knowledge;\n// reads through Npgsql later\ninternal sealed class D { string S = \"DbConnection\"; }");

        Assert.Equal(["Microsoft.Data.Sqlite"], DatabaseNames(viaUsing));
        Assert.Equal(["System.Data.Common", "DbException"], DatabaseNames(viaName));
        Assert.Equal(["CommandText"], DatabaseNames(viaText));
        Assert.Empty(DatabaseNames(inComment));
        Assert.True(InStorage(SourceFile.Parse("Storage/Reading/WorkRows.cs", "namespace Zhiku.Storage.Reading;")));
        Assert.False(InStorage(SourceFile.Parse("StorageTools/X.cs", "namespace Zhiku.StorageTools;")));
    }

    private static bool InStorage(SourceFile file) => file.Folder == "Storage" || file.Folder.StartsWith("Storage/", StringComparison.Ordinal);

    // Provider namespaces named by a using directive or a qualified name, and database types or CommandText in the code.
    private static List<string> DatabaseNames(SourceFile file)
    {
        static bool IsProvider(string name) => Providers.Any(p => name == p || name.StartsWith(p + ".", StringComparison.Ordinal));
        var names = file.Usings.Where(IsProvider)
            .Concat(file.Chains.Select(c => string.Join('.', c)).Where(c => Providers.Any(p => c.StartsWith(p, StringComparison.Ordinal))).Select(c => Providers.First(p => c.StartsWith(p, StringComparison.Ordinal))))
            .Concat(DatabaseTypes.Where(file.Identifiers.Contains));
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static string ProjectFolder(string project)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhiku.slnx")))
            {
                return Path.Combine(dir.FullName, "src", project);
            }
        }

        throw new InvalidOperationException($"Zhiku.slnx not found above {AppContext.BaseDirectory}");
    }
}
