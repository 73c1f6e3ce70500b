namespace Zhiku.Knowledge.Reading;

/// <summary>
/// The life cycle of the projects a caller may see: how many are at each stage (every stage in order, then those with
/// none as stage ""), and the open milestones past their due day, the most overdue first.
/// </summary>
public sealed record ProjectOverview(IReadOnlyList<StageCount> Stages, IReadOnlyList<OverdueMilestone> Overdue);

/// <summary>How many projects are at a stage ("" for none set).</summary>
public sealed record StageCount(string Stage, int Projects);

/// <summary>An open milestone past its due day, with its project.</summary>
public sealed record OverdueMilestone(string ProjectId, string Project, string Milestone, string Due, string? Output);
