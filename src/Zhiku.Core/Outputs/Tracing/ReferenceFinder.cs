namespace Zhiku.Outputs.Tracing;

/// <summary>
/// Explicit references to an output in a document: its title in 《》 or quotes, its report number, or one of its
/// think tanks named within <see cref="Near"/> characters of one of its keywords (or its title). Each gives a passage:
/// what the output is known by, and the document's words around it.
/// </summary>
internal static class ReferenceFinder
{
    private const int Near = 120;
    private const int Context = 40;

    public static TraceLink? Find(TraceText output, TraceText document)
    {
        var text = document.Text;
        var passages = new List<TracePassage>();
        var title = output.Title.Trim();
        if (title.Length >= 4)
        {
            foreach (var quoted in new[] { $"《{title}》", $"“{title}”", $"\"{title}\"", $"「{title}」", $"‘{title}’" })
            {
                if (text.IndexOf(quoted, StringComparison.Ordinal) is var at and >= 0)
                {
                    passages.Add(new TracePassage(title, Around(text, at, quoted.Length)));
                    break;
                }
            }
        }

        if (output.ReportNumber?.Trim() is { Length: >= 4 } number && text.IndexOf(number, StringComparison.Ordinal) is var n and >= 0)
        {
            passages.Add(new TracePassage(number, Around(text, n, number.Length)));
        }

        if (passages.Count == 0 && ThinkTankWithTopic(output, text) is { } named)
        {
            passages.Add(named);
        }

        return passages.Count == 0 ? null : new TraceLink(output.Id, document.Id, TraceLink.Reference, 1, passages);
    }

    private static TracePassage? ThinkTankWithTopic(TraceText output, string text)
    {
        var topics = output.Keywords.Append(output.Title).Select(k => k.Trim()).Where(k => k.Length >= 2).ToList();
        foreach (var organisation in output.Organisations.Select(o => o.Trim()).Where(o => o.Length >= 4))
        {
            for (var at = text.IndexOf(organisation, StringComparison.Ordinal); at >= 0; at = text.IndexOf(organisation, at + 1, StringComparison.Ordinal))
            {
                var from = Math.Max(0, at - Near);
                var window = text[from..Math.Min(text.Length, at + organisation.Length + Near)];
                if (topics.FirstOrDefault(t => window.Contains(t, StringComparison.Ordinal)) is { } topic)
                {
                    return new TracePassage($"{organisation}: {topic}", Around(text, at, organisation.Length));
                }
            }
        }

        return null;
    }

    private static string Around(string text, int at, int length)
    {
        var from = Math.Max(0, at - Context);
        var to = Math.Min(text.Length, at + length + Context);
        return text[from..to].ReplaceLineEndings(" ").Trim();
    }
}
