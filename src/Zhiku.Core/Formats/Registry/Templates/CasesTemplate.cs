namespace Zhiku.Formats.Registry.Templates;

/// <summary>
/// Zhiku's 案例 (cases) template; each column accepts its Chinese header or the case field's name. Lists are
/// separated by ";", and 分类/tags takes codes of the classification standard or their names in either language.
/// </summary>
internal static class CasesTemplate
{
    public const string Yaml = """
        name: template-cases
        entity: case
        detect:
          headers: [标题|title, 主体|actors|措施|measures|成效|results|分类|tags]
          score: 85
        columns:
          title: 标题|title
          titleEn: 英文标题|titleEn
          summary: 摘要|summary
          region: 地区|region
          field: 领域|field
          periodFrom: 起始|periodFrom
          periodTo: 结束|periodTo
          actors: 主体|actors
          measures: 措施|measures
          results: 成效|results
          sources: 来源|sources
          works: 关联文献|works
          tags: 分类|tags
        separators:
          actors: ";；"
          measures: ";；"
          sources: ";；"
          works: ";；"
          tags: ";；"
        """;
}
