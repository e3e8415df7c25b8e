using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Commands;

/// <summary>
/// A psychologist adds a weekly slot (every such weekday, Europe/Paris hours), from the version of their schedule they saw.
/// A slot ends after it starts, on the same day, and overlaps none of that day's slots.
/// </summary>
[RequiresPermission(Permission.ManageOwnAvailability)]
public sealed record AddMySlot(int ExpectedVersion, DayOfWeek? Day, TimeOnly? Start, TimeOnly? End) : ICommand<ScheduleItemAdded>;

public sealed class AddMySlotValidator : AbstractValidator<AddMySlot>
{
    public AddMySlotValidator()
    {
        RuleFor(c => c.Day).NotNull().WithMessage("Choisissez un jour de la semaine.")
            .IsInEnum().WithMessage("Choisissez un jour de la semaine.");
        RuleFor(c => c.Start).NotNull().WithMessage("Indiquez l'heure de début du créneau (hh:mm).");
        RuleFor(c => c.End).NotNull().WithMessage("Indiquez l'heure de fin du créneau (hh:mm).");
        RuleFor(c => c.Start).Must(WholeMinutes).WithMessage("Indiquez l'heure en heures et minutes (hh:mm), sans secondes.");
        RuleFor(c => c.End).Must(WholeMinutes).WithMessage("Indiquez l'heure en heures et minutes (hh:mm), sans secondes.");
    }

    private static bool WholeMinutes(TimeOnly? time) => time is not { } t || t.Ticks % TimeSpan.TicksPerMinute == 0;
}

public sealed class AddMySlotHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<AddMySlot, ScheduleItemAdded>
{
    public async ValueTask<ScheduleItemAdded> Handle(AddMySlot command, CancellationToken cancellationToken)
    {
        var schedule = await OwnSchedule.ForChangeAsync(db, user, command.ExpectedVersion, cancellationToken);
        var slot = schedule.AddSlot(command.Day!.Value, command.Start!.Value, command.End!.Value);
        audit.Record("psychology.slot-added", "PsychologistSchedule", schedule.UserId.ToString());
        return new ScheduleItemAdded(slot.Id, schedule.Version);
    }
}
