namespace Zhiku.Formats.Registry.Templates;

/// <summary>Zhiku's 成果 (outputs) template; each column accepts its Chinese or its English header.</summary>
internal static class OutputsTemplate
{
    public const string Yaml = """
        name: template-outputs
        entity: work
        detect:
          headers: [成果名称|Output Title]
          score: 85
        columns:
          title: 成果名称|Output Title
          title_en: 英文题名|English Title
          authors: 作者|Authors
          kind: 成果类型|Output Type
          organisations: 完成单位|Organisations
          date: 发布日期|Date
          year: 年份|Year
          source: 发表载体|Published In
          publisher: 出版单位|Publisher
          keywords: 关键词|Keywords
          abstract: 摘要|Abstract
          doi: DOI
          url: 网址|URL
          docnum: 发文字号|Document Number
          extra.project: 所属项目|Project
        separators:
          authors: ";；、,，"
          organisations: ";；、"
          keywords: ";；、,，"
        """;
}
