using Microsoft.AspNetCore.Identity;
using Remiv.Application.Deadlines;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Identity;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Infrastructure.Demo;

/// <summary>
/// Fictional data so that a newcomer can try every screen after one command. Seeds once: accounts
/// that already exist are left as they are. Never runs outside Development unless explicitly forced.
/// </summary>
public sealed class DemoSeeder(UserManager<ApplicationUser> users, RemivDbContext db, AutomaticDeadlines automatic, TimeProvider clock)
{
    /// <summary>One account per role. The README lists the same table.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin@remiv.example", "Camille Admin", Roles.Admin, "Remiv-Demo-Rempart-2026"),
        new("coordination@remiv.example", "Nadia Coordination", Roles.Coordinator, "Remiv-Demo-Marche-2026"),
        new("educateur@remiv.example", "Julien Éducateur", Roles.YouthWorker, "Remiv-Demo-Clain-2026"),
        new("psychologue@remiv.example", "Hélène Psychologue", Roles.Psychologist, "Remiv-Demo-Blossac-2026"),
    ];

    public async Task SeedAsync()
    {
        var staff = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is { } existing)
            {
                staff[account.Email] = existing.Id;
                continue;
            }

            var user = new ApplicationUser
            {
                Id = Guid.NewGuid(),
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = clock.GetUtcNow(),
                LockoutEnabled = true,
            };
            Ensure(await users.CreateAsync(user, account.Password));
            Ensure(await users.AddToRoleAsync(user, account.Role));
            staff[account.Email] = user.Id;
        }

        await DemoCaseFiles.SeedAsync(db, staff, automatic, clock);
        await DemoPartners.SeedAsync(db, staff, clock);
        await DemoWorkshops.SeedAsync(db, staff, clock);
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be seeded: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string Password);
