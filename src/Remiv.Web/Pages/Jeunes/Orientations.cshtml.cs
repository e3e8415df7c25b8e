using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Partners.Queries;
using Remiv.Application.Referrals.Commands;
using Remiv.Application.Referrals.Queries;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Pages.Partenaires;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>
/// A young person's referrals to partners, newest first, on the tracks the reader may read: partner, need, track,
/// status with its dated history, outcome. A form proposes a new one (an active partner, a track the reader may write,
/// the need, the date: today by default); each open referral has a form for its next status.
/// </summary>
[RequirePermission(Permission.ManageReferrals)]
public sealed class OrientationsModel : PartnerFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public YouthReferrals YouthFile { get; private set; } = null!;

    public IReadOnlyList<PartnerListItem> ActivePartners { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The proposal form as it was sent, when it was refused.</summary>
    public ProposeInput Proposal { get; private set; } = new();

    /// <summary>The status form as it was sent, when it was refused (its referral shows the messages).</summary>
    public StatusInput? StatusChange { get; private set; }

    public string YouthName => Echeances.DeadlineText.Name(YouthFile.FirstName, YouthFile.LastName);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostProposeAsync([FromForm(Name = InputPrefix)] ProposeInput input)
    {
        Proposal = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        if (input.PartnerId is null)
        {
            ModelState.AddModelError($"{InputPrefix}.PartnerId", Localizer["Choisissez le partenaire dans la liste."]);
        }

        if (input.Track is null)
        {
            ModelState.AddModelError($"{InputPrefix}.Track", Localizer["Choisissez le volet dans la liste."]);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new ProposeReferral(Id, input.PartnerId!.Value, input.Track!.Value, input.Need, input.Date));
        return await AfterAsync(sent.Refusal, "L'orientation est enregistrée.");
    }

    public async Task<IActionResult> OnPostStatusAsync([FromForm(Name = InputPrefix)] StatusInput input)
    {
        StatusChange = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        if (input.Status is null)
        {
            ModelState.AddModelError($"{InputPrefix}.Status", Localizer["Choisissez le nouveau statut dans la liste."]);
            return await ShowAsync();
        }

        var sent = await SendAsync(new ChangeReferralStatus(input.ReferralId ?? Guid.Empty, input.ExpectedVersion ?? -1, input.Status.Value, input.Date,
            input.Outcome));
        return await AfterAsync(sent.Refusal, "Le statut de l'orientation est enregistré.");
    }

    /// <summary>Whether the refused status form was this referral's (its messages are shown beside it).</summary>
    public bool IsRefusedStatusFormOf(Guid referralId) => StatusChange?.ReferralId == referralId;

    private Task<IActionResult> AfterAsync(IActionResult? refusal, string notice) => AfterCommandAsync(refusal, notice, $"/Jeunes/{Id:D}/Orientations", ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new ListYouthReferrals(Id));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        YouthFile = sent.Value;
        Today = HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();
        if (YouthFile.WritableTracks.Count > 0)
        {
            var partners = await SendAsync(new ListPartners(ActiveOnly: true));
            if (partners.Value is null)
            {
                return partners.Refusal!;
            }

            ActivePartners = partners.Value;
        }

        return Page();
    }

    public sealed class ProposeInput
    {
        public Guid? PartnerId { get; set; }

        public Track? Track { get; set; }

        public string? Need { get; set; }

        public DateOnly? Date { get; set; }
    }

    public sealed class StatusInput
    {
        public Guid? ReferralId { get; set; }

        public int? ExpectedVersion { get; set; }

        public ReferralStatus? Status { get; set; }

        public DateOnly? Date { get; set; }

        public string? Outcome { get; set; }
    }
}
