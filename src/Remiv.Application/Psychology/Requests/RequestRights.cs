using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Psychology.Requests;

/// <summary>
/// Who may do what with a request for psychological follow-up. The same rules decide the commands and what the lists
/// offer, so a page never shows a button the use case would refuse.
/// <list type="bullet">
/// <item>The reason is for psychologists, and for the person who wrote it. Coordinators see the waiting list without it.</item>
/// <item>The urgency is the team's judgement of the young person's situation: anyone who may make a request for them (the
/// follow-up group's youth workers, coordinators) may change it, since only one request waits per young person.</item>
/// <item>A request is withdrawn by its author, by a coordinator, or by a psychologist (who judges whether psychological
/// follow-up is what the young person needs, e.g. already followed elsewhere); the note saying why is required and shown
/// on the file.</item>
/// </list>
/// </summary>
public static class RequestRights
{
    public static bool ReadsReason(ICurrentUser user, Guid requestedBy) =>
        user.Has(Permission.UsePsychologicalTrack) || (user.UserId is { } me && me == requestedBy);

    public static bool MayChangeUrgency(ICurrentUser user) => user.Has(Permission.RequestPsychologicalFollowUp);

    public static bool MayWithdraw(ICurrentUser user, Guid requestedBy) =>
        (user.Has(Permission.UsePsychologicalTrack) && user.Has(Permission.ViewWaitingList))
        || (user.Has(Permission.ViewAllYouths) && user.Has(Permission.RequestPsychologicalFollowUp))
        || (user.UserId is { } me && me == requestedBy);

    /// <summary>
    /// Loads a request for a change, with its young person. "Not found" unless the user sees the young person's file, or
    /// sees the waiting list and the request is on it (the psychologists' narrow exception); refused when
    /// <paramref name="allowed"/> says the user may not make this change; a conflict when the request changed since the
    /// version the user read.
    /// </summary>
    public static async Task<(FollowUpRequest Request, Youth Youth)> LoadForChangeAsync(
        IApplicationDbContext db,
        YouthAccess access,
        ICurrentUser user,
        Guid requestId,
        int expectedVersion,
        Func<FollowUpRequest, bool> allowed,
        bool fromWaitingList,
        CancellationToken cancellationToken)
    {
        var request = await db.FollowUpRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken) ?? throw new NotFoundException();
        var youth = await access.VisibleYouths().FirstOrDefaultAsync(y => y.Id == request.YouthId, cancellationToken);
        if (youth is null)
        {
            // The waiting list's exception (a psychologist who does not follow the young person yet) is for withdrawing
            // a request from the list only; anything else needs the file itself.
            if (!fromWaitingList || !user.Has(Permission.ViewWaitingList) || request.Status != RequestStatus.Waiting)
            {
                throw new NotFoundException();
            }

            youth = await db.Youths.FirstAsync(y => y.Id == request.YouthId, cancellationToken);
            if (youth.IsArchived)
            {
                throw new NotFoundException();
            }
        }

        if (!allowed(request))
        {
            throw new ForbiddenAccessException();
        }

        if (request.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        return (request, youth);
    }
}
