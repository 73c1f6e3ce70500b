using System.Globalization;
using Zhiku.Model;
using Zhiku.Text.Dates;
using Zhiku.Text.Policies;

namespace Zhiku.Formats.Table;

/// <summary>
/// Builds a work from the named cells of one generic table row or JSONL object. Cells are matched to fields through
/// <see cref="TableHeaders"/>; unknown cells are kept in <see cref="WorkRecord.Extra"/> under their own name.
/// </summary>
internal sealed class TableRecordBuilder
{
    private static readonly char[] ListSeparators = [';', '；', '|', '、'];

    private readonly Dictionary<TableField, List<string>> _values = [];
    private readonly Dictionary<TableField, string> _names = [];
    private readonly SortedDictionary<string, string> _extra = new(StringComparer.Ordinal);

    /// <summary>Adds a cell; a JSON array adds one cell per element under the same name.</summary>
    public void Add(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var v = value.Trim();
        if (TableHeaders.Find(name) is { } field)
        {
            if (!_values.TryGetValue(field, out var list))
            {
                _values[field] = list = [];
                _names[field] = name.Trim();
            }

            list.Add(v);
        }
        else
        {
            var key = name.Trim();
            _extra[key] = _extra.TryGetValue(key, out var before) ? $"{before}; {v}" : v;
        }
    }

    /// <summary>True when some header or key names the title.</summary>
    public static bool HasTitleColumn(IEnumerable<string> headers) => headers.Any(h => TableHeaders.Find(h) == TableField.Title);

    /// <summary>The work, or null when the record has no title.</summary>
    public WorkRecord? Build()
    {
        var title = One(TableField.Title);
        if (title is null)
        {
            return null;
        }

        var work = new WorkRecord
        {
            Source = One(TableField.Source),
            Publisher = One(TableField.Publisher),
            Volume = One(TableField.Volume),
            Issue = One(TableField.Issue),
            Pages = One(TableField.Pages),
            Issn = One(TableField.Issn),
            Url = One(TableField.Url),
            FullText = One(TableField.FullText),
            CitedByCount = int.TryParse(One(TableField.CitedBy), NumberStyles.Integer, CultureInfo.InvariantCulture, out var cited) ? cited : null,
            Extra = _extra,
        };

        var fullText = work.FullText;
        var language = Language(One(TableField.Language));
        work.Language = language ?? LanguageGuess.Of(title + " " + fullText?[..Math.Min(fullText.Length, 500)]);
        work.AddTitle(title, language ?? LanguageGuess.Of(title) ?? work.Language);
        work.AddAbstract(One(TableField.Abstract), work.Language);
        AddDates(work);
        AddIdentifiers(work);
        work.Authors.AddRange(List(TableField.Authors).Select(a => new AuthorRecord { Name = a }));
        work.AuthorKeywords.AddRange(List(TableField.Keywords));
        work.IndexKeywords.AddRange(List(TableField.IndexKeywords));
        work.Subjects.AddRange(List(TableField.Subjects));
        if (One(TableField.IssuingBody) is { } body)
        {
            work.IssuingBody = body;
            work.Organisations.AddRange(List(TableField.IssuingBody));
        }

        if (One(TableField.IndexNumber) is { } indexNumber)
        {
            work.Extra[_names[TableField.IndexNumber]] = indexNumber;
        }

        var kindText = One(TableField.Kind);
        var kind = TableKinds.Parse(kindText);
        if (kindText is not null && (kind is null || !Enum.GetNames<WorkKind>().Contains(kindText, StringComparer.OrdinalIgnoreCase)))
        {
            work.DocumentType = kindText;
        }

        FillPolicyMetadata(work);
        work.Kind = kind ?? InferKind(work);
        if (work.Identifiers.ContainsKey(IdSchemes.Crs) && work.Publisher is null)
        {
            work.Publisher = "Congressional Research Service";
            work.Organisations.Add(work.Publisher);
        }

        return work;
    }

    // A row carrying the text of a Chinese official document but not all of its metadata: read the rest from the text.
    private static void FillPolicyMetadata(WorkRecord work)
    {
        if (work.FullText is not { } text || !PolicyMetadata.LooksLikePolicy(text))
        {
            return;
        }

        var info = PolicyMetadata.Extract(text, work.Titles.Count > 0 ? work.MainTitle : null);
        if (!work.Identifiers.ContainsKey(IdSchemes.DocumentNumber) && info.DocumentNumber is not null)
        {
            work.AddIdentifier(IdSchemes.DocumentNumber, info.DocumentNumber);
        }

        if (work.IssuingBody is null && info.IssuingBody is not null)
        {
            work.IssuingBody = info.IssuingBody;
            work.Organisations.Add(info.IssuingBody);
        }

        if (work.Date is null && info.Date is not null)
        {
            work.Date = info.Date;
            work.Year ??= TableDates.Year(info.Date);
        }
    }

    private static WorkKind InferKind(WorkRecord work) =>
        work.Identifiers.ContainsKey(IdSchemes.DocumentNumber) || work.IssuingBody is not null ? WorkKind.PolicyDocument
        : work.Identifiers.ContainsKey(IdSchemes.Crs) ? WorkKind.ThinkTankReport
        : TableKinds.IsPolicyTitle(work.MainTitle) ? WorkKind.PolicyDocument
        : WorkKind.Other;

    private void AddDates(WorkRecord work)
    {
        var date = TableDates.Iso(One(TableField.Date));
        var cover = One(TableField.CoverDate);
        if (date is null)
        {
            date = TableDates.Iso(cover);
        }
        else if (cover is not null)
        {
            work.Extra[_names[TableField.CoverDate]] = cover;
        }

        work.Date = date;
        var year = One(TableField.Year);
        work.Year = int.TryParse(year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : TableDates.Year(TableDates.Iso(year) ?? date);
        work.Date ??= work.Year?.ToString(CultureInfo.InvariantCulture);
    }

    private void AddIdentifiers(WorkRecord work)
    {
        work.AddIdentifier(IdSchemes.Doi, One(TableField.Doi));
        work.AddIdentifier(IdSchemes.Pmid, One(TableField.Pmid));
        work.AddIdentifier(IdSchemes.Pmcid, One(TableField.Pmcid));
        work.AddIdentifier(IdSchemes.OpenAlex, One(TableField.OpenAlex));
        work.AddIdentifier(IdSchemes.Crs, One(TableField.Crs));
        work.AddIdentifier(IdSchemes.Isbn, One(TableField.Isbn));
        work.AddIdentifier(IdSchemes.DocumentNumber, One(TableField.DocumentNumber));
    }

    private static string? Language(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "中文" or "汉语" or "chinese" or "zh-cn" or "zh-hans" or "zh_cn" or "chi" or "zho" => "zh",
        "英文" or "英语" or "english" or "en-us" or "en-gb" or "eng" => "en",
        var t when t.Length == 2 => t,
        var t when t.Length > 2 && t[2] is '-' or '_' => t[..2],
        _ => null,
    };

    private string? One(TableField field) => _values.TryGetValue(field, out var list) ? list[0] : null;

    /// <summary>All values of a field: JSON arrays give several, a cell is split at ';', '；', '|' and '、'.</summary>
    private IEnumerable<string> List(TableField field) =>
        _values.TryGetValue(field, out var list)
            ? list.SelectMany(v => v.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            : [];
}
