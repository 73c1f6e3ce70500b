using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Formats.BibTex;

/// <summary>
/// Writes BibTeX that Zhiku's BibTeX importer reads back to the same work: WoS-style field names (unique-id,
/// keywords-plus, cited-references, times-cited) plus the Zhiku fields named in <see cref="BibTexFields"/>.
/// </summary>
internal sealed class BibTexExporter : IWorkExporter
{
    public string Format => "bibtex";

    public string Extension => ".bib";

    public string MediaType => "application/x-bibtex";

    public void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var exported in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteWork(exported, Key(exported, keys), writer);
        }
    }

    private static void WriteWork(ExportedWork exported, string key, TextWriter writer)
    {
        var work = exported.Work;
        var type = BibTexKinds.EntryTypeOf(work.Kind);
        writer.Write($"@{type}{{{key},\n");
        var fields = new BibFieldWriter(writer);
        if (BibTexKinds.KindOf(type, work.DocumentType) != work.Kind)
        {
            fields.Add(BibTexKinds.KindField, work.Kind.ToString());
        }

        fields.Add("author", string.Join(" and ", work.Authors.Select(a => BibTexEscaping.Name(a.Name))), escape: false);
        if (work.Authors.Any(a => a.FullName is not null))
        {
            fields.Add(BibTexFields.AuthorFullNames, string.Join(" and ", work.Authors.Select(a => BibTexEscaping.Name(a.FullName ?? "-"))), escape: false);
        }

        for (var i = 0; i < work.Titles.Count; i++)
        {
            fields.Add(i == 0 ? "title" : Numbered(BibTexFields.TranslatedTitle, i), work.Titles[i].Text);
        }

        fields.Add(type == "inproceedings" ? "booktitle" : "journal", work.Source);
        fields.Add("journal-iso", work.SourceAbbreviation);
        fields.Add("year", work.Year?.ToString(CultureInfo.InvariantCulture));
        fields.Add("date", work.Date);
        fields.Add("volume", work.Volume);
        fields.Add("number", work.Issue);
        fields.Add("pages", work.Pages);
        fields.Add("publisher", work.Publisher);
        fields.Add("issn", work.Issn);
        fields.Add("language", work.Language);
        fields.Add("type", work.DocumentType);
        for (var i = 0; i < work.Abstracts.Count; i++)
        {
            fields.Add(i == 0 ? "abstract" : Numbered(BibTexFields.TranslatedAbstract, i), work.Abstracts[i].Text);
        }

        fields.Add("keywords", Keywords(work.AuthorKeywords));
        fields.Add("keywords-plus", Keywords(work.IndexKeywords));
        fields.Add("web-of-science-categories", string.Join("; ", work.Subjects));
        fields.Add("affiliations", string.Join("; ", work.Organisations));
        fields.Add("funding-acknowledgement", string.Join("; ", work.Funding));
        foreach (var (scheme, value) in work.Identifiers)
        {
            fields.Add(BibTexFields.FieldOf(scheme), scheme == IdSchemes.WosUt ? "WOS:" + value : value);
        }

        fields.Add("url", work.Url);
        fields.Add("times-cited", work.CitedByCount?.ToString(CultureInfo.InvariantCulture));
        fields.Add("cited-references", string.Join("\n   ", work.References.Select(BibTexEscaping.Escape)), escape: false);
        writer.Write("}\n\n");
    }

    // One keyword holding a comma gets a trailing ';', so the importer does not split it on commas.
    private static string Keywords(List<string> keywords) =>
        keywords.Count == 1 && keywords[0].Contains(',', StringComparison.Ordinal) ? keywords[0] + ";" : string.Join("; ", keywords);

    private static string Numbered(string prefix, int index) => index == 1 ? prefix : $"{prefix}-{index}";

    private static string Key(ExportedWork exported, HashSet<string> used)
    {
        var clean = new string([.. exported.Id.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.')]);
        var key = clean.Length > 0 ? clean : "work";
        var candidate = key;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{key}-{n}";
        }

        return candidate;
    }
}
