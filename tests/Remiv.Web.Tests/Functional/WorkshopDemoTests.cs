using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Demo;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The demo's workshops: six weeks of French lessons and administrative help (and the partners' slam and sport when the
/// partners are seeded), attendance from open files only and never for a session still to come; seeding twice adds nothing.
/// </summary>
public sealed class WorkshopDemoTests(string provider) : FunctionalFixture(provider)
{
    [Test]
    public async Task The_demo_seeds_six_weeks_of_workshops_with_attendance_from_open_files_once()
    {
        await App.WithServiceAsync<int, DemoSeeder>(async seeder =>
        {
            await seeder.SeedAsync();
            return 0;
        });
        var first = await SnapshotAsync();

        await App.WithServiceAsync<int, DemoSeeder>(async seeder =>
        {
            await seeder.SeedAsync();
            return 0;
        });

        (await SnapshotAsync()).Sessions.ShouldBe(first.Sessions, "seeding again adds nothing");
        var today = WorkshopData.Today();
        first.Sessions.ShouldBeGreaterThan(20);
        first.Kinds.ShouldContain("Cours de français");
        first.Kinds.ShouldContain("Aide administrative");
        first.Earliest.ShouldBeGreaterThanOrEqualTo(today.AddDays(-42));
        first.Present.ShouldNotBeEmpty();
        first.Present.ShouldAllBe(p => p.Date < today, "attendance only for sessions held");
        first.Present.ShouldAllBe(p => !p.Archived, "attendance from open files only");
        if (first.HasPartners)
        {
            first.Kinds.ShouldContain("Slam et poésie");
            first.Kinds.ShouldContain("Sport");
        }
    }

    private Task<Snapshot> SnapshotAsync() =>
        App.WithServiceAsync<Snapshot, RemivDbContext>(async db =>
        {
            var sessions = await db.WorkshopSessions.AsNoTracking().ToListAsync();
            var kinds = await db.WorkshopKinds.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name);
            var archived = (await db.Youths.AsNoTracking().Where(y => y.CurrentStatus == YouthStatus.Exited).Select(y => y.Id).ToListAsync()).ToHashSet();
            return new Snapshot(
                sessions.Count,
                [.. sessions.Select(s => kinds[s.KindId]).Distinct()],
                sessions.Count == 0 ? DateOnly.MaxValue : sessions.Min(s => s.Date),
                [.. sessions.SelectMany(s => s.Attendance.Select(a => (s.Date, archived.Contains(a.YouthId))))],
                await db.Partners.AnyAsync());
        });

    private sealed record Snapshot(int Sessions, List<string> Kinds, DateOnly Earliest, List<(DateOnly Date, bool Archived)> Present, bool HasPartners);
}
