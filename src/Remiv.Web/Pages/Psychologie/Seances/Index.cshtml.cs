using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Availability.Queries;
using Remiv.Application.Psychology.Rooms.Queries;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Psychology.Sessions.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Seances;

/// <summary>
/// The week of sessions (/Psychologie/Seances?semaine=yyyy-MM-dd): Monday to Sunday in Paris time, grouped by day, with
/// links to the previous and next weeks, filtered by psychologist and/or room. A psychologist sees their own sessions
/// unless they choose "toutes". Each one sees only the sessions the use case lets them see.
/// </summary>
[RequirePermission(Permission.ViewSessions)]
public sealed class IndexModel(ICurrentUser user, TimeProvider clock) : RemivPageModel
{
    /// <summary>The value of the psychologist filter that asks for every psychologist.</summary>
    public const string Everyone = "toutes";

    [BindProperty(SupportsGet = true, Name = "semaine")]
    public string? Week { get; set; }

    [BindProperty(SupportsGet = true, Name = "psychologue")]
    public string? Psychologist { get; set; }

    [BindProperty(SupportsGet = true, Name = "salle")]
    public Guid? Room { get; set; }

    public DateOnly Monday { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The psychologist whose sessions are shown; null for all.</summary>
    public Guid? PsychologistId { get; private set; }

    public IReadOnlyList<SessionItem> Sessions { get; private set; } = [];

    public bool Truncated { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> PsychologistChoices { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> RoomChoices { get; private set; } = [];

    public bool MayBook => user.Has(Permission.BookSessions);

    /// <summary>The sessions of each day of the week that has some, Monday first.</summary>
    public IEnumerable<IGrouping<DateOnly, SessionItem>> Days =>
        Sessions.GroupBy(s => SessionText.DayOf(s.Start)).OrderBy(g => g.Key);

    public async Task<IActionResult> OnGetAsync()
    {
        Today = clock.Today();
        Monday = SessionText.MondayOf(SessionText.ParseDay(Week) ?? Today);
        var isPsychologist = user.Roles.Contains(Roles.Psychologist);
        PsychologistId = Guid.TryParse(Psychologist, out var chosen) ? chosen
            : Psychologist != Everyone && isPsychologist ? user.UserId
            : null;

        var sent = await SendAsync(new ListSessions(SessionText.StartOf(Monday), SessionText.StartOf(Monday.AddDays(7)), PsychologistId, Room));
        if (sent.Value is null)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Sessions = sent.Value.Items;
        Truncated = sent.Value.Truncated;
        await LoadChoicesAsync();
        return Page();
    }

    /// <summary>The link to this page for another week, keeping the filters.</summary>
    public string WeekLink(DateOnly monday)
    {
        var query = new List<string> { $"semaine={SessionText.Iso(monday)}" };
        if (PsychologistId is { } psychologist)
        {
            query.Add($"psychologue={psychologist:D}");
        }
        else if (user.Roles.Contains(Roles.Psychologist))
        {
            query.Add($"psychologue={Everyone}");
        }

        if (Room is { } room)
        {
            query.Add($"salle={room:D}");
        }

        return "/Psychologie/Seances?" + string.Join('&', query);
    }

    /// <summary>
    /// The psychologists and rooms to filter by: all of them for those who read the psychologists' availability; for the
    /// others (youth workers), those of the sessions they see this week.
    /// </summary>
    private async Task LoadChoicesAsync()
    {
        List<(Guid Id, string Name)> psychologists;
        List<(Guid Id, string Name)> rooms;
        if (user.Has(Permission.ViewPsychologistAvailability))
        {
            psychologists = [.. ((await SendAsync(new ListPsychologists())).Value ?? []).Select(p => (p.UserId, p.DisplayName))];
            rooms = [.. ((await SendAsync(new ListRooms(IncludeInactive: true))).Value ?? []).Select(r => (r.Id, r.Name))];
        }
        else
        {
            psychologists = [.. Sessions.Select(s => (s.PsychologistId, s.PsychologistName ?? "?")).Distinct().OrderBy(p => p.Item2, StringComparer.CurrentCulture)];
            rooms = [.. Sessions.Select(s => (s.RoomId, s.RoomName)).Distinct().OrderBy(r => r.RoomName, StringComparer.CurrentCulture)];
        }

        if (PsychologistId is { } psychologist && psychologists.All(p => p.Id != psychologist))
        {
            psychologists.Add((psychologist, Sessions.FirstOrDefault(s => s.PsychologistId == psychologist)?.PsychologistName ?? "?"));
        }

        if (Room is { } room && rooms.All(r => r.Id != room))
        {
            rooms.Add((room, Sessions.FirstOrDefault(s => s.RoomId == room)?.RoomName ?? "?"));
        }

        PsychologistChoices = psychologists;
        RoomChoices = rooms;
    }
}
