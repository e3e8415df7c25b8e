using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Security;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Documents.Summaries.Commands;
using Remiv.Application.Documents.Summaries.Queries;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Common;
using Remiv.Domain.Documents;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Syntheses;

/// <summary>
/// Batches of case summaries (/Syntheses): the user's batches with their progress ("12 / 40"), the zip to download once
/// ready (deleted after 24 hours), and the form to start one: young people ticked among the files the user sees (a search
/// narrows the list; what was ticked stays ticked from one search to the next), tracks and period.
/// <para>
/// No JavaScript: while a batch is being built the page reloads itself every 5 seconds (a meta refresh), except while the
/// user is choosing young people (<see cref="Choosing"/>: "?choisir=1", or a search), so that a reload never undoes
/// their ticks. The search travels in a POST, never in the address (a name must not reach logs or browser history).
/// </para>
/// </summary>
[RequirePermission(Permission.GenerateSummaryBatches)]
public sealed class IndexModel(ICurrentUser user) : RemivPageModel
{
    public const string Address = "/Syntheses";

    /// <summary>The query flag that opens the choice of young people.</summary>
    public const string ChooseFlag = "choisir";

    /// <summary>Seconds between two reloads while a batch is being built.</summary>
    public const int RefreshSeconds = 5;

    /// <summary>Young people shown at once (the search's largest page); a search narrows the list.</summary>
    public const int ListSize = 100;

    public IReadOnlyList<SummaryBatchView> Batches { get; private set; } = [];

    /// <summary>The files offered for ticking; null unless the user is choosing.</summary>
    public YouthSearchPage? Candidates { get; private set; }

    public BatchInput Input { get; private set; } = new();

    /// <summary>The user is choosing young people: the form is shown and the page does not reload itself.</summary>
    public bool Choosing { get; private set; }

    public bool Refreshes => !Choosing && Batches.Any(b => b.Status is PreparedFileStatus.Queued or PreparedFileStatus.Running);

    /// <summary>The tracks the user may read, in the file page's order; never the psychological one (a batch is made to be handed on).</summary>
    public IReadOnlyList<Track> Tracks =>
        [.. SummaryLabels.TrackOrder.Where(t => t != Track.Psychological && user.Has(Permission.ViewCaseDetails))];

    /// <summary>Young people ticked in an earlier search who are not in the list shown: kept, unseen, in hidden fields.</summary>
    public IReadOnlyList<Guid> TickedElsewhere =>
        [.. (Input.YouthIds ?? []).Distinct().Where(id => Candidates?.Items.Any(y => y.Id == id) != true)];

    public async Task<IActionResult> OnGetAsync()
    {
        Choosing = Request.Query.ContainsKey(ChooseFlag);
        Input = new BatchInput { Tracks = [.. Tracks] };
        return await ShowAsync();
    }

    /// <summary>A form sent without its button's handler (Enter in an old browser): a search, which loses nothing.</summary>
    public Task<IActionResult> OnPostAsync([FromForm(Name = InputPrefix)] BatchInput input) => OnPostSearchAsync(input);

    /// <summary>Narrows the list of young people, keeping what was ticked.</summary>
    public async Task<IActionResult> OnPostSearchAsync([FromForm(Name = InputPrefix)] BatchInput input)
    {
        Choosing = true;
        Input = input;
        BindingSucceeded();
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostStartAsync([FromForm(Name = InputPrefix)] BatchInput input)
    {
        Choosing = true;
        Input = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        if (input.Tracks is not { Count: > 0 })
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(BatchInput.Tracks)}", Localizer["Cochez au moins un volet."]);
            return await ShowAsync();
        }

        var sent = await SendAsync(new RequestSummaryBatch(input.YouthIds ?? [], input.Tracks, input.From, input.To));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        Notice = "La série est lancée. Elle se prépare en arrière-plan : cette page montre où elle en est.";
        return Redirect(Address);
    }

    /// <summary>The zip of one of the user's ready batches ("/Syntheses?handler=Fichier&amp;id=…").</summary>
    public async Task<IActionResult> OnGetFichierAsync(Guid id)
    {
        var sent = await SendAsync(new DownloadSummaryBatch(id));
        if (sent.Value is not { } download)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        return File(download.Content, download.ContentType, download.FileName);
    }

    public bool IsTicked(Guid youthId) => Input.YouthIds?.Contains(youthId) == true;

    public bool IsChosen(Track track) => Input.Tracks?.Contains(track) == true;

    /// <summary>The first error of a field ("YouthIds", "Tracks", "From", "To"), for the message beside it.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult> ShowAsync()
    {
        var batches = await SendAsync(new ListMySummaryBatches());
        if (batches.Value is null)
        {
            return batches.Refusal!;
        }

        Batches = batches.Value;
        if (Choosing)
        {
            var text = Input.Text?.Trim();
            var found = await SendAsync(new SearchYouths(text is { Length: > 0 } ? text : null, Page: 1, PageSize: ListSize));
            if (found.Value is null && found.Refusal is not PageResult)
            {
                return found.Refusal!;
            }

            Candidates = found.Value;
        }

        return Page();
    }

    /// <summary>
    /// A value the form could not even read (a date typed by hand in an old browser, a changed list value) is refused here
    /// in French, beside its field, before anything is sent.
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
            var field = new[] { nameof(BatchInput.YouthIds), nameof(BatchInput.Tracks) }
                .Select(name => $"{InputPrefix}.{name}")
                .FirstOrDefault(name => key.StartsWith(name, StringComparison.Ordinal)) ?? key;
            ModelState.AddModelError(field, field.EndsWith(nameof(BatchInput.Tracks), StringComparison.Ordinal)
                ? Localizer["Ce volet n'existe pas."]
                : field.EndsWith(nameof(BatchInput.YouthIds), StringComparison.Ordinal)
                    ? Localizer["Choisissez une valeur dans la liste."]
                    : Localizer["Saisissez une date valide (jj/mm/aaaa)."]);
        }

        return false;
    }

    public sealed class BatchInput
    {
        /// <summary>The search typed (a part of a name): sent in the form, never in the address.</summary>
        public string? Text { get; set; }

        public List<Guid>? YouthIds { get; set; }

        public List<Track>? Tracks { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }
    }
}
