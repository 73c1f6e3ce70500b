namespace Zhiku.Formats.Registry;

/// <summary>
/// How the rows of one table (CSV or XLSX) become people, organisations, projects or works. Written in YAML:
/// <code>
/// entity: person                       # person | organisation | project | work
/// detect: { headers: [姓名|Name] }      # headers that must all be present for the mapping to claim a file
/// id: { column: 工号, scheme: staff }   # the key column and the identifier scheme of its values
/// columns: { name: 姓名|Name, affiliations: 工作单位|Affiliation, ids.orcid: ORCID, extra.notes: 备注 }
/// separators: { affiliations: ";；" }  # characters that split multi-valued cells
/// constants: { kind: ThinkTankReport }
/// null_values: [NA, "-"]
/// joins: [...]                          # values gathered from other tables in the same folder
/// also: [...]                           # other tables of the same folder imported alongside
/// </code>
/// A column's source may list alternative headers separated by "|" (Chinese and English templates share one mapping).
/// </summary>
public sealed class RegistryMapping
{
    /// <summary>A name for messages ("nber", "template-people").</summary>
    public string Name { get; set; } = "mapping";

    /// <summary>The table's file name when the mapping is for one known file ("papers.csv").</summary>
    public string? File { get; set; }

    /// <summary>person, organisation, project or work.</summary>
    public string Entity { get; set; } = "work";

    /// <summary>How the mapping recognises its table.</summary>
    public RegistryDetect Detect { get; set; } = new();

    /// <summary>The key column and its identifier scheme.</summary>
    public RegistryId? Id { get; set; }

    /// <summary>Target field → source header(s), e.g. "name: 姓名|Name", "ids.orcid: ORCID", "extra.outlet: outlet".</summary>
    public Dictionary<string, string> Columns { get; set; } = [];

    /// <summary>Target field → the characters that split its cell into several values.</summary>
    public Dictionary<string, string> Separators { get; set; } = [];

    /// <summary>Target field → a value used when the row gives none (a work's kind, an organisation's type).</summary>
    public Dictionary<string, string> Constants { get; set; } = [];

    /// <summary>Cell values that mean "no value" ("NA").</summary>
    public List<string> NullValues { get; set; } = [];

    /// <summary>Values gathered from other tables of the folder.</summary>
    public List<RegistryJoin> Joins { get; set; } = [];

    /// <summary>Sibling tables imported together with this one (NBER's authors.csv beside papers.csv).</summary>
    public List<RegistryMapping> Also { get; set; } = [];
}
