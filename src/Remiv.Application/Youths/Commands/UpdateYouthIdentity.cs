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

/// <summary>Corrects the identity of a young person, from the version the user saw.</summary>
[RequiresPermission(Permission.EditYouths)]
public sealed record UpdateYouthIdentity(
    Guid YouthId,
    int ExpectedVersion,
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
    string? Accommodation) : ICommand<int>, IYouthIdentityFields;

public sealed class UpdateYouthIdentityValidator : AbstractValidator<UpdateYouthIdentity>
{
    public UpdateYouthIdentityValidator() => Include(new YouthIdentityRules());
}

public sealed class UpdateYouthIdentityHandler(YouthAccess access, AutomaticDeadlines automatic, IAuditLog audit, TimeProvider clock) : ICommandHandler<UpdateYouthIdentity, int>
{
    public async ValueTask<int> Handle(UpdateYouthIdentity command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadForChangeAsync(command.YouthId, command.ExpectedVersion, cancellationToken);
        youth.UpdateIdentity(YouthIdentityRules.ToIdentity(command), clock.Today());
        await automatic.SyncAsync(youth, cancellationToken);
        audit.Record("youth.identity-updated", "Youth", youth.Id.ToString());
        return youth.Version;
    }
}
