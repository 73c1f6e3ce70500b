namespace Zhiku.Formats.Registry;

/// <summary>A value joined from another table: its key (an author id) and its display form (the author's name).</summary>
internal readonly record struct JoinedValue(string Key, string Display, string? Scheme);
