using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Reports;
using Remiv.Application.Reports.Exports;
using Remiv.Application.Reports.Exports.Commands;
using Remiv.Application.Reports.Exports.Queries;
using Remiv.Domain.Common;
using Remiv.Domain.Reports;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Rapports;

/// <summary>
/// Exports of the activity report (/Rapports/Exports?du=…&amp;au=…&amp;modele=…, coordinators only): the period and the
/// funder's template (prefilled from the report page), the format (PDF, Excel, CSV); "Télécharger" makes the file at once
/// (366 days at most), "Préparer en arrière-plan" queues it (any period up to 20 years) and the list below shows its
/// progress, then the file to download (its requester only, deleted after 24 hours).
/// <para>No JavaScript: while an export is being prepared the page reloads itself every 5 seconds (a meta refresh).</para>
/// </summary>
[RequirePermission(Permission.ExportActivityReport)]
public sealed class ExportsModel(TimeProvider clock) : RemivPageModel
{
    public const string Address = "/Rapports/Exports";

    /// <summary>Seconds between two reloads while an export is being prepared.</summary>
    public const int RefreshSeconds = 5;

    public IReadOnlyList<ReportExportView> Exports { get; private set; } = [];

    public ExportInput Input { get; private set; } = new();

    public static IReadOnlyList<ReportTemplate> Templates => ReportTemplates.All;

    public static IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Pdf, ReportFormat.Xlsx, ReportFormat.Csv];

    public bool Refreshes => Exports.Any(e => e.Status is PreparedFileStatus.Queued or PreparedFileStatus.Running);

    /// <summary>The form, prefilled from the report page's period and template (by default this year up to today).</summary>
    public async Task<IActionResult> OnGetAsync(DateOnly? du = null, DateOnly? au = null, string? modele = null)
    {
        var today = HubCalendar.DayOf(clock.GetUtcNow());
        Input = new ExportInput
        {
            From = du ?? new DateOnly(today.Year, 1, 1),
            To = au ?? today,
            Template = ReportTemplates.Find(modele)?.Code ?? ReportTemplates.FullCode,
            Format = "pdf",
        };
        return await ShowAsync();
    }

    /// <summary>The file at once, from a link ("?handler=Fichier&amp;du=2026-01-01&amp;au=2026-12-31&amp;modele=full&amp;format=csv").</summary>
    public Task<IActionResult> OnGetFichierAsync(DateOnly? du = null, DateOnly? au = null, string? modele = null, string? format = null) =>
        FileAsync(new ExportInput { From = du, To = au, Template = modele, Format = format });

    /// <summary>The file at once, from the form.</summary>
    public Task<IActionResult> OnPostFichierAsync([FromForm(Name = InputPrefix)] ExportInput input) => FileAsync(input);

    /// <summary>The file prepared in the background; the list then shows where it stands.</summary>
    public async Task<IActionResult> OnPostPreparerAsync([FromForm(Name = InputPrefix)] ExportInput input)
    {
        Input = input;
        if (!Readable(input, out var format))
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new RequestReportExport(input.From ?? default, input.To ?? default, input.Template, format));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        Notice = "Le fichier se prépare en arrière-plan : cette page montre où il en est.";
        return Redirect(Address + "#mes-exports");
    }

    /// <summary>The file of one of the user's ready exports ("?handler=Telecharger&amp;id=…"); anyone else's is "not found".</summary>
    public async Task<IActionResult> OnGetTelechargerAsync(Guid id)
    {
        var sent = await SendAsync(new DownloadReportExport(id));
        if (sent.Value is not { } download)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        return File(download.Content, download.ContentType, download.FileName);
    }

    /// <summary>The first error of a field ("From", "To", "Template", "Format"), for the message beside it.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult> FileAsync(ExportInput input)
    {
        Input = input;
        if (!Readable(input, out var format))
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new ExportActivityReport(input.From ?? default, input.To ?? default, input.Template, format));
        if (sent.Value is not { } file)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A date the form could not read, or an unknown format, is refused beside its field before anything is sent.</summary>
    private bool Readable(ExportInput input, out ReportFormat format)
    {
        var readable = true;
        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key, Localizer["Saisissez une date valide (jj/mm/aaaa)."]);
            readable = false;
        }

        if (ReportTexts.ParseFormat(input.Format) is { } parsed)
        {
            format = parsed;
        }
        else
        {
            format = default;
            ModelState.AddModelError($"{InputPrefix}.{nameof(ExportInput.Format)}", Localizer[ReportExportScopeRules<ExportActivityReport>.FormatRefused]);
            readable = false;
        }

        return readable;
    }

    private async Task<IActionResult> ShowAsync()
    {
        var exports = await SendAsync(new ListMyReportExports());
        if (exports.Value is null)
        {
            return exports.Refusal!;
        }

        Exports = exports.Value;
        return Page();
    }

    public sealed class ExportInput
    {
        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public string? Template { get; set; }

        /// <summary>"pdf", "xlsx" or "csv".</summary>
        public string? Format { get; set; }
    }
}
