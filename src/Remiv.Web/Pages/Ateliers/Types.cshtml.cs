using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Workshops.Commands;
using Remiv.Application.Workshops.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Ateliers;

/// <summary>
/// The kinds of workshop (coordinators): add one, rename it or change its track, retire it (no new sessions of it; the
/// sessions held keep it) or offer it again. Each form posts to its own handler and comes back here.
/// </summary>
[RequirePermission(Permission.ManageWorkshopKinds)]
public sealed class TypesModel : FormPageModel
{
    public const string Address = "/Ateliers/Types";

    public IReadOnlyList<WorkshopKindItem> Kinds { get; private set; } = [];

    /// <summary>The tracks a workshop may belong to (never the psychological one).</summary>
    public static IReadOnlyList<Track> Tracks { get; } = [.. Enum.GetValues<Track>().Where(t => t != Track.Psychological)];

    /// <summary>The form that was refused: "new" or "kind" (with <see cref="PostedKind"/>), and what was typed in it.</summary>
    public string? Posted { get; private set; }

    public Guid? PostedKind { get; private set; }

    public KindInput Typed { get; private set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public IActionResult OnPost() => Redirect(Address);

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = InputPrefix)] KindInput input)
    {
        Posted = "new";
        Typed = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new CreateWorkshopKind(input.Name ?? string.Empty, input.Track ?? default));
        return await AfterAsync(sent.Refusal, "Le type d'atelier est ajouté.");
    }

    public Task<IActionResult> OnPostSaveAsync([FromForm(Name = InputPrefix)] KindInput input) =>
        ChangeAsync(input, input.IsActive, "Le type d'atelier est enregistré.");

    public Task<IActionResult> OnPostRetireAsync([FromForm(Name = InputPrefix)] KindInput input) =>
        ChangeAsync(input, isActive: false, "Le type d'atelier est retiré : on ne peut plus prévoir de séance de ce type.");

    public Task<IActionResult> OnPostReinstateAsync([FromForm(Name = InputPrefix)] KindInput input) =>
        ChangeAsync(input, isActive: true, "Le type d'atelier est de nouveau proposé.");

    /// <summary>The first error of a field of the form that was refused.</summary>
    public string? KindError(string form, Guid? kind, string field) =>
        Posted == form && PostedKind == kind ? ErrorOf(field) : null;

    public bool IsPosted(string form, Guid? kind = null) => Posted == form && PostedKind == kind && !ModelState.IsValid;

    private async Task<IActionResult> ChangeAsync(KindInput input, bool isActive, string notice)
    {
        Posted = "kind";
        PostedKind = input.KindId;
        Typed = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new UpdateWorkshopKind(input.KindId ?? Guid.Empty, input.ExpectedVersion ?? -1, input.Name ?? string.Empty,
            input.Track ?? default, isActive));
        if (Conflict is not null)
        {
            Posted = null;
            PostedKind = null;
        }

        return await AfterAsync(sent.Refusal, notice);
    }

    private Task<IActionResult> AfterAsync(IActionResult? refusal, string notice) => AfterCommandAsync(refusal, notice, Address, ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new ListWorkshopKinds(IncludeRetired: true));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Kinds = [.. sent.Value.OrderBy(k => !k.IsActive)];
        return Page();
    }

    /// <summary>A kind form's fields (bound under "Input"); their names are the commands' so that a refusal lands beside its field.</summary>
    public sealed class KindInput
    {
        public Guid? KindId { get; set; }

        public int? ExpectedVersion { get; set; }

        public string? Name { get; set; }

        public Track? Track { get; set; }

        public bool IsActive { get; set; }
    }
}
