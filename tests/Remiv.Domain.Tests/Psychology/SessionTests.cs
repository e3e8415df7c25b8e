using Remiv.Domain.Common;
using Remiv.Domain.Psychology;

namespace Remiv.Domain.Tests.Psychology;

/// <summary>
/// A session's rules: the clash matrix over half-open intervals (touching edges allowed), the duration limits, and the
/// life of a session (planned, then moved, cancelled, held or missed, once).
/// </summary>
public sealed class SessionTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Ten = new(2027, 1, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Booker = Guid.NewGuid();

    private static readonly Guid Psychologist = Guid.NewGuid();
    private static readonly Guid Room = Guid.NewGuid();
    private static readonly Guid Youth = Guid.NewGuid();

    /// <summary>The existing session: 10:00–11:00, psychologist P, room R, young person Y.</summary>
    private static Session Existing() => Session.Book(Youth, Psychologist, Room, Ten, Ten.AddHours(1), SessionKind.First, null, null, null, Booker, Now);

    public enum Resource
    {
        Psychologist,
        Room,
        Youth,
    }

    // Minutes after 10:00 of the new slot's start and end; whether it clashes.
    [TestCase(0, 60, true, TestName = "same slot")]
    [TestCase(0, 30, true, TestName = "same start, shorter")]
    [TestCase(15, 45, true, TestName = "contained")]
    [TestCase(-30, 90, true, TestName = "containing")]
    [TestCase(-30, 30, true, TestName = "overlapping the start")]
    [TestCase(30, 90, true, TestName = "overlapping the end")]
    [TestCase(60, 120, false, TestName = "starting when it ends")]
    [TestCase(-60, 0, false, TestName = "ending when it starts")]
    [TestCase(90, 120, false, TestName = "later")]
    public void A_slot_clashes_with_the_same_psychologist_room_or_youth_only_when_the_intervals_meet(int startMinutes, int endMinutes, bool clashes)
    {
        var existing = Existing();
        var (start, end) = (Ten.AddMinutes(startMinutes), Ten.AddMinutes(endMinutes));
        var expected = new Dictionary<Resource, string>
        {
            [Resource.Psychologist] = Session.PsychologistTaken, [Resource.Room] = Session.RoomTaken, [Resource.Youth] = Session.YouthTaken,
        };

        foreach (var (shared, message) in expected)
        {
            var psychologist = shared == Resource.Psychologist ? Psychologist : Guid.NewGuid();
            var room = shared == Resource.Room ? Room : Guid.NewGuid();
            var youth = shared == Resource.Youth ? Youth : Guid.NewGuid();
            void Check() => Session.EnsureNoClash([existing], psychologist, room, youth, start, end);

            if (clashes)
            {
                Should.Throw<DomainRuleException>(Check).Message.ShouldBe(message, $"sharing the {shared}");
            }
            else
            {
                Should.NotThrow(Check);
            }
        }

        // Nothing shared: never a clash.
        Should.NotThrow(() => Session.EnsureNoClash([existing], Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), start, end));
    }

    [Test]
    public void A_cancelled_session_and_the_session_being_moved_clash_with_nothing()
    {
        var cancelled = Existing();
        cancelled.Cancel("Le jeune a déménagé", Booker, Now);
        var moved = Existing();

        Should.NotThrow(() => Session.EnsureNoClash([cancelled], Psychologist, Room, Youth, Ten, Ten.AddHours(1)));
        Should.NotThrow(() => Session.EnsureNoClash([moved], Psychologist, Room, Youth, Ten.AddMinutes(30), Ten.AddHours(2), moved.Id));
    }

    [Test]
    public void The_psychologists_clash_is_reported_first_then_the_rooms()
    {
        var existing = Existing();

        Should.Throw<DomainRuleException>(() => Session.EnsureNoClash([existing], Psychologist, Room, Youth, Ten, Ten.AddHours(1)))
            .Message.ShouldBe(Session.PsychologistTaken);
        Should.Throw<DomainRuleException>(() => Session.EnsureNoClash([existing], Guid.NewGuid(), Room, Youth, Ten, Ten.AddHours(1)))
            .Message.ShouldBe(Session.RoomTaken);
    }

    [TestCase(0, "La fin de la séance doit venir après son début.")]
    [TestCase(-30, "La fin de la séance doit venir après son début.")]
    [TestCase(181, "Une séance dure au plus 3 heures.")]
    public void A_session_ends_after_it_starts_and_lasts_three_hours_at_most(int minutes, string message)
    {
        Should.Throw<DomainRuleException>(() =>
                Session.Book(Youth, Psychologist, Room, Ten, Ten.AddMinutes(minutes), SessionKind.First, null, null, null, Booker, Now))
            .Message.ShouldBe(message);
    }

    [Test]
    public void A_session_of_exactly_three_hours_is_booked_in_utc_with_its_history()
    {
        var paris = new DateTimeOffset(2027, 1, 4, 11, 0, 0, TimeSpan.FromHours(1));
        var session = Session.Book(Youth, Psychologist, Room, paris, paris.AddHours(3), SessionKind.FollowUp, " AR ", " Inter Service Migrants ", null, Booker, Now);

        session.Start.ShouldBe(Ten);
        session.Start.Offset.ShouldBe(TimeSpan.Zero);
        session.End.ShouldBe(Ten.AddHours(3));
        session.Status.ShouldBe(SessionStatus.Planned);
        session.InterpreterLanguage.ShouldBe("ar");
        session.InterpreterBooking.ShouldBe("Inter Service Migrants");
        session.History.Select(h => h.Kind).ShouldBe([SessionChangeKind.Booked]);
    }

    [Test]
    public void A_session_is_neither_booked_nor_moved_into_the_past()
    {
        const string Past = "Cette heure est déjà passée : choisissez un créneau à venir.";
        Should.Throw<DomainRuleException>(() =>
                Session.Book(Youth, Psychologist, Room, Now.AddMinutes(-1), Now.AddMinutes(59), SessionKind.First, null, null, null, Booker, Now))
            .Message.ShouldBe(Past);
        var session = Existing();
        Should.Throw<DomainRuleException>(() => session.Reschedule(Now.AddHours(-2), Now.AddHours(-1), Room, Booker, Now)).Message.ShouldBe(Past);
        session.Start.ShouldBe(Ten);
        session.Version.ShouldBe(0);
    }

    [Test]
    public void Moving_a_session_keeps_the_previous_times_in_its_history()
    {
        var session = Existing();
        var otherRoom = Guid.NewGuid();

        session.Reschedule(Ten.AddDays(1), Ten.AddDays(1).AddMinutes(45), otherRoom, Booker, Now.AddHours(1));

        session.Start.ShouldBe(Ten.AddDays(1));
        session.End.ShouldBe(Ten.AddDays(1).AddMinutes(45));
        session.RoomId.ShouldBe(otherRoom);
        session.Version.ShouldBe(1);
        var moved = session.History[^1];
        moved.Kind.ShouldBe(SessionChangeKind.Rescheduled);
        moved.PreviousStart.ShouldBe(Ten);
        moved.PreviousEnd.ShouldBe(Ten.AddHours(1));
        moved.At.ShouldBe(Now.AddHours(1));
    }

    [Test]
    public void Cancelling_needs_a_reason_and_then_nothing_more_can_be_done()
    {
        var session = Existing();
        Should.Throw<DomainRuleException>(() => session.Cancel("  ", Booker, Now)).Message.ShouldBe("Indiquez pourquoi la séance est annulée.");

        session.Cancel("Rendez-vous à la préfecture", Booker, Now);

        session.Status.ShouldBe(SessionStatus.Cancelled);
        session.CancelledBy.ShouldBe(Booker);
        session.CancellationReason.ShouldBe("Rendez-vous à la préfecture");
        const string NotPlanned = "Cette séance n'est plus prévue (tenue, manquée ou annulée) : rechargez la page.";
        Should.Throw<DomainRuleException>(() => session.Cancel("Encore", Booker, Now)).Message.ShouldBe(NotPlanned);
        Should.Throw<DomainRuleException>(() => session.Reschedule(Ten, Ten.AddHours(1), Room, Booker, Now)).Message.ShouldBe(NotPlanned);
        Should.Throw<DomainRuleException>(() => session.RecordOutcome(SessionStatus.Held, Booker, Ten.AddMinutes(5))).Message.ShouldBe(NotPlanned);
    }

    [TestCase(SessionStatus.Held, SessionChangeKind.Held)]
    [TestCase(SessionStatus.YouthAbsent, SessionChangeKind.YouthAbsent)]
    public void The_outcome_is_recorded_once_the_session_has_started_and_only_once(SessionStatus outcome, SessionChangeKind change)
    {
        var session = Existing();
        Should.Throw<DomainRuleException>(() => session.RecordOutcome(outcome, Booker, Ten.AddMinutes(-1)))
            .Message.ShouldBe("La séance n'a pas encore commencé : vous pourrez l'indiquer à partir de son heure de début.");

        session.RecordOutcome(outcome, Booker, Ten);

        session.Status.ShouldBe(outcome);
        session.History[^1].Kind.ShouldBe(change);
        Should.Throw<DomainRuleException>(() => session.RecordOutcome(SessionStatus.Held, Booker, Ten.AddHours(2)));
        Should.Throw<DomainRuleException>(() => session.Cancel("Trop tard", Booker, Ten.AddHours(2)));
    }

    [TestCase(SessionStatus.Planned)]
    [TestCase(SessionStatus.Cancelled)]
    public void An_outcome_is_held_or_youth_absent(SessionStatus outcome)
    {
        var session = Existing();
        Should.Throw<DomainRuleException>(() => session.RecordOutcome(outcome, Booker, Ten.AddHours(1))).Message.ShouldBe("Choisissez : séance tenue ou jeune absent.");
        session.Status.ShouldBe(SessionStatus.Planned);
    }
}
