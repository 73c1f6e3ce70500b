namespace Zhiku.Outputs.Tracing;

/// <summary>
/// Finds outputs in later policy documents. References: <see cref="ReferenceFinder"/>. Reuse: each window of the
/// output's informative shingles is looked up in the documents' LSH table; the candidate windows of one document are
/// gathered into regions, and a local alignment over each region gives the passage. A passage counts when at least
/// <see cref="MinUnits"/> units agree, at least <see cref="MinSimilarity"/> of the longer side, sharing at least
/// <see cref="MinShared"/> informative shingles — so a run of boilerplate, however long, makes no link.
/// </summary>
public static class InfluenceTracer
{
    /// <summary>Sixteen agreeing characters (or words): shorter shared runs are set phrases, not reuse.</summary>
    public const int MinUnits = 16;

    public const double MinSimilarity = 0.6;

    public const int MinShared = 8;

    /// <summary>The links from each output to the documents dated after it (documents that are also outputs are skipped).</summary>
    public static TraceReport Trace(IReadOnlyList<TraceText> outputs, IReadOnlyList<TraceText> documents, CancellationToken cancellationToken = default)
    {
        var outputIds = outputs.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return Trace(outputs, new ReuseIndex([.. documents.Where(d => !outputIds.Contains(d.Id))]), cancellationToken);
    }

    /// <summary>The links from each output to the documents of a prebuilt index dated after it, the output itself left out.</summary>
    internal static TraceReport Trace(IReadOnlyList<TraceText> outputs, ReuseIndex index, CancellationToken cancellationToken = default)
    {
        var policy = index.Documents;
        var links = new List<TraceLink>();
        foreach (var output in outputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = new List<TraceLink>();
            for (var d = 0; d < policy.Count; d++)
            {
                if (policy[d].Id != output.Id && TraceDates.IsAfter(policy[d].Date, output.Date) && ReferenceFinder.Find(output, policy[d]) is { } reference)
                {
                    found.Add(Titled(reference, output, policy[d]));
                }
            }

            found.AddRange(Reuse(output, index));
            links.AddRange(found.OrderBy(l => l.Kind, StringComparer.Ordinal).ThenByDescending(l => l.Similarity).ThenBy(l => l.Document, StringComparer.Ordinal));
        }

        return new TraceReport(links);
    }

    private static TraceLink Titled(TraceLink link, TraceText output, TraceText document) =>
        link with { OutputTitle = output.Title, DocumentTitle = document.Title, DocumentDate = document.Date };

    private static IEnumerable<TraceLink> Reuse(TraceText output, ReuseIndex index)
    {
        var units = TextUnits.Of(output.Text);
        var shingles = Shingles.Of(units);
        var pairs = new Dictionary<int, HashSet<(int Output, int Document)>>();
        foreach (var (first, signature) in MinHashWindows.Of(shingles, index.IsInformative))
        {
            foreach (var (document, documentFirst) in index.Candidates(signature))
            {
                if (index.Documents[document].Id == output.Id || !TraceDates.IsAfter(index.Documents[document].Date, output.Date))
                {
                    continue;
                }

                if (!pairs.TryGetValue(document, out var set))
                {
                    pairs[document] = set = [];
                }

                set.Add((first, documentFirst));
            }
        }

        foreach (var (document, set) in pairs.OrderBy(p => p.Key))
        {
            // The output's title found alone is a reference (or not), never reuse of what the output says.
            var title = Bare(output.Title);
            var passages = Passages(units, shingles, index, document, set)
                .Where(p => title.Length == 0 || !title.Contains(Bare(units.Slice(p.AStart, p.AEnd)), StringComparison.Ordinal)).ToList();
            if (passages.Count > 0)
            {
                var link = new TraceLink(
                    output.Id, index.Documents[document].Id, TraceLink.Reuse, Math.Round(passages.Max(p => p.Similarity), 4),
                    [.. passages.OrderBy(p => p.AStart).Select(p => new TracePassage(units.Slice(p.AStart, p.AEnd), index.Units[document].Slice(p.BStart, p.BEnd)))]);
                yield return Titled(link, output, index.Documents[document]);
            }
        }
    }

    private static List<Alignment> Passages(TextUnits units, ulong[] shingles, ReuseIndex index, int document, HashSet<(int Output, int Document)> pairs)
    {
        const int Span = MinHashWindows.Window + Shingles.Length - 1;
        const int Slack = MinHashWindows.Window;
        var regions = new List<int[]>();
        foreach (var (o, d) in pairs.OrderBy(p => p.Output).ThenBy(p => p.Document))
        {
            var region = regions.FirstOrDefault(r => o <= r[1] + Slack && o + Span >= r[0] - Slack && d <= r[3] + Slack && d + Span >= r[2] - Slack);
            if (region is null)
            {
                regions.Add([o, o + Span, d, d + Span]);
            }
            else
            {
                (region[0], region[1], region[2], region[3]) = (Math.Min(region[0], o), Math.Max(region[1], o + Span), Math.Min(region[2], d), Math.Max(region[3], d + Span));
            }
        }

        var theirs = index.Units[document];
        var accepted = new List<Alignment>();
        const int Pad = MinHashWindows.Window / 2;
        foreach (var r in regions)
        {
            var alignment = LocalAlignment.Best(
                units.Hashes, Math.Max(0, r[0] - Pad), Math.Min(units.Count, r[1] + Pad),
                theirs.Hashes, Math.Max(0, r[2] - Pad), Math.Min(theirs.Count, r[3] + Pad));
            if (alignment is { Matches: >= MinUnits, Similarity: >= MinSimilarity }
                && Shared(shingles, index.ShingleRuns[document], alignment, index) >= MinShared
                && !accepted.Any(a => a.AStart < alignment.AEnd && alignment.AStart < a.AEnd))
            {
                accepted.Add(alignment);
            }
        }

        return accepted;
    }

    private static string Bare(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    private static int Shared(ulong[] ours, ulong[] theirs, Alignment a, ReuseIndex index)
    {
        var inDocument = new HashSet<ulong>();
        for (var j = a.BStart; j <= a.BEnd - Shingles.Length && j < theirs.Length; j++)
        {
            inDocument.Add(theirs[j]);
        }

        var shared = new HashSet<ulong>();
        for (var i = a.AStart; i <= a.AEnd - Shingles.Length && i < ours.Length; i++)
        {
            if (index.IsInformative(ours[i]) && inDocument.Contains(ours[i]))
            {
                shared.Add(ours[i]);
            }
        }

        return shared.Count;
    }
}
