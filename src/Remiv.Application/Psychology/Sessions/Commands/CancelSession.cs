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

/// <summary>Cancels a planned session, saying why; the slot, the room and the young person's time are free again.</summary>
[RequiresPermission(Permission.BookSessions)]
public sealed record CancelSession(Guid SessionId, int ExpectedVersion, string Reason) : ICommand<int>;

public sealed class CancelSessionValidator : AbstractValidator<CancelSession>
{
    public CancelSessionValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Indiquez pourquoi la séance est annulée.");
        RuleFor(c => c.Reason).Must(r => r is null || r.Trim().Length <= Session.CancellationReasonMaxLength)
            .WithMessage("Ce texte est trop long (500 caractères au plus).");
    }
}

public sealed class CancelSessionHandler(
    YouthAccess access, IAuditLog audit, TimeProvider clock, IApplicationDbContext db, ICurrentUser user, IIdentityService identity, IEmailSender email,
    ReminderMessages messages)
    : ICommandHandler<CancelSession, int>
{
    private readonly SessionRules rules = new(db, access, user, identity);
    private readonly SessionNotices notices = new(db, identity, email, messages, clock);

    public async ValueTask<int> Handle(CancelSession command, CancellationToken cancellationToken)
    {
        var session = await rules.LoadForChangeAsync(command.SessionId, command.ExpectedVersion, cancellationToken);
        session.Cancel(command.Reason, access.UserId, clock.GetUtcNow());
        audit.Record("psychology.session-cancelled", "Session", session.Id.ToString());
        await ReopenRequestAsync(session, cancellationToken);
        await notices.NotifyAsync(session, NotificationKind.SessionCancelled, access.UserId, cancellationToken);
        return session.Version;
    }

    /// <summary>
    /// The first session booked from the waiting list is cancelled and no other session answers the request: the request
    /// goes back to the waiting list, at its place, so that someone books again (unless a newer request already waits).
    /// </summary>
    private async Task ReopenRequestAsync(Session session, CancellationToken cancellationToken)
    {
        if (session.RequestId is not { } requestId
            || await db.Sessions.AnyAsync(s => s.RequestId == requestId && s.Id != session.Id && s.Status != SessionStatus.Cancelled, cancellationToken)
            || await db.FollowUpRequests.AnyAsync(r => r.YouthId == session.YouthId && r.Status == RequestStatus.Waiting, cancellationToken)
            || await db.FollowUpRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.Status == RequestStatus.Scheduled, cancellationToken) is not { } request)
        {
            return;
        }

        request.BackToWaiting();
        audit.Record("psychology.request-reopened", "FollowUpRequest", request.Id.ToString());
    }
}
