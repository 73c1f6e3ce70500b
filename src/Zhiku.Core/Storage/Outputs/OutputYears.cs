namespace Zhiku.Storage.Outputs;

/// <summary>The year of an output's ISO date.</summary>
internal static class OutputYears
{
    public static int? Of(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}
