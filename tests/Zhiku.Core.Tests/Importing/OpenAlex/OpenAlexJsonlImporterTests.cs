using System.Text.Json;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.OpenAlex;

public sealed class OpenAlexJsonlImporterTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"openalex-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    /// <summary>Writes the 175 API results one per line, the way a snapshot holds them.</summary>
    private List<string> WriteSnapshot()
    {
        var lines = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            using var page = JsonDocument.Parse(File.ReadAllText(SharedData.Path($"bibliographic/openalex/works-api/works_chunk_{i}.json")));
            lines.AddRange(page.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetRawText().ReplaceLineEndings(" ")));
        }

        File.WriteAllLines(_path, lines);
        return lines;
    }

    [Fact]
    public void Reads_back_the_same_175_works_as_the_api_pages()
    {
        WriteSnapshot();

        var items = ImportKit.Read(_path, "openalex-jsonl");

        Assert.Empty(items.Errors());
        var fromLines = items.Works();
        var fromPages = OpenAlexJsonImporterTests.Works();
        Assert.Equal(175, fromLines.Count);
        Assert.Equal(fromPages.Select(Summary), fromLines.Select(Summary));
        Assert.Equal(175, items[^1].Position.Line);
    }

    [Fact]
    public void Reports_a_broken_line_by_number_and_imports_the_next_ones()
    {
        var lines = WriteSnapshot();
        lines.Insert(2, """{"id":"https://openalex.org/W0","title":"cut off""");
        File.WriteAllLines(_path, lines);

        var items = ImportKit.Read(_path, "openalex-jsonl");

        var error = Assert.Single(items.Errors());
        Assert.Equal(3, error.Position.Line);
        Assert.StartsWith("record 3 (line 3): broken JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(175, items.Works().Count);
    }

    private static string Summary(WorkRecord w) =>
        $"{w.Identifiers[IdSchemes.OpenAlex]}|{w.MainTitle}|{w.Year}|{w.Authors.Count}|{w.References.Count}|{w.Abstracts.FirstOrDefault()?.Text.Length}|{w.Kind}";
}
