using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Cnki;

/// <summary>Value conventions shared by CNKI's export formats (NoteExpress, RefWorks, EndNote, E-Study).</summary>
internal static class CnkiText
{
    // CNKI separates lists with ';' or ';;' (both in Vopaaz's samples), full-width '；' in Wanfang-style records, and
    // ends author and affiliation lists with a trailing ';'.
    private static readonly char[] ListSeparators = [';', '；'];

    /// <summary>Splits a CNKI list (authors, keywords, affiliations).</summary>
    public static List<string> SplitList(string? value) => ValueText.Split(value, ListSeparators);

    /// <summary>
    /// Splits an author list. Older CNKI records join Chinese names with ',' ("谢昕,王小增" in mixed.net); a ',' is a
    /// separator only when there is no ';' and every part is Chinese, since English names may read "Noh, Youngre".
    /// </summary>
    public static List<string> SplitAuthors(string? value)
    {
        var names = SplitList(value);
        if (names.Count == 1 && value!.IndexOfAny([',', '，']) >= 0)
        {
            var parts = ValueText.Split(names[0], ',', '，');
            if (parts.All(p => p.All(c => LanguageGuess.IsCjk(c) || c == '·')))
            {
                return parts;
            }
        }

        return names;
    }

    /// <summary>Splits keywords; CNKI yearbook records also use ',' between keywords.</summary>
    public static List<string> SplitKeywords(string? value) =>
        value is not null && value.IndexOfAny(ListSeparators) < 0 ? ValueText.Split(value, ',', '，') : SplitList(value);

    /// <summary>Turns CNKI's "(#br)" markers into line breaks and drops a leading "Abstract" heading they leave behind.</summary>
    public static string? Abstract(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Replace("(#br)", "\n", StringComparison.Ordinal).Trim();
        foreach (var heading in (string[])["Abstract\n", "摘要\n"])
        {
            if (text.StartsWith(heading, StringComparison.OrdinalIgnoreCase))
            {
                text = text[heading.Length..].Trim();
            }
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// Maps CNKI's reference type words (NoteExpress, RefWorks, EndNote) and the 来源库 of its table export (期刊, 硕士,
    /// 国内会议, 报纸, …; 年鉴, 标准 and 成果 have no kind of their own) to a kind.
    /// </summary>
    public static WorkKind Kind(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "journal article" or "期刊" or "特色期刊" or "学术期刊" or "辑刊" => WorkKind.JournalArticle,
        "thesis" or "dissertation" or "学位论文" or "硕士" or "博士" or "硕士论文" or "博士论文" => WorkKind.Thesis,
        "conference proceedings" or "conference paper" or "会议" or "国内会议" or "国际会议" or "中国会议" => WorkKind.ConferencePaper,
        "newspaper article" or "报纸" => WorkKind.News,
        "book" or "图书" => WorkKind.Book,
        "book section" => WorkKind.Chapter,
        "patent" or "专利" => WorkKind.Patent,
        "report" => WorkKind.ThinkTankReport,
        _ => WorkKind.Other,
    };

    /// <summary>ISO 639-1 code for CNKI's language values ("中文;", "chi", "英文", "eng"), or null.</summary>
    public static string? Language(string? value) => LanguageCodes.ToIso(value?.Trim().TrimEnd(';', '；'));

    /// <summary>
    /// A name without CNKI's footnote marks ("郝国强[1,2]" → 郝国强), with the numbers of the affiliations they point to.
    /// </summary>
    public static (string Name, int[] Marks) Marked(string value)
    {
        var text = value.Trim();
        if (text.Length < 3 || text[^1] is not (']' or '］'))
        {
            return (text, []);
        }

        var open = text.LastIndexOfAny(['[', '［']);
        if (open <= 0)
        {
            return (text, []);
        }

        var marks = new List<int>();
        foreach (var part in text[(open + 1)..^1].Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                return (text, []);
            }

            marks.Add(n);
        }

        return (text[..open].TrimEnd(), [.. marks]);
    }

    /// <summary>The number CNKI puts before an affiliation ("1.广西民族大学", "[2]复旦大学"), or null.</summary>
    public static int? AffiliationNumber(string value)
    {
        var text = value.TrimStart();
        var end = text.StartsWith('[') ? text.IndexOf(']', StringComparison.Ordinal) : text.IndexOf('.', StringComparison.Ordinal);
        var digits = text.StartsWith('[') && end > 1 ? text[1..end] : end is > 0 and <= 2 ? text[..end] : string.Empty;
        return digits.Length is > 0 and <= 2 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>An affiliation without CNKI's organisation-code suffix ("复旦大学附属肿瘤医院|JG001257") and list number ("1.").</summary>
    public static string Affiliation(string value)
    {
        var text = value;
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0)
        {
            text = text[..bar];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot is > 0 and <= 2 && text[..dot].All(char.IsAsciiDigit))
        {
            text = text[(dot + 1)..];
        }
        else if (AffiliationNumber(text) is not null)
        {
            text = text[(text.IndexOf(']', StringComparison.Ordinal) + 1)..];
        }

        text = Marked(text).Name;

        return ValueText.OneLine(text).Replace(" ,", ",", StringComparison.Ordinal);
    }
}
