using System.Text;
using System.Text.RegularExpressions;
using Zhiku.Text.Dates;

namespace Zhiku.Text.Policies;

/// <summary>
/// Extracts 发文字号, 发文机关 and 成文日期 from the text of a Chinese official document (GB/T 9704 layout: title,
/// document number, addressees, body, signature block of issuing body and date).
/// </summary>
public static partial class PolicyMetadata
{
    private const int HeadLines = 15;
    private const int TailLines = 8;

    // Longest first, so that "指导意见" wins over "意见" and "复函" over "函".
    private static readonly string[] Genres =
        ["实施意见", "指导意见", "若干意见", "意见", "通知", "批复", "复函", "函", "决定", "通报", "答复", "条例", "办法", "规定", "方案", "规划", "公告", "命令", "报告"];

    /// <summary>True when the text looks like a Chinese official document: a 发文字号 near the top, or a signature block.</summary>
    public static bool LooksLikePolicy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Zhiku.Model.LanguageGuess.Of(text) != "zh")
        {
            return false;
        }

        var lines = Lines(text);
        return FindDocumentNumber(lines) is not null || (Signature(lines) is { Body: not null, Date: not null });
    }

    /// <summary>Everything found in the text; <paramref name="title"/> helps when the title sits outside the text.</summary>
    public static PolicyInfo Extract(string text, string? title = null)
    {
        var lines = Lines(text);
        var number = FindDocumentNumber(lines);
        var rawTitle = title ?? TitleAbove(lines);
        var derivedTitle = rawTitle is null ? null : Squeeze(rawTitle);
        var signature = Signature(lines);
        var body = IssuerFromTitle(rawTitle) ?? (IsDecree(lines) ? "国务院" : null) ?? signature.Body;
        var date = signature.Date ?? DecreeDate(lines);
        return new PolicyInfo(number, body, date, derivedTitle);
    }

    /// <summary>Normalises a document number's brackets to 〔〕 and drops spaces ("国发[2019]5号" → "国发〔2019〕5号").</summary>
    public static string NormaliseDocumentNumber(string value)
    {
        var m = DocNumber().Match(value);
        return m.Success ? $"{m.Groups["org"].Value}〔{m.Groups["year"].Value}〕{m.Groups["no"].Value}号" : value.Trim();
    }

    /// <summary>The issuing body named before "关于/转发/印发/对" in a title ("国务院办公厅关于…的通知" → "国务院办公厅").</summary>
    public static string? IssuerFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var flat = string.Join(' ', title.Split((char[])[' ', '\n', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
        foreach (Match m in TitleVerb().Matches(flat))
        {
            var prefix = flat[..m.Index].Trim();
            var parts = prefix.Split(' ');

            // "财政部 税务总局关于…" names two bodies; "国 务 院关于…" is one name spread out by justification.
            var org = parts.Length > 1 && parts.All(p => p.Length >= 2 && OrganSuffix().IsMatch(p)) ? string.Join("、", parts) : Squeeze(prefix);
            if (org.Length is > 0 and <= 40 && OrganSuffix().IsMatch(org) && !org.Contains('《', StringComparison.Ordinal))
            {
                return org.Replace('，', '、');
            }
        }

        return null;
    }

    /// <summary>The 文种 a title ends with ("通知", "指导意见", "批复"), or null.</summary>
    public static string? Genre(string? title)
    {
        var t = title?.Trim().TrimEnd('。');
        return t is null ? null : Genres.FirstOrDefault(g => t.EndsWith(g, StringComparison.Ordinal));
    }

    /// <summary>The document number: a line that is only a number near the top, else a 国务院令 number.</summary>
    private static string? FindDocumentNumber(IReadOnlyList<string> lines)
    {
        var head = Math.Min(lines.Count, HeadLines);
        for (var i = 0; i < head; i++)
        {
            var m = DocNumber().Match(lines[i]);
            if (m.Success && m.Length >= lines[i].Length - 1)
            {
                return NormaliseDocumentNumber(m.Value);
            }
        }

        for (var i = 0; i < head; i++)
        {
            var decree = DecreeNumber().Match(lines[i]);
            if (decree.Success)
            {
                var org = decree.Groups["org"].Value;
                return $"{(org == "国务院" ? "国" : org)}令第{decree.Groups["no"].Value}号";
            }

            if (lines[i].EndsWith("国务院令", StringComparison.Ordinal) && i + 1 < lines.Count && NumberOnly().Match(lines[i + 1]) is { Success: true } no)
            {
                return $"国令第{no.Groups["no"].Value}号";
            }
        }

        return null;
    }

    private static bool IsDecree(IReadOnlyList<string> lines) =>
        lines.Take(3).Any(l => l.EndsWith("国务院令", StringComparison.Ordinal));

    /// <summary>A decree (国务院令) is signed by the premier right under its number; its date is the first date line.</summary>
    private static string? DecreeDate(IReadOnlyList<string> lines) =>
        IsDecree(lines) ? lines.Take(HeadLines).Select(ChineseDate.ParseLine).FirstOrDefault(d => d is not null) : null;

    /// <summary>The lines above the document number (or the first line), joined with spaces into the title.</summary>
    private static string? TitleAbove(IReadOnlyList<string> lines)
    {
        var head = Math.Min(lines.Count, 6);
        for (var i = 0; i < head; i++)
        {
            if (DocNumber().IsMatch(lines[i]) || NumberOnly().IsMatch(lines[i]))
            {
                return i == 0 ? null : string.Join(' ', lines.Take(i));
            }
        }

        return lines.Count > 0 ? lines[0] : null;
    }

    /// <summary>
    /// The signature block: the first date line with organ names just above it (attachments follow the signature of the
    /// main document, as in 国发〔2019〕4号), else a lone date line among the final lines.
    /// </summary>
    private static (string? Body, string? Date) Signature(IReadOnlyList<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (IsSigner(lines[i - 1]) && ChineseDate.ParseLine(lines[i]) is { } date)
            {
                var bodies = new List<string>();
                for (var j = i - 1; j >= Math.Max(0, i - 3) && IsSigner(lines[j]); j--)
                {
                    bodies.Insert(0, string.Join("、", lines[j].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                }

                return (string.Join("、", bodies), date);
            }
        }

        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - TailLines); i--)
        {
            if (ChineseDate.ParseLine(lines[i]) is { } date)
            {
                return (null, date);
            }
        }

        return (null, null);
    }

    private static bool IsSigner(string line) =>
        line.Length <= 40 && !line.Contains('。', StringComparison.Ordinal) && !line.Contains('，', StringComparison.Ordinal) && OrganSuffix().IsMatch(line);

    /// <summary>Removes spaces between CJK characters ("几 个 问 题" → "几个问题"), which justified titles carry.</summary>
    private static string Squeeze(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c) && sb.Length > 0 && !char.IsAsciiLetterOrDigit(sb[^1]) && i + 1 < s.Length && !char.IsAsciiLetterOrDigit(s[i + 1]))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Trim();
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim().Replace('\u3000', ' ').Trim()).Where(l => l.Length > 0)];

    [GeneratedRegex(@"(?<org>[\u4e00-\u9fff]{1,8})\s*[〔\[［（(【]\s*(?<year>(?:19|20)\d{2})\s*[〕\]］）)】]\s*(?<no>\d{1,5})\s*号")]
    private static partial Regex DocNumber();

    [GeneratedRegex(@"^(?:中华人民共和国)?(?<org>[\u4e00-\u9fff]{1,10}?)令\s*第\s*(?<no>\d{1,5})\s*号$")]
    private static partial Regex DecreeNumber();

    [GeneratedRegex(@"^第\s*(?<no>\d{1,5})\s*号$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex("关于|转发|印发|批转|对")]
    private static partial Regex TitleVerb();

    [GeneratedRegex(@"(?:院|厅|部|委|委员会|局|署|办|办公室|政府|中心|行|会|总社|军委|司|组)$")]
    private static partial Regex OrganSuffix();
}
