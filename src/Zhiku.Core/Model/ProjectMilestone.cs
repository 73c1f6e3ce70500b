namespace Zhiku.Model;

/// <summary>
/// A milestone of a project: what is due, on which day, the output that delivers it (a work id such as "W42") and the
/// day it was done; kept in the project record so that every change of it is a version of the project.
/// </summary>
public sealed class ProjectMilestone
{
    public required string Title { get; set; }

    /// <summary>The due day (yyyy-MM-dd, or a month or year).</summary>
    public string? Due { get; set; }

    /// <summary>The deliverable: the public id of the output's work.</summary>
    public string? Output { get; set; }

    /// <summary>The day it was done; null while open.</summary>
    public string? Done { get; set; }

    /// <summary>Whether the milestone is open and its due day is before <paramref name="today"/> (yyyy-MM-dd).</summary>
    public bool OverdueOn(string today) =>
        Done is null && Due is { Length: > 0 } due && string.CompareOrdinal(Pad(due), today) < 0;

    // A month or a year is due at its end.
    private static string Pad(string day) => day.Length switch
    {
        4 => day + "-12-31",
        7 => day + "-31",
        _ => day,
    };
}
