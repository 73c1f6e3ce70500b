namespace Zhiku.Formats.Registry.Templates;

/// <summary>Zhiku's 专家/人员 (people) template; each column accepts its Chinese or its English header.</summary>
internal static class PeopleTemplate
{
    public const string Yaml = """
        name: template-people
        entity: person
        detect:
          headers: [姓名|Name]
          score: 85
        columns:
          name: 姓名|Name
          name_en: 英文名|English Name
          affiliations: 工作单位|Affiliation
          title: 职称|Job Title
          expertise: 研究领域|Research Areas
          email: 邮箱|Email
          ids.orcid: ORCID
          country: 国家|Country
          ids.staff: 工号|Staff ID
          extra.phone: 电话|Phone
          extra.notes: 备注|Notes
        separators:
          affiliations: ";；"
          expertise: ";；、,，"
        """;
}
