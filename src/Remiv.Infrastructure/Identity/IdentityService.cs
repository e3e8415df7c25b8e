using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Infrastructure.Identity;

internal sealed class IdentityService(
    UserManager<ApplicationUser> users,
    RoleManager<ApplicationRole> roles,
    RemivDbContext db,
    TimeProvider clock) : IIdentityService
{
    private const string InvalidInvitation =
        "Ce lien d'invitation n'est plus valable (déjà utilisé, expiré ou incomplet). Demandez un nouveau lien à l'administration.";

    public Task<bool> AnyUserExistsAsync(CancellationToken cancellationToken) => users.Users.AnyAsync(cancellationToken);

    public async Task<bool> EmailIsTakenAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is not null;

    public async Task<IdentityOutcome<Guid>> CreateUserAsync(NewAccount account, string password, CancellationToken cancellationToken)
    {
        var user = NewUser(account);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Failed<Guid>(created);
        }

        var roled = await users.AddToRolesAsync(user, account.Roles);
        return roled.Succeeded ? IdentityOutcome.Success(user.Id) : Failed<Guid>(roled);
    }

    public async Task<IdentityOutcome<InvitationTicket>> CreateInvitedUserAsync(NewAccount account, CancellationToken cancellationToken)
    {
        var user = NewUser(account);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Failed<InvitationTicket>(created);
        }

        var roled = await users.AddToRolesAsync(user, account.Roles);
        if (!roled.Succeeded)
        {
            return Failed<InvitationTicket>(roled);
        }

        return IdentityOutcome.Success(await TicketAsync(user));
    }

    public async Task<IdentityOutcome<InvitationTicket>> RenewInvitationAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return IdentityOutcome.Failure<InvitationTicket>();
        }

        if (!user.IsActive)
        {
            return IdentityOutcome.Failure<InvitationTicket>("Ce compte est désactivé. Réactivez-le avant d'envoyer un lien.");
        }

        // A forgotten password: the old one stops working and the person chooses a new one through the link.
        if (user.PasswordHash is not null)
        {
            var removed = await users.RemovePasswordAsync(user);
            if (!removed.Succeeded)
            {
                return Failed<InvitationTicket>(removed);
            }
        }

        // A new stamp invalidates the links sent before and signs out the sessions open elsewhere.
        await users.UpdateSecurityStampAsync(user);
        return IdentityOutcome.Success(await TicketAsync(user));
    }

    public async Task<IdentityOutcome<Guid>> AcceptInvitationAsync(Guid userId, string token, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.PasswordHash is not null || !user.IsActive
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
        {
            return IdentityOutcome.Failure<Guid>(InvalidInvitation);
        }

        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            return Failed<Guid>(added);
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        return IdentityOutcome.Success(user.Id);
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken)
    {
        var roleNames = await roles.Roles.ToDictionaryAsync(r => r.Id, r => r.Name ?? string.Empty, cancellationToken);
        var memberships = await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken);
        var rolesByUser = memberships.ToLookup(m => m.UserId, m => roleNames.GetValueOrDefault(m.RoleId, string.Empty));
        var all = await users.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return [.. all.Select(u => Summary(u, [.. rolesByUser[u.Id].Order(StringComparer.Ordinal)]))];
    }

    public async Task<UserSummary?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null ? null : Summary(user, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)]);
    }

    public async Task<IdentityOutcome<Guid>> SetRolesAsync(Guid userId, IReadOnlyCollection<string> newRoles, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return IdentityOutcome.Failure<Guid>("Ce compte est introuvable.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(newRoles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, newRoles.Except(current)) : removed;
        if (!added.Succeeded)
        {
            return Failed<Guid>(added);
        }

        // Signed-in sessions pick up the new roles at their next check (a minute at most).
        await users.UpdateSecurityStampAsync(user);
        return IdentityOutcome.Success(user.Id);
    }

    public async Task<IdentityOutcome<Guid>> SetActiveAsync(Guid userId, bool active, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return IdentityOutcome.Failure<Guid>("Ce compte est introuvable.");
        }

        user.IsActive = active;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return IdentityOutcome.Success(user.Id);
    }

    public async Task<IReadOnlyList<RoleSecurity>> ListRoleSecurityAsync(CancellationToken cancellationToken) =>
        await roles.Roles.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new RoleSecurity(r.Name ?? string.Empty, r.RequiresTwoFactor))
            .ToListAsync(cancellationToken);

    public async Task SetRoleRequiresTwoFactorAsync(string role, bool required, CancellationToken cancellationToken)
    {
        var entity = await roles.FindByNameAsync(role) ?? throw new InvalidOperationException("Roles are seeded at start-up.");
        entity.RequiresTwoFactor = required;
        await roles.UpdateAsync(entity);
    }

    public async Task<TwoFactorState> GetTwoFactorStateAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(userId);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity did not create an authenticator key.");
        }

        return new TwoFactorState(
            user.Email ?? string.Empty,
            key,
            user.TwoFactorEnabled,
            await users.CountRecoveryCodesAsync(user),
            await TwoFactorRequiredForAsync(userId, cancellationToken));
    }

    public async Task<IdentityOutcome<IReadOnlyList<string>>> EnableTwoFactorAsync(Guid userId, string code, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(userId);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return IdentityOutcome.Failure<IReadOnlyList<string>>(
                "Ce code ne correspond pas. Vérifiez l'heure de votre téléphone et saisissez le code affiché maintenant.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return IdentityOutcome.Success<IReadOnlyList<string>>([.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []]);
    }

    public async Task<IdentityOutcome<Guid>> DisableTwoFactorAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(userId);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return IdentityOutcome.Success(user.Id);
    }

    public async Task<IdentityOutcome<IReadOnlyList<string>>> RegenerateRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(userId);
        if (!user.TwoFactorEnabled)
        {
            return IdentityOutcome.Failure<IReadOnlyList<string>>("Activez d'abord la double authentification.");
        }

        return IdentityOutcome.Success<IReadOnlyList<string>>([.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []]);
    }

    public async Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken) =>
        await users.CheckPasswordAsync(await RequireAsync(userId), password);

    public async Task<IdentityOutcome<Guid>> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(userId);
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        return changed.Succeeded ? IdentityOutcome.Success(user.Id) : Failed<Guid>(changed);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var ids = userIds.Distinct().ToList();
        return await users.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> ListStaffAsync(CancellationToken cancellationToken)
    {
        var all = await ListUsersAsync(cancellationToken);
        return [.. all.Where(u => u.IsActive && u.HasPassword && u.Roles.Any(r => r != Domain.Security.Roles.Admin))
            .Select(u => new StaffMember(u.Id, u.DisplayName, [.. u.Roles.Where(r => r != Domain.Security.Roles.Admin)]))];
    }

    public async Task<IReadOnlyList<Recipient>> ListActiveRecipientsAsync(CancellationToken cancellationToken)
    {
        var all = await ListUsersAsync(cancellationToken);
        return [.. all.Where(u => u.IsActive && u.HasPassword).Select(u => new Recipient(u.Id, u.Email, u.Roles))];
    }

    public async Task<bool> TwoFactorRequiredForAsync(Guid userId, CancellationToken cancellationToken)
    {
        return await TwoFactorRule.RequiredForAsync(users, roles, await RequireAsync(userId));
    }

    private async Task<ApplicationUser> RequireAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException();

    private ApplicationUser NewUser(NewAccount account) => new()
    {
        Id = Guid.NewGuid(),
        UserName = account.Email,
        Email = account.Email,
        DisplayName = account.DisplayName,
        CreatedAt = clock.GetUtcNow(),
        LockoutEnabled = true,
    };

    private async Task<InvitationTicket> TicketAsync(ApplicationUser user) =>
        new(user.Id, user.Email ?? string.Empty,
            await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose));

    private static UserSummary Summary(ApplicationUser user, IReadOnlyList<string> userRoles) => new(
        user.Id,
        user.Email ?? string.Empty,
        user.DisplayName,
        userRoles,
        user.IsActive,
        user.PasswordHash is not null,
        user.TwoFactorEnabled,
        user.LockoutEnd);

    private static IdentityOutcome<T> Failed<T>(IdentityResult result) =>
        IdentityOutcome.Failure<T>([.. result.Errors.Select(e => e.Description)]);
}
