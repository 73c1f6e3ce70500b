namespace Zhiku.Exporting;

/// <summary>The list of built-in exporters, one line per format.</summary>
internal static class BuiltInExporters
{
    public static IEnumerable<IWorkExporter> All() =>
    [
        // Each format lives in Exporting/<Name>/ and is registered by one line here.
        new Jsonl.JsonlExporter(),
        new CslJson.CslJsonExporter(),
        new Csv.CsvExporter(),
        new Xlsx.XlsxExporter(),
        new Wos.WosPlainExporter(),
        new Ris.RisExporter(),
        new BibTex.BibTexExporter(),
    ];
}
