namespace Zhiku.Accounts;

/// <summary>What a user of the web platform may do in their organisation.</summary>
public enum UserRole
{
    /// <summary>Everything, including accounts.</summary>
    Administrator,

    /// <summary>Reads restricted records, imports.</summary>
    Manager,

    /// <summary>Reads shared and internal records, imports.</summary>
    Analyst,

    /// <summary>An outside expert: reads shared and internal records.</summary>
    Expert,

    /// <summary>Reads shared and internal records.</summary>
    Viewer,
}
