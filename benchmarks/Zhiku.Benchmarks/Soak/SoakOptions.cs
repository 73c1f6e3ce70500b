using System.Globalization;

namespace Zhiku.Benchmarks.Soak;

/// <summary>The soak run's options: how long, how many connections, on which data.</summary>
internal sealed class SoakOptions
{
    /// <summary>The data directory to serve; null seeds a temporary one from the shared bibliographic files and policies.</summary>
    public string? Data { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The part of the run before memory is expected to be flat (caches fill, the JIT settles).</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromMinutes(2);

    public int Connections { get; init; } = 8;

    public int Seed { get; init; } = 1;

    /// <summary>False to leave uploads out of the mix (to tell memory that follows new data from memory that leaks).</summary>
    public bool Uploads { get; init; } = true;

    public static SoakOptions Parse(string[] args)
    {
        string? data = null;
        double? minutes = null;
        double? seconds = null;
        double? warmUp = null;
        var connections = 8;
        var seed = 1;
        var uploads = true;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--data": data = Next(); break;
                case "--minutes": minutes = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warm-up": warmUp = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--connections": connections = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-uploads": uploads = false; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var duration = seconds is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(minutes ?? 10);
        return new SoakOptions
        {
            Data = data,
            Duration = duration,
            WarmUp = warmUp is { } w ? TimeSpan.FromSeconds(w) : duration / 5,
            Connections = connections,
            Seed = seed,
            Uploads = uploads,
        };
    }
}
