using Zhiku.Model;

namespace Zhiku.Knowledge.Enriching;

/// <summary>The text keywords are taken from: the titles, and the abstracts and full text up to <see cref="MaxBody"/> characters.</summary>
internal static class TextOfWork
{
    // A government work report has 30,000 characters; its keywords are settled long before the end of the longest one.
    public const int MaxBody = 40_000;

    public static string Title(WorkRecord work) => string.Join("\n", work.Titles.Select(t => t.Text));

    public static string Body(WorkRecord work)
    {
        var body = string.Join("\n", work.Abstracts.Select(a => a.Text).Append(work.FullText ?? string.Empty));
        return body.Length > MaxBody ? body[..MaxBody] : body;
    }
}
