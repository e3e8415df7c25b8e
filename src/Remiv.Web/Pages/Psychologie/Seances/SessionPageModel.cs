namespace Remiv.Web.Pages.Psychologie.Seances;

/// <summary>The room, day and hours of a session as a form sends them (Paris wall clock).</summary>
public abstract class SessionSlotInput
{
    public Guid? RoomId { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }
}

/// <summary>
/// What the session pages share: the message beside each field, values the form could not even read, and the day and
/// hours typed read as instants.
/// </summary>
public abstract class SessionPageModel : FormPageModel
{
    /// <summary>Adds an error beside a field, unless the field was already refused (a value that could not be read).</summary>
    private void Refuse(string field, string message)
    {
        if (ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0)
        {
            return;
        }

        ModelState.AddModelError($"{InputPrefix}.{field}", message);
    }

    /// <summary>The day and hours typed, as instants (Paris wall clock); French errors beside the fields otherwise.</summary>
    protected bool ReadTimes(SessionSlotInput input, out DateTimeOffset start, out DateTimeOffset end)
    {
        (start, end) = (default, default);
        if (input.Date is null)
        {
            Refuse("Date", Localizer["Indiquez le jour de la séance (jj/mm/aaaa)."]);
        }

        if (input.StartTime is null)
        {
            Refuse("StartTime", Localizer["Indiquez l'heure de début (hh:mm)."]);
        }

        if (input.EndTime is null)
        {
            Refuse("EndTime", Localizer["Indiquez l'heure de fin (hh:mm)."]);
        }

        if (input is not { Date: { } day, StartTime: { } from, EndTime: { } to })
        {
            return false;
        }

        var (startAt, endAt) = (SessionText.At(day, from), SessionText.At(day, to));
        if (startAt is null || endAt is null)
        {
            ModelState.AddModelError($"{InputPrefix}.{(startAt is null ? "StartTime" : "EndTime")}",
                Localizer["Cette heure n'existe pas ce jour-là (changement d'heure) : choisissez-en une autre."]);
            return false;
        }

        (start, end) = (startAt.Value, endAt.Value);
        return true;
    }
}

/// <summary>What the room, day and hours fields (_SlotFields) show: the form's values, the rooms to offer, its errors.</summary>
public sealed record SlotFields(SessionPageModel Page, SessionSlotInput Input, IReadOnlyList<Application.Psychology.Rooms.Queries.RoomItem> Rooms, DateOnly Today);
