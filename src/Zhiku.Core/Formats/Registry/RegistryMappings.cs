using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using Zhiku.Files;

namespace Zhiku.Formats.Registry;

/// <summary>Loads registry mappings from YAML (or JSON, which is YAML too).</summary>
public static class RegistryMappings
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Parses a mapping; a malformed one is an <see cref="ImportException"/> that says where.</summary>
    public static RegistryMapping Parse(string yaml, string name = "mapping")
    {
        try
        {
            var mapping = Deserializer.Deserialize<RegistryMapping>(yaml) ?? throw new ImportException($"mapping '{name}' is empty");
            if (mapping.Name == "mapping")
            {
                mapping.Name = name;
            }

            return mapping;
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new ImportException($"mapping '{name}' is not valid: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a mapping file.</summary>
    public static RegistryMapping Load(string path) => Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>Imports a table through a mapping the user wrote (the shipped ones are detected on their own).</summary>
    public static IEnumerable<ImportItem> Read(RegistryMapping mapping, ImportSource source, CancellationToken cancellationToken) =>
        RegistryEngine.Read(mapping, source.Path, source.Encoding, cancellationToken);
}
