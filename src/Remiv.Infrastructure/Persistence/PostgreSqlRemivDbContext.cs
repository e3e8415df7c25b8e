using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Remiv.Infrastructure.Persistence;

/// <summary>For several application nodes sharing one database.</summary>
public sealed class PostgreSqlRemivDbContext(DbContextOptions<PostgreSqlRemivDbContext> options) : RemivDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Name keys are searched by prefix ranges: binary order, so that the index serves them as in SQLite.
        builder.Entity<Domain.Youths.YouthNameToken>().Property(t => t.Plain).UseCollation("C");
        builder.Entity<Domain.Youths.YouthNameToken>().Property(t => t.Phonetic).UseCollation("C");
    }
}

/// <summary>Used by <c>dotnet ef migrations add --context PostgreSqlRemivDbContext</c> only; it does not connect.</summary>
public sealed class PostgreSqlRemivDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlRemivDbContext>
{
    public PostgreSqlRemivDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlRemivDbContext>().UseNpgsql("Host=localhost;Database=remiv_design").Options);
}
