using System.CommandLine;
using Zhiku.Access;
using Zhiku.Knowledge;

namespace Zhiku.Cli.Commands;

/// <summary>
/// The search every <c>analyze</c> subcommand works on, as the web's <c>q</c>, <c>f</c> and <c>merge</c>:
/// <c>--query</c>, <c>--filter facet:value</c> (repeatable) and <c>--no-merge</c>.
/// </summary>
internal sealed class AnalyzeOptions
{
    public Option<string?> Query { get; } = new("--query") { Description = "Analyse only the works this query finds (default: all)" };

    public Option<string[]> Filter { get; } = new("--filter") { Description = "Facet filter facet:value (repeatable), as the search page's f=", AllowMultipleArgumentsPerToken = false };

    public Option<bool> NoMerge { get; } = new("--no-merge") { Description = "Count the records as exported, duplicates included (bibliometrix without duplicatedMatching; the web's merge=off)" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Query);
        command.Options.Add(Filter);
        command.Options.Add(NoMerge);
    }

    /// <summary>The facet filters given, as the search takes them.</summary>
    public Dictionary<string, string> Filters(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in parse.GetValue(Filter) ?? [])
        {
            var at = f.IndexOfAny([':', '=']);
            filters[at > 0 ? f[..at] : throw new ArgumentException($"--filter needs facet:value, not '{f}'")] = f[(at + 1)..];
        }

        return filters;
    }

    /// <summary>The works the search finds, as the analyses count them (the data owner's view).</summary>
    public AnalysisWorks Works(KnowledgeBase kb, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(parse);
        return kb.Read(Caller.Owner).WorksForAnalysis(parse.GetValue(Query), Filters(parse), merge: !parse.GetValue(NoMerge));
    }
}
