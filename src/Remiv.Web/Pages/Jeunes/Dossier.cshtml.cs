using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Deadlines.Queries;
using Remiv.Application.Documents.Commands;
using Remiv.Application.Entries.Commands;
using Remiv.Application.Psychology.Requests.Commands;
using Remiv.Application.Psychology.Requests.Queries;
using Remiv.Application.Youths.Commands;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>
/// A young person's file: identity for every staff member who may see it, the case for those who see case details,
/// the psychological situation for psychologists, the history, and the small forms of what the user may change.
/// Every form posts to its own handler and comes back here (a notice on success, its errors and typed input otherwise).
/// </summary>
[RequirePermission(Permission.ViewYouths)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
[OversizedUploadFilter]
public sealed class DossierModel : RemivPageModel
{
    /// <summary>A 10 MB document with its form around it passes; the use case refuses anything above 10 MB with its own message.</summary>
    public const long UploadLimit = 11 * 1024 * 1024;

    /// <summary>The query flag set when a request was too large to be read at all.</summary>
    public const string OversizedFlag = "trop-volumineux";

    public const int TimelinePageSize = 20;

    /// <summary>The query flag that adds the closed deadlines to the file's deadlines section.</summary>
    public const string AllDeadlinesFlag = "toutes";

    /// <summary>The tracks in the order the team uses them most.</summary>
    public static readonly IReadOnlyList<Track> TrackOrder =
    [
        Track.Administrative, Track.Legal, Track.Social, Track.Health, Track.EducationTraining,
        Track.Housing, Track.Language, Track.CultureSport, Track.Psychological,
    ];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public YouthFile Dossier { get; private set; } = null!;

    public TimelinePage Timeline { get; private set; } = null!;

    /// <summary>Active staff not yet in the group (coordinators only).</summary>
    public IReadOnlyList<StaffMember> StaffToAdd { get; private set; } = [];

    public Track? TimelineTrack { get; private set; }

    /// <summary>The young person's deadlines (open ones, soonest first; closed ones too when asked for).</summary>
    public DeadlineList Deadlines { get; private set; } = null!;

    public bool ShowsClosedDeadlines { get; private set; }

    /// <summary>Whether the user may add a deadline to this file (not archived, a track they may write on).</summary>
    public bool CanAddDeadline { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The young person's requests for psychological follow-up (the reason for psychologists and the author only).</summary>
    public YouthRequests PsychologyRequests { get; private set; } = null!;

    /// <summary>What the refused change of a request held (its urgency, or the note of its withdrawal).</summary>
    public Psychologie.IndexModel.RequestChangeInput RequestChange { get; private set; } = new();

    /// <summary>The form that was posted and refused ("entry", "status"...), and its line for the per-line forms.</summary>
    public string? Posted { get; private set; }

    public string? PostedLine { get; private set; }

    public EntryInput Entry { get; private set; } = new();

    public EntryInput Revision { get; private set; } = new();

    public StatusInput Status { get; private set; } = new();

    public ArchiveInput Archive { get; private set; } = new();

    public AliasInput Alias { get; private set; } = new();

    public SituationInput Situation { get; private set; } = new();

    public DocumentInput Document { get; private set; } = new();

    public UploadInput Upload { get; private set; } = new();

    public GroupInput Group { get; private set; } = new();

    public string FullName => string.Join(' ', new[] { Dossier.FirstName, Dossier.LastName }.Where(n => n.Length > 0));

    public IEnumerable<Track> WritableTracks => TrackOrder.Where(Dossier.Rights.WritableTracks.Contains);

    public IEnumerable<Track> ReadableTracks => TrackOrder.Where(Dossier.Rights.ReadableTracks.Contains);

    public Task<IActionResult> OnGetAsync()
    {
        if (Request.Query["envoi"] == OversizedFlag)
        {
            Posted = "upload";
            ModelState.AddModelError($"{InputPrefix}.File", Localizer["Le fichier dépasse 10 Mo. Réduisez-le (scan en 150 dpi, PDF compressé) puis réessayez."]);
        }

        return ShowAsync();
    }

    /// <summary>A form sent without a known handler (an old bookmark, a changed address): back to the file.</summary>
    public IActionResult OnPost() => Redirect($"/Jeunes/{Id:D}");

    public async Task<IActionResult> OnPostEntryAsync([FromForm(Name = InputPrefix)] EntryInput input)
    {
        Entry = input;
        Posted = "entry";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new WriteFollowUpEntry(
            Id, input.SubmissionId ?? Guid.Empty, input.Date, input.Track ?? 0, input.Kind ?? 0, input.Text ?? string.Empty,
            input.Partner, input.NextStep, input.Visibility ?? 0));
        return await AfterAsync(sent.Refusal, "L'entrée est enregistrée.");
    }

    public async Task<IActionResult> OnPostReviseAsync([FromForm(Name = InputPrefix)] EntryInput input)
    {
        Revision = input;
        Posted = "revise";
        PostedLine = input.EntryId?.ToString();
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new ReviseFollowUpEntry(
            input.EntryId ?? Guid.Empty, input.ExpectedVersion ?? -1, input.Date ?? default, input.Track ?? 0, input.Kind ?? 0,
            input.Text ?? string.Empty, input.Partner, input.NextStep, input.Visibility ?? 0));
        return await AfterAsync(sent.Refusal, "L'entrée est corrigée.");
    }

    public async Task<IActionResult> OnPostStatusAsync([FromForm(Name = InputPrefix)] StatusInput input)
    {
        Status = input;
        Posted = "status";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new RecordStatusChange(Id, input.ExpectedVersion ?? -1, input.Status ?? 0, input.Date ?? default, input.Department, input.Note));
        return await AfterAsync(sent.Refusal, "Le statut est enregistré.");
    }

    public async Task<IActionResult> OnPostArchiveAsync([FromForm(Name = InputPrefix)] ArchiveInput input)
    {
        Archive = input;
        Posted = "archive";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new ArchiveYouth(Id, input.ExpectedVersion ?? -1, input.Date ?? default, input.Reason, input.Kind ?? 0));
        return await AfterAsync(sent.Refusal, "Le dossier est archivé.");
    }

    public async Task<IActionResult> OnPostAliasAsync([FromForm(Name = InputPrefix)] AliasInput input)
    {
        Alias = input;
        Posted = "alias";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new AddYouthAlias(Id, input.ExpectedVersion ?? -1, input.Name ?? string.Empty, input.Note));
        return await AfterAsync(sent.Refusal, "L'orthographe est ajoutée.");
    }

    public async Task<IActionResult> OnPostRemoveAliasAsync([FromForm(Name = InputPrefix)] AliasInput input)
    {
        Posted = "remove-alias";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new RemoveYouthAlias(Id, input.ExpectedVersion ?? -1, input.AliasId ?? Guid.Empty));
        return await AfterAsync(sent.Refusal, "L'orthographe est retirée.");
    }

    public async Task<IActionResult> OnPostGroupAsync([FromForm(Name = InputPrefix)] GroupInput input)
    {
        Group = input;
        Posted = "group";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        if (input.StaffId is null)
        {
            ModelState.AddModelError($"{InputPrefix}.StaffId", Localizer["Choisissez une personne dans la liste."]);
            return await ShowAsync();
        }

        var sent = await SendAsync(new ChangeFollowUpGroup(Id, input.ExpectedVersion ?? -1, input.StaffId.Value, input.Change ?? 0));
        return await AfterAsync(sent.Refusal, "Le groupe de suivi est modifié.");
    }

    public async Task<IActionResult> OnPostSituationAsync([FromForm(Name = InputPrefix)] SituationInput input)
    {
        Situation = input;
        Posted = "situation";
        PostedLine = input.Track?.ToString();
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new SetTrackSituation(Id, input.ExpectedVersion ?? -1, input.Track ?? 0, input.Summary ?? string.Empty));
        return await AfterAsync(sent.Refusal, "La situation est mise à jour.");
    }

    public async Task<IActionResult> OnPostDocumentAsync([FromForm(Name = InputPrefix)] DocumentInput input)
    {
        Document = input;
        Posted = "document";
        PostedLine = input.Kind?.ToString();
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new UpdateDocumentStatus(Id, input.Kind ?? 0, input.Status ?? 0, input.ExpiryDate, input.Note, input.ExpectedVersion));
        return await AfterAsync(sent.Refusal, "Le document est mis à jour.");
    }

    public async Task<IActionResult> OnPostUploadAsync([FromForm(Name = InputPrefix)] UploadInput input)
    {
        Upload = input;
        Posted = "upload";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        if (input.File is not { } file)
        {
            ModelState.AddModelError($"{InputPrefix}.File", Localizer["Choisissez le fichier à ajouter."]);
            return await ShowAsync();
        }

        await using var content = file.OpenReadStream();
        var sent = await SendAsync(new UploadAttachment(Id, input.Kind, file.FileName, file.Length, content));
        return await AfterAsync(sent.Refusal, "Le fichier est ajouté.");
    }

    public async Task<IActionResult> OnPostRequestUrgencyAsync([FromForm(Name = InputPrefix)] Psychologie.IndexModel.RequestChangeInput input)
    {
        RequestChange = input;
        Posted = "request-urgency";
        PostedLine = input.RequestId?.ToString();
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new ChangeRequestUrgency(input.RequestId ?? Guid.Empty, input.ExpectedVersion ?? -1, input.Urgency ?? 0));
        return await AfterAsync(sent.Refusal, "L'urgence de la demande est modifiée.", "#suivi-psychologique");
    }

    public async Task<IActionResult> OnPostWithdrawRequestAsync([FromForm(Name = InputPrefix)] Psychologie.IndexModel.RequestChangeInput input)
    {
        RequestChange = input;
        Posted = "request-withdraw";
        PostedLine = input.RequestId?.ToString();
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new WithdrawRequest(input.RequestId ?? Guid.Empty, input.ExpectedVersion ?? -1, input.Note ?? string.Empty));
        return await AfterAsync(sent.Refusal, "La demande est retirée de la liste d'attente.", "#suivi-psychologique");
    }

    /// <summary>The first error of a field of the form that was posted (and of its line), for the message beside the field.</summary>
    public string? ErrorOf(string form, string field, string? line = null) =>
        Posted == form && PostedLine == line && ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>Whether this line's form is the one that was refused (so it opens again with what was typed).</summary>
    public bool IsPosted(string form, string? line = null) => Posted == form && PostedLine == line && !ModelState.IsValid;

    public string TimelineLink(Track? track, int page)
    {
        var query = new List<string>();
        if (track is { } t)
        {
            query.Add("volet=" + t);
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return $"/Jeunes/{Id:D}" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty) + "#historique";
    }

    /// <summary>A day as the interface writes it (26/11/2026 in both languages).</summary>
    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The value of a date input.</summary>
    public static string IsoDay(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A moment in the hub's zone: its day.</summary>
    public static string Day(DateTimeOffset moment) => Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, HubCalendar.Zone).DateTime));

    /// <summary>A moment in the hub's zone: its time of day (14:05).</summary>
    public static string Time(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, HubCalendar.Zone).ToString("HH:mm", CultureInfo.CurrentCulture);

    public static decimal SizeInKilobytes(long bytes) => Math.Max(1, Math.Ceiling(bytes / 1024m));

    public static decimal SizeInMegabytes(long bytes) => Math.Round(bytes / (1024m * 1024m), 1);

    private async Task<IActionResult> AfterAsync(IActionResult? refusal, string notice, string section = "")
    {
        if (refusal is null)
        {
            Notice = notice;
            return Redirect($"/Jeunes/{Id:D}{section}");
        }

        return refusal is PageResult ? await ShowAsync() : refusal;
    }

    /// <summary>
    /// A value the form could not even read (a date typed by hand in an old browser, a changed list value) is refused
    /// here in French, before anything is sent.
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
            ModelState.AddModelError(key, key.EndsWith("Date", StringComparison.Ordinal)
                ? Localizer["Saisissez une date valide (jj/mm/aaaa)."]
                : Localizer["Choisissez une valeur dans la liste."]);
        }

        return false;
    }


    private async Task<IActionResult> ShowAsync()
    {
        var file = await SendAsync(new GetYouthFile(Id));
        if (file.Value is null)
        {
            return file.Refusal!;
        }

        Dossier = file.Value;
        Today = HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();

        TimelineTrack = Enum.TryParse<Track>(Request.Query["volet"], ignoreCase: true, out var track)
                        && Enum.IsDefined(track) && Dossier.Rights.ReadableTracks.Contains(track)
            ? track
            : null;
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 10_000
            ? number
            : 1;
        var timeline = await SendAsync(new GetYouthTimeline(Id, TimelineTrack, page, TimelinePageSize));
        if (timeline.Value is null)
        {
            return timeline.Refusal!;
        }

        Timeline = timeline.Value;

        ShowsClosedDeadlines = Request.Query["echeances"] == AllDeadlinesFlag;
        var deadlines = await SendAsync(new ListDeadlines(DeadlineScope.All, Id, IncludeClosed: ShowsClosedDeadlines));
        if (deadlines.Value is null)
        {
            return deadlines.Refusal!;
        }

        Deadlines = deadlines.Value;
        CanAddDeadline = !Dossier.IsArchived && Dossier.Rights.WritableTracks.Count > 0
                         && HttpContext.RequestServices.GetRequiredService<ICurrentUser>().Has(Permission.ManageDeadlines);

        var requests = await SendAsync(new ListYouthRequests(Id));
        if (requests.Value is null)
        {
            return requests.Refusal!;
        }

        PsychologyRequests = requests.Value;

        if (Dossier.Rights.ManageGroup)
        {
            var staff = await SendAsync(new ListStaff());
            if (staff.Value is null)
            {
                return staff.Refusal!;
            }

            var members = Dossier.Case?.FollowUpGroup.Where(m => m.Until is null).Select(m => m.UserId).ToHashSet() ?? [];
            StaffToAdd = [.. staff.Value.Where(s => !members.Contains(s.Id)).OrderBy(s => s.DisplayName, StringComparer.CurrentCulture)];
        }

        // Fresh forms, except the one that was refused: it keeps what was typed.
        if (Posted != "entry")
        {
            var writable = WritableTracks.ToList();
            Entry = new EntryInput
            {
                Date = Today,
                Track = writable.Count == 1 ? writable[0] : null,
                Kind = EntryKind.Conversation,
                Visibility = EntryVisibility.FollowUpGroup,
            };
        }

        Entry.SubmissionId ??= Guid.NewGuid();
        if (Posted != "status")
        {
            Status = new StatusInput { Date = Today };
        }

        if (Posted != "archive")
        {
            Archive = new ArchiveInput { Date = Today };
        }

        return Page();
    }

    public sealed class EntryInput
    {
        /// <summary>The entry being corrected (revision only).</summary>
        public Guid? EntryId { get; set; }

        public int? ExpectedVersion { get; set; }

        /// <summary>Chosen when the form is shown: the same form sent twice writes one entry.</summary>
        public Guid? SubmissionId { get; set; }

        public DateOnly? Date { get; set; }

        public Track? Track { get; set; }

        public EntryKind? Kind { get; set; }

        public string? Text { get; set; }

        public string? Partner { get; set; }

        public string? NextStep { get; set; }

        public EntryVisibility? Visibility { get; set; }
    }

    public sealed class StatusInput
    {
        public int? ExpectedVersion { get; set; }

        public YouthStatus? Status { get; set; }

        public DateOnly? Date { get; set; }

        public string? Department { get; set; }

        public string? Note { get; set; }
    }

    public sealed class ArchiveInput
    {
        public int? ExpectedVersion { get; set; }

        public DateOnly? Date { get; set; }

        public ExitReason? Kind { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class AliasInput
    {
        public int? ExpectedVersion { get; set; }

        public Guid? AliasId { get; set; }

        public string? Name { get; set; }

        public string? Note { get; set; }
    }

    public sealed class GroupInput
    {
        public int? ExpectedVersion { get; set; }

        public Guid? StaffId { get; set; }

        public GroupChange? Change { get; set; }
    }

    public sealed class SituationInput
    {
        public int? ExpectedVersion { get; set; }

        public Track? Track { get; set; }

        public string? Summary { get; set; }
    }

    public sealed class DocumentInput
    {
        /// <summary>The version of the checklist line; empty while the line does not exist yet.</summary>
        public int? ExpectedVersion { get; set; }

        public DocumentKind? Kind { get; set; }

        public DocumentStatus? Status { get; set; }

        public DateOnly? ExpiryDate { get; set; }

        public string? Note { get; set; }
    }

    public sealed class UploadInput
    {
        public DocumentKind? Kind { get; set; }

        public IFormFile? File { get; set; }
    }
}

/// <summary>
/// A request too large to be read (a file well above 10 MB) would end in a bare error, or a reset connection, before the
/// page runs: it is sent back to the file with a French message instead. Its body is not read by the app; the server
/// discards it (up to <see cref="DrainLimit"/>) so that the browser receives the answer once its upload is over.
/// Runs after authentication and authorisation, before the size limits and the antiforgery check (which reads the body).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class OversizedUploadFilterAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Beyond this, the server closes the connection rather than receive the whole upload for nothing.</summary>
    public const long DrainLimit = 64 * 1024 * 1024;

    public int Order => 850;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (context.Result is null
            && HttpMethods.IsPost(http.Request.Method)
            && http.Request.ContentLength > DossierModel.UploadLimit
            && context.RouteData.Values.TryGetValue("id", out var id)
            && Guid.TryParse(Convert.ToString(id, CultureInfo.InvariantCulture), out var youthId))
        {
            // The routing middleware already lowered the limit to the page's: raised again, only to discard the body.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = DrainLimit;
            }

            context.Result = new RedirectResult($"/Jeunes/{youthId:D}?envoi={DossierModel.OversizedFlag}#pieces");
        }
    }
}

/// <summary>The entry form, to write an entry or to correct one of the timeline's.</summary>
public sealed record EntryFormView(DossierModel Page, DossierModel.EntryInput Values, bool IsRevision);

/// <summary>One track's situation line, with its update form when the user may write on the track.</summary>
public sealed record SituationLine(DossierModel Page, Track Track, SituationView? Current);
