namespace Zhiku.Outputs;

/// <summary>What may be wrong with the next conversion event of an output.</summary>
public enum ConversionProblem
{
    /// <summary>A stage after 报送 without a 报送 before it: the rates count over submitted outputs.</summary>
    NotSubmitted,

    /// <summary>The date is before the date of an earlier stage already recorded.</summary>
    DateBeforePrevious,

    /// <summary>The date is not a day (yyyy-MM-dd).</summary>
    BadDate,
}

/// <summary>The order of conversion: every stage after 报送 needs a 报送, and no stage is dated before an earlier one.</summary>
public static class ConversionRules
{
    /// <summary>The problem with adding <paramref name="next"/> to <paramref name="recorded"/>, with the earlier event it clashes with; null when none.</summary>
    public static (ConversionProblem Problem, ConversionEvent? Previous)? Check(IEnumerable<ConversionEvent> recorded, ConversionEvent next)
    {
        if (!IsDay(next.Date))
        {
            return (ConversionProblem.BadDate, null);
        }

        var earlier = recorded.Where(e => e.Stage < next.Stage).ToList();
        if (next.Stage != ConversionStage.Submitted && !earlier.Any(e => e.Stage == ConversionStage.Submitted))
        {
            return (ConversionProblem.NotSubmitted, null);
        }

        var latest = earlier.Where(e => string.CompareOrdinal(e.Date, next.Date) > 0).OrderByDescending(e => e.Date, StringComparer.Ordinal).FirstOrDefault();
        return latest is null ? null : (ConversionProblem.DateBeforePrevious, latest);
    }

    /// <summary>True for a day written yyyy-MM-dd.</summary>
    public static bool IsDay(string? date) =>
        date is { Length: 10 } && DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
