using System.Xml;
using Zhiku.Model;

namespace Zhiku.Dissemination.Oai;

/// <summary>A metadata format the provider disseminates every record in: its prefix, schema, namespace and writer.</summary>
internal sealed record OaiFormat(string Prefix, Func<OaiContext, string> Schema, string Namespace, Action<XmlWriter, OaiContext, long, WorkRecord, bool> Write)
{
    public static IReadOnlyList<OaiFormat> All { get; } =
    [
        new("oai_dc", _ => OaiDcWriter.Schema, OaiDcWriter.Namespace, (xml, _, _, work, openAlex) => OaiDcWriter.Write(xml, work, openAlex)),
        new("zhiku", c => c.ZhikuSchemaUrl, ZhikuFormatWriter.Namespace, (xml, c, id, work, openAlex) => ZhikuFormatWriter.Write(xml, c, id, work, openAlex)),
    ];

    public static OaiFormat? Find(string prefix) => All.FirstOrDefault(f => f.Prefix == prefix);
}
