using Remiv.Domain.Common;
using Remiv.Domain.Partners;

namespace Remiv.Domain.Tests.Partners;

/// <summary>A partner's details and contacts: a name and a known type required, phone, e-mail and website checked, a withdrawn partner kept.</summary>
public sealed class PartnerTests
{
    private static PartnerDetails Details(string? name = "Coallia", PartnerType type = PartnerType.Association, string? phone = "05 49 00 00 00",
        string? email = "accueil@example.org", string? website = "https://www.example.org") =>
        new(name, type, "Soins du psychotraumatisme.", "Poitiers", phone, email, website);

    [Test]
    public void A_new_partner_is_active_with_its_details_trimmed()
    {
        var partner = Partner.Create(Details(name: "  Coallia  "));

        partner.Name.ShouldBe("Coallia");
        partner.IsActive.ShouldBeTrue();
        partner.Phone.ShouldBe("05 49 00 00 00");
        partner.Contacts.ShouldBeEmpty();
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void A_partner_needs_a_name(string? name)
    {
        var refusal = Should.Throw<DomainRuleException>(() => Partner.Create(Details(name: name)));
        refusal.Field.ShouldBe("Name");
        refusal.Message.ShouldBe("Indiquez le nom du partenaire.");
    }

    [Test]
    public void An_unknown_type_is_refused()
    {
        Should.Throw<DomainRuleException>(() => Partner.Create(Details(type: (PartnerType)99))).Field.ShouldBe("Type");
    }

    [TestCase("+33 5 49 00 00 00")]
    [TestCase("05.49.00.00.00")]
    [TestCase("(05) 49-00-00-00")]
    public void Usual_phone_spellings_are_accepted(string phone)
    {
        Partner.Create(Details(phone: phone)).Phone.ShouldBe(phone);
    }

    [TestCase("appeler Karim")]
    [TestCase("12")]
    [TestCase("05 49 00 00 00 poste 12")]
    public void A_phone_that_is_not_a_number_is_refused(string phone)
    {
        var refusal = Should.Throw<DomainRuleException>(() => Partner.Create(Details(phone: phone)));
        refusal.Field.ShouldBe("Phone");
        refusal.Message.ShouldBe("Ce numéro de téléphone n'est pas valide (par exemple : 05 49 00 00 00).");
    }

    [TestCase("accueil")]
    [TestCase("accueil@")]
    [TestCase("Accueil <accueil@example.org>")]
    public void An_invalid_email_is_refused(string email)
    {
        Should.Throw<DomainRuleException>(() => Partner.Create(Details(email: email))).Field.ShouldBe("Email");
    }

    [TestCase("www.example.org")]
    [TestCase("ftp://example.org")]
    [TestCase("javascript:alert(1)")]
    public void A_website_must_be_a_full_web_address(string website)
    {
        var refusal = Should.Throw<DomainRuleException>(() => Partner.Create(Details(website: website)));
        refusal.Field.ShouldBe("Website");
        refusal.Message.ShouldStartWith("Indiquez l'adresse complète du site");
    }

    [Test]
    public void Withdrawing_keeps_the_partner_and_counts_a_version()
    {
        var partner = Partner.Create(Details());

        partner.Update(Details(name: "Coallia Poitiers"), isActive: false);

        partner.IsActive.ShouldBeFalse();
        partner.Name.ShouldBe("Coallia Poitiers");
        partner.Version.ShouldBe(1);
    }

    [Test]
    public void Contacts_are_added_checked_and_removed()
    {
        var partner = Partner.Create(Details());

        var contact = partner.AddContact(" Accueil ", "Secrétariat", "05 49 00 00 00", "accueil@example.org");

        contact.Name.ShouldBe("Accueil");
        partner.Contacts.ShouldHaveSingleItem();
        Should.Throw<DomainRuleException>(() => partner.AddContact("", null, null, null)).Field.ShouldBe("ContactName");
        Should.Throw<DomainRuleException>(() => partner.AddContact("Accueil", null, "pas de numéro", null)).Field.ShouldBe("ContactPhone");
        Should.Throw<DomainRuleException>(() => partner.AddContact("Accueil", null, null, "accueil")).Field.ShouldBe("ContactEmail");
        partner.Contacts.Count.ShouldBe(1);

        partner.RemoveContact(contact.Id);

        partner.Contacts.ShouldBeEmpty();
        Should.Throw<DomainRuleException>(() => partner.RemoveContact(contact.Id)).Message.ShouldBe("Ce contact n'existe plus : rechargez la page.");
    }

    [Test]
    public void A_partner_has_at_most_thirty_contacts()
    {
        var partner = Partner.Create(Details());
        for (var i = 0; i < Partner.MaxContacts; i++)
        {
            partner.AddContact($"Contact {i}", null, null, null);
        }

        Should.Throw<DomainRuleException>(() => partner.AddContact("Un de trop", null, null, null)).Field.ShouldBe("Contact");
        partner.Contacts.Count.ShouldBe(Partner.MaxContacts);
    }
}
