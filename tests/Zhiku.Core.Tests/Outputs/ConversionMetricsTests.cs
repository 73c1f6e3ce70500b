using Zhiku.Access;
using Zhiku.Outputs;

namespace Zhiku.Tests.Outputs;

/// <summary>
/// Conversion metrics of the hand-made table (tests/Shared/Outputs/conversion-outputs.csv), checked against counts
/// made by hand from its rows (numbered by their line in the file; lines 27–30 are the bad rows, left out).
/// </summary>
public sealed class ConversionMetricsTests(ConversionCorpus corpus) : IClassFixture<ConversionCorpus>
{
    private const string Casisd = "中国科学院科技战略咨询研究院";
    private const string Casted = "中国科学技术发展战略研究院";

    private ConversionReport Conversion(ConversionGrouping by, ConversionSelection? selection = null) =>
        corpus.Kb.Read(Caller.Owner).Conversion(selection ?? new ConversionSelection(), by);

    private static void AssertCounts(ConversionRow row, int outputs, int submitted, int instructed, int adopted, int implemented) =>
        Assert.Equal((outputs, submitted, instructed, adopted, implemented), (row.Outputs, row.Submitted, row.Instructed, row.Adopted, row.Implemented));

    [Fact]
    public void By_organisation_counts_each_stage_and_rates_over_the_submitted_outputs()
    {
        var report = Conversion(ConversionGrouping.Organisation);

        Assert.Equal("over submitted outputs", report.Rates);
        Assert.Equal([Casisd, Casted], report.Rows.Select(r => r.Key));
        // CASISD: 18 outputs (lines 2–16, 31, 32, 34); not submitted 8, 10, 14 → 15 submitted;
        // instructed 2, 3, 4, 6, 9, 11, 13, 15, 31, 32 → 10; adopted 2, 3, 6, 7, 11, 13, 16, 32 → 8; implemented 2, 6, 7 → 3.
        var casisd = report.Rows[0];
        AssertCounts(casisd, 18, 15, 10, 8, 3);
        Assert.Equal((0.6667, 0.5333, 0.2), (casisd.InstructionRate, casisd.AdoptionRate, casisd.ImplementationRate));
        // CASTED: 11 outputs (17–26, 33); not submitted 20, 26, 33 → 8; instructed 18, 21, 22, 24 → 4;
        // adopted 18, 21, 24, 25 → 4; implemented 21 → 1 (line 24's document is not in the knowledge base).
        var casted = report.Rows[1];
        AssertCounts(casted, 11, 8, 4, 4, 1);
        Assert.Equal((0.5, 0.5, 0.125), (casted.InstructionRate, casted.AdoptionRate, casted.ImplementationRate));
        AssertCounts(report.Total, 29, 23, 14, 12, 4);
    }

    [Fact]
    public void By_year_counts_the_outputs_of_each_year_in_order()
    {
        var report = Conversion(ConversionGrouping.Year);

        Assert.Equal(["2018", "2019"], report.Rows.Select(r => r.Key));
        // 2018: lines 2–10, 17–19, 21 (dated 2018-12-15), 33, 34 → 15; not submitted 8, 10, 33 → 12;
        // instructed 2, 3, 4, 6, 9, 18, 21 → 7; adopted 2, 3, 6, 7, 18, 21 → 6; implemented 2, 6, 7, 21 → 4.
        AssertCounts(report.Rows[0], 15, 12, 7, 6, 4);
        // 2019: lines 11–16, 20, 22–26, 31, 32 → 14; not submitted 14, 20, 26 → 11;
        // instructed 11, 13, 15, 22, 24, 31, 32 → 7; adopted 11, 13, 16, 24, 25, 32 → 6; implemented none.
        AssertCounts(report.Rows[1], 14, 11, 7, 6, 0);
        Assert.Equal(0.0, report.Rows[1].ImplementationRate);
    }

    [Fact]
    public void A_person_counts_every_output_they_wrote_with_others()
    {
        // 王明: lines 2, 3, 6, 7, 11, 13, 15, 32, all submitted; instructed all but 7; adopted all but 15; implemented 2, 6, 7.
        var wang = Conversion(ConversionGrouping.Person).Rows.Single(r => r.Key == "王明");

        AssertCounts(wang, 8, 8, 7, 7, 3);
        Assert.Equal((0.875, 0.875, 0.375), (wang.InstructionRate, wang.AdoptionRate, wang.ImplementationRate));
    }

    [Fact]
    public void Median_days_run_from_the_previous_stage_the_output_reached()
    {
        var report = Conversion(ConversionGrouping.Organisation);

        // Days from 报送 to 批示 at CASISD: 10 (line 2), 20 (3), 20 (4), 11 (6), 15 (9), 12 (11), 12 (13), 21 (15),
        // 22 (31), 14 (32) → sorted 10 11 12 12 14 | 15 20 20 21 22 → (14 + 15) / 2.
        Assert.Equal(14.5, report.Rows[0].MedianDaysToInstructed);
        // With CASTED's 18 (18), 8 (21), 14 (22), 14 (24): 8 10 11 12 12 14 14 | 14 15 18 20 20 21 22 → 14.
        Assert.Equal(14, report.Total.MedianDaysToInstructed);
        // Project ZK-2018-01: 采纳 → 落实 in 236 days (line 2: 05-04 → 12-26) and 72 (line 6: 10-12 → 12-23).
        var project = Conversion(ConversionGrouping.Project).Rows.Single(r => r.Key == "ZK-2018-01");
        AssertCounts(project, 3, 3, 3, 3, 2);
        Assert.Equal(154, project.MedianDaysToImplemented);
        // 采纳 without 批示 counts from 报送: line 7 (09-06 → 11-15, 70 days) and line 16 (06-05 → 08-15, 71 days) are among CASISD's.
        Assert.NotNull(report.Rows[0].MedianDaysToAdopted);
    }

    [Fact]
    public void A_selection_by_channel_type_period_and_query_narrows_the_outputs()
    {
        // Submitted as 要报: lines 2, 6, 11, 15, 18, 21, 24, 32; all instructed; adopted all but 15; implemented 2, 6, 21.
        AssertCounts(Conversion(ConversionGrouping.Year, new() { Channel = "要报" }).Total, 8, 8, 8, 7, 3);
        // 评估报告: lines 3, 13, 19, 25.
        AssertCounts(Conversion(ConversionGrouping.Type, new() { Type = "evaluation report" }).Total, 4, 4, 2, 3, 0);
        AssertCounts(Conversion(ConversionGrouping.Organisation, new() { From = 2019, To = 2019 }).Total, 14, 11, 7, 6, 0);
        // 人工智能 is in the titles of lines 4 (submitted, instructed) and 12 (submitted).
        AssertCounts(Conversion(ConversionGrouping.Organisation, new() { Query = "人工智能" }).Total, 2, 2, 1, 0, 0);
        AssertCounts(Conversion(ConversionGrouping.Organisation, new() { Organisation = Casted, Project = "ZK-2019-06" }).Total, 5, 4, 3, 3, 1);
    }
}
