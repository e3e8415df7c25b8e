using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Common.Security;
using Remiv.Application.Entries.Commands;
using Remiv.Application.Journal.Queries;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Pages.Jeunes;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Journal;

/// <summary>
/// The quick entry (find a young person by a few letters, pick the track, type, save: a phone between two
/// appointments) above the team's journal of the day.
/// </summary>
[RequirePermission(Permission.ViewYouths)]
public sealed class IndexModel : RemivPageModel
{
    public const int MatchCount = 8;

    /// <summary>What was typed to find the young person.</summary>
    public string? Query { get; private set; }

    /// <summary>The young people found (null before any search).</summary>
    public YouthSearchPage? Matches { get; private set; }

    /// <summary>The tracks the user may write on, most used first.</summary>
    public IReadOnlyList<Track> Tracks { get; private set; } = [];

    public QuickEntryInput Entry { get; private set; } = new();

    public JournalDay Day { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        DateOnly? day = DateOnly.TryParseExact(Request.Query["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen)
            ? chosen
            : null;
        if (Request.Query.ContainsKey("q"))
        {
            // An old link with letters of a name: they are not searched, and the address is cleaned of them (the day is not personal).
            return Redirect(day is { } kept ? $"/Journal?date={DossierModel.IsoDay(kept)}" : "/Journal");
        }

        return await ShowAsync(day) ?? NewEntry();
    }

    /// <summary>The search for the young person: POST, so that the letters of a name never end up in an address.</summary>
    public async Task<IActionResult> OnPostChercherAsync([FromForm(Name = "q")] string? q)
    {
        Query = q?.Trim();
        return await ShowAsync(null) ?? NewEntry();
    }

    /// <summary>An empty entry, with the only young person found or the only track already chosen.</summary>
    private PageResult NewEntry()
    {
        Entry = new QuickEntryInput
        {
            YouthId = Matches?.Items.Count == 1 ? Matches.Items[0].Id : null,
            Track = Tracks.Count == 1 ? Tracks[0] : null,
            Kind = EntryKind.Conversation,
            Date = Today,
            SubmissionId = Guid.NewGuid(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = InputPrefix)] QuickEntryInput input, [FromForm(Name = "q")] string? q)
    {
        Query = q?.Trim();
        Entry = input;
        if (!ModelState.IsValid)
        {
            foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
            {
                entry!.Errors.Clear();
                ModelState.AddModelError(key, key.EndsWith("Date", StringComparison.Ordinal)
                    ? Localizer["Saisissez une date valide (jj/mm/aaaa)."]
                    : Localizer["Choisissez une valeur dans la liste."]);
            }
        }
        else if (input.YouthId is not { } youthId)
        {
            ModelState.AddModelError($"{InputPrefix}.YouthId", Localizer["Choisissez le jeune."]);
        }
        else
        {
            var sent = await SendAsync(new WriteFollowUpEntry(
                youthId, input.SubmissionId ?? Guid.Empty, input.Date, input.Track ?? 0, input.Kind ?? 0, input.Text ?? string.Empty,
                null, null, EntryVisibility.FollowUpGroup));
            if (sent.Ok)
            {
                Notice = "Entrée enregistrée.";
                return Redirect("/Journal");
            }

            if (sent.Refusal is not PageResult)
            {
                return sent.Refusal!;
            }
        }

        input.SubmissionId ??= Guid.NewGuid();
        return await ShowAsync(null) ?? Page();
    }

    /// <summary>Loads the search results and the journal; a refusal to show instead, or null.</summary>
    private async Task<IActionResult?> ShowAsync(DateOnly? day)
    {
        var user = HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
        Today = HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();
        Tracks = [.. DossierModel.TrackOrder.Where(t => t == Track.Psychological
            ? user.Has(Permission.UsePsychologicalTrack)
            : user.Has(Permission.WriteFollowUpEntries))];

        if (!string.IsNullOrEmpty(Query))
        {
            var search = new SearchYouths(Text: Query, PageSize: MatchCount);
            var found = await SendAsync(search);
            if (found.Value is not null)
            {
                Matches = found.Value;
            }
            else if (found.Refusal is not PageResult)
            {
                return found.Refusal;
            }
        }

        var journal = await SendAsync(new GetDailyJournal(day));
        if (journal.Value is null)
        {
            return journal.Refusal;
        }

        Day = journal.Value;
        return null;
    }

    public sealed class QuickEntryInput
    {
        public Guid? YouthId { get; set; }

        public Track? Track { get; set; }

        public EntryKind? Kind { get; set; }

        public DateOnly? Date { get; set; }

        public string? Text { get; set; }

        /// <summary>Chosen when the form is shown: a double tap on "Enregistrer" writes one entry.</summary>
        public Guid? SubmissionId { get; set; }
    }
}
