namespace Zhiku.Dissemination.Oai;

/// <summary>The OAI-PMH provider's settings (Zhiku:Oai:RepositoryName, AdminEmail, RepositoryIdentifier, PageSize).</summary>
public sealed class OaiOptions
{
    /// <summary>The name Identify gives.</summary>
    public string RepositoryName { get; set; } = "Zhiku 智库";

    /// <summary>The administrator's address Identify gives (the protocol requires one).</summary>
    public string AdminEmail { get; set; } = "admin@zhiku.example";

    /// <summary>The namespace part of record identifiers: oai:{RepositoryIdentifier}:W42.</summary>
    public string RepositoryIdentifier { get; set; } = "zhiku.local";

    /// <summary>How many headers or records one list response holds before a resumption token.</summary>
    public int PageSize { get; set; } = 100;
}
