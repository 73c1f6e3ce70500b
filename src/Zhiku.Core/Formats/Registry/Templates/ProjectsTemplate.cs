namespace Zhiku.Formats.Registry.Templates;

/// <summary>Zhiku's 项目 (projects) template; each column accepts its Chinese or its English header.</summary>
internal static class ProjectsTemplate
{
    public const string Yaml = """
        name: template-projects
        entity: project
        detect:
          headers: [项目名称|Project Title]
          score: 85
        columns:
          title: 项目名称|Project Title
          code: 项目编号|Project Code
          commissioner: 委托单位|Commissioned By
          funder: 资助机构|Funder
          lead: 负责人|Lead
          members: 成员|Members
          organisations: 参与单位|Partner Organisations
          start: 开始日期|Start Date
          end: 结束日期|End Date
          status: 状态|Status
          description: 简介|Description
          outputs: 成果|Outputs
        separators:
          members: ";；、,，"
          organisations: ";；、"
          outputs: ";；"
        """;
}
