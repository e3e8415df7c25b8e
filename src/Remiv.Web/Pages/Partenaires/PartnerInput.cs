using Remiv.Application.Partners.Queries;
using Remiv.Domain.Partners;

namespace Remiv.Web.Pages.Partenaires;

/// <summary>The partner form (new partner, change), as typed.</summary>
public sealed class PartnerInput
{
    public int? ExpectedVersion { get; set; }

    public string? Name { get; set; }

    public PartnerType? Type { get; set; }

    public string? Description { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public static PartnerInput From(PartnerView partner) => new()
    {
        ExpectedVersion = partner.Version,
        Name = partner.Name,
        Type = partner.Type,
        Description = partner.Description,
        Address = partner.Address,
        Phone = partner.Phone,
        Email = partner.Email,
        Website = partner.Website,
    };
}

/// <summary>How a phone number becomes a "tel:" link: digits and a leading plus only.</summary>
public static class PartnerText
{
    public static string TelLink(string phone) =>
        "tel:" + new string([.. phone.Where((c, i) => char.IsDigit(c) || (c == '+' && i == phone.TakeWhile(char.IsWhiteSpace).Count()))]);
}
