namespace Remiv.Application.Common;

/// <summary>The hub's calendar: days are Europe/Paris days, whatever the server's zone.</summary>
public static class HubCalendar
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
