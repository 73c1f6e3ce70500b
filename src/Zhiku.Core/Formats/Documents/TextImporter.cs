namespace Zhiku.Formats.Documents;

/// <summary>A plain text document; recognised by its .txt extension only, so structured .txt exports win over it.</summary>
internal sealed class TextImporter : DocumentImporter
{
    public override string Format => "document-text";

    // Kept at or under 15: WoS, RIS and other tagged exports are .txt files too, and their importers score far higher.
    public override int Detect(FileProbe probe) =>
        probe.Extension == ".txt" && !probe.IsBinary && probe.HeadText.Trim().Length > 0 ? 10 : 0;

    protected override DocumentContent Extract(ImportSource source, CancellationToken cancellationToken)
    {
        using var reader = source.OpenText();
        return new DocumentContent { Text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal) };
    }
}
