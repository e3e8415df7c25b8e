namespace Remiv.Domain.Security;

/// <summary>
/// What a request may do. Pages, API endpoints and background jobs all ask for a permission;
/// <see cref="RolePermissions"/> is the one place that says which role grants it.
/// </summary>
public enum Permission
{
    /// <summary>Invite, deactivate and change the roles of accounts; set the two-factor rule per role.</summary>
    ManageUsers = 1,

    /// <summary>Open the hub's home and the screens every staff member shares (no case data by itself).</summary>
    UseStaffArea = 2,
}
