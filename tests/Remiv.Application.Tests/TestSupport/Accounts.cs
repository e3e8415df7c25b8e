using Remiv.Application.Common.Interfaces;

namespace Remiv.Application.Tests.TestSupport;

/// <summary>Account summaries as the accounts store would list them.</summary>
public static class Accounts
{
    public static UserSummary Summary(Guid id, string[] roles, bool isActive = true, bool hasPassword = true) =>
        new(id, $"{id:N}@remiv.example", "Compte de test", roles, isActive, hasPassword, TwoFactorEnabled: false, LockedOutUntil: null);
}
