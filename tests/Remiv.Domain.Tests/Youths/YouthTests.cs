using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Tests.Youths;

public sealed class YouthTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.NewGuid();

    private static YouthIdentity Identity(
        string first = "Abdoulaye",
        string last = "Diallo",
        DateOnly? birth = null,
        DateOnly? arrival = null) =>
        new(first, last, birth ?? new DateOnly(2010, 3, 12), BirthDateStanding.Declared, Sex.Male, "gn", ["FR", "ff", "fr"], true, null,
            arrival ?? new DateOnly(2026, 9, 1), "Maraude", "Hôtel");

    private static Youth Register(YouthIdentity? identity = null) =>
        Youth.Register(identity ?? Identity(), new DateOnly(2026, 10, 1), Worker, Today, Now);

    [Test]
    public void Register_starts_at_first_contact_with_the_registering_worker_as_referent_and_member()
    {
        var youth = Register();

        youth.CurrentStatus.ShouldBe(YouthStatus.FirstContact);
        youth.StatusHistory.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 10, 1));
        youth.ReferentId.ShouldBe(Worker);
        youth.IsFollowedBy(Worker).ShouldBeTrue();
        youth.Nationality.ShouldBe("GN");
        youth.Languages.ShouldBe(["fr", "ff"]);
    }

    [Test]
    public void Age_and_eighteenth_birthday_are_computed_from_the_birth_date()
    {
        var youth = Register(Identity(birth: new DateOnly(2009, 11, 27)));

        youth.AgeOn(Today).ShouldBe(16);
        youth.AgeOn(new DateOnly(2026, 11, 27)).ShouldBe(17);
        youth.EighteenthBirthday.ShouldBe(new DateOnly(2027, 11, 27));
        youth.DaysUntilEighteen(Today).ShouldBe(366);
    }

    [Test]
    public void A_leap_day_birth_turns_eighteen_on_the_28th_of_february()
    {
        var youth = Register(Identity(birth: new DateOnly(2008, 2, 29), arrival: new DateOnly(2025, 1, 10)));

        youth.EighteenthBirthday.ShouldBe(new DateOnly(2026, 2, 28));
    }

    [Test]
    public void Register_refuses_a_file_without_any_name()
    {
        Should.Throw<DomainRuleException>(() => Register(Identity(first: " ", last: "")))
            .Field.ShouldBe(nameof(Youth.FirstName));
    }

    [Test]
    public void Register_accepts_a_single_name()
    {
        Register(Identity(first: "", last: "Tesfaye")).FullName.ShouldBe("Tesfaye");
    }

    [Test]
    public void Register_refuses_a_birth_date_in_the_future()
    {
        Should.Throw<DomainRuleException>(() => Register(Identity(birth: Today.AddDays(1)))).Field.ShouldBe(nameof(Youth.BirthDate));
    }

    [Test]
    public void Register_refuses_a_birth_date_after_arrival_in_france()
    {
        Should.Throw<DomainRuleException>(() => Register(Identity(birth: new DateOnly(2026, 9, 2), arrival: new DateOnly(2026, 9, 1))))
            .Message.ShouldContain("après l'arrivée");
    }

    [Test]
    public void Register_refuses_someone_older_than_25_at_arrival_but_accepts_25()
    {
        Should.Throw<DomainRuleException>(() => Register(Identity(birth: new DateOnly(2000, 8, 31), arrival: new DateOnly(2026, 9, 1))))
            .Message.ShouldContain("plus de 25 ans");
        Register(Identity(birth: new DateOnly(2000, 9, 2), arrival: new DateOnly(2026, 9, 1))).AgeOn(new DateOnly(2026, 9, 1)).ShouldBe(25);
    }

    [Test]
    public void Register_refuses_an_arrival_after_first_contact_or_in_the_future()
    {
        Should.Throw<DomainRuleException>(() => Register(Identity(arrival: new DateOnly(2026, 10, 2)))).Field.ShouldBe(nameof(Youth.ArrivalInFrance));
        Should.Throw<DomainRuleException>(() => Youth.Register(Identity(arrival: Today.AddDays(2)), Today.AddDays(2), Worker, Today, Now))
            .Field.ShouldBe(nameof(Youth.FirstContact));
    }

    [Test]
    public void Names_keep_their_script_and_spelling_and_refuse_invisible_characters()
    {
        Register(Identity(first: "محمد", last: "ተስፋዬ")).FullName.ShouldBe("محمد ተስፋዬ");
        Should.Throw<DomainRuleException>(() => Register(Identity(first: "Abdou\u0007laye"))).Message.ShouldContain("invisibles");
        Should.Throw<DomainRuleException>(() => Register(Identity(first: new string('a', 101)))).Message.ShouldContain("trop long");
    }

    [Test]
    public void Every_change_moves_the_version_on()
    {
        var youth = Register();
        var before = youth.Version;

        youth.AddAlias("Abdullahi Jallow", "passeport");
        youth.SetSituation(Track.Housing, "Hébergé à l'hôtel, demande de place en foyer", Worker, Now);
        youth.RecordStatusChange(YouthStatus.AgeAssessment, new DateOnly(2026, 10, 3), null, null, Worker, Today, Now);

        youth.Version.ShouldBe(before + 3);
    }

    [Test]
    public void Aliases_feed_the_search_keys_and_refuse_duplicates()
    {
        var youth = Register();

        youth.AddAlias("Abdullahi Jallow", null);

        youth.NameTokens.Select(t => t.Plain).ShouldBe(["abdoulaye", "diallo", "abdullahi", "jallow"], ignoreOrder: true);
        Should.Throw<DomainRuleException>(() => youth.AddAlias("ABDULLAHI  jallow", null)).Message.ShouldContain("déjà enregistrée");
        youth.RemoveAlias(youth.Aliases[0].Id);
        youth.NameTokens.Select(t => t.Plain).ShouldBe(["abdoulaye", "diallo"], ignoreOrder: true);
    }

    [Test]
    public void The_current_status_is_the_latest_by_date_even_when_recorded_out_of_order()
    {
        var youth = Register();

        youth.RecordStatusChange(YouthStatus.MinorityRefused, new DateOnly(2026, 11, 1), null, null, Worker, Today, Now);
        youth.RecordStatusChange(YouthStatus.AgeAssessment, new DateOnly(2026, 10, 5), null, null, Worker, Today, Now.AddMinutes(1));

        youth.CurrentStatus.ShouldBe(YouthStatus.MinorityRefused);
        youth.StatusHistory.Count.ShouldBe(3);
    }

    [Test]
    public void A_status_change_refuses_a_future_date_a_date_before_birth_and_a_bad_departement()
    {
        var youth = Register();

        Should.Throw<DomainRuleException>(() => youth.RecordStatusChange(YouthStatus.AgeAssessment, Today.AddDays(1), null, null, Worker, Today, Now));
        Should.Throw<DomainRuleException>(() => youth.RecordStatusChange(YouthStatus.AgeAssessment, new DateOnly(2009, 1, 1), null, null, Worker, Today, Now));
        Should.Throw<DomainRuleException>(() => youth.RecordStatusChange(YouthStatus.RecognisedMinorPlaced, Today, "Vienne", null, Worker, Today, Now))
            .Field.ShouldBe("Department");
        youth.RecordStatusChange(YouthStatus.RecognisedMinorPlaced, Today, "86", null, Worker, Today, Now);
        youth.StatusHistory[^1].Department.ShouldBe("86");
    }

    [Test]
    public void An_exit_keeps_its_reason_for_the_report_and_only_other_needs_details()
    {
        var counted = Register();
        counted.Archive(Today, ExitReason.CameOfAge, null, Worker, Today, Now);
        counted.StatusHistory[^1].ExitReason.ShouldBe(ExitReason.CameOfAge);
        counted.StatusHistory[^1].Note.ShouldBeNull();

        var unexplained = Register();
        Should.Throw<DomainRuleException>(() => unexplained.Archive(Today, ExitReason.Other, null, Worker, Today, Now)).Field.ShouldBe("Note");
        Should.Throw<DomainRuleException>(() => unexplained.Archive(Today, (ExitReason)42, "x", Worker, Today, Now)).Field.ShouldBe("ExitReason");
        unexplained.IsArchived.ShouldBeFalse();

        var ordinary = Register();
        ordinary.RecordStatusChange(YouthStatus.AgeAssessment, Today, null, null, Worker, Today, Now, ExitReason.LostContact);
        ordinary.StatusHistory[^1].ExitReason.ShouldBeNull();
    }

    [Test]
    public void An_exit_dated_before_the_latest_status_is_refused_so_that_it_never_leaves_the_file_open()
    {
        var youth = Register();
        youth.RecordStatusChange(YouthStatus.AgeAssessment, new DateOnly(2026, 11, 1), null, null, Worker, Today, Now);

        Should.Throw<DomainRuleException>(() => youth.Archive(new DateOnly(2026, 10, 15), ExitReason.MovedAway, null, Worker, Today, Now))
            .Field.ShouldBe("Date");
        youth.IsArchived.ShouldBeFalse();
        youth.StatusHistory.Count(s => s.Status == YouthStatus.Exited).ShouldBe(0);

        youth.Archive(new DateOnly(2026, 11, 1), ExitReason.MovedAway, null, Worker, Today, Now);
        youth.IsArchived.ShouldBeTrue();
    }

    [Test]
    public void Archiving_needs_a_reason_and_then_refuses_every_change()
    {
        var youth = Register();
        Should.Throw<DomainRuleException>(() => youth.Archive(Today, ExitReason.Other, " ", Worker, Today, Now)).Field.ShouldBe("Note");

        youth.Archive(Today, ExitReason.MovedAway, "Départ de la Vienne", Worker, Today, Now);

        youth.IsArchived.ShouldBeTrue();
        Should.Throw<DomainRuleException>(() => youth.AddAlias("Autre", null)).Message.ShouldContain("archivé");
        Should.Throw<DomainRuleException>(() => youth.UpdateIdentity(Identity(), Today));
        Should.Throw<DomainRuleException>(() => FollowUpEntry.Write(youth, Guid.NewGuid(), Today, Track.Social, EntryKind.Conversation, "x", Worker, null, null, EntryVisibility.FollowUpGroup, Today, Now));
    }

    [Test]
    public void Group_membership_is_dated_and_the_referent_cannot_leave()
    {
        var youth = Register();
        var colleague = Guid.NewGuid();

        youth.AddToGroup(colleague, Today);
        Should.Throw<DomainRuleException>(() => youth.AddToGroup(colleague, Today));
        Should.Throw<DomainRuleException>(() => youth.RemoveFromGroup(Worker, Today)).Message.ShouldContain("référent");
        youth.RemoveFromGroup(colleague, Today.AddDays(3));

        youth.IsFollowedBy(colleague).ShouldBeFalse();
        youth.FollowUpGroup.Single(m => m.UserId == colleague).Until.ShouldBe(Today.AddDays(3));
    }

    [Test]
    public void Assigning_a_referent_adds_them_to_the_group()
    {
        var youth = Register();
        var colleague = Guid.NewGuid();

        youth.AssignReferent(colleague, Today);

        youth.ReferentId.ShouldBe(colleague);
        youth.IsFollowedBy(colleague).ShouldBeTrue();
        youth.RemoveFromGroup(Worker, Today);
        youth.IsFollowedBy(Worker).ShouldBeFalse();
    }

    [Test]
    public void A_situation_is_replaced_per_track_and_bounded()
    {
        var youth = Register();

        youth.SetSituation(Track.Legal, "Recours déposé", Worker, Now);
        youth.SetSituation(Track.Legal, "Audience le 12/12", Worker, Now);

        youth.Situations.ShouldHaveSingleItem().Summary.ShouldBe("Audience le 12/12");
        Should.Throw<DomainRuleException>(() => youth.SetSituation(Track.Legal, new string('x', 301), Worker, Now));
    }

    [Test]
    public void The_psychological_situation_does_not_move_the_files_version()
    {
        var youth = Register();
        var before = youth.Version;

        youth.SetSituation(Track.Psychological, "Suivi proposé", Worker, Now);

        youth.Version.ShouldBe(before);
        youth.Situations.ShouldHaveSingleItem().Track.ShouldBe(Track.Psychological);
    }
}
