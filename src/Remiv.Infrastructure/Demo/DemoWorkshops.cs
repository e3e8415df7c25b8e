using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Infrastructure.Demo;

/// <summary>
/// Demo workshops: the last six weeks and the coming week of French lessons (Monday, Wednesday, Friday), slam with L'Astre
/// en Moi (Tuesday) and sport with UFOLEP (Thursday) when those partners were seeded, and administrative help
/// (Wednesday afternoon); the sessions held have their attendance, from the demo young people whose file is open, each
/// with their habits. Nothing is added when sessions exist already.
/// </summary>
internal static class DemoWorkshops
{
    private sealed record Series(string Kind, DayOfWeek Day, TimeOnly Start, TimeOnly End, string Place, string? Partner, string? PartnerFacilitator, string? Staff);

    private static readonly Series[] Plan =
    [
        new("Cours de français", DayOfWeek.Monday, new(10, 0), new(12, 0), "Salle de cours de la M3Q", null, null, "educateur@remiv.example"),
        new("Cours de français", DayOfWeek.Wednesday, new(10, 0), new(12, 0), "Salle de cours de la M3Q", null, null, "educateur@remiv.example"),
        new("Cours de français", DayOfWeek.Friday, new(10, 0), new(12, 0), "Salle de cours de la M3Q", null, null, "educateur@remiv.example"),
        new("Slam et poésie", DayOfWeek.Tuesday, new(14, 0), new(16, 0), "Salle polyvalente de la M3Q", "L'Astre en Moi", null, null),
        new("Sport", DayOfWeek.Thursday, new(14, 0), new(16, 0), "Gymnase des Couronneries", "UFOLEP", null, null),
        new("Aide administrative", DayOfWeek.Wednesday, new(14, 0), new(16, 30), "Bureau du pôle", null, null, "coordination@remiv.example"),
    ];

    private static readonly string[] Themes =
    [
        "Se présenter", "Les transports", "Chez le médecin", "Le passé composé", "Faire ses courses", "Remplir un formulaire",
    ];

    public static async Task SeedAsync(RemivDbContext db, IReadOnlyDictionary<string, Guid> staff, TimeProvider clock)
    {
        if (await db.WorkshopSessions.AnyAsync())
        {
            return;
        }

        var kinds = await db.WorkshopKinds.ToListAsync();
        var partners = await db.Partners.Where(p => p.IsActive).Select(p => new { p.Id, p.Name }).ToListAsync();
        var youths = (await db.Youths.AsNoTracking().ToListAsync()).Where(y => !y.IsArchived).OrderBy(y => y.LastName).ThenBy(y => y.FirstName).ToList();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var recorder = staff.GetValueOrDefault("educateur@remiv.example", staff.Values.FirstOrDefault());
        var first = today.AddDays(-42);
        for (var day = first; day <= today.AddDays(7); day = day.AddDays(1))
        {
            foreach (var series in Plan.Where(s => s.Day == day.DayOfWeek))
            {
                var kind = kinds.FirstOrDefault(k => string.Equals(k.Name, series.Kind, StringComparison.OrdinalIgnoreCase) && k.IsActive);
                var partner = series.Partner is { } partnerName
                    ? partners.FirstOrDefault(p => p.Name.Contains(partnerName, StringComparison.OrdinalIgnoreCase))?.Id
                    : null;
                Guid? leader = series.Staff is { } email && staff.TryGetValue(email, out var id) ? id : null;
                if (kind is null || (series.Partner is not null && partner is null) || (series.Staff is not null && leader is null))
                {
                    continue;
                }

                var week = (day.DayNumber - first.DayNumber) / 7;
                var title = kind.Name == "Cours de français" ? Themes[week % Themes.Length] : null;
                var session = WorkshopSession.Plan(kind.Id,
                    new WorkshopDetails(title, day, series.Start, series.End, series.Place, leader, partner, partner is null ? null : series.PartnerFacilitator),
                    recorder, today, now);
                if (day < today && youths.Count > 0)
                {
                    // Each young person has their habits: some come to every French lesson, some to sport only.
                    var present = youths.Where((y, i) => Comes(i, Array.IndexOf(Plan, series), week)).ToList();
                    session.RecordAttendance(present, recorder, today, now);
                }

                db.WorkshopSessions.Add(session);
            }
        }

        await db.SaveChangesAsync();
    }

    private static bool Comes(int youth, int series, int week) => (youth * 7 + series * 3 + week) % 5 < 2 || (youth + series) % 4 == 0;
}
