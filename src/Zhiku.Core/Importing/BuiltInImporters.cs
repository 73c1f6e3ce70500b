namespace Zhiku.Importing;

/// <summary>The list of built-in importers, one line per format.</summary>
internal static class BuiltInImporters
{
    public static IEnumerable<IFormatImporter> All() =>
    [
        // Each format lives in Importing/Formats/<Name>/ and is registered by one line here.
        new Formats.ZhikuJsonl.ZhikuJsonlImporter(),
        new Formats.Wos.WosPlainImporter(),
        new Formats.WosTab.WosTabImporter(),
        new Formats.CnkiCiteSpace.CnkiCiteSpaceImporter(),
        new Formats.Scopus.ScopusCsvImporter(),
        new Formats.Lens.LensCsvImporter(),
        new Formats.OpenAlex.OpenAlexJsonImporter(),
        new Formats.OpenAlex.OpenAlexJsonlImporter(),
        new Formats.OpenAlex.OpenAlexCsvImporter(),
        new Formats.Table.TableCsvImporter(),
        new Formats.Table.TableXlsxImporter(),
        new Formats.Table.JsonlImporter(),
        new Formats.Feed.FeedImporter(),
        new Formats.CslJson.CslJsonImporter(),
        new Formats.Documents.PdfImporter(),
        new Formats.Documents.DocxImporter(),
        new Formats.Documents.HtmlImporter(),
        new Formats.Documents.MarkdownImporter(),
        new Formats.Documents.TextImporter(),
        new Formats.Registry.MappingImporter("registry-nber", [Formats.Registry.Templates.ShippedMappings.Nber]),
        new Formats.Registry.MappingImporter("registry-template", Formats.Registry.Templates.ShippedMappings.Templates),
        new Formats.Registry.ThinkTanksYamlImporter(),
        new Formats.CnkiNoteExpress.NoteExpressImporter(),
        new Formats.CnkiRefWorks.RefWorksImporter(),
        new Formats.EndNoteRefer.ReferImporter(),
        new Formats.CnkiEStudy.EStudyImporter(),
        new Formats.CnkiTable.CnkiTableImporter(),
        new Formats.Ris.RisImporter(),
        new Formats.BibTex.BibTexImporter(),
        new Formats.Medline.MedlineImporter(),
    ];
}
