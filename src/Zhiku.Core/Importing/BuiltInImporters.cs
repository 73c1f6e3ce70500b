namespace Zhiku.Importing;

/// <summary>The list of built-in importers, one line per format.</summary>
internal static class BuiltInImporters
{
    public static IEnumerable<IFormatImporter> All() =>
    [
        // Each format lives in Importing/Formats/<Name>/ and is registered by one line here.
        new Formats.CnkiNoteExpress.NoteExpressImporter(),
        new Formats.CnkiRefWorks.RefWorksImporter(),
        new Formats.EndNoteRefer.ReferImporter(),
        new Formats.CnkiEStudy.EStudyImporter(),
        new Formats.Ris.RisImporter(),
        new Formats.BibTex.BibTexImporter(),
        new Formats.Medline.MedlineImporter(),
    ];
}
