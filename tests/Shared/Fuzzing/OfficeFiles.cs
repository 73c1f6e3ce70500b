using System.IO.Compression;
using System.Security;
using System.Text;

namespace Zhiku.Testing.Fuzzing;

/// <summary>
/// Minimal XLSX and DOCX packages written part by part, so that tests and the fuzz harness can break any part of them
/// (a flipped byte, a DOCTYPE, a part that unpacks to a gigabyte) without an Office library in the way.
/// </summary>
public static class OfficeFiles
{
    /// <summary>The sheet XML of a table with a header row and data rows, every cell an inline string.</summary>
    public static string SheetXml(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
            .Append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            xml.Append("<row r=\"").Append(r + 1).Append("\">");
            for (var c = 0; c < rows[r].Count; c++)
            {
                xml.Append("<c r=\"").Append(Column(c)).Append(r + 1).Append("\" t=\"inlineStr\"><is><t>")
                    .Append(SecurityElement.Escape(rows[r][c])).Append("</t></is></c>");
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    /// <summary>Writes a one-sheet workbook whose sheet part holds <paramref name="sheetXml"/> as UTF-8 bytes.</summary>
    public static void WriteXlsx(string path, string sheetXml) => WriteXlsx(path, Encoding.UTF8.GetBytes(sheetXml));

    /// <summary>Writes a one-sheet workbook whose sheet part holds exactly <paramref name="sheetBytes"/>.</summary>
    public static void WriteXlsx(string path, byte[] sheetBytes)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
            """);
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part(zip, "xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Part(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """);
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        sheet.Write(sheetBytes);
    }

    /// <summary>The document XML of a Word document with one paragraph per line.</summary>
    public static string DocumentXml(IEnumerable<string> paragraphs) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + string.Concat(paragraphs.Select(p => "<w:p><w:r><w:t>" + SecurityElement.Escape(p) + "</w:t></w:r></w:p>"))
        + "</w:body></w:document>";

    /// <summary>Writes a Word document whose main part is <paramref name="documentXml"/>.</summary>
    public static void WriteDocx(string path, string documentXml) =>
        WriteDocx(path, stream => stream.Write(Encoding.UTF8.GetBytes(documentXml)));

    /// <summary>
    /// Writes a Word document whose main part is one paragraph of <paramref name="unpackedBytes"/> letters: a zip bomb
    /// (1 GB of text packs into about 1 MB).
    /// </summary>
    public static void WriteZipBombDocx(string path, long unpackedBytes) => WriteDocx(path, stream =>
    {
        stream.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)'a');
        for (var left = unpackedBytes; left > 0; left -= block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
        }

        stream.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
    });

    private static void WriteDocx(string path, Action<Stream> writeDocument)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """);
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """);
        using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
        writeDocument(document);
    }

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static string Column(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}
