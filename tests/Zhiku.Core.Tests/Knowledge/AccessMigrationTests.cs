using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>A data directory written before people took their works' access is corrected when opened.</summary>
public sealed class AccessMigrationTests
{
    [Fact]
    public void Opening_an_older_data_directory_hides_the_authors_of_restricted_works_and_their_affiliations()
    {
        using var dir = TempDataDirectory.OnSqlite("builds a SQLite store at an old schema version to migrate");
        var file = dir.File("restricted.ris");
        File.WriteAllText(file, "TY  - RPRT\nTI  - Restricted study of quantum sensing\nAU  - Hidden, Harriet\nAD  - Secret Laboratory\nPY  - 2021\nER  - \n");
        string personId;
        using (var kb = dir.Open())
        {
            kb.Import([file], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Restricted });
            personId = kb.Read(Caller.Owner).Work("W1")!.Authorships.Single().PersonId!;
        }

        // Given: the person as schema version 4 stored them, public and with the author's affiliation (and the schema
        // of version 4: what the later migrations add is taken away again, so that they can run once more).
        using (var connection = new SqliteConnection($"Data Source={dir.Directory.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = """
                UPDATE people SET access = 'public', doc = json_set(doc, '$.affiliations', json_array('Secret Laboratory'));
                DROP INDEX work_sources_content; ALTER TABLE users DROP COLUMN security_stamp; DROP TABLE store_meta;
                DROP TABLE protection_keys; DROP TABLE import_jobs; DROP TABLE import_files;
                DROP TABLE work_org_names; DROP TABLE organisation_names; DROP TABLE organisation_works; ALTER TABLE authorships DROP COLUMN link;
                DROP TABLE outputs; DROP TABLE output_events; DROP TABLE person_merges; DROP TABLE person_decisions;
                DROP TABLE thesaurus; DROP TABLE entity_versions; DROP TABLE entity_curations;
                DROP TABLE evaluation_runs; DROP TABLE evaluation_run_files;
                DROP TABLE cases; DROP TABLE classification_terms; DROP TABLE entity_attachments; DROP TABLE output_trace_rejections;
                DROP TABLE consultations; DROP TABLE consultation_panel; DROP TABLE consultation_items; DROP TABLE consultation_rounds; DROP TABLE consultation_answers;
                DROP TABLE enrichments; DROP TABLE enrichment_runs;
                DROP TABLE sources; DROP TABLE source_runs; DROP TABLE source_files;
                PRAGMA user_version = 4;
                """;
            cmd.ExecuteNonQuery();
        }

        using var reopened = dir.Open();
        Assert.Null(reopened.Read(Caller.Anonymous).Person(personId));
        Assert.Equal(0, reopened.Read(Caller.Anonymous).Counts().People);
        Assert.Empty(reopened.Read(Caller.Owner).Person(personId)!.Record!.Affiliations);
        Assert.Equal(["Secret Laboratory"], reopened.Read(Caller.Owner).Person(personId)!.Affiliations);
    }
}
