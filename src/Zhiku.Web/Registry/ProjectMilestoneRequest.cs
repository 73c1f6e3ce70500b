using Zhiku.Model;

namespace Zhiku.Web.Registry;

/// <summary>The body of <c>POST /api/v1/projects/{id}/milestones</c>.</summary>
internal sealed record ProjectMilestoneRequest(string? Title, string? Due = null, string? Output = null, string? Done = null, long? Revision = null)
{
    public ProjectMilestone ToMilestone() => new() { Title = Title ?? "", Due = Due, Output = Output, Done = Done };
}
