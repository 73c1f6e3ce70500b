using System.Globalization;
using Zhiku.Model;
using Zhiku.Text.Dates;
using Zhiku.Text.Policies;

namespace Zhiku.Formats.Documents;

/// <summary>Turns a document's text and metadata into one work, enriched from the text of Chinese policy documents.</summary>
internal static class DocumentWorks
{
    private static readonly char[] ListSeparators = [';', '；', ',', '，', '、'];

    public static WorkRecord Build(DocumentContent content, string fileName)
    {
        var text = content.Text.Trim();
        var work = new WorkRecord
        {
            FullText = text.Length > 0 ? text : null,
            Language = LanguageGuess.Of(text) ?? LanguageGuess.Of(content.Title),
            Url = Clean(content.Url),
            Extra = content.Extra,
        };

        foreach (var author in Split(content.Author, [';', '；']))
        {
            work.Authors.Add(new AuthorRecord { Name = author });
        }

        work.AuthorKeywords.AddRange(Split(content.Keywords, ListSeparators));
        work.AddAbstract(content.Description);
        SetDate(work, NormaliseDate(content.Date));

        var title = Clean(content.Title);
        if (PolicyMetadata.LooksLikePolicy(text))
        {
            var policy = PolicyMetadata.Extract(text, title);
            title ??= policy.Title;
            work.Kind = WorkKind.PolicyDocument;
            work.DocumentType = PolicyMetadata.Genre(title);
            work.AddIdentifier(IdSchemes.DocumentNumber, policy.DocumentNumber);
            if (policy.IssuingBody is not null)
            {
                work.IssuingBody = policy.IssuingBody;
                work.Organisations.AddRange(policy.IssuingBody.Split('、', StringSplitOptions.RemoveEmptyEntries));
            }

            // 成文日期 in the signature block is the document's date; file metadata only says when the file was made.
            SetDate(work, policy.Date);
        }
        else
        {
            title ??= FirstLine(text);
            work.Kind = KindOfTitle(title);
        }

        work.AddTitle(title ?? Path.GetFileNameWithoutExtension(fileName));
        return work;
    }

    /// <summary>A title that names a report, a working paper or a brief makes a think-tank output; anything else is Other.</summary>
    private static WorkKind KindOfTitle(string? title)
    {
        if (title is null)
        {
            return WorkKind.Other;
        }

        if (title.Contains("Policy Brief", StringComparison.OrdinalIgnoreCase) || title.Contains("政策简报", StringComparison.Ordinal))
        {
            return WorkKind.PolicyBrief;
        }

        return title.Contains("Report", StringComparison.OrdinalIgnoreCase) || title.Contains("Working Paper", StringComparison.OrdinalIgnoreCase)
            || title.Contains("报告", StringComparison.Ordinal) || title.Contains("白皮书", StringComparison.Ordinal)
            ? WorkKind.ThinkTankReport
            : WorkKind.Other;
    }

    private static void SetDate(WorkRecord work, string? iso)
    {
        if (iso is null)
        {
            return;
        }

        work.Date = iso;
        work.Year = int.Parse(iso[..4], CultureInfo.InvariantCulture);
    }

    /// <summary>ISO date from PDF dates ("D:20190215120000+08'00'"), ISO or RFC strings and Chinese dates.</summary>
    internal static string? NormaliseDate(string? raw)
    {
        var s = raw?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }

        if (s.StartsWith("D:", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        if (s.Length >= 8 && s[..8].All(char.IsAsciiDigit))
        {
            return Valid($"{s[..4]}-{s[4..6]}-{s[6..8]}");
        }

        if (s.Length == 4 && s.All(char.IsAsciiDigit))
        {
            return s;
        }

        if (ChineseDate.Find(s) is { } chinese)
        {
            return chinese;
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static string? Valid(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? iso : null;

    private static string? FirstLine(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length > 0)
            {
                return t.Length <= 200 ? t : null;
            }
        }

        return null;
    }

    private static IEnumerable<string> Split(string? value, char[] separators) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
