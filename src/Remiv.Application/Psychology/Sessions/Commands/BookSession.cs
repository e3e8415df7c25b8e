using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;
using Remiv.Application.Reminders;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Sessions.Commands;

/// <summary>
/// Books a session: a psychologist (oneself, or any for a coordinator), a room in service, a slot within the
/// psychologist's hours, that meets no other session of the same psychologist, room or young person. A psychologist may
/// book a young person they do not follow yet when a request waits for them (from the waiting list): they join the
/// follow-up group, and the request given leaves the waiting list.
/// </summary>
[RequiresPermission(Permission.BookSessions)]
public sealed record BookSession(
    Guid YouthId,
    Guid PsychologistId,
    Guid RoomId,
    DateTimeOffset Start,
    DateTimeOffset End,
    SessionKind Kind,
    string? InterpreterLanguage = null,
    string? InterpreterBooking = null,
    Guid? RequestId = null) : ICommand<Guid>;

public sealed class BookSessionValidator : AbstractValidator<BookSession>
{
    public BookSessionValidator()
    {
        RuleFor(c => c.YouthId).NotEmpty().WithMessage("Choisissez le jeune.");
        RuleFor(c => c.PsychologistId).NotEmpty().WithMessage(SessionRules.NotAPsychologist);
        RuleFor(c => c.RoomId).NotEmpty().WithMessage("Choisissez une salle.");
        RuleFor(c => c.Start).NotEmpty().WithMessage("Indiquez le jour et l'heure de début.");
        RuleFor(c => c.End).NotEmpty().WithMessage("Indiquez l'heure de fin.");
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choisissez : première séance ou séance de suivi.");
        RuleFor(c => c.InterpreterLanguage).Must(l => string.IsNullOrWhiteSpace(l) || IsoCodes.IsLanguage(l.Trim().ToLowerInvariant()))
            .WithMessage("Choisissez la langue de l'interprète dans la liste.");
        RuleFor(c => c.InterpreterBooking).Must(b => b is null || b.Trim().Length <= Session.InterpreterBookingMaxLength)
            .WithMessage("Ce texte est trop long (200 caractères au plus).");
    }
}

public sealed class BookSessionHandler(
    IApplicationDbContext db, YouthAccess access, ICurrentUser user, IAuditLog audit, TimeProvider clock, IIdentityService identity, IEmailSender email,
    ReminderMessages messages)
    : ICommandHandler<BookSession, Guid>
{
    private readonly SessionRules rules = new(db, access, user, identity);
    private readonly SessionNotices notices = new(db, identity, email, messages, clock);

    public async ValueTask<Guid> Handle(BookSession command, CancellationToken cancellationToken)
    {
        if (!rules.MayActFor(command.PsychologistId))
        {
            throw new ForbiddenAccessException();
        }

        var now = clock.GetUtcNow();
        // The times first (past, too long): they do not depend on anyone's data.
        var session = Session.Book(command.YouthId, command.PsychologistId, command.RoomId, command.Start, command.End, command.Kind,
            command.InterpreterLanguage, command.InterpreterBooking, command.RequestId, access.UserId, now);

        var youth = await access.VisibleYouths().FirstOrDefaultAsync(y => y.Id == command.YouthId, cancellationToken);
        if (youth is null)
        {
            // The waiting list's exception: a psychologist picks up a young person they do not follow yet, by booking the
            // session that answers their waiting request (never any other session).
            var waiting = user.Has(Permission.ViewWaitingList) && command.RequestId is { } answered
                          && await db.FollowUpRequests.AnyAsync(r => r.Id == answered && r.YouthId == command.YouthId && r.Status == RequestStatus.Waiting, cancellationToken);
            youth = waiting ? await db.Youths.FirstOrDefaultAsync(y => y.Id == command.YouthId, cancellationToken) : null;
            if (youth is null)
            {
                throw new NotFoundException();
            }
        }

        youth.EnsureOpen();
        FollowUpRequest? request = null;
        if (command.RequestId is { } requestId)
        {
            request = await db.FollowUpRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.YouthId == youth.Id, cancellationToken);
            if (request is not { Status: RequestStatus.Waiting })
            {
                throw new RequestValidationException(nameof(BookSession.RequestId), "Cette demande n'est plus en attente : rechargez la liste d'attente.");
            }
        }

        await rules.EnsureRoomInServiceAsync(command.RoomId, cancellationToken);
        await rules.EnsurePsychologistReceivesAsync(command.PsychologistId, session.Start, session.End, cancellationToken);
        await rules.TakeLocksAsync(command.PsychologistId, command.RoomId, youth.Id, cancellationToken);
        await rules.EnsureNoClashAsync(command.PsychologistId, command.RoomId, youth.Id, session.Start, session.End, null, cancellationToken);

        db.Sessions.Add(session);
        if (!youth.IsFollowedBy(command.PsychologistId))
        {
            youth.AddToGroup(command.PsychologistId, clock.Today());
        }

        request?.MarkScheduled(access.UserId, now);
        audit.Record("psychology.session-booked", "Session", session.Id.ToString());
        await notices.NotifyAsync(session, NotificationKind.SessionBooked, access.UserId, cancellationToken);
        return session.Id;
    }
}
