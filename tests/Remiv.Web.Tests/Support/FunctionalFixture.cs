namespace Remiv.Web.Tests.Support;

/// <summary>
/// Base of the functional fixtures: each runs once per available provider (SQLite always,
/// PostgreSQL when REMIV_TEST_POSTGRES names a server) against one application and database.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public abstract class FunctionalFixture(string provider)
{
    protected RemivWebFactory App { get; private set; } = null!;

    protected string Provider { get; } = provider;

    [OneTimeSetUp]
    public void StartApplication() => App = new RemivWebFactory(Provider);

    [OneTimeTearDown]
    public void StopApplication() => App.Dispose();
}
