using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zhiku.Model;

namespace Zhiku.Formats.CslJson;

/// <summary>
/// CSL-JSON (the citeproc input format, https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html): an array of
/// items. Zhiku fields CSL has no variable for (exact kind, OpenAlex/CRS ids, index keywords, subjects, citation count)
/// go into the item's "custom" object, which citeproc ignores and the "csljson" importer reads back.
/// </summary>
internal sealed class CslJsonExporter : IWorkExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Format => "csljson";

    public string Extension => ".json";

    public string MediaType => "application/vnd.citationstyles.csl+json";

    public void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        writer.Write('[');
        var first = true;
        foreach (var work in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteItem(json, work);
            }

            writer.Write(first ? "\n" : ",\n");
            first = false;
            writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        writer.Write("\n]\n");
    }

    private static void WriteItem(Utf8JsonWriter json, ExportedWork exported)
    {
        var w = exported.Work;
        json.WriteStartObject();
        json.WriteString("id", exported.Id);
        json.WriteString("type", CslKinds.Of(w.Kind));
        Put(json, "title", w.MainTitle);
        if (w.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in w.Authors)
            {
                WriteName(json, author.Name);
            }

            json.WriteEndArray();
        }

        WriteIssued(json, w);
        Put(json, "container-title", w.Source);
        Put(json, "container-title-short", w.SourceAbbreviation);
        Put(json, "publisher", w.Publisher);
        Put(json, "volume", w.Volume);
        Put(json, "issue", w.Issue);
        Put(json, "page", w.Pages);
        Put(json, "ISSN", w.Issn);
        Put(json, "ISBN", w.Identifiers.GetValueOrDefault(IdSchemes.Isbn));
        Put(json, "DOI", w.Identifiers.GetValueOrDefault(IdSchemes.Doi));
        Put(json, "PMID", w.Identifiers.GetValueOrDefault(IdSchemes.Pmid));
        Put(json, "PMCID", w.Identifiers.GetValueOrDefault(IdSchemes.Pmcid));
        Put(json, "number", w.Identifiers.GetValueOrDefault(IdSchemes.DocumentNumber) ?? w.Identifiers.GetValueOrDefault(IdSchemes.Crs));
        Put(json, "authority", w.IssuingBody);
        Put(json, "URL", w.Url);
        Put(json, "language", w.Language);
        Put(json, "abstract", w.Abstracts.FirstOrDefault()?.Text);
        Put(json, "keyword", w.AuthorKeywords.Count > 0 ? string.Join("; ", w.AuthorKeywords) : null);
        Put(json, "genre", w.DocumentType);
        WriteCustom(json, w);
        json.WriteEndObject();
    }

    /// <summary>"Given Family" becomes family/given; anything that would not read back the same is a literal.</summary>
    private static void WriteName(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject();
        var space = name.LastIndexOf(' ');
        if (space > 0 && !name.Contains(',', StringComparison.Ordinal) && !LanguageGuess.IsCjk(name[0]) && space < name.Length - 1)
        {
            json.WriteString("family", name[(space + 1)..]);
            json.WriteString("given", name[..space]);
        }
        else
        {
            json.WriteString("literal", name);
        }

        json.WriteEndObject();
    }

    private static void WriteIssued(Utf8JsonWriter json, WorkRecord w)
    {
        var parts = new List<int>();
        foreach (var part in (w.Date ?? string.Empty).Split('-'))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                break;
            }

            parts.Add(n);
        }

        if (parts.Count == 0 && w.Year is { } year)
        {
            parts.Add(year);
        }

        if (parts.Count == 0)
        {
            return;
        }

        json.WriteStartObject("issued");
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        foreach (var part in parts.Take(3))
        {
            json.WriteNumberValue(part);
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCustom(Utf8JsonWriter json, WorkRecord w)
    {
        json.WriteStartObject("custom");
        json.WriteString("kind", w.Kind.ToString());
        foreach (var (scheme, value) in w.Identifiers)
        {
            if (scheme is not (IdSchemes.Doi or IdSchemes.Pmid or IdSchemes.Pmcid or IdSchemes.Isbn))
            {
                json.WriteString(scheme, value);
            }
        }

        WriteList(json, "index-keywords", w.IndexKeywords);
        WriteList(json, "subjects", w.Subjects);
        if (w.CitedByCount is { } cited)
        {
            json.WriteNumber("cited-by", cited);
        }

        if (w.Year is { } year)
        {
            json.WriteNumber("year", year);
        }

        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, List<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Put(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }
}
