using Zhiku.Search;

namespace Zhiku.Web.Search;

/// <summary>One tab of the search page: the entity it shows and how many hits of it the caller may see for the query.</summary>
internal sealed record SearchTab(SearchEntity Entity, int Count)
{
    /// <summary>The entity's name as the URL's entity= takes it (works, people, …), also the tab's label key and id.</summary>
    public string Name => SearchRequestValues.EntityNames[(int)Entity];

    /// <summary>Where a hit of an entity kind (person, organisation, …) has its page.</summary>
    public static string PageOf(string kind, string id) => kind switch
    {
        "person" => "/people/" + id,
        "organisation" => "/organisations/" + id,
        "project" => "/projects/" + id,
        "output" => "/outputs/" + id,
        _ => "/cases/" + id,
    };
}
