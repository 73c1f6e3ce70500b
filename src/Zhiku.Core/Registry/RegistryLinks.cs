using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Registries;

namespace Zhiku.Registry;

/// <summary>What a saved record ties to besides its row: a person's name key, an organisation's names and its works.</summary>
internal static class RegistryLinks
{
    public static void Created(WriteSession session, RegistryKind kind, long id, string doc)
    {
        if (kind.Entity == "person")
        {
            var name = StoreJson.Deserialize<PersonRecord>(doc).Name;
            session.Sql.Execute("INSERT INTO person_ids(scheme, value, person_id) VALUES ('name', $1, $2) ON CONFLICT DO NOTHING", Normalise.Name(name), id);
        }

        Edited(session, kind, id, doc);
    }

    public static void Edited(WriteSession session, RegistryKind kind, long id, string doc)
    {
        if (kind.Entity == "organisation")
        {
            // Works that name the organisation by its new name or an alias are linked to it, as after an import.
            new OrganisationLinks(session).ForOrganisation(id, StoreJson.Deserialize<OrganisationRecord>(doc), batchId: null);
        }
    }
}
