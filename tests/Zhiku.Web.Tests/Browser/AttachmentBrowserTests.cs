using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Zhiku.Web.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Web.Tests.Browser;

/// <summary>Issue 12's attachments in a real browser: upload a policy as DOCX on the edit page, see it on the person's page, download it, find the person by its words.</summary>
public sealed class AttachmentBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private readonly List<string> _dialogs = [];

    // The third State Council policy of 2019 in the samples as a Word document.
    private static (byte[] Docx, string Text) PolicyDocx()
    {
        var record = JsonNode.Parse(File.ReadLines(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")).Skip(2).First())!;
        var text = record["text"]!.GetValue<string>();
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var paragraph in text.Split('\n'))
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
            }

            doc.AddMainDocumentPart().Document = new W.Document(body);
        }

        return (buffer.ToArray(), text);
    }

    [Fact]
    public async Task An_analyst_uploads_a_docx_on_the_edit_page_and_sees_it_listed_on_the_person_s_page()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#user-name", "analyst");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");
        await page.GotoAsync("/registry/people/new");
        await page.FillAsync("#field-name", "唐文博");
        await page.ClickAsync("#registry-save");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/people/P\\d+$"));
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var (docx, text) = PolicyDocx();

        await page.ClickAsync("#edit-record");
        Assert.Equal("暂无附件。", await page.InnerTextAsync("#attachments-none"));
        await page.SetInputFilesAsync("#attachment-file", new FilePayload { Name = "政策全文.docx", MimeType = "application/octet-stream", Buffer = docx });
        await page.ClickAsync("#attachment-upload");
        await page.WaitForSelectorAsync("#attachment-notice");

        Assert.Equal("已上传附件。", await page.InnerTextAsync("#attachment-notice"));
        Assert.Contains("政策全文.docx", await page.InnerTextAsync("#attachment-list"), StringComparison.Ordinal);
        await BrowserPlatform.ShotAsync(page, "registry-attachment-uploaded");
        await page.GotoAsync($"/people/{id}");
        var link = page.Locator("#attachment-list a").First;
        Assert.Equal("政策全文.docx", await link.InnerTextAsync());
        Assert.Equal(0, await page.Locator("#attachment-upload").CountAsync());
        var download = await page.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(docx, await download.BodyAsync());
        var word = text.Split('\n').Select(l => l.Trim()).First(l => l.Length >= 8)[..6];
        await page.GotoAsync("/api/v1/search?entity=people&q=" + Uri.EscapeDataString($"\"{word}\" AND 唐文博"));
        Assert.Contains($"\"id\":\"{id}\"", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Empty(_dialogs);
    }
}
