using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Security;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Documents.Summaries.Queries;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>
/// A young person's case summary (/Jeunes/{id}/Synthese): the tracks the user may read (all ticked at first) and the
/// period of the entries (the last six months when left empty); the form's answer is the PDF itself, as a download. Bad
/// input comes back beside its field, with no file. What the document holds is the use case's business
/// (<see cref="GenerateCaseSummary"/>): what the user may see of the file, no more.
/// </summary>
[RequirePermission(Permission.GenerateCaseSummaries)]
public sealed class SyntheseModel(ICurrentUser user) : RemivPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public YouthFile Dossier { get; private set; } = null!;

    public SummaryInput Input { get; private set; } = new();

    public string FullName => string.Join(' ', new[] { Dossier.FirstName, Dossier.LastName }.Where(n => n.Length > 0));

    /// <summary>The tracks the user may read, in the file page's order.</summary>
    public IReadOnlyList<Track> ReadableTracks => [.. SummaryLabels.TrackOrder.Where(Dossier.Rights.ReadableTracks.Contains)];

    /// <summary>A psychologist's own summary: the psychological track and the session notes, marked not to be handed on.</summary>
    public bool IsPsychologistOwnUse => ReadableTracks.Contains(Track.Psychological);

    /// <summary>Batches of summaries (several young people at once) are for coordinators and youth workers.</summary>
    public bool MayBatch => user.Has(Permission.GenerateSummaryBatches);

    public async Task<IActionResult> OnGetAsync()
    {
        var refusal = await LoadAsync();
        if (refusal is not null)
        {
            return refusal;
        }

        Input = new SummaryInput { Tracks = [.. ReadableTracks] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = InputPrefix)] SummaryInput input)
    {
        Input = input;
        var readBack = BindingSucceeded();
        var refusal = await LoadAsync();
        if (refusal is not null)
        {
            return refusal;
        }

        if (!readBack)
        {
            return Page();
        }

        if (input.Tracks is not { Count: > 0 })
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(SummaryInput.Tracks)}", Localizer["Cochez au moins un volet."]);
            return Page();
        }

        var sent = await SendAsync(new GenerateCaseSummary(Id, input.Tracks, input.From, input.To));
        if (sent.Value is not { } document)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        // FileContentResult answers "Content-Disposition: attachment" with the file's name (a date, nothing personal).
        return File(document.Content, document.ContentType, document.FileName);
    }

    public bool IsChosen(Track track) => Input.Tracks?.Contains(track) == true;

    /// <summary>The first error of a field ("Tracks", "From", "To"), for the message beside it.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The file as the user sees it (its readable tracks); 404 when they may not see it.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var file = await SendAsync(new GetYouthFile(Id));
        if (file.Value is null)
        {
            return file.Refusal is PageResult ? NotFound() : file.Refusal;
        }

        Dossier = file.Value;
        return null;
    }

    /// <summary>
    /// A value the form could not even read (a date typed by hand in an old browser, a track that is not in the list) is
    /// refused here in French, beside its field, before anything is sent.
    /// </summary>
    private bool BindingSucceeded()
    {
        if (ModelState.IsValid)
        {
            return true;
        }

        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            var field = key.StartsWith($"{InputPrefix}.{nameof(SummaryInput.Tracks)}", StringComparison.Ordinal)
                ? $"{InputPrefix}.{nameof(SummaryInput.Tracks)}"
                : key;
            ModelState.AddModelError(field, field.EndsWith(nameof(SummaryInput.Tracks), StringComparison.Ordinal)
                ? Localizer["Ce volet n'existe pas."]
                : Localizer["Saisissez une date valide (jj/mm/aaaa)."]);
        }

        return false;
    }

    public sealed class SummaryInput
    {
        public List<Track>? Tracks { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }
    }
}
