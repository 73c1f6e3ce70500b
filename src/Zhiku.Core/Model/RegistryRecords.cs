namespace Zhiku.Model;

/// <summary>A person as a registry or an authority record describes them.</summary>
public sealed class PersonRecord
{
    public required string Name { get; set; }

    public string? NameEn { get; set; }

    /// <summary>Identifiers: orcid, openalex, nber, email, staff number, ...</summary>
    public SortedDictionary<string, string> Ids { get; set; } = new(StringComparer.Ordinal);

    public List<string> Affiliations { get; set; } = [];

    public List<string> Expertise { get; set; } = [];

    public string? Title { get; set; }

    public string? Email { get; set; }

    public string? Country { get; set; }

    public SortedDictionary<string, string> Extra { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>An organisation as a registry describes it.</summary>
public sealed class OrganisationRecord
{
    public required string Name { get; set; }

    public string? NameEn { get; set; }

    /// <summary>Other names works use for it (acronyms, former names, abbreviated affiliations); null when none.</summary>
    public List<string>? Aliases { get; set; }

    public OrganisationType Type { get; set; } = OrganisationType.Unknown;

    public SortedDictionary<string, string> Ids { get; set; } = new(StringComparer.Ordinal);

    public string? Country { get; set; }

    public string? City { get; set; }

    public string? Url { get; set; }

    public string? Parent { get; set; }

    public string? Description { get; set; }

    public SortedDictionary<string, string> Extra { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>A project (research programme, commissioned project 委托项目, grant) as a registry describes it.</summary>
public sealed class ProjectRecord
{
    public required string Title { get; set; }

    /// <summary>The English title of a project whose title is Chinese (or the reverse); null when none.</summary>
    public string? TitleEn { get; set; }

    public SortedDictionary<string, string> Ids { get; set; } = new(StringComparer.Ordinal);

    public string? Code { get; set; }

    public string? Funder { get; set; }

    public string? Commissioner { get; set; }

    public string? Lead { get; set; }

    public List<string> Members { get; set; } = [];

    public List<string> Organisations { get; set; } = [];

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Status { get; set; }

    public string? Description { get; set; }

    /// <summary>Identifiers of works that are outputs of the project, as "scheme:value".</summary>
    public List<string> Outputs { get; set; } = [];

    /// <summary>The life-cycle stage (立项, 开题, 中期检查, 结题: <see cref="ProjectStages"/>); null before it is set.</summary>
    public string? Stage { get; set; }

    /// <summary>委托, 自主 or 合作.</summary>
    public string? Type { get; set; }

    /// <summary>The budget as the contract states it (amount and unit, "50 万元").</summary>
    public string? Budget { get; set; }

    /// <summary>The members with their roles (负责人, 成员, 顾问); null (left out of the stored JSON) when none.</summary>
    public List<ProjectMember>? Team { get; set; }

    /// <summary>The milestones with their due days and deliverables; null when none.</summary>
    public List<ProjectMilestone>? Milestones { get; set; }

    public SortedDictionary<string, string> Extra { get; set; } = new(StringComparer.Ordinal);
}
