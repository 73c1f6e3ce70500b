using System.Globalization;
using Lucene.Net.Documents;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Search.Entities;

/// <summary>
/// Turns a person, organisation or project into its entity document, with the fields of the works index the search
/// syntax knows: the name in title:, organisations in org:, expertise in keyword:, identifiers in id:, the rest in the body.
/// </summary>
internal static class EntityDocumentBuilder
{
    public const string Person = "person";
    public const string Organisation = "organisation";
    public const string Project = "project";
    public const string Output = "output";
    public const string Case = "case";

    public static Document Build(EntityIndexRow row)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Id, row.Prefix + row.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(SearchFields.Kind, KindOf(row.Prefix), Field.Store.YES),
            new StoredField(EntityFields.Access, row.Access),
            new NumericDocValuesField(EntityFields.WorksSort, row.Works.Sum(w => w.Works)),
        };
        Visible(doc, row.Owner, row.Access);
        foreach (var (owner, access, works) in row.Works)
        {
            if (row.SeenThroughWorks)
            {
                Visible(doc, owner, access);
            }

            doc.Add(new StoredField(EntityFields.WorkCounts, EntityFields.Pair(owner, access) + "|" + works.ToString(CultureInfo.InvariantCulture)));
        }

        doc.Add(new StoredField(SearchFields.Title, row.Name));
        switch (row.Prefix)
        {
            case 'P':
                AddPerson(doc, row);
                break;
            case 'O':
                AddOrganisation(doc, row);
                break;
            case 'W':
                AddOutput(doc, row);
                break;
            case 'C':
                AddCase(doc, row);
                break;
            default:
                AddProject(doc, row);
                break;
        }

        // Attachments are part of the record: searched only where the record itself is no less visible than the entity.
        if (row.Access == "public" || !row.SeenThroughWorks || row.Works.All(w => w.Owner == row.Owner && w.Access == row.Access))
        {
            foreach (var text in row.Attachments)
            {
                Text(doc, SearchFields.Text, text);
            }
        }

        return doc;
    }

    public static string KindOf(char prefix) => prefix switch
    {
        'P' => Person,
        'O' => Organisation,
        'W' => Output,
        'C' => Case,
        _ => Project,
    };

    private static void AddPerson(Document doc, EntityIndexRow row)
    {
        var person = Read<PersonRecord>(row.Document);
        Text(doc, SearchFields.Title, row.Name);
        Text(doc, SearchFields.Title, person?.NameEn);
        Ids(doc, person?.Ids);
        // The record's affiliations and expertise only where they are no more visible than the record: a person seen
        // through a public work must not be found by what their restricted record says.
        if (person is null || (row.Works.Any(w => w.Owner != row.Owner || w.Access != row.Access) && row.Access != "public"))
        {
            return;
        }

        foreach (var affiliation in person.Affiliations)
        {
            Text(doc, SearchFields.Org, affiliation);
            Text(doc, SearchFields.Text, affiliation);
        }

        foreach (var topic in person.Expertise)
        {
            Text(doc, SearchFields.Keyword, topic);
        }

        Text(doc, SearchFields.Text, string.Join('\n', new[] { person.Title, person.Country }.OfType<string>()));
    }

    private static void AddOrganisation(Document doc, EntityIndexRow row)
    {
        var org = Read<OrganisationRecord>(row.Document);
        foreach (var name in new[] { row.Name, org?.NameEn }.Concat(org?.Aliases ?? []))
        {
            Text(doc, SearchFields.Title, name);
            Text(doc, SearchFields.Org, name);
        }

        Ids(doc, org?.Ids);
        if (org is not null)
        {
            Text(doc, SearchFields.Text, string.Join('\n', new[] { org.Description, org.City, org.Country, org.Parent, org.Url }.OfType<string>()));
            Text(doc, SearchFields.Keyword, org.Type == OrganisationType.Unknown ? null : org.Type.ToString());
        }
    }

    private static void AddProject(Document doc, EntityIndexRow row)
    {
        var project = Read<ProjectRecord>(row.Document);
        Text(doc, SearchFields.Title, row.Name);
        Text(doc, SearchFields.Title, project?.TitleEn);
        Ids(doc, project?.Ids);
        if (project is null)
        {
            return;
        }

        if (project.Code is { Length: > 0 } code)
        {
            doc.Add(new StringField(SearchFields.Identifier, code.ToLowerInvariant(), Field.Store.NO));
        }

        foreach (var org in project.Organisations.Append(project.Funder).Append(project.Commissioner))
        {
            Text(doc, SearchFields.Org, org);
        }

        Text(doc, SearchFields.Text, string.Join('\n', new[] { project.Description, project.Lead, project.Funder, project.Commissioner }
            .Concat(project.Members).Concat(project.Organisations).OfType<string>()));
    }

    // An output is searched as its work reads (title, authors, organisations, keywords, abstract) with its type, project and tags.
    private static void AddOutput(Document doc, EntityIndexRow row)
    {
        Text(doc, SearchFields.Title, row.Name);
        if (Read<OutputIndexDocument>(row.Document) is not { } output)
        {
            return;
        }

        Text(doc, SearchFields.Keyword, output.Type);
        Text(doc, SearchFields.Text, output.Project);
        foreach (var tag in output.Tags)
        {
            Text(doc, SearchFields.Keyword, tag);
            doc.Add(new StringField(EntityFields.Tag, tag, Field.Store.YES));
        }

        if (output.Work is not { } work)
        {
            return;
        }

        foreach (var title in work.Titles.Skip(1))
        {
            Text(doc, SearchFields.Title, title.Text);
        }

        foreach (var org in work.Organisations)
        {
            Text(doc, SearchFields.Org, org);
        }

        foreach (var keyword in work.AuthorKeywords)
        {
            Text(doc, SearchFields.Keyword, keyword);
        }

        Ids(doc, work.Identifiers);
        Text(doc, SearchFields.Text, string.Join('\n', work.Authors.Select(a => a.Name).Concat(work.Abstracts.Select(a => a.Text))));
    }

    // A case: its titles, its classification codes and their names as keywords, the rest of its record in the body.
    private static void AddCase(Document doc, EntityIndexRow row)
    {
        Text(doc, SearchFields.Title, row.Name);
        if (Read<CaseIndexDocument>(row.Document) is not { Record: { } record } indexed)
        {
            return;
        }

        Text(doc, SearchFields.Title, record.TitleEn);
        foreach (var tag in record.Tags)
        {
            Text(doc, SearchFields.Keyword, tag);
            doc.Add(new StringField(EntityFields.Tag, tag, Field.Store.YES));
        }

        foreach (var name in indexed.TermNames)
        {
            Text(doc, SearchFields.Keyword, name);
        }

        foreach (var actor in record.Actors)
        {
            Text(doc, SearchFields.Org, actor);
        }

        Text(doc, SearchFields.Text, string.Join('\n', new[] { record.Summary, record.Region, record.Field, record.Results, record.PeriodFrom, record.PeriodTo }
            .Concat(record.Measures).Concat(record.Sources).OfType<string>()));
    }

    private static void Visible(Document doc, long? owner, string access)
    {
        doc.Add(new StringField(EntityFields.Visible, EntityFields.Pair(owner, access), Field.Store.NO));
        doc.Add(new StringField(EntityFields.VisibleLevel, access, Field.Store.NO));
    }

    private static void Ids(Document doc, IDictionary<string, string>? ids)
    {
        foreach (var value in ids?.Values ?? [])
        {
            if (value.Length is > 0 and <= 1000)
            {
                doc.Add(new StringField(SearchFields.Identifier, value.ToLowerInvariant(), Field.Store.NO));
            }
        }
    }

    private static void Text(Document doc, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        doc.Add(new TextField(field, value, Field.Store.NO));
        if (value.Any(LanguageGuess.IsCjk))
        {
            doc.Add(new TextField(SearchFields.Cjk(field), value, Field.Store.NO));
        }

        if (field != SearchFields.Text)
        {
            Text(doc, SearchFields.Text, value);
        }
    }

    private static T? Read<T>(string json)
        where T : class
    {
        try
        {
            return StoreJson.Deserialize<T>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
