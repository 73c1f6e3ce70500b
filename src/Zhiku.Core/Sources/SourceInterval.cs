using System.Globalization;

namespace Zhiku.Sources;

/// <summary>A source's schedule written as a number and a unit ("90s", "30m", "6h", "1d"), as <c>--every</c> takes it.</summary>
public static class SourceInterval
{
    /// <summary>The shortest interval: a source is not polled more often than once a minute.</summary>
    public const long MinimumSeconds = 60;

    public static long ParseSeconds(string? text)
    {
        var value = (text ?? string.Empty).Trim().ToLowerInvariant();
        var unit = value.Length > 0 ? value[^1] : ' ';
        var scale = unit switch { 's' => 1L, 'm' => 60L, 'h' => 3600L, 'd' => 86400L, 'w' => 604800L, _ => 0L };
        if (scale == 0 || !long.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0 || count > 100_000)
        {
            throw new ArgumentException($"the interval '{text}' is not a number with a unit: write e.g. 30m, 6h or 1d (s, m, h, d, w)");
        }

        var seconds = count * scale;
        return seconds >= MinimumSeconds ? seconds
            : throw new ArgumentException($"the interval '{text}' is shorter than a minute: a source is polled at most once a minute");
    }

    /// <summary>The interval in its largest whole unit ("6h", "90m").</summary>
    public static string Format(long seconds) =>
        seconds % 604800 == 0 ? $"{seconds / 604800}w"
        : seconds % 86400 == 0 ? $"{seconds / 86400}d"
        : seconds % 3600 == 0 ? $"{seconds / 3600}h"
        : seconds % 60 == 0 ? $"{seconds / 60}m"
        : $"{seconds}s";
}
