using Remiv.Domain.Common;

namespace Remiv.Domain.Deadlines;

/// <summary>
/// How far a deadline lies from its event: a number of days or of months, before or after. Months follow the
/// calendar: one month after 31 January is the last day of February (28 or 29), as courts count them.
/// </summary>
public sealed record DeadlineOffset
{
    public const int MaxDays = 730;
    public const int MaxMonths = 24;

    public DeadlineOffset(int amount, OffsetUnit unit, OffsetDirection direction)
    {
        if (!Enum.IsDefined(unit) || !Enum.IsDefined(direction))
        {
            throw new DomainRuleException("OffsetUnit", "Choisissez une valeur dans la liste.");
        }

        var max = unit == OffsetUnit.Days ? MaxDays : MaxMonths;
        if (amount < 0 || amount > max)
        {
            throw new DomainRuleException("OffsetAmount", unit == OffsetUnit.Days
                ? "Le délai doit être compris entre 0 et 730 jours."
                : "Le délai doit être compris entre 0 et 24 mois.");
        }

        Amount = amount;
        Unit = unit;
        Direction = direction;
    }

    public int Amount { get; }

    public OffsetUnit Unit { get; }

    public OffsetDirection Direction { get; }

    public DateOnly ApplyTo(DateOnly eventDate)
    {
        var signed = Direction == OffsetDirection.Before ? -Amount : Amount;
        return Unit == OffsetUnit.Days ? eventDate.AddDays(signed) : eventDate.AddMonths(signed);
    }
}
