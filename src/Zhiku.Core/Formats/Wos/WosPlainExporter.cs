using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Formats.Wos;

/// <summary>
/// Web of Science "Plain text" (the savedrecs.txt that CiteSpace, VOSviewer and bibliometrix read): an FN/VR header,
/// one PT…ER block per work with two-letter tags, continuation lines indented by three spaces, EF at the end. Zhiku's
/// WoS importer reads it back to the same works. CiteSpace only reads files whose names start with "download".
/// </summary>
internal sealed class WosPlainExporter : IWorkExporter
{
    public string Format => "wos";

    public string Extension => ".txt";

    public void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken)
    {
        writer.Write("FN Clarivate Analytics Web of Science\nVR 1.0\n");
        foreach (var exported in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteWork(new WosTagWriter(writer), exported.Work);
            writer.Write("ER\n\n");
        }

        writer.Write("EF\n");
    }

    private static void WriteWork(WosTagWriter tags, WorkRecord work)
    {
        var (publicationType, documentType) = (WosKinds.PublicationType(work.Kind), work.DocumentType ?? WosKinds.DocumentType(work.Kind));
        tags.One("PT", publicationType);
        tags.Lines("AU", work.Authors.Select(a => a.Name));
        if (work.Authors.Any(a => a.FullName is not null))
        {
            tags.Lines("AF", work.Authors.Select(a => a.FullName ?? a.Name));
        }

        tags.One("TI", work.MainTitle);
        tags.One("SO", work.Source);
        tags.One("LA", WosVocabulary.LanguageName(work.Language));
        tags.One("DT", documentType);
        if (WosVocabulary.Kind(documentType, publicationType) != work.Kind)
        {
            tags.One(WosVocabulary.KindTag, work.Kind.ToString());
        }

        tags.Joined("DE", work.AuthorKeywords);
        tags.Joined("ID", work.IndexKeywords);
        tags.One("AB", work.Abstracts.FirstOrDefault()?.Text);
        tags.Lines("C1", WosAddressLines.Of(work));
        tags.Joined("C3", work.Organisations);
        tags.One("RP", WosAddressLines.Corresponding(work));
        tags.Joined("OI", work.Authors.Where(a => a.Ids.ContainsKey(IdSchemes.Orcid)).Select(a => $"{a.FullName ?? a.Name}/{a.Ids[IdSchemes.Orcid]}"));
        tags.Joined("FU", work.Funding);
        tags.Lines("CR", work.References);
        if (work.References.Count > 0)
        {
            tags.One("NR", work.References.Count.ToString(CultureInfo.InvariantCulture));
        }

        tags.One("TC", work.CitedByCount?.ToString(CultureInfo.InvariantCulture));
        tags.One("PU", work.Publisher);
        tags.One("SN", work.Issn);
        tags.One("BN", work.Identifiers.GetValueOrDefault(IdSchemes.Isbn));
        tags.One("J9", work.SourceAbbreviation);
        tags.One("PD", WosKinds.PublicationDate(work.Date));
        tags.One("PY", work.Year?.ToString(CultureInfo.InvariantCulture));
        tags.One("VL", work.Volume);
        tags.One("IS", work.Issue);
        WritePages(tags, work.Pages);
        tags.One("DI", work.Identifiers.GetValueOrDefault(IdSchemes.Doi));
        tags.One("PM", work.Identifiers.GetValueOrDefault(IdSchemes.Pmid));
        tags.Joined("WC", work.Subjects);
        foreach (var (tag, value) in work.Extra.Where(e => WosKinds.KeptExtraTags.Contains(e.Key)))
        {
            tags.One(tag, value);
        }

        tags.One("DL", work.Url);
        tags.One("UT", work.Identifiers.TryGetValue(IdSchemes.WosUt, out var ut) ? "WOS:" + ut : null);
    }

    // "547-557" is a page range (BP/EP); anything else, such as an article number, is kept whole in AR.
    private static void WritePages(WosTagWriter tags, string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages))
        {
            return;
        }

        var dash = pages.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < pages.Length - 1 && pages.IndexOf('-', dash + 1) < 0)
        {
            tags.One("BP", pages[..dash]);
            tags.One("EP", pages[(dash + 1)..]);
        }
        else
        {
            tags.One("AR", pages);
        }
    }
}
