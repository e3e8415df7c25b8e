using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Psychology.Sessions.Commands;
using Remiv.Application.Psychology.Sessions.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Seances;

/// <summary>
/// One session (/Psychologie/Seances/{id}): when, where, with whom, the interpreter, its state and its history; for those
/// who may act for its psychologist (coordinators, the psychologist themselves), the forms to cancel it (with a reason)
/// and, once it has started, to record that it was held or that the young person did not come.
/// </summary>
[RequirePermission(Permission.ViewSessions)]
public sealed class DetailModel(ICurrentUser user, TimeProvider clock) : SessionPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SessionDetail Detail { get; private set; } = null!;

    public SessionItem Session => Detail.Session;

    /// <summary>The cancelling form as it was sent, when it was refused.</summary>
    public ChangeInput Cancelling { get; private set; } = new();

    /// <summary>The form that was refused ("cancel" or "outcome"), to open it again.</summary>
    public string? Posted { get; private set; }

    /// <summary>Whether the user may change this session (coordinators; its psychologist).</summary>
    public bool MayAct => user.Has(Permission.BookSessions) && (user.Has(Permission.ViewAllYouths) || Session.PsychologistId == user.UserId);

    public bool IsPlanned => Session.Status == SessionStatus.Planned;

    /// <summary>Psychologists keep (and read) session notes, on a page of their own.</summary>
    public bool KeepsNotes => user.Has(Permission.KeepSessionNotes);

    /// <summary>Whether the session has started, so that its outcome may be recorded.</summary>
    public bool HasStarted => Session.Start <= clock.GetUtcNow();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>A form sent without a known handler: back to the session.</summary>
    public IActionResult OnPost() => Redirect($"/Psychologie/Seances/{Id:D}");

    public async Task<IActionResult> OnPostCancelAsync([FromForm(Name = InputPrefix)] ChangeInput input)
    {
        (Posted, Cancelling) = ("cancel", input);
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new CancelSession(Id, input.ExpectedVersion ?? -1, input.Reason?.Trim() ?? string.Empty));
        return await AfterAsync(sent.Refusal, "La séance est annulée.");
    }

    public async Task<IActionResult> OnPostOutcomeAsync([FromForm(Name = InputPrefix)] ChangeInput input)
    {
        Posted = "outcome";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new RecordSessionOutcome(Id, input.ExpectedVersion ?? -1, input.Outcome ?? 0));
        return await AfterAsync(sent.Refusal, input.Outcome == SessionStatus.YouthAbsent ? "La séance est notée : jeune absent." : "La séance est notée comme tenue.");
    }

    private Task<IActionResult> AfterAsync(IActionResult? refusal, string notice) => AfterCommandAsync(refusal, notice, $"/Psychologie/Seances/{Id:D}", ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new GetSession(Id));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Detail = sent.Value;
        return Page();
    }

    public sealed class ChangeInput
    {
        public int? ExpectedVersion { get; set; }

        public string? Reason { get; set; }

        public SessionStatus? Outcome { get; set; }
    }
}
