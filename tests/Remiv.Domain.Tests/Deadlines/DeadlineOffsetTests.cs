using Remiv.Domain.Common;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Tests.Deadlines;

/// <summary>Preset arithmetic as the courts count: calendar months clamp to the month's end, leap years included.</summary>
public sealed class DeadlineOffsetTests
{
    [TestCase("2026-11-20", 15, OffsetUnit.Days, OffsetDirection.After, "2026-12-05")]
    [TestCase("2026-12-20", 15, OffsetUnit.Days, OffsetDirection.After, "2027-01-04")]
    [TestCase("2027-01-31", 1, OffsetUnit.Months, OffsetDirection.After, "2027-02-28")]
    [TestCase("2028-01-31", 1, OffsetUnit.Months, OffsetDirection.After, "2028-02-29")]
    [TestCase("2027-03-31", 1, OffsetUnit.Months, OffsetDirection.After, "2027-04-30")]
    [TestCase("2028-02-29", 12, OffsetUnit.Months, OffsetDirection.After, "2029-02-28")]
    [TestCase("2027-04-30", 2, OffsetUnit.Months, OffsetDirection.Before, "2027-02-28")]
    [TestCase("2028-04-30", 2, OffsetUnit.Months, OffsetDirection.Before, "2028-02-29")]
    [TestCase("2027-03-01", 1, OffsetUnit.Days, OffsetDirection.Before, "2027-02-28")]
    [TestCase("2028-03-01", 1, OffsetUnit.Days, OffsetDirection.Before, "2028-02-29")]
    [TestCase("2027-03-27", 2, OffsetUnit.Days, OffsetDirection.After, "2027-03-29")]
    [TestCase("2027-10-30", 2, OffsetUnit.Days, OffsetDirection.After, "2027-11-01")]
    [TestCase("2026-11-26", 0, OffsetUnit.Days, OffsetDirection.After, "2026-11-26")]
    public void An_offset_lands_on_the_calendar_day_the_law_counts(string eventDate, int amount, OffsetUnit unit, OffsetDirection direction, string expected)
    {
        new DeadlineOffset(amount, unit, direction).ApplyTo(DateOnly.Parse(eventDate, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestCase(-1, OffsetUnit.Days)]
    [TestCase(731, OffsetUnit.Days)]
    [TestCase(-1, OffsetUnit.Months)]
    [TestCase(25, OffsetUnit.Months)]
    public void A_negative_or_absurd_offset_is_refused(int amount, OffsetUnit unit)
    {
        Should.Throw<DomainRuleException>(() => new DeadlineOffset(amount, unit, OffsetDirection.After)).Field.ShouldBe("OffsetAmount");
    }

    [Test]
    public void An_unknown_unit_or_direction_is_refused()
    {
        Should.Throw<DomainRuleException>(() => new DeadlineOffset(1, (OffsetUnit)9, OffsetDirection.After));
        Should.Throw<DomainRuleException>(() => new DeadlineOffset(1, OffsetUnit.Days, (OffsetDirection)9));
    }

    [Test]
    public void The_seeded_presets_are_all_valid_and_one_per_automatic_source()
    {
        var presets = DefaultPresets.All.Select(p => DeadlinePreset.Create(p.Definition, p.Automatic)).ToList();

        presets.Where(p => p.Automatic is not null).Select(p => p.Automatic).ShouldBe(Enum.GetValues<AutomaticSource>().Cast<AutomaticSource?>(), ignoreOrder: true);
        presets.ShouldAllBe(p => p.LegalBasis.Length > 0);
        presets.Single(p => p.Event == DeadlineEvent.OqtfNotified).ToConfirm.ShouldBeTrue();
        presets.Single(p => p.Event == DeadlineEvent.JuvenileJudgeDecisionNotified).ComputeDue(new DateOnly(2026, 11, 20)).ShouldBe(new DateOnly(2026, 12, 5));
        presets.Single(p => p.Automatic == AutomaticSource.EighteenthBirthday).ComputeDue(new DateOnly(2027, 12, 31)).ShouldBe(new DateOnly(2028, 2, 29));
    }

    [Test]
    public void A_preset_cannot_count_back_from_a_decision_but_may_from_an_expiry()
    {
        static PresetDefinition Definition(DeadlineEvent kind) =>
            new("Test", DeadlineKind.Appeal, Track.Legal, kind, 3, OffsetUnit.Days, OffsetDirection.Before, [2], "Base", false);

        Should.Throw<DomainRuleException>(() => DeadlinePreset.Create(Definition(DeadlineEvent.OfpraDecisionNotified))).Field.ShouldBe("OffsetDirection");
        DeadlinePreset.Create(Definition(DeadlineEvent.DocumentExpiry)).ComputeDue(new DateOnly(2027, 1, 2)).ShouldBe(new DateOnly(2026, 12, 30));
    }

    [Test]
    public void An_automatic_preset_keeps_its_event_and_needs_a_name_and_a_legal_basis()
    {
        var (definition, automatic) = DefaultPresets.All.First(p => p.Automatic == AutomaticSource.DocumentExpiry);
        var preset = DeadlinePreset.Create(definition, automatic);

        Should.Throw<DomainRuleException>(() => preset.Update(definition with { Event = DeadlineEvent.Other }, true)).Field.ShouldBe("Event");
        Should.Throw<DomainRuleException>(() => preset.Update(definition with { Name = " " }, true)).Field.ShouldBe("Name");
        Should.Throw<DomainRuleException>(() => preset.Update(definition with { LegalBasis = "" }, true)).Field.ShouldBe("LegalBasis");
        preset.Update(definition with { OffsetAmount = 3 }, isActive: false);
        preset.Version.ShouldBe(1);
        preset.IsActive.ShouldBeFalse();
        preset.OffsetAmount.ShouldBe(3);
    }

    [TestCase(new[] { 7, 2, 0, 2 }, new[] { 7, 2, 0 })]
    [TestCase(new[] { 0, 30 }, new[] { 30, 0 })]
    [TestCase(new int[0], new int[0])]
    public void Reminder_days_are_kept_once_each_furthest_first(int[] given, int[] expected)
    {
        ReminderDays.Normalise(given).ShouldBe(expected);
    }

    [TestCase(new[] { -1 })]
    [TestCase(new[] { 366 })]
    [TestCase(new[] { 1, 2, 3, 4, 5, 6, 7 })]
    public void Reminder_days_out_of_range_or_too_many_are_refused(int[] given)
    {
        Should.Throw<DomainRuleException>(() => ReminderDays.Normalise(given));
    }
}
