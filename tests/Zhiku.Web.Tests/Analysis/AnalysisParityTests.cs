using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zhiku.Cli;
using Zhiku.Cli.Commands;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Analysis;

/// <summary>
/// One request per analysis: <c>zhiku analyze X --json</c> on the platform's data directory and
/// <c>GET /api/v1/analytics/X</c> (as the administrator, who sees every seeded record as the CLI's data owner does)
/// answer the same JSON for the same query, fields and options, and accept the same fields.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AnalysisParityTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    /// <summary>The CLI's way of saying what the web says with q, f and merge.</summary>
    private static readonly Dictionary<string, string> SearchOptions = new(StringComparer.Ordinal) { ["query"] = "q", ["filter"] = "f", ["no-merge"] = "merge" };

    [Theory]
    [InlineData("summary", "q=*", new string[0])]
    [InlineData("summary", "q=*&merge=off", new[] { "--no-merge" })]
    [InlineData("summary", "q=network&f=kind:journal-article", new[] { "--query", "network", "--filter", "kind:journal-article" })]
    [InlineData("sources", "q=*&top=5&referenceYear=2020", new[] { "--top", "5", "--reference-year", "2020" })]
    [InlineData("authors", "q=*&top=3", new[] { "--top", "3" })]
    [InlineData("network", "q=*&type=coauthorship&minOccurrences=1&normalize=none&seed=1&quality=cpm&resolution=0.5", new[] { "--type", "coauthorship", "--min-occurrences", "1", "--normalize", "none", "--seed", "1", "--quality", "cpm", "--resolution", "0.5" })]
    [InlineData("network", "q=*&top=30&counting=fractional&cluster=louvain", new[] { "--top", "30", "--counting", "fractional", "--cluster", "louvain" })]
    [InlineData("bursts", "q=*&field=references&minOccurrences=2&gamma=0.5", new[] { "--field", "references", "--min-occurrences", "2", "--gamma", "0.5" })]
    [InlineData("bursts", "q=*&field=terms&gamma=0.3", new[] { "--field", "terms", "--gamma", "0.3" })]
    [InlineData("themes", "q=*&field=terms&words=100&cluster=leiden", new[] { "--field", "terms", "--words", "100", "--cluster", "leiden" })]
    [InlineData("themes", "q=*", new string[0])]
    [InlineData("evolution", "q=*&years=2010&field=keywords-plus&minFrequency=3", new[] { "--years", "2010", "--field", "keywords-plus", "--min-frequency", "3" })]
    [InlineData("evolution", "q=*", new string[0])]
    [InlineData("trends", "q=*&topic=citation&horizon=3&level=0.9", new[] { "--topic", "citation", "--horizon", "3", "--level", "0.9" })]
    public async Task The_cli_and_the_api_give_the_same_json_for_the_same_request(string analysis, string query, string[] options)
    {
        var web = await Responses.GetJsonAsync(Http.WithToken(_platform, _platform.Users["administrator"].Token), $"/api/v1/analytics/{analysis}?{query}");
        var cli = Cli(["analyze", analysis, .. options, "--json"]);

        Assert.True(Size(web) > 0, $"{analysis}?{query}: nothing to compare");
        var expected = JsonNode.Parse(web.GetRawText());
        var actual = JsonNode.Parse(cli);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"zhiku analyze {analysis} {string.Join(' ', options)} --json differs from ?{query}:\n{actual}\n---\n{expected}");
    }

    [Theory]
    [InlineData("summary", "")]
    [InlineData("sources", "")]
    [InlineData("authors", "")]
    [InlineData("network", "out")]
    [InlineData("bursts", "series")]
    [InlineData("themes", "")]
    [InlineData("evolution", "")]
    [InlineData("trends", "")]
    [InlineData("report", "out")]
    public async Task Every_field_the_cli_accepts_the_api_accepts_and_the_reverse(string analysis, string cliOnly)
    {
        var openApi = await Responses.GetJsonAsync(Http.Anonymous(_platform), "/openapi/v1.json");
        var web = openApi.GetProperty("paths").GetProperty($"/api/v1/analytics/{analysis}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
        var command = AnalyzeCommand.Create(new CliContext(TextWriter.Null, TextWriter.Null)).Subcommands.Single(c => c.Name == analysis);
        var cli = command.Options.Select(o => o.Name.TrimStart('-')).Where(n => n != cliOnly)
            .Select(n => SearchOptions.GetValueOrDefault(n) ?? Camel(n)).ToHashSet(StringComparer.Ordinal);

        // The output's form: the web's format=json|csv|xlsx is the CLI's --json (and its text table).
        if (analysis is not ("network" or "report"))
        {
            web.Remove("format");
        }

        // The language of messages: every API operation takes ?lang; the CLI has --lang only where the output is a document.
        if (!cli.Contains("lang"))
        {
            web.Remove("lang");
        }

        Assert.Equal(web.Order(StringComparer.Ordinal), cli.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_bad_field_value_gets_the_same_message_from_the_cli_and_the_api()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/analytics/themes?field=titles&lang=en");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var error = new StringWriter();
        var exit = ZhikuCli.Run(["analyze", "themes", "--field", "titles", "--data", _platform.DataRoot], TextWriter.Null, error);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(1, exit);
        Assert.Equal("field: 'titles' is not allowed (use keywords-plus|keywords|terms)", problem.GetProperty("detail").GetString());
        Assert.Contains(problem.GetProperty("detail").GetString()!, error.ToString(), StringComparison.Ordinal);
    }

    private string Cli(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ZhikuCli.Run([.. args, "--data", _platform.DataRoot], output, error);
        Assert.True(exit == 0, $"zhiku {string.Join(' ', args)} exited {exit}: {error}");
        return output.ToString();
    }

    /// <summary>How much the document holds: its documents, else its bursts, themes or periods.</summary>
    private static int Size(JsonElement json) =>
        json.TryGetProperty("documents", out var d) ? d.GetInt32()
        : json.TryGetProperty("bursts", out var b) ? b.GetArrayLength()
        : json.TryGetProperty("periods", out var p) ? p.GetArrayLength()
        : 0;

    private static string Camel(string kebab) =>
        string.Concat(kebab.Split('-').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
