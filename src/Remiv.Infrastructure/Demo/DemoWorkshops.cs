using Remiv.Infrastructure.Persistence;

namespace Remiv.Infrastructure.Demo;

/// <summary>Demo data: to be written (issue 7).</summary>
internal static class DemoWorkshops
{
    public static Task SeedAsync(RemivDbContext db, IReadOnlyDictionary<string, Guid> staff, TimeProvider clock)
    {
        _ = (db, staff, clock);
        return Task.CompletedTask;
    }
}
