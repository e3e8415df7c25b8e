using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Workshops.Commands;
using Remiv.Application.Workshops.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Ateliers;

/// <summary>
/// The attendance sheet of a session (/Ateliers/{id}/Presence), made for a phone: one large box per young person (those
/// already present, ticked, and the regulars of this kind of workshop), one save button, and a search by name to add
/// others. Everything is one form: the search (a POST, never a name in the address) keeps what was ticked, and the young
/// people found join the sheet as more boxes. Who may take attendance sees here the names of every open file (the
/// roster rule); the link to a file shows only when they may open it.
/// </summary>
[RequirePermission(Permission.TakeAttendance)]
public sealed class PresenceModel : FormPageModel
{
    public AttendanceSheet? Sheet { get; private set; }

    /// <summary>The boxes ticked on the sheet shown.</summary>
    public IReadOnlySet<Guid> Ticked { get; private set; } = new HashSet<Guid>();

    /// <summary>The search typed, shown again in its field (never in the address).</summary>
    public string? Query { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var refusal = await LoadAsync(id, null, []);
        if (refusal is not null)
        {
            return refusal;
        }

        Ticked = Sheet!.Rows.Where(r => r.Present).Select(r => r.YouthId).ToHashSet();
        return Page();
    }

    /// <summary>Adds the young people whose names match the search to the sheet, keeping what was ticked.</summary>
    public async Task<IActionResult> OnPostChercherAsync(
        Guid id, [FromForm(Name = "q")] string? q, [FromForm(Name = "presents")] List<Guid>? presents, [FromForm(Name = "affiches")] List<Guid>? affiches)
    {
        ModelState.Clear();
        Query = q?.Trim();
        if (string.IsNullOrWhiteSpace(Query))
        {
            ModelState.AddModelError(string.Empty, Localizer["Tapez une partie du nom ou du prénom, puis « Chercher »."]);
        }

        var ticked = presents ?? [];
        var refusal = await LoadAsync(id, Query, [.. ticked.Concat(affiches ?? [])]);
        if (refusal is not null)
        {
            return refusal;
        }

        Ticked = ticked.ToHashSet();
        return Page();
    }

    /// <summary>Saves who was present, from the version of the sheet read.</summary>
    public async Task<IActionResult> OnPostAsync(
        Guid id, [FromForm(Name = "version")] int? version, [FromForm(Name = "presents")] List<Guid>? presents, [FromForm(Name = "affiches")] List<Guid>? affiches)
    {
        var ticked = presents ?? [];
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, Localizer["Rechargez la page, puis recommencez."]);
        }
        else
        {
            var sent = await SendAsync(new RecordWorkshopAttendance(id, version ?? -1, ticked));
            if (sent.Ok)
            {
                // A fixed text (the layout translates it); the sheet shows how many were present.
                Notice = ticked.Count == 0 ? "La présence est enregistrée : personne n'était présent." : "La présence est enregistrée.";
                return Redirect($"/Ateliers/{id:D}/Presence");
            }

            if (sent.Refusal is not PageResult)
            {
                return sent.Refusal!;
            }

            if (Conflict is not null)
            {
                // Someone saved the sheet meanwhile: show it as it is now; the ticks typed on the old one are not kept.
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, Localizer["Quelqu'un a enregistré la présence entre-temps : voici la feuille à jour. Cochez de nouveau les présents, puis enregistrez."]);
                var reloaded = await LoadAsync(id, null, affiches ?? []);
                if (reloaded is not null)
                {
                    return reloaded;
                }

                Ticked = Sheet!.Rows.Where(r => r.Present).Select(r => r.YouthId).ToHashSet();
                return Page();
            }
        }

        var refusal = await LoadAsync(id, null, [.. ticked.Concat(affiches ?? [])]);
        if (refusal is not null)
        {
            return refusal;
        }

        Ticked = ticked.ToHashSet();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, string? search, IReadOnlyList<Guid> include)
    {
        var sent = await SendAsync(new GetAttendanceSheet(id, string.IsNullOrWhiteSpace(search) ? null : search,
            [.. include.Distinct().Take(Domain.Workshops.WorkshopSession.MaxAttendees)]));
        if (sent.Value is null)
        {
            return sent.Refusal is PageResult ? NotFound() : sent.Refusal;
        }

        Sheet = sent.Value;
        return null;
    }
}
