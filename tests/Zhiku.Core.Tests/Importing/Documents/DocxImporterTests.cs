using Zhiku.Files;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Documents;

public sealed class DocxImporterTests : IDisposable
{
    private readonly DocumentFixtures _files = new();

    [Fact]
    public void Reads_a_State_Council_opinion_as_a_policy_document()
    {
        var record = PolicyCorpus.ByNumber("国发〔2019〕5号");
        var path = _files.Docx("国发2019-5.docx", record.Text.Split('\n').Select(l => l.Trim()));

        var work = Assert.Single(ImportKit.Read(path, "document-docx").Works());

        Assert.Equal(WorkKind.PolicyDocument, work.Kind);
        Assert.Equal("意见", work.DocumentType);
        Assert.Equal(record.Title, work.MainTitle);
        Assert.Equal("zh", work.Titles[0].Lang);
        Assert.Equal("zh", work.Language);
        Assert.Equal("国发〔2019〕5号", work.Identifiers[IdSchemes.DocumentNumber]);
        Assert.Equal("国务院", work.IssuingBody);
        Assert.Equal(["国务院"], work.Organisations);
        Assert.Equal("2019-01-27", work.Date);
        Assert.Equal(2019, work.Year);
        Assert.Contains("在市场监管领域全面推行“双随机、一公开”监管", work.FullText!, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefers_the_signature_date_to_the_file_date_and_keeps_the_core_properties()
    {
        var record = PolicyCorpus.ByNumber("国办函〔2004〕57号");
        var path = _files.Docx("letter.docx", record.Text.Split('\n'), title: record.Title, creator: "国务院办公厅秘书局", created: new DateTime(2018, 12, 24));

        var work = Assert.Single(ImportKit.Read(path, "document-docx").Works());

        Assert.Equal(record.Title, work.MainTitle);
        Assert.Equal("2004-08-12", work.Date); // 二〇〇四年八月十二日 in the signature block
        Assert.Equal("函", work.DocumentType);
        Assert.Equal("国务院办公厅", work.IssuingBody);
        Assert.Equal("国务院办公厅秘书局", Assert.Single(work.Authors).Name);
    }

    [Fact]
    public void Takes_an_English_title_from_the_Title_style()
    {
        var path = _files.Docx("brief.docx", ["AI Governance: A Policy Brief", "Governments are moving fast.", "Recommendations follow."], firstStyle: "Title", created: new DateTime(2024, 5, 2));

        var work = Assert.Single(ImportKit.Read(path, "document-docx").Works());

        Assert.Equal("AI Governance: A Policy Brief", work.MainTitle);
        Assert.Equal(WorkKind.PolicyBrief, work.Kind);
        Assert.Equal("en", work.Language);
        Assert.Equal("2024-05-02", work.Date);
        Assert.Equal("AI Governance: A Policy Brief\nGovernments are moving fast.\nRecommendations follow.", work.FullText);
    }

    [Fact]
    public void A_truncated_DOCX_is_an_import_error_naming_the_file()
    {
        var whole = _files.Docx("whole.docx", ["Some text"]);
        var broken = _files.Truncated(whole, "damaged.docx", (int)(new FileInfo(whole).Length / 2));

        Assert.Equal("document-docx", ImportKit.DetectFormat(broken));
        var importer = ImporterCatalog.Default.Find("document-docx")!;
        var error = Assert.Throws<ImportException>(() => importer.Read(ImportSource.Open(broken), CancellationToken.None).ToList());

        Assert.Contains("damaged.docx", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
