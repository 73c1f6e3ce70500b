using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Formats.Wos;

/// <summary>Web of Science "Plain text" exports (savedrecs.txt, *.isi): FN/VR header, PT…ER records, EF.</summary>
public sealed class WosPlainImporter : IFormatImporter
{
    /// <inheritdoc/>
    public string Format => "wos-plain";

    /// <inheritdoc/>
    public int Detect(FileProbe probe)
    {
        if (probe.IsBinary || WosProbe.IsCiteSpaceCnki(probe))
        {
            return 0;
        }

        var lines = probe.FirstLines(2);
        var header = lines.Count == 2 && lines[0].StartsWith("FN ", StringComparison.Ordinal) && lines[1] == "VR 1.0";
        return WosProbe.LooksTagged(probe) ? (header ? 100 : 90) : header ? 60 : 0;
    }

    /// <inheritdoc/>
    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var lines = source.OpenLines();
        foreach (var block in WosTagReader.Read(lines, cancellationToken))
        {
            yield return ToItem(block, WosFlavour.WebOfScience);
        }
    }

    /// <summary>Turns a block into a work or an error naming the record, its line and what was wrong.</summary>
    internal static ImportItem ToItem(WosBlock block, WosFlavour flavour)
    {
        var problem = block.Problem ?? ReferenceCountProblem(block.Record);
        WorkRecord? work = null;
        if (problem is null)
        {
            (work, problem) = WosRecordMapper.Map(block.Record, flavour);
        }

        return work is not null
            ? new ImportedWork(block.Position, work)
            : new RecordError(block.Position, $"record {block.Number} (line {block.Line}): {problem}");
    }

    /// <summary>
    /// NR counts the cited references WoS holds; when some CR lines are present but their number differs, lines were lost
    /// or re-tagged (metaknowledge_badFile.isi: the CR tag of record 1 was removed, so its references run on as C1
    /// addresses). A record with NR but no CR at all was exported without references, which is fine.
    /// </summary>
    private static string? ReferenceCountProblem(WosTagRecord record)
    {
        var cr = record.Lines("CR").Count();
        if (cr == 0 || !int.TryParse(record.Text("NR"), NumberStyles.None, CultureInfo.InvariantCulture, out var nr) || nr == cr)
        {
            return null;
        }

        return $"NR (line {record.Field("NR")!.Line}) counts {nr} cited references but CR (line {record.Field("CR")!.Line}) holds {cr}; "
            + "the record's tags are damaged";
    }
}
