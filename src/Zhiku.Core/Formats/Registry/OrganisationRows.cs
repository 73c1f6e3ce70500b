using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Formats.Registry;

/// <summary>Builds an organisation from a registry row: name, name_en, aliases, type, country, city, url, parent, description, ids.*, extra.*.</summary>
internal static class OrganisationRows
{
    public static ImportItem From(RegistryRow row, RecordPosition position)
    {
        var name = row.Get("name") ?? row.Get("name_en");
        if (name is null)
        {
            return new RecordError(position, $"{position}: missing organisation name ({row.Source("name")})");
        }

        var type = row.Get("type");
        var aliases = row.Many("aliases");
        var org = new OrganisationRecord
        {
            Name = name,
            NameEn = row.Get("name_en") is { } en && en != name ? en : null,
            Aliases = aliases.Count > 0 ? aliases : null,
            Type = RegistryVocabulary.Type(type) ?? (type is null ? OrganisationType.Unknown : OrganisationType.Other),
            Country = row.Get("country"),
            City = row.Get("city"),
            Url = row.Get("url"),
            Parent = row.Get("parent"),
            Description = row.Get("description"),
        };
        if (type is not null && RegistryVocabulary.Type(type) is null)
        {
            org.Extra["type"] = type;
        }

        foreach (var (scheme, value) in row.Prefixed("ids."))
        {
            org.Ids[scheme] = IdSchemes.Normalise(scheme, value);
        }

        foreach (var (key, value) in row.Prefixed("extra."))
        {
            org.Extra[key] = value;
        }

        return new ImportedOrganisation(position, org);
    }
}
