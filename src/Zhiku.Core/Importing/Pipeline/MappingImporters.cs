using Zhiku.Formats;
using Zhiku.Formats.Registry;

namespace Zhiku.Importing.Pipeline;

/// <summary>Importers built from a user's registry mapping file (<c>zhiku import --mapping FILE</c>).</summary>
internal static class MappingImporters
{
    public static IFormatImporter For(string mappingPath)
    {
        if (!File.Exists(mappingPath))
        {
            throw new FileNotFoundException($"no such mapping file: {mappingPath}", mappingPath);
        }

        RegistryMapping mapping;
        try
        {
            mapping = RegistryMappings.Load(mappingPath);
        }
        catch (Exception e) when (e is not IOException)
        {
            throw new ArgumentException($"{mappingPath}: not a valid mapping: {e.Message}", e);
        }

        return new MappingImporter("registry-mapping", [mapping]);
    }
}
