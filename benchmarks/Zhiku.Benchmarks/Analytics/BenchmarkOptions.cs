using System.Globalization;

namespace Zhiku.Benchmarks.Analytics;

/// <summary>The analytics benchmark's command line: [shared-dir] [--records N] [--seeds S] [--leiden 2,-1,2x3] [--top N] [--no-igraph].</summary>
internal sealed record BenchmarkOptions
{
    public string? Shared { get; init; }

    public int Records { get; init; } = 100_000;

    public int Seeds { get; init; } = 5;

    public IReadOnlyList<LeidenSetting> Settings { get; init; } = [new(2, 1), new(-1, 1)];

    public int Top { get; init; } = 1000;

    public bool Igraph { get; init; } = true;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--records" => options with { Records = Int(args[++i]) },
                "--seeds" => options with { Seeds = Int(args[++i]) },
                "--leiden" => options with { Settings = [.. args[++i].Split(',').Select(LeidenSetting.Parse)] },
                "--top" => options with { Top = Int(args[++i]) },
                "--no-igraph" => options with { Igraph = false },
                _ => options with { Shared = args[i] },
            };
        }

        return options;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
