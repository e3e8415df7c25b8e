using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Npgsql;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Web.Jobs;

/// <summary>
/// Where Hangfire keeps its queue, following the app's database provider: on SQLite, a file of its own beside the app
/// database (Hangfire.Storage.SQLite serves one process; its locks never touch the case data); on PostgreSQL, the
/// schema "hangfire" of the app's database, created if missing (by <see cref="PrepareSchemaAsync"/> at start-up, once the
/// app database exists: the dashboard's mapping builds the storage earlier, when a new database may not exist yet),
/// shared by every app node.
/// </summary>
internal static class JobStorageFactory
{
    public const string PostgreSqlSchema = "hangfire";

    public static JobStorage Create(IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // Checked by AddInfrastructure, which names the setting to fix when it is empty.
            var connectionString = configuration.GetConnectionString("Remiv")!;
            var options = new PostgreSqlStorageOptions { SchemaName = PostgreSqlSchema, PrepareSchemaIfNecessary = false };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        }

        var path = SqlitePath(configuration, database);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SQLiteStorage(path, new SQLiteStorageOptions());
    }

    /// <summary>Creates or upgrades the PostgreSQL schema of the job storage (nothing to do on SQLite, whose storage does it).</summary>
    public static async Task PrepareSchemaAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Remiv"));
        await connection.OpenAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, PostgreSqlSchema);
    }

    /// <summary>Jobs:SqlitePath, or "hangfire.db" in the folder of Database:SqlitePath.</summary>
    public static string SqlitePath(IConfiguration configuration, DatabaseOptions database) =>
        configuration[$"{JobsOptions.Section}:{nameof(JobsOptions.SqlitePath)}"] is { } configured && !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.SqlitePath))!, "hangfire.db");
}
