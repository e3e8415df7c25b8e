using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>The current situation on one track, in a line or two. The psychological track's is for psychologists.</summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record SetTrackSituation(Guid YouthId, int ExpectedVersion, Track Track, string Summary) : ICommand<int>;

public sealed class SetTrackSituationValidator : AbstractValidator<SetTrackSituation>
{
    public SetTrackSituationValidator()
    {
        RuleFor(c => c.Track).IsInEnum().WithMessage("Ce volet n'existe pas.");
        RuleFor(c => c.Summary).NotEmpty().WithMessage("Décrivez la situation en une ou deux lignes.")
            .MaximumLength(Youth.SituationMaxLength).WithMessage("Ce texte est trop long (300 caractères au plus).");
    }
}

public sealed class SetTrackSituationHandler(YouthAccess access, IAuditLog audit, TimeProvider clock) : ICommandHandler<SetTrackSituation, int>
{
    public async ValueTask<int> Handle(SetTrackSituation command, CancellationToken cancellationToken)
    {
        if (!access.CanWrite(command.Track) || (command.Track != Track.Psychological && !access.SeesCaseDetails))
        {
            throw new ForbiddenAccessException();
        }

        var youth = await access.LoadForChangeAsync(command.YouthId, command.ExpectedVersion, cancellationToken);
        youth.SetSituation(command.Track, command.Summary, access.UserId, clock.GetUtcNow());
        audit.Record("youth.situation-updated", "Youth", youth.Id.ToString());
        return youth.Version;
    }
}
