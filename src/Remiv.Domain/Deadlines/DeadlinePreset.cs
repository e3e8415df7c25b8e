using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Deadlines;

/// <summary>
/// A rule of French law (or of the hub's practice) turned into data: from an event, a deadline at an offset, with
/// its reminders and its legal basis shown to the user. Coordinators edit presets; a change applies to the
/// deadlines computed afterwards. Where the law is uncertain the preset says "to confirm".
/// </summary>
public sealed class DeadlinePreset
{
    public const int NameMaxLength = 120;
    public const int LegalBasisMaxLength = 500;

    private DeadlinePreset()
    {
        Name = string.Empty;
        LegalBasis = string.Empty;
        ReminderDays = [];
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public DeadlineKind Kind { get; private set; }

    public Track Track { get; private set; }

    public DeadlineEvent Event { get; private set; }

    public int OffsetAmount { get; private set; }

    public OffsetUnit OffsetUnit { get; private set; }

    public OffsetDirection OffsetDirection { get; private set; }

    public List<int> ReminderDays { get; private set; }

    public string LegalBasis { get; private set; }

    public bool ToConfirm { get; private set; }

    /// <summary>Set for the presets the hub applies by itself from a date of the file (birthdays, expiries).</summary>
    public AutomaticSource? Automatic { get; private set; }

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    public DeadlineOffset Offset => new(OffsetAmount, OffsetUnit, OffsetDirection);

    public static DeadlinePreset Create(PresetDefinition definition, AutomaticSource? automatic = null)
    {
        var preset = new DeadlinePreset { Id = Guid.NewGuid(), IsActive = true, Automatic = automatic };
        preset.Apply(definition);
        return preset;
    }

    public void Update(PresetDefinition definition, bool isActive)
    {
        Apply(definition);
        IsActive = isActive;
        Version++;
    }

    public DateOnly ComputeDue(DateOnly eventDate) => Offset.ApplyTo(eventDate);

    private void Apply(PresetDefinition d)
    {
        var name = DomainText.Required(d.Name, nameof(Name), NameMaxLength, "Donnez un nom au modèle.");
        var basis = DomainText.Required(d.LegalBasis, nameof(LegalBasis), LegalBasisMaxLength, "Indiquez la base légale (ou « pratique du pôle »).", multiline: true);
        if (!Enum.IsDefined(d.Kind) || !Enum.IsDefined(d.Track) || !Enum.IsDefined(d.Event))
        {
            throw new DomainRuleException(nameof(Kind), "Choisissez une valeur dans la liste.");
        }

        var offset = new DeadlineOffset(d.OffsetAmount, d.OffsetUnit, d.OffsetDirection);
        if (offset is { Direction: OffsetDirection.Before, Amount: > 0 } && !DeadlineEvents.MayPrecedeDeadline(d.Event))
        {
            throw new DomainRuleException(nameof(OffsetDirection), "Ce délai court à partir de l'événement : il ne peut pas se placer avant lui.");
        }

        if (Automatic is { } source && DeadlineEvents.EventOf(source) != d.Event)
        {
            throw new DomainRuleException(nameof(Event), "Ce modèle est appliqué automatiquement : son événement de départ ne peut pas changer.");
        }

        var reminders = Deadlines.ReminderDays.Normalise(d.ReminderDays);
        Name = name;
        Kind = d.Kind;
        Track = d.Track;
        Event = d.Event;
        OffsetAmount = offset.Amount;
        OffsetUnit = offset.Unit;
        OffsetDirection = offset.Direction;
        ReminderDays = reminders;
        LegalBasis = basis;
        ToConfirm = d.ToConfirm;
    }
}

public sealed record PresetDefinition(
    string Name,
    DeadlineKind Kind,
    Track Track,
    DeadlineEvent Event,
    int OffsetAmount,
    OffsetUnit OffsetUnit,
    OffsetDirection OffsetDirection,
    IReadOnlyList<int> ReminderDays,
    string LegalBasis,
    bool ToConfirm);
