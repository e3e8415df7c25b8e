using System.Net.Mail;
using Remiv.Domain.Common;

namespace Remiv.Domain.Partners;

/// <summary>The families of partners the hub works with; reports count referrals by these.</summary>
public enum PartnerType
{
    Association = 1,

    /// <summary>Aide sociale à l'enfance (the département's child welfare).</summary>
    ChildWelfare = 2,

    Court = 3,
    Prefecture = 4,

    /// <summary>Schools, the CASNAV, training centres.</summary>
    School = 5,

    /// <summary>Health centres, hospitals' PASS, doctors.</summary>
    Health = 6,

    MissionLocale = 7,
    Lawyer = 8,
    PrivateActor = 9,
    OtherInstitution = 10,
}

/// <summary>
/// An association, institution, lawyer or private actor the hub works with, and the people to call there. Partners are
/// never deleted (referrals point at them): one that stops working with the hub is withdrawn.
/// </summary>
public sealed class Partner
{
    public const int NameMaxLength = 150;
    public const int ShortTextMaxLength = 200;
    public const int DescriptionMaxLength = 1000;
    public const int MaxContacts = 30;

    private readonly List<PartnerContact> _contacts = [];

    private Partner()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public PartnerType Type { get; private set; }

    public string? Description { get; private set; }

    public string? Address { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Website { get; private set; }

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<PartnerContact> Contacts => _contacts;

    public static Partner Create(PartnerDetails details)
    {
        var partner = new Partner { Id = Guid.NewGuid(), IsActive = true };
        partner.Apply(details);
        return partner;
    }

    public void Update(PartnerDetails details, bool isActive)
    {
        Apply(details);
        IsActive = isActive;
        Version++;
    }

    public PartnerContact AddContact(string name, string? role, string? phone, string? email)
    {
        if (_contacts.Count >= MaxContacts)
        {
            throw new DomainRuleException("Contact", $"Ce partenaire a déjà {MaxContacts} contacts : retirez-en un avant d'en ajouter.");
        }

        var contact = new PartnerContact(
            DomainText.Required(name, "ContactName", NameMaxLength, "Indiquez le nom du contact."),
            DomainText.Optional(role, "ContactRole", ShortTextMaxLength),
            CheckPhone(phone, "ContactPhone"),
            CheckEmail(email, "ContactEmail"));
        _contacts.Add(contact);
        Version++;
        return contact;
    }

    public void RemoveContact(Guid contactId)
    {
        var contact = _contacts.FirstOrDefault(c => c.Id == contactId)
                      ?? throw new DomainRuleException("Contact", "Ce contact n'existe plus : rechargez la page.");
        _contacts.Remove(contact);
        Version++;
    }

    private void Apply(PartnerDetails details)
    {
        if (!Enum.IsDefined(details.Type))
        {
            throw new DomainRuleException(nameof(Type), "Choisissez le type de partenaire dans la liste.");
        }

        Name = DomainText.Required(details.Name, nameof(Name), NameMaxLength, "Indiquez le nom du partenaire.");
        Type = details.Type;
        Description = DomainText.Optional(details.Description, nameof(Description), DescriptionMaxLength, multiline: true);
        Address = DomainText.Optional(details.Address, nameof(Address), ShortTextMaxLength);
        Phone = CheckPhone(details.Phone, nameof(Phone));
        Email = CheckEmail(details.Email, nameof(Email));
        var website = DomainText.Optional(details.Website, nameof(Website), ShortTextMaxLength);
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new DomainRuleException(nameof(Website), "Indiquez l'adresse complète du site (par exemple : https://www.coallia.org).");
        }

        Website = website;
    }

    private static string? CheckPhone(string? phone, string field)
    {
        var cleaned = DomainText.Optional(phone, field, 30);
        if (cleaned is not null && (cleaned.Count(char.IsDigit) < 4 || cleaned.Any(c => !char.IsDigit(c) && c is not (' ' or '+' or '.' or '-' or '(' or ')'))))
        {
            throw new DomainRuleException(field, "Ce numéro de téléphone n'est pas valide (par exemple : 05 49 00 00 00).");
        }

        return cleaned;
    }

    private static string? CheckEmail(string? email, string field)
    {
        var cleaned = DomainText.Optional(email, field, ShortTextMaxLength);
        if (cleaned is not null && !(MailAddress.TryCreate(cleaned, out var parsed) && parsed.Address == cleaned))
        {
            throw new DomainRuleException(field, "Cette adresse e-mail n'est pas valide (par exemple : accueil@partenaire.fr).");
        }

        return cleaned;
    }
}

public sealed record PartnerDetails(
    string? Name, PartnerType Type, string? Description, string? Address, string? Phone, string? Email, string? Website);

/// <summary>Someone to call at a partner.</summary>
public sealed class PartnerContact
{
    private PartnerContact()
    {
        Name = string.Empty;
    }

    internal PartnerContact(string name, string? role, string? phone, string? email)
    {
        Id = Guid.NewGuid();
        (Name, Role, Phone, Email) = (name, role, phone, email);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? Role { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }
}
