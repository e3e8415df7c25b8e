namespace Remiv.Application.Psychology.Calendar;

/// <summary>Writes a psychologist's sessions as an iCalendar (RFC 5545) document, for the calendar apps that subscribe to it.</summary>
public interface ICalendarFeedWriter
{
    string Write(CalendarFeedDocument document);
}

/// <param name="Name">The calendar's name in the calendar app (X-WR-CALNAME).</param>
/// <param name="GeneratedAt">When the document is written (DTSTAMP of every event).</param>
public sealed record CalendarFeedDocument(string Name, DateTimeOffset GeneratedAt, IReadOnlyList<CalendarFeedEvent> Events);

/// <summary>
/// One session as a calendar app shows it: nothing but its time, the young person's initials and the room. The app
/// recognises a session by <see cref="SessionId"/> (its UID) and takes the version with the highest <see cref="Sequence"/>.
/// </summary>
/// <param name="Cancelled">Kept in the feed (STATUS:CANCELLED) so that the apps remove or strike it out.</param>
public sealed record CalendarFeedEvent(
    Guid SessionId,
    int Sequence,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string Location,
    bool Cancelled);
