using Remiv.Domain.Common;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Tests.Workshops;

/// <summary>
/// The rules of workshop kinds (a name, never the psychological track, retired and offered again) and sessions (a
/// facilitator who is staff or a partner, never both; an end after the start; attendance only once the day has come,
/// never adding an archived file, the present set replaced as ticked).
/// </summary>
public sealed class WorkshopTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();

    [Test]
    public void A_kind_is_named_trimmed_offered_and_may_be_renamed_moved_to_another_track_and_retired()
    {
        var kind = WorkshopKind.Create("  Théâtre  ", Track.CultureSport);
        kind.Name.ShouldBe("Théâtre");
        kind.IsActive.ShouldBeTrue();

        kind.Update("Théâtre forum", Track.Social, isActive: false);

        kind.Name.ShouldBe("Théâtre forum");
        kind.Track.ShouldBe(Track.Social);
        kind.IsActive.ShouldBeFalse();
        kind.Version.ShouldBe(1);
    }

    [Test]
    public void A_kind_needs_a_name_and_is_never_psychological()
    {
        Should.Throw<DomainRuleException>(() => WorkshopKind.Create("  ", Track.Language)).Message
            .ShouldBe("Donnez un nom à ce type d'atelier (par exemple : Cours de français).");
        Should.Throw<DomainRuleException>(() => WorkshopKind.Create("Groupe de parole", Track.Psychological)).Message
            .ShouldBe("Un atelier collectif ne peut pas relever du volet psychologique : choisissez un autre volet.");
        var kind = WorkshopKind.Create("Sport", Track.CultureSport);
        Should.Throw<DomainRuleException>(() => kind.Update("Sport", Track.Psychological, true));
        kind.Track.ShouldBe(Track.CultureSport);
    }

    [Test]
    public void A_session_is_led_by_staff_or_by_a_partner_never_both_nor_nobody()
    {
        var byStaff = Session(Details(user: Worker, partner: null, facilitatorName: "ignoré"));
        byStaff.FacilitatorUserId.ShouldBe(Worker);
        byStaff.FacilitatorName.ShouldBeNull("a name is for a partner's facilitator only");

        var byPartner = Session(Details(user: null, partner: Partner, facilitatorName: " Awa "));
        byPartner.FacilitatorPartnerId.ShouldBe(Partner);
        byPartner.FacilitatorName.ShouldBe("Awa");

        const string Who = "Indiquez qui anime la séance : un membre de l'équipe ou un partenaire.";
        Should.Throw<DomainRuleException>(() => Session(Details() with { FacilitatorUserId = null })).Message.ShouldBe(Who);
        Should.Throw<DomainRuleException>(() => Session(Details() with { FacilitatorPartnerId = Partner })).Message.ShouldBe(Who);
    }

    [Test]
    public void A_session_ends_after_it_starts_and_has_a_place()
    {
        Should.Throw<DomainRuleException>(() => Session(Details() with { Start = new TimeOnly(14, 0), End = new TimeOnly(14, 0) })).Message
            .ShouldBe("L'heure de fin doit venir après l'heure de début.");
        Should.Throw<DomainRuleException>(() => Session(Details() with { Place = " " })).Field.ShouldBe("Place");
    }

    [Test]
    public void Attendance_is_the_set_ticked_recorded_by_whom_and_when()
    {
        var session = Session(Details());
        var (awa, moussa, ousmane) = (Youth("Awa"), Youth("Moussa"), Youth("Ousmane"));

        session.RecordAttendance([awa, moussa, awa], Worker, Today, Now);
        session.Attendance.Select(a => a.YouthId).ShouldBe([awa.Id, moussa.Id], ignoreOrder: true);
        session.Attendance.ShouldAllBe(a => a.RecordedBy == Worker && a.RecordedAt == Now);

        session.RecordAttendance([moussa, ousmane], Worker, Today, Now.AddMinutes(5));
        session.Attendance.Select(a => a.YouthId).ShouldBe([moussa.Id, ousmane.Id], ignoreOrder: true);
        session.Attendance.Single(a => a.YouthId == moussa.Id).RecordedAt.ShouldBe(Now, "who stays present keeps the first record");
        session.Version.ShouldBe(2);
    }

    [Test]
    public void Attendance_waits_for_the_day_of_the_session()
    {
        var tomorrow = Session(Details() with { Date = Today.AddDays(1) });

        Should.Throw<DomainRuleException>(() => tomorrow.RecordAttendance([Youth("Awa")], Worker, Today, Now)).Message
            .ShouldBe("La présence se relève le jour de l'atelier ou après : cette séance n'a pas encore eu lieu.");
        tomorrow.Attendance.ShouldBeEmpty();
    }

    [Test]
    public void An_archived_file_is_never_added_but_one_already_present_may_stay()
    {
        var session = Session(Details() with { Date = Today.AddDays(-3) });
        var awa = Youth("Awa");
        session.RecordAttendance([awa], Worker, Today, Now);
        awa.Archive(Today, ExitReason.MovedAway, null, Worker, Today, Now);
        var archived = Youth("Moussa");
        archived.Archive(Today, ExitReason.MovedAway, null, Worker, Today, Now);

        Should.Throw<DomainRuleException>(() => session.RecordAttendance([awa, archived], Worker, Today, Now)).Message
            .ShouldBe("Un des jeunes cochés a un dossier archivé : sa présence ne peut plus être relevée. Décochez son nom.");
        session.Attendance.Select(a => a.YouthId).ShouldBe([awa.Id]);

        session.RecordAttendance([awa], Worker, Today, Now);
        session.Attendance.Select(a => a.YouthId).ShouldBe([awa.Id]);
    }

    [Test]
    public void A_session_whose_attendance_was_taken_cannot_move_into_the_future()
    {
        var session = Session(Details());
        session.RecordAttendance([Youth("Awa")], Worker, Today, Now);

        Should.Throw<DomainRuleException>(() => session.Update(session.KindId, Details() with { Date = Today.AddDays(2) }, Today)).Message
            .ShouldBe("La présence a déjà été relevée : la séance ne peut pas être déplacée dans le futur.");
        session.Date.ShouldBe(Today);
    }

    /// <summary>Led by <see cref="Worker"/> unless said otherwise.</summary>
    private static WorkshopDetails Details() => Details(Worker, null);

    private static WorkshopDetails Details(Guid? user, Guid? partner, string? facilitatorName = null) =>
        new("Le passé composé", Today, new TimeOnly(10, 0), new TimeOnly(12, 0), "Salle de cours", user, partner, facilitatorName);

    private static WorkshopSession Session(WorkshopDetails details) => WorkshopSession.Plan(Guid.NewGuid(), details, Worker, Today, Now);

    private static Youth Youth(string first) =>
        Domain.Youths.Youth.Register(
            new YouthIdentity(first, "Diallo", new DateOnly(2010, 3, 12), BirthDateStanding.Declared, Sex.Male, "gn", ["fr"], false, null,
                new DateOnly(2026, 9, 1), "Maraude", "Hôtel"),
            new DateOnly(2026, 10, 1), Worker, Today, Now);
}
