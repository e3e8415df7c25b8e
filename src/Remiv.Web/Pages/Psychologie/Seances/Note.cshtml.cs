using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Psychology.Notes;
using Remiv.Application.Psychology.Notes.Commands;
using Remiv.Application.Psychology.Notes.Queries;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Psychology.Sessions.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Seances;

/// <summary>
/// The confidential note of a session (/Psychologie/Seances/{id}/Note), for psychologists only (403 for the other roles):
/// the session's psychologist writes and changes it, and chooses to share it with the psychologists' team; a psychologist
/// who sees the session reads it once shared. A note one may not read is "not found" (404), exactly as no note. Every
/// opening that shows the note is audited by the use case.
/// </summary>
[RequirePermission(Permission.KeepSessionNotes)]
public sealed class NoteModel : RemivPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SessionItem Session { get; private set; } = null!;

    public SessionNoteView View { get; private set; } = null!;

    public SessionNoteItem? Note => View.Note;

    /// <summary>The form's values: the stored note, or what was typed when it was refused.</summary>
    public NoteInput Input { get; private set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync(typed: null);

    public async Task<IActionResult> OnPostAsync([FromForm(Name = InputPrefix)] NoteInput input)
    {
        if (!ModelState.IsValid)
        {
            // A version the form could not read (a hand-edited form): nothing is sent.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, Localizer["Rechargez la page, puis recommencez."]);
            return await ShowAsync(input);
        }

        var sent = await SendAsync(new WriteSessionNote(Id, input.ExpectedVersion, input.Text ?? string.Empty, input.SharedWithTeam));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? await ShowAsync(input) : sent.Refusal!;
        }

        Notice = "La note est enregistrée.";
        return Redirect($"/Psychologie/Seances/{Id:D}/Note");
    }

    /// <summary>The first error of a field, for the message beside it.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The page with the stored note, or with <paramref name="typed"/> in the form when it was refused.</summary>
    private async Task<IActionResult> ShowAsync(NoteInput? typed)
    {
        // The note first: a note one may not read answers 404 before anything of the session is read.
        var view = await SendAsync(new GetSessionNote(Id));
        if (view.Value is null)
        {
            return view.Refusal is PageResult ? NotFound() : view.Refusal!;
        }

        var session = await SendAsync(new GetSession(Id));
        if (session.Value is null)
        {
            return session.Refusal is PageResult ? NotFound() : session.Refusal!;
        }

        (View, Session) = (view.Value, session.Value.Session);
        Input = typed ?? new NoteInput
        {
            ExpectedVersion = Note?.Version,
            Text = Note?.Text,
            SharedWithTeam = Note?.SharedWithTeam ?? false,
        };
        return Page();
    }

    public sealed class NoteInput
    {
        /// <summary>The version of the note read; none before the first note.</summary>
        public int? ExpectedVersion { get; set; }

        public string? Text { get; set; }

        public bool SharedWithTeam { get; set; }
    }
}
