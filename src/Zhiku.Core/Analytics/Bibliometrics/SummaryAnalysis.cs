using Zhiku.Analytics.Documents;
using Zhiku.Model;

namespace Zhiku.Analytics.Bibliometrics;

/// <summary>Descriptive bibliometrics of the works with how their records were merged, as one result document.</summary>
public static class SummaryAnalysis
{
    public static AnalysisResult Run(IReadOnlyList<WorkRecord> works, Deduplication? deduplication, SummaryRequest request)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(request);
        var s = SummaryCalculator.Compute(works) with { Deduplication = deduplication };
        var table = new List<string[]>
        {
            new[] { "measure", "value" },
            new[] { "documents", AnalysisJson.Cell(s.Documents) },
            new[] { "timespan", $"{s.Timespan.From}:{s.Timespan.To}" },
            new[] { "sources", AnalysisJson.Cell(s.Sources) },
            new[] { "annualGrowthRate", AnalysisJson.Cell(s.AnnualGrowthRate) },
            new[] { "averageCitationsPerDocument", AnalysisJson.Cell(s.AverageCitationsPerDocument) },
            new[] { "documentsWithoutCitationCounts", AnalysisJson.Cell(s.DocumentsWithoutCitationCounts) },
            new[] { "references", AnalysisJson.Cell(s.References) },
            new[] { "authorKeywords", AnalysisJson.Cell(s.AuthorKeywords) },
            new[] { "keywordsPlus", AnalysisJson.Cell(s.KeywordsPlus) },
            new[] { "authors", AnalysisJson.Cell(s.Authors) },
            new[] { "authorAppearances", AnalysisJson.Cell(s.AuthorAppearances) },
            new[] { "singleAuthoredDocuments", AnalysisJson.Cell(s.SingleAuthoredDocuments) },
            new[] { "coAuthorsPerDocument", AnalysisJson.Cell(s.CoAuthorsPerDocument) },
            new[] { "internationalCoAuthorships", AnalysisJson.Cell(s.InternationalCoAuthorships) },
        };
        table.AddRange(s.AnnualProduction.Select(p => new[] { "annualProduction." + AnalysisJson.Cell(p.Key), AnalysisJson.Cell(p.Value) }));
        if (deduplication is { } d)
        {
            table.Add(["merged", d.Merged ? "yes" : "no"]);
            table.Add(["records", AnalysisJson.Cell(d.Records)]);
            table.Add(["mergedRecords", AnalysisJson.Cell(d.MergedRecords)]);
            table.AddRange(d.Duplicates.Select(m => new[] { "duplicate." + m.Work, m.Evidence + ": " + string.Join(" + ", m.Records) }));
        }

        return AnalysisResult.Of(s, table);
    }
}
