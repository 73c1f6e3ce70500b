namespace Zhiku.Outputs;

/// <summary>
/// Counts outputs at each conversion stage and the rates over the submitted ones, per group. An output counts at a
/// stage once however many events of that stage it has; days between stages run from the first day of the previous
/// stage the output reached to the first day of the stage.
/// </summary>
internal static class ConversionMetrics
{
    public static ConversionReport Compute(IEnumerable<ConvertedOutput> outputs, ConversionGrouping by)
    {
        var list = outputs.ToList();
        var rows = list
            .SelectMany(o => KeysOf(o, by).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Output: o)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, [.. g.Select(p => p.Output)]));
        rows = by == ConversionGrouping.Year
            ? rows.OrderBy(r => r.Key, StringComparer.Ordinal)
            : rows.OrderByDescending(r => r.Submitted).ThenByDescending(r => r.Outputs).ThenBy(r => r.Key, StringComparer.Ordinal);
        return new ConversionReport(by.ToString().ToLowerInvariant(), [.. rows], Row("total", list));
    }

    private static IEnumerable<string> KeysOf(ConvertedOutput o, ConversionGrouping by) => by switch
    {
        ConversionGrouping.Organisation => o.Organisations.Count == 0 ? ["(none)"] : o.Organisations.Select(s => s.Trim()),
        ConversionGrouping.Person => o.Authors.Count == 0 ? ["(none)"] : o.Authors.Select(s => s.Trim()),
        ConversionGrouping.Project => [o.Project ?? "(none)"],
        ConversionGrouping.Year => [o.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"],
        ConversionGrouping.Type => [o.Type],
        _ => o.Events.Where(e => e.Stage == ConversionStage.Submitted).Select(e => e.Channel ?? "(none)").DefaultIfEmpty("(not submitted)"),
    };

    private static ConversionRow Row(string key, IReadOnlyList<ConvertedOutput> outputs)
    {
        var submitted = outputs.Count(o => o.First(ConversionStage.Submitted) is not null);
        int At(ConversionStage stage) => outputs.Count(o => o.First(ConversionStage.Submitted) is not null && o.First(stage) is not null);
        double? Rate(int n) => submitted == 0 ? null : Math.Round((double)n / submitted, 4);
        var (instructed, adopted, implemented) = (At(ConversionStage.Instructed), At(ConversionStage.Adopted), At(ConversionStage.Implemented));
        return new ConversionRow(
            key, outputs.Count, submitted, instructed, adopted, implemented, Rate(instructed), Rate(adopted), Rate(implemented),
            MedianDays(outputs, ConversionStage.Instructed), MedianDays(outputs, ConversionStage.Adopted), MedianDays(outputs, ConversionStage.Implemented));
    }

    private static double? MedianDays(IEnumerable<ConvertedOutput> outputs, ConversionStage stage)
    {
        var days = new List<int>();
        foreach (var o in outputs)
        {
            if (o.First(stage) is not { } day)
            {
                continue;
            }

            // The previous stage the output reached: 采纳 without a 批示 counts from its 报送.
            for (var previous = stage - 1; previous >= ConversionStage.Submitted; previous--)
            {
                if (o.First(previous) is { } before)
                {
                    days.Add(day.DayNumber - before.DayNumber);
                    break;
                }
            }
        }

        if (days.Count == 0)
        {
            return null;
        }

        days.Sort();
        var mid = days.Count / 2;
        return days.Count % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2.0;
    }
}
