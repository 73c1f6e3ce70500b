namespace Zhiku.Formats.Registry.Templates;

/// <summary>The mappings Zhiku ships: its own registry templates and the NBER working-paper tables.</summary>
public static class ShippedMappings
{
    private static readonly Lazy<IReadOnlyList<RegistryMapping>> TemplateList = new(() =>
    [
        RegistryMappings.Parse(PeopleTemplate.Yaml),
        RegistryMappings.Parse(OrganisationsTemplate.Yaml),
        RegistryMappings.Parse(ProjectsTemplate.Yaml),
        RegistryMappings.Parse(OutputsTemplate.Yaml),
        RegistryMappings.Parse(CasesTemplate.Yaml),
    ]);

    private static readonly Lazy<RegistryMapping> NberMappingValue = new(() => RegistryMappings.Parse(NberMapping.Yaml));

    /// <summary>The people, organisations, projects, outputs and cases templates.</summary>
    public static IReadOnlyList<RegistryMapping> Templates => TemplateList.Value;

    /// <summary>The NBER mapping (papers.csv with its sibling tables).</summary>
    public static RegistryMapping Nber => NberMappingValue.Value;

    /// <summary>A template's headers in one language: "zh" takes each column's first alternative, "en" its last.</summary>
    public static IReadOnlyList<string> Headers(RegistryMapping template, string language) =>
        [.. template.Columns.Values.Select(source => source.Split('|') is var alts && language == "zh" ? alts[0] : alts[^1])];
}
