namespace Zhiku.Formats.Registry;

/// <summary>The key column of a table and the identifier scheme its values belong to.</summary>
public sealed class RegistryId
{
    public string Column { get; set; } = string.Empty;

    public string Scheme { get; set; } = string.Empty;
}
