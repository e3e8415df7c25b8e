using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Security;
using Remiv.Application.Partners.Commands;
using Remiv.Application.Partners.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Partenaires;

/// <summary>
/// One partner: its details, the people to call there (phone and e-mail as links), and how many referrals it has by
/// status (numbers only, never who). Those who may edit the directory add and remove contacts, withdraw or reactivate it.
/// </summary>
[RequirePermission(Permission.ViewPartners)]
public sealed class DetailModel(ICurrentUser user) : PartnerFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PartnerView Partner { get; private set; } = null!;

    /// <summary>The contact form as it was sent, when it was refused.</summary>
    public ContactInput Contact { get; private set; } = new();

    public bool MayEdit => user.Has(Permission.ManagePartners);

    public bool MaySeeReferrals => user.Has(Permission.ManageReferrals);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAddContactAsync([FromForm(Name = InputPrefix)] ContactInput input)
    {
        Contact = input;
        var sent = await SendAsync(new AddPartnerContact(Id, input.ContactName, input.ContactRole, input.ContactPhone, input.ContactEmail));
        return await AfterAsync(sent.Refusal, "Le contact est ajouté.");
    }

    public async Task<IActionResult> OnPostRemoveContactAsync(Guid contactId)
    {
        var sent = await SendAsync(new RemovePartnerContact(Id, contactId));
        return await AfterAsync(sent.Refusal, "Le contact est retiré.");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int expectedVersion)
    {
        var sent = await SendAsync(new SetPartnerActive(Id, expectedVersion, IsActive: false));
        return await AfterAsync(sent.Refusal, "Le partenaire est retiré : il n'est plus proposé pour les nouvelles orientations.");
    }

    public async Task<IActionResult> OnPostReactivateAsync(int expectedVersion)
    {
        var sent = await SendAsync(new SetPartnerActive(Id, expectedVersion, IsActive: true));
        return await AfterAsync(sent.Refusal, "Le partenaire est de nouveau en activité.");
    }

    private Task<IActionResult> AfterAsync(IActionResult? refusal, string notice) => AfterCommandAsync(refusal, notice, $"/Partenaires/{Id:D}", ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new GetPartner(Id));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Partner = sent.Value;
        return Page();
    }

    public sealed class ContactInput
    {
        public string? ContactName { get; set; }

        public string? ContactRole { get; set; }

        public string? ContactPhone { get; set; }

        public string? ContactEmail { get; set; }
    }
}
