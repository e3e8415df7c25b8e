namespace Remiv.Application.Common.Interfaces;

/// <summary>The accounts store (ASP.NET Core Identity behind it), as the use cases need it.</summary>
public interface IIdentityService
{
    Task<bool> AnyUserExistsAsync(CancellationToken cancellationToken);

    Task<bool> EmailIsTakenAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates an account with a password. Returns the new id, or the reasons the store refused.</summary>
    Task<IdentityOutcome<Guid>> CreateUserAsync(NewAccount account, string password, CancellationToken cancellationToken);

    /// <summary>Creates an account without a password and returns its id and a one-time invitation token.</summary>
    Task<IdentityOutcome<InvitationTicket>> CreateInvitedUserAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>A fresh invitation token for an account that has not set its password yet.</summary>
    Task<IdentityOutcome<InvitationTicket>> RenewInvitationAsync(Guid userId, CancellationToken cancellationToken);

    Task<IdentityOutcome<Guid>> AcceptInvitationAsync(Guid userId, string token, string password, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken);

    Task<UserSummary?> FindUserAsync(Guid userId, CancellationToken cancellationToken);

    Task<IdentityOutcome<Guid>> SetRolesAsync(Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    Task<IdentityOutcome<Guid>> SetActiveAsync(Guid userId, bool active, CancellationToken cancellationToken);

    Task<IReadOnlyList<RoleSecurity>> ListRoleSecurityAsync(CancellationToken cancellationToken);

    Task SetRoleRequiresTwoFactorAsync(string role, bool required, CancellationToken cancellationToken);

    /// <summary>The authenticator key of the account (created on first request) and whether 2FA is on.</summary>
    Task<TwoFactorState> GetTwoFactorStateAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Turns 2FA on when the code matches the authenticator key; returns fresh recovery codes.</summary>
    Task<IdentityOutcome<IReadOnlyList<string>>> EnableTwoFactorAsync(Guid userId, string code, CancellationToken cancellationToken);

    Task<IdentityOutcome<Guid>> DisableTwoFactorAsync(Guid userId, CancellationToken cancellationToken);

    Task<IdentityOutcome<IReadOnlyList<string>>> RegenerateRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken);

    Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken);

    Task<IdentityOutcome<Guid>> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>Display names of accounts (authors, referents), including deactivated ones.</summary>
    Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>Active staff accounts (not administration-only), for referent and follow-up group choices.</summary>
    Task<IReadOnlyList<StaffMember>> ListStaffAsync(CancellationToken cancellationToken);

    /// <summary>Active accounts with their address and roles, to address reminders.</summary>
    Task<IReadOnlyList<Recipient>> ListActiveRecipientsAsync(CancellationToken cancellationToken);

    /// <summary>Whether one of the user's roles requires two-factor sign-in.</summary>
    Task<bool> TwoFactorRequiredForAsync(Guid userId, CancellationToken cancellationToken);
}

public sealed record TwoFactorState(string Email, string AuthenticatorKey, bool Enabled, int RecoveryCodesLeft, bool RequiredByRole);

public sealed record NewAccount(string Email, string DisplayName, IReadOnlyCollection<string> Roles);

public sealed record InvitationTicket(Guid UserId, string Email, string Token);

public sealed record UserSummary(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool IsActive,
    bool HasPassword,
    bool TwoFactorEnabled,
    DateTimeOffset? LockedOutUntil);

public sealed record StaffMember(Guid Id, string DisplayName, IReadOnlyList<string> Roles);

public sealed record Recipient(Guid Id, string Email, IReadOnlyList<string> Roles);

public sealed record RoleSecurity(string Role, bool RequiresTwoFactor);

/// <summary>What the accounts store answered: a value, or messages saying why it refused (in French).</summary>
public sealed record IdentityOutcome<T>(T? Value, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

public static class IdentityOutcome
{
    public static IdentityOutcome<T> Success<T>(T value) => new(value, []);

    public static IdentityOutcome<T> Failure<T>(params string[] errors) => new(default, errors);
}
