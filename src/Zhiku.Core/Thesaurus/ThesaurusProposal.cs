namespace Zhiku.Thesaurus;

/// <summary>A proposed pair: the variant, its preferred term, the kind, the rules that found it and the works using each form.</summary>
public sealed record ThesaurusProposal(string Variant, string Preferred, string Kind, IReadOnlyList<string> Rules, IReadOnlyList<FormEvidence> Evidence)
{
    /// <summary>The origin an entry made from this proposal records: rule:NAME+NAME.</summary>
    public string Origin => "rule:" + string.Join('+', Rules);
}
