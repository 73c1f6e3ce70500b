namespace Zhiku.Model;

/// <summary>
/// A work as one source describes it. Importers fill one per record; the store keeps each source's record and merges
/// them into one work. Lists keep the source's order; empty lists mean "not given".
/// </summary>
public sealed class WorkRecord
{
    public WorkKind Kind { get; set; } = WorkKind.Other;

    /// <summary>Titles, the first one the original-language title.</summary>
    public List<LangText> Titles { get; set; } = [];

    public List<LangText> Abstracts { get; set; } = [];

    public List<AuthorRecord> Authors { get; set; } = [];

    /// <summary>Organisations the work is attributed to (affiliation institutions, issuing bodies, publishers of reports).</summary>
    public List<string> Organisations { get; set; } = [];

    /// <summary>
    /// Every affiliation address of the work as the source gives it, also those tied to no author (older WoS C1 lines
    /// without "[authors]"); empty when the source ties all addresses to authors or gives none.
    /// </summary>
    public List<string> Affiliations { get; set; } = [];

    /// <summary>The countries of the work's addresses (<see cref="Affiliations"/>, or BibTeX's affiliation field kept in Extra), as the source names them.</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>Identifiers by scheme (see <see cref="IdSchemes"/>), normalised.</summary>
    public SortedDictionary<string, string> Identifiers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Keywords given by the authors (WoS DE, Scopus Author Keywords, CNKI 关键词).</summary>
    public List<string> AuthorKeywords { get; set; } = [];

    /// <summary>Keywords given by the indexer (WoS Keywords Plus, Scopus Index Keywords, MeSH).</summary>
    public List<string> IndexKeywords { get; set; } = [];

    /// <summary>
    /// Keywords a method proposed and a curator accepted (enrichments), filled by the readers that count them (the search
    /// index, analyses) and never stored in the record: the source's own keywords stay as the source gave them.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public List<string> MachineKeywords { get; set; } = [];

    /// <summary>Subject categories and topics (WoS categories, research areas, OpenAlex topics).</summary>
    public List<string> Subjects { get; set; } = [];

    /// <summary>Classes of a classification scheme with their scheme (CNKI's 中图分类号 as <see cref="Classification.Clc"/>).</summary>
    public List<Classification> Classifications { get; set; } = [];

    /// <summary>The journal, proceedings, series or website the work appeared in.</summary>
    public string? Source { get; set; }

    public string? SourceAbbreviation { get; set; }

    public string? Publisher { get; set; }

    public string? Volume { get; set; }

    public string? Issue { get; set; }

    public string? Pages { get; set; }

    public string? Issn { get; set; }

    public int? Year { get; set; }

    /// <summary>ISO date, as precise as the source gives it: "2019", "2019-02", "2019-02-15".</summary>
    public string? Date { get; set; }

    /// <summary>ISO 639-1 code of the main language ("en", "zh").</summary>
    public string? Language { get; set; }

    /// <summary>The document type as the source words it ("Article; Early Access", "期刊").</summary>
    public string? DocumentType { get; set; }

    /// <summary>Cited references, raw strings in the source's style.</summary>
    public List<string> References { get; set; } = [];

    public int? CitedByCount { get; set; }

    public List<string> Funding { get; set; } = [];

    public string? Url { get; set; }

    /// <summary>The full text where the source has one (documents, policy texts).</summary>
    public string? FullText { get; set; }

    /// <summary>发文机关: the issuing body of a policy document.</summary>
    public string? IssuingBody { get; set; }

    /// <summary>Other fields of the source kept verbatim, by the source's own field name.</summary>
    public SortedDictionary<string, string> Extra { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The first title's text, or an empty string.</summary>
    public string MainTitle => Titles.Count > 0 ? Titles[0].Text : string.Empty;

    /// <summary>Adds an identifier when the value is not blank, normalising it.</summary>
    public void AddIdentifier(string scheme, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Identifiers[scheme] = IdSchemes.Normalise(scheme, value);
        }
    }

    /// <summary>Adds a title when not blank.</summary>
    public void AddTitle(string? text, string? lang = null)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Titles.Add(new LangText(lang ?? LanguageGuess.Of(text), text.Trim()));
        }
    }

    /// <summary>Adds an abstract when not blank.</summary>
    public void AddAbstract(string? text, string? lang = null)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Abstracts.Add(new LangText(lang ?? LanguageGuess.Of(text), text.Trim()));
        }
    }
}
