using Zhiku.Access;
using Zhiku.Accounts;

namespace Zhiku.Registry;

/// <summary>
/// Who creates or edits a record: the caller whose access applies, the name the history records, and their role (null
/// for the data directory's owner at the command line). Administrators, managers and analysts edit their
/// organisation's records; only administrators and managers show a record to more readers than its level allows.
/// </summary>
public sealed record RegistryActor(Caller Caller, string Name, UserRole? Role)
{
    /// <summary>The command line on its own data directory: every right.</summary>
    public static RegistryActor Owner(string name) => new(Caller.Owner, name, null);

    /// <summary>Whether the role creates and edits records.</summary>
    public bool MayEdit => Caller.IsDataOwner || Role is UserRole.Administrator or UserRole.Manager or UserRole.Analyst;

    /// <summary>Whether the role may widen a record's access level (internal → shared → public).</summary>
    public bool MayWidenAccess => Caller.IsDataOwner || Role is UserRole.Administrator or UserRole.Manager;

    /// <summary>Whether a record of this owner is the actor's to edit.</summary>
    public bool Owns(long? owner) => Caller.IsDataOwner || (owner is { } o && o == Caller.OrganisationId);
}
