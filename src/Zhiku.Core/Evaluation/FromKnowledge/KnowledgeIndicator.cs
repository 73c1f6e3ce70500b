using System.Globalization;

namespace Zhiku.Evaluation.FromKnowledge;

/// <summary>
/// An indicator computed from the knowledge base: the works matching <see cref="Query"/> (Zhiku's search syntax)
/// in the years <see cref="From"/>–<see cref="To"/>, per unit, counted or with their citations summed. A unit is an
/// organisation (<c>per: org</c>, matched on the org facet) or a person (<c>per: person</c>, matched as an author
/// phrase); <see cref="Match"/> names the iData field holding the name to match (uName by default).
/// </summary>
public sealed record KnowledgeIndicator(string ICode, string Query, string Per, int? From, int? To, string Measure, string Match = "uName")
{
    public string Canonical() => string.Create(CultureInfo.InvariantCulture, $"{ICode}: {Query} per {Per} ({Match}) {From}–{To} {Measure}");
}
