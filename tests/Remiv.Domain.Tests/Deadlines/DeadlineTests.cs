using Remiv.Domain.Common;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Tests.Deadlines;

public sealed class DeadlineTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.NewGuid();

    private static Youth Youth() =>
        Domain.Youths.Youth.Register(
            new YouthIdentity("Aïssatou", "Bâ", new DateOnly(2010, 1, 1), BirthDateStanding.Declared, Sex.Female, "GN", ["fr"], false, null, null, null, null),
            new DateOnly(2026, 10, 1), Worker, Today, Now);

    private static DeadlineDetails Details(DateOnly due, DeadlineEvent kind = DeadlineEvent.JuvenileJudgeDecisionNotified, DateOnly? eventDate = null, int[]? reminders = null) =>
        new(Track.Legal, DeadlineKind.Appeal, "Appel de la décision du juge", kind, eventDate ?? Today.AddDays(-3), due, null, Worker, reminders ?? [7, 2, 0]);

    private static Deadline Create(DateOnly due, DeadlinePreset? preset = null) => Deadline.Create(Youth(), Details(due), preset, Worker, Today, Now);

    [Test]
    public void A_deadline_reminds_7_and_2_days_before_on_the_day_then_the_responsible_person_and_the_coordinators_once_late()
    {
        var deadline = Create(Today.AddDays(10));

        deadline.Schedule().ShouldBe(
        [
            new ScheduledReminder(Today.AddDays(3), 7, ReminderAudience.Responsible),
            new ScheduledReminder(Today.AddDays(8), 2, ReminderAudience.Responsible),
            new ScheduledReminder(Today.AddDays(10), 0, ReminderAudience.Responsible),
            new ScheduledReminder(Today.AddDays(11), -1, ReminderAudience.Responsible),
            new ScheduledReminder(Today.AddDays(12), -2, ReminderAudience.Coordinators),
        ]);
        deadline.NextReminderOn.ShouldBe(Today.AddDays(3));
    }

    [Test]
    public void Taking_the_due_reminders_day_by_day_yields_each_once_and_then_nothing()
    {
        var deadline = Create(Today.AddDays(10));
        var taken = new List<ScheduledReminder>();

        for (var day = Today; day <= Today.AddDays(20); day = day.AddDays(1))
        {
            taken.AddRange(deadline.TakeDueReminders(day));
            deadline.TakeDueReminders(day).ShouldBeEmpty();
        }

        taken.Select(r => r.DaysBefore).ShouldBe([7, 2, 0, -1, -2]);
        deadline.NextReminderOn.ShouldBeNull();
    }

    [Test]
    public void After_three_days_down_the_reminders_that_fell_due_come_at_once()
    {
        var deadline = Create(Today.AddDays(9));
        deadline.TakeDueReminders(Today.AddDays(1)).ShouldBeEmpty();

        var caughtUp = deadline.TakeDueReminders(Today.AddDays(9));

        caughtUp.Select(r => r.DaysBefore).ShouldBe([7, 2, 0]);
        deadline.NextReminderOn.ShouldBe(Today.AddDays(10));
    }

    [Test]
    public void Reminders_already_past_when_the_deadline_is_created_are_not_sent()
    {
        var deadline = Create(Today.AddDays(1));

        deadline.NextReminderOn.ShouldBe(Today.AddDays(1));
        deadline.TakeDueReminders(Today.AddDays(1)).Select(r => r.DaysBefore).ShouldBe([0]);
    }

    [Test]
    public void A_closed_deadline_has_no_reminder_left_and_a_reopened_one_starts_again_from_today()
    {
        var youth = Youth();
        var deadline = Deadline.Create(youth, Details(Today.AddDays(10)), null, Worker, Today, Now);

        deadline.Close(DeadlineStatus.Done, null, Worker, Now);

        deadline.NextReminderOn.ShouldBeNull();
        deadline.TakeDueReminders(Today.AddDays(20)).ShouldBeEmpty();
        deadline.Reopen(youth, Today.AddDays(9));
        deadline.Status.ShouldBe(DeadlineStatus.Open);
        deadline.NextReminderOn.ShouldBe(Today.AddDays(10));
    }

    [Test]
    public void Cancelling_or_missing_needs_a_note_and_a_closed_deadline_cannot_be_changed()
    {
        var youth = Youth();
        var deadline = Deadline.Create(youth, Details(Today.AddDays(10)), null, Worker, Today, Now);

        Should.Throw<DomainRuleException>(() => deadline.Close(DeadlineStatus.Cancelled, " ", Worker, Now)).Field.ShouldBe("CompletionNote");
        Should.Throw<DomainRuleException>(() => deadline.Close(DeadlineStatus.Open, null, Worker, Now));
        deadline.Close(DeadlineStatus.Missed, "Convocation reçue trop tard.", Worker, Now);
        Should.Throw<DomainRuleException>(() => deadline.Update(youth, Details(Today.AddDays(12)), null, Today));
        Should.Throw<DomainRuleException>(() => deadline.Close(DeadlineStatus.Done, null, Worker, Now));
    }

    [Test]
    public void A_moved_deadline_plans_its_reminders_from_the_new_date()
    {
        var youth = Youth();
        var deadline = Deadline.Create(youth, Details(Today.AddDays(10)), null, Worker, Today, Now);
        deadline.TakeDueReminders(Today.AddDays(3)).Select(r => r.DaysBefore).ShouldBe([7]);

        deadline.Update(youth, Details(Today.AddDays(20)), null, Today.AddDays(4));

        deadline.Version.ShouldBe(1);
        deadline.NextReminderOn.ShouldBe(Today.AddDays(13));
        deadline.TakeDueReminders(Today.AddDays(13)).ShouldBe([new ScheduledReminder(Today.AddDays(13), 7, ReminderAudience.Responsible)]);
    }

    [Test]
    public void A_due_date_before_a_decision_is_refused_but_allowed_before_an_expiry()
    {
        Should.Throw<DomainRuleException>(() => Create(Today.AddDays(-4))).Field.ShouldBe(nameof(Deadline.DueDate));

        var renewal = Deadline.Create(Youth(), Details(Today.AddDays(5), DeadlineEvent.DocumentExpiry, Today.AddDays(60)), null, Worker, Today, Now);

        renewal.DueDate.ShouldBe(Today.AddDays(5));
    }

    [Test]
    public void A_deadline_for_an_archived_youth_is_refused()
    {
        var youth = Youth();
        youth.Archive(Today, ExitReason.MovedAway, "Départ de la Vienne.", Worker, Today, Now);

        Should.Throw<DomainRuleException>(() => Deadline.Create(youth, Details(Today.AddDays(10)), null, Worker, Today, Now))
            .Message.ShouldBe("Ce dossier est archivé : il ne peut plus être modifié.");
    }

    [Test]
    public void A_title_is_required_and_a_date_years_away_from_its_event_is_refused()
    {
        Should.Throw<DomainRuleException>(() => Deadline.Create(Youth(), Details(Today.AddDays(3)) with { Title = "  " }, null, Worker, Today, Now))
            .Field.ShouldBe(nameof(Deadline.Title));
        Should.Throw<DomainRuleException>(() => Create(Today.AddYears(6))).Field.ShouldBe(nameof(Deadline.DueDate));
    }

    [Test]
    public void A_date_chosen_by_hand_is_marked_overridden_and_moves_with_its_event_by_the_same_number_of_days()
    {
        var (definition, automatic) = DefaultPresets.All.First(p => p.Automatic == AutomaticSource.DocumentExpiry);
        var preset = DeadlinePreset.Create(definition, automatic);
        var youth = Youth();
        var expiry = new DateOnly(2027, 6, 30);
        var computed = Deadline.Create(youth, Details(preset.ComputeDue(expiry), DeadlineEvent.DocumentExpiry, expiry), preset, Worker, Today, Now);
        var chosen = Deadline.Create(youth, Details(new DateOnly(2027, 4, 1), DeadlineEvent.DocumentExpiry, expiry), preset, Worker, Today, Now);

        computed.DueDate.ShouldBe(new DateOnly(2027, 4, 30));
        computed.DueDateOverridden.ShouldBeFalse();
        chosen.DueDateOverridden.ShouldBeTrue();

        computed.FollowEvent(new DateOnly(2027, 8, 31), preset, Today);
        chosen.FollowEvent(new DateOnly(2027, 8, 31), preset, Today);

        computed.DueDate.ShouldBe(new DateOnly(2027, 6, 30));
        chosen.DueDate.ShouldBe(new DateOnly(2027, 6, 2)); // 62 days later, as the expiry moved
        computed.EventDate.ShouldBe(new DateOnly(2027, 8, 31));
    }
}
