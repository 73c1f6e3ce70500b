using System.Text.RegularExpressions;
using Zhiku.Model;

namespace Zhiku.Formats.Cnki.Table;

/// <summary>
/// The bilingual headers of CNKI's table export (导出 → Excel / 自定义): "Title-题名", "Author-作者", "PageCount-页码",
/// and the plain "ISSN" and "DOI". A column is known by its English part, or by its Chinese part when only that is given.
/// </summary>
internal static partial class CnkiTableHeaders
{
    private static readonly Dictionary<string, Action<CnkiFields, string>> ByEnglish = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SrcDatabase"] = (f, v) => f.Type = v,
        ["Title"] = (f, v) => f.Titles.Insert(0, v),
        ["Author"] = (f, v) => f.Authors.AddRange(CnkiText.SplitAuthors(v)),
        ["Organ"] = (f, v) => f.Affiliations.AddRange(CnkiText.SplitList(v)),
        ["Source"] = (f, v) => f.Source = v,
        ["Keyword"] = (f, v) => f.Keywords.AddRange(CnkiText.SplitKeywords(v)),
        ["Summary"] = (f, v) => f.Abstract = v,
        ["PubTime"] = (f, v) => f.Date = v,
        ["Fund"] = (f, v) => f.Funding.AddRange(CnkiText.SplitList(v)),
        ["Year"] = (f, v) => f.Year = v,
        ["Volume"] = (f, v) => f.Volume = v,
        ["Roll"] = (f, v) => f.Volume = v,
        ["Period"] = (f, v) => f.Issue = v,
        ["Page"] = (f, v) => f.Pages = v,
        ["CLC"] = (f, v) => f.ClcCodes.AddRange(ClcClasses.Codes(v)),
        ["ISSN"] = (f, v) => f.IssnOrIsbn.Add(v),
        ["ISBN"] = (f, v) => f.IssnOrIsbn.Add(v),
        ["URL"] = (f, v) => f.Link = v,
        ["Link"] = (f, v) => f.Link = v,
        ["DOI"] = (f, v) => f.Doi = v,
        ["Publisher"] = (f, v) => f.Publisher = v,
        ["Language"] = (f, v) => f.Language = v,
    };

    private static readonly Dictionary<string, string> EnglishOfChinese = new(StringComparer.Ordinal)
    {
        ["来源库"] = "SrcDatabase",
        ["题名"] = "Title",
        ["篇名"] = "Title",
        ["作者"] = "Author",
        ["单位"] = "Organ",
        ["机构"] = "Organ",
        ["文献来源"] = "Source",
        ["刊名"] = "Source",
        ["关键词"] = "Keyword",
        ["摘要"] = "Summary",
        ["发表时间"] = "PubTime",
        ["出版时间"] = "PubTime",
        ["基金"] = "Fund",
        ["年"] = "Year",
        ["卷"] = "Volume",
        ["期"] = "Period",
        ["页码"] = "Page",
        ["中图分类号"] = "CLC",
        ["网址"] = "URL",
        ["链接"] = "Link",
    };

    /// <summary>
    /// How a header row reads: the setter of each column (null for a column kept verbatim), or null when the row is not
    /// CNKI's, which needs Title-题名 and at least two more bilingual CNKI headers.
    /// </summary>
    public static Action<CnkiFields, string>?[]? Columns(IReadOnlyList<string> header)
    {
        var columns = new Action<CnkiFields, string>?[header.Count];
        var bilingual = 0;
        var title = false;
        for (var i = 0; i < header.Count; i++)
        {
            var (english, chinese) = Split(header[i]);
            var key = english ?? (chinese is not null && EnglishOfChinese.TryGetValue(chinese, out var e) ? e : null);
            // "PageCount-页码" holds the page range (the Chinese part says so); "PageCount-页数" the number of pages.
            if (string.Equals(key, "PageCount", StringComparison.OrdinalIgnoreCase) && chinese == "页码")
            {
                key = "Page";
            }

            if (key is null || !ByEnglish.TryGetValue(key, out var setter))
            {
                continue;
            }

            columns[i] = setter;
            bilingual += english is not null && chinese is not null ? 1 : 0;
            title |= string.Equals(key, "Title", StringComparison.OrdinalIgnoreCase);
        }

        return title && bilingual >= 3 ? columns : null;
    }

    /// <summary>The English and Chinese parts of a header ("Title-题名"), either null when absent.</summary>
    private static (string? English, string? Chinese) Split(string header)
    {
        var text = header.Trim().Trim('\uFEFF').TrimEnd(':', '：').Trim();
        if (Bilingual().Match(text) is { Success: true } m)
        {
            return (m.Groups[1].Value, m.Groups[2].Value);
        }

        return text.All(char.IsAsciiLetter) && text.Length > 0 ? (text, null) : (null, text.Length > 0 ? text : null);
    }

    [GeneratedRegex(@"^([A-Za-z]+)\s*[-－—]\s*(\p{IsCJKUnifiedIdeographs}+)$")]
    private static partial Regex Bilingual();
}
