namespace Zhiku.Thesaurus;

/// <summary>A VOSviewer thesaurus file as read: the good pairs with their line numbers, and the lines that were skipped.</summary>
public sealed record ThesaurusFile(List<(int Line, string Label, string ReplaceBy)> Pairs, IReadOnlyList<ThesaurusLineProblem> Problems);
