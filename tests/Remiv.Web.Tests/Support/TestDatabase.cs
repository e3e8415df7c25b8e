using Npgsql;

namespace Remiv.Web.Tests.Support;

/// <summary>
/// Where a functional test's application keeps its data: a fresh SQLite file (always), or a fresh
/// database on the PostgreSQL server named by REMIV_TEST_POSTGRES (CI starts one; see .ci/run).
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public const string PostgresVariable = "REMIV_TEST_POSTGRES";

    /// <summary>The providers a functional fixture runs on: SQLite, and PostgreSQL when a server is given.</summary>
    public static IEnumerable<string> Providers()
    {
        yield return "Sqlite";
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            yield return "PostgreSql";
        }
    }

    public static TestDatabase Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteTestDatabase(),
        "PostgreSql" => new PostgreSqlTestDatabase(Environment.GetEnvironmentVariable(PostgresVariable)!),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    /// <summary>A folder of its own for this test's files (SQLite file, data-protection keys).</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("remiv-test-").FullName;

    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Files the application writes besides its database, kept in this test's folder and deleted with it.</summary>
    protected Dictionary<string, string?> FileSettings() => new()
    {
        ["DataProtection:KeysPath"] = Path.Combine(Folder, "keys"),
        ["Attachments:Path"] = Path.Combine(Folder, "attachments"),
        ["Attachments:KeyFile"] = Path.Combine(Folder, "attachment-key", "attachments.key"),
    };

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private sealed class SqliteTestDatabase : TestDatabase
    {
        public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(FileSettings())
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SqlitePath"] = Path.Combine(Folder, "remiv.db"),
        };

        protected override void Dispose(bool disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            base.Dispose(disposing);
        }
    }

    private sealed class PostgreSqlTestDatabase : TestDatabase
    {
        private readonly string _server;
        private readonly string _name = "remiv_test_" + Guid.NewGuid().ToString("N");

        public PostgreSqlTestDatabase(string server) => _server = server;

        public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(FileSettings())
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Remiv"] = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString,
        };

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                NpgsqlConnection.ClearAllPools();
                using var connection = new NpgsqlConnection(_server);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }

            base.Dispose(disposing);
        }
    }
}
