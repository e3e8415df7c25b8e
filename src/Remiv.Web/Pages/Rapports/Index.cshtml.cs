using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Reports;
using Remiv.Application.Reports.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Rapports;

/// <summary>
/// The activity report (/Rapports?du=aaaa-mm-jj&amp;au=aaaa-mm-jj&amp;modele=code), coordinators only: the period (the
/// current month unless another is asked, with presets for months, quarters and years), the funder's template, and the
/// report's tables, every small figure shown "&lt; 5". The address holds dates and a template code, no personal data.
/// </summary>
[RequirePermission(Permission.ViewActivityReport)]
public sealed class IndexModel(TimeProvider clock) : RemivPageModel
{
    public const string Address = "/Rapports";
    public const string ExportsAddress = "/Rapports/Exports";

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "modele")]
    public string? Template { get; set; }

    /// <summary>Null when the period or the template was refused (the errors are shown beside the fields).</summary>
    public ActivityReport? Report { get; private set; }

    public IReadOnlyList<ReportTemplate> Templates => ReportTemplates.All;

    /// <summary>The current and previous month, quarter and year, as of today in Paris.</summary>
    public IReadOnlyList<PeriodPreset> Presets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var today = clock.Today();
        Presets = PeriodPreset.Around(today);
        if (!BindingSucceeded())
        {
            return Page();
        }

        if (From is null && To is null)
        {
            From = new DateOnly(today.Year, today.Month, 1);
            To = From.Value.AddMonths(1).AddDays(-1);
        }

        var sent = await SendAsync(new GetActivityReport(From ?? default, To ?? default, Template));
        if (sent.Value is null)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Report = sent.Value;
        return Page();
    }

    /// <summary>The first error of this field ("From", "To" or "Template"), for the message beside it.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The report's address for another period, with the template chosen.</summary>
    public string LinkFor(DateOnly from, DateOnly to) =>
        $"{Address}?du={Jeunes.DossierModel.IsoDay(from)}&au={Jeunes.DossierModel.IsoDay(to)}&modele={Uri.EscapeDataString(Report?.Template.Code ?? Template ?? ReportTemplates.FullCode)}";

    /// <summary>The exports page for the report shown.</summary>
    public string ExportLink(ActivityReport report) =>
        $"{ExportsAddress}?du={Jeunes.DossierModel.IsoDay(report.From)}&au={Jeunes.DossierModel.IsoDay(report.To)}&modele={Uri.EscapeDataString(report.Template.Code)}";

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

/// <summary>A ready-made period: "Ce mois-ci", "L'année dernière"...</summary>
public sealed record PeriodPreset(string Label, DateOnly From, DateOnly To)
{
    public static IReadOnlyList<PeriodPreset> Around(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return
        [
            new("Ce mois-ci", month, month.AddMonths(1).AddDays(-1)),
            new("Le mois dernier", month.AddMonths(-1), month.AddDays(-1)),
            new("Ce trimestre", quarter, quarter.AddMonths(3).AddDays(-1)),
            new("Le trimestre dernier", quarter.AddMonths(-3), quarter.AddDays(-1)),
            new("Cette année", year, year.AddYears(1).AddDays(-1)),
            new("L'année dernière", year.AddYears(-1), year.AddDays(-1)),
        ];
    }
}
