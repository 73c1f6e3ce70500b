namespace Zhiku.Model;

/// <summary>A member of a project's team and their role, as the project record keeps them.</summary>
public sealed class ProjectMember
{
    public required string Name { get; set; }

    public string? Role { get; set; }
}
