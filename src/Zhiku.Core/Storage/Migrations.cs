using System.Data.Common;
using Zhiku.Storage.Dialects;

namespace Zhiku.Storage;

/// <summary>
/// The SQLite schema, as numbered migrations. The database's <c>PRAGMA user_version</c> says which have run; a new version
/// appends a script and never edits an old one.
/// </summary>
internal static class Migrations
{
    private static readonly string[] Scripts =
    [
        // 1: the knowledge base.
        """
        CREATE TABLE organisations(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            norm_name TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            doc TEXT NOT NULL,
            owner_org INTEGER,
            access TEXT NOT NULL,
            updated_seq INTEGER NOT NULL);
        CREATE TABLE organisation_ids(scheme TEXT NOT NULL, value TEXT NOT NULL, org_id INTEGER NOT NULL,
            PRIMARY KEY(scheme, value)) WITHOUT ROWID;
        CREATE TABLE partners(org_id INTEGER NOT NULL, partner_org_id INTEGER NOT NULL,
            PRIMARY KEY(org_id, partner_org_id)) WITHOUT ROWID;

        CREATE TABLE batches(
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL,
            owner_org INTEGER NOT NULL,
            access TEXT NOT NULL,
            report TEXT);

        CREATE TABLE works(
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            year INTEGER,
            lang TEXT,
            owner_org INTEGER NOT NULL,
            access TEXT NOT NULL,
            doc TEXT,            -- merged record; NULL while the work has one source (its work_sources.doc)
            provenance TEXT,     -- field → work_sources.id; NULL while the work has one source
            created_seq INTEGER NOT NULL,
            updated_seq INTEGER NOT NULL);
        CREATE INDEX works_updated ON works(updated_seq);
        CREATE TABLE work_sources(
            id INTEGER PRIMARY KEY,
            work_id INTEGER NOT NULL,
            batch_id INTEGER NOT NULL,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            record INTEGER NOT NULL,
            line INTEGER NOT NULL,
            hash TEXT NOT NULL,
            doc TEXT NOT NULL);
        CREATE UNIQUE INDEX work_sources_hash ON work_sources(work_id, hash);
        CREATE INDEX work_sources_batch ON work_sources(batch_id);
        CREATE TABLE work_ids(scheme TEXT NOT NULL, value TEXT NOT NULL, work_id INTEGER NOT NULL,
            PRIMARY KEY(scheme, value)) WITHOUT ROWID;
        CREATE INDEX work_ids_work ON work_ids(work_id);
        CREATE TABLE work_keys(key TEXT NOT NULL PRIMARY KEY, work_id INTEGER NOT NULL) WITHOUT ROWID;

        CREATE TABLE people(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            norm_name TEXT NOT NULL,
            doc TEXT NOT NULL,
            owner_org INTEGER NOT NULL,
            access TEXT NOT NULL,
            updated_seq INTEGER NOT NULL);
        CREATE INDEX people_name ON people(norm_name);
        CREATE TABLE person_ids(scheme TEXT NOT NULL, value TEXT NOT NULL, person_id INTEGER NOT NULL,
            PRIMARY KEY(scheme, value)) WITHOUT ROWID;
        CREATE TABLE authorships(
            work_id INTEGER NOT NULL,
            position INTEGER NOT NULL,
            person_id INTEGER,
            name TEXT NOT NULL,
            affiliations TEXT,
            PRIMARY KEY(work_id, position)) WITHOUT ROWID;
        CREATE INDEX authorships_person ON authorships(person_id);

        CREATE TABLE projects(
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            doc TEXT NOT NULL,
            owner_org INTEGER NOT NULL,
            access TEXT NOT NULL,
            updated_seq INTEGER NOT NULL);
        CREATE TABLE project_ids(scheme TEXT NOT NULL, value TEXT NOT NULL, project_id INTEGER NOT NULL,
            PRIMARY KEY(scheme, value)) WITHOUT ROWID;
        CREATE TABLE project_works(project_id INTEGER NOT NULL, work_id INTEGER NOT NULL,
            PRIMARY KEY(project_id, work_id)) WITHOUT ROWID;

        CREATE TABLE events(
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT,
            doc TEXT NOT NULL,
            owner_org INTEGER NOT NULL,
            access TEXT NOT NULL,
            updated_seq INTEGER NOT NULL);

        CREATE TABLE topics(id INTEGER PRIMARY KEY, label TEXT NOT NULL, norm TEXT NOT NULL UNIQUE);
        CREATE TABLE work_topics(work_id INTEGER NOT NULL, topic_id INTEGER NOT NULL, source TEXT NOT NULL,
            PRIMARY KEY(work_id, topic_id, source)) WITHOUT ROWID;
        CREATE INDEX work_topics_topic ON work_topics(topic_id);

        -- Where each person, organisation and project record came from (works keep theirs in work_sources).
        CREATE TABLE entity_sources(
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            batch_id INTEGER NOT NULL,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            record INTEGER NOT NULL,
            line INTEGER NOT NULL,
            doc TEXT NOT NULL);
        CREATE INDEX entity_sources_entity ON entity_sources(entity, entity_id);

        CREATE TABLE changes(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            op TEXT NOT NULL,
            batch_id INTEGER,
            at TEXT NOT NULL);
        """,

        // 2: accounts of the web platform (users of organisations, API tokens kept only as hashes).
        """
        CREATE TABLE users(
            id INTEGER PRIMARY KEY,
            org_id INTEGER NOT NULL,
            user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            created TEXT NOT NULL);
        CREATE TABLE api_tokens(
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            created TEXT NOT NULL);
        CREATE INDEX api_tokens_user ON api_tokens(user_id);
        """,

        // 3: account management: disabled users and the audit log of changes to accounts.
        """
        ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE account_changes(
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor_id INTEGER,
            user_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            detail TEXT);
        CREATE INDEX account_changes_user ON account_changes(user_id);
        """,

        // 4 (s3-access): identifiers and match keys may be shared by works of different owners or access levels,
        // which are never merged; a record finds its work among those of its own owner and access level.
        """
        CREATE TABLE work_ids_scoped(scheme TEXT NOT NULL, value TEXT NOT NULL, work_id INTEGER NOT NULL,
            PRIMARY KEY(scheme, value, work_id)) WITHOUT ROWID;
        INSERT INTO work_ids_scoped(scheme, value, work_id) SELECT scheme, value, work_id FROM work_ids;
        DROP TABLE work_ids;
        ALTER TABLE work_ids_scoped RENAME TO work_ids;
        CREATE INDEX work_ids_work ON work_ids(work_id);
        CREATE TABLE work_keys_scoped(key TEXT NOT NULL, work_id INTEGER NOT NULL, PRIMARY KEY(key, work_id)) WITHOUT ROWID;
        INSERT INTO work_keys_scoped(key, work_id) SELECT key, work_id FROM work_keys;
        DROP TABLE work_keys;
        ALTER TABLE work_keys_scoped RENAME TO work_keys;
        """,

        // 5 (s3-access): people created from authors were public: they take the owner and access level of their first
        // work (readers also show them where another of their works is visible), and their record no longer carries
        // that author's affiliations (readers take them from the visible authorships).
        """
        UPDATE people SET
            doc = json_remove(doc, '$.affiliations'),
            owner_org = (SELECT w.owner_org FROM authorships a JOIN works w ON w.id = a.work_id WHERE a.person_id = people.id ORDER BY w.id LIMIT 1),
            access = (SELECT w.access FROM authorships a JOIN works w ON w.id = a.work_id WHERE a.person_id = people.id ORDER BY w.id LIMIT 1)
        WHERE NOT EXISTS (SELECT 1 FROM entity_sources s WHERE s.entity = 'person' AND s.entity_id = people.id)
          AND EXISTS (SELECT 1 FROM authorships a WHERE a.person_id = people.id);
        """,

        // 6 (s3-durable): a record is found again by its content, so that re-running an import after a crash does not
        // store a second copy of records that have no identifier and no match key (short titles).
        """
        CREATE INDEX work_sources_content ON work_sources(hash);
        """,

        // 7 (s3-accounts): a security stamp per user, renewed by a password reset and by disabling, which ends the
        // user's cookie sessions (a cookie carries the stamp it was issued with).
        """
        ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
        """,

        // 8 (s5-pgstore): the store's identity, a random id written once: a data directory bound to a store and an
        // index built from it record it, so that an index is never mixed with another store's changes.
        """
        CREATE TABLE store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO store_meta(key, value) VALUES ('identity', lower(hex(randomblob(16))));
        """,

        // 9 (s5-pgnodes): node state in the store, so any node serves any request: the data-protection keys of the
        // sign-in cookies, and import jobs with their uploaded files, claimed by one node at a time.
        """
        CREATE TABLE protection_keys(name TEXT PRIMARY KEY, xml TEXT NOT NULL, created TEXT NOT NULL);
        CREATE TABLE import_jobs(
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            label TEXT NOT NULL,
            org_id INTEGER,
            options TEXT NOT NULL,
            queued TEXT NOT NULL,
            pinned_node TEXT,
            local_paths TEXT,
            node TEXT,
            heartbeat TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            progress TEXT,
            report TEXT,
            failure TEXT);
        CREATE INDEX import_jobs_state ON import_jobs(state, queued);
        CREATE TABLE import_files(job_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, bytes BLOB NOT NULL,
            PRIMARY KEY(job_id, position));
        """,

        // 10 (s5-registry): registry organisations linked to the works that name them. work_org_names keeps the places
        // a work names an organisation (method: publisher, source, issuing-body, organisation, affiliation; text as
        // written), organisation_names the names and aliases of organisations, organisation_works the links
        // with how each was made; authorships.link says how an author was linked to
        // their person (id:<scheme> or name). Existing organisations keep their name; works are linked when next written.
        """
        CREATE TABLE work_org_names(norm TEXT NOT NULL, work_id INTEGER NOT NULL, method TEXT NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY(norm, work_id, method)) WITHOUT ROWID;
        CREATE INDEX work_org_names_work ON work_org_names(work_id);
        CREATE TABLE organisation_names(norm TEXT NOT NULL, org_id INTEGER NOT NULL, PRIMARY KEY(norm, org_id)) WITHOUT ROWID;
        CREATE TABLE organisation_works(org_id INTEGER NOT NULL, work_id INTEGER NOT NULL, method TEXT NOT NULL,
            evidence TEXT NOT NULL, PRIMARY KEY(org_id, work_id, method)) WITHOUT ROWID;
        CREATE INDEX organisation_works_work ON organisation_works(work_id);
        INSERT INTO organisation_names(norm, org_id) SELECT norm_name, id FROM organisations;
        ALTER TABLE authorships ADD COLUMN link TEXT;
        """,

        // 11 (s6-outputs): the think tank's outputs, each a work with its output record (type, project, date), and their
        // conversion events 报送 → 批示 → 采纳 → 落实: one per output, stage and day (a re-import adds none twice), the
        // stage's facts as JSON in detail, the implementing policy document's work id for 落实.
        """
        CREATE TABLE outputs(
            work_id INTEGER NOT NULL,
            type TEXT NOT NULL,
            project TEXT,
            project_id INTEGER,
            date TEXT,
            updated_seq INTEGER NOT NULL,
            PRIMARY KEY(work_id)) WITHOUT ROWID;
        CREATE TABLE output_events(
            id INTEGER PRIMARY KEY,
            work_id INTEGER NOT NULL,
            stage TEXT NOT NULL,
            date TEXT NOT NULL,
            detail TEXT NOT NULL,
            implemented_work INTEGER,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            updated_seq INTEGER NOT NULL);
        CREATE UNIQUE INDEX output_events_day ON output_events(work_id, stage, date);
        """,
        // 12 (s6-people): author disambiguation. person_merges keeps each merge with what it moved (the merged
        // person's row, authorships and identifiers) and its score and evidence (JSON) so that an unmerge restores them exactly; person_decisions
        // remembers the candidate pairs a curator rejected.
        """
        CREATE TABLE person_merges(
            id INTEGER PRIMARY KEY,
            survivor_id INTEGER NOT NULL,
            merged_id INTEGER NOT NULL,
            merged_row TEXT NOT NULL,
            authorships TEXT NOT NULL,
            ids TEXT NOT NULL,
            evidence TEXT NOT NULL,
            merged_by TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            unmerged_by TEXT,
            unmerged_at TEXT);
        CREATE INDEX person_merges_merged ON person_merges(merged_id);
        CREATE TABLE person_decisions(a INTEGER NOT NULL, b INTEGER NOT NULL, decision TEXT NOT NULL, decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL, PRIMARY KEY(a, b)) WITHOUT ROWID;
        """,
        // 13 (s7-thesaurus): the keyword thesaurus, one knowledge base wide like the author merges (keywords and their
        // topics are shared by every organisation's works; a variant means one thing in a collection). One row per
        // variant (its bibliometrix key), pointing at its preferred term: kind, status (proposed, accepted, rejected),
        // origin (rule:NAME, curator, import:FILE) with its evidence (JSON: works per form), who proposed/decided and when.
        // Only accepted rows apply; removing or rejecting one brings the separate terms back everywhere.
        """
        CREATE TABLE thesaurus(
            id INTEGER PRIMARY KEY,
            variant TEXT NOT NULL,
            variant_key TEXT NOT NULL UNIQUE,
            preferred TEXT NOT NULL,
            preferred_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            origin TEXT NOT NULL,
            evidence TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            decided_by TEXT,
            decided_at TEXT,
            updated_seq INTEGER NOT NULL);
        CREATE INDEX thesaurus_preferred ON thesaurus(preferred_key);
        """,

        // 14 (s7-registry): curated registry records. entity_versions keeps every version of a person, organisation or
        // project a curator saved (the whole record as JSON, its access level, who, when and a change summary as JSON);
        // entity_curations the fields edits set, which override the imported values for display and search while the
        // imported records stay in entity_sources (a re-import keeps the curated fields over its own values).
        """
        CREATE TABLE entity_versions(
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            version INTEGER NOT NULL,
            author TEXT NOT NULL,
            at TEXT NOT NULL,
            doc TEXT NOT NULL,
            access TEXT NOT NULL,
            summary TEXT NOT NULL,
            PRIMARY KEY(entity, entity_id, version)) WITHOUT ROWID;
        CREATE TABLE entity_curations(entity TEXT NOT NULL, entity_id INTEGER NOT NULL, fields TEXT NOT NULL,
            PRIMARY KEY(entity, entity_id)) WITHOUT ROWID;
        """,

        // 15 (s8-lead): stored evaluation runs, so that every node serves every run: the run's record (JSON, as the web
        // writes it) with its organisation and time, and its files (inputs, spec, stage CSVs, workbook, reports) as
        // blobs. A node keeps a copy of a run's files in evaluations/ID/ of its data directory as a cache only.
        """
        CREATE TABLE evaluation_runs(
            id TEXT PRIMARY KEY,
            organisation_id INTEGER,
            created TEXT NOT NULL,
            record TEXT NOT NULL);
        CREATE INDEX evaluation_runs_created ON evaluation_runs(created);
        CREATE TABLE evaluation_run_files(
            run_id TEXT NOT NULL,
            name TEXT NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY(run_id, name)) WITHOUT ROWID;
        """,

        // ---- 16 (s8-cases): cases and the case classification standard ----------------------------------------------
        // cases holds each case (案例) as its CaseRecord JSON with its owner and access, edited through the registry's
        // editing path (versions in entity_versions); classification_terms the standard's terms (code, facet, names in
        // both languages, broader term, order, retired 0/1), shipped with ClassificationDefaults and edited by managers.
        """
        CREATE TABLE cases(
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            doc TEXT NOT NULL,
            owner_org INTEGER NOT NULL,
            access TEXT NOT NULL,
            updated_seq INTEGER NOT NULL);
        CREATE TABLE classification_terms(
            code TEXT PRIMARY KEY,
            facet TEXT NOT NULL,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL,
            parent TEXT,
            position INTEGER NOT NULL,
            retired INTEGER NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_seq INTEGER NOT NULL) WITHOUT ROWID;
        """ + ClassificationSeed.Sql,
        // ---- end of 16 (s8-cases) --------------------------------------------------------------------------------

        // ---- 17 (s9-attach): attachments of registry records ---------------------------------------------------------
        // entity_attachments keeps each file attached to a person, organisation, project or case (numbered n per record)
        // with its bytes in the store (so that every node reading the same store serves it), its checked media type, size
        // and SHA-256, the text extracted for the entity search (null with text_problem when none could be read), who
        // uploaded it and when, and removed 0/1 (a removed file stays for the history but is neither served nor indexed).
        """
        CREATE TABLE entity_attachments(
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            n INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL,
            text TEXT,
            text_problem TEXT,
            uploaded_by TEXT NOT NULL,
            uploaded_at TEXT NOT NULL,
            removed INTEGER NOT NULL,
            updated_seq INTEGER NOT NULL,
            PRIMARY KEY(entity, entity_id, n));
        """,
        // ---- end of 17 (s9-attach) -------------------------------------------------------------------------------

        // ---- 18 (s9-otags): an output's classification tags, its codes as a JSON array -----------------------------
        """
        ALTER TABLE outputs ADD COLUMN tags TEXT;
        """,
        // ---- end of 18 (s9-otags) ---------------------------------------------------------------------------------

        // ---- 19 (s10-life): the influence traces a curator rejected for an output, so that they are not proposed again
        """
        CREATE TABLE output_trace_rejections(
            work_id INTEGER NOT NULL,
            document_id INTEGER NOT NULL,
            rejected_by TEXT NOT NULL,
            rejected_at TEXT NOT NULL,
            updated_seq INTEGER NOT NULL,
            PRIMARY KEY(work_id, document_id)) WITHOUT ROWID;
        """,
        // ---- end of 19 (s10-life) --------------------------------------------------------------------------------

        // ---- 20 (s10-consult): expert consultations (Delphi rounds) run on the platform ------------------------------
        // consultations holds each consultation (topic, description, owner organisation, optional project, the owner's
        // consensus rule, state draft/open/ended); consultation_panel its experts, each a registry person bound to a user
        // account, with an anonymous alias (E1, E2, ...) and the conflict of interest the owner accepted (null when none);
        // consultation_items its questions (kind likert/numeric/ranking/pairwise/comment, settings as JSON);
        // consultation_rounds each round (open, closed, published) with its statistics as JSON once closed; and
        // consultation_answers one answer per round, item and expert (a number, or a JSON array for rankings and
        // pairwise judgements), with the confidence of an estimate, the reason of a revision and a comment.
        """
        CREATE TABLE consultations(
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL,
            description TEXT NOT NULL,
            owner_org INTEGER NOT NULL,
            project_id INTEGER,
            rule TEXT NOT NULL,
            state TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_seq INTEGER NOT NULL);
        CREATE TABLE consultation_panel(
            consultation_id INTEGER NOT NULL,
            person_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            alias TEXT NOT NULL,
            conflict TEXT,
            added_at TEXT NOT NULL,
            PRIMARY KEY(consultation_id, person_id));
        CREATE INDEX consultation_panel_user ON consultation_panel(user_id);
        CREATE TABLE consultation_items(
            consultation_id INTEGER NOT NULL,
            n INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            settings TEXT NOT NULL,
            PRIMARY KEY(consultation_id, n));
        CREATE TABLE consultation_rounds(
            consultation_id INTEGER NOT NULL,
            n INTEGER NOT NULL,
            state TEXT NOT NULL,
            opens TEXT NOT NULL,
            closes TEXT,
            closed_at TEXT,
            statistics TEXT,
            PRIMARY KEY(consultation_id, n));
        CREATE TABLE consultation_answers(
            consultation_id INTEGER NOT NULL,
            round INTEGER NOT NULL,
            item INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            value TEXT,
            confidence REAL,
            reason TEXT,
            comment TEXT,
            answered_at TEXT NOT NULL,
            PRIMARY KEY(consultation_id, round, item, user_id));
        """,
        // ---- end of 20 (s10-consult) ------------------------------------------------------------------------------

        // ---- 21 (s10-enrich): machine-made enrichments of works ---------------------------------------------------------
        // enrichments keeps each value a method proposed for a work's field (keywords, ...) beside the source values,
        // never over them: its key (for repeats), confidence in thousandths, the model's name and version, when, and its
        // review state (proposed, accepted, rejected) with who reviewed it and when. A (work, field, key, model, version)
        // is stored once, so a rejected value is never proposed again by the same model version. enrichment_runs records
        // the works a model version has enriched (also when it found nothing), so that an interrupted batch resumes.
        """
        CREATE TABLE enrichments(
            id INTEGER PRIMARY KEY,
            work_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            value_key TEXT NOT NULL,
            confidence INTEGER NOT NULL,
            model TEXT NOT NULL,
            model_version TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL,
            reviewed_by TEXT,
            reviewed_at TEXT,
            updated_seq INTEGER NOT NULL);
        CREATE UNIQUE INDEX enrichments_value ON enrichments(work_id, field, value_key, model, model_version);
        CREATE INDEX enrichments_review ON enrichments(field, state, confidence);
        CREATE TABLE enrichment_runs(
            work_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            model TEXT NOT NULL,
            model_version TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY(work_id, field, model, model_version)) WITHOUT ROWID;
        """,
        // ---- end of 21 (s10-enrich) -------------------------------------------------------------------------------

        // ---- 22 (s11-harvest): sources harvested on a schedule --------------------------------------------------------
        // sources: a feed, an OpenAlex works query or a watched folder, with the owner and access level given to what it
        // brings in, its interval, when it last ran and runs next, the counts and error of its last run, and what makes
        // the next run fetch only what changed (ETag, Last-Modified, OpenAlex cursor). source_runs logs each run;
        // source_files holds the content hashes of a watched folder's files already imported, so each is imported once.
        """
        CREATE TABLE sources(
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            location TEXT NOT NULL,
            org_id INTEGER NOT NULL,
            access TEXT NOT NULL,
            interval_seconds INTEGER NOT NULL,
            enabled INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            last_run TEXT,
            next_run TEXT NOT NULL,
            last_status TEXT,
            new_count INTEGER NOT NULL,
            updated_count INTEGER NOT NULL,
            unchanged_count INTEGER NOT NULL,
            failed_count INTEGER NOT NULL,
            last_error TEXT,
            etag TEXT,
            last_modified TEXT,
            cursor TEXT);
        CREATE INDEX sources_due ON sources(enabled, next_run);
        CREATE TABLE source_runs(
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            status TEXT NOT NULL,
            fetched INTEGER NOT NULL,
            new_count INTEGER NOT NULL,
            updated_count INTEGER NOT NULL,
            unchanged_count INTEGER NOT NULL,
            failed_count INTEGER NOT NULL,
            errors TEXT);
        CREATE INDEX source_runs_source ON source_runs(source_id, id);
        CREATE TABLE source_files(
            source_id INTEGER NOT NULL,
            hash TEXT NOT NULL,
            path TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY(source_id, hash));
        """,
        // ---- end of 22 (s11-harvest) ------------------------------------------------------------------------------
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => Scripts.Length;

    /// <summary>Runs the migrations the database has not seen, each in its own transaction.</summary>
    public static void Apply(DbConnection connection, SqliteDialect dialect)
    {
        var current = dialect.SchemaVersion(connection);
        if (current > Latest)
        {
            throw new InvalidOperationException(
                $"the data directory has schema version {current}, newer than this build's {Latest}: upgrade Zhiku");
        }

        for (var version = current + 1; version <= Latest; version++)
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.Command(tx, Scripts[version - 1] + $"\nPRAGMA user_version = {version};"))
            {
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
        }
    }
}
