namespace Zhiku.Model;

/// <summary>Who may see a record besides its owner organisation.</summary>
public enum AccessLevel
{
    /// <summary>Anyone, including anonymous visitors.</summary>
    Public,

    /// <summary>The owner and the partner organisations it names.</summary>
    Shared,

    /// <summary>Members of the owner organisation.</summary>
    Internal,

    /// <summary>Named members of the owner organisation (managers and administrators).</summary>
    Restricted,
}
