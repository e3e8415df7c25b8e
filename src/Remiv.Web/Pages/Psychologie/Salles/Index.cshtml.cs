using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Rooms.Commands;
using Remiv.Application.Psychology.Rooms.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Salles;

/// <summary>
/// The rooms where psychologists receive young people. Psychologists and coordinators read the rooms in service (where a
/// session can be booked); coordinators also see the withdrawn ones, add rooms, rename them, and withdraw them or put
/// them back in service. Each form posts to its own handler and comes back here.
/// </summary>
[RequirePermission(Permission.ViewPsychologistAvailability)]
public sealed class IndexModel(ICurrentUser user) : RemivPageModel
{
    public const string Address = "/Psychologie/Salles";

    /// <summary>The rooms, in service first, each group by name.</summary>
    public IReadOnlyList<RoomItem> Rooms { get; private set; } = [];

    public bool MayManage => user.Has(Permission.ManageRooms);

    /// <summary>The form that was refused: "new" or "room" (with <see cref="PostedRoom"/>), and what was typed in it.</summary>
    public string? Posted { get; private set; }

    public Guid? PostedRoom { get; private set; }

    public RoomInput Typed { get; private set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>A form sent without a known handler: back to the list.</summary>
    public IActionResult OnPost() => Redirect(Address);

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = InputPrefix)] RoomInput input)
    {
        Posted = "new";
        Typed = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new CreateRoom(input.Name ?? string.Empty, input.Note));
        return await AfterAsync(sent.Refusal, "La salle est ajoutée.");
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = InputPrefix)] RoomInput input) =>
        await ChangeAsync(input, input.IsActive, "La salle est enregistrée.");

    public async Task<IActionResult> OnPostWithdrawAsync([FromForm(Name = InputPrefix)] RoomInput input) =>
        await ChangeAsync(input, isActive: false, "La salle est retirée : on ne peut plus y prévoir de séance.");

    public async Task<IActionResult> OnPostReinstateAsync([FromForm(Name = InputPrefix)] RoomInput input) =>
        await ChangeAsync(input, isActive: true, "La salle est remise en service.");

    /// <summary>The first error of a field of the form that was refused, for the message beside the field.</summary>
    public string? ErrorOf(string form, Guid? room, string field) =>
        Posted == form && PostedRoom == room && ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>Whether this form is the one that was refused (it opens again with what was typed).</summary>
    public bool IsPosted(string form, Guid? room = null) => Posted == form && PostedRoom == room && !ModelState.IsValid;

    /// <summary>
    /// Renaming keeps the room in service or withdrawn as it is (the form sends its state); the withdraw and reinstate
    /// buttons send the room's name and note as they are, with the state asked for.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(RoomInput input, bool isActive, string notice)
    {
        Posted = "room";
        PostedRoom = input.RoomId;
        Typed = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new UpdateRoom(input.RoomId ?? Guid.Empty, input.ExpectedVersion ?? -1, input.Name ?? string.Empty, input.Note, isActive));
        if (Conflict is not null)
        {
            // The page shows the room as it is now; what was typed on the old version is not put back in the form.
            Posted = null;
            PostedRoom = null;
        }

        return await AfterAsync(sent.Refusal, notice);
    }

    private Task<IActionResult> AfterAsync(IActionResult? refusal, string notice) => AfterCommandAsync(refusal, notice, Address, ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new ListRooms(IncludeInactive: MayManage));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Rooms = [.. sent.Value.OrderBy(r => !r.IsActive)];
        return Page();
    }

    /// <summary>A value the form could not even read (a changed hidden field) is refused in French before anything is sent.</summary>
    private bool BindingSucceeded()
    {
        if (ModelState.IsValid)
        {
            return true;
        }

        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key, Localizer["Choisissez une valeur dans la liste."]);
        }

        return false;
    }

    /// <summary>A room form's fields (bound under "Input"); their names are the commands' so that a refusal lands beside its field.</summary>
    public sealed class RoomInput
    {
        public Guid? RoomId { get; set; }

        public int? ExpectedVersion { get; set; }

        public string? Name { get; set; }

        public string? Note { get; set; }

        /// <summary>Renaming: whether the room is in service now (kept as it is).</summary>
        public bool IsActive { get; set; }
    }
}
