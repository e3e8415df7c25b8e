using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Psychology.Figures;
using Remiv.Application.Psychology.Figures.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie;

/// <summary>
/// The figures of psychological follow-up for the coordination's reports (/Psychologie/Chiffres?du=aaaa-mm-jj&amp;au=aaaa-mm-jj):
/// counts only, over a period of hub days (the current month unless another is asked), with the form to choose it.
/// </summary>
[RequirePermission(Permission.ViewPsychologyFigures)]
public sealed class ChiffresModel(TimeProvider clock) : RemivPageModel
{
    public const string Address = "/Psychologie/Chiffres";

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public DateOnly? To { get; set; }

    /// <summary>Null when the period was refused (its errors are shown beside the fields).</summary>
    public PsychologyFigures? Figures { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!BindingSucceeded())
        {
            return Page();
        }

        if (From is null && To is null)
        {
            var today = clock.Today();
            From = new DateOnly(today.Year, today.Month, 1);
            To = From.Value.AddMonths(1).AddDays(-1);
        }

        var sent = await SendAsync(new GetPsychologyFigures(From ?? default, To ?? default));
        if (sent.Value is null)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Figures = sent.Value;
        return Page();
    }

    /// <summary>The first error of this field ("From" or "To"), for the message beside it.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>"12 jours", "1 jour", "12,5 jours": days as a French person writes them (singular below 2).</summary>
    public string Days(double days) =>
        Localizer[days < 2 ? "{0} jour" : "{0} jours", Math.Round(days, 1).ToString("0.#", CultureInfo.CurrentCulture)];

    /// <summary>A day typed by hand that is not a date (an old browser without a date field): refused here in French.</summary>
    private bool BindingSucceeded()
    {
        if (ModelState.IsValid)
        {
            return true;
        }

        foreach (var (key, field) in new[] { ("du", nameof(From)), ("au", nameof(To)) })
        {
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                ModelState.Remove(key);
                ModelState.AddModelError($"{InputPrefix}.{field}", Localizer["Saisissez une date valide (jj/mm/aaaa)."]);
            }
        }

        return false;
    }
}
