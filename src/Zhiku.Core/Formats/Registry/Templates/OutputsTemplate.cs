namespace Zhiku.Formats.Registry.Templates;

/// <summary>
/// Zhiku's 成果 (outputs) template; each column accepts its Chinese or its English header (and the headers of the
/// first template, 成果名称/Output Title and the like). A row is a work and its output record with the dates of its
/// conversion: 报送 → 批示 → 采纳 → 落实.
/// </summary>
internal static class OutputsTemplate
{
    public const string Yaml = """
        name: template-outputs
        entity: output
        detect:
          headers: [标题|成果名称|Output Title|title, 类型|成果类型|Output Type|type|报送日期|submitted|报送渠道|channel|批示日期|instructed|采纳日期|adopted|落实文件|implemented_by]
          score: 85
        columns:
          title: 标题|成果名称|Output Title|title
          title_en: 英文题名|English Title|title_en
          kind: 类型|成果类型|Output Type|type
          organisations: 机构|完成单位|Organisations|organisation
          authors: 作者|Authors|authors
          extra.project: 项目|所属项目|Project|project
          date: 日期|发布日期|Date|date
          year: 年份|Year|year
          source: 发表载体|Published In|published_in
          publisher: 出版单位|Publisher|publisher
          keywords: 关键词|Keywords|keywords
          abstract: 摘要|Abstract|abstract
          doi: DOI|doi
          url: 网址|URL|url
          docnum: 发文字号|Document Number|document_number
          output.submitted: 报送日期|submitted
          output.submitted_to: 报送对象|submitted_to
          output.channel: 报送渠道|channel
          output.instructed: 批示日期|instructed
          output.instruction_level: 批示级别|instruction_level
          output.instruction_gist: 批示要点|instruction_gist
          output.adopted: 采纳日期|adopted
          output.adopted_by: 采纳单位|adopted_by
          output.adopted_how: 采纳方式|adopted_how
          output.implemented: 落实日期|implemented
          output.implemented_by: 落实文件|implemented_by
          output.evidence: 证据|evidence
          output.tags: 分类|tags
        separators:
          authors: ";；、,，"
          organisations: ";；、"
          keywords: ";；、,，"
          output.tags: ";；"
        """;
}
