using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Psychology.Sessions.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Seances;

/// <summary>
/// The hub's day (/Psychologie/Seances/Jour?jour=yyyy-MM-dd, today by default): every session of that day one may see, all
/// psychologists and rooms together, in order of time — the list a youth worker checks in the morning, on a phone, to know
/// whom to accompany.
/// </summary>
[RequirePermission(Permission.ViewSessions)]
public sealed class JourModel(TimeProvider clock) : RemivPageModel
{
    [BindProperty(SupportsGet = true, Name = "jour")]
    public string? Day { get; set; }

    public DateOnly Date { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<SessionItem> Sessions { get; private set; } = [];

    public bool Truncated { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Today = clock.Today();
        Date = SessionText.ParseDay(Day) ?? Today;
        var sent = await SendAsync(new ListSessions(SessionText.StartOf(Date), SessionText.StartOf(Date.AddDays(1))));
        if (sent.Value is null)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Sessions = sent.Value.Items;
        Truncated = sent.Value.Truncated;
        return Page();
    }

    public static string Link(DateOnly day) => $"/Psychologie/Seances/Jour?jour={SessionText.Iso(day)}";
}
