namespace Zhiku.Experts;

/// <summary>
/// A person named in a team request (a listed conflict, the person whose co-authors are excluded) who is not in the
/// registry: a mistake in the request, with the field and the name so a form can say which.
/// </summary>
public sealed class TeamPersonUnknownException(string field, string name)
    : ArgumentException($"{field}: no person is called '{name}' (give a person id such as P12 or an exact name)")
{
    /// <summary>Where the name was given: "conflict" or the co-author option.</summary>
    public string Field { get; } = field;

    /// <summary>The name as given.</summary>
    public string Name { get; } = name;
}
