using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Workshops;
using Remiv.Application.Workshops.Commands;
using Remiv.Application.Workshops.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Ateliers;

/// <summary>Changes a session (/Ateliers/{id}/Modifier) from the version read; a stale version is refused with a message.</summary>
[RequirePermission(Permission.ScheduleWorkshops)]
public sealed class ModifierModel(TimeProvider clock) : SessionFormPageModel(clock)
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public override SessionInput Form => Input;

    public WorkshopSessionItem? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var s = Current!;
        Input = new SessionInput
        {
            ExpectedVersion = s.Version,
            KindId = s.KindId,
            Title = s.Title,
            Date = s.Date,
            Start = s.Start,
            End = s.End,
            Place = s.Place,
            Facilitator = s.FacilitatorUserId is { } u ? SessionInput.UserChoice(u) : s.FacilitatorPartnerId is { } p ? SessionInput.PartnerChoice(p) : null,
            FacilitatorName = s.FacilitatorName,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!BindingSucceeded() | !HoursGiven())
        {
            return Page();
        }

        var sent = await SendAsync(new UpdateWorkshopSession(id, Input.ExpectedVersion ?? -1, Input.KindId ?? Guid.Empty, Blank(Input.Title),
            Input.Date ?? default, Input.Start ?? default, Input.End ?? default, Blank(Input.Place), Input.FacilitatorUserId, Input.FacilitatorPartnerId,
            Input.FacilitatorPartnerId is null ? null : Blank(Input.FacilitatorName)));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Notice = "La séance est enregistrée.";
        return Redirect($"/Ateliers?semaine={Input.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var session = await SendAsync(new GetWorkshopSession(id));
        if (session.Value is null)
        {
            return session.Refusal is PageResult ? NotFound() : session.Refusal;
        }

        Current = session.Value;
        if (await LoadChoicesAsync(Current.KindId) is { } refusal)
        {
            return refusal;
        }

        // A partner withdrawn since still leads this session: it stays a choice here.
        if (Current.FacilitatorPartnerId is { } partner && Facilitators.Partners.All(p => p.Id != partner))
        {
            Facilitators = Facilitators with { Partners = [.. Facilitators.Partners, new FacilitatorChoice(partner, Current.Facilitator)] };
        }

        return null;
    }
}
