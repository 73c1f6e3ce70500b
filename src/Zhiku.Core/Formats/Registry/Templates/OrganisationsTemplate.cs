namespace Zhiku.Formats.Registry.Templates;

/// <summary>Zhiku's 机构 (organisations) template; each column accepts its Chinese or its English header.</summary>
internal static class OrganisationsTemplate
{
    public const string Yaml = """
        name: template-organisations
        entity: organisation
        detect:
          headers: [机构名称|Organisation Name]
          score: 85
        columns:
          name: 机构名称|Organisation Name
          name_en: 英文名称|English Name
          aliases: 别名|Aliases
          type: 类型|Type
          country: 国家|Country
          city: 城市|City
          url: 网址|Website
          parent: 上级机构|Parent Organisation
          description: 简介|Description
          ids.ror: ROR
          ids.uscc: 统一社会信用代码|Credit Code
        separators:
          aliases: ";；"
        """;
}
