using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Zhiku.Evaluation.Explain;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Files.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Evaluation.Report;

/// <summary>
/// Writes one unit's report as Word: scores and ranks at every level, the rank interval, strengths and weaknesses,
/// contributions versus the mean unit and the effect of removing each indicator, with the run's engine and hashes.
/// </summary>
public static class UnitDocxReport
{
    public static void Write(Stream stream, LoadedEvaluation loaded, UnitReport report, string? language)
    {
        var text = ReportText.For(language);
        var zh = text.IsChinese;
        using var document = DocxParts.Create(stream, out var body);
        body.Append(DocxParts.Heading($"{text["unit.title"]}: {report.UCode} · {report.UName}", 36, zh));
        body.Append(DocxParts.Paragraph($"{text["engine"]}: {EngineInfo.Version}; {text["data"]}: {loaded.DataSha256}; {text["meta"]}: {loaded.MetaSha256}", zh));
        body.Append(DocxParts.Heading(text["unit.scores"], 28, zh));
        body.Append(DocxParts.Table(
            [text["level"], text["code"], text["name"], text["score"], text["rank"], text["mean"]],
            report.Scores.Select(s => (IReadOnlyList<string>)[Int(s.Level), s.Code, s.Name, Number(s.Score), s.Rank is { } r ? $"{Int(r)} / {Int(s.Count)}" : "NA", Number(s.Mean)]),
            zh));
        body.Append(DocxParts.Heading(text["unit.interval"], 28, zh));
        body.Append(DocxParts.Paragraph(
            report.Interval is { } i ? $"{text["nominal"]}: {Number(i.Nominal)}; {text["median"]}: {Number(i.Median)}; {text["interval"]}: [{Number(i.Q5)}, {Number(i.Q95)}]" : text["none"],
            zh));
        body.Append(DocxParts.Heading(text["unit.strengths"], 28, zh));
        body.Append(DocxParts.Table(
            [text["kind"], text["indicator"], text["rank"], text["score"]],
            report.StrengthsAndWeaknesses.Select(s => (IReadOnlyList<string>)[text[s.Strength ? "strength" : "weakness"], s.Indicator, Number(s.Rank), Number(s.Value)]),
            zh));
        body.Append(DocxParts.Heading(text["unit.contributions"], 28, zh));
        body.Append(DocxParts.Table(
            [text["aggregate"], text["component"], text["score"], text["share"], text["effect"]],
            report.Contributions.Select(c => (IReadOnlyList<string>)[c.Aggregate, c.Component, Number(c.Value), Number(c.Weight), Number(c.Effect)]),
            zh));
        body.Append(DocxParts.Heading(text["unit.removals"], 28, zh));
        body.Append(DocxParts.Table(
            [text["indicator"], text["score"], text["score.change"], text["rank"], text["rank.change"]],
            report.Removals.Select(r => (IReadOnlyList<string>)[r.Indicator, Number(r.Score), Number(r.ScoreChange), Number(r.Rank), Number(r.RankChange)]),
            zh));
        document.MainDocumentPart!.Document!.Save();
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? v) => v is { } x && !double.IsNaN(x) ? x.ToString("0.###", CultureInfo.InvariantCulture) : "NA";
}
