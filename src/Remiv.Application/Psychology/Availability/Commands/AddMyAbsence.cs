using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Commands;

/// <summary>
/// A psychologist adds an absence (holidays, unavailability), both days included, with a reason only they will see, from
/// the version of their schedule they saw. It must not be over already and lasts a year at most.
/// </summary>
[RequiresPermission(Permission.ManageOwnAvailability)]
public sealed record AddMyAbsence(int ExpectedVersion, DateOnly? From, DateOnly? To, string? Reason) : ICommand<ScheduleItemAdded>;

public sealed class AddMyAbsenceValidator : AbstractValidator<AddMyAbsence>
{
    public AddMyAbsenceValidator()
    {
        RuleFor(c => c.From).NotNull().WithMessage("Indiquez le premier jour de l'absence.");
        RuleFor(c => c.To).NotNull().WithMessage("Indiquez le dernier jour de l'absence (le même jour pour une seule journée).");
        RuleFor(c => c.Reason).Must(text => text is null || text.Trim().Length <= PsychologistSchedule.AbsenceReasonMaxLength)
            .WithMessage("Ce texte est trop long (200 caractères au plus).");
    }
}

public sealed class AddMyAbsenceHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<AddMyAbsence, ScheduleItemAdded>
{
    public async ValueTask<ScheduleItemAdded> Handle(AddMyAbsence command, CancellationToken cancellationToken)
    {
        var schedule = await OwnSchedule.ForChangeAsync(db, user, command.ExpectedVersion, cancellationToken);
        var absence = schedule.AddAbsence(command.From!.Value, command.To!.Value, command.Reason, clock.Today());
        audit.Record("psychology.absence-added", "PsychologistSchedule", schedule.UserId.ToString());
        return new ScheduleItemAdded(absence.Id, schedule.Version);
    }
}
