using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Remiv.Infrastructure.Persistence;

/// <summary>The embedded default. Instants are stored as UTC ticks so that SQLite can sort and compare them.</summary>
public sealed class SqliteRemivDbContext(DbContextOptions<SqliteRemivDbContext> options) : RemivDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

/// <summary>Used by <c>dotnet ef migrations add --context SqliteRemivDbContext</c> only.</summary>
public sealed class SqliteRemivDbContextFactory : IDesignTimeDbContextFactory<SqliteRemivDbContext>
{
    public SqliteRemivDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRemivDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
