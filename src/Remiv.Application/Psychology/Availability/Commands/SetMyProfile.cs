using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Commands;

/// <summary>
/// A psychologist states the languages they hold a session in without an interpreter (the ISO codes the young people's
/// files use, so that both can be matched) and their approaches, from the version they saw. The first change creates
/// their schedule.
/// </summary>
[RequiresPermission(Permission.ManageOwnAvailability)]
public sealed record SetMyProfile(int ExpectedVersion, IReadOnlyList<string> Languages, string? Approaches) : ICommand<int>;

public sealed class SetMyProfileValidator : AbstractValidator<SetMyProfile>
{
    public SetMyProfileValidator()
    {
        RuleFor(c => c.Languages)
            .Must(codes => codes.Select(c => c?.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() <= PsychologistSchedule.MaxLanguages)
            .WithMessage("Indiquez au plus 10 langues.");
        RuleForEach(c => c.Languages).Must(code => IsoCodes.IsLanguage(code?.Trim().ToLowerInvariant()))
            .WithMessage("Ce code de langue n'existe pas. Choisissez la langue dans la liste.");
        RuleFor(c => c.Approaches).Must(text => text is null || text.Trim().Length <= PsychologistSchedule.ApproachesMaxLength)
            .WithMessage("Ce texte est trop long (300 caractères au plus).");
    }
}

public sealed class SetMyProfileHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<SetMyProfile, int>
{
    public async ValueTask<int> Handle(SetMyProfile command, CancellationToken cancellationToken)
    {
        var schedule = await OwnSchedule.ForChangeAsync(db, user, command.ExpectedVersion, cancellationToken);
        schedule.SetProfile(command.Languages, command.Approaches);
        audit.Record("psychology.profile-updated", "PsychologistSchedule", schedule.UserId.ToString());
        return schedule.Version;
    }
}
