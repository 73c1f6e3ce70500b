using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Storage;
using Zhiku.Testing.Postgres;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Storage;

/// <summary>
/// Where SQLite and PostgreSQL answer the same SQL differently, the store answers the same on both: each case runs on
/// a SQLite directory and on one bound to a fresh PostgreSQL database.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreDifferencesTests(PostgresServer server)
{
    public static TheoryData<string> Stores => [StoreBinding.Sqlite, StoreBinding.Postgres];

    [Theory]
    [MemberData(nameof(Stores))]
    public void An_organisations_members_are_found_whatever_the_case_of_their_affiliation(string kind)
    {
        using var dir = TempDataDirectory.OnSqlite("the test chooses its store itself");
        using var database = kind == StoreBinding.Postgres ? server.CreateDatabase() : null;
        using var kb = KnowledgeBase.Open(dir.Directory, database is null ? null : StoreLocation.Parse(database.ConnectionString));
        var file = dir.File("members.ris");
        File.WriteAllText(file, "TY  - JOUR\nTI  - Grid storage policy in cities\nAU  - Member, Mia\nAD  - ZKCASE INSTITUTE OF POLICY, Beijing, China\nPY  - 2022\nER  - \n"
            + "TY  - JOUR\nTI  - Another paper on the same grid\nAU  - Other, Olaf\nAD  - zkcase institute of policy, Shanghai, China\nPY  - 2023\nER  - \n");
        kb.Import([file], new ImportOptions());
        var org = kb.EnsureOrganisation("Zkcase Institute of Policy");

        var details = kb.Read(Caller.Owner).Organisation("O" + org)!;

        Assert.Equal(kind, kb.StoreKind);
        Assert.Equal(2, details.MemberWorkCount);
        Assert.Equal(2, details.People.Count);
    }
}
