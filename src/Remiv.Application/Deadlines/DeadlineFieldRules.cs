using FluentValidation;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines;

/// <summary>What a deadline says, as a form or an API call sends it to create or change it.</summary>
public interface IDeadlineFields
{
    Guid? PresetId { get; }
    Track? Track { get; }
    DeadlineKind? Kind { get; }
    string? Title { get; }
    DeadlineEvent? StartEvent { get; }
    DateOnly EventDate { get; }
    DateOnly? DueDate { get; }
    TimeOnly? DueTime { get; }
    Guid? ResponsibleUserId { get; }
    IReadOnlyList<int>? ReminderDays { get; }
}

/// <summary>Rules shared by creating and changing a deadline; the dates' coherence is the domain's (<see cref="Deadline"/>).</summary>
public sealed class DeadlineFieldRules : AbstractValidator<IDeadlineFields>
{
    public DeadlineFieldRules()
    {
        RuleFor(c => c.Track).NotNull().When(c => c.PresetId is null).WithMessage("Choisissez le volet.")
            .IsInEnum().WithMessage("Choisissez le volet.");
        RuleFor(c => c.Kind).NotNull().When(c => c.PresetId is null).WithMessage("Choisissez le type d'échéance.")
            .IsInEnum().WithMessage("Choisissez le type d'échéance.");
        RuleFor(c => c.StartEvent).NotNull().When(c => c.PresetId is null).WithMessage("Choisissez l'événement de départ.")
            .IsInEnum().WithMessage("Choisissez l'événement de départ.");
        RuleFor(c => c.Title).NotEmpty().When(c => c.PresetId is null).WithMessage("Donnez un intitulé à l'échéance (par exemple : recours contre la décision du juge).")
            .MaximumLength(Deadline.TitleMaxLength).WithMessage("L'intitulé est trop long (200 caractères au plus).");
        RuleFor(c => c.DueDate).NotNull().When(c => c.PresetId is null).WithMessage("Indiquez la date d'échéance, ou partez d'un modèle qui la calcule.")
            .Must(PlausibleDates.Contains).When(c => c.DueDate is not null).WithMessage(PlausibleDates.Message);
        RuleFor(c => c.EventDate).Must(d => PlausibleDates.Contains(d)).WithMessage(PlausibleDates.Message);
        RuleFor(c => c.ReminderDays).Must(d => d is null || d.Count <= ReminderDays.MaxCount).WithMessage("Six rappels au plus.");
        RuleForEach(c => c.ReminderDays).InclusiveBetween(0, ReminderDays.MaxDaysBefore)
            .WithMessage("Un rappel se place entre 0 et 365 jours avant l'échéance.");
    }
}

/// <summary>The dates a deadline or its event can take: the law's offsets applied to them stay within the calendar.</summary>
public static class PlausibleDates
{
    public const string Message = "Cette date n'est pas plausible : vérifiez-la (jj/mm/aaaa).";

    private static readonly DateOnly First = new(1990, 1, 1);
    private static readonly DateOnly Last = new(2100, 12, 31);

    public static bool Contains(DateOnly? date) => date is not { } d || (d >= First && d <= Last);
}
