using Zhiku.Analytics.Bursts;

namespace Zhiku.Tests.Analytics.Bursts;

public sealed class YearlySeriesTests
{
    [Fact]
    public void Slices_run_through_every_year_and_count_documents_once_per_item()
    {
        (int?, IReadOnlyList<string>)[] documents =
        [
            (2001, ["A", "B", "A"]), (2001, ["A"]), (2003, ["B"]), (null, ["A"]), (2003, ["C"]),
        ];

        var (series, slices) = YearlySeries.Build(documents, minOccurrences: 2);

        Assert.Equal(["2001", "2002", "2003"], slices);
        Assert.Equal(["A", "B"], series.Select(s => s.Term));
        Assert.Equal([2, 0, 0], series[0].Relevant);
        Assert.Equal([1, 0, 1], series[1].Relevant);
        Assert.Equal([2, 0, 2], series[0].Documents);
    }
}
