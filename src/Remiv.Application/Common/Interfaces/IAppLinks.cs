namespace Remiv.Application.Common.Interfaces;

/// <summary>Absolute links to the application's pages, for emails.</summary>
public interface IAppLinks
{
    Uri Invitation(Guid userId, string token);

    /// <summary>The page of a deadline (its identifier only: no personal data in links).</summary>
    Uri Deadline(Guid deadlineId);

    Uri Notifications();
}
