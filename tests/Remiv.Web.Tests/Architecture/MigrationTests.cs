using Microsoft.EntityFrameworkCore;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Web.Tests.Architecture;

/// <summary>Each provider carries its own migrations; a model change without a migration for both fails here.</summary>
public sealed class MigrationTests
{
    [Test]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteRemivDbContextFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --context SqliteRemivDbContext ...");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Test]
    public void The_postgresql_migrations_match_the_model()
    {
        using var db = new PostgreSqlRemivDbContextFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --context PostgreSqlRemivDbContext ...");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }
}
