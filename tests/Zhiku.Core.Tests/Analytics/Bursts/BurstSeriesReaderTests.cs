using Zhiku.Analytics.Bursts;

namespace Zhiku.Tests.Analytics.Bursts;

public sealed class BurstSeriesReaderTests
{
    [Fact]
    public void Reads_terms_in_numeric_slice_order_filling_missing_slices()
    {
        const string csv = "term,slice,r,d\nnetworks,2021,4,40\nnetworks,2019,1,20\n\"burst, detection\",2020,2,30\nnetworks,2020,3,30\n";

        var (series, slices) = BurstSeriesReader.Read(new StringReader(csv));

        Assert.Equal(["2019", "2020", "2021"], slices);
        var networks = series.Single(s => s.Term == "networks");
        Assert.Equal([1, 3, 4], networks.Relevant);
        Assert.Equal([20, 30, 40], networks.Documents);
        var burst = series.Single(s => s.Term == "burst, detection");
        Assert.Equal([0, 2, 0], burst.Relevant);
        Assert.Equal([20, 30, 40], burst.Documents);
    }

    [Theory]
    [InlineData("word,year,n\n")]
    [InlineData("term,slice,r,d\na,2020,x,3\n")]
    [InlineData("term,slice,r,d\na,2020\n")]
    public void Rejects_malformed_files(string csv) =>
        Assert.Throws<FormatException>(() => BurstSeriesReader.Read(new StringReader(csv)));
}
