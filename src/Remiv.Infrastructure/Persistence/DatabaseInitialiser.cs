using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Workshops;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Identity;

namespace Remiv.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema at start-up, makes sure the four roles exist, and seeds the deadline
/// presets of French law the first time (coordinators edit them afterwards; they are never overwritten).
/// </summary>
public sealed class DatabaseInitialiser(RemivDbContext db, RoleManager<ApplicationRole> roles)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new ApplicationRole(role));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"The role {role} could not be created.");
                }
            }
        }

        if (!await db.DeadlinePresets.AnyAsync(cancellationToken))
        {
            db.DeadlinePresets.AddRange(DefaultPresets.All.Select(p => DeadlinePreset.Create(p.Definition, p.Automatic)));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.WorkshopKinds.AnyAsync(cancellationToken))
        {
            db.WorkshopKinds.AddRange(DefaultWorkshopKinds.All.Select(k => WorkshopKind.Create(k.Name, k.Track)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
