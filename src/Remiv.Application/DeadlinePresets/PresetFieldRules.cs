using FluentValidation;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Application.DeadlinePresets;

/// <summary>What a preset says, as a form or an API call sends it.</summary>
public interface IPresetFields
{
    string Name { get; }
    DeadlineKind Kind { get; }
    Track Track { get; }
    DeadlineEvent StartEvent { get; }
    int OffsetAmount { get; }
    OffsetUnit OffsetUnit { get; }
    OffsetDirection OffsetDirection { get; }
    IReadOnlyList<int> ReminderDays { get; }
    string LegalBasis { get; }
    bool ToConfirm { get; }
}

/// <summary>Rules shared by creating and changing a preset; the offset's coherence with its event is the domain's.</summary>
public sealed class PresetFieldRules : AbstractValidator<IPresetFields>
{
    public PresetFieldRules()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Donnez un nom au modèle.")
            .MaximumLength(DeadlinePreset.NameMaxLength).WithMessage("Le nom est trop long (120 caractères au plus).");
        RuleFor(c => c.LegalBasis).NotEmpty().WithMessage("Indiquez la base légale (ou « pratique du pôle »).")
            .MaximumLength(DeadlinePreset.LegalBasisMaxLength).WithMessage("La base légale est trop longue (500 caractères au plus).");
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choisissez le type d'échéance.");
        RuleFor(c => c.Track).IsInEnum().WithMessage("Choisissez le volet.");
        RuleFor(c => c.StartEvent).IsInEnum().WithMessage("Choisissez l'événement de départ.");
        RuleFor(c => c.OffsetUnit).IsInEnum().WithMessage("Choisissez jours ou mois.");
        RuleFor(c => c.OffsetDirection).IsInEnum().WithMessage("Choisissez avant ou après.");
        RuleFor(c => c.OffsetAmount).InclusiveBetween(0, DeadlineOffset.MaxDays).When(c => c.OffsetUnit == OffsetUnit.Days)
            .WithMessage("Le délai doit être compris entre 0 et 730 jours.");
        RuleFor(c => c.OffsetAmount).InclusiveBetween(0, DeadlineOffset.MaxMonths).When(c => c.OffsetUnit == OffsetUnit.Months)
            .WithMessage("Le délai doit être compris entre 0 et 24 mois.");
        RuleFor(c => c.ReminderDays).Must(d => d.Count <= ReminderDays.MaxCount).WithMessage("Six rappels au plus.");
        RuleForEach(c => c.ReminderDays).InclusiveBetween(0, ReminderDays.MaxDaysBefore)
            .WithMessage("Un rappel se place entre 0 et 365 jours avant l'échéance.");
    }

    public static PresetDefinition ToDefinition(IPresetFields f) =>
        new(f.Name, f.Kind, f.Track, f.StartEvent, f.OffsetAmount, f.OffsetUnit, f.OffsetDirection, f.ReminderDays, f.LegalBasis, f.ToConfirm);
}
