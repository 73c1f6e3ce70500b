using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Uncertainty;
using Zhiku.Files.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Evaluation.Report;

/// <summary>
/// Writes a run as a Word report: the framework (tree with the weights used), the parameters from the run log
/// (engine, input hashes, every step), the results (rank, unit, index and next-level scores) and, when the spec
/// declared uncertainty, each unit's nominal rank with its median and 5–95 % rank interval.
/// </summary>
public static class DocxReport
{
    public static void Write(Stream stream, LoadedEvaluation loaded, EvaluationResult result, UncertaintyResult? uncertainty, string? language)
    {
        var text = ReportText.For(language);
        var zh = text.IsChinese;
        using var document = DocxParts.Create(stream, out var body);
        body.Append(DocxParts.Heading(text["title"], 36, zh));
        body.Append(DocxParts.Heading(text["framework"], 28, zh));
        body.Append(DocxParts.Table(
            [text["level"], text["code"], text["name"], text["parent"], text["weight"], text["direction"]],
            result.Framework.Nodes.Where(n => n.Type is NodeType.Indicator or NodeType.Aggregate).OrderByDescending(n => n.Level)
                .Select(n => (IReadOnlyList<string>)[Int(n.Level), n.Code, n.Name, n.Parent ?? "", Number(n.Weight), Int(n.Direction)]),
            zh));
        body.Append(DocxParts.Heading(text["parameters"], 28, zh));
        body.Append(DocxParts.Paragraph($"{text["engine"]}: {EngineInfo.Version}", zh));
        body.Append(DocxParts.Paragraph($"{text["data"]}: {loaded.DataSha256}", zh));
        body.Append(DocxParts.Paragraph($"{text["meta"]}: {loaded.MetaSha256}", zh));
        body.Append(DocxParts.Table([text["step"], text["settings"]], result.Steps.Select(s => (IReadOnlyList<string>)[s.Kind, s.Parameters]), zh));
        body.Append(DocxParts.Heading(text["results"], 28, zh));
        body.Append(Results(loaded, result, text));
        if (uncertainty is not null)
        {
            body.Append(DocxParts.Heading(text["uncertainty"], 28, zh));
            body.Append(DocxParts.Paragraph(
                $"{text["runs"]}: {uncertainty.Runs}; {text["seed"]}: {uncertainty.Seed.ToString(CultureInfo.InvariantCulture)}; {text["inputs"]}: {string.Join(", ", uncertainty.Inputs)}",
                zh));
            body.Append(DocxParts.Table(
                [text["unit"], text["nominal"], text["median"], text["interval"]],
                uncertainty.Units.OrderBy(u => u.Nominal).ThenBy(u => u.UCode, StringComparer.Ordinal)
                    .Select(u => (IReadOnlyList<string>)[u.UCode, Number(u.Nominal), Number(u.Median), $"[{Number(u.Q5)}, {Number(u.Q95)}]"]),
                zh));
        }

        document.MainDocumentPart!.Document!.Save();
    }

    private static W.Table Results(LoadedEvaluation loaded, EvaluationResult result, ReportText text)
    {
        var codes = result.AggregateCodes;
        var root = codes.Count > 0 ? codes[0] : null;
        var shown = root is null ? [] : new[] { root }.Concat(result.Framework.Children(root).Select(c => c.Code).Where(result.Final.Has)).ToList();
        var names = loaded.Data.UnitCodes.Zip(loaded.Data.UnitNames).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        return DocxParts.Table(
            [text["rank"], text["code"], text["name"], .. shown],
            UnitResult.From(result).Select(u => (IReadOnlyList<string>)[
                root is not null && u.Ranks[root] is { } r ? Int(r) : "NA",
                u.UCode,
                names.TryGetValue(u.UCode, out var name) ? name : "",
                .. shown.Select(c => u.Scores[c] is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "NA")]),
            text.IsChinese);
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
