using System.Globalization;
using Zhiku.Formats.Registry;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Outputs;
using Zhiku.Storage;
using Zhiku.Storage.Outputs;
using Zhiku.Storage.Works;

namespace Zhiku.Registry;

/// <summary>
/// Creates an output typed into the web form: its work and output record owned by the actor's organisation, written
/// through the change feed like an import (a batch of one record, so the work's provenance names the form), and the
/// index follows at once so that the output is found by search. Every value is checked first; the problems name
/// their fields, and nothing is written while any remains.
/// </summary>
public sealed class OutputCreator(KnowledgeBase kb)
{
    /// <summary>The longest title and abstract the form takes.</summary>
    public const int MaxTitle = 500;

    public const int MaxAbstract = 20_000;

    // A person's or project's page is read only to learn that the actor may see it.
    private static readonly DetailPaging OnePage = new() { Size = 1 };

    /// <summary>Checks and stores <paramref name="output"/>; returns its work id ("W42").</summary>
    /// <exception cref="RegistryEditException">The role may not create, the access would be widened, or values are invalid.</exception>
    public string Create(RegistryActor actor, NewOutput output)
    {
        if (!actor.MayEdit)
        {
            throw new RegistryEditException(RegistryRefusal.NoRight, $"{actor.Name} may not create outputs: administrators, managers and analysts do");
        }

        var problems = new List<RegistryProblem>();
        var read = kb.Read(actor.Caller);
        var title = Text(output.Title, "title", MaxTitle, required: true, problems);
        var summary = Text(output.Abstract, "abstract", MaxAbstract, required: false, problems);
        var type = OutputVocabulary.Read(OutputVocabulary.Types, output.Type);
        if (type is null)
        {
            problems.Add(string.IsNullOrWhiteSpace(output.Type) ? new("type", "required") : new("type", "bad-choice", output.Type.Trim()));
        }

        var date = output.Date?.Trim();
        if (string.IsNullOrEmpty(date))
        {
            problems.Add(new("date", "required"));
        }
        else if (!ConversionRules.IsDay(date))
        {
            problems.Add(new("date", "bad-day", date));
        }

        var authors = Authors(read, output.Authors, problems);
        var project = string.IsNullOrWhiteSpace(output.Project) ? null : read.Project(output.Project.Trim(), OnePage);
        if (project is null && !string.IsNullOrWhiteSpace(output.Project))
        {
            problems.Add(new("project", "unknown-project", output.Project.Trim()));
        }

        var tags = Tags(read, output.Tags, problems);
        var access = AccessLevel.Internal;
        if (!string.IsNullOrWhiteSpace(output.Access))
        {
            try
            {
                access = AccessLevels.Parse(output.Access.Trim());
            }
            catch (ArgumentException)
            {
                problems.Add(new("access", "bad-access", output.Access.Trim()));
            }
        }

        if (problems.Count > 0)
        {
            throw RegistryEditException.Invalid(problems);
        }

        if (access is AccessLevel.Public or AccessLevel.Shared && !actor.MayWidenAccess)
        {
            throw new RegistryEditException(RegistryRefusal.AccessWidening,
                $"access: only administrators and managers make a record {AccessLevels.Name(access)} (it is internal)");
        }

        var owner = actor.Caller.OrganisationId ?? kb.Store.HomeOrganisationId;
        var id = Store(owner, access, title!, summary, type!, date!, authors, project?.Id, tags, actor.Name);
        kb.Index.CatchUp(kb.Store);
        return "W" + id.ToString(CultureInfo.InvariantCulture);
    }

    private long Store(
        long owner, AccessLevel access, string title, string? summary, string type, string date,
        IReadOnlyList<(long Id, string Name)> authors, string? project, IReadOnlyList<string> tags, string who)
    {
        var batchId = BatchSql.Start(kb.Store, owner, access);
        var status = "failed";
        try
        {
            var workId = kb.Store.Write(session =>
            {
                var record = new WorkRecord
                {
                    Kind = RegistryVocabulary.Kind(type) ?? WorkKind.Other,
                    DocumentType = type,
                    Date = date,
                    Year = int.Parse(date[..4], CultureInfo.InvariantCulture),
                    Authors = [.. authors.Select(a => new AuthorRecord { Name = a.Name })],
                };
                record.AddTitle(title);
                record.AddAbstract(summary);
                record.Language = LanguageGuess.Of(title);
                if (session.Sql.Bind("SELECT name FROM organisations WHERE id = $1", owner).ExecuteScalar() is string organisation)
                {
                    record.Organisations.Add(organisation);
                }

                // Each author is the person chosen in the registry, not whoever the store's name key names.
                foreach (var (personId, name) in authors)
                {
                    session.Caches.People["name|" + Normalise.Name(name)] = personId;
                }

                var (_, work) = new WorkWriter(session, owner, access).Write(record, new SourceInfo(batchId, "web form (" + who + ")", "form", 1, 0));
                new OutputWriter(session, batchId).Write(work, new OutputFacts { Type = type, Date = date, Tags = tags.Count == 0 ? null : tags });
                if (project is not null && RegistryKind.Project.ParseId(project) is { } projectId)
                {
                    var projectTitle = session.Sql.Bind("SELECT title FROM projects WHERE id = $1", projectId).ExecuteScalar() as string;
                    session.Sql.Execute("UPDATE outputs SET project = $2, project_id = $3 WHERE work_id = $1", work, projectTitle, projectId);
                    session.Sql.Execute("INSERT INTO project_works(project_id, work_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", projectId, work);
                }

                return work;
            });
            status = "finished";
            return workId;
        }
        finally
        {
            BatchSql.Finish(kb.Store, batchId, status, StoreJson.Serialize(new { form = "output", by = who }));
        }
    }

    private static string? Text(string? value, string field, int max, bool required, List<RegistryProblem> problems)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                problems.Add(new(field, "required"));
            }

            return null;
        }

        if (text.Length > max)
        {
            problems.Add(new(field, "too-long", max.ToString(CultureInfo.InvariantCulture)));
        }

        return text;
    }

    // An author is a person of the registry the actor may see: by id, or by a name that exactly one such person has.
    private static List<(long Id, string Name)> Authors(ReadSession read, IReadOnlyList<string> given, List<RegistryProblem> problems)
    {
        var found = new List<(long, string)>();
        foreach (var raw in given.Select(a => a.Trim()).Where(a => a.Length > 0))
        {
            if (RegistryKind.Person.ParseId(raw) is { } id && read.Person(raw, OnePage) is { } person)
            {
                found.Add((id, person.Name));
                continue;
            }

            var named = read.SearchEntities(Search.SearchEntity.People, new Search.SearchRequest { Query = "\"" + raw.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"", Limit = 50 })
                .Hits.Where(h => string.Equals(h.Name, raw, StringComparison.OrdinalIgnoreCase)).ToList();
            switch (named.Count)
            {
                case 1:
                    found.Add((RegistryKind.Person.ParseId(named[0].Id)!.Value, named[0].Name));
                    break;
                case 0:
                    problems.Add(new("authors", "unknown-person", raw));
                    break;
                default:
                    problems.Add(new("authors", "ambiguous-person", $"{raw} ({string.Join(", ", named.Select(h => h.Id))})"));
                    break;
            }
        }

        return found;
    }

    private static List<string> Tags(ReadSession read, IReadOnlyList<string> given, List<RegistryProblem> problems)
    {
        var terms = read.Classification().ToDictionary(t => t.Code, StringComparer.Ordinal);
        var codes = new List<string>();
        foreach (var code in given.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (!terms.TryGetValue(code, out var term))
            {
                problems.Add(new("tags", "unknown-term", code));
            }
            else if (term.Retired)
            {
                problems.Add(new("tags", "retired-term", code));
            }
            else
            {
                codes.Add(code);
            }
        }

        return codes;
    }
}
