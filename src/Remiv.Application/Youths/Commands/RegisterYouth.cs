using FluentValidation;
using Mediator;
using Remiv.Application.Deadlines;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>
/// Registers a young person met by the hub. Likely duplicates are shown first and nothing is created
/// until the user confirms it is someone else. Whoever registers becomes referent and group member.
/// </summary>
[RequiresPermission(Permission.EditYouths)]
public sealed record RegisterYouth(
    string FirstName,
    string LastName,
    DateOnly? BirthDate,
    BirthDateStanding BirthDateStanding,
    Sex Sex,
    string? Nationality,
    IReadOnlyList<string> Languages,
    bool InterpreterNeeded,
    string? Phone,
    DateOnly? ArrivalInFrance,
    string? ReferredBy,
    string? Accommodation,
    DateOnly? FirstContact,
    bool ConfirmedNotDuplicate) : ICommand<Registration>, IYouthIdentityFields;

/// <param name="YouthId">The new file, or null when likely duplicates need the user's look first.</param>
public sealed record Registration(Guid? YouthId, IReadOnlyList<LikelyDuplicate> Duplicates);

public sealed class RegisterYouthValidator : AbstractValidator<RegisterYouth>
{
    public RegisterYouthValidator() => Include(new YouthIdentityRules());
}

public sealed class RegisterYouthHandler(IApplicationDbContext db, YouthAccess access, DuplicateFinder duplicates, AutomaticDeadlines automatic, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<RegisterYouth, Registration>
{
    public async ValueTask<Registration> Handle(RegisterYouth command, CancellationToken cancellationToken)
    {
        if (!command.ConfirmedNotDuplicate)
        {
            var likely = await duplicates.FindAsync(command.FirstName, command.LastName, command.BirthDate, cancellationToken);
            if (likely.Count > 0)
            {
                return new Registration(null, likely);
            }
        }

        var today = clock.Today();
        var youth = Youth.Register(YouthIdentityRules.ToIdentity(command), command.FirstContact ?? today, access.UserId, today, clock.GetUtcNow());
        db.Youths.Add(youth);
        await automatic.SyncAsync(youth, cancellationToken);
        audit.Record("youth.registered", "Youth", youth.Id.ToString());
        return new Registration(youth.Id, []);
    }
}
