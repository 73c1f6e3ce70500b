using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Zhiku.Access;
using Zhiku.Accounts;
using Zhiku.Attachments;
using Zhiku.Knowledge;
using Zhiku.Registry;
using Zhiku.Search;
using Zhiku.Tests.Importing.Documents;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Attachments;

/// <summary>
/// Files attached to registry records: real documents (a State Council policy as DOCX and HTML, a CRS report title as
/// PDF) are found by the entity search through words only they hold; types are told by content; broken and hostile files
/// are refused or kept without text; every change is in the record's history; other organisations see nothing.
/// </summary>
public sealed class EntityAttachmentsTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();
    private readonly DocumentFixtures _files = new();
    private readonly KnowledgeBase _kb;
    private readonly EntityAttachments _attachments;
    private readonly long _org;
    private readonly long _otherOrg;

    public EntityAttachmentsTests()
    {
        _kb = _dir.Open();
        _attachments = new EntityAttachments(_kb);
        _org = _kb.Store.EnsureOrganisation("附件测试智库");
        _otherOrg = _kb.Store.EnsureOrganisation("Another Think Tank");
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
        _files.Dispose();
    }

    /// <summary>The first State Council policy of 2019 in the shared samples: its title and full text.</summary>
    internal static (string Title, string Text) Policy()
    {
        using var reader = new StreamReader(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"));
        var record = JsonNode.Parse(reader.ReadLine()!)!;
        return (record["title"]!.GetValue<string>(), record["text"]!.GetValue<string>());
    }

    private RegistryActor Member(UserRole role, long? org = null) =>
        new(new Caller { OrganisationId = org ?? _org, MaySeeRestricted = role is UserRole.Administrator or UserRole.Manager }, role.ToString().ToLowerInvariant(), role);

    private string Create(RegistryActor actor, RegistryKind kind, string json, string? access = null) =>
        new RegistryEditor(_kb).Create(actor, kind, new RegistryChange(JsonNode.Parse(json)!.AsObject(), access)).Id;

    private List<string> Found(SearchEntity entity, string query, Caller caller) =>
        [.. _kb.Read(caller).SearchEntities(entity, new SearchRequest { Query = query, Limit = 10 }).Hits.Select(h => h.Id)];

    [Fact]
    public void A_person_is_found_by_a_word_only_in_their_attached_docx_until_it_is_removed()
    {
        var analyst = Member(UserRole.Analyst);
        var id = Create(analyst, RegistryKind.Person, """{"name": "周明远", "nameEn": "Zhou Mingyuan"}""");
        var (title, text) = Policy();
        var docx = File.ReadAllBytes(_files.Docx("policy.docx", text.Split('\n'), title: title));
        Assert.Empty(Found(SearchEntity.People, "\"双随机\"", analyst.Caller));

        var added = _attachments.Add(analyst, RegistryKind.Person, id, "国发〔2019〕5号.docx", docx);

        Assert.Equal((1, AttachmentText.Docx, true, null), (added.N, added.MediaType, added.Searchable, added.TextProblem));
        Assert.Equal([id], Found(SearchEntity.People, "\"双随机\"", analyst.Caller));
        Assert.Equal([id], Found(SearchEntity.People, "\"Zhou Mingyuan\" AND 信用监管", analyst.Caller));
        var listed = Assert.Single(_attachments.List(analyst, RegistryKind.Person, id)!);
        Assert.Equal(("国发〔2019〕5号.docx", docx.LongLength, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(docx)), "analyst"),
            (listed.FileName, listed.Size, listed.Sha256, listed.UploadedBy));
        Assert.Equal(docx, _attachments.Open(analyst, RegistryKind.Person, id, 1)!.Content);

        _attachments.Remove(analyst, RegistryKind.Person, id, 1);

        Assert.Empty(Found(SearchEntity.People, "\"双随机\"", analyst.Caller));
        Assert.Empty(_attachments.List(analyst, RegistryKind.Person, id)!);
        Assert.Null(_attachments.Open(analyst, RegistryKind.Person, id, 1));
        var versions = new RegistryEditor(_kb).History(analyst, RegistryKind.Person, id)!.Versions;
        Assert.Equal(["create", "attach", "detach"], versions.Select(v => v.Action));
        Assert.Equal([null, "国发〔2019〕5号.docx", "国发〔2019〕5号.docx"], versions.Select(v => v.File));
        Assert.All(versions.Skip(1), v => Assert.Equal("analyst", v.Author));
    }

    [Fact]
    public void A_pdf_and_an_html_page_are_indexed_by_their_visible_text_and_not_by_scripts()
    {
        var manager = Member(UserRole.Manager);
        var project = Create(manager, RegistryKind.Project, """{"title": "营商环境评估"}""");
        var organisation = Create(manager, RegistryKind.Organisation, """{"name": "政策文献研究室"}""");
        var report = File.ReadLines(SharedData.Path("documents/crs/crs_search_results.csv")).Skip(2).First().Split("\",\"")[2];
        var pdf = File.ReadAllBytes(_files.Pdf("crs.pdf", [["Congressional Research Service", report]]));
        var (title, text) = Policy();
        var html = Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html><head><title>{title}</title><script>document.write('zkscriptword')</script></head><body><h1>{title}</h1><p>{text}</p>" +
            "<script>alert('zkscriptword')</script><img src=x onerror=\"alert('zkscriptword')\"></body></html>");

        var fromPdf = _attachments.Add(manager, RegistryKind.Project, project, "report.bin", pdf);
        var fromHtml = _attachments.Add(manager, RegistryKind.Organisation, organisation, "policy.txt", html);

        Assert.Equal("Costa Rica: An Overview", report);
        Assert.Equal((AttachmentText.Pdf, true), (fromPdf.MediaType, fromPdf.Searchable));
        Assert.Equal((AttachmentText.Html, true), (fromHtml.MediaType, fromHtml.Searchable));
        Assert.Equal([project], Found(SearchEntity.Projects, "\"Costa Rica\"", manager.Caller));
        Assert.Equal([organisation], Found(SearchEntity.Organisations, "\"双随机\"", manager.Caller));
        Assert.Empty(Found(SearchEntity.Organisations, "zkscriptword", manager.Caller));
    }

    [Fact]
    public void Types_are_told_by_content_and_empty_or_oversized_files_are_refused_naming_the_file()
    {
        var analyst = Member(UserRole.Analyst);
        var id = Create(analyst, RegistryKind.Case, """{"title": "创新券试点"}""");
        var small = new EntityAttachments(_kb) { MaxBytes = 1000 };

        var text = Assert.Throws<AttachmentException>(() => _attachments.Add(analyst, RegistryKind.Case, id, "report.pdf", "just words, no PDF"u8.ToArray()));
        var exe = Assert.Throws<AttachmentException>(() => _attachments.Add(analyst, RegistryKind.Case, id, "report.docx", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]));
        var empty = Assert.Throws<AttachmentException>(() => _attachments.Add(analyst, RegistryKind.Case, id, "empty.html", []));
        var large = Assert.Throws<AttachmentException>(() => small.Add(analyst, RegistryKind.Case, id, "../../big.html", Encoding.UTF8.GetBytes("<html><body>" + new string('x', 2000) + "</body></html>")));

        Assert.Equal((AttachmentRefusal.UnsupportedType, AttachmentRefusal.UnsupportedType, AttachmentRefusal.Empty, AttachmentRefusal.TooLarge),
            (text.Refusal, exe.Refusal, empty.Refusal, large.Refusal));
        Assert.StartsWith("report.pdf: ", text.Message, StringComparison.Ordinal);
        Assert.StartsWith("big.html: ", large.Message, StringComparison.Ordinal);
        Assert.Empty(_attachments.List(analyst, RegistryKind.Case, id)!);
        Assert.Single(new RegistryEditor(_kb).History(analyst, RegistryKind.Case, id)!.Versions);
    }

    [Fact]
    public void A_truncated_pdf_and_a_zip_bomb_docx_are_kept_without_text_and_say_why()
    {
        var analyst = Member(UserRole.Analyst);
        var id = Create(analyst, RegistryKind.Person, """{"name": "林青"}""");
        var whole = File.ReadAllBytes(_files.Pdf("whole.pdf", [["Zkwhole report text"]]));
        var bomb = ZipBomb();

        var truncated = _attachments.Add(analyst, RegistryKind.Person, id, "truncated.pdf", whole[..(whole.Length / 3)]);
        var zipped = _attachments.Add(analyst, RegistryKind.Person, id, "bomb.docx", bomb);

        Assert.Equal((AttachmentText.Pdf, false), (truncated.MediaType, truncated.Searchable));
        Assert.Contains(truncated.TextProblem, new[] { "unreadable", "no-text" });
        Assert.Equal((AttachmentText.Docx, false, "unreadable"), (zipped.MediaType, zipped.Searchable, zipped.TextProblem));
        Assert.Equal(2, _attachments.List(analyst, RegistryKind.Person, id)!.Count);
        Assert.Equal(bomb, _attachments.Open(analyst, RegistryKind.Person, id, 2)!.Content);
    }

    [Fact]
    public void Other_organisations_and_readers_neither_see_nor_change_the_attachments()
    {
        var analyst = Member(UserRole.Analyst);
        var id = Create(analyst, RegistryKind.Person, """{"name": "许安"}""");
        var html = Encoding.UTF8.GetBytes("<html><body><p>Zkinternalattachment</p></body></html>");
        _attachments.Add(analyst, RegistryKind.Person, id, "note.html", html);
        var stranger = Member(UserRole.Manager, _otherOrg);
        var viewer = Member(UserRole.Viewer);

        Assert.Null(_attachments.List(stranger, RegistryKind.Person, id));
        Assert.Null(_attachments.Open(stranger, RegistryKind.Person, id, 1));
        Assert.Null(_attachments.Open(new RegistryActor(Caller.Anonymous, "anonymous", null), RegistryKind.Person, id, 1));
        Assert.Equal(AttachmentRefusal.NotFound, Assert.Throws<AttachmentException>(() => _attachments.Add(stranger, RegistryKind.Person, id, "x.html", html)).Refusal);
        Assert.Equal(AttachmentRefusal.NoRight, Assert.Throws<AttachmentException>(() => _attachments.Remove(viewer, RegistryKind.Person, id, 1)).Refusal);
        Assert.Empty(Found(SearchEntity.People, "Zkinternalattachment", stranger.Caller));
        Assert.Equal([id], Found(SearchEntity.People, "Zkinternalattachment", viewer.Caller));
        Assert.Single(_attachments.List(viewer, RegistryKind.Person, id)!);
    }

    [Fact]
    public void A_public_record_of_another_organisation_is_seen_but_not_changed()
    {
        var id = Create(RegistryActor.Owner("owner"), RegistryKind.Organisation, """{"name": "公开研究所"}""", "public");
        var html = Encoding.UTF8.GetBytes("<html><body><p>Zkpublicattachment</p></body></html>");
        _attachments.Add(RegistryActor.Owner("owner"), RegistryKind.Organisation, id, "public.html", html);
        var stranger = Member(UserRole.Manager, _otherOrg);

        var refused = Assert.Throws<AttachmentException>(() => _attachments.Remove(stranger, RegistryKind.Organisation, id, 1));

        Assert.Equal(AttachmentRefusal.NotYours, refused.Refusal);
        Assert.Equal(html, _attachments.Open(new RegistryActor(Caller.Anonymous, "anonymous", null), RegistryKind.Organisation, id, 1)!.Content);
        Assert.Equal([id], Found(SearchEntity.Organisations, "Zkpublicattachment", Caller.Anonymous));
    }

    // A Word package whose document part unpacks to more than the bound (64 MB of one repeated paragraph).
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open()))
            {
                writer.Write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
                var paragraph = "<w:p><w:r><w:t>" + new string('a', 4000) + "</w:t></w:r></w:p>";
                for (var i = 0; i < 70 * 1024 / 4; i++)
                {
                    writer.Write(paragraph);
                }

                writer.Write("</w:body></w:document>");
            }

            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            }
        }

        return buffer.ToArray();
    }
}
