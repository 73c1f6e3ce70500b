using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Formats.Registry;

/// <summary>Builds a person from a registry row: name, name_en, affiliations, expertise, title, email, country, ids.*, extra.*.</summary>
internal static class PersonRows
{
    public static ImportItem From(RegistryRow row, RecordPosition position)
    {
        var name = row.Get("name") ?? row.Get("name_en");
        if (name is null)
        {
            return new RecordError(position, $"{position}: missing name ({row.Source("name")})");
        }

        var person = new PersonRecord
        {
            Name = name,
            NameEn = row.Get("name_en") is { } en && en != name ? en : null,
            Affiliations = row.Many("affiliations"),
            Expertise = row.Many("expertise"),
            Title = row.Get("title"),
            Email = row.Get("email"),
            Country = row.Get("country"),
        };
        foreach (var (scheme, value) in row.Prefixed("ids."))
        {
            person.Ids[scheme] = IdSchemes.Normalise(scheme, value);
        }

        if (person.Email is not null)
        {
            person.Ids.TryAdd("email", person.Email.ToLowerInvariant());
        }

        foreach (var (key, value) in row.Prefixed("extra."))
        {
            person.Extra[key] = value;
        }

        return new ImportedPerson(position, person);
    }
}
