using System.Text.Json;
using Zhiku.Storage;

namespace Zhiku.Formats.ZhikuJsonl;

/// <summary>Exports works as Zhiku JSON Lines: lossless, and re-imported by the zhiku-jsonl importer.</summary>
internal sealed class JsonlExporter : IWorkExporter
{
    public string Format => "jsonl";

    public string Extension => ".jsonl";

    public string MediaType => "application/jsonl";

    public void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken)
    {
        foreach (var work in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(JsonSerializer.Serialize(new ZhikuJsonlLine(1, work.Id, work.Work), StoreJson.Options));
            writer.Write('\n');
        }
    }
}
