namespace Remiv.Application.Common;

/// <summary>The hub's calendar: days are Europe/Paris days, whatever the server's zone.</summary>
public static class HubCalendar
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today(this TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>The hub's calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
