namespace Zhiku.Formats;

/// <summary>The list of built-in exporters, one line per format.</summary>
internal static class BuiltInExporters
{
    public static IEnumerable<IWorkExporter> All() =>
    [
        // Each format lives in Formats/<Name>/ beside its reader and is registered by one line here.
        new ZhikuJsonl.JsonlExporter(),
        new CslJson.CslJsonExporter(),
        new Table.CsvExporter(),
        new Table.XlsxExporter(),
        new Wos.WosPlainExporter(),
        new Ris.RisExporter(),
        new BibTex.BibTexExporter(),
    ];
}
