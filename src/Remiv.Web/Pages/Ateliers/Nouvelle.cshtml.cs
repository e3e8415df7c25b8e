using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Security;
using Remiv.Application.Workshops.Commands;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Ateliers;

/// <summary>Plans a session (/Ateliers/Nouvelle?jour=yyyy-MM-dd&amp;type={kind}, both optional); saved in one go or not at all.</summary>
[RequirePermission(Permission.ScheduleWorkshops)]
public sealed class NouvelleModel(ICurrentUser user, TimeProvider clock) : SessionFormPageModel(clock)
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public override SessionInput Form => Input;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "jour")] DateOnly? jour, [FromQuery(Name = "type")] Guid? type)
    {
        if (await LoadChoicesAsync() is { } refusal)
        {
            return refusal;
        }

        Input = new SessionInput
        {
            Date = jour ?? Today,
            KindId = type,
            Facilitator = user.UserId is { } me && Facilitators.Staff.Any(s => s.Id == me) ? SessionInput.UserChoice(me) : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadChoicesAsync() is { } refusal)
        {
            return refusal;
        }

        if (!BindingSucceeded() | !HoursGiven())
        {
            return Page();
        }

        var sent = await SendAsync(new PlanWorkshopSession(Input.KindId ?? Guid.Empty, Blank(Input.Title), Input.Date ?? default, Input.Start ?? default,
            Input.End ?? default, Blank(Input.Place), Input.FacilitatorUserId, Input.FacilitatorPartnerId,
            Input.FacilitatorPartnerId is null ? null : Blank(Input.FacilitatorName)));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Notice = "La séance est prévue.";
        return Redirect($"/Ateliers?semaine={Input.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }
}
