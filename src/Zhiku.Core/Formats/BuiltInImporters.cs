namespace Zhiku.Formats;

/// <summary>The list of built-in importers, one line per format.</summary>
internal static class BuiltInImporters
{
    public static IEnumerable<IFormatImporter> All() =>
    [
        // Each format lives in Formats/<Name>/ (its vocabulary, reader and writer) and is registered by one line here.
        new ZhikuJsonl.ZhikuJsonlImporter(),
        new Wos.WosPlainImporter(),
        new Wos.WosTabImporter(),
        new Wos.CnkiCiteSpaceImporter(),
        new Scopus.ScopusCsvImporter(),
        new Lens.LensCsvImporter(),
        new OpenAlex.OpenAlexJsonImporter(),
        new OpenAlex.OpenAlexJsonlImporter(),
        new OpenAlex.OpenAlexCsvImporter(),
        new Table.TableCsvImporter(),
        new Table.TableXlsxImporter(),
        new Table.JsonlImporter(),
        new Feed.FeedImporter(),
        new CslJson.CslJsonImporter(),
        new Documents.PdfImporter(),
        new Documents.DocxImporter(),
        new Documents.HtmlImporter(),
        new Documents.MarkdownImporter(),
        new Documents.TextImporter(),
        new Registry.MappingImporter("registry-nber", [Registry.Templates.ShippedMappings.Nber]),
        new Registry.MappingImporter("registry-template", Registry.Templates.ShippedMappings.Templates),
        new Registry.ThinkTanksYamlImporter(),
        new Cnki.NoteExpress.NoteExpressImporter(),
        new Cnki.RefWorks.RefWorksImporter(),
        new Cnki.EndNote.ReferImporter(),
        new Cnki.EStudy.EStudyImporter(),
        new Cnki.Table.CnkiTableImporter(),
        new Ris.RisImporter(),
        new BibTex.BibTexImporter(),
        new Medline.MedlineImporter(),
    ];
}
