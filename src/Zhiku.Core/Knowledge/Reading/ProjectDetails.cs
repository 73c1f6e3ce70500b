using Zhiku.Model;

namespace Zhiku.Knowledge.Reading;

/// <summary>A project with the output works the caller may see.</summary>
public sealed record ProjectDetails(string Id, string Title, ProjectRecord? Record, int WorkCount, IReadOnlyList<WorkSummary> Works)
{
    /// <summary>The project's outputs (issue 13) the caller may see, with the furthest conversion stage each reached.</summary>
    public IReadOnlyList<ProjectOutput> Outputs { get; init; } = [];
}
