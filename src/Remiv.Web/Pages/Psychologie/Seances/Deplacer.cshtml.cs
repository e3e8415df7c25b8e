using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Rooms.Queries;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Psychology.Sessions.Commands;
using Remiv.Application.Psychology.Sessions.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Seances;

/// <summary>
/// Moves a planned session to another day, other hours or another room (/Psychologie/Seances/{id}/Deplacer), for those who
/// may act for its psychologist. The same checks as booking apply; the history keeps the previous times.
/// </summary>
[RequirePermission(Permission.BookSessions)]
public sealed class DeplacerModel(ICurrentUser user, TimeProvider clock) : SessionPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public SessionItem Session { get; private set; } = null!;

    public IReadOnlyList<RoomItem> RoomChoices { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal)
        {
            return refusal;
        }

        Input = new MoveInput
        {
            ExpectedVersion = Session.Version,
            RoomId = Session.RoomId,
            Date = SessionText.DayOf(Session.Start),
            StartTime = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(Session.Start, HubCalendar.Zone).DateTime),
            EndTime = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(Session.End, HubCalendar.Zone).DateTime),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
        {
            return refusal;
        }

        if (!BindingSucceeded() | !ReadTimes(Input, out var start, out var end))
        {
            return Page();
        }

        var sent = await SendAsync(new RescheduleSession(Id, Input.ExpectedVersion ?? -1, start, end, Input.RoomId ?? Guid.Empty));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Notice = "La séance est déplacée.";
        return Redirect($"/Psychologie/Seances/{Id:D}");
    }

    /// <summary>The session (404 unless visible; 403 unless one may act for its psychologist; back to it once it is no longer planned) and the rooms.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        Today = clock.Today();
        var detail = await SendAsync(new GetSession(Id));
        if (detail.Value is null)
        {
            return detail.Refusal!;
        }

        Session = detail.Value.Session;
        if (!user.Has(Permission.ViewAllYouths) && Session.PsychologistId != user.UserId)
        {
            return Forbid();
        }

        if (Session.Status != SessionStatus.Planned)
        {
            Notice = "Cette séance n'est plus prévue (tenue, manquée ou annulée) : elle ne peut plus être déplacée.";
            return Redirect($"/Psychologie/Seances/{Id:D}");
        }

        var rooms = await SendAsync(new ListRooms());
        if (rooms.Value is null)
        {
            return rooms.Refusal!;
        }

        RoomChoices = rooms.Value;
        return null;
    }

    public sealed class MoveInput : SessionSlotInput
    {
        public int? ExpectedVersion { get; set; }
    }
}
