using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Sessions.Commands;

/// <summary>Records that a planned session was held, or that the young person did not come, once it has started.</summary>
[RequiresPermission(Permission.BookSessions)]
public sealed record RecordSessionOutcome(Guid SessionId, int ExpectedVersion, SessionStatus Outcome) : ICommand<int>;

public sealed class RecordSessionOutcomeValidator : AbstractValidator<RecordSessionOutcome>
{
    public RecordSessionOutcomeValidator() =>
        RuleFor(c => c.Outcome).Must(o => o is SessionStatus.Held or SessionStatus.YouthAbsent).WithMessage("Choisissez : séance tenue ou jeune absent.");
}

public sealed class RecordSessionOutcomeHandler(YouthAccess access, IAuditLog audit, TimeProvider clock, IApplicationDbContext db, ICurrentUser user, IIdentityService identity)
    : ICommandHandler<RecordSessionOutcome, int>
{
    private readonly SessionRules rules = new(db, access, user, identity);

    public async ValueTask<int> Handle(RecordSessionOutcome command, CancellationToken cancellationToken)
    {
        var session = await rules.LoadForChangeAsync(command.SessionId, command.ExpectedVersion, cancellationToken);
        session.RecordOutcome(command.Outcome, access.UserId, clock.GetUtcNow());
        audit.Record("psychology.session-outcome", "Session", session.Id.ToString());
        return session.Version;
    }
}
