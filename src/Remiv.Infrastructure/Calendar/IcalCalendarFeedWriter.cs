using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Remiv.Application.Psychology.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Remiv.Infrastructure.Calendar;

/// <summary>
/// Writes the calendar feed with Ical.Net (RFC 5545), in the form the common calendar apps (Apple, Google, Outlook,
/// Thunderbird) read from a subscription: METHOD:PUBLISH; one VEVENT per session whose UID (the session's id) never
/// changes and whose SEQUENCE (the session's version) grows with every move or cancellation; times in UTC, so that no
/// time zone definition is needed; STATUS CONFIRMED or CANCELLED; CLASS PRIVATE for calendars shown to others.
/// </summary>
internal sealed class IcalCalendarFeedWriter : ICalendarFeedWriter
{
    public const string UidSuffix = "@remiv";

    public string Write(CalendarFeedDocument document)
    {
        var calendar = new IcalCalendar { ProductId = "-//Remiv//Séances de psychologie//FR", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", document.Name);
        // How often the apps that honour it come back for changes.
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT1H");
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");

        var stamp = Utc(document.GeneratedAt);
        foreach (var session in document.Events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{session.SessionId:D}{UidSuffix}",
                Sequence = session.Sequence,
                DtStamp = stamp,
                DtStart = Utc(session.Start),
                DtEnd = Utc(session.End),
                Summary = session.Summary,
                Location = session.Location,
                Status = session.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Class = "PRIVATE",
                Transparency = session.Cancelled ? TransparencyType.Transparent : TransparencyType.Opaque,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)
               ?? throw new InvalidOperationException("Ical.Net wrote no calendar.");
    }

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, "UTC", hasTime: true);
}
