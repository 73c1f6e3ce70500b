namespace Zhiku.Cli.Tests.Evaluate;

public sealed class EvaluateKnowledgeTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhiku-evalkb-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Run_computes_knowledge_base_indicators_from_the_data_directory()
    {
        Assert.Equal(0, _cli.Run("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt")).Exit);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "people.csv"), "uCode,uName,Staff\nGW,\"Glanzel, W\",3\nHS,\"Small, H\",2\nNO,\"Nobody, X\",1\n");
        File.WriteAllText(Path.Combine(_folder, "meta.csv"), "Level,iCode,iName,Direction,Weight,Parent,Type\n1,papers,Papers,1,1,Index,Indicator\n1,Staff,Staff,1,1,Index,Indicator\n2,Index,Index,1,1,,Aggregate\n");
        var spec = Path.Combine(_folder, "spec.yaml");
        File.WriteAllText(spec, """
            data: people.csv
            meta: meta.csv
            knowledge: [{iCode: papers, query: "*", per: person, measure: count}]
            steps: [normalise: {method: minmax}, aggregate: {}]
            admission: [{indicator: papers, min: 1}]
            """);

        var json = _cli.Json("evaluate", "run", spec);
        var admit = _cli.Json("evaluate", "admit", spec);

        var scores = json.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("uCode").GetString()!, u => u.GetProperty("scores").GetProperty("papers").GetDouble());
        // 5 and 8 papers in the export (counted by their AU lines), 0 for nobody; min–max to [0, 100].
        Assert.Equal(62.5, scores["GW"], 1e-9);
        Assert.Equal(100, scores["HS"], 1e-9);
        Assert.Equal(0, scores["NO"]);
        Assert.Equal(2, admit.GetProperty("admitted").GetInt32());
    }
}
