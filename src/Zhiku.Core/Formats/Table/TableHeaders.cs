namespace Zhiku.Formats.Table;

/// <summary>
/// The header names (and JSONL keys) a generic table may use for each field, in English and Chinese. Matching ignores
/// case, spaces, dots, hyphens and underscores. The first name of each field is the one the CSV exporter writes.
/// </summary>
internal static class TableHeaders
{
    private static readonly (TableField Field, string[] Names)[] Synonyms =
    [
        (TableField.Title, ["title", "标题", "题名", "题目", "篇名", "名称", "documenttitle", "articletitle"]),
        (TableField.Authors, ["authors", "author", "作者", "著者", "creator", "creators", "byline"]),
        (TableField.Year, ["year", "年份", "年", "年度", "publicationyear", "pubyear", "出版年"]),
        (TableField.Date, ["date", "日期", "发布日期", "发文日期", "成文日期", "publicationdate", "pubdate", "published", "出版日期"]),
        (TableField.CoverDate, ["coverdate", "updated", "更新日期"]),
        (TableField.Url, ["url", "链接", "网址", "link", "href"]),
        (TableField.Abstract, ["abstract", "摘要", "summary", "description", "内容摘要"]),
        (TableField.Keywords, ["keywords", "关键词", "关键字", "keyword", "tags", "主题词"]),
        (TableField.IndexKeywords, ["indexkeywords", "索引词"]),
        (TableField.Subjects, ["subjects", "subject", "学科", "分类", "category", "categories"]),
        (TableField.Source, ["source", "来源", "出处", "期刊", "刊名", "journal", "sourcetitle", "containertitle"]),
        (TableField.Publisher, ["publisher", "出版者", "出版社"]),
        (TableField.Volume, ["volume", "卷"]),
        (TableField.Issue, ["issue", "期"]),
        (TableField.Pages, ["pages", "页码", "page"]),
        (TableField.Issn, ["issn"]),
        (TableField.Isbn, ["isbn"]),
        (TableField.Doi, ["doi"]),
        (TableField.Pmid, ["pmid", "pubmedid"]),
        (TableField.Pmcid, ["pmcid"]),
        (TableField.OpenAlex, ["openalex", "openalexid"]),
        (TableField.Crs, ["crs", "productnumber"]),
        (TableField.Language, ["language", "语言", "语种", "lang"]),
        (TableField.Kind, ["kind", "类型", "文献类型", "type", "documenttype"]),
        (TableField.FullText, ["fulltext", "content", "text", "全文", "正文", "body"]),
        (TableField.DocumentNumber, ["documentnumber", "发文字号", "文号", "docnum"]),
        (TableField.IssuingBody, ["issuingoffice", "发文机关", "issuingbody", "发布机构", "发布机关"]),
        (TableField.IndexNumber, ["indexnumber", "索引号"]),
        (TableField.CitedBy, ["citedby", "被引", "被引次数", "citedbycount", "citations"]),
    ];

    private static readonly Dictionary<string, TableField> ByName = Build();

    /// <summary>The name the CSV exporter writes for a field.</summary>
    public static string Canonical(TableField field) => Synonyms.First(s => s.Field == field).Names[0] switch
    {
        "indexkeywords" => "index_keywords",
        "documentnumber" => "document_number",
        "issuingoffice" => "issuing_office",
        "indexnumber" => "index_number",
        "citedby" => "cited_by",
        "fulltext" => "full_text",
        var name => name,
    };

    /// <summary>The field a header or key names, or null.</summary>
    public static TableField? Find(string header) => ByName.TryGetValue(Normalise(header), out var field) ? field : null;

    private static string Normalise(string header)
    {
        Span<char> buffer = stackalloc char[Math.Min(header.Length, 256)];
        var length = 0;
        foreach (var c in header.AsSpan(0, Math.Min(header.Length, 256)))
        {
            if (c is not (' ' or '.' or '-' or '_' or '\u3000' or '\uFEFF'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]).Trim(':', '：', '(', ')');
    }

    private static Dictionary<string, TableField> Build()
    {
        var map = new Dictionary<string, TableField>(StringComparer.Ordinal);
        foreach (var (field, names) in Synonyms)
        {
            foreach (var name in names)
            {
                map.TryAdd(name, field);
            }
        }

        return map;
    }
}
