using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Formats.Ris;

/// <summary>
/// Writes RIS that Zhiku's RIS importer reads back to the same work. Identifiers other than the DOI go to AN as
/// "scheme:value"; Zhiku-only fields use the custom tags listed in <see cref="RisTags"/>. A line break inside a value
/// starts a continuation line, which the importer keeps as a break in abstracts only.
/// </summary>
internal sealed class RisExporter : IWorkExporter
{
    public string Format => "ris";

    public string Extension => ".ris";

    public string MediaType => "application/x-research-info-systems";

    public void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken)
    {
        foreach (var exported in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteWork(exported.Work, writer);
        }
    }

    private static void WriteWork(WorkRecord work, TextWriter writer)
    {
        var type = RisTags.TypeOf(work.Kind);
        Tag(writer, "TY", type);
        if (RisTags.KindOf(type) != work.Kind)
        {
            Tag(writer, RisTags.Kind, work.Kind.ToString());
        }

        for (var i = 0; i < work.Titles.Count; i++)
        {
            Tag(writer, i == 0 ? "TI" : "TT", work.Titles[i].Text);
        }

        // Organisations no author carries are record-level addresses: AD lines before the first AU.
        var linked = work.Authors.SelectMany(a => a.Affiliations).ToHashSet(StringComparer.Ordinal);
        foreach (var organisation in work.Organisations.Where(o => !linked.Contains(o)))
        {
            Tag(writer, "AD", organisation);
        }

        foreach (var author in work.Authors)
        {
            Tag(writer, "AU", author.Name);
            Tag(writer, RisTags.FullName, author.FullName);
            foreach (var affiliation in author.Affiliations)
            {
                Tag(writer, "AD", affiliation);
            }
        }

        Tag(writer, "PY", work.Year?.ToString(CultureInfo.InvariantCulture));
        Tag(writer, "DA", work.Date);
        Tag(writer, "T2", work.Source);
        Tag(writer, "J2", work.SourceAbbreviation);
        Tag(writer, "VL", work.Volume);
        Tag(writer, "IS", work.Issue);
        Tag(writer, "SP", work.Pages);
        Tag(writer, "PB", work.Publisher);
        Tag(writer, "SN", work.Issn);
        Tag(writer, "LA", work.Language);
        Tag(writer, "M3", work.DocumentType);
        foreach (var text in work.Abstracts)
        {
            Tag(writer, "AB", text.Text);
        }

        Tags(writer, "KW", work.AuthorKeywords);
        Tags(writer, RisTags.IndexKeyword, work.IndexKeywords);
        Tags(writer, RisTags.Subject, work.Subjects);
        Tag(writer, RisTags.CitedBy, work.CitedByCount?.ToString(CultureInfo.InvariantCulture));
        foreach (var (scheme, value) in work.Identifiers)
        {
            if (scheme == IdSchemes.Doi)
            {
                Tag(writer, "DO", value);
            }
            else
            {
                Tag(writer, "AN", $"{scheme}:{value}");
            }
        }

        Tag(writer, "UR", work.Url);
        writer.Write("ER  - \n\n");
    }

    private static void Tags(TextWriter writer, string tag, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Tag(writer, tag, value);
        }
    }

    private static void Tag(TextWriter writer, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        writer.Write(tag);
        writer.Write("  - ");
        var lines = value.Trim().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        writer.Write(lines[0]);
        writer.Write('\n');
        foreach (var line in lines.Skip(1))
        {
            // A continuation line that happens to read like "XX  - …" is indented so that it stays a continuation.
            writer.Write(RisSyntax.Instance.TryParse(line, out _, out _) ? "   " + line : line);
            writer.Write('\n');
        }
    }
}
