using Remiv.Domain.Common;
using Remiv.Domain.Partners;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Tests.Partners;

/// <summary>A referral's rules: who may be referred and where, the dated steps, the final statuses, the outcome when done.</summary>
public sealed class ReferralTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateOnly FirstContact = new(2026, 9, 1);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.NewGuid();

    private static Youth NewYouth() => Youth.Register(
        new YouthIdentity("Aïssatou", "Bâ", new DateOnly(2010, 1, 1), BirthDateStanding.Declared, Sex.Female, "GN", ["fr"], false, null, null, null, null),
        FirstContact, Worker, Today, Now);

    private static Partner NewPartner() =>
        Partner.Create(new PartnerDetails("Audacia", PartnerType.Association, null, null, null, null, null));

    private static Referral Propose(DateOnly? on = null) =>
        Referral.Propose(NewYouth(), NewPartner(), Track.Housing, "Hébergement en colocation", on ?? Today.AddDays(-10), Worker, Today, Now);

    [Test]
    public void A_proposal_starts_with_one_dated_step()
    {
        var referral = Propose();

        referral.Status.ShouldBe(ReferralStatus.Proposed);
        referral.StatusDate.ShouldBe(Today.AddDays(-10));
        referral.History.ShouldHaveSingleItem().Status.ShouldBe(ReferralStatus.Proposed);
        referral.IsFinal.ShouldBeFalse();
    }

    [Test]
    public void A_withdrawn_partner_or_an_archived_file_is_refused()
    {
        var partner = NewPartner();
        partner.Update(new PartnerDetails("Audacia", PartnerType.Association, null, null, null, null, null), isActive: false);
        Should.Throw<DomainRuleException>(() => Referral.Propose(NewYouth(), partner, Track.Housing, "Logement", Today, Worker, Today, Now))
            .Message.ShouldBe("Ce partenaire ne travaille plus avec le pôle : choisissez-en un autre.");

        var youth = NewYouth();
        youth.Archive(Today, ExitReason.MovedAway, null, Worker, Today, Now);
        Should.Throw<DomainRuleException>(() => Referral.Propose(youth, NewPartner(), Track.Housing, "Logement", Today, Worker, Today, Now))
            .Message.ShouldBe("Ce dossier est archivé : il n'est plus possible d'orienter ce jeune.");
    }

    [Test]
    public void The_date_is_neither_in_the_future_nor_before_the_first_contact()
    {
        Should.Throw<DomainRuleException>(() => Propose(Today.AddDays(1))).Message.ShouldBe("Cette date ne peut pas être dans le futur.");
        Should.Throw<DomainRuleException>(() => Propose(FirstContact.AddDays(-1)))
            .Message.ShouldBe("Une orientation ne peut pas précéder le premier contact avec le jeune.");
        Propose(FirstContact).ProposedOn.ShouldBe(FirstContact);
    }

    [TestCase("")]
    [TestCase("  ")]
    public void A_need_is_required(string need)
    {
        Should.Throw<DomainRuleException>(() => Referral.Propose(NewYouth(), NewPartner(), Track.Housing, need, Today, Worker, Today, Now)).Field.ShouldBe("Need");
    }

    [Test]
    public void Steps_are_dated_and_kept_until_done()
    {
        var referral = Propose();

        referral.ChangeStatus(ReferralStatus.Accepted, Today.AddDays(-5), null, Worker, Today, Now);
        referral.ChangeStatus(ReferralStatus.InProgress, Today.AddDays(-2), "Premier rendez-vous tenu.", Worker, Today, Now);
        referral.ChangeStatus(ReferralStatus.Done, Today, "Entrée en colocation, bail individuel.", Worker, Today, Now);

        referral.History.Select(s => s.Status).ShouldBe([ReferralStatus.Proposed, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Done]);
        referral.Outcome.ShouldBe("Entrée en colocation, bail individuel.");
        referral.StatusDate.ShouldBe(Today);
        referral.IsFinal.ShouldBeTrue();
        referral.Version.ShouldBe(3);
    }

    [Test]
    public void Done_needs_an_outcome()
    {
        var referral = Propose();

        Should.Throw<DomainRuleException>(() => referral.ChangeStatus(ReferralStatus.Done, Today, "  ", Worker, Today, Now)).Field.ShouldBe("Outcome");
        referral.Status.ShouldBe(ReferralStatus.Proposed);
        referral.History.Count.ShouldBe(1);
    }

    [TestCase(ReferralStatus.Done)]
    [TestCase(ReferralStatus.Refused)]
    public void Done_and_refused_are_final(ReferralStatus final)
    {
        var referral = Propose();
        referral.ChangeStatus(final, Today, "Fin.", Worker, Today, Now);

        Enum.GetValues<ReferralStatus>().ShouldAllBe(s => !referral.MayMoveTo(s));
        Should.Throw<DomainRuleException>(() => referral.ChangeStatus(ReferralStatus.InProgress, Today, null, Worker, Today, Now))
            .Message.ShouldBe("Cette orientation est terminée : créez-en une nouvelle si besoin.");
    }

    [Test]
    public void A_partner_that_did_not_answer_may_still_answer()
    {
        var referral = Propose();
        referral.ChangeStatus(ReferralStatus.NoAnswer, Today.AddDays(-3), null, Worker, Today, Now);

        referral.MayMoveTo(ReferralStatus.Accepted).ShouldBeTrue();
        referral.MayMoveTo(ReferralStatus.Proposed).ShouldBeFalse();
        referral.MayMoveTo(ReferralStatus.NoAnswer).ShouldBeFalse();
        referral.ChangeStatus(ReferralStatus.Accepted, Today, null, Worker, Today, Now);
        referral.Status.ShouldBe(ReferralStatus.Accepted);
    }

    [Test]
    public void A_step_is_neither_in_the_future_nor_before_the_previous_one()
    {
        var referral = Propose();

        Should.Throw<DomainRuleException>(() => referral.ChangeStatus(ReferralStatus.Accepted, Today.AddDays(1), null, Worker, Today, Now)).Field.ShouldBe("StatusDate");
        Should.Throw<DomainRuleException>(() => referral.ChangeStatus(ReferralStatus.Accepted, Today.AddDays(-11), null, Worker, Today, Now))
            .Message.ShouldBe("Cette date ne peut pas précéder celle du statut précédent.");
        Should.Throw<DomainRuleException>(() => referral.ChangeStatus(ReferralStatus.Proposed, Today, null, Worker, Today, Now)).Field.ShouldBe("Status");
        referral.History.Count.ShouldBe(1);
    }
}
