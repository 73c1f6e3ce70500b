namespace Zhiku.Knowledge.Reading;

/// <summary>A work as a list shows it.</summary>
public sealed record WorkSummary(string Id, string Title, int? Year, string Kind);

/// <summary>A label with how often it occurs (co-authors, topics, keywords).</summary>
public sealed record Counted(string Label, int Count, string? Id = null);

/// <summary>A person, organisation or project as a list shows it.</summary>
public sealed record EntitySummary(string Id, string Name);

/// <summary>How many people, organisations and projects a caller can see.</summary>
public sealed record EntityCounts(int People, int Organisations, int Projects);
