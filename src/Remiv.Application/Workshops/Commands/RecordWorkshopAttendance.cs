using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;
using Remiv.Domain.Workshops;

namespace Remiv.Application.Workshops.Commands;

/// <summary>
/// Sets who was present at a session, as ticked on the sheet, from the version read. Whoever takes attendance may tick any
/// young person with an open file (the roster rule, see <see cref="Queries.GetAttendanceSheet"/>); the domain refuses a
/// session still to come and a newly ticked archived file. Each young person added or removed is audited (ids only).
/// </summary>
[RequiresPermission(Permission.TakeAttendance)]
public sealed record RecordWorkshopAttendance(Guid SessionId, int ExpectedVersion, IReadOnlyList<Guid> YouthIds) : ICommand<int>;

public sealed class RecordWorkshopAttendanceValidator : AbstractValidator<RecordWorkshopAttendance>
{
    public RecordWorkshopAttendanceValidator()
    {
        RuleFor(c => c.YouthIds).NotNull().WithMessage("Indiquez les jeunes présents (une liste vide si personne n'est venu).")
            .Must(ids => ids is null || ids.Distinct().Count() <= WorkshopSession.MaxAttendees).WithMessage("Une séance compte au plus 200 présents.");
    }
}

public sealed class RecordWorkshopAttendanceHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<RecordWorkshopAttendance, int>
{
    public async ValueTask<int> Handle(RecordWorkshopAttendance command, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        var session = await db.WorkshopSessions.FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken) ?? throw new NotFoundException();
        if (session.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        var wanted = command.YouthIds.Distinct().ToList();
        var youths = await db.Youths.AsNoTracking().Where(y => wanted.Contains(y.Id)).ToListAsync(cancellationToken);
        if (youths.Count != wanted.Count)
        {
            throw new RequestValidationException(nameof(command.YouthIds), "Un des jeunes cochés est introuvable : rechargez la feuille de présence, puis cochez de nouveau.");
        }

        var before = session.Attendance.Select(a => a.YouthId).ToHashSet();
        session.RecordAttendance(youths, userId, clock.Today(), clock.GetUtcNow());
        foreach (var added in wanted.Where(id => !before.Contains(id)))
        {
            audit.Record("workshop-attendance.added", "WorkshopSession", $"{session.Id:D}/{added:D}");
        }

        foreach (var removed in before.Where(id => !wanted.Contains(id)))
        {
            audit.Record("workshop-attendance.removed", "WorkshopSession", $"{session.Id:D}/{removed:D}");
        }

        return session.Version;
    }
}
