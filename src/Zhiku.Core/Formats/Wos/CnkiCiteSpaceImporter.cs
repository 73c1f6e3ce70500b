
namespace Zhiku.Formats.Wos;

/// <summary>
/// CNKI records converted to WoS tags by CiteSpace: no FN/VR/EF, "UT CNKI:0" and "PD JUN 15" on every record, empty CR,
/// authors with a trailing ", ". Read with the WoS tag parser; placeholders are not taken as identifiers, dates or counts.
/// </summary>
public sealed class CnkiCiteSpaceImporter : IFormatImporter
{
    /// <inheritdoc/>
    public string Format => "cnki-citespace";

    /// <inheritdoc/>
    public int Detect(FileProbe probe) =>
        !probe.IsBinary && WosProbe.IsCiteSpaceCnki(probe) && WosProbe.LooksTagged(probe) ? 95 : 0;

    /// <inheritdoc/>
    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var lines = source.OpenLines();
        foreach (var block in WosTagReader.Read(lines, cancellationToken))
        {
            yield return WosPlainImporter.ToItem(block, WosFlavour.CnkiCiteSpace);
        }
    }
}
