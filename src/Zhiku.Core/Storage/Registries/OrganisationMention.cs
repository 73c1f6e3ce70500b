namespace Zhiku.Storage.Registries;

/// <summary>
/// A place where a work names an organisation: how it names it (<see cref="Method"/>: publisher, source, issuing-body,
/// organisation, affiliation), the name as written and its normalised form, which registry names are matched against.
/// </summary>
internal sealed record OrganisationMention(string Method, string Norm, string Text);
