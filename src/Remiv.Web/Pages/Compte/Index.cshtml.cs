using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Security;
using Remiv.Application.Notifications.Commands;
using Remiv.Application.Notifications.Queries;
using Remiv.Application.Users.Queries;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;

namespace Remiv.Web.Pages.Compte;

/// <summary>
/// The signed-in person's account, and for staff the way they hear of reminders by email (one email per reminder,
/// or one a day); the in-app notifications come whatever they choose. An administration-only account has no reminders.
/// </summary>
public sealed class IndexModel(ICurrentUser user) : RemivPageModel
{
    public MyAccount Account { get; private set; } = null!;

    /// <summary>Staff receive reminders; an administration-only account does not, so it has no such choice.</summary>
    public bool ChoosesReminderEmails => user.Has(Permission.UseStaffArea);

    /// <summary>The choice as stored (an email per reminder until the person chose otherwise).</summary>
    public ReminderEmailMode ReminderEmails { get; private set; } = ReminderEmailMode.EachReminder;

    [BindProperty]
    public ReminderEmailsInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostRemindersAsync()
    {
        if (!ChoosesReminderEmails)
        {
            return Forbid();
        }

        if (!ModelState.IsValid || Input.Mode is null)
        {
            // A value the form cannot offer (a changed page, a hand-made request): refused in French, nothing sent.
            foreach (var entry in ModelState.Values)
            {
                entry.Errors.Clear();
            }

            ModelState.AddModelError($"{InputPrefix}.{nameof(ReminderEmailsInput.Mode)}", Localizer["Choisissez une valeur dans la liste."]);
            return await ShowAsync();
        }

        var sent = await SendAsync(new SetReminderEmailMode(Input.Mode.Value));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        Notice = "Votre choix pour les rappels par courriel est enregistré.";
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new GetMyAccount());
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Account = sent.Value!;
        if (ChoosesReminderEmails)
        {
            var mode = await SendAsync(new GetReminderEmailMode());
            if (!mode.Ok)
            {
                return mode.Refusal!;
            }

            ReminderEmails = mode.Value;
        }

        return Page();
    }

    public sealed class ReminderEmailsInput
    {
        public ReminderEmailMode? Mode { get; set; }
    }
}
