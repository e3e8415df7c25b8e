using Remiv.Domain.Auditing;

namespace Remiv.Domain.Tests.Auditing;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));

    [Test]
    public void AuditEntry_keeps_the_time_actor_action_and_target_it_was_given()
    {
        var actor = Guid.NewGuid();

        var entry = new AuditEntry(At, actor, "user.invited", "User", "42");

        entry.OccurredAt.ShouldBe(At);
        entry.ActorId.ShouldBe(actor);
        entry.Action.ShouldBe("user.invited");
        entry.TargetType.ShouldBe("User");
        entry.TargetId.ShouldBe("42");
    }

    [Test]
    public void AuditEntry_accepts_the_system_as_actor_and_no_target_identifier()
    {
        var entry = new AuditEntry(At, null, "setup.completed", "System", null);

        entry.ActorId.ShouldBeNull();
        entry.TargetId.ShouldBeNull();
    }

    [Test]
    public void AuditEntry_gives_each_entry_its_own_identifier()
    {
        var first = new AuditEntry(At, null, "user.invited", "User", "1");
        var second = new AuditEntry(At, null, "user.invited", "User", "1");

        first.Id.ShouldNotBe(Guid.Empty);
        second.Id.ShouldNotBe(first.Id);
    }

    [TestCase("")]
    [TestCase("   ")]
    public void AuditEntry_rejects_a_blank_action(string action)
    {
        Should.Throw<ArgumentException>(() => new AuditEntry(At, null, action, "User", "1"));
    }

    [Test]
    public void AuditEntry_rejects_a_missing_action()
    {
        Should.Throw<ArgumentNullException>(() => new AuditEntry(At, null, null!, "User", "1"));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void AuditEntry_rejects_a_blank_target_type(string targetType)
    {
        Should.Throw<ArgumentException>(() => new AuditEntry(At, null, "user.invited", targetType, "1"));
    }

    [Test]
    public void AuditEntry_rejects_an_action_longer_than_its_maximum()
    {
        var action = new string('a', AuditEntry.ActionMaxLength + 1);

        Should.Throw<ArgumentException>(() => new AuditEntry(At, null, action, "User", "1"));
    }

    [Test]
    public void AuditEntry_rejects_a_target_type_longer_than_its_maximum()
    {
        var targetType = new string('t', AuditEntry.TargetTypeMaxLength + 1);

        Should.Throw<ArgumentException>(() => new AuditEntry(At, null, "user.invited", targetType, "1"));
    }

    [Test]
    public void AuditEntry_rejects_a_target_identifier_longer_than_its_maximum()
    {
        var targetId = new string('9', AuditEntry.TargetIdMaxLength + 1);

        Should.Throw<ArgumentException>(() => new AuditEntry(At, null, "user.invited", "User", targetId));
    }

    [Test]
    public void AuditEntry_accepts_fields_exactly_at_their_maximum_length()
    {
        var action = new string('a', AuditEntry.ActionMaxLength);
        var targetType = new string('t', AuditEntry.TargetTypeMaxLength);
        var targetId = new string('9', AuditEntry.TargetIdMaxLength);

        var entry = new AuditEntry(At, null, action, targetType, targetId);

        entry.Action.ShouldBe(action);
        entry.TargetType.ShouldBe(targetType);
        entry.TargetId.ShouldBe(targetId);
    }
}
