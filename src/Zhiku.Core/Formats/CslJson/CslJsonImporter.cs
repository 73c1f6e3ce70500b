using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zhiku.Files.JsonFiles;
using Zhiku.Model;

namespace Zhiku.Formats.CslJson;

/// <summary>
/// CSL-JSON: an array of citeproc items (Zotero, Zhiku's "csljson" export, pandoc). Items are streamed one at a time;
/// Zhiku's own extras are read back from the "custom" object.
/// </summary>
internal sealed partial class CslJsonImporter : IFormatImporter
{
    public string Format => "csljson";

    public int Detect(FileProbe probe)
    {
        var head = probe.HeadText.TrimStart();
        if (!head.StartsWith('['))
        {
            return 0;
        }

        // The first item's "type" must be a CSL item type (or CSL's date/name structures must show).
        var start = head[..Math.Min(head.Length, 4000)];
        var type = CslType().Match(start);
        var cslish = start.Contains("\"issued\"", StringComparison.Ordinal) || start.Contains("\"container-title\"", StringComparison.Ordinal)
            || start.Contains("\"date-parts\"", StringComparison.Ordinal);
        return type.Success && (cslish || CslKinds.Parse(type.Groups[1].Value) != WorkKind.Other || type.Groups[1].Value == "document") ? 90 : 0;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        JsonRecords.FromJson(
            source,
            "CSL-JSON",
            (item, position) => Map(item) is { } work
                ? new ImportedWork(position, work)
                : new RecordError(position, $"record {position.Record} (line {position.Line}): item without title"),
            cancellationToken);

    [GeneratedRegex(@"^\[\s*\{[^\[\]]*?""type""\s*:\s*""([a-z_-]+)""")]
    private static partial Regex CslType();

    private static WorkRecord? Map(JsonElement item)
    {
        var title = item.Str("title");
        if (title is null)
        {
            return null;
        }

        var custom = item.Get("custom");
        var kind = custom?.Str("kind") is { } k && Enum.TryParse<WorkKind>(k, out var parsed) ? parsed : CslKinds.Parse(item.Str("type"));
        var language = item.Str("language");
        var work = new WorkRecord
        {
            Kind = kind,
            Language = language,
            Source = item.Str("container-title"),
            SourceAbbreviation = item.Str("container-title-short"),
            Publisher = item.Str("publisher"),
            Volume = item.Str("volume"),
            Issue = item.Str("issue"),
            Pages = item.Str("page"),
            Issn = item.Str("ISSN"),
            Url = item.Str("URL"),
            IssuingBody = item.Str("authority"),
            DocumentType = item.Str("genre"),
            CitedByCount = custom?.Int("cited-by"),
        };
        work.AddTitle(title, language ?? LanguageGuess.Of(title));
        work.AddAbstract(item.Str("abstract"), language);
        foreach (var author in item.Array("author"))
        {
            var name = author.Str("literal") ?? string.Join(" ", new[] { author.Str("given"), author.Str("family") }.OfType<string>());
            if (name.Length > 0)
            {
                work.Authors.Add(new AuthorRecord { Name = name });
            }
        }

        ReadIssued(item, work);
        work.Year ??= custom?.Int("year");
        work.AddIdentifier(IdSchemes.Doi, item.Str("DOI"));
        work.AddIdentifier(IdSchemes.Pmid, item.Str("PMID"));
        work.AddIdentifier(IdSchemes.Pmcid, item.Str("PMCID"));
        work.AddIdentifier(IdSchemes.Isbn, item.Str("ISBN"));
        if (custom is { ValueKind: JsonValueKind.Object } extras)
        {
            foreach (var property in extras.EnumerateObject())
            {
                if (IdSchemes.WorkIdentity.Contains(property.Name) && Json.Text(property.Value) is { } id)
                {
                    work.AddIdentifier(property.Name, id);
                }
            }

            work.IndexKeywords.AddRange(extras.Texts("index-keywords"));
            work.Subjects.AddRange(extras.Texts("subjects"));
        }

        if (item.Str("keyword") is { } keywords)
        {
            var separator = keywords.Contains(';', StringComparison.Ordinal) ? ';' : ',';
            work.AuthorKeywords.AddRange(keywords.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return work;
    }

    private static void ReadIssued(JsonElement item, WorkRecord work)
    {
        var parts = item.Get("issued")?.Array("date-parts").FirstOrDefault() is { ValueKind: JsonValueKind.Array } first
            ? first.EnumerateArray().Select(p => Json.Text(p)).TakeWhile(p => p is not null).Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0).TakeWhile(n => n > 0).ToList()
            : [];
        if (parts.Count == 0)
        {
            work.Date = item.Get("issued")?.Str("raw") ?? item.Get("issued")?.Str("literal");
            work.Year = work.Date is { Length: >= 4 } d && int.TryParse(d.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
            return;
        }

        work.Year = parts[0];
        work.Date = parts.Count switch
        {
            1 => $"{parts[0]:0000}",
            2 => $"{parts[0]:0000}-{parts[1]:00}",
            _ => $"{parts[0]:0000}-{parts[1]:00}-{parts[2]:00}",
        };
    }
}
