using Microsoft.EntityFrameworkCore;
using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Reminders;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Sessions.Commands;

/// <summary>
/// Moves a planned session to another time and/or room, with the same checks as booking (the session itself aside); the
/// history keeps the previous times. Returns the new version.
/// </summary>
[RequiresPermission(Permission.BookSessions)]
public sealed record RescheduleSession(Guid SessionId, int ExpectedVersion, DateTimeOffset Start, DateTimeOffset End, Guid RoomId) : ICommand<int>;

public sealed class RescheduleSessionValidator : AbstractValidator<RescheduleSession>
{
    public RescheduleSessionValidator()
    {
        RuleFor(c => c.RoomId).NotEmpty().WithMessage("Choisissez une salle.");
        RuleFor(c => c.Start).NotEmpty().WithMessage("Indiquez le jour et l'heure de début.");
        RuleFor(c => c.End).NotEmpty().WithMessage("Indiquez l'heure de fin.");
    }
}

public sealed class RescheduleSessionHandler(
    YouthAccess access, IAuditLog audit, TimeProvider clock, IApplicationDbContext db, ICurrentUser user, IIdentityService identity, IEmailSender email,
    ReminderMessages messages)
    : ICommandHandler<RescheduleSession, int>
{
    private readonly SessionRules rules = new(db, access, user, identity);
    private readonly SessionNotices notices = new(db, identity, email, messages, clock);

    public async ValueTask<int> Handle(RescheduleSession command, CancellationToken cancellationToken)
    {
        var session = await rules.LoadForChangeAsync(command.SessionId, command.ExpectedVersion, cancellationToken);
        var now = clock.GetUtcNow();
        // The domain's checks first (still planned, times), on the real session: a refusal leaves nothing saved.
        session.Reschedule(command.Start, command.End, command.RoomId, access.UserId, now);
        (await db.Youths.FirstAsync(y => y.Id == session.YouthId, cancellationToken)).EnsureOpen();
        await rules.EnsureRoomInServiceAsync(command.RoomId, cancellationToken);
        await rules.EnsurePsychologistReceivesAsync(session.PsychologistId, session.Start, session.End, cancellationToken);
        await rules.TakeLocksAsync(session.PsychologistId, session.RoomId, session.YouthId, cancellationToken);
        await rules.EnsureNoClashAsync(session.PsychologistId, session.RoomId, session.YouthId, session.Start, session.End, session.Id, cancellationToken);
        audit.Record("psychology.session-rescheduled", "Session", session.Id.ToString());
        await notices.NotifyAsync(session, NotificationKind.SessionMoved, access.UserId, cancellationToken);
        return session.Version;
    }
}
