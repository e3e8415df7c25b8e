namespace Remiv.Application.Common.Interfaces;

/// <summary>Absolute links to the application's pages, for emails.</summary>
public interface IAppLinks
{
    Uri Invitation(Guid userId, string token);

    /// <summary>The page of a deadline (its identifier only: no personal data in links).</summary>
    Uri Deadline(Guid deadlineId);

    Uri Notifications();

    /// <summary>The page of a psychological session (its identifier only).</summary>
    Uri Session(Guid sessionId);

    /// <summary>A psychologist's calendar feed: the secret token is the only thing in it.</summary>
    Uri CalendarFeed(string token);
}
